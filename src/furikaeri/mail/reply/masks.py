"""What a clause's reading blanks before it reads for causes, and the helpers of blanking: a span
blanked (`_blank`), the matches of patterns blanked (`_mask`), the topics cleared and the
propositions denied as a whole, the phrases of a cause. Pure."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from furikaeri.mail.reply.boundary import boundary_rules
from furikaeri.mail.reply.rules import _CauseRule, _ReplyRules
from furikaeri.mail.reply.words import _morphs, _offsets, _view


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked (□, offsets kept)."""
    return text[:start] + "□" * (end - start) + text[end:]


@lru_cache(maxsize=1024)
def _denied_spans(clause: str) -> tuple[tuple[int, int], ...]:
    """The character spans of ``clause``'s propositions denied as a whole, each with its denial
    (furikaeri.mail.reply.denial.denied_propositions); remembered, as a clause is asked up to three
    times (the overall judgement, the reading, the denial observed)."""
    from furikaeri.mail.reply.denial import counterfactuals, denied_propositions

    ms = _morphs(clause)
    spans = denied_propositions(ms) + counterfactuals(ms)
    if not spans:
        return ()
    at = _offsets(ms)
    return tuple((at[start], at[end]) for start, end in spans)


def _mask_cleared_topics(clause: str) -> str:
    """``clause`` with the topics a fault is denied of (「受け答えや経歴に懸念はなく」「ご回答には
    問題はございませんでした」: the words before a word of negative meaning and its negation,
    marked by に, には, について, では, back to a comma) blanked: those topics are cleared, no
    topic a frame later in the clause judges (「…懸念はなく、僅差でのお見送り」)."""
    for start, end in cleared_topics(clause):
        clause = _blank(clause, start, end)
    return clause


def cleared_topics(clause: str) -> list[tuple[int, int]]:
    """The spans of :func:`_mask_cleared_topics`: topics told with a fault denied of them."""
    from furikaeri.mail.reply.denial import reassurances
    from furikaeri.mail.reply.lack import negative_word

    spans: list[tuple[int, int]] = []
    for words in reassurances(_morphs(clause)):
        at = clause.find(words)
        head = _morphs(words)
        if at <= 0 or not negative_word(str(head[0].normalized_form())):
            continue
        if not clause[:at].endswith(_cleared_in()):
            continue
        start = max(clause.rfind(c, 0, at) for c in "、,") + 1
        spans.append((start, at))  # the denial itself stays: a reassurance, read as one
    return spans


@lru_cache(maxsize=1)
def _cleared_in() -> tuple[str, ...]:
    """[boundary] `cleared_in`: the particles a topic cleared of a fault ends with."""
    return tuple(boundary_rules().cleared_in)


def _mask_denied_propositions(clause: str) -> str:
    """``clause`` with each proposition denied as a whole blanked with its denial."""
    for start, end in _denied_spans(clause):
        clause = _blank(clause, start, end)
    return clause


def _mask_denied_occurrences(rules: _ReplyRules, masked: str, morphs: Any) -> str:
    """``masked`` with the candidate's conduct told as not having happened blanked with its
    negation (furikaeri.mail.observation.denied_occurrences)."""
    from furikaeri.mail.observation import denied_occurrences

    for start, end in denied_occurrences(rules.observation, morphs):
        masked = _blank(masked, start, end)
    return masked


def _names(rule: _CauseRule, clause: str) -> bool:
    return bool(rule.topics and rule.topics.search(clause)) or bool(
        rule.words.find(_view(_morphs(clause)))
    )


def _mask_phrases(rules: _ReplyRules, clause: str) -> str:
    """``clause`` with the causes' self-framed phrases blanked, each with the words that deny it
    ([phrase_denied]: 「話を遮られることもなく」): a phrase denied leaves no negation behind to be
    read as a lack."""
    denied = rules.phrase_denied
    for r in rules.causes.values():
        if r.phrases is None:
            continue
        for m in list(r.phrases.finditer(clause)):
            after = denied.match(clause, m.end())
            end = after.end() if after else m.end()
            clause = _blank(clause, m.start(), end)
    return clause


def _mask(clause: str, patterns: list[re.Pattern[str]]) -> str:
    """Blank out self-framed phrases so their words do not count again as topics or frames."""
    for pat in patterns:
        clause = pat.sub(lambda m: "□" * len(m.group(0)), clause)
    return clause
