"""The diagnosis' data files, each read and validated once per process: the self-check
questions (data/selfcheck.toml) and the wording, next steps, later-round words and aspects
(data/diagnosis.toml). Loaded through :func:`furikaeri.catalogue.load_data`, so the path is
the data package's, whatever module reads it."""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator

from furikaeri.catalogue import CAUSE_IDS, DataFileError, known_cause, load_data, validated
from furikaeri.diagnosis.types import NextStep, SelfCheckQuestion
from furikaeri.vocabulary import stage as vocabulary_stage


class _QuestionData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cause: Annotated[str, AfterValidator(known_cause)]
    text: str
    concern: str

    @field_validator("concern")
    @classmethod
    def _answer(cls, value: str) -> str:
        if value not in ("yes", "no"):
            raise ValueError("concern is 'yes' or 'no'")
        return value


@cache
def selfcheck_questions(*, documents: bool = False) -> tuple[SelfCheckQuestion, ...]:
    """The self-check questions in display order (data/selfcheck.toml): after an interview, or
    with ``documents`` after a 書類 rejection (the documents and the posting's requirements)."""
    raw = load_data("selfcheck.toml")["documents" if documents else "questions"]
    return tuple(
        SelfCheckQuestion(id=qid, **_QuestionData.model_validate(q).model_dump())
        for qid, q in raw.items()
    )


def is_documents(stage: str | None) -> bool:
    """A 書類 (document screening) rejection: no interview took place."""
    return (stage or "").strip() in ("書類", "書類選考")


class _DocumentsCause(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    summary: str | None = None
    advice: list[str] | None = None


class _NextStepText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    detail: str


class _DocumentsData(BaseModel):
    """diagnosis.toml [documents]: what a 書類 diagnosis says instead."""

    model_config = ConfigDict(extra="forbid")
    causes: list[str]
    next_steps: list[str]
    messages: dict[str, str]
    cause_texts: dict[str, _DocumentsCause] = {}
    next_step_texts: dict[str, _NextStepText] = {}


@cache
def _documents() -> _DocumentsData:
    data = _DocumentsData.model_validate(_texts()["documents"])
    unknown = (set(data.causes) | set(data.cause_texts)) - set(CAUSE_IDS)
    if unknown:
        raise ValueError(f"diagnosis.toml [documents] names unknown causes: {sorted(unknown)}")
    steps = {s.id for s in _next_step_catalogue()} | set(data.next_step_texts)
    missing = set(data.next_steps) - steps
    if missing:
        raise ValueError(f"diagnosis.toml [documents] names unknown next steps: {sorted(missing)}")
    return data


@cache
def _texts() -> dict[str, Any]:
    return load_data("diagnosis.toml")


def _next_step_catalogue(*, mid_career: bool = False, final: bool = False) -> list[NextStep]:
    """The next steps; a mid-career applicant gets ``detail_mid_career`` where there is one
    (no university career center). Steps marked ``when = "final"`` only with ``final`` (a
    rejection at the last round)."""
    raw = _texts()["next_steps"]
    return [
        NextStep(
            id=sid,
            title=s["title"],
            detail=s.get("detail_mid_career", s["detail"]) if mid_career else s["detail"],
            causes=tuple(s["causes"]),
        )
        for sid, s in raw.items()
        if final or s.get("when") != "final"
    ]


class _LaterRound(BaseModel):
    """diagnosis.toml [later_round]: what a rejection at 二次 or later says of the rounds
    before it, and what the last round weighs."""

    model_config = ConfigDict(extra="forbid")
    later_from: str
    final_stages: list[str]
    passed: str
    reached: str
    final: str
    next_step: str
    final_evidence: dict[Annotated[str, AfterValidator(known_cause)], str]

    @field_validator("later_from", "final_stages")
    @classmethod
    def _known_stages(cls, value: str | list[str]) -> str | list[str]:
        for name in [value] if isinstance(value, str) else value:
            if vocabulary_stage(name) is None:
                raise ValueError(f"unknown stage {name!r} (data/vocabulary.toml)")
        return value


class _Aspect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    codes: list[str]
    summary: str
    advice: list[str]


class _Aspects(BaseModel):
    """diagnosis.toml [aspects]: per cause, aspects whose summary and advice replace the
    cause's when all its evidence is about that aspect."""

    model_config = ConfigDict(extra="forbid")
    aspects: dict[Annotated[str, AfterValidator(known_cause)], dict[str, _Aspect]]


@cache
def _later_round() -> _LaterRound:
    later = validated("diagnosis.toml", _LaterRound, _texts()["later_round"])
    steps = {sid for sid, s in _texts()["next_steps"].items() if s.get("when") == "final"}
    if later.next_step not in steps:
        raise DataFileError(
            f"data/diagnosis.toml is malformed: later_round.next_step: {later.next_step!r} "
            'is not a next step with when = "final"'
        )
    return later


@cache
def _aspects() -> dict[str, dict[str, _Aspect]]:
    return validated("diagnosis.toml", _Aspects, {"aspects": _texts()["aspects"]}).aspects
