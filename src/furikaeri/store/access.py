"""Row access scoped to a user: every service call works for one user (the local one by default)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Generic, NamedTuple, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import ORMOption

from furikaeri.store.database import local_user_id
from furikaeri.store.errors import NotFound, Stale, ValidationError
from furikaeri.store.models import utcnow

T = TypeVar("T")

_LABELS = {
    "Application": "応募",
    "Interview": "面接",
    "QA": "質問と回答",
    "Notice": "メール",
    "Rejection": "不採用の記録",
    "FeedbackRequest": "フィードバック依頼",
    "Reply": "返信",
    "ActionItem": "やること",
    "Diagnosis": "診断",
    "Worksheet": "自己分析のシート",
    "Document": "書類",
    "CareerEntry": "職歴",
    "PracticeSession": "練習",
    "PracticeAttempt": "練習の回答",
}


def uid(session: Session, user_id: int | None) -> int:
    """``user_id`` if given, else the local user."""
    return user_id if user_id is not None else local_user_id(session)


MAX_ROW_ID = 2**31 - 1  # ids are INTEGER columns (32 bits on PostgreSQL)


def possible_id(row_id: int) -> bool:
    """An id a row can have: 0, negative or past the column's range (as typed into a URL or
    a form) is no row, and must not reach the database, whose driver refuses it."""
    return 0 < row_id <= MAX_ROW_ID


def get_row(session: Session, model: type[T], row_id: int, **kw: Any) -> T | None:
    """``session.get``, but an id no row can have (:func:`possible_id`) is simply no row
    rather than a database error."""
    if not possible_id(row_id):
        return None
    return session.get(model, row_id, **kw)


def owned(
    session: Session,
    model: type[T],
    row_id: int,
    user_id: int | None,
    *,
    options: tuple[ORMOption, ...] = (),
) -> T:
    """The row with ``row_id`` if it belongs to the user, else :class:`NotFound`."""
    row: Any = get_row(session, model, row_id, options=options)
    if row is None or row.user_id != uid(session, user_id):
        label = _LABELS.get(model.__name__, model.__name__)
        raise NotFound(f"{label}（ID {row_id}）が見つかりません。")
    return row


def chosen_application(
    session: Session, application_id: int, user_id: int | None, *, field: str = "application_id"
) -> Any:
    """The application a form chose for what it saves (a document, a worksheet, a practice).
    One gone since the page was opened (deleted in another tab, Back to an old form) or never
    possible is the user's choice to redo, said at its field, so the form comes back with
    what was typed, not a 404 page that drops it."""
    from furikaeri.store.models import Application

    row: Any = get_row(session, Application, application_id)
    if row is None or row.user_id != uid(session, user_id):
        raise ValidationError(
            {
                field: f"選んだ応募（ID {application_id}）が見つかりません"
                "（削除されたのかもしれません）。別の応募を選ぶか、選ばずに進めてください。何も保存していません。"
            }
        )
    return row


def apply_changes(row: Any, changes: dict[str, Any]) -> None:
    for key, value in changes.items():
        setattr(row, key, value)


def version_of(row: Any) -> str:
    """The row's version as an edit form carries it: its ``revision``, raised by every change."""
    return str(row.revision or 0)  # 0: a row not stored yet (the profile before its first save)


def raise_version(row: Any) -> None:
    """Raise the row's version for a change its own columns may not show (its children
    replaced, a row made new): as an SQL expression on a stored row, so two transactions
    cannot both raise it to the same number; 1 on a row not stored yet."""
    stored = row.revision is not None and inspect(row).persistent
    row.revision = type(row).revision + 1 if stored else 1


def check_version(row: Any, expected: str | None, *, same: bool = False) -> None:
    """:class:`Stale` when ``expected`` (the version the form was opened with) is not the row's
    version any more; ``None`` (the CLI, a caller without a form) checks nothing. ``same``: the
    row already holds what the form posts (:func:`holds`): the same save arriving again (a
    second click on a slow network, Back and the same form posted again) overwrites nothing
    and is no conflict; it was refused with 「別の画面で更新されています」."""
    check_seen(version_of(row), expected, same=same)


def check_seen(current: str, expected: str | None, *, same: bool = False) -> None:
    """:func:`check_version` for a version that is no row's ``revision`` (the self-check
    answers of an interview: :func:`~furikaeri.store.interviews.self_check_version`)."""
    if expected is not None and expected.strip() != current and not same:
        raise Stale()


def holds(row: Any, values: Mapping[str, Any]) -> bool:
    """The row's columns already have these values."""
    return all(getattr(row, key) == value for key, value in values.items())


SAME_SUBMISSION_MINUTES = 10  # an identical record created this recently is the same form


class Recorded(NamedTuple, Generic[T]):
    """The row a create form recorded; ``reused``: an identical one already there (the same
    form posted again), nothing added: the page says so instead of 「追加しました」."""

    row: T
    reused: bool


def same_recent(
    session: Session,
    model: type[T],
    *,
    recent: bool = True,
    now: dt.datetime | None = None,
    **columns: Any,
) -> T | None:
    """The latest row of ``model`` whose columns hold exactly these values, created within the
    last :data:`SAME_SUBMISSION_MINUTES` minutes (``recent=False``: at any time, for a table
    without ``created_at`` where a second identical row is never meant): a create form posted
    again after Back brings a new one-time token (web/once.py), so only its content shows it
    is the same submission. The one check behind every form that adds a record."""
    table: Any = model
    stmt = select(table).where(*_equal(table, columns))
    if recent:
        stmt = stmt.where(table.created_at >= _since(now))
    found: T | None = session.scalars(stmt.order_by(table.id.desc()).limit(1)).first()
    return found


def _equal(table: Any, columns: Mapping[str, Any]) -> list[Any]:
    """SQL conditions that each of ``columns`` holds its value (None as IS NULL)."""
    return [
        getattr(table, name).is_(None) if value is None else getattr(table, name) == value
        for name, value in columns.items()
    ]


def _since(now: dt.datetime | None) -> dt.datetime:
    """The start of the window in which an identical record is the same submission."""
    return (now or utcnow()) - dt.timedelta(minutes=SAME_SUBMISSION_MINUTES)


def kept_once(session: Session, row: T, *, columns: tuple[str, ...]) -> Recorded[T]:
    """``row``, just added by a create form, or, where the same user created an identical one
    (these ``columns`` equal) within the last :data:`SAME_SUBMISSION_MINUTES` minutes, that
    one: the same form posted again after Back, which brings a new one-time token. Side
    effect: the new row is then deleted, nothing added. Values are compared as the store
    cleaned them (the new row's), so a form's stray spaces make no second row. A JSON column
    (a dict) is compared here, not in SQL, where PostgreSQL has no equality for json."""
    values = {name: getattr(row, name) for name in columns}
    plain = {k: v for k, v in values.items() if not isinstance(v, dict)}
    new: Any = row
    table: Any = type(row)
    stmt = select(table).where(
        table.id != new.id,
        table.user_id == new.user_id,
        table.created_at >= _since(None),
        *_equal(table, plain),
    )
    for earlier in session.scalars(stmt.order_by(table.id.desc()).limit(20)):
        if holds(earlier, values):
            session.delete(row)
            session.flush()
            return Recorded(earlier, reused=True)
    return Recorded(row, reused=False)
