"""Applications (応募): the company, what the candidate knows of it, the posting and the channel."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import bindparam, case, delete, func, or_, select
from sqlalchemy.orm import Session, selectinload

from furikaeri.dates import ja_date
from furikaeri.store.access import (
    Recorded,
    apply_changes,
    check_version,
    holds,
    owned,
    possible_id,
    same_recent,
    uid,
)
from furikaeri.store.models import (
    APPLICATION_STATUS_LABELS,
    CHANNEL_LABELS,
    QA,
    Application,
    Interview,
    Notice,
    Rejection,
)
from furikaeri.store.validation import Checker
from furikaeri.vocabulary import legal_form_pattern

_LEGAL_FORMS = re.compile(legal_form_pattern(latin=True), re.IGNORECASE)  # data/vocabulary.toml
# The fields an application has, in form order (the web form posts exactly these).
FIELDS = (
    "company",
    "company_profile",
    "job_title",
    "job_posting",
    "channel",
    "agent_name",
    "agent_company",
    "agent_email",
    "status",
    "stage",
    "applied_on",
    "industry",
    "job_type",
    "company_size",
)


def normalize_company(name: str) -> str:
    """The matching key of a company name: NFKC, no legal form (株式会社…), no spaces, lower."""
    text = unicodedata.normalize("NFKC", name)
    text = _LEGAL_FORMS.sub("", text)
    return re.sub(r"[\s・,.、。]+", "", text).lower()


def _checked(fields: dict[str, Any], today: dt.date | None) -> dict[str, Any]:
    check = Checker(today)
    out = dict(fields)
    if "company" in out:
        out["company"] = check.max_length(
            "company", check.required("company", out["company"], "会社名"), 200
        )
        check.one_line("company", out["company"], "会社名")
    for name, label in (("agent_name", "担当者名"), ("agent_company", "エージェント名")):
        if out.get(name):
            out[name] = check.max_length(name, check.one_line(name, out[name], label), 200)
    if out.get("job_title"):  # the column's length: PostgreSQL refuses a longer value (a 500)
        out["job_title"] = check.max_length("job_title", out["job_title"], 200)
    if out.get("stage"):  # free text like an interview's stage, within the column
        out["stage"] = check.max_length("stage", out["stage"].strip(), 50)
    if "channel" in out:
        check.choice("channel", out["channel"], CHANNEL_LABELS, "応募経路")
    if "status" in out:
        check.choice("status", out["status"], APPLICATION_STATUS_LABELS, "状況")
    if "agent_email" in out:
        out["agent_email"] = check.email("agent_email", out["agent_email"])
    if "applied_on" in out:
        out["applied_on"] = check.date("applied_on", out["applied_on"])
    for name, label in (("industry", "業界"), ("job_type", "職種")):
        if out.get(name):
            text = check.one_line(name, unicodedata.normalize("NFKC", out[name]).strip(), label)
            out[name] = check.max_length(name, text, 100)
    if out.get("company_size"):
        from furikaeri.retarget import company_sizes

        if out["company_size"] not in company_sizes():
            check.fail("company_size", "企業規模は一覧から選んでください。")
    check.done()
    if "company" in out:
        out["company_key"] = normalize_company(out["company"])
    return out


def same_application(
    session: Session,
    *,
    company: str,
    job_title: str = "",
    applied_on: dt.date | str | None = None,
    user_id: int | None = None,
    now: dt.datetime | None = None,
) -> Application | None:
    """The application with the same company (its matching key), position and applied date
    created within the last :data:`SAME_SUBMISSION_MINUTES` minutes: the same form submitted
    again (Back after a reload brings a new one-time token), not a second application."""
    key = normalize_company(company or "")
    if not key:
        return None
    if isinstance(applied_on, str):
        try:
            applied_on = dt.date.fromisoformat(applied_on.strip()) if applied_on.strip() else None
        except ValueError:
            return None
    return same_recent(
        session,
        Application,
        now=now,
        user_id=uid(session, user_id),
        company_key=key,
        job_title=(job_title or "").strip(),
        applied_on=applied_on,
    )


def create_application(
    session: Session,
    *,
    company: str = "",  # required: missing or blank is a ValidationError by the field
    company_profile: str = "",
    job_title: str = "",
    job_posting: str = "",
    channel: str = "direct",
    agent_name: str = "",
    agent_company: str = "",
    agent_email: str = "",
    status: str = "active",
    stage: str = "",
    applied_on: dt.date | str | None = None,
    industry: str = "",
    job_type: str = "",
    company_size: str = "",
    user_id: int | None = None,
    today: dt.date | None = None,
    flush: bool = True,
) -> Application:
    """Add an application. Raises ValidationError (Japanese, per field) on bad input.
    ``flush=False`` leaves the insert (and the id) to the session's next flush."""
    fields = {k: v for k, v in locals().items() if k in FIELDS}
    row = Application(user_id=uid(session, user_id), **_checked(fields, today))
    session.add(row)
    if flush:
        session.flush()
    return row


def record_application(
    session: Session, *, reuse_recent: bool, user_id: int | None = None, **fields: Any
) -> Recorded[Application]:
    """:func:`create_application` for a form. ``reuse_recent`` (the user did not confirm a
    second application): an identical one created in the last minutes
    (:func:`same_application`) is the same form posted again and is returned, nothing added."""
    same = None
    if reuse_recent:
        same = same_application(
            session,
            company=fields.get("company") or "",
            job_title=fields.get("job_title") or "",
            applied_on=fields.get("applied_on") or None,
            user_id=user_id,
        )
    if same is not None:
        return Recorded(same, reused=True)
    return Recorded(create_application(session, user_id=user_id, **fields), reused=False)


def update_application(
    session: Session,
    application_id: int,
    *,
    user_id: int | None = None,
    today: dt.date | None = None,
    version: str | None = None,
    **changes: Any,
) -> Application:
    """Change the given fields (same names as :func:`create_application`). ``version``: the
    row's version the edit form was opened with (``store.access.version_of``); a row changed
    since is refused (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown application fields: {sorted(unknown)}")
    row = owned(session, Application, application_id, user_id)
    checked = _checked(changes, today)
    check_version(row, version, same=holds(row, checked))
    if checked.get("applied_on"):
        _check_interviews_after(row, checked["applied_on"])
    apply_changes(row, checked)
    session.flush()
    return row


def close_without_answer(
    session: Session, application_id: int, *, user_id: int | None = None
) -> bool:
    """Close an application still in progress as 連絡なしで終了; False (nothing changed) when it
    has ended meanwhile, e.g. a rejection or an offer recorded after the page that offered the
    closing was opened: a result is never overwritten by the silence."""
    row = owned(session, Application, application_id, user_id)
    if row.status != "active":
        return False
    row.status = "no_answer"
    session.flush()
    return True


def _check_interviews_after(row: Application, applied_on: dt.date) -> None:
    first = min((i.date for i in row.interviews if i.date), default=None)
    if first is not None and first < applied_on:
        check = Checker()
        check.fail(
            "applied_on",
            f"この応募の面接日（{ja_date(first)}）より後の日付です。日付を確認してください。",
        )
        check.done()


def get_application(
    session: Session, application_id: int, *, user_id: int | None = None
) -> Application:
    """One application with its interviews and rejections loaded."""
    opts = (
        selectinload(Application.interviews).selectinload(Interview.qas),
        selectinload(Application.rejections),
    )
    return owned(session, Application, application_id, user_id, options=opts)


@dataclass(frozen=True, slots=True)
class InterviewLine:
    """An interview as an application's page lists it."""

    id: int
    stage: str
    date: dt.date | None
    result: str
    qa_count: int


@dataclass(frozen=True, slots=True)
class RejectionLine:
    """A rejection as an application's page lists it."""

    id: int
    stage: str
    date: dt.date | None


@dataclass(frozen=True)
class ApplicationPage:
    app: Application
    interviews: list[InterviewLine]  # in the order of Application.interviews
    rejections: list[RejectionLine]  # in the order of Application.rejections


def application_page(
    session: Session, application_id: int, *, user_id: int | None = None
) -> ApplicationPage:
    """One application, its interviews (with their number of Q&A) and its rejections as rows:
    three statements, and no object beyond the application."""
    app = owned(session, Application, application_id, user_id)
    interviews_stmt, rejections_stmt = _page_statements()
    params = {"app": app.id}
    interviews = [InterviewLine(*row) for row in session.execute(interviews_stmt, params).all()]
    rejections = [RejectionLine(*row) for row in session.execute(rejections_stmt, params).all()]
    return ApplicationPage(app, interviews, rejections)


@cache
def _page_statements() -> tuple[Any, Any]:
    iv, qa, rej = Interview.__table__.c, QA.__table__.c, Rejection.__table__.c
    answers = select(func.count(qa.id)).where(qa.interview_id == iv.id).scalar_subquery()
    interviews = (
        select(iv.id, iv.stage, iv.date, iv.result, answers)
        .where(iv.application_id == bindparam("app"))
        .order_by(iv.date, iv.id)
    )
    rejections = (
        select(rej.id, rej.stage, rej.date)
        .where(rej.application_id == bindparam("app"))
        .order_by(rej.id)
    )
    return interviews, rejections


def list_applications(
    session: Session, *, user_id: int | None = None, status: str | None = None
) -> list[Application]:
    """All applications, most recently changed first, with interviews and rejections loaded."""
    stmt = (
        select(Application)
        .where(Application.user_id == uid(session, user_id))
        .options(
            selectinload(Application.interviews).selectinload(Interview.qas),
            selectinload(Application.rejections),
        )
        .order_by(Application.updated_at.desc(), Application.id.desc())
    )
    if status is not None:
        stmt = stmt.where(Application.status == status)
    return list(session.scalars(stmt))


def find_application(
    session: Session, company: str, *, user_id: int | None = None
) -> Application | None:
    """The latest application to ``company`` (matched on :func:`normalize_company`)."""
    key = normalize_company(company)
    if not key:
        return None
    stmt = (
        select(Application)
        .where(Application.user_id == uid(session, user_id), Application.company_key == key)
        .order_by(Application.id.desc())
        .limit(1)
    )
    return session.scalar(stmt)


def delete_application(
    session: Session, application_id: int, *, user_id: int | None = None
) -> None:
    """Delete an application and everything under it (interviews, rejections, requests…),
    and the notices filed under it: left behind, a notice's Message-ID made a later import of
    the same mail a duplicate that recorded nothing, and it came back on the confirm page."""
    app = owned(session, Application, application_id, user_id)
    notices = select(Notice.id).where(Notice.application_id == app.id)
    notice_ids = list(session.scalars(notices))
    session.delete(app)
    session.flush()
    if notice_ids:
        session.execute(delete(Notice).where(Notice.id.in_(notice_ids)))
        session.flush()


# --- choosing an application in a form ------------------------------------------------------

CHOICES = 50  # a select offers this many applications; a search finds the rest


@dataclass(frozen=True)
class ApplicationChoice:
    id: int
    company: str
    job_title: str
    status: str
    stage: str


def choose_applications(
    session: Session,
    *,
    q: str = "",
    include: Iterable[int | None] = (),
    with_posting: bool = False,
    limit: int = CHOICES,
    user_id: int | None = None,
) -> list[ApplicationChoice]:
    """Applications for a select box, in at most two statements whatever their number: the
    ``limit`` most recent, open ones (選考中) first, whose company or job title contains ``q``
    (width and case folded as the company key is), plus the ``include`` ids (the one already
    chosen) wherever they are. ``with_posting``: only those with a stored posting."""
    found = choice_page(
        session, q=q, include=include, with_posting=with_posting, per_page=limit, user_id=user_id
    )
    return found.choices


@dataclass(frozen=True)
class ChoicePage:
    """One page of :func:`choice_page`: ``more`` when a next page has applications."""

    choices: list[ApplicationChoice]
    page: int
    more: bool


MAX_CHOICE_PAGE = 1000  # a page number past this is read as this (no offset grows unbounded)


def choice_page(
    session: Session,
    *,
    q: str = "",
    include: Iterable[int | None] = (),
    with_posting: bool = False,
    page: int = 1,
    per_page: int = CHOICES,
    user_id: int | None = None,
) -> ChoicePage:
    """Page ``page`` of :func:`choose_applications`' order (pages of ``per_page``), plus the
    ``include`` ids not on it: at most two statements."""
    user = uid(session, user_id)
    page = min(max(1, page), MAX_CHOICE_PAGE)
    columns = (Application.id, Application.company, Application.job_title, Application.status)
    stmt = select(*columns, Application.stage).where(Application.user_id == user)
    if with_posting:
        stmt = stmt.where(Application.job_posting != "")
    words = unicodedata.normalize("NFKC", q).strip()
    if words:
        like = "%" + re.sub(r"([%_\\])", r"\\\1", words) + "%"
        key = "%" + re.sub(r"([%_\\])", r"\\\1", normalize_company(words)) + "%"
        stmt = stmt.where(
            or_(
                Application.company.like(like, escape="\\"),
                Application.company_key.like(key, escape="\\"),
                Application.job_title.like(like, escape="\\"),
            )
        )
    open_first = case((Application.status == "active", 0), else_=1)
    order = (open_first, Application.updated_at.desc(), Application.id.desc())
    stmt = stmt.order_by(*order).offset((page - 1) * per_page).limit(per_page + 1)
    rows = list(session.execute(stmt))
    more, rows = len(rows) > per_page, rows[:per_page]
    wanted = {int(i) for i in include if i and possible_id(int(i))} - {int(r[0]) for r in rows}
    if wanted:
        extra = select(*columns, Application.stage).where(
            Application.user_id == user, Application.id.in_(wanted)
        )
        rows = list(session.execute(extra)) + rows
    choices = [ApplicationChoice(int(i), c, j or "", st, sg or "") for i, c, j, st, sg in rows]
    return ChoicePage(choices, page, more)


def applications_with_posting(
    session: Session, *, limit: int = CHOICES, user_id: int | None = None
) -> list[Application]:
    """The ``limit`` most recent applications with a stored posting, with their rejections
    (not their interviews): what the 必須条件 page compares. Two statements."""
    stmt = (
        select(Application)
        .where(Application.user_id == uid(session, user_id), Application.job_posting != "")
        .options(selectinload(Application.rejections))
        .order_by(Application.updated_at.desc(), Application.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))
