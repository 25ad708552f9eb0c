"""Regular expressions compiled on first use, for module-level patterns.

A cold `furikaeri analyze` imports every detector, while one answer runs few of their
module-level patterns (4 to 7 of 35: compiling them all took ~10 ms of its start). ``compile``
returns a stand-in that compiles the pattern the first time any attribute is read and from then
on holds the compiled pattern's methods as its own attributes (read as fast as the pattern's).
It answers what the analyzer asks of a pattern (search, match, fullmatch, finditer, findall,
sub, subn, split, pattern, flags, groups, groupindex); it is no ``re.Pattern`` instance, so pass
it to nothing that checks for one (``re.sub(p, …)``, ``patterns.gated``).
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _OnUse:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:  # only for an attribute not yet set: the first use
        compiled = re.compile(*self._source)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self._source[0]!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done on first use (typed as the pattern it stands for)."""
    return cast("re.Pattern[str]", _OnUse(pattern, flags))
