"""Small readers shared by the mail tests (imported by name: tests/mail is on sys.path): a
notice's label, a reply's label and causes."""

from __future__ import annotations

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply


def notice_label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


def read_reply(body: str, *, head: str = "", tail: str = "") -> tuple[str, list[str]]:
    """The label and causes of a reply whose body is put between head and tail (a greeting and a
    closing, so the sentence under test is read inside a whole mail)."""
    reply = classify_reply(head + body + tail)
    return reply.label, reply.causes
