"""Self-analysis worksheets, application documents, the profile's qualifications, and hiding
closed applications from the dashboard. The store keeps text; it never runs the analyzer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from furikaeri.store.access import (
    Recorded,
    check_version,
    chosen_application,
    get_row,
    holds,
    kept_once,
    owned,
    uid,
)
from furikaeri.store.errors import ValidationError
from furikaeri.store.models import Application, Document, Profile, Worksheet
from furikaeri.store.profile import _profile_to_write
from furikaeri.store.validation import Checker

DOCUMENT_KINDS: dict[str, str] = {
    "resume": "履歴書",
    "career": "職務経歴書",
    "es": "エントリーシート（ES）の回答",
}
MAX_DOCUMENT_CHARS = 200_000
MAX_FIELD_CHARS = 20_000


def save_document(
    session: Session,
    *,
    kind: str,
    text: str,
    title: str = "",
    filename: str = "",
    char_limit: int | str | None = None,
    application_id: int | None = None,
    document_id: int | None = None,
    user_id: int | None = None,
    version: str | None = None,
) -> Document:
    """Create (or, with ``document_id``, replace) a document. Raises ValidationError.
    ``version``: the document's version its form was opened with; a document saved since is
    refused (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    check = Checker()
    check.choice("kind", kind, DOCUMENT_KINDS, "書類の種類")
    text = check.required("text", text, "書類の文章")
    check.max_length("text", text, MAX_DOCUMENT_CHARS)
    check.max_length("title", title.strip(), 200)
    limit = _limit(check, char_limit)
    check.done()
    if application_id is not None:
        chosen_application(session, application_id, user_id)
    row = (
        owned(session, Document, document_id, user_id)
        if document_id is not None
        else Document(user_id=uid(session, user_id))
    )
    if document_id is not None:
        wanted = {
            "kind": kind,
            "text": text,
            "title": title.strip(),
            "char_limit": limit,
            "application_id": application_id,
        }
        check_version(row, version, same=holds(row, wanted))
    row.kind, row.text, row.title, row.filename = kind, text, title.strip(), filename[:300]
    row.char_limit, row.application_id = limit, application_id
    session.add(row)
    session.flush()
    return row


def record_document(session: Session, **fields: Any) -> Recorded[Document]:
    """:func:`save_document` of a new document for a form: an identical one saved in the last
    minutes is the same form posted again (:func:`~furikaeri.store.access.kept_once`)."""
    row = save_document(session, **fields)
    return kept_once(
        session, row, columns=("kind", "text", "title", "char_limit", "application_id")
    )


def _limit(check: Checker, value: int | str | None) -> int | None:
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().removesuffix("字").removesuffix("文字")
    if not text.isdigit() or not 10 <= int(text) <= 20_000:
        check.fail("char_limit", "字数制限は 10〜20000 の数字で入力してください（例: 400）。")
        return None
    return int(text)


def get_document(session: Session, document_id: int, *, user_id: int | None = None) -> Document:
    return owned(session, Document, document_id, user_id)


def list_documents(
    session: Session, *, kinds: Iterable[str] | None = None, user_id: int | None = None
) -> list[Document]:
    stmt = select(Document).where(Document.user_id == uid(session, user_id))
    if kinds is not None:
        stmt = stmt.where(Document.kind.in_(list(kinds)))
    return list(session.scalars(stmt.order_by(Document.id.desc())))


def delete_document(session: Session, document_id: int, *, user_id: int | None = None) -> None:
    session.delete(owned(session, Document, document_id, user_id))
    session.flush()


def save_worksheet(
    session: Session,
    *,
    kind: str,
    fields: Mapping[str, str],
    kinds: Iterable[str],
    application_id: int | None = None,
    worksheet_id: int | None = None,
    user_id: int | None = None,
    version: str | None = None,
) -> Worksheet:
    """Keep what was written (even when the analyzer finds problems). ``kinds``: the known
    worksheet kinds (data/worksheets.toml). An all-empty worksheet raises ValidationError.
    ``version``: the sheet's version its form was opened with; a sheet saved since is refused
    (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    check = Checker()
    check.choice("kind", kind, list(kinds), "シートの種類")
    clean = {k: (v or "").strip() for k, v in fields.items()}
    for key, value in clean.items():
        check.max_length(key, value, MAX_FIELD_CHARS)
    if not any(clean.values()):
        check.fail("fields", "何も書かれていません。どれか一つの欄からでも書いてみてください。")
    check.done()
    if application_id is not None:
        chosen_application(session, application_id, user_id)
    row = (
        owned(session, Worksheet, worksheet_id, user_id)
        if worksheet_id is not None
        else Worksheet(user_id=uid(session, user_id), kind=kind)
    )
    if worksheet_id is not None:
        wanted = {"fields": clean, "application_id": application_id}
        check_version(row, version, same=holds(row, wanted))
    row.fields = clean
    row.application_id = application_id
    session.add(row)
    session.flush()
    return row


def record_worksheet(session: Session, **fields: Any) -> Recorded[Worksheet]:
    """:func:`save_worksheet` of a new sheet for a form: an identical one saved in the last
    minutes is the same form posted again (:func:`~furikaeri.store.access.kept_once`)."""
    row = save_worksheet(session, **fields)
    return kept_once(session, row, columns=("kind", "fields", "application_id"))


def list_worksheets(
    session: Session, *, kind: str | None = None, user_id: int | None = None
) -> list[Worksheet]:
    stmt = select(Worksheet).where(Worksheet.user_id == uid(session, user_id))
    if kind is not None:
        stmt = stmt.where(Worksheet.kind == kind)
    return list(session.scalars(stmt.order_by(Worksheet.id)))


def get_worksheet(session: Session, worksheet_id: int, *, user_id: int | None = None) -> Worksheet:
    return owned(session, Worksheet, worksheet_id, user_id)


def delete_worksheet(session: Session, worksheet_id: int, *, user_id: int | None = None) -> None:
    session.delete(owned(session, Worksheet, worksheet_id, user_id))
    session.flush()


def get_qualifications(session: Session, *, user_id: int | None = None) -> str:
    """The profile's 資格・スキル・語学 ("" without a profile); read only."""
    stmt = select(Profile.qualifications).where(Profile.user_id == uid(session, user_id))
    return session.scalar(stmt) or ""


def save_qualifications(session: Session, text: str, *, user_id: int | None = None) -> Profile:
    check = Checker()
    check.max_length("qualifications", text.strip(), MAX_FIELD_CHARS)
    check.done()
    profile = _profile_to_write(session, user_id)
    profile.qualifications = text.strip()
    session.flush()
    return profile


def count_archived(session: Session, *, user_id: int | None = None) -> int:
    stmt = select(func.count(Application.id)).where(
        Application.user_id == uid(session, user_id), Application.archived.is_(True)
    )
    return int(session.scalar(stmt) or 0)


def archive_closed(session: Session, *, archived: bool = True, user_id: int | None = None) -> int:
    """Hide (or show again) every closed rejection on the dashboard; returns how many."""
    stmt = (
        update(Application)
        .where(
            Application.user_id == uid(session, user_id),
            Application.status.in_(("rejected", "no_answer")),
            Application.archived.is_(not archived),
        )
        .values(archived=archived)
    )
    result = session.execute(stmt)
    return int(getattr(result, "rowcount", 0) or 0)


def assign_notices(
    session: Session, assignments: Mapping[int, int], *, user_id: int | None = None
) -> int:
    """Confirm or correct which application each notice belongs to, several at once
    (notice id → application id). A moved notice takes its rejection along (the interview
    link is dropped: it belonged to the other application); an application left with no
    rejection and no offer goes back to 選考中. Returns how many notices moved.

    A notice whose text the chosen application already holds (the same mail recorded for two
    applications: pasted under one, imported under another) is not moved: ValidationError
    for its field ``notice.<id>``, and nothing of the batch is saved."""
    from furikaeri.store.models import Notice, Rejection

    user = uid(session, user_id)
    moved = 0
    for notice_id, app_id in assignments.items():
        pair = _assignment(session, notice_id, app_id, user_id)
        if pair is None:
            continue
        notice, target = pair
        notice.confirmed = True
        if notice.application_id == target.id:
            continue
        if notice.content_key and session.scalar(
            select(func.count(Notice.id)).where(
                Notice.application_id == target.id,
                Notice.content_key == notice.content_key,
                Notice.id != notice.id,
            )
        ):
            raise ValidationError(
                {
                    f"notice.{notice.id}": f"選んだ応募（{target.company}）には、この通知と同じ"
                    "内容の通知がすでに記録されています。同じ通知が二つの応募に記録されている"
                    "ようです。別の応募を選ぶか、いらない方の応募を削除してください"
                    "（何も保存していません）。"
                }
            )
        old = session.get(Application, notice.application_id) if notice.application_id else None
        notice.application_id = target.id
        rows = session.scalars(
            select(Rejection).where(Rejection.user_id == user, Rejection.notice_id == notice.id)
        )
        for rejection in rows:
            rejection.application_id, rejection.interview_id = target.id, None
        if notice.label == "rejection":
            target.status = "rejected"
        elif notice.label == "offer":
            target.status = "offer"
        session.flush()
        if old is not None:
            _reopen_if_unfounded(session, old)
        moved += 1
    session.flush()
    return moved


def _assignment(
    session: Session, notice_id: int, app_id: int, user_id: int | None
) -> tuple[Any, Application] | None:
    """The notice and the application chosen for it. The page may be stale (the Back button,
    or an application deleted in another tab since it was shown): a notice gone with its
    application has nothing left to confirm (None); a chosen application that is gone is the
    user's choice to redo, said at its field, not a 404 that drops every other choice."""
    from furikaeri.store.models import Notice

    if get_row(session, Notice, notice_id) is None:
        return None
    notice = owned(session, Notice, notice_id, user_id)
    if get_row(session, Application, app_id) is None:
        raise ValidationError(
            {
                f"notice.{notice_id}": "選んだ応募は、このページを開いたあとに削除されたようです。"
                "別の応募を選んでください（何も保存していません）。"
            }
        )
    return notice, owned(session, Application, app_id, user_id)


def _reopen_if_unfounded(session: Session, app: Application) -> None:
    from furikaeri.store.models import Notice, Rejection

    if app.status not in ("rejected", "offer"):
        return
    has_rejection = session.scalar(
        select(func.count(Rejection.id)).where(Rejection.application_id == app.id)
    )
    has_offer = session.scalar(
        select(func.count(Notice.id)).where(
            Notice.application_id == app.id, Notice.label == "offer"
        )
    )
    if (app.status == "rejected" and not has_rejection) or (
        app.status == "offer" and not has_offer
    ):
        app.status = "active"


def notices_to_confirm(
    session: Session, *, limit: int = 100, user_id: int | None = None
) -> list[Any]:
    """Recognised notices (not ``other``), unconfirmed first, newest first; one page."""
    from furikaeri.store.models import Notice

    stmt = (
        select(Notice)
        .where(Notice.user_id == uid(session, user_id), Notice.label != "other")
        .order_by(Notice.confirmed, Notice.received_on.desc(), Notice.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def count_unconfirmed(session: Session, *, user_id: int | None = None) -> int:
    from furikaeri.store.models import Notice

    stmt = select(func.count(Notice.id)).where(
        Notice.user_id == uid(session, user_id),
        Notice.label != "other",
        Notice.confirmed.is_(False),
        Notice.application_id.is_not(None),
    )
    return int(session.scalar(stmt) or 0)
