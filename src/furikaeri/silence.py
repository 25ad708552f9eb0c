"""Silence and memory.

- :func:`silent_applications`: active applications whose last interview was about two weeks
  ago or more, still pending, with no mail since (サイレントお祈り?), in one query.
- :func:`inquiry_mail`: one polite mail asking *when* a decision is expected (never what it
  is); via an agent, to the advisor. Wording is data (data/silence.toml).
- :func:`past_rejections`: a company that rejected the candidate within the past year, with
  what was learned then (the company's feedback, the causes found, the tasks done).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from furikaeri.catalogue import causes, load_data
from furikaeri.store.access import uid
from furikaeri.store.models import (
    ActionItem,
    Application,
    Diagnosis,
    FeedbackRequest,
    Interview,
    Notice,
    Rejection,
    Reply,
)


@cache
def silence_data() -> dict[str, Any]:
    data = load_data("silence.toml")
    for key in ("silence_days", "memory_days", "mail", "text"):
        if key not in data:
            raise ValueError(f"data/silence.toml: missing {key}")
    return data


@dataclass(frozen=True)
class Silent:
    application_id: int
    company: str
    channel: str
    agent_name: str
    stage: str
    interview_date: dt.date
    days: int

    @property
    def message(self) -> str:
        return str(silence_data()["text"]["flag"]).format(
            company=self.company,
            stage=self.stage or "",
            date=f"{self.interview_date.month}月{self.interview_date.day}日",
            days=self.days,
        )


def silent_applications(
    session: Session, *, today: dt.date | None = None, user_id: int | None = None
) -> list[Silent]:
    """Active applications with a pending interview at least ``silence_days`` ago and no mail
    received since. One query whatever the number of applications."""
    today = today or dt.date.today()
    user = uid(session, user_id)
    cutoff = today - dt.timedelta(days=int(silence_data()["silence_days"]))
    last = (
        select(Interview.application_id, func.max(Interview.date).label("day"))
        .where(Interview.user_id == user, Interview.date.is_not(None))
        .group_by(Interview.application_id)
        .subquery()
    )
    later_mail = (
        select(Notice.id)
        .where(
            Notice.application_id == Application.id,
            or_(Notice.received_on.is_(None), Notice.received_on >= last.c.day),
        )
        .exists()
    )
    stmt = (
        select(Application, last.c.day, Interview.stage)
        .join(last, last.c.application_id == Application.id)
        .join(
            Interview,
            and_(Interview.application_id == Application.id, Interview.date == last.c.day),
        )
        .where(
            Application.user_id == user,
            Application.status == "active",
            Interview.result == "pending",
            last.c.day <= cutoff,
            ~later_mail,
        )
        .order_by(last.c.day)
    )
    seen: dict[int, Silent] = {}
    for app, day, stage in session.execute(stmt):
        seen.setdefault(
            app.id,
            Silent(
                app.id, app.company, app.channel, app.agent_name, stage, day, (today - day).days
            ),
        )
    return list(seen.values())


@dataclass(frozen=True)
class InquiryMail:
    to: str
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        subject, body = quote(self.subject, safe=""), quote(self.body, safe="")
        return f"mailto:{self.to}?subject={subject}&body={body}"


def _stage_phrase(stage: str) -> str:
    from furikaeri.vocabulary import stage as stage_of

    found = stage_of(stage)
    return found.phrase if found else "面接"


def inquiry_mail(silent: Silent, *, name: str = "", agent_email: str = "") -> InquiryMail:
    """The one polite mail asking when a decision is expected (to the advisor via an agent)."""
    mail = silence_data()["mail"]
    values = {
        "company": silent.company,
        "stage_phrase": _stage_phrase(silent.stage),
        "interview_date": f"{silent.interview_date.month}月{silent.interview_date.day}日",
        "name": name or mail["unknown_name"],
        "agent_name": silent.agent_name or "ご担当者",
    }
    values["addressee"] = str(mail["addressee"]).format(**values)
    if silent.channel == "agent":
        return InquiryMail(
            agent_email,
            str(mail["agent_subject"]).format(**values),
            str(mail["agent_body"]).format(**values).strip() + "\n",
        )
    return InquiryMail(
        "", str(mail["subject"]).format(**values), str(mail["body"]).format(**values).strip() + "\n"
    )


# --- memory ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PastRejection:
    application_id: int
    company: str
    stage: str
    date: dt.date | None
    feedback: tuple[str, ...]  # what the company said
    causes: tuple[str, ...]  # cause titles found then
    done: tuple[str, ...]  # tasks done since


def past_rejections(
    session: Session,
    company_key: str,
    *,
    exclude_application: int | None = None,
    today: dt.date | None = None,
    user_id: int | None = None,
) -> list[PastRejection]:
    """Rejections by the same company (normalised name) within ``memory_days``, newest first,
    with what was learned then. One query, then three per past rejection found (the same
    company within a year: rarely more than one)."""
    today = today or dt.date.today()
    user = uid(session, user_id)
    since = today - dt.timedelta(days=int(silence_data()["memory_days"]))
    stmt = (
        select(Rejection, Application.company)
        .join(Application, Application.id == Rejection.application_id)
        .where(
            Rejection.user_id == user,
            Application.company_key == company_key,
            or_(Rejection.date.is_(None), Rejection.date >= since),
        )
        .order_by(Rejection.date.desc(), Rejection.id.desc())
    )
    if exclude_application is not None:
        stmt = stmt.where(Application.id != exclude_application)
    rows = list(session.execute(stmt))
    if not rows:
        return []
    ids = [r.id for r, _ in rows]
    return [_learned(session, r, company, ids) for r, company in rows]


def _learned(session: Session, rejection: Any, company: str, ids: list[int]) -> PastRejection:
    replies = session.scalars(
        select(Reply.text)
        .join(FeedbackRequest, FeedbackRequest.id == Reply.feedback_request_id)
        .where(FeedbackRequest.rejection_id == rejection.id, Reply.label == "feedback")
    )
    found: list[str] = []
    if rejection.interview_id:
        result = session.scalar(
            select(Diagnosis.result)
            .where(Diagnosis.interview_id == rejection.interview_id)
            .order_by(Diagnosis.id.desc())
            .limit(1)
        )
        found = list((result or {}).get("controllable", ()))
    done = session.scalars(
        select(ActionItem.title).where(ActionItem.rejection_id == rejection.id, ActionItem.done)
    )
    titles = causes()
    return PastRejection(
        rejection.application_id,
        company,
        rejection.stage or "",
        rejection.date,
        tuple(_short(t) for t in replies),
        tuple(titles[c].title for c in found if c in titles),
        tuple(done),
    )


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
