"""`furikaeri demo`: fill an EMPTY database with an example job search (data/demo.toml);
`furikaeri demo --remove` takes it out again, only while nothing else is in the database.

Everything goes through the store's service API, so the demo is also a check that the API
can express a realistic job search. The web's "try the demo" button calls :func:`load_demo`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from furikaeri import store
from furikaeri.catalogue import load_data
from furikaeri.errors import FurikaeriError
from furikaeri.replies import record_reply


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    interviews: int
    rejections: int
    feedback_requests: int
    replies: int


def _ago(today: dt.date, days: int | None) -> dt.date | None:
    return None if days is None else today - dt.timedelta(days=int(days))


def load_demo(session: Session, *, today: dt.date | None = None) -> DemoSummary:
    """Create the example data; raises store.NotEmpty when the database holds data already."""
    if not store.is_empty(session):
        raise store.NotEmpty(
            "データベースにすでにデータがあるため、デモデータは入れませんでした。"
            "デモを試すには、空のデータベースを --db か FURIKAERI_DATABASE_URL で指定してください。"
        )
    today = today or dt.date.today()
    data = load_data("demo.toml")
    _profile(session, data["profile"], today)
    counts = {"applications": 0, "interviews": 0, "rejections": 0, "feedback": 0, "replies": 0}
    for spec in data["applications"]:
        _application(session, spec, today, counts)
    for item in data.get("action_items", []):
        row = store.add_action_item(
            session, title=item["title"], detail=item.get("detail", ""), cause=item.get("cause", "")
        )
        row.done = bool(item.get("done", False))
    session.flush()
    return DemoSummary(
        counts["applications"],
        counts["interviews"],
        counts["rejections"],
        counts["feedback"],
        counts["replies"],
    )


def _profile(session: Session, spec: dict[str, Any], today: dt.date) -> None:
    career = [
        {
            "company": c["company"],
            "role": c.get("role", ""),
            "start_date": _ago(today, c.get("start_days_ago")),
            "end_date": _ago(today, c.get("end_days_ago")),
        }
        for c in spec.get("career", [])
    ]
    store.save_profile(
        session,
        name=spec["name"],
        email=spec.get("email", ""),
        phone=spec.get("phone", ""),
        career=career,
        today=today,
    )


def _application(
    session: Session, spec: dict[str, Any], today: dt.date, counts: dict[str, int]
) -> None:
    fields = {
        k: spec[k]
        for k in ("company", "channel", "job_title", "company_profile", "job_posting")
        if k in spec
    }
    agent = {k: spec[k] for k in ("agent_name", "agent_company", "agent_email") if k in spec}
    app = store.create_application(
        session, **fields, **agent, applied_on=_ago(today, spec["applied_days_ago"]), today=today
    )
    counts["applications"] += 1
    for iv in spec.get("interviews", []):
        _interview(session, app.id, iv, today)
        counts["interviews"] += 1
    notice = spec.get("notice")
    if notice is None:
        return
    outcome = store.record_notice(
        session,
        label=notice["label"],
        company=app.company,
        stage=notice.get("stage"),
        date=_ago(today, notice.get("days_ago")),
        subject=notice.get("subject", ""),
        body=notice.get("body", ""),
        message_id=notice.get("message_id"),
    )
    if outcome.rejection is not None:
        counts["rejections"] += 1
        _feedback(session, outcome.rejection.id, spec.get("feedback"), today, counts)


def _interview(session: Session, application_id: int, spec: dict[str, Any], today: dt.date) -> None:
    interview = store.add_interview(
        session,
        application_id=application_id,
        stage=spec.get("stage", ""),
        date=_ago(today, spec.get("days_ago")),
        format=spec.get("format", "in_person"),
        interviewers=spec.get("interviewers", ""),
        impression=spec.get("impression", ""),
        result=spec.get("result", "pending"),
        today=today,
    )
    for qa in spec.get("qas", []):
        store.add_qa(
            session,
            interview_id=interview.id,
            question=qa.get("question", ""),
            answer=qa.get("answer", ""),
            kind=qa.get("kind", ""),
        )
    if spec.get("self_check"):
        store.save_self_check(session, interview_id=interview.id, answers=spec["self_check"])


def _feedback(
    session: Session,
    rejection_id: int,
    spec: dict[str, Any] | None,
    today: dt.date,
    counts: dict[str, int],
) -> None:
    if not spec:
        return
    sent = _ago(today, spec.get("sent_days_ago"))
    request = store.save_feedback_request(
        session,
        rejection_id=rejection_id,
        variant=spec.get("variant", "direct"),
        subject=spec.get("subject", ""),
        body=spec["body"],
        drafted_on=sent or today,
        sent_on=sent,
        today=today,
    )
    counts["feedback"] += 1
    reply = spec.get("reply")
    if not reply:
        return
    record_reply(
        session,
        feedback_request_id=request.id,
        text=reply["text"],
        received_on=_ago(today, reply.get("days_ago")),
        label=reply.get("label"),
        causes=reply.get("causes"),
        today=today,
    )
    counts["replies"] += 1


# --- removing the demo ----------------------------------------------------------------------

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class NotOnlyDemo(FurikaeriError):
    """The database holds more than the untouched demo: nothing is removed."""

    status = 409


def _content(session: Session) -> dict[str, list[str]]:
    """What the user would call the data: every row of every table but the local user, without
    ids, foreign keys and dates (those depend on when the demo was loaded), order ignored."""
    from furikaeri.transfer import export_data

    out: dict[str, list[str]] = {}
    for name, rows in export_data(session)["tables"].items():
        if name == "users":
            continue
        kept = []
        for row in rows:
            values = {
                k: v
                for k, v in row.items()
                if k != "id" and not k.endswith("_id") and not _DATE.match(str(v or ""))
            }
            kept.append(json.dumps(values, ensure_ascii=False, sort_keys=True))
        out[name] = sorted(kept)
    return out


@cache
def _fresh_demo_content() -> dict[str, list[str]]:
    """The content of a newly loaded demo, built in a scratch SQLite database once a process
    (it depends only on demo.toml: dates and ids are left out; building it ran every migration,
    ~1 s a removal). Read-only for its callers."""
    with tempfile.TemporaryDirectory(prefix="furikaeri-demo-") as scratch:
        db = store.open_store(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        try:
            with db.session() as session:
                load_demo(session)
            with db.session(readonly=True) as session:
                return _content(session)
        finally:
            db.close()


def has_demo(session: Session) -> bool:
    """True when one of the demo's example applications is in the database: one query, for
    offering the remove button; :func:`remove_demo` makes the full check."""
    from sqlalchemy import select

    found = session.scalar(
        select(store.Application.id)
        .where(store.Application.company.in_(_demo_companies()))
        .limit(1)
    )
    return found is not None


@cache
def _demo_companies() -> tuple[str, ...]:
    # Parsed once: the dashboard asks on every view, and parsing demo.toml cost more than the
    # query.
    return tuple(spec["company"] for spec in load_data("demo.toml")["applications"])


def demo_companies() -> tuple[str, ...]:
    """The companies of the demo's applications (the dashboard asks for them in its counts)."""
    return _demo_companies()


def remove_demo(session: Session) -> int:
    """Delete the demo in one step; returns the number of rows deleted. Only when the
    database holds the demo and nothing else (no row added or edited): otherwise raises
    NotOnlyDemo and deletes nothing, so the user's own data is never lost."""
    from sqlalchemy import delete

    from furikaeri.store.models import TABLES_IN_ORDER, User

    if store.is_empty(session):
        raise NotOnlyDemo("デモデータは入っていません（データベースは空です）。")
    if _content(session) != _fresh_demo_content():
        raise NotOnlyDemo(
            "デモデータ以外のデータ（追加や編集をしたもの）があるため、何も削除しませんでした。"
            "デモの応募だけを消すには、応募の画面から1件ずつ削除してください。"
        )
    removed = 0
    for model in reversed(TABLES_IN_ORDER):  # children first
        if model is not User:
            result: Any = session.execute(delete(model))
            removed += int(result.rowcount or 0)
    session.flush()
    return removed
