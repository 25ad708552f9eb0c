"""The shape of data/vocabulary.toml (pydantic), kept apart from furikaeri.vocabulary so that
the analyzer's cold start reads the few words it needs without importing pydantic (the file is
checked once per content: catalogue.checked_data)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from furikaeri.vocabulary import check_pattern


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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


Word = Annotated[str, Field(min_length=1)]


class Negation(_Strict):
    """[negation]: the grammatical negation every reader of Japanese reads (Sudachi forms)."""

    auxiliaries: tuple[Word, ...] = Field(min_length=1)
    adjectives: tuple[Word, ...] = Field(min_length=1)
    nouns: tuple[Word, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _apart(self) -> Negation:
        """A word belongs to one class: the part of speech a reader checks goes with it."""
        classes = (self.auxiliaries, self.adjectives, self.nouns)
        words = [w for c in classes for w in c]
        dupes = sorted({w for w in words if words.count(w) > 1})
        if dupes:
            raise ValueError(f"negation words must be listed once, in one class: {dupes}")
        return self


class Vocabulary(_Strict):
    limits: Limits
    feedback: FeedbackTiming
    reply_labels: ReplyLabels
    company: CompanyWords
    negation: Negation
    stages: tuple[Stage, ...] = Field(min_length=1)

    @field_validator("stages")
    @classmethod
    def _unique(cls, stages: tuple[Stage, ...]) -> tuple[Stage, ...]:
        names = [s.name for s in stages]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"stage names must be unique: {dupes}")
        return stages
