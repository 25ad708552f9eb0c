"""Recruiting mail (notices) and rejections. :func:`record_notice` is what the mail import calls:
it files a classified notice, creates or updates the application, and records a rejection."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, joinedload, selectinload

from furikaeri.store.access import owned, uid
from furikaeri.store.applications import create_application, normalize_company
from furikaeri.store.models import (
    Application,
    FeedbackRequest,
    FormToken,
    Interview,
    Notice,
    Rejection,
    utcnow,
)
from furikaeri.store.stages import (
    passed_interview,
    rejected_interview,
    stage_after_pass,
    takes_rejection,
)
from furikaeri.store.validation import Checker
from furikaeri.vocabulary import next_stage, stage_rank


class _Round(Protocol):
    @property
    def stage(self) -> str: ...
    @property
    def result(self) -> str: ...


R = TypeVar("R", bound=_Round)

_STATUS_BY_LABEL = {"rejection": "rejected", "offer": "offer"}


@dataclass(frozen=True)
class NoticeOutcome:
    """What :func:`record_notice` did. ``duplicate``: the message id was already filed."""

    notice: Notice
    application: Application | None
    rejection: Rejection | None
    duplicate: bool = False
    created_application: bool = False


def notice_key(body: str) -> str | None:
    """The content key of a notice: the same text pasted, or read from its .eml, gives the same
    key (width, spaces, line breaks and quote marks do not count). None for an empty body."""
    text = unicodedata.normalize("NFKC", body)
    text = re.sub(r"(?m)^[ \t]*(?:[>|][ \t]?)+", "", text)
    text = re.sub(r"\s+", "", text)
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None


def _find_duplicate(session: Session, user: int, message_id: str | None) -> Notice | None:
    if not message_id:
        return None
    stmt = select(Notice).where(Notice.user_id == user, Notice.message_id == message_id)
    return session.scalar(stmt)


def filed_message_ids(session: Session, *, user_id: int | None = None) -> set[str]:
    """Every Message-ID already filed for this user (one statement)."""
    stmt = select(Notice.message_id).where(
        Notice.user_id == uid(session, user_id), Notice.message_id.is_not(None)
    )
    return {str(m) for m in session.scalars(stmt)}


def find_notice(
    session: Session,
    *,
    application_id: int | None,
    body: str = "",
    message_id: str | None = None,
    user_id: int | None = None,
) -> Notice | None:
    """A notice already filed: the same Message-ID, or the same text for this application."""
    user = uid(session, user_id)
    seen = _find_duplicate(session, user, message_id)
    key = notice_key(body)
    if seen is None and key is not None and application_id is not None:
        stmt = select(Notice).where(
            Notice.user_id == user,
            Notice.application_id == application_id,
            Notice.content_key == key,
        )
        seen = session.scalar(stmt)
    return seen


def rejection_of(session: Session, notice: Notice) -> Rejection | None:
    """The rejection filed from this notice, if any."""
    return session.scalar(select(Rejection).where(Rejection.notice_id == notice.id).limit(1))


@dataclass(frozen=True)
class NoticeInput:
    """One classified notice to file (the keywords of :func:`record_notice`)."""

    label: str
    company: str | None
    stage: str | None = None
    date: dt.date | None = None
    subject: str = ""
    body: str = ""
    message_id: str | None = None
    sender: str = ""
    reply_to: str = ""
    agent: dict[str, str] | None = None
    confirmed: bool = False  # the user said which application it is (nothing to confirm)

    def __post_init__(self) -> None:
        # A mail's headers can be longer than the columns (a 700-character Message-ID, a long
        # From name): PostgreSQL refuses those with an error (a 500 on 面接に落ちた, a failed
        # import), SQLite keeps them whole. The same clipped value on both, before any lookup.
        for name, limit in _CLIPPED.items():
            value = getattr(self, name)
            if value and len(value) > limit:
                object.__setattr__(self, name, value[:limit])
        if self.agent:
            agent = {k: (v or "")[: _AGENT_LIMIT.get(k, 200)] for k, v in self.agent.items()}
            object.__setattr__(self, "agent", agent)


# Column lengths (store/models.py Notice) of what a notice's mail fills in.
_CLIPPED = {"message_id": 500, "sender": 500, "reply_to": 500, "company": 200, "stage": 50}
_AGENT_LIMIT = {"name": 200, "company": 200, "email": 320}


def record_notice(
    session: Session,
    *,
    label: str,
    company: str | None,
    stage: str | None = None,
    date: dt.date | None = None,
    subject: str = "",
    body: str = "",
    message_id: str | None = None,
    sender: str = "",
    reply_to: str = "",
    agent: dict[str, str] | None = None,
    confirmed: bool = False,
    user_id: int | None = None,
) -> NoticeOutcome:
    """File a classified notice (labels as in furikaeri.mail.notice.NOTICE_LABELS).

    The application is matched by normalised company name, or created when the mail names a
    company. A rejection also gets a Rejection row; a pass advances the stage. A notice whose
    ``message_id`` was filed before, or whose text was filed for the same application, is
    skipped (``duplicate=True``, ``rejection`` the one filed then). ``agent`` (name, company,
    email) marks the application as applied via an agent. ``confirmed``: the user named the
    application (typed on 「面接に落ちた」), so it is not asked about on /notices/confirm."""
    notice = NoticeInput(
        label=label,
        company=company,
        stage=stage,
        date=date,
        subject=subject,
        body=body,
        message_id=message_id,
        sender=sender,
        reply_to=reply_to,
        agent=agent,
        confirmed=confirmed,
    )
    return record_notices(session, [notice], user_id=user_id)[0]


def record_notices(
    session: Session, notices: Sequence[NoticeInput], *, user_id: int | None = None
) -> list[NoticeOutcome]:
    """:func:`record_notice` for each notice, in order (a later one sees what an earlier one
    filed), in a number of statements that does not grow with the notices: what the
    duplicate checks and the applications need is read up front, and the new rows are written
    in three flushes (applications, notices, then rejections and changes). Writes through the
    session; the caller's transaction makes the batch all-or-nothing."""
    user = uid(session, user_id)
    batch = _NoticeBatch.read(session, user, notices)
    plans = [batch.plan(session, n) for n in notices]
    session.flush()  # the new applications get their ids
    for plan in plans:
        batch.add_notice(session, plan)
    session.flush()  # the new notices get their ids
    for plan in plans:
        if plan.new is not None and plan.app is not None:
            plan.rejection = _apply_to_application(session, plan.app, plan.new, flush=False)
    session.flush()
    return batch.outcomes(session, plans)


@dataclass
class _Plan:
    notice: NoticeInput
    seen: Notice | _Plan | None = None  # a duplicate of this filed notice (or earlier plan)
    app: Application | None = None
    created: bool = False
    new: Notice | None = None
    rejection: Rejection | None = None


@dataclass
class _NoticeBatch:
    """What :func:`record_notices` looks up, read in a few statements for all the notices."""

    user: int
    by_message_id: dict[str, Notice | _Plan]
    apps: dict[str, Application]  # company key -> the latest application
    by_content: dict[tuple[int, str], Notice | _Plan]  # (id(app), content key) -> notice

    @classmethod
    def read(cls, session: Session, user: int, notices: Sequence[NoticeInput]) -> _NoticeBatch:
        ids = {n.message_id for n in notices if n.message_id}
        found = session.scalars(
            select(Notice).where(Notice.user_id == user, Notice.message_id.in_(ids))
        )
        by_message_id: dict[str, Notice | _Plan] = {str(n.message_id): n for n in found}
        keys = {normalize_company(n.company) for n in notices if n.company}
        keys.discard("")
        stmt = (
            select(Application)
            .where(Application.user_id == user, Application.company_key.in_(keys))
            .options(selectinload(Application.interviews), selectinload(Application.rejections))
            .order_by(Application.id)
        )
        apps = {a.company_key: a for a in session.scalars(stmt)}  # the latest id wins
        batch = cls(user, by_message_id, apps, {})
        batch._read_contents(session, notices)
        return batch

    def _read_contents(self, session: Session, notices: Sequence[NoticeInput]) -> None:
        keys = {k for k in (notice_key(n.body) for n in notices) if k}
        by_id = {a.id: a for a in self.apps.values()}
        if not keys or not by_id:
            return
        stmt = select(Notice).where(
            Notice.user_id == self.user,
            Notice.application_id.in_(by_id),
            Notice.content_key.in_(keys),
        )
        for row in session.scalars(stmt).all():
            assert row.application_id is not None and row.content_key is not None
            self.by_content.setdefault((id(by_id[row.application_id]), row.content_key), row)

    def plan(self, session: Session, notice: NoticeInput) -> _Plan:
        """A duplicate by Message-ID, or the notice's application (created when new)."""
        plan = _Plan(notice)
        if notice.message_id and notice.message_id in self.by_message_id:
            plan.seen = self.by_message_id[notice.message_id]
            return plan
        if notice.message_id:
            self.by_message_id[notice.message_id] = plan
        company = (notice.company or "").strip()
        if not company:
            return plan
        key = normalize_company(company)
        plan.app = self.apps.get(key) if key else None
        latest = plan.app
        if latest is not None and not self._fits(latest, notice):
            plan.app = None  # a rejection it cannot have: another application of the company
        if plan.app is None:
            route = _carried_over(latest)
            plan.app = create_application(
                session,
                company=company,
                stage=notice.stage or "",
                user_id=self.user,
                flush=False,
                channel=route["channel"],
                agent_name=route["agent_name"],
                agent_company=route["agent_company"],
                agent_email=route["agent_email"],
            )
            plan.app.interviews, plan.app.rejections = [], []  # new: nothing to load
            plan.created = True
            if key:
                self.apps[key] = plan.app
        return plan

    def _fits(self, app: Application, notice: NoticeInput) -> bool:
        """:func:`_takes`, unless the text was filed for that application before (then it is
        a duplicate of that application's notice, found in :meth:`add_notice`)."""
        content = notice_key(notice.body)
        if content is not None and (id(app), content) in self.by_content:
            return True
        return _takes(app, notice.label, notice.stage)

    def add_notice(self, session: Session, plan: _Plan) -> None:
        """The notice row, unless its text was filed for the same application before."""
        if plan.seen is not None:
            return
        n, app = plan.notice, plan.app
        content = notice_key(n.body) if app is not None else None
        if app is not None and content is not None:
            earlier = self.by_content.get((id(app), content))
            if earlier is not None and not plan.created:
                plan.seen = earlier
                return
        if app is not None and n.agent is not None:
            mark_agent(app, **n.agent)
        plan.new = Notice(
            user_id=self.user,
            application_id=app.id if app else None,
            message_id=n.message_id or None,
            subject=n.subject,
            body=n.body,
            received_on=n.date,
            label=n.label,
            company=(n.company or "").strip(),
            stage=n.stage or "",
            sender=n.sender,
            reply_to=n.reply_to,
            content_key=content,
            confirmed=n.confirmed,
        )
        session.add(plan.new)
        if app is not None and content is not None:
            self.by_content.setdefault((id(app), content), plan)

    def outcomes(self, session: Session, plans: list[_Plan]) -> list[NoticeOutcome]:
        filed = [_filed(p.seen) for p in plans if p.seen is not None]
        earlier = [n for n in filed if isinstance(n, Notice) and n.id is not None]
        rejections: dict[int, Rejection] = {}
        if earlier:
            stmt = select(Rejection).where(Rejection.notice_id.in_([n.id for n in earlier]))
            for row in session.scalars(stmt):
                rejections.setdefault(int(row.notice_id or 0), row)
        out = []
        for plan in plans:
            if plan.seen is None:
                assert plan.new is not None
                out.append(NoticeOutcome(plan.new, plan.app, plan.rejection, False, plan.created))
                continue
            origin = _origin_plan(plan.seen)
            if origin is not None:  # filed earlier in this batch
                assert origin.new is not None
                out.append(NoticeOutcome(origin.new, origin.app, origin.rejection, True))
                continue
            seen = _filed(plan.seen)
            assert isinstance(seen, Notice)
            app = session.get(Application, seen.application_id) if seen.application_id else None
            out.append(NoticeOutcome(seen, app, rejections.get(seen.id), duplicate=True))
        return out


def _origin_plan(seen: Notice | _Plan) -> _Plan | None:
    """The plan in this batch that filed the notice ``seen`` stands for (following duplicates
    of duplicates), or None when it was filed before."""
    while isinstance(seen, _Plan):
        if seen.new is not None:
            return seen
        if seen.seen is None:
            return None
        seen = seen.seen
    return None


def _filed(seen: Notice | _Plan) -> Notice | _Plan:
    while isinstance(seen, _Plan) and seen.new is None and seen.seen is not None:
        seen = seen.seen
    return seen


def mark_agent(app: Application, *, name: str = "", company: str = "", email: str = "") -> None:
    """The application went through an agent: keep what is known of the advisor (never
    overwriting what the user typed)."""
    app.channel = "agent"
    app.agent_name = app.agent_name or name
    app.agent_company = app.agent_company or company
    app.agent_email = app.agent_email or email


def _takes(app: Application, label: str, stage: str | None) -> bool:
    """Whether the latest application to the notice's company is the notice's own: a
    rejection at a stage it cannot have (see :func:`stages.takes_rejection`) is another's.
    The mail import and the batch import both decide with this."""
    return label != "rejection" or takes_rejection(app, stage)


def _carried_over(latest: Application | None) -> dict[str, str]:
    """What a new application to the same company keeps from the latest one (the route)."""
    if latest is None:
        return {"channel": "direct", "agent_name": "", "agent_company": "", "agent_email": ""}
    return {
        "channel": latest.channel,
        "agent_name": latest.agent_name,
        "agent_company": latest.agent_company,
        "agent_email": latest.agent_email,
    }


def _move_stage(app: Application, notice: Notice) -> None:
    """The application's stage after the notice; never backwards (a notice imported late)."""
    stage = notice.stage
    if notice.label == "pass":
        stage = next_stage(stage) or stage  # 一次 passed: now at 二次
    new, now = stage_rank(stage), stage_rank(app.stage)
    if stage and (new is None or now is None or new >= now):
        app.stage = stage


def _apply_to_application(
    session: Session, app: Application, notice: Notice, *, flush: bool = True
) -> Rejection | None:
    _move_stage(app, notice)
    status = _STATUS_BY_LABEL.get(notice.label)
    if status is not None:
        app.status = status
    if notice.label == "pass":
        interview = passed_interview(app, notice.stage)
        if interview is not None:
            interview.result = "passed"
    if notice.label != "rejection":
        return None
    manual = _unlinked_rejection(app, notice.stage)
    if manual is not None:  # recorded by hand before the mail was imported: link, don't double
        manual.notice_id = notice.id
        manual.date = manual.date or notice.received_on
        if flush:
            session.flush()
        return manual
    return _new_rejection(
        session, app, notice.stage, notice.received_on, notice_id=notice.id, flush=flush
    )


def _unlinked_rejection(app: Application, stage: str) -> Rejection | None:
    for row in app.rejections:
        if row.notice_id is None and (row.stage == stage or not stage or not row.stage):
            return row
    return None


def _new_rejection(
    session: Session,
    app: Application,
    stage: str,
    date: dt.date | None,
    *,
    notice_id: int | None = None,
    interview_id: int | None = None,
    flush: bool = True,
) -> Rejection:
    interview = (
        owned(session, Interview, interview_id, app.user_id)
        if interview_id is not None
        else rejected_interview(app, stage)
    )
    if interview is not None:
        interview.result = "rejected"
        stage = stage or interview.stage
    # No stage given, none found: the round after the last one passed, never a passed round.
    stage = stage or stage_after_pass(app)
    app.status = "rejected"
    row = Rejection(
        user_id=app.user_id,
        application_id=app.id,
        interview_id=interview.id if interview else None,
        notice_id=notice_id,
        stage=stage,
        date=date,
    )
    session.add(row)
    if flush:
        session.flush()
    return row


def record_rejection(
    session: Session,
    *,
    application_id: int,
    interview_id: int | None = None,
    notice_id: int | None = None,
    date: dt.date | str | None = None,
    stage: str = "",
    user_id: int | None = None,
    today: dt.date | None = None,
) -> Rejection:
    """Record a rejection by hand (the mail import goes through :func:`record_notice`)."""
    app = owned(session, Application, application_id, user_id)
    if notice_id is not None:
        owned(session, Notice, notice_id, user_id)
    check = Checker(today)
    day = check.date("date", date, not_before=app.applied_on)
    check.done()
    return _new_rejection(session, app, stage, day, notice_id=notice_id, interview_id=interview_id)


def get_rejection(session: Session, rejection_id: int, *, user_id: int | None = None) -> Rejection:
    """One rejection with its application, interview, notice and feedback requests loaded
    (the first three joined in the same statement: one row each)."""
    return owned(session, Rejection, rejection_id, user_id, options=_REJECTION_LOADED)


_REJECTION_LOADED = (
    joinedload(Rejection.application),
    joinedload(Rejection.interview),
    joinedload(Rejection.notice),
    joinedload(Rejection.feedback_requests),
)


def interview_for(rejection: Rejection, app: Application) -> Interview | None:
    """The interview a rejection is about: its own; for one filed from a mail before any
    interview was linked, the application's interview at that stage, else its latest one
    (None: only 書類 so far)."""
    return pick_interview(rejection.interview, rejection.stage, app.interviews)


def pick_interview(own: R | None, stage: str | None, interviews: Sequence[R]) -> R | None:
    """:func:`interview_for` on anything with ``result`` and ``stage``: the rejection's own
    interview, its stage and its application's interviews in (date, id) order."""
    if own is not None:
        return own
    # A round the candidate passed is not the one that ended in this rejection.
    pool = [i for i in interviews if i.result != "passed"]
    same_stage = [i for i in pool if stage and i.stage == stage]
    # A 書類 rejection came before any interview: only its own 書類 record holds its self-check.
    pool = same_stage if stage == "書類" else (same_stage or pool)
    return pool[-1] if pool else None


def list_rejections(session: Session, *, user_id: int | None = None) -> list[Rejection]:
    stmt = (
        select(Rejection)
        .where(Rejection.user_id == uid(session, user_id))
        .options(
            selectinload(Rejection.application),
            selectinload(Rejection.feedback_requests).selectinload(FeedbackRequest.replies),
        )
        .order_by(Rejection.date.desc(), Rejection.id.desc())
    )
    return list(session.scalars(stmt))


def list_notices(session: Session, *, user_id: int | None = None) -> list[Notice]:
    stmt = (
        select(Notice)
        .where(Notice.user_id == uid(session, user_id))
        .order_by(Notice.received_on.desc(), Notice.id.desc())
    )
    return list(session.scalars(stmt))


# --- one-time form tokens -------------------------------------------------------------------


def used_form_token(session: Session, token: str, *, user_id: int | None = None) -> str | None:
    """Where the submission carrying ``token`` led, if it was carried out before."""
    if not token:
        return None
    stmt = select(FormToken.result_url).where(
        FormToken.user_id == uid(session, user_id), FormToken.token == token
    )
    return session.scalar(stmt)


FORM_TOKEN_DAYS = 30  # a form resubmitted later than this (from history) is a new submission


def claim_form_token(
    session: Session, token: str, *, user_id: int | None = None, now: dt.datetime | None = None
) -> FormToken | None:
    """Claim ``token`` for this submission before its writes (set ``result_url`` after them),
    all in one transaction. A second submission of the same token, even a concurrent one,
    fails on the unique key (IntegrityError) and rolls back: its writes never happen twice.
    Side effect: deletes the tokens claimed more than ``FORM_TOKEN_DAYS`` ago (one statement
    on this write path, so the table holds only recent forms; GET pages never write)."""
    if not token:
        return None
    prune_form_tokens(session, now=now)
    row = FormToken(user_id=uid(session, user_id), token=token[:64], result_url="")
    session.add(row)
    session.flush()
    return row


def prune_form_tokens(session: Session, *, now: dt.datetime | None = None) -> int:
    """Delete form tokens older than ``FORM_TOKEN_DAYS`` (every user's); returns how many."""
    now = now or utcnow()
    cutoff = now - dt.timedelta(days=FORM_TOKEN_DAYS)
    result: Any = session.execute(delete(FormToken).where(FormToken.created_at < cutoff))
    return int(result.rowcount or 0)


def notice_texts(
    session: Session, notice_ids: Sequence[int], *, user_id: int | None = None
) -> dict[int, str]:
    """The bodies of these notices by id, in one query."""
    if not notice_ids:
        return {}
    stmt = select(Notice.id, Notice.body).where(
        Notice.user_id == uid(session, user_id), Notice.id.in_(list(notice_ids))
    )
    return {int(i): str(body or "") for i, body in session.execute(stmt)}
