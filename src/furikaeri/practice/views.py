"""What the web and the CLI show of practice: a session, its summary against earlier
tries, and progress over time."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from furikaeri.analyzer import (
    KIND_LABELS,
)
from furikaeri.catalogue import CAUSE_IDS, causes
from furikaeri.practice.feedback import Comparison, Feedback, analysis_from_dict, compare, feedback
from furikaeri.store import practice as st
from furikaeri.store.models import PracticeAttempt, PracticeSession


@dataclass(frozen=True)
class AttemptView:
    attempt: PracticeAttempt
    feedback: Feedback


@dataclass(frozen=True)
class ItemView:
    index: int
    item: dict[str, Any]
    number: int  # 1-based number among the main questions (a follow-up shares its parent's)
    first: AttemptView | None
    retry: AttemptView | None
    comparison: Comparison | None
    # Shown to the user: False for the questions after the one the session ended on (「ここで
    # 練習を終える」), which were never asked and so were not skipped either.
    reached: bool = True

    @property
    def state(self) -> str:
        if self.first is None:
            return "answer"
        return "compared" if self.retry is not None else "feedback"

    @property
    def is_followup(self) -> bool:
        return self.item.get("source") == "followup"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.item.get("kind", ""), "")


def _attempt_view(attempt: PracticeAttempt | None) -> AttemptView | None:
    if attempt is None:
        return None
    analysis = analysis_from_dict(attempt.answer, attempt.analysis, attempt.question)
    return AttemptView(attempt, feedback(analysis))


def _item_views(practice: PracticeSession) -> list[ItemView]:
    slots = {(a.position, a.attempt_no): a for a in practice.attempts}
    views: list[ItemView] = []
    number = 0
    for index, item in enumerate(practice.items):
        if item.get("source") != "followup":
            number += 1
        first = _attempt_view(slots.get((index, 1)))
        retry = _attempt_view(slots.get((index, 2)))
        comparison = (
            compare(first.feedback.analysis, retry.feedback.analysis) if first and retry else None
        )
        reached = index <= practice.position
        views.append(ItemView(index, item, number, first, retry, comparison, reached))
    return views


@dataclass(frozen=True)
class SessionView:
    practice: PracticeSession
    items: list[ItemView]
    total: int  # main questions planned

    @property
    def finished(self) -> bool:
        return self.practice.status == "finished"

    @property
    def current(self) -> ItemView | None:
        if self.finished or not self.items:
            return None
        return self.items[min(self.practice.position, len(self.items) - 1)]


def session_view(session: Session, practice_id: int) -> SessionView:
    practice = st.get_practice_session(session, practice_id)
    items = _item_views(practice)
    total = sum(1 for i in practice.items if i.get("source") != "followup")
    return SessionView(practice, items, total)


@dataclass(frozen=True)
class Earlier:
    """An attempt at the same question in an earlier session."""

    when: Any
    findings: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class SummaryRow:
    view: ItemView
    earlier: tuple[Earlier, ...]
    now: int | None  # findings in the latest try this session

    @property
    def trend(self) -> str:
        if self.now is None or not self.earlier:
            return ""
        before = self.earlier[-1].findings
        if self.now < before:
            return f"前回（指摘 {before}件）より減りました"
        if self.now > before:
            return f"前回（指摘 {before}件）より増えました"
        return f"前回と同じ（指摘 {before}件）です"


@dataclass(frozen=True)
class Summary:
    view: SessionView
    rows: list[SummaryRow]
    answered: int
    cause_counts: list[tuple[str, int]]  # cause title, findings in first tries (most first)
    fixes_done: int
    retries: int


def summary(session: Session, practice_id: int) -> Summary:
    """The end of a session: per question the tries, and earlier attempts at it elsewhere."""
    view = session_view(session, practice_id)
    keys = [i.item["key"] for i in view.items if i.first is not None]
    earlier: dict[str, list[Earlier]] = defaultdict(list)
    for a in st.attempts_for_keys(session, keys):
        if a.session_id < view.practice.id and a.attempt_no == 1:
            codes = tuple(f["code"] for f in a.analysis.get("findings", []))
            earlier[a.question_key].append(Earlier(a.created_at, len(codes), codes))
    rows = []
    for iv in view.items:
        latest = iv.retry or iv.first
        now = len(latest.feedback.analysis.findings) if latest else None
        rows.append(SummaryRow(iv, tuple(earlier.get(iv.item["key"], [])[-3:]), now))
    counts: Counter[str] = Counter()
    for iv in view.items:
        if iv.first is not None:
            counts.update(f.cause for f in iv.first.feedback.analysis.findings)
    titles = causes()
    return Summary(
        view=view,
        rows=rows,
        answered=sum(1 for i in view.items if i.first is not None),
        cause_counts=[(titles[c].title if c in titles else c, n) for c, n in counts.most_common()],
        fixes_done=sum(1 for i in view.items if i.comparison and i.comparison.fix_done),
        retries=sum(1 for i in view.items if i.retry is not None),
    )


# --- progress --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    label: str  # x axis: the session's date
    value: float


@dataclass(frozen=True)
class Series:
    id: str
    label: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Progress:
    sessions: int
    answers: int
    causes: list[Series]  # findings per first-try answer, per session, one series per cause
    speaking_rate: Series | None  # 字/分 per session (spoken answers with metrics)
    fillers: Series | None  # fillers per minute per session
    questions: list[st.PractisedQuestion]


def _labels(sessions: Sequence[PracticeSession]) -> dict[int, str]:
    """The x axis: each session's date; a second session on the same day gets 「（2）」."""
    out: dict[int, str] = {}
    seen: Counter[str] = Counter()
    for p in sessions:
        when = p.created_at
        day = f"{when.month}月{when.day}日" if when else f"#{p.id}"
        seen[day] += 1
        out[p.id] = day if seen[day] == 1 else f"{day}（{seen[day]}）"
    return out


def progress(session: Session, *, limit: int = 30) -> Progress:
    """Per cause, how often its findings appear per practised answer, session by session (the
    first tries only: a retry right after the feedback would flatter the line)."""
    sessions = list(reversed(st.list_practice_sessions(session, limit=limit)))
    attempts = st.attempts_for_sessions(session, [p.id for p in sessions])
    by_session: dict[int, list[PracticeAttempt]] = defaultdict(list)
    for a in attempts:
        by_session[a.session_id].append(a)
    shown = [p for p in sessions if any(a.attempt_no == 1 for a in by_session[p.id])]
    series = _cause_series(shown, by_session)
    return Progress(
        sessions=len(shown),
        answers=sum(1 for a in attempts if a.attempt_no == 1),
        causes=series,
        speaking_rate=_metric_series(shown, by_session, "chars_per_min", "話す速さ（字/分）"),
        fillers=_metric_series(shown, by_session, "fillers_per_min", "つなぎ言葉（回/分）"),
        questions=st.practised_questions(session),
    )


def _cause_series(
    shown: list[PracticeSession], by_session: Mapping[int, list[PracticeAttempt]]
) -> list[Series]:
    per: dict[str, list[Point]] = defaultdict(list)
    seen: Counter[str] = Counter()
    labels = _labels(shown)
    for p in shown:
        firsts = [a for a in by_session[p.id] if a.attempt_no == 1]
        found = Counter(f["cause"] for a in firsts for f in a.analysis.get("findings", []))
        seen.update(found)
        for cid in CAUSE_IDS:
            per[cid].append(Point(labels[p.id], found.get(cid, 0) / len(firsts)))
    titles = causes()
    wanted = [cid for cid in CAUSE_IDS if seen[cid]]
    return [Series(cid, titles[cid].title, tuple(per[cid])) for cid in wanted]


def _metric_series(
    shown: list[PracticeSession],
    by_session: Mapping[int, list[PracticeAttempt]],
    key: str,
    label: str,
) -> Series | None:
    points = []
    labels = _labels(shown)
    for p in shown:
        values = [
            float(a.audio_metrics[key])
            for a in by_session[p.id]
            if a.audio_metrics and isinstance(a.audio_metrics.get(key), int | float)
        ]
        if values:
            points.append(Point(labels[p.id], sum(values) / len(values)))
    return Series(key, label, tuple(points)) if points else None


def question_attempts(session: Session, key: str) -> list[AttemptView]:
    """Every attempt at one question, oldest first, with its feedback (for side by side)."""
    rows = st.list_practice_attempts(session, question_key=key)
    return [v for v in (_attempt_view(a) for a in rows) if v is not None]
