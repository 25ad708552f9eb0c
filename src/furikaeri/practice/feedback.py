"""Feedback on one practice answer: the findings, the one most important fix with a
rewrite hint, and a retry compared with the first try."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from furikaeri.analyzer import (
    Analysis,
    Finding,
    Span,
    Strength,
)
from furikaeri.catalogue import causes
from furikaeri.question_bank import (
    SEVERITY_RANK,
    bank,
)


def analysis_from_dict(answer: str, data: Mapping[str, Any], question: str = "") -> Analysis:
    """Rebuild an Analysis from its stored JSON (Analysis.to_dict()), for highlighting."""

    def spans(items: Iterable[Mapping[str, Any]]) -> tuple[Span, ...]:
        return tuple(Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in items)

    findings = tuple(
        Finding(
            code=f["code"],
            cause=f["cause"],
            severity=f["severity"],
            message=f["message"],
            advice=f["advice"],
            evidence=spans(f.get("evidence", [])),
        )
        for f in data.get("findings", [])
    )
    strengths = tuple(
        Strength(code=s["code"], message=s["message"], evidence=spans(s.get("evidence", [])))
        for s in data.get("strengths", [])
    )
    return Analysis(
        answer=answer,
        kind=str(data.get("kind", "other")),
        findings=findings,
        strengths=strengths,
        chars=int(data.get("chars", 0)),
        spoken_seconds=int(data.get("spoken_seconds", 0)),
        question=question or None,
    )


@dataclass(frozen=True)
class Fix:
    """The one most important thing to change, and how."""

    code: str
    cause: str
    cause_title: str
    message: str
    hint: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Feedback:
    analysis: Analysis
    fix: Fix | None
    good: tuple[Strength, ...]

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.analysis.findings]


def _shorten(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def top_finding(findings: Sequence[Finding]) -> Finding | None:
    """The most severe finding; among equals, the one the analyzer reported first."""
    if not findings:
        return None
    return min(enumerate(findings), key=lambda p: (-SEVERITY_RANK.get(p[1].severity, 0), p[0]))[1]


def make_fix(finding: Finding) -> Fix:
    hints = bank().rewrite
    evidence = tuple(_shorten(s.text) for s in finding.evidence)
    if finding.code in hints:
        where = max(evidence, key=len) if evidence else "この部分"
        hint = hints[finding.code].hint.replace("{evidence}", where)
    else:
        hint = finding.advice
    cause = causes().get(finding.cause)
    return Fix(
        code=finding.code,
        cause=finding.cause,
        cause_title=cause.title if cause else finding.cause,
        message=finding.message,
        hint=hint,
        evidence=evidence,
    )


def feedback(analysis: Analysis) -> Feedback:
    """Findings, the one fix, and only the strengths the analyzer found evidence of."""
    top = top_finding(analysis.findings)
    return Feedback(
        analysis=analysis,
        fix=make_fix(top) if top else None,
        good=analysis.strengths,
    )


@dataclass(frozen=True)
class Comparison:
    """The retry against the first try."""

    fixed: tuple[str, ...]  # finding messages gone in the retry
    remaining: tuple[str, ...]
    new: tuple[str, ...]
    gained: tuple[str, ...]  # strength messages the retry has and the first try did not
    before: int  # number of findings
    after: int
    chars_before: int
    chars_after: int
    fix_done: bool | None  # the first try's most important fix: done? None if there was none
    verdict: str


def compare(first: Analysis, retry: Analysis) -> Comparison:
    """Compare by finding code: a code gone is fixed, a code added is new."""
    before = {f.code: f for f in first.findings}
    after = {f.code: f for f in retry.findings}
    top = top_finding(first.findings)
    fix_done = None if top is None else top.code not in after
    had = {s.code for s in first.strengths}
    gained = tuple(s.message for s in retry.strengths if s.code not in had)
    return Comparison(
        fixed=tuple(f.message for c, f in before.items() if c not in after),
        remaining=tuple(f.message for c, f in before.items() if c in after),
        new=tuple(f.message for c, f in after.items() if c not in before),
        gained=gained,
        before=len(first.findings),
        after=len(retry.findings),
        chars_before=first.chars,
        chars_after=retry.chars,
        fix_done=fix_done,
        verdict=_verdict(top, fix_done, len(first.findings), len(retry.findings)),
    )


def _verdict(top: Finding | None, fix_done: bool | None, before: int, after: int) -> str:
    counts = f"指摘は {before}件 → {after}件です。"
    if top is None:
        if after == 0:
            return "1回目に続いて、よくある不採用の原因にあたる表現は見つかりませんでした。"
        return f"1回目にはなかった指摘が出ています。{counts}"
    title = make_fix(top).cause_title
    if fix_done:
        return f"1回目でいちばん直したかった点（{title}）が直りました。{counts}"
    return f"1回目でいちばん直したかった点（{title}）は、まだ残っています。{counts}"
