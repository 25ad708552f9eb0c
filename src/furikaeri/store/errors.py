"""Errors the service layer raises; messages are Japanese and shown to the user as they are."""

from __future__ import annotations

from furikaeri.errors import FurikaeriError


class StoreError(FurikaeriError):
    """Base class of store errors."""


class ValidationError(StoreError, ValueError):
    """Bad input. ``errors`` maps a field name (the keyword argument's name) to a message that
    the web shows next to that field."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" / ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class NotFound(StoreError, LookupError):
    """No such row for this user."""

    status = 404


class NotEmpty(StoreError):
    """The database already holds data (demo and import need an empty one)."""
