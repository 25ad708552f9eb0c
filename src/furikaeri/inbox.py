"""Filing imported recruiting mail in the store: a notice creates or updates its application,
and a rejection notice records a rejection. `furikaeri mail import` calls this; the mail
package itself never writes to the store."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from furikaeri.mail.importer import ImportedMail


@dataclass
class FilingSummary:
    """What file_imported() did, for the CLI and the web to report."""

    filed: int = 0
    duplicates: int = 0
    applications_created: int = 0
    rejections: int = 0
    skipped: list[str] = field(default_factory=list)
    notice_ids: list[int] = field(default_factory=list)  # the notices filed (to confirm)

    def to_dict(self) -> dict[str, Any]:
        return {
            "filed": self.filed,
            "duplicates": self.duplicates,
            "applications_created": self.applications_created,
            "rejections": self.rejections,
            "skipped": list(self.skipped),
        }


def _company(item: ImportedMail) -> str | None:
    """The company the notice names, else the sender's display name when it is a company."""
    if item.notice is not None and item.notice.company:
        return item.notice.company
    from furikaeri.mail.extract import company

    sender = item.parsed.from_ or ""
    display = sender.split("<", 1)[0].strip().strip('"')
    return company(subject=None, body=display) if display else None


def file_imported(
    session: Session,
    items: Iterable[ImportedMail],
    *,
    user_id: int | None = None,
    advance: Callable[[int], None] | None = None,
) -> FilingSummary:
    """Record every recruiting notice among ``items`` (mail that is not recruiting is ignored).

    Writes through the session (one transaction, committed by the caller's block). A notice
    already filed (same Message-ID) is counted as a duplicate and changes nothing; a notice
    whose company cannot be read is skipped with a reason. The Message-IDs already filed are
    read in one statement up front, so a re-import of thousands of mails does not query per
    mail. ``advance(1)`` is called after each mail (progress)."""
    from furikaeri.mail.request import agent_details
    from furikaeri.store import record_notice
    from furikaeri.store.notices import filed_message_ids

    items = list(items)
    known = filed_message_ids(session, user_id=user_id)
    summary = FilingSummary()
    for item in items:
        if advance is not None:
            advance(1)
        if item.notice is None:
            continue
        if item.parsed.message_id and item.parsed.message_id in known:
            summary.duplicates += 1
            continue
        company = _company(item)
        if not company:
            summary.skipped.append(f"{item.source}: 会社名が読み取れないため保存しませんでした")
            continue
        notice = item.notice
        received = notice.date or (item.parsed.date.date() if item.parsed.date else None)
        outcome = record_notice(
            session,
            label=notice.label,
            company=company,
            stage=notice.stage,
            date=received,
            subject=item.parsed.subject or "",
            body=item.parsed.body_text,
            message_id=item.parsed.message_id,
            sender=item.parsed.from_ or "",
            reply_to=item.parsed.reply_to or "",
            agent=agent_details(notice, item.parsed.body_text) if notice.via_agent else None,
            user_id=user_id,
        )
        if outcome.duplicate:
            summary.duplicates += 1
            continue
        summary.filed += 1
        summary.notice_ids.append(outcome.notice.id)
        summary.applications_created += outcome.created_application
        summary.rejections += outcome.rejection is not None
    return summary
