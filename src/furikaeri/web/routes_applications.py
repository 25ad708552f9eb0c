"""応募: list, add, edit, delete. The store validates; the web shows its messages by the field."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from furikaeri.retarget import company_sizes
from furikaeri.store import applications as svc
from furikaeri.store.access import version_of
from furikaeri.store.applications import FIELDS
from furikaeri.store.models import (
    APPLICATION_STATUS_LABELS,
    CHANNEL_LABELS,
    INTERVIEW_RESULT_LABELS,
)
from furikaeri.store.overview import AppFilter, search_applications
from furikaeri.vocabulary import stage_choices
from furikaeri.web.deps import FormData, kept_input, page_number, pick, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, new_token, once
from furikaeri.web.render import render

router = APIRouter()
_GONE = "already_deleted"  # the flash when a delete is posted again


def _choices(stage: str | None = None) -> dict[str, Any]:
    return {
        "channel_labels": CHANNEL_LABELS,
        "status_labels": APPLICATION_STATUS_LABELS,
        "result_labels": INTERVIEW_RESULT_LABELS,
        "stage_options": {"": "未定", **{s: s for s in stage_choices(stage)}},
        "size_options": {"": "未記入", **company_sizes()},
        "size_labels": company_sizes(),
    }


def _form_page(
    request: Request,
    *,
    values: dict[str, Any],
    errors: dict[str, str],
    app_id: int | None,
    current: dict[str, str] | None = None,
) -> Response:
    if app_id is None:  # a new application: one form, one row (furikaeri.web.once)
        values = {**values, "form_token": values.get("form_token") or new_token()}
    context = {
        "values": values,
        "errors": errors,
        "app_id": app_id,
        "current": current or {},
        **_choices(values.get("stage")),
    }
    status = 422 if errors else 200
    return render(
        request,
        "applications/form.html",
        context,
        fragment="applications/_form.html",
        status_code=status,
    )


def _values(row: Any) -> dict[str, str]:
    values = {name: getattr(row, name) or "" for name in FIELDS}
    values["applied_on"] = row.applied_on.isoformat() if row.applied_on else ""
    values["version"] = version_of(row)
    return values


def _edit_form_again(
    request: Request, app_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    """The edit form again with the user's input (and, refused as stale, the application as
    it is now beside it: :func:`~furikaeri.web.deps.kept_input`)."""

    def saved() -> dict[str, str]:
        with store_of(request).session(readonly=True) as session:
            return _values(svc.get_application(session, app_id))

    values, current = kept_input(form, errors, saved)
    return _form_page(request, values=values, errors=errors, app_id=app_id, current=current)


@router.get("/applications", name="applications_index")
def applications_index(
    request: Request,
    q: str = "",
    status: str = "",
    stage: str = "",
    result: str = "",
    page: str = "1",
) -> Response:
    """One page of applications; search (company, job title) and filters work with or without
    HTMX, and unknown filter values simply match nothing."""
    flt = AppFilter(q=q[:200], status=status[:20], stage=stage[:50], result=result[:20])
    number = page_number(page, digits=6)
    with store_of(request).session(readonly=True) as session:
        found = search_applications(session, flt, page=number)
        context = {
            "applications": found.rows,
            "paging": found,
            "filter": flt,
            "query": flt.params(),
            **_choices(),
        }
        return render(
            request, "applications/index.html", context, fragment="applications/_list.html"
        )


@router.get("/application-choices", name="application_choices")
def application_choices(
    request: Request,
    app_q: str = "",
    selected: str = "",
    posting: str = "",
    empty: str = "",
    stage: str = "",
) -> Response:
    """The options of an application select, searched (HTMX, from the search box beside it;
    ``stage``: options carry their stage); without HTMX, a page listing the applications
    found."""
    include = [int(selected)] if selected.isdigit() else []
    with store_of(request).session(readonly=True) as session:
        choices = svc.choose_applications(
            session, q=app_q[:100], include=include, with_posting=bool(posting)
        )
        context = {
            "choices": choices,
            "selected": selected,
            "empty_label": empty[:20],
            "app_q": app_q[:100],
            "stages": bool(stage),
        }
        return render(
            request, "applications/choices.html", context, fragment="applications/_choices.html"
        )


@router.get("/applications/new", name="application_new")
def application_new(request: Request) -> Response:
    return _form_page(
        request, values={"channel": "direct", "status": "active"}, errors={}, app_id=None
    )


@router.post("/applications", name="application_create")
def application_create(request: Request, form: FormData) -> Response:
    on_error(request, lambda errors: _form_page(request, values=form, errors=errors, app_id=None))

    fields = pick(form, FIELDS)
    confirmed = form.get("confirm_duplicate") == "1"  # 「別の応募として保存する」

    def create(session: Any) -> str | Already:
        # Back after a reload posts the form again with a new one-time token: the identical
        # application created minutes ago is that submission (store.record_application).
        recorded = svc.record_application(session, reuse_recent=not confirmed, **fields)
        url = request.url_for("application_show", app_id=recorded.row.id).path
        return Already(url, "application_same") if recorded.reused else url

    # Posted twice (Back and resubmit, a second click): one application, and the page says so
    # once (a one-time notice, not a query that every reload repeated).
    token = form.get("form_token", "")
    return once(request, token, create, done="created", repeat="application_again")


@router.get("/applications/{app_id}", name="application_show")
def application_show(request: Request, app_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        found = svc.application_page(session, app_id)
        context = {
            "app": found.app,
            "interviews": found.interviews,
            "rejections": found.rejections,
            **_choices(),
        }
        return render(request, "applications/show.html", context)


@router.get("/applications/{app_id}/edit", name="application_edit")
def application_edit(request: Request, app_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        values = _values(svc.get_application(session, app_id))
    return _form_page(request, values=values, errors={}, app_id=app_id)


@router.post("/applications/{app_id}", name="application_update")
def application_update(request: Request, app_id: int, form: FormData) -> Response:
    on_error(request, lambda errors: _edit_form_again(request, app_id, form, errors))
    with store_of(request).session() as session:
        svc.update_application(session, app_id, version=form.get("version"), **pick(form, FIELDS))
    return redirect(str(request.url_for("application_show", app_id=app_id)), done="saved")


@router.post("/applications/{app_id}/delete", name="application_delete")
def application_delete(request: Request, app_id: int, form: FormData) -> Response:
    def delete(session: Any) -> str:
        svc.delete_application(session, app_id)
        return request.url_for("applications_index").path

    # Posted again (Back and resubmit): nothing more is deleted. SQLite may meanwhile have given
    # this id to a new application, which a second delete would have removed.
    return once(request, form.get("form_token", ""), delete, repeat=_GONE, done="deleted")
