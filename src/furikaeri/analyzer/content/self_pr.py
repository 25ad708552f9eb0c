"""self_pr.abstract (a strength with no episode) and self_pr.no_result (an episode without a
stated result)."""

from __future__ import annotations

from functools import cache

from furikaeri.analyzer.content.actions import _concrete_actions, likings
from furikaeri.analyzer.content.episodes import (
    _episode_sentences,
    _resolved,
    _setback,
    kept_up,
    number_results,
)
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Finding, Strength
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
    if episode:
        return [finding("self_pr.no_result", actions[:2])], []
    claims = doc.find(lex.pr_claims) or likings(doc)  # (「人と話すのが好きです」: a trait too)
    if not claims and not told and not kept_up(doc) and not doc.first(_self_reference()):
        return [], []  # nothing about oneself (a stray line, 「特にないです」): nothing to judge
    return [finding("self_pr.abstract", claims or doc.opening())], []


@cache
def _pr_frame() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["frame"])


@cache
def _self_reference() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["self_reference"])
