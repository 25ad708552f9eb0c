"""Answers tokenized sentence by sentence, each distinct sentence of a batch once.

A candidate tells the same episode to several questions, and stock sentences recur
(「本日はよろしくお願いいたします。」「この経験から〜を学びました。」): in the throughput
benchmark's corpus three quarters of the characters are in a sentence said before. Tokenizing
and converting to Words (nlp.words) are then the same work again, so a batch keeps each
sentence's words once (a Pieces per analyze_records call, never across calls: it holds
Sudachi's MorphemeLists, and bounded).

The words are exactly those of tokenizing the whole answer. An answer is cut only after a
「。」 between two letters (kana or kanji). Sudachi has one entry for 「。」; no word runs across
it into a letter (tests/test_analyzer_evidence.py), none was found ending with it but 「。」
itself (モーニング娘。 is not one; tests/test_analyzer_speed.py compares texts), and an
unknown word is grouped within one character class; the only other reading of that 「。」
alone is an unknown symbol (unk.def SYMBOL, cost 17,094), which the code below refuses.
So every best reading of the whole answer passes through that 「。」 word: the words before it
do not depend on what follows (they end with it as before the end of the text), and the words
after it depend only on it. A later sentence is therefore tokenized after a 「。」 of its own
(「。」 + sentence, that first word dropped), in the same left context as in the answer; if
Sudachi ever read that 「。」 otherwise, the answer is tokenized whole instead.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from furikaeri.nlp import UNCHUNKED_CHARS, Word, morphemes, words

# After a 「。」 between two letters (hiragana, katakana, CJK ideographs: the ranges
# tests/test_analyzer_evidence.py checks).
_LETTER = "\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff"
_CUT = re.compile(f"(?<=[{_LETTER}]。)(?=[{_LETTER}])")
# The same cuts found from their 「。」: a pattern that opens on a literal is searched for that
# literal alone, where _CUT's lookbehind is tried at every position of the text.
_CUT_STOP = re.compile(f"。(?<=[{_LETTER}]。)(?=[{_LETTER}])")
_STOP = "。"
_MAX = 20_000  # sentences kept per batch (cleared when full: constant memory)

# One sentence: its words, their end offsets in the text it was read in, where it begins in
# that text, the MorphemeList of that text and the index of the sentence's first morpheme.
_Piece = tuple[list[Word], list[int], int, Any, int]
# A text's words, their end offsets in it, and its morphemes by word index.
Tokens = tuple[list[Word], list[int], Any]


class Joined(Sequence[Any]):
    """The morphemes of an answer read sentence by sentence, by word index (detectors read
    a morpheme only for what its Word has not cached yet: synonym groups, dictionary form;
    offsets are the Words', never the morphemes')."""

    __slots__ = ("_lists", "_starts")

    def __init__(self, lists: list[tuple[Any, int]], starts: list[int]) -> None:
        self._lists = lists  # (MorphemeList, index of its first own morpheme)
        self._starts = starts  # word index where each list's words begin

    def __len__(self) -> int:
        return self._starts[-1] if self._starts else 0

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        k = bisect_right(self._starts, i) - 1
        if not 0 <= i < len(self) or k < 0:
            raise IndexError(i)
        ml, skip = self._lists[k]
        return ml[i - self._starts[k] + skip]


class Pieces:
    """The words of texts read sentence by sentence, each distinct sentence once."""

    __slots__ = ("_read",)

    def __init__(self) -> None:
        self._read: dict[tuple[str, bool], _Piece] = {}

    def tokens(self, text: str) -> Tokens:
        """Words, end offsets and morphemes of ``text`` (free of lone surrogates: valid_text),
        the same as nlp.words(text, morphemes(text)) and morphemes(text) by index."""
        cuts = _cut(text) if len(text) <= UNCHUNKED_CHARS and _STOP in text else [text]
        if len(cuts) > 1:
            read = self._read
            got = [read.get((p, i > 0)) for i, p in enumerate(cuts)]
            if not any(got):  # nothing said before: read whole, its sentences kept apart
                whole = _read_run(cuts, after=False, text=text)
                if whole is not None:
                    self._keep(cuts, whole[0], first=0)
                    return whole[1]
            elif None not in got or self._fill(cuts, got):
                return _joined(cuts, got)  # type: ignore[arg-type]
        ml = morphemes(text, valid=True)  # one sentence (or Sudachi read a 「。」 otherwise)
        found, ends = words(text, ml)
        return found, ends, ml

    def _fill(self, cuts: list[str], got: list[_Piece | None]) -> bool:
        """Read the sentences of ``cuts`` not read before (None in ``got``), each run of them
        with one call to Sudachi, and keep them; False if a 「。」 was read otherwise."""
        i, n = 0, len(cuts)
        while i < n:
            j = i
            while j < n and got[j] is None:
                j += 1
            if j > i:
                read = _read_run(cuts[i:j], after=i > 0)
                if read is None:
                    return False
                run = read[0]
                got[i:j] = run
                self._keep(cuts[i:j], run, first=i)
            i = j + 1
        return True

    def _keep(self, texts: list[str], run: list[_Piece], *, first: int) -> None:
        read = self._read
        if len(read) + len(texts) > _MAX:
            read.clear()
        for k, (text, piece) in enumerate(zip(texts, run, strict=True), start=first):
            read[text, k > 0] = piece


def _cut(text: str) -> list[str]:
    """_CUT.split(text): the sentences of ``text``, cut after each 「。」 between two letters."""
    out: list[str] = []
    start = 0
    for m in _CUT_STOP.finditer(text):
        end = m.end()
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _read_run(
    texts: list[str], *, after: bool, text: str | None = None
) -> tuple[list[_Piece], Tokens] | None:
    """Consecutive sentences of an answer tokenized together (``after``: after a 「。」, as
    they are in the answer), each one's words apart, and the words, end offsets and
    morphemes of the text read (``text``: "".join(texts) when the caller has it); None when
    a 「。」 a sentence begins after or ends with was not read as the one word 「。」."""
    read = _STOP + "".join(texts) if after else text or "".join(texts)
    ml = morphemes(read, valid=True)
    found, ends = words(read, ml)
    stop = _stop_id()
    if after and (not ends or ends[0] != 1 or ml[0].word_id() != stop):
        return None
    out: list[_Piece] = []
    begin = first = int(after)  # offset and morpheme index where the next sentence begins
    for text in texts:
        end = begin + len(text)
        last = bisect_left(ends, end)
        if last >= len(ends) or ends[last] != end:
            return None  # (no word boundary there: never, see the module's docstring)
        if text.endswith(_STOP) and ml[last].word_id() != stop:
            return None
        out.append((found[first : last + 1], ends[first : last + 1], begin, ml, first))
        begin, first = end, last + 1
    return out, (found, ends, ml)


_STOP_ID: list[int] = []


def _stop_id() -> int:
    """The word id of Sudachi's entry 「。」 (補助記号-句点), read once."""
    if not _STOP_ID:
        _STOP_ID.append(morphemes(_STOP)[0].word_id())
    return _STOP_ID[0]


def _joined(cuts: list[str], pieces: list[_Piece]) -> tuple[list[Word], list[int], Joined]:
    """The words, absolute end offsets and morphemes of the sentences ``cuts`` together."""
    found: list[Word] = []
    ends: list[int] = []
    lists: list[tuple[Any, int]] = []
    starts: list[int] = []
    base = 0
    for text, (ws, rel, origin, ml, skip) in zip(cuts, pieces, strict=True):
        starts.append(len(found))
        found.extend(ws)
        # (read where it stands: the answer's first sentence, read alone from its start)
        ends.extend(rel if base == origin else map((base - origin).__add__, rel))
        lists.append((ml, skip))
        base += len(text)
    starts.append(len(found))
    return found, ends, Joined(lists, starts)
