"""Compose the feedback-request mail (standard, short, via an agent), the thanks-only mail (for
a notice that says questions are not answered) or a phone script, with timing advice.
Templates live in data/mail_templates.toml. Pure: never sends anything."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any
from urllib.parse import quote

from furikaeri.catalogue import load_data
from furikaeri.errors import FurikaeriError
from furikaeri.text_chars import first_control
from furikaeri.vocabulary import request_window_days
from furikaeri.vocabulary import stage as vocabulary_stage

VARIANTS = ("standard", "short", "thanks", "agent", "phone")
# Variants that ask the company for its view: a reply to them counts in the reply rate.
ASKING = ("standard", "short", "phone")


class DraftError(FurikaeriError, ValueError):
    """The draft cannot be written from these inputs (message in Japanese)."""


@dataclass(frozen=True)
class Timing:
    days_since_notice: int | None
    level: str  # "today", "late" or "very_late"
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "days_since_notice": self.days_since_notice,
            "level": self.level,
            "message": self.message,
        }


@dataclass(frozen=True)
class Draft:
    subject: str
    body: str
    variant: str
    timing: Timing
    notes: list[str] = field(default_factory=list)
    to_address: str | None = None
    from_address: str | None = None

    def as_text(self) -> str:
        """The mail as plain text with a 件名 line (the phone script as is)."""
        if self.variant == "phone":
            return self.body + "\n"
        head = f"宛先: {self.to_address}\n" if self.to_address else ""
        return f"{head}件名: {self.subject}\n\n{self.body}\n"

    def as_eml(self) -> bytes:
        """RFC 5322 bytes (UTF-8, encoded headers, CRLF); X-Unsent: 1 opens it as a draft."""
        from email.message import EmailMessage
        from email.policy import SMTP

        if self.variant == "phone":
            raise DraftError("電話の台本はメールとして保存できません。")
        if not self.body.strip():  # an empty draft opened in the mail program helps no one
            raise DraftError(
                "本文が空のため、メールとして保存できません。本文を書いてから保存してください。"
            )
        _single_lines(to=self.to_address, email=self.from_address, subject=self.subject)
        msg = EmailMessage(policy=SMTP)
        if self.to_address:
            msg["To"] = self.to_address
        if self.from_address:
            msg["From"] = self.from_address
        msg["Subject"] = self.subject
        msg["X-Unsent"] = "1"
        msg.set_content(self.body + "\n", charset="utf-8", cte="base64")
        return msg.as_bytes()

    def mailto(self) -> str:
        """A mailto: link that opens the draft in the default mail program."""
        if self.variant == "phone":
            raise DraftError("電話の台本には mailto リンクを作れません。")
        body = self.body.replace("\n", "\r\n")
        to = quote(self.to_address or "", safe="@")
        return f"mailto:{to}?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "variant": self.variant,
            "subject": self.subject,
            "body": self.body,
            "to": self.to_address,
            "timing": self.timing.to_dict(),
            "notes": list(self.notes),
        }


@cache
def _templates() -> dict[str, Any]:
    return load_data("mail_templates.toml")


def timing_for(
    *,
    notice_date: date | None,
    today: date | None = None,
    variant: str = "standard",
    stage: str | None = None,
) -> Timing:
    """How late the request is: same day is best, a week or more has little chance. The
    message matches the variant: the phone script is about calling, not sending; a request to
    an agent's advisor, who collects comments as routine, and a 書類 rejection (no interviewer
    to remember) have their own sentences where the general ones do not fit."""
    templates = _templates()
    msgs = templates["timing_phone" if variant == "phone" else "timing"]
    if variant == "agent":
        msgs = {**msgs, **templates["timing_agent"]}
    elif variant != "phone" and stage == "書類":
        msgs = {**msgs, **templates["timing_documents"]}
    if notice_date is None:
        return Timing(None, "today", msgs["unknown"])
    days = max(0, ((today or date.today()) - notice_date).days)
    if days == 0:
        return Timing(0, "today", msgs["today"])
    if days <= 2:
        return Timing(days, "late", msgs[f"late_{days}"].format(days=days))
    if days < request_window_days():
        return Timing(days, "late", msgs["late"].format(days=days))
    return Timing(days, "very_late", msgs["very_late"].format(days=days))


def draft_feedback_request(
    *,
    candidate_name: str,
    company: str,
    candidate_email: str | None = None,
    candidate_phone: str | None = None,
    department: str | None = None,
    person: str | None = None,
    stage: str | None = None,
    interview_date: date | None = None,
    notice_date: date | None = None,
    today: date | None = None,
    variant: str = "standard",
    agent_name: str | None = None,
    agent_company: str | None = None,
    to_address: str | None = None,
    no_disclosure: bool = False,
    comments_received: bool = False,
) -> Draft:
    """Write the one mail a candidate should send after a rejection (or the phone script).
    A 書類 stage gets the document-screening wording (no interview); ``no_disclosure`` (the
    notice says questions are not answered) adds the advice to send nothing, or thanks only;
    ``comments_received`` (the agent's notice quotes the company's comments) turns the agent
    mail into thanks for them."""
    _single_lines(
        name=candidate_name, company=company, email=candidate_email, phone=candidate_phone,
        department=department, person=person, agent_name=agent_name,
        agent_company=agent_company, to=to_address,
    )  # fmt: skip
    name, company = candidate_name.strip(), company.strip()
    if not name:
        raise DraftError("お名前（--name）を指定してください。")
    if not company:
        raise DraftError("会社名（--company）を指定してください。")
    if variant not in VARIANTS:
        raise DraftError(f"種類は {', '.join(VARIANTS)} のいずれかです（{variant}）。")
    timing = timing_for(notice_date=notice_date, today=today, variant=variant, stage=stage)
    interview = _interview_phrase(stage, interview_date)
    values = {
        "name": name,
        "company": company,
        "interview": interview,
        "addressee": _addressee(company, department, person),
        "agent_addressee": _agent_addressee(agent_company, agent_name),
        "intro": f"{name}と申します。",
        "notice_line": _notice_line(timing, notice_date),
        "agent_notice_line": _notice_line(timing, notice_date, table="agent_notice_lines"),
        "late_apology": _late_apology(timing),
        "notice_spoken": "本日、" if timing.days_since_notice == 0 else "",
        "person": f"{person}様" if person else "方",
        "signature": _signature(name, candidate_email, candidate_phone),
    }
    t = _templates()
    if is_documents(stage):
        t = t["documents"]
    key = "agent_comments" if variant == "agent" and comments_received else variant
    body = t["bodies"][key].strip("\n").format(**values)
    subject = t["subjects"].get(key, "").format(**values)
    return Draft(
        subject=subject,
        body=body,
        variant=variant,
        timing=timing,
        notes=_notes(variant, no_disclosure=no_disclosure, comments=comments_received),
        to_address=to_address,
        from_address=candidate_email,
    )


_LINE_BREAK = re.compile(r"[\r\n\v\f\x85\u2028\u2029]")
_FIELD_LABELS = {
    "name": "お名前（--name）",
    "company": "会社名（--company）",
    "email": "メールアドレス（--email）",
    "phone": "電話番号",
    "department": "部署名",
    "person": "担当者名",
    "agent_name": "エージェントの担当者名（--agent-name）",
    "agent_company": "エージェントの会社名",
    "to": "宛先",
    "subject": "件名",
}


def _single_lines(**values: str | None) -> None:
    """Names, addresses and the subject go into headers and one-line greetings: a line break
    there would forge a header (Bcc:) or break the letter, so it is refused by field."""
    for name, value in values.items():
        if value and _LINE_BREAK.search(value):
            raise DraftError(
                f"{_FIELD_LABELS[name]}に改行が含まれています。1行で入力してください。",
                field=name,
            )
        if value and (bad := first_control(value)):
            raise DraftError(
                f"{_FIELD_LABELS[name]}に目に見えない制御文字（U+{ord(bad):04X}）が"
                "含まれています。打ち直してください。",
                field=name,
            )


def is_documents(stage: str | None) -> bool:
    """A 書類 (document screening) rejection: there was no interview."""
    return (stage or "").strip() in ("書類", "書類選考")


def _interview_phrase(stage: str | None, when: date | None) -> str:
    stage = (stage or "").strip()
    known = vocabulary_stage(stage)  # data/vocabulary.toml
    words = (known.phrase if known else stage) or "面接"
    if stage and not words.endswith(("面接", "選考", "検査", "面談", "試験")):
        words += "面接"
    prefix = f"{when.month}月{when.day}日の" if when else "先日の"
    return prefix + words


def _addressee(company: str, department: str | None, person: str | None) -> str:
    lines = [company]
    if department:
        lines.append(department)
    lines.append(f"{person}様" if person else "採用ご担当者様")
    return "\n".join(lines)


def _agent_addressee(agent_company: str | None, agent_name: str | None) -> str:
    lines = [agent_company] if agent_company else []
    family = _family_name(agent_name or "")
    lines.append(f"{family}様" if family else "キャリアアドバイザー ご担当者様")
    return "\n".join(lines)


def _family_name(name: str) -> str:
    """The advisor is addressed by family name (「鈴木様」, not 「鈴木 一郎様」): the first word of
    a spaced name, else the surname SudachiPy finds at the start, else the name as given."""
    from furikaeri.mail.contacts import surname

    name = name.strip()
    if not name:
        return ""
    first = name.split()[0]
    if first != name:
        return first
    return surname(name) or name


def _notice_line(timing: Timing, notice_date: date | None, *, table: str = "notice_lines") -> str:
    lines = _templates()[table]
    if notice_date is None:
        return str(lines["unknown"])
    if timing.days_since_notice == 0:
        return str(lines["today"])
    return str(lines["late"]).format(notice=f"{notice_date.month}月{notice_date.day}日")


def _late_apology(timing: Timing) -> str:
    """「ご連絡が遅くなり…」 on a line of its own, from the configured number of days on."""
    lines = _templates()["notice_lines"]
    days = timing.days_since_notice
    if days is None or days < int(lines["late_apology_after_days"]):
        return ""
    return str(lines["late_apology"]) + "\n"


def _signature(name: str, email: str | None, phone: str | None) -> str:
    rule = "―" * 16
    lines = [rule, name]
    if email:
        lines.append(f"メール: {email}")
    if phone:
        lines.append(f"電話: {phone}")
    lines.append(rule)
    return "\n".join(lines)


def _notes(variant: str, *, no_disclosure: bool = False, comments: bool = False) -> list[str]:
    notes = _templates()["notes"]
    # Advisors routinely pass on the company's comments: the company reply rate is not theirs.
    # The thanks-only mail asks for nothing: no reply is expected.
    rate = [notes["reply_rate"]] if variant in ASKING else []
    courtesy = notes["courtesy_phone" if variant == "phone" else "courtesy"]
    out = [courtesy, *rate, notes["no_send"]]
    if variant in ("agent", "phone") or (variant == "thanks" and not no_disclosure):
        out.insert(0, notes["agent_comments" if variant == "agent" and comments else variant])
    if no_disclosure and variant != "agent":
        out.insert(0, notes["no_disclosure"])
    return out
