"""Action items (やること) and saved diagnoses."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.store.access import owned, uid
from furikaeri.store.models import ActionItem, Diagnosis, Interview
from furikaeri.store.validation import Checker


def add_action_item(
    session: Session,
    *,
    title: str,
    detail: str = "",
    cause: str = "",
    interview_id: int | None = None,
    user_id: int | None = None,
) -> ActionItem:
    check = Checker()
    title = check.max_length("title", check.required("title", title, "やること"), 300)
    if cause:
        check.choice("cause", cause, CAUSE_IDS, "原因")
    check.done()
    if interview_id is not None:
        owned(session, Interview, interview_id, user_id)
    row = ActionItem(
        user_id=uid(session, user_id),
        title=title,
        detail=detail,
        cause=cause,
        interview_id=interview_id,
    )
    session.add(row)
    session.flush()
    return row


def list_action_items(
    session: Session, *, user_id: int | None = None, done: bool | None = None
) -> list[ActionItem]:
    stmt = select(ActionItem).where(ActionItem.user_id == uid(session, user_id))
    if done is not None:
        stmt = stmt.where(ActionItem.done == done)
    return list(session.scalars(stmt.order_by(ActionItem.done, ActionItem.id)))


def set_action_done(
    session: Session, action_item_id: int, *, done: bool = True, user_id: int | None = None
) -> ActionItem:
    row = owned(session, ActionItem, action_item_id, user_id)
    row.done = done
    session.flush()
    return row


def save_diagnosis(
    session: Session, *, interview_id: int, result: dict[str, Any], user_id: int | None = None
) -> Diagnosis:
    """Keep a diagnosis result (the JSON of furikaeri.diagnosis.Diagnosis.to_dict())."""
    interview = owned(session, Interview, interview_id, user_id)
    row = Diagnosis(user_id=interview.user_id, interview_id=interview.id, result=result)
    session.add(row)
    session.flush()
    return row
