"""The picture across all applications: the funnel, pass rates beside the rough norms, the
causes across rejections over time, the feedback-request replies, and where to work next.

Each application counts at the furthest stage it reached (its interviews, a pass, the stage a
rejection came at, an offer), so a final-round rejection does not erase the rounds before it.
A stage's rate is passed / decided: applications still waiting at that stage, withdrawn ones
and those closed as 連絡なし are left out of its denominator. Under ``min_cases`` decided cases a
stage shows counts and a note, not a rate.

:func:`build_patterns` runs a fixed number of aggregate queries whatever the number of
applications (grouped in SQL, then one pass in Python). :func:`render_report` writes one
self-contained HTML page (inline CSS and SVG, a print stylesheet, no external src or href).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from furikaeri.catalogue import causes, validated
from furikaeri.reply_rate import FeedbackRate, feedback_rate
from furikaeri.retarget import AppRow, Retarget, retarget_view
from furikaeri.store.access import uid
from furikaeri.store.models import (
    Application,
    Diagnosis,
    FeedbackRequest,
    Interview,
    PracticeAttempt,
    Rejection,
    Reply,
    SelfCheckAnswer,
)

CLOSED_OUT = ("withdrawn", "no_answer")  # not a pass, not a failure: out of the denominators


class _Norm(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    stage: str
    from_: str = Field(alias="from")
    low: float
    high: float
    advice: str


class _Advice(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    detail: str
    links: list[tuple[str, str]]


class _FunnelStage(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    label: str


class _Data(BaseModel):
    """data/patterns.toml as written."""

    model_config = ConfigDict(extra="forbid")
    min_cases: int
    feedback_norm: float
    silence_days: int
    recurring_min: int
    recurring_max: int
    funnel_stages: list[_FunnelStage] = Field(alias="funnel")
    stage_levels: dict[str, int]
    norms: list[_Norm]
    advice: dict[str, _Advice]
    feedback_rate: dict[str, str]  # the reply-rate sentences (furikaeri.reply_rate)

    @property
    def funnel(self) -> list[tuple[str, str]]:
        """(id, label) of each funnel stage, in order."""
        return [(f.id, f.label) for f in self.funnel_stages]

    @model_validator(mode="after")
    def _references(self) -> _Data:
        # A norm's rate runs from its `from` stage to the next one, and names its advice.
        starts = {f.id for f in self.funnel_stages[:-1]}
        wrong = [n.from_ for n in self.norms if n.from_ not in starts]
        wrong += [n.advice for n in self.norms if n.advice not in self.advice]
        if wrong:
            raise ValueError(f"norms name unknown funnel stages or advice: {wrong}")
        return self


@cache
def pattern_data() -> _Data:
    """data/patterns.toml, checked (a malformed file raises DataFileError naming the place)."""
    return validated("patterns.toml", _Data)


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageCount:
    id: str
    label: str
    reached: int


@dataclass(frozen=True)
class StageRate:
    stage: str  # 書類, 一次, ...
    passed: int
    decided: int
    waiting: int
    low: float
    high: float
    advice: str
    enough: bool

    @property
    def rate(self) -> float | None:
        return self.passed / self.decided if self.enough and self.decided else None

    @property
    def norm_label(self) -> str:
        low, high = round(self.low * 100), round(self.high * 100)
        return f"約{low}%" if low == high else f"約{low}〜{high}%"

    @property
    def below_norm(self) -> bool:
        return self.rate is not None and self.rate < self.low


@dataclass(frozen=True)
class CauseTrend:
    months: tuple[str, ...]  # YYYY-MM, oldest first
    counts: dict[str, dict[str, int]]  # cause -> month -> rejections naming it
    totals: dict[str, int]  # cause -> rejections naming it, all months
    rejections: int  # rejections with any cause found


@dataclass(frozen=True)
class PracticeProgress:
    """First-try practice answers per month, and the findings of the recurring causes in them.
    A month with fewer than ``min_cases`` answers shows counts, not findings per answer."""

    months: tuple[str, ...]  # YYYY-MM, oldest first
    answers: dict[str, int]  # month -> first-try answers
    findings: dict[str, dict[str, int]]  # cause -> month -> findings in those answers
    causes: tuple[str, ...]  # the recurring causes followed, most found first
    min_cases: int
    link: str  # the practice room on the recurring causes

    @property
    def total(self) -> int:
        return sum(self.answers.values())

    def per_answer(self, cause: str, month: str) -> float | None:
        n = self.answers.get(month, 0)
        if n < self.min_cases:
            return None
        return self.findings.get(cause, {}).get(month, 0) / n


@dataclass(frozen=True)
class Patterns:
    applications: int
    funnel: tuple[StageCount, ...]
    rates: tuple[StageRate, ...]
    weakest: StageRate | None
    advice: _Advice | None
    trend: CauseTrend
    feedback: FeedbackRate
    out_of_funnel: dict[str, int]
    practice: PracticeProgress | None = None
    retarget: Retarget | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    today: dt.date = field(default_factory=dt.date.today)


# --- queries --------------------------------------------------------------------------------


def _level_case(column: Any) -> Any:
    levels = pattern_data().stage_levels
    return case(*((column == name, level) for name, level in levels.items()), else_=-1)


def _levels(session: Session, user: int) -> dict[int, int]:
    """The furthest funnel level each application reached, from its interviews (a passed round
    counts as the next level) and its rejections. Two grouped queries."""
    reached: dict[int, int] = {}
    iv_level = _level_case(Interview.stage)
    passed = case((Interview.result == "passed", 1), else_=0)
    stmt = (
        select(
            Interview.application_id, func.max(case((iv_level >= 0, iv_level + passed), else_=-1))
        )
        .where(Interview.user_id == user)
        .group_by(Interview.application_id)
    )
    for app_id, level in session.execute(stmt):
        reached[app_id] = max(reached.get(app_id, -1), int(level if level is not None else -1))
    stmt = (
        select(Rejection.application_id, func.max(_level_case(Rejection.stage)))
        .where(Rejection.user_id == user)
        .group_by(Rejection.application_id)
    )
    for app_id, level in session.execute(stmt):
        reached[app_id] = max(reached.get(app_id, -1), int(level if level is not None else -1))
    return reached


def _applications(session: Session, user: int) -> list[tuple[int, str, str, str, dict[str, str]]]:
    """(id, status, stage, channel, re-targeting groups) of every application; one query."""
    stmt = select(
        Application.id,
        Application.status,
        Application.stage,
        Application.channel,
        Application.industry,
        Application.job_type,
        Application.company_size,
    ).where(Application.user_id == user)
    return [
        (
            r[0],
            r[1],
            r[2] or "",
            r[3],
            {
                "industry": r[4] or "",
                "job_type": r[5] or "",
                "company_size": r[6] or "",
                "channel": r[3],
            },
        )
        for r in session.execute(stmt)
    ]


def _final_level(status: str, stage: str, from_records: int) -> int:
    top = len(pattern_data().funnel) - 1
    if status == "offer":
        return top
    if status == "withdrawn" and from_records >= top:
        # 内定辞退: the last round was passed, so the offer came; declining it afterwards
        # does not take the pass back (辞退 counts up to the stages it passed).
        return top
    level = max(from_records, pattern_data().stage_levels.get(stage, -1), 0)
    return min(level, top - 1)


def _funnel(
    rows: list[tuple[int, str, int]],
) -> tuple[tuple[StageCount, ...], tuple[StageRate, ...]]:
    """rows: (application id, status, level). Counts reached per level; rates per norm."""
    data = pattern_data()
    reached = Counter(level for _, _, level in rows)
    at_least = [sum(n for lvl, n in reached.items() if lvl >= k) for k in range(len(data.funnel))]
    funnel = tuple(
        StageCount(fid, label, at_least[k]) for k, (fid, label) in enumerate(data.funnel)
    )
    index = {fid: k for k, (fid, _) in enumerate(data.funnel)}
    rates = []
    for norm in data.norms:
        k = index[norm.from_]
        passed = at_least[k + 1]
        failed = sum(1 for _, status, lvl in rows if lvl == k and status == "rejected")
        waiting = sum(1 for _, status, lvl in rows if lvl == k and status == "active")
        decided = passed + failed
        rates.append(
            StageRate(
                stage=norm.stage,
                passed=passed,
                decided=decided,
                waiting=waiting,
                low=norm.low,
                high=norm.high,
                advice=norm.advice,
                enough=decided >= data.min_cases,
            )
        )
    return funnel, tuple(rates)


def _weakest(rates: tuple[StageRate, ...]) -> StageRate | None:
    below = [r for r in rates if r.below_norm]
    return min(below, key=lambda r: (r.rate or 0) / r.low) if below else None


def _month(day: dt.date | None) -> str:
    return day.strftime("%Y-%m") if day else ""


def _cause_trend(session: Session, user: int) -> CauseTrend:
    """Per rejection, the causes named by a reply, the latest saved diagnosis (causes that
    stood out) and the self-check's concerns; counted once per rejection and month."""
    from furikaeri.diagnosis import selfcheck_questions

    found: dict[tuple[str, int], set[str]] = defaultdict(set)
    month_of: dict[tuple[str, int], str] = {}
    iv_to_case: dict[int, tuple[str, int]] = {}
    stmt = select(Rejection.id, Rejection.interview_id, Rejection.date).where(
        Rejection.user_id == user
    )
    for rid, iv_id, day in session.execute(stmt):
        key = ("iv", iv_id) if iv_id else ("rj", rid)
        month_of[key] = _month(day)
        if iv_id:
            iv_to_case[iv_id] = key
    replies = (
        select(Rejection.id, Rejection.interview_id, Reply.causes)
        .join(FeedbackRequest, FeedbackRequest.rejection_id == Rejection.id)
        .join(Reply, Reply.feedback_request_id == FeedbackRequest.id)
        .where(Rejection.user_id == user, Reply.label == "feedback")
    )
    for rid, iv_id, named in session.execute(replies):
        found[("iv", iv_id) if iv_id else ("rj", rid)].update(named or ())
    latest = (
        select(func.max(Diagnosis.id).label("id"))
        .where(Diagnosis.user_id == user)
        .group_by(Diagnosis.interview_id)
        .subquery()
    )
    for iv_id, result in session.execute(
        select(Diagnosis.interview_id, Diagnosis.result).join(latest, latest.c.id == Diagnosis.id)
    ):
        if iv_id in iv_to_case:
            found[iv_to_case[iv_id]].update((result or {}).get("controllable", ()))
    concern = {q.id: (q.cause, q.concern) for q in selfcheck_questions()}
    checks = select(
        SelfCheckAnswer.interview_id, SelfCheckAnswer.question_id, SelfCheckAnswer.answer
    ).where(SelfCheckAnswer.user_id == user)
    for iv_id, qid, answer in session.execute(checks):
        cause, bad = concern.get(qid, ("", ""))
        if iv_id in iv_to_case and cause and answer == bad:
            found[iv_to_case[iv_id]].add(cause)
    return _trend(found, month_of)


def _trend(
    found: dict[tuple[str, int], set[str]], month_of: dict[tuple[str, int], str]
) -> CauseTrend:
    known = causes()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    totals: Counter[str] = Counter()
    months: set[str] = set()
    for key, named in found.items():
        month = month_of.get(key, "") or "日付なし"
        for cause in named:
            if cause in known:
                counts[cause][month] += 1
                totals[cause] += 1
                months.add(month)
    # Most found first; a tie in the catalogue's order (a set's order changes from run to run).
    rank = {cause: k for k, cause in enumerate(known)}
    ordered = sorted(totals, key=lambda c: (-totals[c], rank[c]))
    return CauseTrend(
        months=tuple(sorted(months)),
        counts={c: dict(counts[c]) for c in ordered},
        totals={c: totals[c] for c in ordered},
        rejections=sum(1 for named in found.values() if named),
    )


def recurring_causes(trend: CauseTrend) -> tuple[str, ...]:
    """The causes the candidate can train that were found in several rejections, most first."""
    from furikaeri.question_bank import trainable_causes

    data, trainable = pattern_data(), set(trainable_causes())
    found = [c for c, n in trend.totals.items() if c in trainable and n >= data.recurring_min]
    return tuple(found[: data.recurring_max])


def _practice(session: Session, user: int, recurring: tuple[str, ...]) -> PracticeProgress:
    """One query: every first-try practice answer (a retry right after the feedback would
    flatter the figures) with its month and the causes of its findings."""
    from furikaeri.plan import practice_link

    answers: Counter[str] = Counter()
    findings: dict[str, Counter[str]] = {c: Counter() for c in recurring}
    stmt = select(PracticeAttempt.created_at, PracticeAttempt.analysis).where(
        PracticeAttempt.user_id == user, PracticeAttempt.attempt_no == 1
    )
    for created, analysis in session.execute(stmt):
        month = _month(created.date() if created else None) or "日付なし"
        answers[month] += 1
        for f in (analysis or {}).get("findings", ()):
            if f.get("cause") in findings:
                findings[f["cause"]][month] += 1
    return PracticeProgress(
        months=tuple(sorted(answers)),
        answers=dict(answers),
        findings={c: dict(m) for c, m in findings.items()},
        causes=recurring,
        min_cases=pattern_data().min_cases,
        link=practice_link(*recurring) if recurring else "/practice",
    )


def _advice(weakest: StageRate | None, practice_path: str) -> _Advice | None:
    """The weakest stage's advice; its practice link set to the recurring causes."""
    advice = pattern_data().advice.get(weakest.advice) if weakest else None
    if advice is None:
        return None
    links = [
        (label, practice_path if path == "/practice" else path) for label, path in advice.links
    ]
    return advice.model_copy(update={"links": links})


def build_patterns(
    session: Session, *, user_id: int | None = None, today: dt.date | None = None
) -> Patterns:
    """Everything the patterns page and the report show, in a fixed number of queries."""
    user = uid(session, user_id)
    levels = _levels(session, user)
    apps = _applications(session, user)
    rows = [
        (aid, status, ch, _final_level(status, stage, levels.get(aid, -1)))
        for aid, status, stage, ch, _ in apps
    ]
    # Withdrawn and 連絡なし applications count for the stages they passed, never as failures.
    funnel, rates = _funnel([(aid, status, lvl) for aid, status, _, lvl in rows])
    weakest = _weakest(rates)
    out = Counter(status for _, status, _, _ in rows if status in CLOSED_OUT)
    trend = _cause_trend(session, user)
    practice = _practice(session, user, recurring_causes(trend))
    return Patterns(
        applications=len(apps),
        funnel=funnel,
        rates=rates,
        weakest=weakest,
        advice=_advice(weakest, practice.link),
        trend=trend,
        practice=practice,
        feedback=feedback_rate(session, user_id=user),
        retarget=retarget_view(
            [AppRow(row[1], row[3], app[4]) for row, app in zip(rows, apps, strict=True)],
            top=len(pattern_data().funnel) - 1,
        ),
        out_of_funnel=dict(out),
        notes=_notes(rates),
        today=today or dt.date.today(),
    )


def _notes(rates: tuple[StageRate, ...]) -> tuple[str, ...]:
    few = [r.stage for r in rates if r.decided and not r.enough]
    if not few:
        return ()
    n = pattern_data().min_cases
    return (
        f"{'・'.join(few)}は、結果の出た件数が{n}件未満のため、割合ではなく件数だけを示しています。"
        "件数が少ないうちは、1件で割合が大きく動くためです。",
    )


# --- the offline report ---------------------------------------------------------------------


@cache
def _template(name: str) -> Any:
    from importlib import resources

    from jinja2 import Environment, select_autoescape

    from furikaeri.dates import ja_month

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    env.filters["ja_month"] = ja_month
    return env.from_string(resources.files("furikaeri.data").joinpath(name).read_text("utf-8"))


def render_body(patterns: Patterns, *, links: bool) -> str:
    """The patterns as HTML (charts, tables, what to do next). ``links=False`` leaves out
    every href (the offline report)."""
    from furikaeri import charts

    known = causes()
    return str(
        _template("patterns_body.html.j2").render(
            p=patterns,
            charts=charts,
            causes=known,
            titles={cid: c.title for cid, c in known.items()},
            links=links,
            min_cases=pattern_data().min_cases,
        )
    )


def render_report(patterns: Patterns) -> str:
    """One self-contained HTML page: inline CSS and SVG, a print stylesheet, no external
    ``src`` or ``href``. Jinja with autoescape: every label is escaped."""
    from furikaeri import charts

    body = render_body(patterns, links=False)
    return str(_template("report.html.j2").render(p=patterns, body=body, css=charts.REPORT_CSS))
