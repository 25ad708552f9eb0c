"""The logs of the libraries we call: where our own message replaces theirs."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator


@contextlib.contextmanager
def quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings for one call, whose failure we report in our own words
    (pypdf's 「EOF marker not found」 on a truncated PDF, imapclient's decode warning for a
    folder name): the user sees one clear message, not a library's log line before it. Side
    effect: the logger's level is raised for the duration of the call."""
    logger = logging.getLogger(logger_name)
    previous = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(previous)
