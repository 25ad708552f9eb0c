"""Inferring the kind of question from the interviewer's words (rules in data/kinds.toml)."""

from __future__ import annotations

from functools import lru_cache

from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.questions.owner import asks_organisations
from furikaeri.nlp import fold


@lru_cache(maxsize=1024)
def infer_kind(question: str | None) -> str:
    """The first kind whose rule matches the question; ``other`` when none does."""
    if not question or not question.strip():
        return "other"
    q = fold(question)
    for kind, pattern in lexicon().kind_rules:
        if pattern.search(q):
            if kind == "self_pr" and asks_organisations(question, kind):
                continue  # the organisation's strengths asked (当社の強みは), not one's own
            return kind
    return "other"
