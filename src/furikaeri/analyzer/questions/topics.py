"""The topic a question asks (by its words, or by the kind of answer): what off_topic reads
an answer against."""

from __future__ import annotations

from functools import cache, lru_cache

from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.semantics import concept
from furikaeri.nlp import fold, morphemes


@lru_cache(maxsize=1024)
def question_topic(question: str | None) -> Topic | None:
    """The recognised topic of the interviewer's question, if any."""
    if not question:
        return None
    q = fold(question)
    return next(
        (
            t
            for t in lexicon().topics
            if t.question.search(q) or (t.meaning is not None and _means(q, t.meaning))
        ),
        None,
    )


@lru_cache(maxsize=1024)
def _means(question: str, name: str) -> bool:
    """A word of the question belongs to the concept ``name`` ([concepts]: a seed, or a word
    sharing a Sudachi synonym group with one: 口論 and 言い争い with 諍い)."""
    c = concept(name)
    return any(c.has(m.normalized_form(), m) for m in morphemes(question))


@cache
def _motivation_topic() -> Topic | None:
    """The motivation topic, whose addressee (御社, 貴社) names the company applied to."""
    return next((t for t in lexicon().topics if t.name == "motivation"), None)


# A self-PR may be any episode: only these kinds fall back to their own topic.
_KIND_TOPICS = {"motivation": "motivation", "reason_for_leaving": "reason_for_leaving"}


@lru_cache(maxsize=64)
def kind_topic(kind: str) -> Topic | None:
    """The topic a kind of question asks about, when the question's words named none."""
    name = _KIND_TOPICS.get(kind)
    return next((t for t in lexicon().topics if t.name == name), None)
