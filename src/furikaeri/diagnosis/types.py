"""The diagnosis' plain data: what :func:`furikaeri.diagnosis.diagnose` reads (the answers,
the company's replies, the career history), what it returns (the causes ranked with their
evidence, the next steps) and the weights that rank them. The lowest layer of the diagnosis:
it imports none of the others."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from furikaeri.errors import FurikaeriError

ANALYZER_CAP = 6
SELF_CHECK_WEIGHT = {"concern": 2, "partly": 1}
REPLY_WEIGHT = 10
CAREER_WEIGHT = 1  # context, not proof: alone it never makes a cause stand out
POSTING_WEIGHT = {"missing": 2, "unclear": 1}  # a 必須 requirement the history does not show
POSTING_CAP = 4
SHORT_STAY_MONTHS = 12  # 短期離職 as recruiters usually mean it
STANDS_OUT = 2  # a controllable cause with at least this score "stands out"
MAX_FOCUS = 3  # next steps follow at most this many top causes


@dataclass(frozen=True)
class SelfCheckQuestion:
    id: str
    cause: str
    text: str
    concern: str  # the answer that points at the cause: "no" or "yes"


@dataclass(frozen=True)
class AnswerInput:
    """A question asked and the answer given; ``kind`` None lets the analyzer infer it."""

    question: str = ""
    answer: str = ""
    kind: str | None = None


@dataclass(frozen=True)
class ReplyInput:
    """The company's reply: label feedback / declined / other, and the cause ids it names."""

    label: str
    causes: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class CareerInput:
    """One former job from the profile's career history (end None = current job)."""

    company: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Evidence:
    source: str  # reply | analyzer | self_check | profile
    message: str
    detail: str = ""  # for a reply: the sentence of the reply that names the cause
    code: str = ""
    weight: int = 0


@dataclass(frozen=True)
class CauseResult:
    id: str
    title: str
    summary: str
    controllable: bool
    score: int
    level: str  # reply | high | medium | low | none
    level_label: str
    evidence: tuple[Evidence, ...]
    advice: tuple[str, ...]
    aspect: str = ""  # the one aspect all its evidence is about (diagnosis.toml [aspects])

    @property
    def stands_out(self) -> bool:
        return self.level == "reply" or self.score >= STANDS_OUT


@dataclass(frozen=True)
class NextStep:
    id: str
    title: str
    detail: str
    causes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diagnosis:
    causes: tuple[CauseResult, ...]  # all ten, ranked
    headline: str
    messages: tuple[str, ...]
    nothing_controllable: bool
    enough_data: bool
    next_steps: tuple[NextStep, ...]
    strengths: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sources: dict[str, int] = field(default_factory=dict)
    title: str = ""  # what was diagnosed, e.g. 「株式会社あおば食品 二次面接（2026-05-02）」
    uncontrollable_note: str = ""  # the kind word on fit and relative: heads that section
    praise: tuple[str, ...] = ()  # what the company's reply says went well, as written
    minor_note: str = ""  # heads the controllable causes with a little evidence (``minor``)

    @property
    def controllable(self) -> list[CauseResult]:
        """Causes the candidate can change that stand out, ranked."""
        return [c for c in self.causes if c.controllable and c.stands_out]

    @property
    def minor(self) -> list[CauseResult]:
        """Causes the candidate can change with a little evidence that does not stand out:
        never presented as what went wrong."""
        return [c for c in self.causes if c.controllable and c.score > 0 and not c.stands_out]

    @property
    def uncontrollable(self) -> list[CauseResult]:
        """Fit and relative evaluation: not defects."""
        return [c for c in self.causes if not c.controllable]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for cause, data in zip(self.causes, out["causes"], strict=True):
            data["stands_out"] = cause.stands_out
        out["controllable"] = [c.id for c in self.controllable]
        out["minor"] = [c.id for c in self.minor]
        out["uncontrollable"] = [c.id for c in self.uncontrollable]
        return out


class NotARejection(FurikaeriError):
    """A diagnosis was asked for an interview the candidate passed (about the stored data)."""

    status = 409
    exit_code = 1
