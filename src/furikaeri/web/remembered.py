"""Reads a page repeats on every view, kept per store revision and day.

Every write session replaces the store's revision token when it commits, in the same
transaction (``store.revision``), in whichever process it runs. A view that reads the same token
on the same day as an earlier one therefore sees the same data, and may reuse what was read (or
computed from it) then: one statement instead of the page's reads. Nothing is ever stale: a
write is a new token. Each app (one database) keeps the last value per name; a value is shared
by the threads that find it and never changed once stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi import Request
from sqlalchemy.orm import Session

from furikaeri import store

T = TypeVar("T")


class Remembered:
    """The last value read per name, with the revision and the day it was read at."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[tuple[str, dt.date], Any]] = {}

    def get(self, session: Session, name: str, today: dt.date, read: Callable[[], T]) -> T:
        """``read()``, or what it returned for ``name`` at the same revision on ``today``."""
        token = store.revision(session)
        last = self._last.get(name)  # one lookup: another thread may replace the entry
        if token is not None and last is not None and last[0] == (token, today):
            value: T = last[1]
            return value
        value = read()
        if token is not None:
            self._last[name] = ((token, today), value)
        return value


def remembered(request: Request) -> Remembered:
    """The app's :class:`Remembered` (made on first use)."""
    state = request.app.state
    found = getattr(state, "remembered", None)
    if found is None:
        found = state.remembered = Remembered()
    return found
