"""Recording a rejection the user reports (the 「面接に落ちた」 form): the notice pasted or
uploaded is read by the mail classifier, the application found or created, and the rejection
filed once. The same notice reported again (Back and resubmit, a second click, the .eml of a
notice already pasted) finds the rejection filed the first time (``duplicate``). An agent's
notice marks the application as applied via that agent. The web calls this; like inbox.py it
sits above both the store and the mail package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from furikaeri import store
from furikaeri.mail.request import agent_details
from furikaeri.store.access import chosen_application
from furikaeri.store.validation import Checker
from furikaeri.text_chars import text_only

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from furikaeri.mail.notice import NoticeResult

NOTICE_LABEL_TEXT = {
    "pass": "選考通過の連絡",
    "interview_invite": "面接の案内",
    "offer": "内定の連絡",
    "other": "不採用の通知とは判断できないメール",
}


@dataclass(frozen=True)
class RejectionReport:
    """What the user reported: a chosen application or a company, the stage, the day the
    notice came, and the notice itself when pasted or uploaded (with its headers then)."""

    application_id: int | None = None
    company: str = ""
    stage: str = ""
    date: dt.date | str | None = None
    subject: str = ""
    body: str = ""
    message_id: str | None = None
    sender: str = ""
    reply_to: str = ""
    confirmed: bool = False  # the user confirmed it is a rejection although it reads otherwise


@dataclass(frozen=True)
class Reported:
    rejection_id: int
    duplicate: bool = False


def record_reported_rejection(
    session: Session, report: RejectionReport, *, today: dt.date | None = None
) -> Reported:
    """File the rejection (and its notice), or find the one filed before. Raises
    ValidationError (messages by field) for a missing company, a bad date, or a notice that
    does not read as a rejection and was not confirmed. Makes sure an interview exists for
    it, so that the self-check and the diagnosis have somewhere to live."""
    # A pasted notice is read as an imported one is: no control characters (one went on into
    # the company name the notice gives, which a name may not hold).
    report = replace(report, subject=text_only(report.subject), body=text_only(report.body))
    seen = store.find_notice(session, application_id=None, message_id=report.message_id)
    filed = store.rejection_of(session, seen) if seen is not None else None
    if filed is not None:
        return Reported(int(filed.id), duplicate=True)
    check = Checker(today)
    read = _read(report, check)
    app = _application(session, report, read, check)
    # Not chosen, not in the notice: the round after the last one passed, else the stage the
    # application has reached (「どの選考で」); a passed round is never the rejected one.
    stage = report.stage.strip() or (read.stage if read else None) or _stage_now(session, app)
    day = check.date("date", report.date or (read.date if read else None), not_before=_applied(app))
    check.done()
    assert app is not None  # _application failed the check otherwise
    again = _filed_before(session, app, report, stage, day)
    if again is not None:
        return Reported(again, duplicate=True)
    app = _own_application(session, report, app, stage)
    if read is not None and read.via_agent:
        store.mark_agent(app, **agent_details(read, report.body))
    _ensure_interview(session, app, stage)
    return Reported(_file(session, app, report, stage, day, read))


def _read(report: RejectionReport, check: Checker) -> NoticeResult | None:
    """The pasted notice as the classifier reads it; questioned when it is not a rejection."""
    if not report.body.strip():
        return None
    from furikaeri.mail.notice import classify_notice

    found = classify_notice(
        subject=report.subject.strip() or None,
        body=report.body,
        sent=report.date if isinstance(report.date, dt.date) else None,
        from_=report.sender or None,
        reply_to=report.reply_to or None,
    )
    if found.label != "rejection" and not report.confirmed:
        what = NOTICE_LABEL_TEXT.get(found.label, found.label)
        check.fail(
            "body",
            f"このメールは「{what}」のように読めます。内容を確かめてください。"
            "不採用の通知で間違いなければ、下の「不採用として記録する」に印を付けてください。",
        )
    return found


def _applied(app: Any) -> dt.date | None:
    return app.applied_on if app is not None else None


def _application(
    session: Session, report: RejectionReport, read: NoticeResult | None, check: Checker
) -> Any | None:
    if report.application_id is not None:  # gone since the form was opened: said at its field
        return chosen_application(session, report.application_id, None)
    company = report.company.strip() or (read.company if read else None) or ""
    if not company:
        check.fail("company", "会社名を入力するか、記録済みの応募から選んでください。")
        return None
    found = store.find_application(session, company)
    return found or store.create_application(session, company=company)


def _stage_now(session: Session, app: Any | None) -> str:
    return store.current_stage(session, app) if app is not None else ""


def _own_application(session: Session, report: RejectionReport, app: Any, stage: str) -> Any:
    """The application the rejection is filed under. One found by company name that cannot
    have this rejection (it already went further) stands for another try: a new application
    is made. One the user chose is asked about instead."""
    if store.takes_rejection(app, stage):
        return app
    if report.application_id is None:
        return store.create_application(session, company=app.company, stage=stage)
    check = Checker()
    check.fail(
        "stage",
        f"「{app.company}」のこの応募は、すでに{app.stage}まで進んでいます。"
        f"{stage}の不採用なら、応募を選ばずに"
        "会社名を入力してください（新しい応募として記録します）。",
    )
    check.done()
    return app


def _filed_before(
    session: Session, app: Any, report: RejectionReport, stage: str, day: dt.date | None
) -> int | None:
    """The rejection this report repeats: the same notice text for this application, or
    (nothing pasted) a rejection at the same stage on the same day."""
    if report.body.strip():
        seen = store.find_notice(session, application_id=app.id, body=report.body)
        filed = store.rejection_of(session, seen) if seen is not None else None
        return int(filed.id) if filed is not None else None
    for row in app.rejections:
        if row.stage == stage and row.date == day:
            return int(row.id)
    return None


def _ensure_interview(session: Session, app: Any, stage: str) -> None:
    if not app.interviews or (stage and all(i.stage != stage for i in app.interviews)):
        store.add_interview(session, application_id=app.id, stage=stage, result="rejected")
        # add_interview does not append to the loaded collection; the store reads it next.
        session.expire(app, ["interviews"])


def _file(
    session: Session,
    app: Any,
    report: RejectionReport,
    stage: str,
    day: dt.date | None,
    read: NoticeResult | None,
) -> int:
    if report.body.strip():
        outcome = store.record_notice(
            session,
            label="rejection",
            company=app.company,
            stage=stage,
            date=day,
            subject=report.subject.strip(),
            body=report.body.strip(),
            message_id=report.message_id or None,
            sender=report.sender,
            reply_to=report.reply_to,
            # The user chose the application or typed the company: nothing to confirm later.
            confirmed=report.application_id is not None or bool(report.company.strip()),
        )
        if outcome.rejection is not None:
            return int(outcome.rejection.id)
    row = store.record_rejection(session, application_id=app.id, date=day, stage=stage)
    return int(row.id)
