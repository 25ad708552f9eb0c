"""What the lists and the dashboard show, read in a constant number of statements however long
the job search grows: pages of applications (search and filters done in SQL), a few names per
board column with the column's count, and the feedback counts as aggregates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    cast,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session, joinedload, selectinload

from furikaeri.store.access import uid
from furikaeri.store.models import (
    APPLICATION_STATUS_LABELS,
    STAGES,
    Application,
    FeedbackRequest,
    Interview,
    Notice,
    Rejection,
    Reply,
)

PER_PAGE = 20

# The pages' reads select the columns they show from the tables (Core), not ORM objects:
# building an object per row (and its relationships) cost more than the query itself.
_apps = Application.__table__
_interviews = Interview.__table__
_rejections = Rejection.__table__
_requests = FeedbackRequest.__table__
_notices = Notice.__table__


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


def _filter_values(user: int, f: AppFilter) -> dict[str, Any]:
    values: dict[str, Any] = {
        "user": user,
        "status": f.status,
        "stage": f.stage,
        "result": f.result,
    }
    if f.q:
        values["q"] = _like(f.q.strip())
    return values


def _filtered(stmt: Select[Any], shape: tuple[bool, bool, bool, bool]) -> Select[Any]:
    """``stmt`` limited to the user and the filters present in ``shape`` (q, status, stage,
    result), their values bound at execution (see _filter_values)."""
    q, status, stage, result = shape
    stmt = stmt.where(_apps.c.user_id == bindparam("user"))
    if q:
        pattern: Any = bindparam("q")
        stmt = stmt.where(
            or_(
                _apps.c.company.like(pattern, escape="\\"),
                _apps.c.job_title.like(pattern, escape="\\"),
            )
        )
    if status:
        stmt = stmt.where(_apps.c.status == bindparam("status"))
    if stage:
        stmt = stmt.where(_apps.c.stage == bindparam("stage"))
    if result:
        stmt = stmt.where(
            exists().where(
                and_(
                    _interviews.c.application_id == _apps.c.id,
                    _interviews.c.result == bindparam("result"),
                )
            )
        )
    return stmt


def _shape(f: AppFilter) -> tuple[bool, bool, bool, bool]:
    return (bool(f.q), bool(f.status), bool(f.stage), bool(f.result))


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """What the applications list shows of one application."""

    id: int
    company: str
    job_title: str
    status: str
    stage: str
    channel: str
    applied_on: dt.date | None
    interview_count: int


def search_applications(
    session: Session,
    flt: AppFilter | None = None,
    *,
    page: int = 1,
    per_page: int = PER_PAGE,
    user_id: int | None = None,
) -> Page:
    """One page of applications (:class:`ApplicationRow`), most recently changed first, each
    with its number of interviews. Two statements, built once per combination of filters."""
    flt = flt or AppFilter()
    shape = _shape(flt)
    values = _filter_values(uid(session, user_id), flt)
    total = session.execute(_count_applications(shape), values).scalar() or 0
    page = min(max(1, page), max(1, -(-total // per_page)))
    values.update(limit=per_page, offset=(page - 1) * per_page)
    rows = session.execute(_page_of_applications(shape), values).all()
    return Page([ApplicationRow(*row) for row in rows], total, page, per_page)


@lru_cache(maxsize=32)
def _count_applications(shape: tuple[bool, bool, bool, bool]) -> Select[Any]:
    return _filtered(select(func.count(_apps.c.id)), shape)


def _no_interview() -> list[str]:
    from furikaeri.vocabulary import vocabulary

    return [s.name for s in vocabulary().stages if not s.interview]


@lru_cache(maxsize=32)
def _page_of_applications(shape: tuple[bool, bool, bool, bool]) -> Select[Any]:
    # A 書類 rejection is recorded on a round of its own; it is no interview (「面接 1回」).
    spoken = or_(_interviews.c.stage.is_(None), _interviews.c.stage.not_in(_no_interview()))
    interviews = (
        select(func.count(_interviews.c.id))
        .where(_interviews.c.application_id == _apps.c.id, spoken)
        .scalar_subquery()
    )
    a = _apps.c
    columns = (a.id, a.company, a.job_title, a.status, a.stage, a.channel, a.applied_on)
    return (
        _filtered(select(*columns, interviews), shape)
        .order_by(a.updated_at.desc(), a.id.desc())
        .limit(bindparam("limit", type_=Integer()))
        .offset(bindparam("offset", type_=Integer()))
    )


@dataclass(frozen=True, slots=True)
class BoardRow:
    id: int
    company: str
    status: str
    stage: str  # the column's stage: an active application's, "" for a closed one
    count: int  # the column's size


def board_rows(
    session: Session,
    *,
    per_column: int,
    include_archived: bool = True,
    user_id: int | None = None,
) -> list[BoardRow]:
    """The ``per_column`` most recently changed applications of each board column (active ones
    by stage, closed ones by status) with the column's size. Two statements: the counts, then
    each column's first rows (a UNION ALL of index range scans), so the cost does not grow
    with the applications a column holds. ``include_archived=False`` leaves out what the user
    hid from the dashboard. Both statements are built once per shape (the columns there are)
    with bound values: building them cost more than running them."""
    user = uid(session, user_id)
    counts = _column_counts(session.execute(_board_counts(include_archived), {"user": user}).all())
    if not counts:
        return []
    return _board_of(
        session, counts, user, include_archived=include_archived, per_column=per_column
    )


def _column_counts(rows: Any) -> list[tuple[str, str, int]]:
    """(status, stage, count) per board column from counts per (status, stage): a closed
    application's column is its status alone. Sorted by (status, stage), the order SQLite's
    GROUP BY gave when the statement folded the stages itself."""
    columns: dict[tuple[str, str], int] = {}
    for status, stage, count in rows:
        key = (status, stage if status == "active" else "")
        columns[key] = columns.get(key, 0) + int(count)
    return [(status, stage, n) for (status, stage), n in sorted(columns.items())]


def _shown(include_archived: bool) -> Any:
    return true() if include_archived else _apps.c.archived.is_(False)


@lru_cache(maxsize=4)
def _board_counts(include_archived: bool) -> Select[Any]:
    # Grouped by the columns of an index, (user_id, archived, status, stage): read from the
    # index alone, in its order (migration 0007).
    a = _apps.c
    return (
        select(a.status, a.stage, func.count())
        .where(a.user_id == bindparam("user"), _shown(include_archived))
        .group_by(a.status, a.stage)
    )


@lru_cache(maxsize=256)
def _board_parts(shape: tuple[bool, ...], include_archived: bool, per_column: int) -> Any:
    """(column index, id, company) of each column's first rows; ``shape``: whether each column
    is of active applications (by stage) or closed ones (by status)."""
    parts = [
        _first_rows(i, active, include_archived=include_archived, per_column=per_column)
        .subquery()
        .select()
        for i, active in enumerate(shape)
    ]
    return union_all(*parts)


def _first_rows(i: int, active: bool, *, include_archived: bool, per_column: int) -> Any:
    """(i, id, company) of the ``per_column`` most recently changed applications of the
    column bound as ``status_{i}`` (and ``stage_{i}`` when ``active``), through the index
    (user, status, stage or updated_at)."""
    a = _apps.c
    part: Any = select(literal_column(str(i)).label("col"), a.id, a.company).where(
        a.user_id == bindparam("user"),
        a.status == bindparam(f"status_{i}"),
        _shown(include_archived),
    )
    if active:
        part = part.where(a.stage == bindparam(f"stage_{i}"))
    return part.order_by(a.updated_at.desc(), a.id.desc()).limit(per_column)


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
    shape = (limit, since is not None, unsent, from_mail_without_request, include_archived)
    stmt = _recent_rejections(*shape, with_requests)
    params: dict[str, Any] = {"user": uid(session, user_id), "since": since}
    return list(session.scalars(stmt, params))


@lru_cache(maxsize=32)
def _recent_rejections(
    limit: int | None,
    since: bool,
    unsent: bool,
    from_mail_without_request: bool,
    include_archived: bool,
    with_requests: bool,
) -> Select[Any]:
    """The statement of :func:`recent_rejections`, built once per combination of options
    (the user and the date bound)."""
    # The one application of each rejection joined in the same statement (many-to-one: no
    # row is repeated, LIMIT still counts rejections).
    options: list[Any] = [joinedload(Rejection.application)]
    if with_requests:
        options.append(selectinload(Rejection.feedback_requests))
    stmt = (
        select(Rejection)
        .where(Rejection.user_id == bindparam("user"))
        .options(*options)
        .order_by(Rejection.date.desc(), Rejection.id.desc())
    )
    if since:
        stmt = stmt.where(Rejection.date >= bindparam("since", type_=Date()))
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
    return stmt


@dataclass(frozen=True, slots=True)
class RejectionRow:
    """What the dashboard's lists show of one rejection."""

    id: int
    company: str
    stage: str
    date: dt.date | None
    notice_id: int | None
    request_statuses: tuple[str, ...] = ()  # its feedback requests' statuses, oldest first


def rejection_rows(
    session: Session,
    *,
    limit: int,
    since: dt.date | None = None,
    unsent: bool = False,
    include_archived: bool = True,
    with_statuses: bool = False,
    user_id: int | None = None,
) -> list[RejectionRow]:
    """The latest ``limit`` rejections (newest first) as :class:`RejectionRow`, in one
    statement: the same rows as :func:`recent_rejections` with these options, with the
    company and (``with_statuses``) the requests' statuses instead of loaded objects."""
    stmt = _rejection_rows(limit, since is not None, unsent, include_archived, with_statuses)
    params = {"user": uid(session, user_id), "since": since}
    rows = session.execute(stmt, params).all()
    if not with_statuses:
        return [RejectionRow(*row) for row in rows]
    found: dict[int, tuple[Any, list[str]]] = {}
    for row in rows:
        statuses = found.setdefault(row[0], (row, []))[1]
        if row[-1] is not None:
            statuses.append(row[-1])
    return [
        RejectionRow(row[0], row[1], row[2], row[3], row[4], tuple(statuses))
        for row, statuses in found.values()
    ]


@lru_cache(maxsize=32)
def _rejection_rows(
    limit: int, since: bool, unsent: bool, include_archived: bool, with_statuses: bool
) -> Select[Any]:
    """The statement of :func:`rejection_rows`, built once per combination of options."""
    r, a = _rejections.c, _apps.c
    stmt = (
        select(r.id, a.company, r.stage, r.date, r.notice_id)
        .select_from(_rejections.join(_apps, a.id == r.application_id))
        .where(r.user_id == bindparam("user"))
        .order_by(r.date.desc(), r.id.desc())
        .limit(limit)
    )
    if since:
        stmt = stmt.where(r.date >= bindparam("since", type_=Date()))
    if unsent:
        fr = _requests.c
        stmt = stmt.where(~exists().where(fr.rejection_id == r.id, fr.status != "drafted"))
    if not include_archived:
        stmt = stmt.where(a.archived.is_not(True))
    if not with_statuses:
        return stmt
    top = stmt.subquery()
    fr = _requests.c
    return (
        select(top, fr.status)
        .select_from(top.outerjoin(_requests, fr.rejection_id == top.c.id))
        .order_by(top.c.date.desc(), top.c.id.desc(), fr.id)
    )


@dataclass(frozen=True)
class DashboardCounts:
    archived: int  # applications hidden from the dashboard
    unconfirmed: int  # notices filed from mail, not yet confirmed
    named: bool  # an application of one of the companies asked about exists


def dashboard_counts(
    session: Session, *, companies: tuple[str, ...] = (), user_id: int | None = None
) -> DashboardCounts:
    """The dashboard's counts in one statement: the hidden applications, the unconfirmed
    notices, and whether an application of one of ``companies`` exists (the demo's, for its
    remove button). The reply rate is furikaeri.reply_rate's."""
    stmt = _dashboard_counts(tuple(companies))
    archived, unconfirmed, found = session.execute(stmt, {"user": uid(session, user_id)}).one()
    return DashboardCounts(int(archived), int(unconfirmed), bool(found))


@lru_cache(maxsize=8)
def _dashboard_counts(companies: tuple[str, ...]) -> Select[Any]:
    """Built once (per ``companies``), the user bound at execution."""
    user: Any = bindparam("user")
    a, n = _apps.c, _notices.c
    # Equalities rather than IN: an IN list is expanded into the SQL at every execution.
    named: Any = literal(False)
    if companies:
        named = exists().where(or_(*(a.company == c for c in companies)))
    return select(
        select(func.count(a.id)).where(a.user_id == user, a.archived.is_(True)).scalar_subquery(),
        select(func.count(n.id))
        .where(
            n.user_id == user,
            n.label != "other",
            n.confirmed.is_(False),
            n.application_id.is_not(None),
        )
        .scalar_subquery(),
        named,
    )


@dataclass(frozen=True, slots=True)
class RequestRow:
    """What the feedback list shows of one request, with its rejection's."""

    rejection_id: int
    company: str
    stage: str
    status: str
    sent_on: dt.date | None
    reply_count: int


def rejections_with_requests(
    session: Session, *, page: int = 1, per_page: int = PER_PAGE, user_id: int | None = None
) -> Page:
    """One page of the rejections that have a feedback request (newest first): its rows are
    their requests (:class:`RequestRow`, each rejection's oldest first), ``total`` counts the
    rejections. Two statements, built once."""
    statements = _requests_page()
    params: dict[str, Any] = {"user": uid(session, user_id)}
    total = session.execute(statements[0], params).scalar() or 0
    page = min(max(1, page), max(1, -(-total // per_page)))
    params.update(limit=per_page, offset=(page - 1) * per_page)
    rows = session.execute(statements[1], params).all()
    return Page([RequestRow(*row) for row in rows], total, page, per_page)


@cache
def _requests_page() -> tuple[Select[Any], Select[Any]]:
    """(count, page) statements of :func:`rejections_with_requests`."""
    r, a, fr = _rejections.c, _apps.c, _requests.c
    where = (r.user_id == bindparam("user"), exists().where(fr.rejection_id == r.id))
    count = select(func.count(r.id)).where(*where)
    top = (
        select(r.id, a.company, r.stage, r.date)
        .select_from(_rejections.join(_apps, a.id == r.application_id))
        .where(*where)
        .order_by(r.date.desc(), r.id.desc())
        .limit(bindparam("limit", type_=Integer()))
        .offset(bindparam("offset", type_=Integer()))
        .subquery()
    )
    replies = Reply.__table__.c
    reply_count = (
        select(func.count(replies.id)).where(replies.feedback_request_id == fr.id).scalar_subquery()
    )
    rows = (
        select(top.c.id, top.c.company, top.c.stage, fr.status, fr.sent_on, reply_count)
        .select_from(top.join(_requests, fr.rejection_id == top.c.id))
        .order_by(top.c.date.desc(), top.c.id.desc(), fr.id)
    )
    return count, rows


# --- the dashboard in fewer statements (s4-perf) ---
# Each statement costs SQLAlchemy ~0.1 ms on this machine however little SQLite does, so the
# dashboard's reads that can share a statement do: the board's counts carry the dashboard's
# counts, and the week's unsent rejections come with the recent ones.


def dashboard_board(
    session: Session,
    *,
    per_column: int,
    companies: tuple[str, ...] = (),
    user_id: int | None = None,
) -> tuple[list[BoardRow], DashboardCounts]:
    """``board_rows(include_archived=False)`` and ``dashboard_counts(companies=...)`` in one
    statement instead of three (a UNION ALL): the counts per column, the dashboard's counts,
    and the first rows of every column the board can have (:func:`_known_columns`; an empty
    one reads nothing). A column of an active stage outside those (an old stage name) has its
    first rows read by a second statement."""
    user = uid(session, user_id)
    known = _known_columns()
    params: dict[str, Any] = {"user": user}
    for i, (status, stage) in enumerate(known):
        params[f"status_{i}"], params[f"stage_{i}"] = status, stage
    rows = session.execute(_board_counts_and_rows(tuple(companies), per_column), params).all()
    counts = DashboardCounts(0, 0, False)
    per_column_rows = []
    first: dict[int, list[tuple[int, str]]] = {}
    for part, status, stage, company, n, m, k in rows:
        if part == 0:
            per_column_rows.append((status, stage, n))
        elif part == 1:
            counts = DashboardCounts(int(n), int(m), bool(k))
        else:  # n: an application's id, m: its column's index in `known`
            first.setdefault(int(m), []).append((int(n), company))
    columns = _column_counts(per_column_rows)
    index = {key: i for i, key in enumerate(known)}
    other = [c for c in columns if (c[0], c[1]) not in index]
    read: dict[tuple[str, str], list[BoardRow]] = {}
    if other:
        for row in _board_of(session, other, user, include_archived=False, per_column=per_column):
            read.setdefault((row.status, row.stage), []).append(row)
    board = []
    for status, stage, n in columns:
        if (status, stage) in index:
            found = first.get(index[(status, stage)], [])
            board += [BoardRow(app_id, company, status, stage, n) for app_id, company in found]
        else:
            board += read.get((status, stage), [])
    return board, counts


@cache
def _known_columns() -> tuple[tuple[str, str], ...]:
    """(status, stage) of the board's usual columns: the active applications of no stage yet
    and of each offered stage (data/vocabulary.toml), then each closed status."""
    active = [("active", stage) for stage in ("", *STAGES)]
    closed = [(status, "") for status in APPLICATION_STATUS_LABELS if status != "active"]
    return (*active, *closed)


@lru_cache(maxsize=8)
def _board_counts_and_rows(companies: tuple[str, ...], per_column: int) -> Any:
    """(part, status, stage, company, n, m, k): part 0 per (status, stage) of the shown
    applications (n the count), part 1 the dashboard's counts (n hidden applications, m
    unconfirmed notices, k 1 when a named company exists), part 2 the first rows of each
    known column (company, n the id, m the column's index)."""
    a = _apps.c
    zero: Any = literal_column("0")
    empty: Any = literal_column("''")
    no_text: Any = cast(null(), String())
    grouped = (
        select(zero, a.status, a.stage, no_text, func.count(), zero, zero)
        .where(a.user_id == bindparam("user"), _shown(False))
        .group_by(a.status, a.stage)
    )
    hidden, unconfirmed, named = _dashboard_counts(companies).selected_columns
    counts = select(
        literal_column("1"), empty, empty, no_text, hidden, unconfirmed, case((named, 1), else_=0)
    )
    shape = tuple(status == "active" for status, _ in _known_columns())
    firsts = []
    for i, active in enumerate(shape):
        part = _first_rows(i, active, include_archived=False, per_column=per_column).subquery()
        p = part.c
        firsts.append(select(literal_column("2"), empty, empty, p.company, p.id, p.col, zero))
    return union_all(grouped, counts, *firsts)


def _board_of(
    session: Session,
    counts: list[tuple[str, str, int]],
    user: int,
    *,
    include_archived: bool,
    per_column: int,
) -> list[BoardRow]:
    """Each column's first rows (board_rows' second statement) for the columns ``counts``."""
    shape = tuple(status == "active" for status, _, _ in counts)
    params: dict[str, Any] = {"user": user}
    for i, (status, stage, _) in enumerate(counts):
        params[f"status_{i}"], params[f"stage_{i}"] = status, stage
    rows = session.execute(_board_parts(shape, include_archived, per_column), params).all()
    return [
        BoardRow(app_id, company, counts[col][0], counts[col][1], counts[col][2])
        for col, app_id, company in rows
    ]


def dashboard_rejections(
    session: Session,
    *,
    since: dt.date,
    unsent_limit: int,
    recent_limit: int,
    user_id: int | None = None,
) -> tuple[list[RejectionRow], list[RejectionRow]]:
    """(``rejection_rows(since=since, unsent=True, limit=unsent_limit)``,
    ``rejection_rows(limit=recent_limit, include_archived=False, with_statuses=True)``) in one
    statement (a UNION ALL of the two, each part in its own order)."""
    stmt = _dashboard_rejections(unsent_limit, recent_limit)
    rows = session.execute(stmt, {"user": uid(session, user_id), "since": since}).all()
    unsent = [RejectionRow(*row[1:6]) for row in rows if row[0] == 0]
    recent: dict[int, tuple[Any, list[str]]] = {}
    for row in rows:
        if row[0] == 1:
            statuses = recent.setdefault(row[1], (row, []))[1]
            if row[6] is not None:
                statuses.append(row[6])
    return unsent, [
        RejectionRow(row[1], row[2], row[3], row[4], row[5], tuple(statuses))
        for row, statuses in recent.values()
    ]


def rejections_via_agent(
    session: Session, rejection_ids: list[int], *, user_id: int | None = None
) -> set[int]:
    """Those of these rejections whose application went through an agent (one query): their
    feedback is asked of the career advisor, not the company."""
    if not rejection_ids:
        return set()
    stmt = (
        select(Rejection.id)
        .join(Application, Application.id == Rejection.application_id)
        .where(
            Rejection.user_id == uid(session, user_id),
            Rejection.id.in_(rejection_ids),
            Application.channel == "agent",
        )
    )
    return {int(i) for i in session.scalars(stmt)}


@lru_cache(maxsize=8)
def _dashboard_rejections(unsent_limit: int, recent_limit: int) -> Any:
    """(part, id, company, stage, date, notice_id, request status, request id): part 0 the
    unsent rejections since the bound date, part 1 the recent ones with their requests."""
    # The same statements as rejection_rows' (their ORDER BY and LIMIT inside each part).
    unsent = _rejection_rows(unsent_limit, True, True, True, False).subquery()
    top = _rejection_rows(recent_limit, False, False, False, False).subquery()
    u, t, fr = unsent.c, top.c, _requests.c
    first = select(
        literal_column("0").label("part"),
        u.id,
        u.company,
        u.stage,
        u.date,
        u.notice_id,
        cast(null(), String()).label("status"),
        cast(null(), Integer()).label("request_id"),
    )
    second = select(
        literal_column("1"), t.id, t.company, t.stage, t.date, t.notice_id, fr.status, fr.id
    ).select_from(top.outerjoin(_requests, fr.rejection_id == t.id))
    parts = union_all(first, second).subquery()
    p = parts.c
    return select(parts).order_by(p.part, p.date.desc(), p.id.desc(), p.request_id)
