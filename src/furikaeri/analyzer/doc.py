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
from furikaeri.nlp import Token, fold, morphemes, tokenize
from furikaeri.patterns import Matcher

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

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

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
