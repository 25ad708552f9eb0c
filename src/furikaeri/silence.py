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

from pydantic import BaseModel
from sqlalchemy import Date, bindparam, or_, select
from sqlalchemy.orm import Session, aliased

from furikaeri.catalogue import causes, validated
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


class SilenceData(BaseModel):
    silence_days: int
    memory_days: int
    mail: dict[str, str]
    text: dict[str, str]


@cache
def silence_data() -> SilenceData:
    """data/silence.toml, checked (a malformed file raises DataFileError naming the place)."""
    return validated("silence.toml", SilenceData)


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
        return (
            silence_data()
            .text["flag"]
            .format(
                company=self.company,
                stage=self.stage or "",
                date=f"{self.interview_date.month}月{self.interview_date.day}日",
                days=self.days,
            )
        )


def silent_applications(
    session: Session, *, today: dt.date | None = None, user_id: int | None = None
) -> list[Silent]:
    """Active applications with a pending interview at least ``silence_days`` ago and no mail
    received since. One query whatever the number of applications."""
    today = today or dt.date.today()
    cutoff = today - dt.timedelta(days=silence_data().silence_days)
    params = {"user": uid(session, user_id), "cutoff": cutoff}
    seen: dict[int, Silent] = {}
    rows = session.execute(_silent(), params).all()
    for app_id, company, channel, agent_name, day, stage in rows:
        assert day is not None  # the query keeps dated interviews only
        seen.setdefault(
            app_id, Silent(app_id, company, channel, agent_name, stage, day, (today - day).days)
        )
    return list(seen.values())


@cache
def _silent() -> Any:
    """The statement of :func:`silent_applications`, built once (user and cutoff bound)."""
    # A pending interview that is the application's last one (no interview on a later date),
    # found through the (application_id, result) index: nothing is grouped over every
    # interview of the user, so the cost follows the active applications only.
    later = aliased(Interview)
    later_interview = (
        select(later.id)
        .where(later.application_id == Application.id, later.date > Interview.date)
        .exists()
    )
    later_mail = (
        select(Notice.id)
        .where(
            Notice.application_id == Application.id,
            or_(Notice.received_on.is_(None), Notice.received_on >= Interview.date),
        )
        .exists()
    )
    return (
        select(
            Application.id,
            Application.company,
            Application.channel,
            Application.agent_name,
            Interview.date,
            Interview.stage,
        )
        .join(Interview, Interview.application_id == Application.id)
        .where(
            Application.user_id == bindparam("user"),
            # The same user (an interview is its application's user's): lets the search start
            # from the user's pending interviews (index on user, result, date, migration 0007)
            # rather than from every active application.
            Interview.user_id == bindparam("user"),
            Application.status == "active",
            Interview.result == "pending",
            Interview.date.is_not(None),
            Interview.date <= bindparam("cutoff", type_=Date()),
            ~later_interview,
            ~later_mail,
        )
        .order_by(Interview.date, Interview.id)
    )


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
    mail = silence_data().mail
    values = {
        "company": silent.company,
        "stage_phrase": _stage_phrase(silent.stage),
        "interview_date": f"{silent.interview_date.month}月{silent.interview_date.day}日",
        "name": name or mail["unknown_name"],
        "agent_name": silent.agent_name or "ご担当者",
    }
    values["addressee"] = mail["addressee"].format(**values)
    if silent.channel == "agent":
        return InquiryMail(
            agent_email,
            mail["agent_subject"].format(**values),
            mail["agent_body"].format(**values).strip() + "\n",
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
    since = today - dt.timedelta(days=silence_data().memory_days)
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
