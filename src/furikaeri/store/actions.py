"""Action items (やること: the plan's tasks) and saved diagnoses.

A task may come from a rejection's diagnosis (``rejection_id``, ``template``: the task template
that made it, so the same plan is not made twice) or be added by hand. ``position`` orders the
open tasks as the user arranged them; ``due_on`` is the day it is meant for.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.dates import ja_date
from furikaeri.store.access import Recorded, check_version, holds, kept_once, owned, uid
from furikaeri.store.models import ActionItem, Application, Diagnosis, Interview, Rejection
from furikaeri.store.validation import Checker

MAX_TITLE = 300


def _due(check: Checker, value: dt.date | str | None) -> dt.date | None:
    """A due date may be any day from today on; a past one is questioned, not silently kept."""
    due = check.date("due_on", value, allow_future=True)
    if due is not None and due < check.today:
        check.fail(
            "due_on",
            f"期日が過去の日付です（今日は{ja_date(check.today)}）。今日以降の日付にしてください。",
        )
    return due


def _title(check: Checker, title: str) -> str:
    """A task's title is one line (the plan lists it as one, the CLI prints it as one)."""
    return check.one_line("title", check.required("title", title, "やること"), "やること")


def record_action_item(session: Session, **fields: Any) -> Recorded[ActionItem]:
    """:func:`add_action_item` for a form: an identical open task added in the last minutes is
    the same form posted again (:func:`~furikaeri.store.access.kept_once`), nothing added."""
    row = add_action_item(session, **fields)
    return kept_once(session, row, columns=_SAME_ITEM)


_SAME_ITEM = ("title", "detail", "cause", "interview_id", "rejection_id", "application_id",
              "template", "link", "due_on", "done")  # fmt: skip


def add_action_item(
    session: Session,
    *,
    title: str,
    detail: str = "",
    cause: str = "",
    interview_id: int | None = None,
    rejection_id: int | None = None,
    application_id: int | None = None,
    template: str = "",
    link: str = "",
    due_on: dt.date | str | None = None,
    today: dt.date | None = None,
    user_id: int | None = None,
) -> ActionItem:
    """Add a task at the end of the open list. Raises ValidationError (past due date, no title)."""
    check = Checker(today)
    title = check.max_length("title", _title(check, title), MAX_TITLE)
    if cause:
        check.choice("cause", cause, CAUSE_IDS, "原因")
    due = _due(check, due_on)
    check.done()
    for model, row_id in (
        (Interview, interview_id),
        (Rejection, rejection_id),
        (Application, application_id),
    ):
        if row_id is not None:
            owned(session, model, row_id, user_id)
    user = uid(session, user_id)
    last = session.scalar(select(func.max(ActionItem.position)).where(ActionItem.user_id == user))
    row = ActionItem(
        user_id=user,
        title=title,
        detail=detail,
        cause=cause,
        interview_id=interview_id,
        rejection_id=rejection_id,
        application_id=application_id,
        template=template,
        link=link,
        due_on=due,
        position=(last or 0) + 1,
    )
    session.add(row)
    session.flush()
    return row


def update_action_item(
    session: Session,
    action_item_id: int,
    *,
    title: str,
    detail: str | None = None,
    due_on: dt.date | str | None = None,
    today: dt.date | None = None,
    user_id: int | None = None,
    version: str | None = None,
) -> ActionItem:
    """Change a task's title, detail and due date. An unchanged past due date is kept (an
    overdue task stays editable); a newly set one must be today or later. ``version``: the
    task's version its form was opened with; a task changed since (edited, ticked, moved) is
    refused (:class:`~furikaeri.store.errors.Stale`), nothing saved."""
    row = owned(session, ActionItem, action_item_id, user_id)
    check = Checker(today)
    title = check.max_length("title", _title(check, title), MAX_TITLE)
    parsed = check.date("due_on", due_on, allow_future=True)
    if parsed != row.due_on:
        parsed = _due(check, due_on)
    check.done()
    wanted = {"title": title, "due_on": parsed, **({} if detail is None else {"detail": detail})}
    check_version(row, version, same=holds(row, wanted))
    row.title = title
    if detail is not None:
        row.detail = detail
    row.due_on = parsed
    session.flush()
    return row


def list_action_items(
    session: Session, *, user_id: int | None = None, done: bool | None = None
) -> list[ActionItem]:
    """Open tasks first in the user's order, then done ones (most recently done first)."""
    return list(session.scalars(_action_items(done), {"user": uid(session, user_id)}))


@lru_cache(maxsize=4)
def _action_items(done: bool | None) -> Any:
    """The statement of :func:`list_action_items`, built once per ``done`` (the user bound)."""
    stmt = select(ActionItem).where(ActionItem.user_id == bindparam("user"))
    if done is not None:
        stmt = stmt.where(ActionItem.done == done)
    return stmt.order_by(ActionItem.done, ActionItem.position, ActionItem.id)


def set_action_done(
    session: Session,
    action_item_id: int,
    *,
    done: bool = True,
    today: dt.date | None = None,
    user_id: int | None = None,
) -> ActionItem:
    row = owned(session, ActionItem, action_item_id, user_id)
    row.done = done
    row.done_on = (today or dt.date.today()) if done else None
    session.flush()
    return row


def move_action_item(
    session: Session, action_item_id: int, *, offset: int, user_id: int | None = None
) -> ActionItem:
    """Move an open task up (offset < 0) or down among the open tasks; renumbers them."""
    row = owned(session, ActionItem, action_item_id, user_id)
    open_rows = list_action_items(session, user_id=row.user_id, done=False)
    if row not in open_rows:
        return row
    index = open_rows.index(row)
    target = max(0, min(len(open_rows) - 1, index + offset))
    open_rows.insert(target, open_rows.pop(index))
    for position, item in enumerate(open_rows, start=1):
        item.position = position
    session.flush()
    return row


def delete_action_item(
    session: Session, action_item_id: int, *, user_id: int | None = None
) -> None:
    session.delete(owned(session, ActionItem, action_item_id, user_id))
    session.flush()


def planned_templates(
    session: Session, rejection_id: int, *, user_id: int | None = None
) -> set[str]:
    """The task templates already planned for this rejection (the plan is not made twice)."""
    stmt = select(ActionItem.template).where(
        ActionItem.user_id == uid(session, user_id), ActionItem.rejection_id == rejection_id
    )
    return {t for t in session.scalars(stmt) if t}


def save_diagnosis(
    session: Session, *, interview_id: int, result: dict[str, Any], user_id: int | None = None
) -> Diagnosis:
    """Keep a diagnosis result (the JSON of furikaeri.diagnosis.Diagnosis.to_dict())."""
    interview = owned(session, Interview, interview_id, user_id)
    row = Diagnosis(user_id=interview.user_id, interview_id=interview.id, result=result)
    session.add(row)
    session.flush()
    return row
