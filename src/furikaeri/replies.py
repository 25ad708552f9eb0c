"""Recording the company's reply to a feedback request. When the user gives no label, the reply
reader (furikaeri.mail.reply) labels it (feedback / declined / other) and names the causes it
gives; the store then files it as given. The web's reply form and the demo call this; like
intake.py it sits above both the store and the mail package (the store runs no analyzers)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from furikaeri import store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def record_reply(
    session: Session,
    *,
    feedback_request_id: int,
    text: str,
    received_on: dt.date | str | None = None,
    label: str | None = None,
    causes: Sequence[str] | None = None,
    user_id: int | None = None,
    today: dt.date | None = None,
) -> store.Reply:
    """File the reply. Without ``label`` the reader decides the label, and the causes too
    unless ``causes`` is given. A missing text or a day before the request was sent is refused
    (ValidationError) before the text is read."""
    same = store.same_reply(session, feedback_request_id=feedback_request_id, text=text)
    if label is None and same is None:
        store.check_reply(
            session,
            feedback_request_id=feedback_request_id,
            text=text,
            received_on=received_on,
            user_id=user_id,
            today=today,
        )
        from furikaeri.mail.reply import classify_reply

        result = classify_reply(text)
        label = result.label
        causes = result.causes if causes is None else causes
    return store.record_reply(
        session,
        feedback_request_id=feedback_request_id,
        text=text,
        received_on=received_on,
        label=label or (same.label if same is not None else "other"),
        causes=list(causes or ()),
        user_id=user_id,
        today=today,
    )
