"""A tokenized answer: the original text, its width-folded twin, tokens and sentences.

Offsets always refer to the original answer: folding keeps the length (see nlp.fold).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Token, fold, morphemes, pos_of, tokenize
from furikaeri.patterns import Matcher

# A compound noun is read whole: a noun or suffix after a noun or prefix belongs to it.
_COMPOUND = frozenset({"名詞", "接尾辞"})
_COMPOUND_HEAD = frozenset({"名詞", "接頭辞"})
_AUX = frozenset({"助動詞", "接尾辞"})
_PREDICATE = frozenset({"動詞", "形容詞", "助動詞", "助詞"})  # 助詞: the linking て


def _search(ms: Any, value: int, key: Any, *, right: bool) -> int:
    """bisect_right / bisect_left over a Sudachi MorphemeList (not a Python sequence)."""
    lo, hi = 0, len(ms)
    while lo < hi:
        mid = (lo + hi) // 2
        k = key(ms[mid])
        if k < value or (right and k == value):
            lo = mid + 1
        else:
            hi = mid
    return lo


def _begin(m: Any) -> int:
    return int(m.begin())


def _end(m: Any) -> int:
    return int(m.end())


class _PosOf:
    """Parts of speech of a morpheme list, read on demand (a span looks at a few neighbours)."""

    def __init__(self, ms: Any) -> None:
        self._ms = ms

    def __getitem__(self, i: int) -> tuple[str, str]:
        return pos_of(self._ms[i].part_of_speech_id())

    def __len__(self) -> int:
        return len(self._ms)


def _attaches(pos: _PosOf, i: int) -> bool:
    """Whether morpheme i completes the predicate before it: an auxiliary (ない, た, れる),
    a suffix, a dependent verb or adjective (くれる, いる, すぎる), or the て that links one."""
    p0, p1 = pos[i]
    if p0 in _AUX or (p0 in ("動詞", "形容詞") and p1 == "非自立可能"):
        return pos[i - 1][0] != "補助記号"
    if p0 == "助詞" and p1 == "接続助詞" and i + 1 < len(pos):
        n0, n1 = pos[i + 1]
        return n0 == "助動詞" or (n0 in ("動詞", "形容詞") and n1 == "非自立可能")
    return False


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
    def _sentence_words(self) -> dict[int, Any]:
        return {}

    def _words_around(self, start: int, end: int) -> tuple[int, Any]:
        """The morphemes of the stretch holding ``start:end`` and the offset they start at:
        the whole answer's when it is tokenized already, else only the sentence's (snapping
        evidence must not cost a full tokenization of an answer no detector needed it for)."""
        if "morphemes" in self.__dict__:
            return 0, self.morphemes
        sent = next((s for s in self.sentences if s.start <= start and end <= s.end), None)
        if sent is None:
            return 0, self.morphemes
        cache = self._sentence_words
        if sent.start not in cache:
            cache[sent.start] = morphemes(self.text[sent.start : sent.end])
        return sent.start, cache[sent.start]

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def phrase(self, span: Span) -> Span:
        """``span`` widened to whole words: a compound noun whole (御社, not 社), and a
        predicate with its auxiliaries (残業が多い, not 残業が多; 聞いてくれない, not
        聞いてくれな). Applied once to the evidence an analysis reports."""
        if span.end <= span.start:
            return span
        start, end = self._phrase(span.start, span.end)
        return Span(start, end, self.text[start:end])

    def _phrase(self, start: int, end: int) -> tuple[int, int]:
        base, ms = self._words_around(start, end)
        if not ms:
            return start, end
        first = max(0, _search(ms, start - base, _begin, right=True) - 1)
        last = min(len(ms) - 1, _search(ms, end - base, _end, right=False))
        pos = _PosOf(ms)
        while first > 0 and pos[first][0] in _COMPOUND and pos[first - 1][0] in _COMPOUND_HEAD:
            first -= 1
        while last + 1 < len(ms) and pos[last][0] in _PREDICATE and _attaches(pos, last + 1):
            last += 1
        return base + ms[first].begin(), base + ms[last].end()

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
