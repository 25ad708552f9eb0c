"""Hedging suffixes of spoken youth style, part of manners.casual_language ([casual.hedge]):
〜的な after a noun naming a role or a person (リーダー的な, 副代表的な, まとめ役的な) or a point
of view (私的には, 気持ち的に), 〜みたいな after a verb (まとめるみたいな役割), and 〜とか
for vagueness (声かけとかを) when the answer hedges otherwise too.

Read off Sudachi's analysis, not a list of examples: the standard 的-adjectives (効率的,
積極的, 具体的, 一時的, 比較的, 代表的) are dictionary words, one noun; the hedge is 的 as a
接尾辞 after a common noun. Only those nouns that name a role, a person or a point of view
make it a hedge (家族的な, 中心的な are plain 的 of a common noun and stay clean)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import concept, normalized_forms
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Word
from furikaeri.patterns import Matcher, matcher

Hit = tuple[Span, str]


@cache
def _raw() -> dict[str, Any]:
    return dict(lexicon().raw["casual"]["hedge"])


@cache
def prefilter() -> Matcher:
    """Text that may hold a hedge: answers without it skip the scan."""
    return matcher(_raw()["prefilter"])


@cache
def _roles() -> frozenset[str]:
    return normalized_forms(tuple(_raw()["roles"]))


@cache
def _viewpoints() -> frozenset[str]:
    return normalized_forms(tuple(_raw()["viewpoints"]))


def hedge_hits(doc: Doc, others: list[Hit]) -> list[Hit]:
    """The hedges of the answer; 〜とか only when another hedge is there (among ``others``,
    the casual hits found already, or these): one とか alone lists things loosely, no more."""
    if not prefilter().search(doc.folded):
        return []
    raw, ws = _raw(), doc.words
    hits: list[Hit] = []
    # (a word's surface is written in the answer: with neither 的 nor みたい there, no word of the
    # loop is one)
    for i, w in enumerate(ws) if "的" in doc.text or "みたい" in doc.text else ():
        start = _teki(doc, i) if "的" in w.surface else None
        if start is not None:
            hits.append((doc.span(doc.begins[start], doc.ends[i + 1]), raw["teki_suggestion"]))
        elif w.surface == "みたい" and _after_predicate(ws, i):
            hits.append((doc.span(doc.begins[i], doc.ends[i]), raw["mitai_suggestion"]))
    if hits or _companion(others):
        hits += [
            (doc.span(doc.begins[i], doc.ends[j]), raw["toka_suggestion"]) for i, j in _toka(doc)
        ]
    return hits


def _teki(doc: Doc, i: int) -> int | None:
    """Where a hedging 〜的な/〜的に ending at word i+1 starts, or None. A role is no hedge
    (_role_written) when written in katakana or told before the position held."""
    ws = doc.words
    w = ws[i]
    if i + 1 >= len(ws) or ws[i + 1].surface not in ("な", "に") or ws[i + 1].pos != "助動詞":
        return None
    if w.pos == "接尾辞" and w.surface == "的" and i:
        first = _noun_run(ws, i)
        said = "".join(x.normalized for x in ws[first:i])
        if ws[i - 1].normalized in _viewpoints():
            return first if first < i else None
        hedged = _role(said) and not _role_written(doc, first, i)
        return first if first < i and hedged else None
    if w.surface in _raw()["viewpoint_adjectives"]:
        # 私的 is a dictionary word (private); 「私的には」 is the hedge 「わたし的には」
        return i if i + 2 < len(ws) and ws[i + 2].surface == "は" else None
    if w.surface.endswith("的") and i and ws[i - 1].pos == "接頭辞" and _role(w.normalized[:-1]):
        return i - 1  # 副+代表的: a role (副代表) read as the dictionary word 代表的
    return None


def _role_written(doc: Doc, first: int, i: int) -> bool:
    """The role of words first..i-1 before 的 at ``i`` is the written simile: a loanword (its
    last noun in katakana: リーダー的, ムードメーカー的), or the position it stands for named
    after 的な ([concepts] positions, Sudachi synonyms too: 「副部長的な立場」「右腕的な存在」
    「まとめ役的な役割」)."""
    ws = doc.words
    if _KATAKANA.fullmatch(ws[i - 1].surface):
        return True
    k = i + 2
    return (
        ws[i + 1].surface == "な"
        and k < len(ws)
        and ws[k].pos == "名詞"
        and concept("positions").has_word(ws[k], doc.morphemes, k)
    )


_KATAKANA = re.compile("[ァ-ヺー]+")


def _noun_run(ws: list[Word], i: int) -> int:
    """The first word of the nouns (and a prefix) right before word i (副+リーダー,
    ムード+メーカー), or of the pronoun there (僕+的: a point of view)."""
    j = i
    if ws[j - 1].pos == "代名詞":
        return j - 1
    while j and (ws[j - 1].pos == "名詞" or (ws[j - 1].pos == "接頭辞" and j < i)):
        j -= 1
    return j


def _role(said: str) -> bool:
    """A noun naming a role or a person: one of [casual.hedge].roles at its end (副リーダー,
    ムードメーカー), or a role suffix (まとめ役, 会計係)."""
    if not said:
        return False
    return any(said.endswith(r) for r in _roles()) or said[-1] in _raw()["role_suffixes"]


def _after_predicate(ws: list[Word], i: int) -> bool:
    """「まとめるみたいな」「やってたみたいな」: みたい (Sudachi: 形状詞-助動詞語幹) after a verb
    or an auxiliary and before な, a clause hedged; after a noun (家族みたいな) it is a simile,
    and 〜みたいです (喜んでいたみたいです) hearsay, neither counted."""
    return (
        ws[i].pos == "形状詞"
        and i > 0
        and ws[i - 1].pos in ("動詞", "助動詞")
        and i + 1 < len(ws)
        and ws[i + 1].surface == "な"
    )


_TOKA = frozenset({"とか", "か"})


def _toka(doc: Doc) -> list[tuple[int, int]]:
    """The word spans of 〜とか after a noun (声かけとか, シフト管理とか): と+か or とか (only the
    words written so are read: Doc.written)."""
    ws = doc.words
    out = []
    for i in doc.written(_TOKA):
        if i < 1:
            continue
        w = ws[i]
        if w.surface == "とか" and w.pos == "助詞" and ws[i - 1].pos == "名詞":
            out.append((i, i))
        elif w.surface == "か" and w.pos == "助詞" and i > 1 and _after_noun_to(ws, i):
            out.append((i - 1, i))
    return out


def _after_noun_to(ws: list[Word], i: int) -> bool:
    """と (Sudachi splits とか after a noun: 声かけ+と+か) right before word i, after a noun."""
    return ws[i - 1].surface == "と" and ws[i - 2].pos == "名詞"


def _companion(others: list[Hit]) -> bool:
    """A hedge among the casual hits found by the phrase patterns ([casual.hedge].companions:
    みたいな感じ, って感じ, 自分的に)."""
    lex = lexicon()
    wanted = {lex.casual_suggestions[name] for name in _raw()["companions"]}
    return any(h[1] in wanted for h in others)
