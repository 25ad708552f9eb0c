"""The reply rate of feedback requests, by one rule for every page (dashboard, /feedback,
/patterns): only requests sent straight to a company that ask for its view count; a request
via an agent is counted apart (an advisor forwards the company's comments as a matter of
routine, so it is not held to the one-in-ten norm) and the thanks-only mail asks for nothing.
A reply that declines (「理由は開示しない」) counts as a reply, but is not feedback. Under
``min_cases`` requests there is no percentage, only counts. One aggregate query."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, case, func, select
from sqlalchemy.orm import Session

from furikaeri.store.access import uid
from furikaeri.store.models import FeedbackRequest, Reply

AGENT = "agent"
THANKS = "thanks"  # furikaeri.mail.draft: the thanks-only mail


@cache
def _data() -> dict[str, Any]:
    # data/patterns.toml, checked by its model (patterns_report imports this module).
    from furikaeri.patterns_report import pattern_data

    data = pattern_data()
    return {"min_cases": data.min_cases, "norm": data.feedback_norm, "text": data.feedback_rate}


@dataclass(frozen=True)
class FeedbackRate:
    sent: int  # requests sent straight to a company
    answered: int  # of those, with a reply of any kind (or marked replied / declined)
    with_feedback: int  # of those, with a reply that gives feedback
    agent_sent: int
    norm: float
    enough: bool  # at least min_cases requests: a percentage means something
    declined: int = 0  # answered with a refusal (「開示しない」): a reply, not feedback
    agent_answered: int = 0
    min_cases: int = 5

    @property
    def rate(self) -> float | None:
        return self.answered / self.sent if self.enough and self.sent else None

    @property
    def any_sent(self) -> bool:
        return bool(self.sent or self.agent_sent)

    def lines(self) -> list[str]:
        """The sentences every page shows (data/patterns.toml [feedback_rate])."""
        text = _data()["text"]
        out: list[str] = []
        if self.sent:
            percent = f"（{round(self.rate * 100)}%）" if self.rate is not None else ""
            counts = {"sent": self.sent, "answered": self.answered, "percent": percent}
            out.append(text["direct"].format(**counts))
            if self.declined:
                out.append(text["declined"].format(declined=self.declined))
            if self.rate is None:
                out.append(text["few"].format(min_cases=self.min_cases))
        if self.agent_sent:
            out.append(text["agent"].format(sent=self.agent_sent, answered=self.agent_answered))
        return out

    def norm_line(self) -> str:
        return str(_data()["text"]["norm"])


def feedback_rate(session: Session, *, user_id: int | None = None) -> FeedbackRate:
    """The user's feedback requests, sent and answered (see the module docstring)."""
    stmt = _statement()
    rows = session.execute(stmt, {"user": uid(session, user_id)}).all()
    sent = answered_n = with_feedback = refusals = agent = agent_answered = 0
    for variant, n, a, f, d in rows:
        if variant == AGENT:
            agent, agent_answered = agent + int(n), agent_answered + int(a or 0)
        elif variant != THANKS:
            sent += int(n)
            answered_n += int(a or 0)
            with_feedback += int(f or 0)
            refusals += int(d or 0)
    data = _data()
    return FeedbackRate(
        sent=sent,
        answered=answered_n,
        with_feedback=with_feedback,
        agent_sent=agent,
        norm=data["norm"],
        enough=sent >= data["min_cases"],
        declined=refusals,
        agent_answered=agent_answered,
        min_cases=data["min_cases"],
    )


@cache
def _statement() -> Select[str, int, Any, Any, Any]:
    """Built once, the user bound at execution: per sent request's variant, how many, how many
    answered, with feedback, and refused. The replies are counted per request in one grouped
    pass joined to the requests (three correlated counts per request cost twice as much)."""
    fr, reply = FeedbackRequest.__table__.c, Reply.__table__.c
    per_request = (
        select(
            reply.feedback_request_id.label("request_id"),
            func.count(reply.id).label("replies"),
            func.sum(case((reply.label == "feedback", 1), else_=0)).label("feedback"),
            func.sum(case((reply.label == "declined", 1), else_=0)).label("declined"),
        )
        .group_by(reply.feedback_request_id)
        .subquery()
    )
    counts = per_request.c
    # No reply row: NULL counts, which compare as not > 0, as the zero counts did.
    # Equalities rather than IN: an IN list is expanded into the SQL at every execution.
    answered = case(
        (fr.status == "replied", 1),
        (fr.status == "declined", 1),
        (counts.replies > 0, 1),
        else_=0,
    )
    refused = case(
        (counts.feedback > 0, 0), (fr.status == "declined", 1), (counts.declined > 0, 1), else_=0
    )
    return (
        select(
            fr.variant,
            func.count(fr.id),
            func.sum(answered),
            func.sum(case((counts.feedback > 0, 1), else_=0)),
            func.sum(refused),
        )
        .select_from(FeedbackRequest.__table__.outerjoin(per_request, counts.request_id == fr.id))
        .where(fr.user_id == bindparam("user"), fr.status != "drafted")
        .group_by(fr.variant)
    )
