"""Who a feedback request goes to, decided from the notice and the application: via an agent,
the career advisor (by name when the notice gives it, at the agent's address), never the
company; otherwise the company, addressed to the person who signed the notice (「中村様」) at
the address it gives for replies. A notice that says questions are not answered is flagged.
The CLI (`mail draft --notice`) and the web's request step both call :func:`plan_request`.
Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from furikaeri.mail.classify import NoticeResult


@dataclass(frozen=True)
class RequestPlan:
    variant: str  # "agent" or "standard"
    via_agent: bool
    person: str | None = None  # the company's signer (direct route only)
    to_address: str | None = None
    agent_name: str | None = None
    agent_company: str | None = None
    no_disclosure: tuple[str, ...] = ()  # the notice's own words, when it says so


def plan_request(
    notice: NoticeResult | None,
    *,
    channel: str = "direct",
    agent_name: str = "",
    agent_company: str = "",
    agent_email: str = "",
) -> RequestPlan:
    """The route of the request. What the user recorded on the application (an agent's name,
    company, address) wins over what is read from the notice."""
    via_agent = channel == "agent" or bool(notice and notice.via_agent)
    if via_agent:
        return RequestPlan(
            variant="agent",
            via_agent=True,
            to_address=agent_email or (notice.reply_to if notice else None) or None,
            agent_name=agent_name or (notice.advisor if notice else None) or None,
            agent_company=agent_company or None,
        )
    if notice is None:
        return RequestPlan(variant="standard", via_agent=False)
    return RequestPlan(
        variant="standard",
        via_agent=False,
        person=notice.person,
        to_address=notice.reply_to,
        no_disclosure=tuple(notice.no_disclosure),
    )
