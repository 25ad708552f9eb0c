"""Interviews (面接), the questions asked with the answers given, and the self-check answers.

逆質問 are QA rows with ``kind="reverse_questions"`` (see :mod:`furikaeri.store.models`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from furikaeri.analyzer.types import KIND_LABELS, KINDS
from furikaeri.store.access import (
    Recorded,
    apply_changes,
    check_seen,
    check_version,
    holds,
    owned,
    same_recent,
    uid,
)
from furikaeri.store.models import (
    FORMAT_LABELS,
    INTERVIEW_RESULT_LABELS,
    QA,
    SELF_CHECK_ANSWERS,
    Application,
    Interview,
    SelfCheckAnswer,
)
from furikaeri.store.validation import Checker
from furikaeri.vocabulary import max_text_chars, text_too_long

# "" = unknown: the analyzer infers the kind from the question.
QA_KINDS: tuple[str, ...] = ("", *KINDS)
_FIELDS = ("stage", "date", "format", "interviewers", "impression", "result")


def _checked(
    fields: dict[str, Any],
    application: Application,
    today: dt.date | None,
    *,
    current_result: str = "pending",
    far_date_confirmed: bool = False,
) -> dict[str, Any]:
    """Validate interview fields. A future date is fine for a scheduled interview (result
    still pending); with a result already known it is questioned."""
    check = Checker(today)
    out = dict(fields)
    if "format" in out:
        check.choice("format", out["format"], FORMAT_LABELS, "面接の形式")
    if "result" in out:
        check.choice("result", out["result"], INTERVIEW_RESULT_LABELS, "結果")
    if "stage" in out:
        out["stage"] = check.max_length("stage", (out["stage"] or "").strip(), 50)
    if "date" in out:
        scheduled = out.get("result", current_result) == "pending"
        out["date"] = check.date(
            "date",
            out["date"],
            not_before=application.applied_on,
            allow_future=scheduled,
            far_ok=far_date_confirmed,
        )
    check.done()
    return out


def add_interview(
    session: Session,
    *,
    application_id: int,
    stage: str = "",
    date: dt.date | str | None = None,
    format: str = "in_person",
    interviewers: str = "",
    impression: str = "",
    result: str = "pending",
    user_id: int | None = None,
    today: dt.date | None = None,
    far_date_confirmed: bool = False,
) -> Interview:
    """Add an interview to an application; its stage becomes the application's current stage.
    A date more than a year ahead needs ``far_date_confirmed``."""
    app = owned(session, Application, application_id, user_id)
    fields = {k: v for k, v in locals().items() if k in _FIELDS}
    checked = _checked(fields, app, today, far_date_confirmed=far_date_confirmed)
    row = Interview(user_id=app.user_id, application_id=app.id, **checked)
    session.add(row)
    if row.stage:
        app.stage = row.stage
    session.flush()
    if "interviews" in app.__dict__:  # loaded before: read again, with the new row in order
        session.expire(app, ["interviews"])
    return row


def record_interview(
    session: Session,
    *,
    application_id: int,
    user_id: int | None = None,
    today: dt.date | None = None,
    far_date_confirmed: bool = False,
    **fields: Any,
) -> Recorded[Interview]:
    """:func:`add_interview` for a form: an identical interview of the same application
    created in the last minutes (:func:`~furikaeri.store.access.same_recent`) is the same form
    posted again (Back after a reload brings a new one-time token) and is returned, nothing
    added."""
    app = owned(session, Application, application_id, user_id)
    unknown = set(fields) - set(_FIELDS)
    if unknown:
        raise TypeError(f"unknown interview fields: {sorted(unknown)}")
    defaults = {"stage": "", "date": None, "format": "in_person", "interviewers": "",
                "impression": "", "result": "pending"}  # fmt: skip
    checked = _checked({**defaults, **fields}, app, today, far_date_confirmed=far_date_confirmed)
    same = same_recent(session, Interview, user_id=app.user_id, application_id=app.id, **checked)
    if same is not None:
        return Recorded(same, reused=True)
    row = add_interview(
        session,
        application_id=app.id,
        user_id=user_id,
        today=today,
        far_date_confirmed=far_date_confirmed,
        **fields,
    )
    return Recorded(row, reused=False)


def update_interview(
    session: Session,
    interview_id: int,
    *,
    user_id: int | None = None,
    today: dt.date | None = None,
    far_date_confirmed: bool = False,
    version: str | None = None,
    **changes: Any,
) -> Interview:
    """Change the given fields. ``version``: the row's version the edit form was opened with; a
    row changed since (a rejection recorded meanwhile) is refused with
    :class:`~furikaeri.store.errors.Stale`, nothing saved."""
    unknown = set(changes) - set(_FIELDS)
    if unknown:
        raise TypeError(f"unknown interview fields: {sorted(unknown)}")
    row = owned(session, Interview, interview_id, user_id)
    if "result" in changes and "date" not in changes:
        changes["date"] = row.date  # a known result makes a future date implausible
    checked = _checked(
        changes,
        row.application,
        today,
        current_result=row.result,
        far_date_confirmed=far_date_confirmed,
    )
    check_version(row, version, same=holds(row, checked))
    apply_changes(row, checked)
    session.flush()
    return row


def get_interview(
    session: Session, interview_id: int, *, user_id: int | None = None, answers_only: bool = False
) -> Interview:
    """One interview with its application, Q&A, self-check answers and saved diagnoses loaded
    (``answers_only``: the application and the Q&A, what the interview's page shows)."""
    opts = _ANSWERS_ONLY if answers_only else _EVERYTHING
    return owned(session, Interview, interview_id, user_id, options=opts)


# The application is one row per interview: joined in the same statement.
_ANSWERS_ONLY = (joinedload(Interview.application), selectinload(Interview.qas))
_EVERYTHING = (
    *_ANSWERS_ONLY,
    selectinload(Interview.self_checks),
    selectinload(Interview.diagnoses),
)


def list_interviews(
    session: Session, *, application_id: int | None = None, user_id: int | None = None
) -> list[Interview]:
    """Interviews, newest first, with application and Q&A loaded."""
    stmt = (
        select(Interview)
        .where(Interview.user_id == uid(session, user_id))
        .options(selectinload(Interview.application), selectinload(Interview.qas))
        .order_by(Interview.date.desc(), Interview.id.desc())
    )
    if application_id is not None:
        stmt = stmt.where(Interview.application_id == application_id)
    return list(session.scalars(stmt))


def passed_stages(session: Session, application_id: int) -> tuple[str, ...]:
    """The stages of an application's interviews recorded as passed, in interview order
    (date, id), each once; one statement that loads no objects."""
    rows = session.execute(_passed_stmt(), {"application": application_id}).scalars()
    return tuple(dict.fromkeys(rows))


@cache
def _passed_stmt() -> Any:
    from sqlalchemy import bindparam

    return (
        select(Interview.stage)
        .where(
            Interview.application_id == bindparam("application"),
            Interview.result == "passed",
            Interview.stage != "",
        )
        .order_by(Interview.date, Interview.id)
    )


def delete_interview(session: Session, interview_id: int, *, user_id: int | None = None) -> None:
    session.delete(owned(session, Interview, interview_id, user_id))
    session.flush()


def _check_qa(kind: str, question: str, answer: str) -> None:
    check = Checker()
    check.choice("kind", kind, {"": "", **KIND_LABELS}, "質問の種類")  # the labels, not ids
    if not question.strip() and not answer.strip():
        check.fail("answer", "質問か回答のどちらかを入力してください。")
    if len(answer) > max_text_chars():  # the analyzer's limit, with its message
        check.fail("answer", text_too_long(len(answer)))
    check.done()


def add_qa(
    session: Session,
    *,
    interview_id: int,
    question: str = "",
    answer: str = "",
    kind: str = "",
    position: int | None = None,
    user_id: int | None = None,
) -> QA:
    """Add a question and the answer given; ``kind=""`` lets the analyzer infer it."""
    interview = owned(session, Interview, interview_id, user_id)
    _check_qa(kind, question, answer)
    if position is None:
        last = session.scalar(select(func.max(QA.position)).where(QA.interview_id == interview.id))
        position = (last if last is not None else -1) + 1
    row = QA(
        user_id=interview.user_id,
        interview_id=interview.id,
        position=position,
        kind=kind,
        question=question.strip(),
        answer=answer.strip(),
    )
    session.add(row)
    session.flush()
    return row


def record_qa(
    session: Session,
    *,
    interview_id: int,
    question: str = "",
    answer: str = "",
    kind: str = "",
    user_id: int | None = None,
) -> Recorded[QA]:
    """:func:`add_qa` for a form: the same question and answer already recorded for this
    interview is the same form posted again (Back after a reload), returned, nothing added.
    At any time (answers have no creation time, and one answer is never meant twice)."""
    interview = owned(session, Interview, interview_id, user_id)
    _check_qa(kind, question, answer)
    same = same_recent(
        session,
        QA,
        recent=False,
        user_id=interview.user_id,
        interview_id=interview.id,
        kind=kind,
        question=question.strip(),
        answer=answer.strip(),
    )
    if same is not None:
        return Recorded(same, reused=True)
    row = add_qa(
        session, interview_id=interview.id, question=question, answer=answer, kind=kind,
        user_id=user_id,
    )  # fmt: skip
    return Recorded(row, reused=False)


def update_qa(
    session: Session,
    qa_id: int,
    *,
    question: str | None = None,
    answer: str | None = None,
    kind: str | None = None,
    user_id: int | None = None,
    version: str | None = None,
) -> QA:
    """Change one answer. ``version``: the answer's version its form was opened with; an
    answer changed since is refused (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    row = owned(session, QA, qa_id, user_id)
    new_q = row.question if question is None else question.strip()
    new_a = row.answer if answer is None else answer.strip()
    new_k = row.kind if kind is None else kind
    _check_qa(new_k, new_q, new_a)
    wanted = {"question": new_q, "answer": new_a, "kind": new_k}
    check_version(row, version, same=holds(row, wanted))
    row.question, row.answer, row.kind = new_q, new_a, new_k
    session.flush()
    return row


def delete_qa(session: Session, qa_id: int, *, user_id: int | None = None) -> None:
    session.delete(owned(session, QA, qa_id, user_id))
    session.flush()


def self_check_version(answers: Mapping[str, str]) -> str:
    """The version a self-check form carries: a digest of the saved answers (they have no
    revision of their own); ``0`` for none."""
    given = sorted((qid, value) for qid, value in answers.items() if value)
    if not given:
        return "0"
    return hashlib.sha256(repr(given).encode()).hexdigest()[:16]


def save_self_check(
    session: Session,
    *,
    interview_id: int,
    answers: Mapping[str, str | None],
    user_id: int | None = None,
    version: str | None = None,
) -> list[SelfCheckAnswer]:
    """Store self-check answers (question id → yes / partly / no); None or "" clears one.
    ``version``: :func:`self_check_version` of the answers the form was opened with; answers
    changed since (in another tab, or this form reached again with Back) are refused
    (:class:`~furikaeri.store.errors.Stale`), unless the form posts what is saved already."""
    interview = owned(session, Interview, interview_id, user_id)
    check = Checker()
    for qid, value in answers.items():
        if value:
            check.choice(f"selfcheck.{qid}", value, SELF_CHECK_ANSWERS, "答え")
    check.done()
    existing = {a.question_id: a for a in interview.self_checks}
    saved = {qid: row.answer for qid, row in existing.items()}
    same = all(saved.get(qid, "") == (value or "") for qid, value in answers.items())
    check_seen(self_check_version(saved), version, same=same)
    for qid, value in answers.items():
        row = existing.get(qid)
        if not value:
            if row is not None:
                interview.self_checks.remove(row)
            continue
        if row is None:
            row = SelfCheckAnswer(user_id=interview.user_id, question_id=qid, answer=value)
            interview.self_checks.append(row)
        row.answer = value
    session.flush()
    return list(interview.self_checks)
