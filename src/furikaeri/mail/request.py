"""Who a feedback request goes to, decided from the notice and the application: via an agent,
the career advisor (by name when the notice gives it, at the agent's address), never the
company; otherwise the company, addressed to the person who signed the notice (「中村様」) at
the address it gives for replies. A notice that says questions are not answered is flagged, and
the draft offered is then the thanks-only mail; an agent's notice that already quotes the
company's comments gets thanks for them instead of a request.
The CLI (`mail draft --notice`) and the web's request step both call :func:`plan_request`.
Pure."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from furikaeri.mail.notice import NoticeResult


@dataclass(frozen=True)
class RequestPlan:
    variant: str  # "agent", "standard", or "thanks" (the notice says questions are not answered)
    via_agent: bool
    person: str | None = None  # the company's signer (direct route only)
    to_address: str | None = None
    agent_name: str | None = None
    agent_company: str | None = None
    no_disclosure: tuple[str, ...] = ()  # the notice's own words, when it says so
    comments: str | None = None  # the company's comments the agent's notice already quotes


def plan_request(
    notice: NoticeResult | None,
    *,
    notice_text: str = "",
    channel: str = "direct",
    agent_name: str = "",
    agent_company: str = "",
    agent_email: str = "",
) -> RequestPlan:
    """The route of the request. What the user recorded on the application (an agent's name,
    company, address) wins over what is read from the notice. ``notice_text``: the notice's
    body, for the comments an agent quotes in it."""
    from furikaeri.mail.contacts import company_comments

    via_agent = channel == "agent" or bool(notice and notice.via_agent)
    if via_agent:
        return RequestPlan(
            variant="agent",
            via_agent=True,
            to_address=agent_email or (notice.reply_to if notice else None) or None,
            agent_name=agent_name or (notice.advisor if notice else None) or None,
            agent_company=agent_company or None,
            comments=company_comments(notice_text) if notice_text.strip() else None,
        )
    if notice is None:
        return RequestPlan(variant="standard", via_agent=False)
    return RequestPlan(
        variant="thanks" if notice.no_disclosure else "standard",
        via_agent=False,
        person=notice.person,
        to_address=notice.reply_to,
        no_disclosure=tuple(notice.no_disclosure),
    )


def plan_for(notice: Any | None, app: Any) -> RequestPlan:
    """The plan for a recorded notice (its subject, body, date, sender and Reply-To) and the
    application it is filed under (channel, agent's name, company and address)."""
    from furikaeri.mail.notice import classify_notice

    read = None
    if notice is not None and notice.body.strip():
        read = classify_notice(subject=notice.subject or None, body=notice.body,
                               sent=notice.received_on, from_=notice.sender or None,
                               reply_to=notice.reply_to or None)  # fmt: skip
    return plan_request(
        read,
        notice_text=notice.body if notice is not None else "",
        channel=app.channel,
        agent_name=app.agent_name,
        agent_company=app.agent_company,
        agent_email=app.agent_email,
    )


def first_step(plan: RequestPlan, *, replied: bool = False) -> str:
    """What to do first about the feedback, said after the notice is recorded: ``replied`` (a
    reply is in hand: read it), ``comments`` (the agent's notice already quotes the company's
    comments: thank the advisor, do not ask again), ``advisor`` (ask the agent's advisor),
    ``no_disclosure`` (the notice says questions are not answered: thanks at most) or
    ``company`` (ask the company, today)."""
    if replied:
        return "replied"
    if plan.comments:
        return "comments"
    if plan.via_agent:
        return "advisor"
    return "no_disclosure" if plan.no_disclosure else "company"


def no_request_needed(notice_text: str) -> bool:
    """No feedback request is pushed for this notice: it says questions about the selection
    are not answered (the thanks-only mail is offered instead), or it already quotes the
    company's comments (an agent's notice; the draft thanks the advisor for them).

    Remembered in this process by a digest of the text: the dashboard asks it of each of the
    week's notices on every view (~0.15–0.3 ms a notice, 3 ms for 20), and a notice's text
    does not change. Only the digest and the answer are kept (at most ``_REMEMBERED``)."""
    if not notice_text.strip():
        return False
    key = hashlib.blake2b(notice_text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    found = _ANSWERS.get(key)
    if found is None:
        found = _needs_no_request(notice_text)
        if len(_ANSWERS) >= _REMEMBERED:
            _ANSWERS.clear()
        _ANSWERS[key] = found
    return found


_REMEMBERED = 4096
_ANSWERS: dict[bytes, bool] = {}


def _needs_no_request(notice_text: str) -> bool:
    from furikaeri.mail.contacts import company_comments, no_disclosure

    return bool(no_disclosure(notice_text)) or company_comments(notice_text) is not None


def agent_details(notice: NoticeResult, notice_text: str) -> dict[str, str]:
    """What an agent's notice says of the advisor, to keep on the application: the name, the
    agent company and the address (the mail's Reply-To or sender first, else the signature)."""
    from furikaeri.mail.contacts import agent_contact

    found = agent_contact(notice_text)
    return {
        "name": notice.advisor or "",
        "company": found.company or "",
        "email": notice.reply_to or found.email or "",
    }
