"""Value types of the analyzer's public API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from furikaeri.errors import FurikaeriError
from furikaeri.vocabulary import max_text_chars

KINDS: tuple[str, ...] = (
    "self_intro",
    "motivation",
    "self_pr",
    "reason_for_leaving",
    "reverse_questions",
    "short_tenure",
    "other",
)

KIND_LABELS: dict[str, str] = {
    "self_intro": "自己紹介",
    "motivation": "志望動機",
    "self_pr": "自己PR・強み",
    "reason_for_leaving": "転職理由・退職理由",
    "reverse_questions": "逆質問",
    "short_tenure": "短期離職の理由",
    "other": "その他の質問",
}

SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
SEVERITY_LABELS: dict[str, str] = {"high": "重要", "medium": "注意", "low": "参考"}
SEVERITY_RANK: dict[str, int] = {"high": 3, "medium": 2, "low": 1}  # sorting and weighting

MAX_ANSWER_CHARS = max_text_chars()  # data/vocabulary.toml

# The nine patterns the analyzer is judged on (../shared/eval/README.md); other codes
# (length, fillers) are reported too.
CORE_CODES: tuple[str, ...] = (
    "motivation.generic",
    "self_pr.abstract",
    "negative_reason.blame",
    "reverse_question.none",
    "reverse_question.conditions",
    "reverse_question.researchable",
    "communication.off_topic",
    "short_tenure.unexplained",
    "manners.casual_language",
)


class AnalyzeError(FurikaeriError, ValueError):
    """Input the analyzer cannot judge; the message is Japanese and shown to the user."""


@dataclass(frozen=True)
class Company:
    name: str | None = None
    profile: str | None = None

    @classmethod
    def from_any(cls, value: Company | dict[str, Any] | str | None) -> Company | None:
        if value is None or isinstance(value, Company):
            return value
        if isinstance(value, str):
            return cls(name=value)
        if isinstance(value, dict):
            name, profile = value.get("name"), value.get("profile")
            return cls(name=str(name) if name else None, profile=str(profile) if profile else None)
        raise AnalyzeError('company は {"name": ..., "profile": ...} の形で指定してください。')


@dataclass(frozen=True)
class Span:
    """A stretch of the answer: ``answer[start:end] == text``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


_new = object.__new__

# The analyzer builds its value objects (frozen dataclasses) through these: the same objects
# in every way, without the frozen ``__init__``'s ``object.__setattr__`` call per field (about
# half their cost; thousands a second on the hot path).


def span_of(start: int, end: int, text: str) -> Span:
    """``Span(start, end, text)``, the same object in every way, built without the frozen
    dataclass's ``__init__`` (one ``object.__setattr__`` call per field, about twice the
    cost): the analyzer builds one for every match and every word it cites."""
    span = _new(Span)
    fields = span.__dict__
    fields["start"] = start
    fields["end"] = end
    fields["text"] = text
    return span


@dataclass(frozen=True)
class Finding:
    code: str
    cause: str
    severity: str  # high | medium | low
    message: str
    advice: str
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        # evidence: Span.to_dict written inline (one call less per span of every record)
        return {
            "code": self.code,
            "cause": self.cause,
            "severity": self.severity,
            "message": self.message,
            "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in self.evidence],
            "advice": self.advice,
        }


@dataclass(frozen=True)
class Strength:
    code: str
    message: str
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "evidence": [{"start": s.start, "end": s.end, "text": s.text} for s in self.evidence],
        }


@dataclass(frozen=True)
class Analysis:
    answer: str
    kind: str
    findings: tuple[Finding, ...] = ()
    strengths: tuple[Strength, ...] = ()
    chars: int = 0
    spoken_seconds: int = 0
    question: str | None = None
    notes: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return record_of(
            {}, self.kind, self.findings, self.strengths, self.chars, self.spoken_seconds
        )


def record_of(
    key: dict[str, Any],
    kind: str,
    findings: tuple[Finding, ...],
    strengths: tuple[Strength, ...],
    chars: int,
    spoken_seconds: int,
) -> dict[str, Any]:
    """``{**key, **Analysis(...).to_dict()}`` built in one go: the batch writes one per
    answer without building the Analysis."""
    return {
        **key,
        "kind": kind,
        "findings": [f.to_dict() for f in findings],
        "strengths": [s.to_dict() for s in strengths],
        "chars": chars,
        "spoken_seconds": spoken_seconds,
    }


def finding_of(
    code: str, cause: str, severity: str, message: str, advice: str, evidence: tuple[Span, ...]
) -> Finding:
    """``Finding(code, cause, severity, message, advice, evidence)`` (see span_of)."""
    item = _new(Finding)
    item.__dict__.update(
        code=code, cause=cause, severity=severity, message=message, advice=advice,
        evidence=evidence,
    )  # fmt: skip
    return item


def strength_of(code: str, message: str, evidence: tuple[Span, ...]) -> Strength:
    """``Strength(code, message, evidence)`` (see span_of)."""
    item = _new(Strength)
    fields = item.__dict__
    fields["code"] = code
    fields["message"] = message
    fields["evidence"] = evidence
    return item


def analysis_of(
    answer: str,
    kind: str,
    question: str | None,
    findings: tuple[Finding, ...],
    strengths: tuple[Strength, ...],
    chars: int,
    spoken_seconds: int,
) -> Analysis:
    """``Analysis(...)`` with these fields and no notes (see span_of)."""
    item = _new(Analysis)
    item.__dict__.update(
        answer=answer, kind=kind, findings=findings, strengths=strengths, chars=chars,
        spoken_seconds=spoken_seconds, question=question, notes=(),
    )  # fmt: skip
    return item
