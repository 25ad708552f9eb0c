"""The 「面接に落ちた」 path: its steps, and the rejection with what the steps need loaded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from furikaeri import store

# (route name, label): the order the user walks. Record → word → request → self-check → ...
STEPS: tuple[tuple[str, str], ...] = (
    ("rejection_start", "通知を記録"),
    ("rejection_show", "ひとこと"),
    ("feedback_draft", "フィードバック依頼"),
    ("rejection_selfcheck", "セルフチェック"),
    ("rejection_diagnosis", "診断"),
    ("rejection_next", "次の一歩"),
)


@dataclass
class Loaded:
    rejection: Any
    app: Any
    interview: Any | None  # the interview the rejection is about (None: only 書類 so far)


def load(session: Session, rejection_id: int) -> Loaded:
    """Raises store.NotFound."""
    rejection = store.get_rejection(session, rejection_id)
    app = store.get_application(session, rejection.application_id)
    return Loaded(rejection, app, store.interview_for(rejection, app))


def steps_context(current: str, rejection_id: int | None = None) -> dict[str, Any]:
    return {"steps": STEPS, "current_step": current, "flow_rejection_id": rejection_id}
