"""Errors of the practice room: the message says why, in Japanese."""

from __future__ import annotations

from furikaeri.errors import FurikaeriError


class PracticeError(FurikaeriError):
    """Something the user did that the practice room cannot accept (the message says why)."""


class SessionFinished(PracticeError):
    status = 409


class StalePosition(PracticeError):
    status = 409
