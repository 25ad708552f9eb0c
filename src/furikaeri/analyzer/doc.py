"""A tokenized answer: the original text, its width-folded twin, tokens and sentences.

Offsets always refer to the original answer: folding keeps the length (see nlp.fold).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any, overload

from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Token, fold, morphemes, pos_of, tokenize
from furikaeri.patterns import Matcher

# A compound noun is read whole: a noun or suffix after a noun or prefix belongs to it.
_COMPOUND = frozenset({"名詞", "接尾辞"})
_COMPOUND_HEAD = frozenset({"名詞", "接頭辞"})
_AUX = frozenset({"助動詞", "接尾辞"})
_PREDICATE = frozenset({"動詞", "形容詞", "助動詞", "助詞"})  # 助詞: the linking て


_Bounds = tuple[Sequence[int], Sequence[int], Sequence[tuple[str, str]]]


def _bounds(ms: Any, base: int) -> _Bounds:
    begins: list[int] = []
    ends: list[int] = []
    pos: list[tuple[str, str]] = []
    at = base
    for m in ms:
        begins.append(at)
        at += len(m.surface())
        ends.append(at)
        pos.append(pos_of(m.part_of_speech_id()))
    return begins, ends, pos


def _begin(m: Any) -> int:
    return int(m.begin())


def _end(m: Any) -> int:
    return int(m.end())


def _pos_of(m: Any) -> tuple[str, str]:
    return pos_of(m.part_of_speech_id())


class _Lazy(Sequence[Any]):
    """One attribute of each morpheme of a MorphemeList, read on demand: snapping a span
    bisects and looks at a few neighbours, so reading every morpheme would be waste."""

    def __init__(self, ml: Any, get: Callable[[Any], Any]) -> None:
        self._ml = ml
        self._get = get
        self._n = len(ml)

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Any]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            raise TypeError("no slices")
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError(i)
        return self._get(self._ml[i])


def _attaches(pos: Sequence[tuple[str, str]], i: int) -> bool:
    """Whether morpheme i completes the predicate before it: an auxiliary (ない, た, れる),
    a suffix, a dependent verb or adjective (くれる, いる, すぎる), or the て that links one."""
    p0, p1 = pos[i]
    if p0 in _AUX or (p0 in ("動詞", "形容詞") and p1 == "非自立可能"):
        return pos[i - 1][0] != "補助記号"
    if p0 == "助詞" and p1 == "接続助詞" and i + 1 < len(pos):
        n0, n1 = pos[i + 1]
        return n0 == "助動詞" or (n0 in ("動詞", "形容詞") and n1 == "非自立可能")
    return False


_CLAUSE_ENDS = ("、", "。", "！", "？", "\n", "!", "?")
_EDGES = frozenset("。、．，！？!?\n 　「」『』（）()・")

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # folded text of the sentence (without surrounding spaces)


class Doc:
    def __init__(self, text: str) -> None:
        self.text = text
        folded = fold(text)
        for variant, canonical in lexicon().orthography:
            if variant in folded:
                folded = folded.replace(variant, canonical)
        self.folded = folded

    @cached_property
    def memo(self) -> dict[Any, Any]:
        """Per-answer scratch space for detectors (e.g. synonym groups read once per token)."""
        return {}

    @cached_property
    def morphemes(self) -> Any:
        """Sudachi's MorphemeList: the cheap view, for scans that read few attributes."""
        return morphemes(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """Every attribute of every token: built only for the detectors that need them."""
        return tokenize(self.text, morpheme_list=self.morphemes)

    @cached_property
    def sentences(self) -> list[Sentence]:
        out = []
        for m in _SENTENCE.finditer(self.folded):
            raw = m.group()
            stripped = raw.strip()
            if not stripped:
                continue
            start = m.start() + (len(raw) - len(raw.lstrip()))
            out.append(Sentence(start, start + len(stripped), stripped))
        return out

    @cached_property
    def _word_bounds(self) -> dict[int, _Bounds]:
        return {}

    def _bounds_around(self, start: int, end: int) -> _Bounds:
        """Word boundaries (absolute offsets) and parts of speech of the stretch holding
        ``start:end``: the whole answer's when it is tokenized already, else only the
        sentence's (snapping evidence must not tokenize an answer no detector needed)."""
        cache = self._word_bounds
        if "tokens" in self.__dict__:
            if -1 not in cache:
                toks = self.tokens
                cache[-1] = (
                    [t.begin for t in toks],
                    [t.end for t in toks],
                    [(t.pos, t.pos2) for t in toks],
                )
            return cache[-1]
        if "morphemes" in self.__dict__:
            if -1 not in cache:
                ml = self.morphemes
                cache[-1] = (_Lazy(ml, _begin), _Lazy(ml, _end), _Lazy(ml, _pos_of))
            return cache[-1]
        # Only the clause holding the span: from the punctuation before it to the one after.
        lo = max(self.text.rfind(p, 0, start) for p in _CLAUSE_ENDS) + 1
        his = [i for i in (self.text.find(p, end) for p in _CLAUSE_ENDS) if i >= 0]
        hi = min(his) + 1 if his else len(self.text)
        key = lo * 1_000_003 + hi
        if key not in cache:
            cache[key] = _bounds(morphemes(self.text[lo:hi]), lo)
        return cache[key]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def phrase(self, span: Span) -> Span:
        """``span`` widened to whole words: a compound noun whole (御社, not 社), and a
        predicate with its auxiliaries (残業が多い, not 残業が多; 聞いてくれない, not
        聞いてくれな). Applied once to the evidence an analysis reports."""
        if span.end <= span.start or self._clean_edges(span):
            return span
        start, end = self._phrase(span.start, span.end)
        return Span(start, end, self.text[start:end])

    def _clean_edges(self, span: Span) -> bool:
        """Both ends at punctuation or the ends of the text (a whole sentence or clause)."""
        text = self.text
        before = span.start == 0 or text[span.start - 1] in _EDGES
        after = span.end == len(text) or text[span.end] in _EDGES
        return before and after and text[span.start] not in _EDGES

    def _phrase(self, start: int, end: int) -> tuple[int, int]:
        begins, ends, pos = self._bounds_around(start, end)
        if not begins:
            return start, end
        first = max(0, bisect_right(begins, start) - 1)
        last = min(len(ends) - 1, bisect_left(ends, end))
        while first > 0 and pos[first][0] in _COMPOUND and pos[first - 1][0] in _COMPOUND_HEAD:
            first -= 1
        while last + 1 < len(pos) and pos[last][0] in _PREDICATE and _attaches(pos, last + 1):
            last += 1
        return begins[first], ends[last]

    def find(self, pattern: Matcher, *, within: Sentence | None = None) -> Iterator[Span]:
        """Spans of ``pattern`` in the folded text (or one sentence of it)."""
        base, text = (within.start, within.text) if within else (0, self.folded)
        for m in pattern.finditer(text):
            if m.end() > m.start():
                yield self.span(base + m.start(), base + m.end())

    def first(self, pattern: Matcher, *, within: Sentence | None = None) -> Span | None:
        return next(self.find(pattern, within=within), None)

    def sentence_span(self, sentence: Sentence) -> Span:
        return self.span(sentence.start, sentence.end)

    def opening(self) -> list[Span]:
        """The first sentence, as evidence when a finding is about the answer as a whole."""
        return [self.sentence_span(self.sentences[0])] if self.sentences else []
