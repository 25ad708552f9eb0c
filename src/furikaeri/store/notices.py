"""Recruiting mail (notices) and rejections. :func:`record_notice` is what the mail import calls:
it files a classified notice, creates or updates the application, and records a rejection."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from furikaeri.store.access import owned, uid
from furikaeri.store.applications import create_application, find_application
from furikaeri.store.models import (
    Application,
    FeedbackRequest,
    FormToken,
    Interview,
    Notice,
    Rejection,
)
from furikaeri.store.stages import (
    passed_interview,
    rejected_interview,
    stage_after_pass,
    takes_rejection,
)
from furikaeri.store.validation import Checker
from furikaeri.vocabulary import next_stage, stage_rank

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
    user_id: int | None = None,
) -> NoticeOutcome:
    """File a classified notice (labels as in furikaeri.mail.classify.NOTICE_LABELS).

    The application is matched by normalised company name, or created when the mail names a
    company. A rejection also gets a Rejection row; a pass advances the stage. A notice whose
    ``message_id`` was filed before, or whose text was filed for the same application, is
    skipped (``duplicate=True``, ``rejection`` the one filed then). ``agent`` (name, company,
    email) marks the application as applied via an agent."""
    user = uid(session, user_id)
    seen = _find_duplicate(session, user, message_id)
    app, created = (None, False) if seen else _application_for(session, user, company, stage)
    if seen is None and app is not None and not created:
        seen = find_notice(session, application_id=app.id, body=body, user_id=user)
    if seen is not None:
        app = session.get(Application, seen.application_id) if seen.application_id else None
        return NoticeOutcome(seen, app, rejection_of(session, seen), duplicate=True)
    if app is not None and not created and not _takes(app, label, stage):
        app, created = _another_application(session, user, app, stage), True
    if app is not None and agent is not None:
        mark_agent(app, **agent)
    notice = Notice(
        user_id=user,
        application_id=app.id if app else None,
        message_id=message_id or None,
        subject=subject,
        body=body,
        received_on=date,
        label=label,
        company=(company or "").strip(),
        stage=stage or "",
        sender=sender,
        reply_to=reply_to,
        content_key=notice_key(body) if app is not None else None,
    )
    session.add(notice)
    session.flush()
    rejection = None
    if app is not None:
        rejection = _apply_to_application(session, app, notice)
    return NoticeOutcome(notice, app, rejection, created_application=created)


def mark_agent(app: Application, *, name: str = "", company: str = "", email: str = "") -> None:
    """The application went through an agent: keep what is known of the advisor (never
    overwriting what the user typed)."""
    app.channel = "agent"
    app.agent_name = app.agent_name or name
    app.agent_company = app.agent_company or company
    app.agent_email = app.agent_email or email


def _application_for(
    session: Session, user: int, company: str | None, stage: str | None
) -> tuple[Application | None, bool]:
    if not company or not company.strip():
        return None, False
    app = find_application(session, company, user_id=user)
    if app is not None:
        return app, False
    app = create_application(session, company=company.strip(), stage=stage or "", user_id=user)
    return app, True


def _takes(app: Application, label: str, stage: str | None) -> bool:
    """Whether the latest application to the notice's company is the notice's own: a
    rejection at a stage it cannot have (see :func:`stages.takes_rejection`) is another's.
    The mail import and the batch import both decide with this."""
    return label != "rejection" or takes_rejection(app, stage)


def _another_application(
    session: Session, user: int, app: Application, stage: str | None
) -> Application:
    """A new application to the same company, for a notice the latest one cannot take."""
    return create_application(
        session,
        company=app.company,
        stage=stage or "",
        channel=app.channel,
        agent_name=app.agent_name,
        agent_company=app.agent_company,
        agent_email=app.agent_email,
        user_id=user,
    )


def _move_stage(app: Application, notice: Notice) -> None:
    """The application's stage after the notice; never backwards (a notice imported late)."""
    stage = notice.stage
    if notice.label == "pass":
        stage = next_stage(stage) or stage  # 一次 passed: now at 二次
    new, now = stage_rank(stage), stage_rank(app.stage)
    if stage and (new is None or now is None or new >= now):
        app.stage = stage


def _apply_to_application(session: Session, app: Application, notice: Notice) -> Rejection | None:
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
        session.flush()
        return manual
    return _new_rejection(session, app, notice.stage, notice.received_on, notice_id=notice.id)


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
    """One rejection with its application, interview, notice and feedback requests loaded."""
    opts = (
        selectinload(Rejection.application),
        selectinload(Rejection.interview),
        selectinload(Rejection.notice),
        selectinload(Rejection.feedback_requests),
    )
    return owned(session, Rejection, rejection_id, user_id, options=opts)


def interview_for(rejection: Rejection, app: Application) -> Interview | None:
    """The interview a rejection is about: its own; for one filed from a mail before any
    interview was linked, the application's interview at that stage, else its latest one
    (None: only 書類 so far)."""
    if rejection.interview is not None:
        return rejection.interview
    # A round the candidate passed is not the one that ended in this rejection.
    interviews = [i for i in app.interviews if i.result != "passed"]
    same_stage = [i for i in interviews if rejection.stage and i.stage == rejection.stage]
    # A 書類 rejection came before any interview: only its own 書類 record holds its self-check.
    pool = same_stage if rejection.stage == "書類" else (same_stage or interviews)
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


def claim_form_token(
    session: Session, token: str, *, user_id: int | None = None
) -> FormToken | None:
    """Claim ``token`` for this submission before its writes (set ``result_url`` after them),
    all in one transaction. A second submission of the same token, even a concurrent one,
    fails on the unique key (IntegrityError) and rolls back: its writes never happen twice."""
    if not token:
        return None
    row = FormToken(user_id=uid(session, user_id), token=token[:64], result_url="")
    session.add(row)
    session.flush()
    return row
