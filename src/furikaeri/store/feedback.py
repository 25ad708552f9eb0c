"""Feedback requests (the mail asking the company for 至らなかった点) and the replies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy.orm import Session

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.store.access import check_version, get_row, holds, owned, raise_version
from furikaeri.store.models import FEEDBACK_STATUS_LABELS, FeedbackRequest, Rejection, Reply
from furikaeri.store.validation import Checker
from furikaeri.vocabulary import reply_labels

REPLY_LABELS: tuple[str, ...] = reply_labels()  # data/vocabulary.toml
_STATUS_FOR_REPLY = {"feedback": "replied", "declined": "declined", "other": "replied"}


def save_feedback_request(
    session: Session,
    *,
    rejection_id: int,
    subject: str,
    body: str,
    variant: str = "direct",
    drafted_on: dt.date | str | None = None,
    sent_on: dt.date | str | None = None,
    status: str | None = None,
    feedback_request_id: int | None = None,
    user_id: int | None = None,
    today: dt.date | None = None,
    version: str | None = None,
) -> FeedbackRequest:
    """Create (or, with ``feedback_request_id``, update) a request; status defaults to
    ``sent`` when ``sent_on`` is given, else ``drafted``. ``version``: what the draft form
    carried (the draft's version, "0" when there was none): a draft saved since is refused
    (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    rejection = owned(session, Rejection, rejection_id, user_id)
    check = Checker(today)
    check.required("body", body, "本文")
    drafted = check.date("drafted_on", drafted_on) or check.today
    sent = check.date(
        "sent_on", sent_on, not_before=rejection.date, not_before_label="不採用の通知日"
    )
    status = status or ("sent" if sent else "drafted")
    check.choice("status", status, FEEDBACK_STATUS_LABELS, "状況")
    check.done()
    if feedback_request_id is not None:
        row = owned(session, FeedbackRequest, feedback_request_id, user_id)
        wanted = {"variant": variant, "subject": subject, "body": body, "sent_on": sent}
        check_version(row, version, same=holds(row, {**wanted, "status": status}))
    else:
        row = FeedbackRequest(user_id=rejection.user_id, rejection_id=rejection.id)
        session.add(row)
        raise_version(row)  # 1: a form opened before it existed carries "0"
    row.variant, row.subject, row.body = variant, subject, body
    row.drafted_on, row.sent_on, row.status = drafted, sent, status
    session.flush()
    return row


def set_feedback_status(
    session: Session,
    feedback_request_id: int,
    *,
    status: str,
    sent_on: dt.date | str | None = None,
    user_id: int | None = None,
    today: dt.date | None = None,
) -> FeedbackRequest:
    """Mark a request sent (with ``sent_on``), no_reply, etc. A request with a reply recorded
    keeps the status the reply gave it (replied / declined): 「返信なしとして閉じる」 or
    「送信した」 pressed on a page opened before the reply was recorded does not undo it."""
    row = owned(session, FeedbackRequest, feedback_request_id, user_id)
    check = Checker(today)
    check.choice("status", status, FEEDBACK_STATUS_LABELS, "状況")
    sent = check.date("sent_on", sent_on)
    check.done()
    if row.replies and status not in _STATUS_FOR_REPLY.values():
        status = row.status if row.status in _STATUS_FOR_REPLY.values() else "replied"
    row.status = status
    if sent is not None:
        row.sent_on = sent
    elif status == "sent" and row.sent_on is None:
        row.sent_on = check.today
    session.flush()
    return row


def check_reply(
    session: Session,
    *,
    feedback_request_id: int,
    text: str,
    received_on: dt.date | str | None = None,
    user_id: int | None = None,
    today: dt.date | None = None,
) -> tuple[FeedbackRequest, dt.date | None]:
    """The request a reply answers and the day it came; raises ValidationError for a missing
    text or a day before the request was sent (before anything reads the text)."""
    request = owned(session, FeedbackRequest, feedback_request_id, user_id)
    check = Checker(today)
    check.required("text", text, "返信の本文")
    day = check.date(
        "received_on", received_on, not_before=request.sent_on, not_before_label="依頼の送信日"
    )
    check.done()
    return request, day


def same_reply(session: Session, *, feedback_request_id: int, text: str) -> Reply | None:
    """The reply of this request already recorded with the same text (spacing and line breaks
    aside): the same mail pasted again, from a reopened page or another tab."""
    wanted = _plain(text)
    request = get_row(session, FeedbackRequest, feedback_request_id)  # a URL's id: any int
    if request is None or not wanted:
        return None
    return next((r for r in request.replies if _plain(r.text) == wanted), None)


def _plain(text: str | None) -> str:
    return " ".join((text or "").split())


def record_reply(
    session: Session,
    *,
    feedback_request_id: int,
    text: str,
    label: str,
    causes: Sequence[str] = (),
    received_on: dt.date | str | None = None,
    user_id: int | None = None,
    today: dt.date | None = None,
) -> Reply:
    """Store the company's reply with the label and causes given (the caller reads the reply:
    furikaeri.replies, when the user gave no label). The request's status follows (replied /
    declined). The same text pasted again is not a second reply: the one recorded is returned
    and nothing changes (a diagnosis would otherwise quote it twice)."""
    request, day = check_reply(
        session,
        feedback_request_id=feedback_request_id,
        text=text,
        received_on=received_on,
        user_id=user_id,
        today=today,
    )
    check = Checker(today)
    check.choice("label", label, REPLY_LABELS, "返信の種類")
    bad = [c for c in causes if c not in CAUSE_IDS]
    if bad:
        check.fail("causes", f"不明な原因です: {', '.join(bad)}")
    check.done()
    same = same_reply(session, feedback_request_id=request.id, text=text)
    if same is not None:
        return same
    row = Reply(
        user_id=request.user_id,
        feedback_request_id=request.id,
        text=text,
        received_on=day,
        label=label,
        causes=list(causes),
    )
    session.add(row)
    request.status = _STATUS_FOR_REPLY[label]
    session.flush()
    return row
