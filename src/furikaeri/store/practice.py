"""Practice sessions and attempts (mock interviews). The store keeps what the caller computed:
it never runs the analyzer, and it knows nothing of follow-ups or feedback."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from furikaeri.store.access import chosen_application, owned, uid
from furikaeri.store.models import (
    QA,
    Application,
    Interview,
    PracticeAttempt,
    PracticeSession,
    Rejection,
    utcnow,
)


@dataclass(frozen=True)
class RecordedQuestion:
    """A question the user was asked in a real interview (from the 質問と回答 records)."""

    text: str
    kind: str
    application_id: int
    company: str
    stage: str
    interview_id: int


def create_practice_session(
    session: Session,
    *,
    focus: str,
    audience: str,
    causes: list[str],
    items: list[dict[str, Any]],
    application_id: int | None = None,
    time_limit_s: int | None = None,
    user_id: int | None = None,
) -> PracticeSession:
    """Store a planned session (validated by the caller, furikaeri.practice)."""
    if application_id is not None:
        chosen_application(session, application_id, user_id)
    row = PracticeSession(
        user_id=uid(session, user_id),
        application_id=application_id,
        focus=focus,
        audience=audience,
        causes=list(causes),
        items=list(items),
        position=0,
        time_limit_s=time_limit_s,
        status="active",
    )
    session.add(row)
    session.flush()
    return row


def get_practice_session(
    session: Session, practice_id: int, *, user_id: int | None = None
) -> PracticeSession:
    return owned(session, PracticeSession, practice_id, user_id)


def list_practice_sessions(
    session: Session, *, user_id: int | None = None, limit: int = 50, offset: int = 0
) -> list[PracticeSession]:
    stmt = (
        select(PracticeSession)
        .where(PracticeSession.user_id == uid(session, user_id))
        .order_by(PracticeSession.created_at.desc(), PracticeSession.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(stmt))


def count_practice_sessions(session: Session, *, user_id: int | None = None) -> int:
    stmt = select(func.count(PracticeSession.id)).where(
        PracticeSession.user_id == uid(session, user_id)
    )
    return int(session.scalar(stmt) or 0)


def move_practice_session(
    session: Session,
    practice: PracticeSession,
    *,
    items: list[dict[str, Any]] | None = None,
    position: int | None = None,
    finished: bool = False,
) -> PracticeSession:
    """Change the plan or the current question; ``finished`` closes the session."""
    if items is not None:
        practice.items = list(items)  # a new list: JSON columns notice reassignment only
    if position is not None:
        practice.position = position
    if finished:
        practice.status = "finished"
        practice.finished_at = utcnow()
    session.flush()
    return practice


def find_practice_attempt(
    session: Session, practice: PracticeSession, *, position: int, attempt_no: int
) -> PracticeAttempt | None:
    stmt = select(PracticeAttempt).where(
        PracticeAttempt.session_id == practice.id,
        PracticeAttempt.position == position,
        PracticeAttempt.attempt_no == attempt_no,
    )
    return session.scalars(stmt).first()


def add_practice_attempt(
    session: Session,
    practice: PracticeSession,
    *,
    position: int,
    attempt_no: int,
    question_key: str,
    question: str,
    kind: str,
    answer: str,
    analysis: dict[str, Any],
    mode: str = "typed",
    audio_metrics: dict[str, Any] | None = None,
    recording_path: str | None = None,
    elapsed_s: int | None = None,
    retry_of_id: int | None = None,
) -> PracticeAttempt:
    row = PracticeAttempt(
        user_id=practice.user_id,
        session_id=practice.id,
        position=position,
        attempt_no=attempt_no,
        retry_of_id=retry_of_id,
        question_key=question_key,
        question=question,
        kind=kind,
        answer=answer,
        mode=mode,
        analysis=analysis,
        audio_metrics=audio_metrics,
        recording_path=recording_path,
        elapsed_s=elapsed_s,
    )
    session.add(row)
    session.flush()
    return row


def list_practice_attempts(
    session: Session,
    *,
    question_key: str | None = None,
    user_id: int | None = None,
    limit: int | None = None,
) -> list[PracticeAttempt]:
    """Attempts, oldest first (all questions, or one)."""
    stmt = select(PracticeAttempt).where(PracticeAttempt.user_id == uid(session, user_id))
    if question_key is not None:
        stmt = stmt.where(PracticeAttempt.question_key == question_key)
    stmt = stmt.order_by(PracticeAttempt.created_at, PracticeAttempt.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def practised_counts(session: Session, *, user_id: int | None = None) -> dict[str, int]:
    """How many times each question (by key) has been answered."""
    stmt = (
        select(PracticeAttempt.question_key, func.count(PracticeAttempt.id))
        .where(PracticeAttempt.user_id == uid(session, user_id))
        .group_by(PracticeAttempt.question_key)
    )
    return {key: int(n) for key, n in session.execute(stmt)}


def recorded_questions(session: Session, *, user_id: int | None = None) -> list[RecordedQuestion]:
    """Every question the user noted from real interviews, newest interview first (one query)."""
    stmt = (
        select(
            QA.question,
            QA.kind,
            Interview.id,
            Interview.stage,
            Application.id,
            Application.company,
        )
        .join(Interview, QA.interview_id == Interview.id)
        .join(Application, Interview.application_id == Application.id)
        .where(QA.user_id == uid(session, user_id), QA.question != "")
        .order_by(Interview.date.desc().nulls_last(), Interview.id.desc(), QA.position, QA.id)
    )
    return [
        RecordedQuestion(
            text=text,
            kind=kind,
            application_id=app_id,
            company=company,
            stage=stage,
            interview_id=iv_id,
        )
        for text, kind, iv_id, stage, app_id, company in session.execute(stmt)
        if text.strip()
    ]


def attempts_for_keys(
    session: Session, keys: list[str], *, user_id: int | None = None
) -> list[PracticeAttempt]:
    """Every attempt at any of these questions, oldest first (one query)."""
    if not keys:
        return []
    stmt = (
        select(PracticeAttempt)
        .where(
            PracticeAttempt.user_id == uid(session, user_id),
            PracticeAttempt.question_key.in_(keys),
        )
        .order_by(PracticeAttempt.created_at, PracticeAttempt.id)
    )
    return list(session.scalars(stmt))


def attempts_for_sessions(
    session: Session, session_ids: list[int], *, user_id: int | None = None
) -> list[PracticeAttempt]:
    """The attempts of these sessions, oldest first (one query)."""
    if not session_ids:
        return []
    stmt = (
        select(PracticeAttempt)
        .where(
            PracticeAttempt.user_id == uid(session, user_id),
            PracticeAttempt.session_id.in_(session_ids),
        )
        .order_by(PracticeAttempt.created_at, PracticeAttempt.id)
    )
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class PractisedQuestion:
    key: str
    text: str
    attempts: int  # times it was answered as asked (first tries)
    last: Any
    retries: int = 0  # answers given again right after the feedback


def practised_questions(
    session: Session, *, user_id: int | None = None, limit: int = 200
) -> list[PractisedQuestion]:
    """The questions answered so far, most recently practised first (one query): how often
    each was answered as asked, and apart from that how often retried."""
    last = func.max(PracticeAttempt.created_at)
    retry = case((PracticeAttempt.attempt_no == 1, 0), else_=1)
    stmt = (
        select(
            PracticeAttempt.question_key,
            func.max(PracticeAttempt.question),
            func.count(PracticeAttempt.id) - func.sum(retry),
            last,
            func.sum(retry),
        )
        .where(PracticeAttempt.user_id == uid(session, user_id))
        .group_by(PracticeAttempt.question_key)
        .order_by(last.desc())
        .limit(limit)
    )
    return [
        PractisedQuestion(k, t, int(n), when, int(r or 0))
        for k, t, n, when, r in session.execute(stmt)
    ]


def latest_rejection_ids(session: Session, *, limit: int, user_id: int | None = None) -> list[int]:
    """The ids of the newest rejections (by date, then id), without loading them."""
    stmt = (
        select(Rejection.id)
        .where(Rejection.user_id == uid(session, user_id))
        .order_by(Rejection.date.desc().nulls_last(), Rejection.id.desc())
        .limit(limit)
    )
    return [int(i) for i in session.scalars(stmt)]


def count_recorded_questions(session: Session, *, user_id: int | None = None) -> int:
    """How many different question texts the user recorded from real interviews."""
    stmt = select(func.count(func.distinct(QA.question))).where(
        QA.user_id == uid(session, user_id), QA.question != ""
    )
    return int(session.scalar(stmt) or 0)
