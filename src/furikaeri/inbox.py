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
    from furikaeri.store import Store
    from furikaeri.store.notices import NoticeInput


@dataclass
class FilingSummary:
    """What file_imported() did, for the CLI and the web to report."""

    filed: int = 0
    duplicates: int = 0
    applications_created: int = 0
    rejections: int = 0
    skipped: list[str] = field(default_factory=list)
    notice_ids: list[int] = field(default_factory=list)  # the notices filed (to confirm)
    rejection_ids: list[int] = field(default_factory=list)  # the rejections recorded
    handled: int = 0  # mails whose batch was committed (recruiting or not)

    def add(self, part: FilingSummary) -> None:
        """Count a committed batch's part in this summary."""
        self.filed += part.filed
        self.duplicates += part.duplicates
        self.applications_created += part.applications_created
        self.rejections += part.rejections
        self.skipped += part.skipped
        self.notice_ids += part.notice_ids
        self.rejection_ids += part.rejection_ids
        self.handled += part.handled

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


class FilingInterrupted(KeyboardInterrupt):
    """Ctrl+C while filing. Still a KeyboardInterrupt; ``summary`` counts only the batches
    committed before it (the batch it stopped in was rolled back) and ``total`` the mails
    that were to be filed."""

    def __init__(self, summary: FilingSummary, total: int) -> None:
        super().__init__()
        self.summary = summary
        self.total = total


FILE_BATCH = 200  # mails filed per transaction


def file_imported(
    store: Store,
    items: Iterable[ImportedMail],
    *,
    batch: int = FILE_BATCH,
    user_id: int | None = None,
    advance: Callable[[int], None] | None = None,
) -> FilingSummary:
    """Record every recruiting notice among ``items`` (mail that is not recruiting is ignored).

    Side effects: writes to ``store`` in one transaction per ``batch`` mails, each
    all-or-nothing: if filing stops part way (an error, Ctrl+C), the batches before it are
    kept and the one it stopped in leaves nothing; importing the same mail again files only
    what is missing, because a notice already filed (same Message-ID, or the same text for the
    same application) is counted as a duplicate and changes nothing. A notice whose company
    cannot be read is skipped with a reason. The Message-IDs already filed are read once up
    front and each batch's lookups are made for the whole batch (store.record_notices), so the
    statements do not grow with the mails. ``advance(n)`` is called as mails are handled.
    Ctrl+C raises :class:`FilingInterrupted` with what was committed before it."""
    items = list(items)
    summary = FilingSummary()
    from furikaeri.store.notices import filed_message_ids

    try:
        with store.session() as session:  # not read-only: the first use creates the local user
            known = filed_message_ids(session, user_id=user_id)
        for start in range(0, len(items), max(1, batch)):
            chunk = items[start : start + max(1, batch)]
            with store.session() as session:
                part, filed_ids = _file_batch(session, chunk, known, user_id=user_id)
            summary.add(part)  # counted once committed: an interrupted batch counts nothing
            known |= filed_ids
            if advance is not None:
                advance(len(chunk))
    except KeyboardInterrupt:
        raise FilingInterrupted(summary, len(items)) from None
    return summary


def _file_batch(
    session: Session,
    items: list[ImportedMail],
    known: set[str],
    *,
    user_id: int | None,
) -> tuple[FilingSummary, set[str]]:
    """File one batch in the caller's transaction (the caller commits): what it did, and the
    Message-IDs it filed (``known`` holds those filed before)."""
    from furikaeri.store.notices import record_notices

    part = FilingSummary(handled=len(items))
    todo: list[NoticeInput] = []
    for item in items:
        if item.notice is None:
            continue
        if item.parsed.message_id and item.parsed.message_id in known:
            part.duplicates += 1
            continue
        company = _company(item)
        if not company:
            part.skipped.append(f"{item.source}: 会社名が読み取れないため保存しませんでした")
            continue
        todo.append(_notice_input(item, company))
    filed_ids: set[str] = set()
    for outcome in record_notices(session, todo, user_id=user_id):
        if outcome.duplicate:
            part.duplicates += 1
            continue
        part.filed += 1
        part.notice_ids.append(outcome.notice.id)
        part.applications_created += outcome.created_application
        if outcome.rejection is not None:
            part.rejections += 1
            part.rejection_ids.append(outcome.rejection.id)
        if outcome.notice.message_id:
            filed_ids.add(outcome.notice.message_id)
    return part, filed_ids


def _notice_input(item: ImportedMail, company: str) -> NoticeInput:
    from furikaeri.mail.request import agent_details
    from furikaeri.store.notices import NoticeInput

    notice = item.notice
    assert notice is not None
    received = notice.date or (item.parsed.date.date() if item.parsed.date else None)
    return NoticeInput(
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
    )
