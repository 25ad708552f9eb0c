"""The practice question bank (data/practice.toml), validated by a pydantic schema at load, and
the choice of the follow-up an interviewer would ask after the answer just given.

A follow-up is chosen from the analyzer's result: the follow-ups the question lists, then the
universal ones, are tried against the findings from the most severe down (an abstract 自己PR
gets 「その時、具体的に何をしましたか」, a generic 志望動機 gets 「なぜ当社なのですか」); then
against strengths the answer lacks (no result: 「結果はどうなりましたか」); then the question's
default follow-up, if it has one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from furikaeri.analyzer.types import KINDS, SEVERITY_RANK
from furikaeri.catalogue import (
    DataFileError,
    causes,
    finding_templates,
    load_data,
    strength_messages,
    validated,
)

Audience = Literal["all", "new_grad", "mid_career"]
AUDIENCES: tuple[str, ...] = ("new_grad", "mid_career")
AUDIENCE_LABELS: dict[str, str] = {"new_grad": "新卒（就職活動）", "mid_career": "中途（転職活動）"}


def trainable_causes() -> tuple[str, ...]:
    """Causes a practice answer can train: fit and relative evaluation are not defects."""
    return tuple(cid for cid, c in causes().items() if c.controllable)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_causes(value: tuple[str, ...]) -> tuple[str, ...]:
    allowed = trainable_causes()
    bad = [c for c in value if c not in allowed]
    if bad:
        raise ValueError(f"unknown or untrainable causes {bad}; use {allowed}")
    if not value:
        raise ValueError("at least one cause")
    return value


class FollowUp(_Strict):
    id: str = ""
    text: str = Field(min_length=5)
    kind: str = ""  # empty: judged as the parent question's kind
    causes: tuple[str, ...]
    on_findings: tuple[str, ...] = ()
    on_missing: tuple[str, ...] = ()
    universal: bool = False

    _causes = field_validator("causes")(_check_causes)

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        if value and value not in KINDS:
            raise ValueError(f"unknown kind {value!r}")
        return value

    @field_validator("on_findings")
    @classmethod
    def _codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in value if c not in finding_templates()]
        if unknown:
            raise ValueError(f"unknown finding codes {unknown}")
        return value

    @field_validator("on_missing")
    @classmethod
    def _strengths(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [c for c in value if c not in strength_messages()]
        if unknown:
            raise ValueError(f"unknown strength codes {unknown}")
        return value


class Question(_Strict):
    id: str = Field(pattern=r"^[a-z_]+\.[a-z0-9_]+$")
    text: str = Field(min_length=5)
    kind: str
    causes: tuple[str, ...]
    audience: Audience = "all"
    depth: int = Field(default=1, ge=1, le=2)
    followups: tuple[str, ...] = ()
    default: str | None = None

    _causes = field_validator("causes")(_check_causes)

    @field_validator("kind")
    @classmethod
    def _kind(cls, value: str) -> str:
        if value not in KINDS:
            raise ValueError(f"unknown kind {value!r}; use {KINDS}")
        return value

    def fits(self, audience: str) -> bool:
        return self.audience in ("all", audience)


class Rewrite(_Strict):
    hint: str = Field(min_length=10)


class Asking(_Strict):
    """How a question is asked, not what it asks: the closing request forms that
    :func:`question_key` leaves out, and the particles that may precede them."""

    particles: tuple[str, ...] = Field(min_length=1)
    endings: tuple[str, ...] = Field(min_length=1)

    @field_validator("particles", "endings")
    @classmethod
    def _no_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not v for v in value):
            raise ValueError("an empty string would match every question")
        return value


class Bank(_Strict):
    questions: tuple[Question, ...]
    asking: Asking
    followups: dict[str, FollowUp]
    kind_causes: dict[str, tuple[str, ...]]
    kind_followups: dict[str, Question]
    rewrite: dict[str, Rewrite] = {}

    @model_validator(mode="after")
    def _consistent(self) -> Bank:
        ids = [q.id for q in self.questions]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate question ids {dupes}")
        if set(self.kind_causes) != set(KINDS) or set(self.kind_followups) != set(KINDS):
            raise ValueError("kind_causes and kind_followups need every kind")
        for q in (*self.questions, *self.kind_followups.values()):
            missing = [f for f in (*q.followups, q.default or "") if f and f not in self.followups]
            if missing:
                raise ValueError(f"{q.id}: unknown follow-ups {missing}")
        unknown = [c for c in self.rewrite if c not in finding_templates()]
        if unknown:
            raise ValueError(f"rewrite hints for unknown finding codes {unknown}")
        return self

    def get(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def select(
        self, *, kind: str | None = None, cause: str | None = None, audience: str | None = None
    ) -> list[Question]:
        """Questions of ``kind`` training ``cause`` for ``audience`` (None: any), in bank order."""
        return [
            q
            for q in self.questions
            if (kind is None or q.kind == kind)
            and (cause is None or cause in q.causes)
            and (audience is None or q.fits(audience))
        ]


BankError = DataFileError  # the shipped bank does not validate (an editing mistake)


def parse_bank(raw: Mapping[str, Any]) -> Bank:
    """Validate the TOML document; DataFileError names each place that is wrong."""
    data = dict(raw)
    data["followups"] = {k: {**v, "id": k} for k, v in dict(raw.get("followups", {})).items()}
    kind_fu = dict(raw.get("kind_followups", {}))
    data["kind_followups"] = {
        k: {
            "id": f"own.{k}",
            "text": "（記録した質問）",
            "kind": k,
            "causes": raw.get("kind_causes", {}).get(k, ["communication"]),
            **v,
        }
        for k, v in kind_fu.items()
    }
    return validated("practice.toml", Bank, data)


@cache
def bank() -> Bank:
    """The shipped bank, loaded and validated once."""
    return parse_bank(load_data("practice.toml"))


# --- the user's own questions ---------------------------------------------------------------

_PUNCT = re.compile(r"[\s、。，．,.！？!?「」『』（）()・…‥〜~ー-]+")


def own_key(text: str) -> str:
    """A stable key for a question the user recorded: the same words (ignoring width, spaces
    and punctuation) give the same key across interviews, so attempts can be compared."""
    folded = _PUNCT.sub("", unicodedata.normalize("NFKC", text)).lower()
    return "own:" + hashlib.sha1(folded.encode("utf-8")).hexdigest()[:12]


@cache
def _asking() -> re.Pattern[str]:
    """The closing request of a question (data/practice.toml [asking]), anchored at the end;
    longer endings first so 「何ですか」 is removed whole, not as 「ですか」."""
    asking = bank().asking
    particles = "|".join(map(re.escape, sorted(asking.particles, key=len, reverse=True)))
    endings = "|".join(map(re.escape, sorted(asking.endings, key=len, reverse=True)))
    return re.compile(f"(?:{particles})?(?:{endings})$")


def question_key(text: str) -> str:
    """What a question asks, for telling repeats apart: width, spaces, punctuation and the
    closing request form (「を教えてください」「は何ですか」「をお願いします」) do not count."""
    folded = _PUNCT.sub("", unicodedata.normalize("NFKC", text)).lower()
    return _plain_form(_asking().sub("", folded) or folded)


@lru_cache(maxsize=2048)
def _plain_form(text: str) -> str:
    """``text`` without the respect auxiliary (「志望された理由」 → 「志望した理由」): Sudachi's
    normalized forms with れる・られる after a verb left out. The passive has the same form
    (「評価されたこと」), so two questions that differ only by it count as one in a session:
    one question fewer, never a near-duplicate asked twice."""
    from furikaeri import nlp
    from furikaeri.analyzer.lexicon import grammar

    respect = grammar("passive")  # れる・られる: the passive and the respect auxiliary
    parts: list[str] = []
    verb = False
    for m in nlp.morphemes(text):
        pos = m.part_of_speech()[0]
        if not (verb and pos == "助動詞" and m.normalized_form() in respect):
            parts.append(m.normalized_form())
        verb = pos == "動詞" or (verb and pos == "助動詞" and m.normalized_form() in respect)
    return "".join(parts)


def own_question(text: str, kind: str) -> Question:
    """A recorded question as a bank question: follow-ups and causes from its kind."""
    b = bank()
    template = b.kind_followups.get(kind) or b.kind_followups["other"]
    return template.model_copy(
        update={"id": own_key(text), "text": text.strip(), "kind": template.kind}
    )


# --- follow-ups -----------------------------------------------------------------------------


def _codes_by_severity(findings: Iterable[Mapping[str, Any]]) -> list[str]:
    ranked = sorted(
        enumerate(findings), key=lambda p: (-SEVERITY_RANK.get(p[1].get("severity", ""), 0), p[0])
    )
    return [f["code"] for _, f in ranked]


def choose_followup(
    followups: Iterable[str], default: str | None, analysis: Mapping[str, Any]
) -> FollowUp | None:
    """The follow-up for the answer just given (``analysis`` is Analysis.to_dict()).

    ``followups`` and ``default`` come from the question (bank or recorded)."""
    b = bank()
    candidates = [b.followups[f] for f in followups if f in b.followups]
    candidates += [f for f in b.followups.values() if f.universal and f not in candidates]
    for code in _codes_by_severity(analysis.get("findings", [])):
        for fu in candidates:
            if code in fu.on_findings:
                return fu
    have = {s.get("code") for s in analysis.get("strengths", [])}
    for fu in candidates:
        if fu.on_missing and not have.intersection(fu.on_missing):
            return fu
    return b.followups.get(default) if default else None
