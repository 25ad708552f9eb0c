"""A bounded memory of things already found not to match (words, lemmas), shared by the
analyzer's hot loops: the same Word objects and lemmas recur in every answer (nlp.words), so an
answer made only of words met before and turned down is passed over with one issuperset in C
instead of a loop over its words."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

T = TypeVar("T", bound=Hashable)

MAX = 100_000


class Misses(set[T]):
    """Things met that do not match, emptied when full (``MAX`` of them) so that it stays
    bounded however many answers are read. A set (membership and add stay in C, for the
    loops over every word)."""

    __slots__ = ()

    def cover(self, items: Iterable[T]) -> bool:
        """Whether every one of ``items`` was met before and did not match."""
        return self.issuperset(items)

    def make_room(self) -> None:
        """Empty the memory if it is full (call before adding)."""
        if len(self) >= MAX:
            self.clear()
