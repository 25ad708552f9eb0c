"""Pattern compiler for the lexicons in data/*.toml (analyzer and mail alike).

A pattern that is only a list of literal phrases (「年収|給与|賞与…」) is matched with an
Aho-Corasick automaton (pyahocorasick): one pass over the text whatever the number of phrases,
leftmost-longest matches. Any other pattern is a plain ``re`` pattern. Both answer the same
calls (search, match, finditer), so callers need not know which they hold."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

import ahocorasick

_META = frozenset(".^$*+?{}[]\\|()")


class MatchLike(Protocol):
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...


class Matcher(Protocol):
    """What the analyzer needs of a compiled pattern (an ``re.Pattern`` or a LiteralUnion)."""

    @property
    def pattern(self) -> str: ...
    def search(self, text: str, /) -> MatchLike | None: ...
    def match(self, text: str, /) -> MatchLike | None: ...
    def finditer(self, text: str, /) -> Iterator[MatchLike]: ...


@dataclass(frozen=True, slots=True)
class LiteralMatch:
    text: str
    begin: int
    stop: int

    def start(self, group: int = 0, /) -> int:
        return self.begin

    def end(self, group: int = 0, /) -> int:
        return self.stop

    def group(self, group: int = 0, /) -> str:
        return self.text[self.begin : self.stop]


class LiteralUnion:
    """A union of literal phrases matched by Aho-Corasick (leftmost-longest, no overlaps)."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = tuple(dict.fromkeys(phrases))
        self.pattern = "|".join(re.escape(p) for p in self.phrases)
        self._automaton = ahocorasick.Automaton()
        for p in self.phrases:
            self._automaton.add_word(p, len(p))
        self._automaton.make_automaton()

    def finditer(self, text: str, /) -> Iterator[LiteralMatch]:
        for end, length in self._automaton.iter_long(text):
            yield LiteralMatch(text, end - length + 1, end + 1)

    def search(self, text: str, /) -> LiteralMatch | None:
        return next(self.finditer(text), None)

    def match(self, text: str, /) -> LiteralMatch | None:
        found = [p for p in self.phrases if text.startswith(p)]
        return LiteralMatch(text, 0, max(map(len, found))) if found else None


def literal_phrases(pattern: str) -> list[str] | None:
    """The phrases of a pattern that is a plain alternation of literals, else None."""
    parts = pattern.split("|")
    if all(p and not (_META & set(p)) for p in parts):
        return parts
    return None


def union(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """One ``re`` pattern for any of ``patterns`` (each kept whole in a non-capturing group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def matcher(pattern: str | list[str]) -> Matcher:
    """``pattern`` (or the union of a list of patterns) compiled: an Aho-Corasick union when
    it lists literal phrases only, else an ``re`` pattern."""
    patterns = [pattern] if isinstance(pattern, str) else pattern
    phrases = [literal_phrases(p) for p in patterns]
    if all(p is not None for p in phrases):
        return LiteralUnion([w for ws in phrases if ws for w in ws])
    return union(patterns) if len(patterns) > 1 else re.compile(patterns[0])
