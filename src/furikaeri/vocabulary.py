"""Words and numbers several layers share (stages, legal forms, the text limit, reply labels,
the feedback window, grammatical negation), defined once in data/vocabulary.toml and validated
at load."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from furikaeri.catalogue import checked_data, validated

if TYPE_CHECKING:
    from furikaeri.vocabulary_schema import Stage, Vocabulary

_MODELS = (
    "Stage",
    "Limits",
    "FeedbackTiming",
    "ReplyLabels",
    "CompanyWords",
    "Negation",
    "Vocabulary",
)


def __getattr__(name: str) -> Any:
    """The pydantic models (vocabulary_schema), imported on first use."""
    if name in _MODELS:
        from furikaeri import vocabulary_schema

        return getattr(vocabulary_schema, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def check_pattern(value: str) -> str:
    """A pydantic validator: the string must compile as a Python regular expression."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {value!r}") from exc
    return value


@cache
def vocabulary() -> Vocabulary:
    """The file as validated pydantic models (imports pydantic)."""
    from furikaeri.vocabulary_schema import Vocabulary

    return validated("vocabulary.toml", Vocabulary)


@cache
def _data() -> dict[str, Any]:
    """The file as plain TOML data, checked against the schema once per content (no pydantic
    import when already checked): for the few values a cold ``furikaeri analyze`` reads."""
    schema = "furikaeri.vocabulary_schema:Vocabulary"
    return checked_data("vocabulary.toml", schema, depends=("furikaeri.vocabulary",))


def offered_stages() -> tuple[str, ...]:
    """The stages a form offers, in selection order."""
    return tuple(s.name for s in vocabulary().stages if s.offered)


def stage_choices(current: str | None = None) -> tuple[str, ...]:
    """The stages a form offers, plus ``current`` when the record already holds another one
    (「四次」「グループ」 read from a mail, a free-text stage from an import): in selection order
    when the vocabulary places it, else last. Re-saving a form then keeps the stage as it was."""
    offered = offered_stages()
    if not current or current in offered:
        return offered
    rank = stage_rank(current)
    if rank is None:
        return (*offered, current)
    names = [s.name for s in vocabulary().stages]
    return tuple(n for n in names if n in offered or n == current)


def stage(name: str | None) -> Stage | None:
    return next((s for s in vocabulary().stages if s.name == name), None) if name else None


def stage_rank(name: str | None) -> int | None:
    """A stage's place in selection order (書類 first, 最終 last); None for an empty or unknown
    stage, which cannot be placed."""
    if not name:
        return None
    return next((k for k, s in enumerate(vocabulary().stages) if s.name == name), None)


def next_stage(name: str | None) -> str | None:
    """The interview round a form offers after the interview ``name`` (一次 → 二次, 三次 → 最終);
    None after the last, for a stage that cannot be placed, and after a stage without an
    interview (what follows 書類 varies: a test, a 面談, the 一次面接)."""
    rank = stage_rank(name)
    stages = vocabulary().stages
    if rank is None or not stages[rank].interview:
        return None
    later = [s.name for s in stages[rank + 1 :] if s.offered and s.interview]
    return later[0] if later else None


def reply_labels() -> tuple[str, ...]:
    from furikaeri.vocabulary_schema import ReplyLabels

    return tuple(ReplyLabels.model_fields)


def legal_form_pattern(*, latin: bool = False, groups: bool = False) -> str:
    """An alternation (no flags) of the legal forms, optionally with Latin forms and group words."""
    words = _data()["company"]
    parts = [re.escape(f) for f in words["legal_forms"]]
    if groups:
        parts += [re.escape(g) for g in words["group_words"]]
    if latin:
        parts += list(words["latin_legal_forms"])
    return "|".join(parts)


def max_text_chars() -> int:
    return int(_data()["limits"]["max_text_chars"])


def text_too_long(chars: int) -> str:
    """The one message for an answer over the limit, the same at every boundary (analyzer,
    store, web, CLI)."""
    return f"回答が長すぎます（{chars:,}字）。{max_text_chars():,}字以内にしてください。"


def request_window_days() -> int:
    return vocabulary().feedback.request_window_days


@dataclass(frozen=True)
class NegationWords:
    """Japanese grammatical negation ([negation]), the one list every reader takes: the
    analyzer, the reply reader (mail.lack) and the notice reader (mail.notice.rulebook)."""

    auxiliaries: frozenset[str]  # ない, ず, ぬ: normalized forms and lemmas alike
    adjectives: frozenset[str]  # 無い (the adjective ない, normalized)
    nouns: frozenset[str]  # なし (「問題なし」)

    @property
    def predicates(self) -> frozenset[str]:
        """The auxiliaries and the adjective: what negates a predicate (「抜かない」「ない」)."""
        return self.auxiliaries | self.adjectives


@cache
def negation() -> NegationWords:
    """[negation] of data/vocabulary.toml, checked against its schema at load (no pydantic
    import once the file's check is stamped: the analyzer's cold start reads it)."""
    words = _data()["negation"]
    return NegationWords(
        auxiliaries=frozenset(words["auxiliaries"]),
        adjectives=frozenset(words["adjectives"]),
        nouns=frozenset(words["nouns"]),
    )
