"""The parts of a mail: the notice itself (forwarded or not), the forwarder's words, and the
result built from them (company, stage, dates, people, the address to answer)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from furikaeri.mail.notice.result import NoticeResult
from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.text import strip_quoted


@dataclass(frozen=True)
class _Part:
    """The notice itself (forwarded or not) and the forwarder's words around it."""

    subject: str | None
    text: str
    own: str  # the forwarder's own words ("" when not forwarded)
    sent: date | None
    from_: str | None
    reply_to: str | None
    outer_from: str | None
    style: str | None

    @staticmethod
    def of(fwd: Any, *, subject: str | None, body: str, **headers: Any) -> _Part:
        if fwd is None:
            return _Part(subject, strip_quoted(body), "", headers["sent"], headers["from_"],
                         headers["reply_to"], headers["from_"], None)  # fmt: skip
        return _Part(
            subject=fwd.subject or _unforwarded(subject),
            text=_forwarded_text(fwd.body),
            own=strip_quoted(fwd.own_text),
            sent=fwd.date or headers["sent"],
            from_=fwd.from_,
            reply_to=None,
            outer_from=headers["from_"],
            style=fwd.style,
        )


_QUOTE_MARK = re.compile(r"^[ \t]*(?:[>＞|][ \t]?)+", re.M)


def _forwarded_text(body: str) -> str:
    """The forwarded notice. A mail client that quotes the whole forwarded part (「> 佐々木様」)
    leaves nothing unquoted: the quoted notice is then the notice itself."""
    text = strip_quoted(body)
    return text if text.strip() else strip_quoted(_QUOTE_MARK.sub("", body))


def _unforwarded(subject: str | None) -> str | None:
    return (
        _notice_rules().sentence.forward_prefix.sub("", subject).strip() or None
        if subject
        else None
    )


def _result(
    part: _Part, label: str, evidence: list[str], *, reference: date | None
) -> NoticeResult:
    from furikaeri.mail import contacts, extract

    agent = extract.via_agent(part.own) or extract.via_agent(part.text)
    company = extract.company(subject=part.subject, body=part.text)
    if not company and part.from_:
        company = extract.company(subject=None, body=part.from_.split("<", 1)[0])
    stage = extract.stage(subject=part.subject, body=part.text)
    if part.own:
        company = company or extract.company(subject=None, body=part.own)
        stage = stage or extract.stage(subject=None, body=part.own)
    return NoticeResult(
        label=label,
        company=company,
        stage=stage,
        date=part.sent,
        via_agent=agent,
        evidence=evidence,
        forwarded=part.style,
        person=None if agent else contacts.signer(part.text),
        advisor=_advisor(part) if agent else None,
        reply_to=_reply_to(part, agent),
        no_disclosure=contacts.no_disclosure(part.text),
        mentioned_date=extract.first_date(part.text, reference=reference),
    )


def _advisor(part: _Part) -> str | None:
    from furikaeri.mail import contacts

    if part.style is None:
        return contacts.advisor(part.text)
    found = contacts.advisor(part.own)
    if found is None and part.outer_from:  # 「佐藤 健 (キャリアリンク)」 <sato@…>
        display = part.outer_from.split("<", 1)[0].strip().strip('"')
        found = contacts.surname(display) if display else None
    return found


def _reply_to(part: _Part, agent: bool) -> str | None:
    from furikaeri.mail import contacts

    if agent:  # the request goes to the advisor: the agent's mail, not the company's
        return contacts.address_of(part.reply_to if part.style is None else None) or (
            contacts.address_of(part.outer_from)
        )
    return contacts.reply_address(part.text, reply_to=part.reply_to, from_=part.from_)
