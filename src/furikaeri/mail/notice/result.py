"""What the notice classifier answers: the labels and a notice's result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from datetime import date
from typing import Any

NOTICE_LABELS = ("rejection", "pass", "interview_invite", "offer", "other")


@dataclass(frozen=True)
class NoticeResult:
    """``date`` is the day the notice was sent (its Date header, or the forwarded mail's), never
    a date written in the body: that one (an interview slot, a reply deadline) is
    ``mentioned_date``. ``person`` signs a company's notice; ``advisor`` is an agent's career
    advisor; ``reply_to`` is where a request goes (the company, or the agent when via_agent)."""

    label: str
    company: str | None = None
    stage: str | None = None
    date: date | None = None
    via_agent: bool = False
    evidence: list[str] = field(default_factory=list)
    forwarded: str | None = None  # the forward style (gmail, outlook, thunderbird, quote)
    person: str | None = None
    advisor: str | None = None
    reply_to: str | None = None
    no_disclosure: list[str] = field(default_factory=list)
    mentioned_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "company": self.company,
            "stage": self.stage,
            "date": self.date.isoformat() if self.date else None,
            "via_agent": self.via_agent,
            "evidence": list(self.evidence),
            "forwarded": self.forwarded,
            "person": self.person,
            "advisor": self.advisor,
            "reply_to": self.reply_to,
            "no_disclosure": list(self.no_disclosure),
            "mentioned_date": self.mentioned_date.isoformat() if self.mentioned_date else None,
        }
