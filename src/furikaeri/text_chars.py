"""Control characters in text a user typed or a mail carried: one place that says which.

Tab, line feed, carriage return and form feed are text; every other C0 control, DEL and the
C1 controls (NEL, U+0085, is a line break and left to the line-break checks) are not: an
escape sequence pasted with a company name recolours the terminal it is printed to, and a
control character has no place in a mail header.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x84\x86-\x9f]")


def text_only(text: str) -> str:
    """``text`` without control characters other than tab, line breaks and form feed."""
    return _CONTROL.sub("", text)


def first_control(text: str) -> str | None:
    """The first control character of a one-line value (tab allowed: a pasted cell)."""
    found = _CONTROL.search(text)
    return found.group() if found else None
