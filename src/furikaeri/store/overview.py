"""What the lists and the dashboard show, read in a constant number of statements however long
the job search grows: pages of applications (search and filters done in SQL), a few names per
board column with the column's count, and the feedback counts as aggregates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, case, exists, func, literal, or_, select, true, union_all
from sqlalchemy.orm import Session, joinedload, selectinload

from furikaeri.store.access import uid
from furikaeri.store.models import (
    Application,
    FeedbackRequest,
    Interview,
    Notice,
    Rejection,
    Reply,
)

PER_PAGE = 20


@dataclass(frozen=True)
class AppFilter:
    """A search of the applications list; empty strings mean no filter."""

    q: str = ""
    status: str = ""
    stage: str = ""
    result: str = ""  # an interview result any of the application's interviews has

    def params(self) -> dict[str, str]:
        return {k: v for k, v in vars(self).items() if v}


@dataclass
class Page:
    rows: list[Any]
    total: int
    page: int
    per_page: int = PER_PAGE
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, -(-self.total // self.per_page))


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(stmt: Select[Any], user: int, f: AppFilter) -> Select[Any]:
    stmt = stmt.where(Application.user_id == user)
    if f.q:
        pattern = _like(f.q.strip())
        stmt = stmt.where(
            or_(
                Application.company.like(pattern, escape="\\"),
                Application.job_title.like(pattern, escape="\\"),
            )
        )
    if f.status:
        stmt = stmt.where(Application.status == f.status)
    if f.stage:
        stmt = stmt.where(Application.stage == f.stage)
    if f.result:
        stmt = stmt.where(
            exists().where(
                and_(Interview.application_id == Application.id, Interview.result == f.result)
            )
        )
    return stmt


def search_applications(
    session: Session,
    flt: AppFilter | None = None,
    *,
    page: int = 1,
    per_page: int = PER_PAGE,
    user_id: int | None = None,
) -> Page:
    """One page of applications, most recently changed first, with their interviews loaded."""
    flt = flt or AppFilter()
    user = uid(session, user_id)
    total = session.scalar(_filtered(select(func.count(Application.id)), user, flt)) or 0
    page = min(max(1, page), max(1, -(-total // per_page)))
    stmt = (
        _filtered(select(Application), user, flt)
        .options(selectinload(Application.interviews))
        .order_by(Application.updated_at.desc(), Application.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return Page(list(session.scalars(stmt)), total, page, per_page)


def application_choices(session: Session, *, user_id: int | None = None) -> list[Any]:
    """(id, company, status, stage) of every application, newest first: for a select box."""
    stmt = (
        select(Application.id, Application.company, Application.status, Application.stage)
        .where(Application.user_id == uid(session, user_id))
        .order_by(Application.updated_at.desc(), Application.id.desc())
    )
    return list(session.execute(stmt))


def board_rows(
    session: Session,
    *,
    per_column: int,
    include_archived: bool = True,
    user_id: int | None = None,
) -> list[Any]:
    """(id, company, status, stage, count): the ``per_column`` most recently changed
    applications of each board column (active ones by stage, closed ones by status) with the
    column's size. Two statements: the counts, then each column's first rows (a UNION ALL of
    index range scans), so the cost does not grow with the applications a column holds.
    ``include_archived=False`` leaves out what the user hid from the dashboard."""
    user = uid(session, user_id)
    shown = Application.archived.is_(False) if not include_archived else true()
    column_stage = case((Application.status == "active", Application.stage), else_="")
    counts = session.execute(
        select(Application.status, column_stage, func.count())
        .where(Application.user_id == user, shown)
        .group_by(Application.status, column_stage)
    ).all()
    if not counts:
        return []
    parts = []
    for status, stage, count in counts:
        part = select(
            Application.id,
            Application.company,
            Application.status,
            literal(stage).label("stage"),
            literal(count).label("count"),
        ).where(Application.user_id == user, Application.status == status, shown)
        if status == "active":
            part = part.where(Application.stage == stage)
        order = (Application.updated_at.desc(), Application.id.desc())
        parts.append(part.order_by(*order).limit(per_column).subquery().select())
    return list(session.execute(union_all(*parts)))


def recent_rejections(
    session: Session,
    *,
    limit: int | None = None,
    since: dt.date | None = None,
    unsent: bool = False,
    from_mail_without_request: bool = False,
    include_archived: bool = True,
    with_requests: bool = True,
    user_id: int | None = None,
) -> list[Rejection]:
    """The latest rejections (newest first), with the company and (``with_requests``) the
    requests loaded; ``since`` a date, ``unsent`` only those whose feedback request has not been
    sent, ``from_mail_without_request`` those filed from a mail with no request drafted yet."""
    # The one application of each rejection joined in the same statement (many-to-one: no
    # row is repeated, LIMIT still counts rejections).
    options: list[Any] = [joinedload(Rejection.application)]
    if with_requests:
        options.append(selectinload(Rejection.feedback_requests))
    stmt = (
        select(Rejection)
        .where(Rejection.user_id == uid(session, user_id))
        .options(*options)
        .order_by(Rejection.date.desc(), Rejection.id.desc())
    )
    if since is not None:
        stmt = stmt.where(Rejection.date >= since)
    if unsent:
        sent = exists().where(
            FeedbackRequest.rejection_id == Rejection.id, FeedbackRequest.status != "drafted"
        )
        stmt = stmt.where(~sent)
    if from_mail_without_request:
        drafted = exists().where(FeedbackRequest.rejection_id == Rejection.id)
        stmt = stmt.where(Rejection.notice_id.is_not(None), ~drafted)
    if not include_archived:
        hidden = exists().where(
            Application.id == Rejection.application_id, Application.archived.is_(True)
        )
        stmt = stmt.where(~hidden)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def feedback_counts(session: Session, *, user_id: int | None = None) -> tuple[int, int]:
    """(sent, answered) feedback requests: a request counts as answered when marked replied or
    declined, or when a reply is recorded."""
    replied = exists().where(Reply.feedback_request_id == FeedbackRequest.id)
    answered = or_(FeedbackRequest.status.in_(("replied", "declined")), replied)
    stmt = select(
        func.count(FeedbackRequest.id),
        func.count(FeedbackRequest.id).filter(answered),
    ).where(FeedbackRequest.user_id == uid(session, user_id), FeedbackRequest.status != "drafted")
    sent, done = session.execute(stmt).one()
    return int(sent), int(done)


@dataclass(frozen=True)
class DashboardCounts:
    sent: int  # feedback requests sent
    answered: int  # of which answered (as feedback_counts)
    archived: int  # applications hidden from the dashboard
    unconfirmed: int  # notices filed from mail, not yet confirmed
    named: bool  # an application of one of the companies asked about exists


def dashboard_counts(
    session: Session, *, companies: tuple[str, ...] = (), user_id: int | None = None
) -> DashboardCounts:
    """The dashboard's counts in one statement: the feedback counts (as
    :func:`feedback_counts`) and, as scalar subqueries, the hidden applications, the
    unconfirmed notices, and whether an application of one of ``companies`` exists (the
    demo's, for its remove button)."""
    user = uid(session, user_id)
    replied = exists().where(Reply.feedback_request_id == FeedbackRequest.id)
    answered = or_(FeedbackRequest.status.in_(("replied", "declined")), replied)
    sent_where = (FeedbackRequest.user_id == user, FeedbackRequest.status != "drafted")
    named = exists().where(Application.company.in_(companies)) if companies else literal(False)
    stmt = select(
        func.count(FeedbackRequest.id),
        func.count(FeedbackRequest.id).filter(answered),
        select(func.count(Application.id))
        .where(Application.user_id == user, Application.archived.is_(True))
        .scalar_subquery(),
        select(func.count(Notice.id))
        .where(
            Notice.user_id == user,
            Notice.label != "other",
            Notice.confirmed.is_(False),
            Notice.application_id.is_not(None),
        )
        .scalar_subquery(),
        named,
    ).where(*sent_where)  # an aggregate: one row even with no request
    sent, done, archived, unconfirmed, found = session.execute(stmt).one()
    return DashboardCounts(int(sent), int(done), int(archived), int(unconfirmed), bool(found))


def rejections_with_requests(
    session: Session, *, page: int = 1, per_page: int = PER_PAGE, user_id: int | None = None
) -> Page:
    """One page of the rejections that have a feedback request (newest first), with the
    company, the requests and their replies loaded."""
    user = uid(session, user_id)
    has_request = exists().where(FeedbackRequest.rejection_id == Rejection.id)
    where = (Rejection.user_id == user, has_request)
    total = session.scalar(select(func.count(Rejection.id)).where(*where)) or 0
    page = min(max(1, page), max(1, -(-total // per_page)))
    stmt = (
        select(Rejection)
        .where(*where)
        .options(
            joinedload(Rejection.application),
            selectinload(Rejection.feedback_requests).selectinload(FeedbackRequest.replies),
        )
        .order_by(Rejection.date.desc(), Rejection.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return Page(list(session.scalars(stmt)), total, page, per_page)
