"""What the diagnoses of several rejections read, loaded as plain rows in four statements
whatever their number: the rejections of their applications (with each notice's body and the
application's columns), those applications' interviews, the chosen interviews' answers and
self-checks, and the replies to every request about those rejections.

The practice menu ranks the weak causes from the twelve latest rejections' diagnoses; loading
them as ORM objects with every relationship (ten statements, ~9,000 objects at 1,000
applications) was most of that page's time. Nothing here interprets the rows:
:func:`furikaeri.diagnosis.diagnose_rejections` turns them into a diagnosis' inputs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Integer, String, bindparam, cast, literal_column, null, select, union_all
from sqlalchemy.orm import Session

from furikaeri.store.models import (
    QA,
    Application,
    FeedbackRequest,
    Interview,
    Notice,
    Rejection,
    Reply,
    SelfCheckAnswer,
)


@dataclass(frozen=True)
class ApplicationRow:
    """The columns of an application a diagnosis reads."""

    id: int
    user_id: int
    company: str
    company_profile: str
    channel: str
    job_posting: str


@dataclass(frozen=True)
class InterviewRow:
    id: int
    application_id: int
    stage: str
    date: dt.date | None
    result: str


@dataclass(frozen=True)
class ReplyRow:
    label: str
    causes: tuple[str, ...]
    text: str


@dataclass
class RejectionRow:
    """A rejection, its notice's body ('' without one) and the replies to its requests
    (requests and replies in id order, as their relationships order them)."""

    id: int
    application_id: int
    interview_id: int | None
    stage: str
    date: dt.date | None
    notice_body: str
    replies: list[ReplyRow] = field(default_factory=list)


@dataclass
class DiagnosisRows:
    """``asked``: the asked rejections found for the user, by id. ``rejections``: every
    rejection of their applications, by application, in id order (``Application.rejections``).
    ``interviews``: each application's interviews in (date, id) order
    (``Application.interviews``), and ``interview``: every interview read, by id."""

    asked: dict[int, RejectionRow]
    applications: dict[int, ApplicationRow]
    rejections: dict[int, list[RejectionRow]]
    interviews: dict[int, list[InterviewRow]]
    interview: dict[int, InterviewRow]


def diagnosis_rows(
    session: Session, rejection_ids: Sequence[int], user_id: int, *, latest: int = 0
) -> DiagnosisRows:
    """The rows of :class:`DiagnosisRows` for the user's rejections among ``rejection_ids``
    (others are left out): three statements (none when none is the user's). ``latest``: the
    user's ``latest`` newest rejections instead (by date, then id, as
    ``store.practice.latest_rejection_ids``), found in the same first statement, and
    ``asked`` in that order."""
    rows = DiagnosisRows({}, {}, {}, {}, {})
    wanted = {int(i) for i in rejection_ids}
    params: dict[str, Any] = {"user": user_id}
    if latest:
        params["limit"] = latest
    else:
        params["ids"] = sorted(wanted)
    by_id: dict[int, RejectionRow] = {}
    for r in session.execute(_rejections_stmt(bool(latest)), params).all():
        rejection = RejectionRow(
            r.id, r.application_id, r.interview_id, r.stage or "", r.date, r.body or ""
        )
        by_id[rejection.id] = rejection
        rows.rejections.setdefault(rejection.application_id, []).append(rejection)
        if r.asked:
            rows.asked[rejection.id] = rejection
        if r.application_id not in rows.applications:
            rows.applications[r.application_id] = ApplicationRow(
                r.application_id,
                r.app_user_id,
                r.company,
                r.company_profile or "",
                r.channel or "",
                r.job_posting or "",
            )
    if latest:
        newest = sorted(rows.asked.values(), key=_newest_first)
        rows.asked.clear()
        rows.asked.update((r.id, r) for r in newest)
    if not rows.asked:
        return rows
    own = sorted({r.interview_id for r in rows.asked.values() if r.interview_id is not None})
    found = session.execute(
        _interviews_stmt(), {"applications": sorted(rows.applications), "own": own}
    ).all()
    for i in found:
        interview = InterviewRow(i.id, i.application_id, i.stage or "", i.date, i.result)
        rows.interview[interview.id] = interview
        if interview.application_id in rows.applications:  # not another's own interview
            rows.interviews.setdefault(interview.application_id, []).append(interview)
    for rejection_id, label, causes, text in session.execute(
        _replies_stmt(), {"rejections": sorted(by_id)}
    ).all():
        by_id[rejection_id].replies.append(ReplyRow(label, tuple(causes or ()), text))
    return rows


def answers_of(
    session: Session, interview_ids: Sequence[int]
) -> dict[int, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]]:
    """Each interview's (question, answer, kind) in their order and its self-check's
    (question id, answer) in theirs (``Interview.qas``, ``Interview.self_checks``): one
    statement. Interviews without either are left out."""
    out: dict[int, tuple[list[tuple[str, str, str]], list[tuple[str, str]]]] = {}
    if not interview_ids:
        return out
    rows = session.execute(_answers_stmt(), {"interviews": sorted(set(interview_ids))}).all()
    for interview_id, part, first, answer, kind in rows:
        qas, checks = out.setdefault(interview_id, ([], []))
        if part == 0:
            qas.append((first, answer, kind))
        else:
            checks.append((first, answer))
    return out


def _newest_first(rejection: RejectionRow) -> tuple[bool, int, int]:
    """ORDER BY date DESC NULLS LAST, id DESC."""
    day = rejection.date.toordinal() if rejection.date is not None else 0
    return (rejection.date is None, -day, -rejection.id)


@cache
def _rejections_stmt(latest: bool) -> Any:
    """Every rejection of the applications of the user's asked rejections (``ids``, or the
    ``limit`` newest with ``latest``), with its application's columns, its notice's body and
    whether it is asked, by application then id."""
    rej, app, notice = Rejection.__table__.c, Application.__table__.c, Notice.__table__.c
    own = Rejection.__table__.alias("asked")
    asked = select(own.c.id).where(own.c.user_id == bindparam("user"))
    if latest:
        newest = (own.c.date.desc().nulls_last(), own.c.id.desc())
        asked = asked.order_by(*newest).limit(bindparam("limit"))
    else:
        asked = asked.where(own.c.id.in_(bindparam("ids", expanding=True)))
    mine = Rejection.__table__.alias("mine")
    apps = select(mine.c.application_id).where(mine.c.id.in_(asked))
    joined = Rejection.__table__.join(
        Application.__table__, app.id == rej.application_id
    ).outerjoin(Notice.__table__, notice.id == rej.notice_id)
    return (
        select(
            rej.id,
            rej.application_id,
            rej.interview_id,
            rej.stage,
            rej.date,
            notice.body,
            app.user_id.label("app_user_id"),
            app.company,
            app.company_profile,
            app.channel,
            app.job_posting,
            rej.id.in_(asked).label("asked"),
        )
        .select_from(joined)
        .where(rej.application_id.in_(apps))
        .order_by(rej.application_id, rej.id)
    )


@cache
def _interviews_stmt() -> Any:
    """The applications' interviews and the asked rejections' own ones, in (date, id) order."""
    c = Interview.__table__.c
    return (
        select(c.id, c.application_id, c.stage, c.date, c.result)
        .where(
            c.application_id.in_(bindparam("applications", expanding=True))
            | c.id.in_(bindparam("own", expanding=True))
        )
        .order_by(c.date, c.id)
    )


@cache
def _replies_stmt() -> Any:
    """(rejection id, label, causes, text) of each reply to a request about the rejections,
    by rejection, request, reply."""
    request, reply = FeedbackRequest.__table__.c, Reply.__table__.c
    return (
        select(request.rejection_id, reply.label, reply.causes, reply.text)
        .select_from(
            FeedbackRequest.__table__.join(Reply.__table__, reply.feedback_request_id == request.id)
        )
        .where(request.rejection_id.in_(bindparam("rejections", expanding=True)))
        .order_by(request.rejection_id, request.id, reply.id)
    )


@cache
def _answers_stmt() -> Any:
    """(interview, 0, question, answer, kind) of each Q&A, then (interview, 1, question id,
    answer, NULL) of each self-check answer, each in its relationship's order."""
    qa, check = QA.__table__.c, SelfCheckAnswer.__table__.c
    ids: Any = bindparam("interviews", expanding=True)
    answers = select(
        qa.interview_id.label("interview"),
        literal_column("0").label("part"),
        qa.question.label("first"),
        qa.answer,
        qa.kind,
        qa.position.label("position"),
        qa.id.label("id"),
    ).where(qa.interview_id.in_(ids))
    checks = select(
        check.interview_id,
        literal_column("1"),
        check.question_id,
        check.answer,
        cast(null(), String()),
        cast(literal_column("0"), Integer()),
        check.id,
    ).where(check.interview_id.in_(ids))
    both = union_all(answers, checks).subquery()
    c = both.c
    return select(c.interview, c.part, c.first, c.answer, c.kind).order_by(
        c.interview, c.part, c.position, c.id
    )
