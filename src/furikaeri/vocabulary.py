"""Words and numbers several layers share (stages, legal forms, the text limit, reply labels,
the feedback window), defined once in data/vocabulary.toml and validated at load."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from furikaeri.catalogue import validated


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_pattern(value: str) -> str:
    """A pydantic validator: the string must compile as a Python regular expression."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {value!r}") from exc
    return value


class Stage(_Strict):
    name: str = Field(min_length=1)
    phrase: str = Field(min_length=1)
    interview: bool = True
    offered: bool = False
    mail: str | None = None

    _mail_ok = field_validator("mail")(lambda v: v if v is None else check_pattern(v))


class Limits(_Strict):
    max_text_chars: int = Field(gt=0)


class FeedbackTiming(_Strict):
    request_window_days: int = Field(gt=0)


class ReplyLabels(_Strict):
    feedback: str
    declined: str
    other: str


class CompanyWords(_Strict):
    legal_forms: tuple[str, ...] = Field(min_length=1)
    latin_legal_forms: tuple[str, ...]
    group_words: tuple[str, ...]

    _latin_ok = field_validator("latin_legal_forms")(lambda v: tuple(check_pattern(p) for p in v))


class Vocabulary(_Strict):
    limits: Limits
    feedback: FeedbackTiming
    reply_labels: ReplyLabels
    company: CompanyWords
    stages: tuple[Stage, ...] = Field(min_length=1)

    @field_validator("stages")
    @classmethod
    def _unique(cls, stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
        names = [s.name for s in stages]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"stage names must be unique: {dupes}")
        return stages


@cache
def vocabulary() -> Vocabulary:
    return validated("vocabulary.toml", Vocabulary)


def offered_stages() -> tuple[str, ...]:
    """The stages a form offers, in selection order."""
    return tuple(s.name for s in vocabulary().stages if s.offered)


def stage(name: str | None) -> Stage | None:
    return next((s for s in vocabulary().stages if s.name == name), None) if name else None


def reply_labels() -> tuple[str, ...]:
    return tuple(ReplyLabels.model_fields)


def legal_form_pattern(*, latin: bool = False, groups: bool = False) -> str:
    """An alternation (no flags) of the legal forms, optionally with Latin forms and group words."""
    words = vocabulary().company
    parts = [re.escape(f) for f in words.legal_forms]
    if groups:
        parts += [re.escape(g) for g in words.group_words]
    if latin:
        parts += list(words.latin_legal_forms)
    return "|".join(parts)


def max_text_chars() -> int:
    return vocabulary().limits.max_text_chars


def text_too_long(chars: int) -> str:
    """The one message for an answer over the limit, the same at every boundary (analyzer,
    store, web, CLI)."""
    return f"回答が長すぎます（{chars:,}字）。{max_text_chars():,}字以内にしてください。"


def request_window_days() -> int:
    return vocabulary().feedback.request_window_days
