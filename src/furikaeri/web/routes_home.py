"""ダッシュボード (applications by stage, what to do today), the demo button, the export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import APIRouter, Request
from markupsafe import escape
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.demo import demo_companies
from furikaeri.reply_rate import feedback_rate
from furikaeri.vocabulary import request_window_days
from furikaeri.web.deps import redirect, store_of
from furikaeri.web.remembered import Remembered, remembered
from furikaeri.web.render import attachment, paths_for, render

router = APIRouter()

UNDECIDED = "未定"


PER_COLUMN = 12  # names per board column; the rest is a link to the filtered list
TODO_LIMIT = 20  # a to-do list longer than this helps nobody


def _board(rows: list[Any], link: Callable[..., str]) -> list[dict[str, Any]]:
    """Active applications by stage in selection order, then the closed ones by status. Each
    column shows its most recent names (with the link to each: ``link``, the page's url_for;
    built here, not by a call per name inside the template, which cost Jinja ~5 µs a link),
    its full count and the list filtered to it."""
    order = [("active", s) for s in ("", *store.STAGES)]
    order += [(s, "") for s in ("offer", "rejected", "withdrawn")]
    columns: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row.status, row.stage or "")
        col = columns.setdefault(key, {"apps": [], "count": row.count, "filter": {}})
        href = escape(link("application_show", app_id=row.id))  # as the template escapes it
        col["apps"].append({"company": row.company, "href": href})
    labels = store.APPLICATION_STATUS_LABELS
    board = []
    for key in sorted(columns, key=lambda k: order.index(k) if k in order else len(order)):
        status, stage = key
        col = columns[key]
        if status == "active":
            col.update(title=f"選考中：{stage or UNDECIDED}", filter={"status": status})
            if stage:
                col["filter"]["stage"] = stage
        else:
            col.update(title=labels.get(status, status), status=status, filter={"status": status})
        board.append(col)
    return board


def _todo(
    rejections: list[Any], today: dt.date, quiet: frozenset[int], agent: frozenset[int]
) -> list[dict[str, Any]]:
    """Rejections whose feedback request is not sent yet (``unsent`` in the query); the one
    that came today comes first. ``quiet``: rejections whose notice needs no request (none
    is pushed); ``agent``: those whose request goes to the agent's advisor."""
    todo = []
    for rej in rejections:
        if rej.id in quiet:
            continue
        days = (today - rej.date).days if rej.date else None
        if days is None or days > request_window_days():
            continue  # past a week the chance is small: no nagging
        todo.append({"rejection": rej, "days": days, "today": days == 0, "agent": rej.id in agent})
    return sorted(todo, key=lambda t: t["days"])


@dataclass(frozen=True)
class _Reads:
    """What the dashboard reads from the store on a day (shared by the views that find the
    same store revision: never changed once read)."""

    rows: list[Any]
    counts: Any
    week: list[Any]
    recent: list[Any]
    rate: Any
    quiet: frozenset[int]
    agent: frozenset[int]  # the week's rejections applied for through an agent
    plan: Any
    silent: list[Any]
    empty: bool


def _read(session: Session, today: dt.date) -> _Reads:
    # A fixed number of statements, whatever the number of applications: see test_web_scale.
    rows, counts = store.dashboard_board(session, per_column=PER_COLUMN, companies=demo_companies())
    # The week's unsent rejections (none has a sent request, so their requests need no
    # loading) and the five recent ones, in one statement.
    week, recent = store.dashboard_rejections(
        session, since=today - dt.timedelta(days=7), unsent_limit=TODO_LIMIT, recent_limit=5
    )
    from furikaeri.plan import plan_view
    from furikaeri.silence import silent_applications

    return _Reads(
        rows=rows,
        counts=counts,
        week=week,
        recent=recent,
        rate=feedback_rate(session),  # one rule for every page (furikaeri.reply_rate)
        quiet=frozenset(_quiet(session, week)),
        agent=frozenset(store.rejections_via_agent(session, [r.id for r in week])),
        # The next small step, today's and overdue tasks (furikaeri.plan) and applications
        # with no word since an interview (furikaeri.silence).
        plan=plan_view(session, today=today, open_only=True),
        silent=silent_applications(session, today=today),
        empty=not rows and store.is_empty(session),
    )


def _dashboard_context(
    session: Session, link: Callable[..., str], memo: Remembered | None = None
) -> dict[str, Any]:
    """The dashboard's reads are remembered per store revision and day (web.remembered): a
    view with nothing written since the last one runs one statement for them."""
    today = dt.date.today()
    memo = memo or Remembered()
    reads = memo.get(session, "dashboard", today, lambda: _read(session, today))
    board = _board(reads.rows, link)
    return {
        "empty": reads.empty,
        "board": board,
        "todo": _todo(reads.week, today, reads.quiet, reads.agent),
        "recent": reads.recent,
        "rate": reads.rate,
        "count": sum(col["count"] for col in board),
        "demo": bool(reads.rows) and reads.counts.named,
        "hidden_closed": reads.counts.archived,
        "unconfirmed": reads.counts.unconfirmed,
        "plan": reads.plan,
        "today": today,
        "silent": reads.silent,
    }


def _quiet(session: Session, rejections: list[Any]) -> set[int]:
    """The rejections whose notice needs no request: it says questions are not answered, or
    it already quotes the company's comments (one query for all)."""
    from furikaeri.mail.request import no_request_needed

    texts = store.notice_texts(session, [r.notice_id for r in rejections if r.notice_id])
    return {r.id for r in rejections if no_request_needed(texts.get(r.notice_id, ""))}


@router.get("/", name="dashboard")
def dashboard(request: Request) -> Response:
    with store_of(request).session(readonly=True) as session:
        context = _dashboard_context(session, paths_for(request), remembered(request))
        return render(request, "dashboard/index.html", context, fragment="dashboard/_board.html")


@router.post("/demo", name="demo_load")
def demo_load(request: Request) -> Response:
    """Fill an empty database with the example job search (`furikaeri demo`)."""
    from furikaeri.demo import load_demo

    try:
        with store_of(request).session() as session:
            load_demo(session)
    except store.NotEmpty:
        # The dashboard shows the data that is already there.
        return redirect(str(request.url_for("dashboard")))
    return redirect(str(request.url_for("dashboard")), done="demo_loaded")


@router.post("/demo/remove", name="demo_remove")
def demo_remove(request: Request) -> Response:
    """Take the demo out in one step (`furikaeri demo --remove`); refused, with nothing
    deleted, when the database holds anything besides the untouched demo."""
    from furikaeri.demo import NotOnlyDemo, remove_demo

    try:
        with store_of(request).session() as session:
            remove_demo(session)
    except NotOnlyDemo as exc:
        return render(request, "error.html", {"message": str(exc)}, status_code=exc.status)
    return redirect(str(request.url_for("dashboard")), done="demo_removed")


@router.get("/export.json", name="export_download")
def export_download(request: Request) -> Response:
    """All the user's data as the same JSON as `furikaeri export` (the data is theirs)."""
    from furikaeri.transfer import dumps, export_data

    with store_of(request).session(readonly=True) as session:
        body = dumps(export_data(session))
    name = f"furikaeri-{dt.date.today().isoformat()}.json"
    return attachment(body, filename=name, media_type="application/json")
