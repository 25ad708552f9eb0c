"""Whether an answer names the current or former employer, tells of it as the subject of a
sentence, or complains of it; whether a complaint only describes a noun after it."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from furikaeri.analyzer import detect_reasons
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Span
from furikaeri.patterns import Matcher, matcher


def _describes(doc: Doc, span: Span) -> bool:
    """The complaint is a verb that only describes a noun after it, not the employer nor its
    people (「一度断られた顧客にも提案を続けました」)."""
    from furikaeri.analyzer.blame.targets import _is_concept

    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, span.end)
    if i >= len(ws) or begins[i] != span.end:
        return False
    while i < len(ws) and ws[i].pos == "助動詞":  # 断られ|た 顧客
        i += 1
    return (
        i < len(ws)
        and ws[i].pos == "名詞"
        and any(w.pos == "動詞" for w in ws[bisect_left(begins, span.start) : i])
        and not _is_concept(doc, i, "employer", "people")
    )


def _employer_told(doc: Doc, sent: Sentence, *, predicate: bool = False) -> bool:
    """The sentence's topic or subject is the employer or its people (the noun, then は, が or
    も, or では); with ``predicate``, its predicate too (「…が当然の職場です」: for an answer
    already read as complaints, not for a motivation, whose 「長く働ける環境だと感じ」 is the
    company applied to)."""
    from furikaeri.analyzer.blame.targets import _is_concept

    ws, begins = doc.words, doc.begins
    n, end = len(ws), sent.end
    i = bisect_left(begins, sent.start)
    while i + 1 < n and begins[i] < end:
        if ws[i].pos == "名詞":  # (the cheap test first: most words are no noun)
            after = ws[i + 1]
            k = i + 2 if after.surface == "で" and i + 2 < n else i + 1  # 今の職場では
            told = ws[k].surface in _SUBJECT or (
                predicate and after.pos == "助動詞" and after.lemma in _COPULAS
            )
            if told and _is_concept(doc, i, "employer", "people"):
                return True
        i += 1
    return False


# だ or です (auxiliaries) after a noun: the employer told as the predicate (「…が当然の職場です」
# 「…通らない職場なんです」), as much as the topic.
_COPULAS = ("だ", "です")


@cache
def _employer_gate(predicate: bool = False) -> Matcher:
    """A word of the employer or its people ([concepts] employer, people: their seeds), then
    は, が, も or では (with ``predicate``, a copula too: 職場です, 職場なんです): the text may
    tell of the employer as a topic or subject (a gate before the answer's words are read;
    their synonyms are read by _employer_told)."""
    concepts = lexicon().raw["concepts"]
    seeds = sorted({*concepts["employer"], *concepts["people"]}, key=len, reverse=True)
    after = "は|が|も|では" + ("|だ|です|でし|で、|な" if predicate else "")
    return matcher(f"({'|'.join(map(re.escape, seeds))})({after})")


def _employer_named(text: str, *, predicate: bool = False) -> bool:
    return _employer_gate(predicate).search(text) is not None


def _complains_of_employer(doc: Doc) -> bool:
    """A sentence that complains has the employer or its people as its topic or subject
    (「今の職場では上司が…」; not 「前職の設計では、残業の多さが課題に」: the work's facts)."""
    if not _employer_named(doc.folded, predicate=True):
        return False  # (read without the answer's words, which it may never need)
    told = [s for s in doc.sentences if _employer_told(doc, s, predicate=True)]
    if not told:
        return False  # (the complaint analysis only where the employer is told of)
    spans = detect_reasons.complaints(doc, within=told)
    return any(any(s.start <= c.start < s.end for c in spans) for s in told)


_SUBJECT = frozenset({"は", "が", "も"})
