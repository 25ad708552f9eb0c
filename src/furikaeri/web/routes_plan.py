"""やること (the plan): list, add, edit, reorder, tick; make the plan of a rejection's diagnosis.
Routes parse, call furikaeri.plan / furikaeri.store, render."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.access import get_row, version_of
from furikaeri.store.errors import ValidationError
from furikaeri.web.deps import FormData, kept_input, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, once
from furikaeri.web.render import notice, render

router = APIRouter()


def _page(
    request: Request,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    edit_id: int | None = None,
    current: dict[str, str] | None = None,
    edit_done: bool = False,
) -> Response:
    from furikaeri.plan import plan_view

    today = dt.date.today()
    with store_of(request).session(readonly=True) as session:
        context = {
            "view": plan_view(session, today=today),
            "today": today,
            "values": values or {},
            "errors": errors or {},
            "edit_id": edit_id,
            "current": current or {},
            # A done task has no edit form in the list: a refused save of it is shown alone.
            "edit_done": edit_done,
        }
        status = 422 if errors else 200
        return render(request, "plan/page.html", context, status_code=status)


@router.get("/plan", name="plan_page")
def plan_page(request: Request) -> Response:
    return _page(request)


@router.post("/plan", name="plan_add")
def plan_add(request: Request, form: FormData) -> Response:
    def add(session: Session) -> str | Already:
        recorded = store.record_action_item(
            session,
            title=form.get("title", ""),
            detail=form.get("detail", "").strip(),
            due_on=form.get("due_on") or None,
        )
        url = request.url_for("plan_page").path
        return Already(url, "already_saved") if recorded.reused else url

    try:  # posted twice (Back and resubmit, a second click): one item
        return once(request, form.get("form_token", ""), add)
    except ValidationError as exc:
        return _page(request, values=form, errors=exc.errors)


@router.post("/plan/{item_id}", name="plan_update")
def plan_update(request: Request, item_id: int, form: FormData) -> Response:
    on_error(request, lambda errors: _edit_again(request, item_id, form, errors))
    with store_of(request).session() as session:
        store.update_action_item(
            session,
            item_id,
            title=form.get("title", ""),
            detail=form.get("detail"),
            due_on=form.get("due_on") or None,
            version=form.get("version"),
        )
    return redirect(str(request.url_for("plan_page")))


def _edit_again(
    request: Request, item_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    """The task's form again with the user's input (and, refused as stale, the saved task
    beside it: :func:`~furikaeri.web.deps.kept_input`). A task ticked done since has no edit
    form in the list: its form is shown on its own."""
    done = False

    def saved() -> dict[str, str]:
        nonlocal done
        with store_of(request).session(readonly=True) as session:
            row = get_row(session, store.ActionItem, item_id)
            if row is None:
                raise store.NotFound("このやることは見つかりません。")
            done = row.done
            return {
                "title": row.title,
                "detail": row.detail,
                "due_on": _date(row.due_on),
                "version": version_of(row),
            }

    values, current = kept_input(form, errors, saved)
    return _page(
        request, values=values, errors=errors, edit_id=item_id, current=current, edit_done=done
    )


def _date(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


@router.post("/plan/{item_id}/done", name="plan_done")
def plan_done(request: Request, item_id: int, form: FormData) -> Response:
    with store_of(request).session() as session:
        store.set_action_done(session, item_id, done=form.get("done", "1") == "1")
    return redirect(_back(request, form))


@router.post("/plan/{item_id}/move", name="plan_move")
def plan_move(request: Request, item_id: int, form: FormData) -> Response:
    offset = -1 if form.get("direction") == "up" else 1
    with store_of(request).session() as session:
        store.move_action_item(session, item_id, offset=offset)
    return redirect(str(request.url_for("plan_page")))


@router.post("/plan/{item_id}/delete", name="plan_delete")
def plan_delete(request: Request, item_id: int, form: FormData) -> Response:
    def delete(session: Session) -> str:
        store.delete_action_item(session, item_id)
        return request.url_for("plan_page").path

    # Posted again: nothing more is deleted (the id may belong to a new item by then).
    return once(request, form.get("form_token", ""), delete, repeat="already_deleted")


@router.post("/rejections/{rejection_id}/plan", name="plan_make")
def plan_make(request: Request, rejection_id: int) -> Response:
    """The plan of this rejection's diagnosis; a second click adds nothing."""
    from furikaeri.plan import make_plan

    with store_of(request).session() as session:
        made = len(make_plan(session, rejection_id))
    # 「N 件のやることを作りました」 once (a one-time notice: a reload does not repeat it).
    return redirect(request.url_for("plan_page").path, done=notice("plan_made", made))


def _back(request: Request, form: dict[str, str]) -> str:
    """Back to the dashboard when ticked there, else to the plan (only our own paths)."""
    if form.get("back") == "dashboard":
        return str(request.url_for("dashboard"))
    return str(request.url_for("plan_page"))
