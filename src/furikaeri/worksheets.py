"""Self-analysis worksheets (自己分析), checked by the analyzer as they are written.

Kinds, fields and wording are data (data/worksheets.toml). A worksheet's fields are composed
into one answer and judged as the analyzer's question kind (strengths as self-PR, why this
company as motivation against the application's company, the reason for leaving with a
reframing suggestion, a short stay as its explanation); parts left empty are named.
:func:`check_worksheet` is pure.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel

from furikaeri.catalogue import load_data


class Field(BaseModel):
    id: str
    label: str
    help: str = ""


class Kind(BaseModel):
    id: str
    title: str
    intro: str
    analyze: str
    compose: str
    parts: list[str]
    order: int
    fields: list[Field]
    per_application: bool = False
    reframe: str = ""
    reframe_without_next: str = ""


@cache
def worksheet_kinds() -> dict[str, Kind]:
    """The worksheet kinds in display order (data/worksheets.toml), validated."""
    raw = load_data("worksheets.toml")["kinds"]
    kinds = [Kind(id=kid, **spec) for kid, spec in raw.items()]
    return {k.id: k for k in sorted(kinds, key=lambda k: k.order)}


@cache
def _messages() -> dict[str, str]:
    return dict(load_data("worksheets.toml")["messages"])


@dataclass(frozen=True)
class WorksheetFinding:
    code: str
    cause: str
    message: str
    advice: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class WorksheetCheck:
    findings: tuple[WorksheetFinding, ...] = ()
    missing: tuple[str, ...] = ()  # messages about parts left empty
    suggestions: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    strengths: tuple[str, ...] = field(default_factory=tuple)

    @property
    def clean(self) -> bool:
        return not (self.findings or self.missing)


def _compose(kind: Kind, fields: dict[str, str]) -> str:
    values = {f.id: (fields.get(f.id) or "").strip() for f in kind.fields}
    text = kind.compose.format_map(values) if kind.compose else ""
    return text if any(values.values()) else ""


def check_worksheet(
    kind_id: str, fields: dict[str, str], *, company: str = "", company_profile: str = ""
) -> WorksheetCheck:
    """Judge a worksheet as written (the analyzer on the composed answer, empty parts)."""
    from furikaeri.analyzer import AnalyzeError, Company, analyze

    kind = worksheet_kinds()[kind_id]
    labels = {f.id: f.label for f in kind.fields}
    missing = tuple(
        _messages()["empty_part"].format(label=labels[p])
        for p in kind.parts
        if not (fields.get(p) or "").strip()
    )
    text = _compose(kind, fields)
    if not kind.analyze or not text:
        return WorksheetCheck(missing=missing)
    about = Company(name=company or None, profile=company_profile or None) if company else None
    try:
        result = analyze(text, kind=kind.analyze, company=about)
    except AnalyzeError as exc:
        return WorksheetCheck(missing=missing, notes=(exc.message,))
    spoken = {"communication.fillers", "communication.too_short", "communication.too_long"}
    found = tuple(
        WorksheetFinding(
            f.code, f.cause, f.message, f.advice, tuple(s.text for s in f.evidence[:3])
        )
        for f in result.findings
        if f.code not in spoken
    )
    return WorksheetCheck(
        findings=found,
        missing=missing,
        suggestions=_reframe(kind, fields, found),
        strengths=tuple(s.message for s in result.strengths),
    )


def _reframe(
    kind: Kind, fields: dict[str, str], found: tuple[WorksheetFinding, ...]
) -> tuple[str, ...]:
    """The reason for leaving read as a complaint: say what comes next instead."""
    if not kind.reframe or not any(f.cause == "negative_reason" for f in found):
        return ()
    wanted = (fields.get("next") or "").strip()
    if wanted:
        return (kind.reframe.format(next=wanted),)
    return (kind.reframe_without_next,)


def summary(kind_id: str, fields: dict[str, Any]) -> str:
    """A one-line name for a saved worksheet (its first filled field)."""
    kind = worksheet_kinds()[kind_id]
    for f in kind.fields:
        value = str(fields.get(f.id) or "").strip()
        if value:
            return value if len(value) <= 30 else value[:29] + "…"
    return kind.title
