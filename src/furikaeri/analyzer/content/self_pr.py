"""self_pr.abstract (a strength with no episode) and self_pr.no_result (an episode without a
stated result)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.content.actions import _concrete_actions, likings
from furikaeri.analyzer.content.episodes import (
    _episode_sentences,
    _resolved,
    _setback,
    kept_up,
    number_results,
)
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Finding, Span, Strength
from furikaeri.nlp import Word
from furikaeri.patterns import Matcher, matcher

_PAST_WHEN_MATCHER = matcher("(た|だ)(とき|時|際|ところ|場面)")


def self_pr(doc: Doc) -> tuple[list[Finding], list[Strength]]:
    """Abstract when no episode backs the strength; an episode (situation and own action in
    the past) without a stated result is a weaker point of its own (self_pr.no_result)."""
    lex = lexicon()
    numbers = number_results(doc)
    told = _episode_sentences(doc)
    situation = (
        doc.first(lex.situation)
        or doc.first(_PAST_WHEN_MATCHER)
        or doc.first(_pr_frame())
        or _setback(doc)
    )
    actions = _concrete_actions(doc, told)
    result = doc.first(lex.result) or (_resolved(doc) if situation and actions else None)
    episode = situation is not None and bool(actions)
    if numbers or (episode and (len(actions) >= 2 or result is not None)):
        evidence = [s for s in (situation, *actions[:2], result) if s is not None]
        return [], [strength("strength.episode", evidence)]
    role_only = episode and _role_only(doc, actions, told)
    if episode and not role_only:
        return [finding("self_pr.no_result", actions[:2])], []
    claims = doc.find(lex.pr_claims) or likings(doc)  # (「人と話すのが好きです」: a trait too)
    if role_only and not claims:
        return [finding("self_pr.no_result", actions[:2])], []
    if not claims and not told and not kept_up(doc) and not doc.first(_self_reference()):
        return [], []  # nothing about oneself (a stray line, 「特にないです」): nothing to judge
    return [finding("self_pr.abstract", claims or doc.opening())], []


def _role_only(doc: Doc, actions: list[Span], told: list[Sentence]) -> bool:
    """The only acts told are a role's duty (_role_duty: 「副代表としてメンバーをまとめ」), in
    every sentence of the episode: a title held and the group led, the rest what others thought
    of it (頼りにされていた), with no situation met nor act of one's own: still abstract."""
    begins = doc.begins
    duties = [a for a in actions if _role_duty(doc, bisect_left(begins, a.start))]
    if len(duties) != len(actions):
        return False
    return all(any(s.start <= a.start < s.end for a in duties) for s in told)


def _role_duty(doc: Doc, k: int) -> bool:
    """The verb at ``k`` leads a group ([concepts] leading: まとめる, 率いる, 統率する) and a role
    is held in its clause before it (として: 「リーダーとしてチームをまとめ」), or was taken on
    earlier in its sentence ([concepts] roles_taken: 「リーダーを任され、スタッフをまとめ」)."""
    ws, ml = doc.words, doc.morphemes
    if not concept("leading").has_word(ws[k], ml, k):
        return False
    clause = True
    taken = concept("roles_taken")
    for j in range(k - 1, 0, -1):
        w = ws[j]
        if w.pos2 == "句点":
            return False
        if w.pos == "補助記号" or (w.pos2 == "接続助詞" and ws[j - 1].normalized != "為る"):
            clause = False
        if clause and w.normalized == "為る" and _as_role(ws[j - 1]):
            return True
        if w.pos in ("動詞", "名詞") and taken.has_word(w, ml, j):
            return True
    return False


def _as_role(w: Word) -> bool:
    """The case particle と (of として: a role held)."""
    return w.surface == "と" and w.pos2 == "格助詞"


@cache
def _pr_frame() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["frame"])


@cache
def _self_reference() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["self_reference"])
