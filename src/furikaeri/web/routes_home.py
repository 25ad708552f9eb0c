"""ダッシュボード (applications by stage, what to do today), the demo button, the export."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.demo import has_demo
from furikaeri.web.deps import redirect, store_of
from furikaeri.web.render import render
from furikaeri.web.routes_feedback import reply_rate

router = APIRouter()

UNDECIDED = "未定"


def _board(apps: list[Any]) -> list[dict[str, Any]]:
    """Active applications by stage in selection order, then the closed ones by status."""
    columns: dict[str, list[Any]] = {s: [] for s in (UNDECIDED, *store.STAGES)}
    closed: dict[str, list[Any]] = {s: [] for s in ("offer", "rejected", "withdrawn")}
    for app in apps:
        if app.status == "active":
            columns.setdefault(app.stage or UNDECIDED, []).append(app)
        else:
            closed.setdefault(app.status, []).append(app)
    board = [{"title": f"選考中：{s}", "apps": a} for s, a in columns.items() if a]
    labels = store.APPLICATION_STATUS_LABELS
    board += [{"title": labels.get(s, s), "apps": a, "status": s} for s, a in closed.items() if a]
    return board


def _todo(rejections: list[Any], today: dt.date) -> list[dict[str, Any]]:
    """Rejections whose feedback request is not sent yet; the one that came today comes first."""
    todo = []
    for rej in rejections:
        if any(fr.status != "drafted" for fr in rej.feedback_requests):
            continue
        days = (today - rej.date).days if rej.date else None
        if days is None or days > 7:
            continue  # past a week the chance is small: no nagging
        todo.append({"rejection": rej, "days": days, "today": days == 0})
    return sorted(todo, key=lambda t: t["days"])


def _dashboard_context(session: Session) -> dict[str, Any]:
    today = dt.date.today()
    apps = store.list_applications(session)
    rejections = store.list_rejections(session)
    requests = [fr for r in rejections for fr in r.feedback_requests]
    for fr in requests:
        _ = fr.replies  # loaded while the session is open
    return {
        "empty": store.is_empty(session),
        "board": _board(apps),
        "todo": _todo(rejections, today),
        "recent": rejections[:5],
        "rate": reply_rate(requests),
        "count": len(apps),
        "demo": has_demo(a.company for a in apps),
    }


@router.get("/", name="dashboard")
def dashboard(request: Request) -> Response:
    with store_of(request).session(readonly=True) as session:
        context = _dashboard_context(session)
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
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type="application/json", headers=headers)
