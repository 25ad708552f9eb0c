"""自己分析 worksheets: write, save (nothing is lost, even with problems found), see the
analyzer's check of what was written. Routes parse, call furikaeri.worksheets and the store."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.access import version_of
from furikaeri.web.deps import FormData, kept_input, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, once
from furikaeri.web.render import render

router = APIRouter()


def _kind(kind: str) -> Any:
    from furikaeri.worksheets import worksheet_kinds

    found = worksheet_kinds().get(kind)
    if found is None:
        raise HTTPException(404, "そのシートはありません。")
    return found


@router.get("/worksheets", name="worksheets_index")
def worksheets_index(request: Request) -> Response:
    from furikaeri.worksheets import summary, worksheet_kinds

    with store_of(request).session(readonly=True) as session:
        sheets = store.list_worksheets(session)
        context = {
            "kinds": worksheet_kinds(),
            "sheets": sheets,
            "summary": summary,
            "episodes": [s for s in sheets if s.kind == "strength"],
        }
        return render(request, "worksheets/index.html", context)


def _application(session: Any, app_id: int | None) -> Any:
    if app_id is None:
        return None
    try:
        return store.get_application(session, app_id)
    except store.NotFound:
        return None


def _sheet_page(
    request: Request,
    kind: str,
    *,
    sheet_id: int | None,
    application_id: int | None,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    status: int = 200,
    live: bool = False,
    app_q: str = "",
) -> Response:
    from furikaeri.worksheets import check_worksheet, summary

    spec = _kind(kind)
    with store_of(request).session(readonly=True) as session:
        sheet = store.get_worksheet(session, sheet_id) if sheet_id else None
        if sheet is not None and sheet.kind != kind:
            raise HTTPException(404, "そのシートはありません。")
        app_id = sheet.application_id if sheet else application_id
        app = _application(session, app_id)
        check = None
        written = (
            values if live else (sheet.fields if sheet is not None and values is None else None)
        )
        if written is not None:
            check = check_worksheet(
                kind,
                written,
                company=app.company if app else "",
                company_profile=app.company_profile if app else "",
            )
        context = {
            "spec": spec,
            "sheet": sheet,
            "app": app,
            "applications": store.choose_applications(session, q=app_q[:100], include=[app_id]),
            "app_q": app_q,
            "values": values if values is not None else dict(sheet.fields if sheet else {}),
            "errors": errors or {},
            "check": check,
            "saved": [s for s in store.list_worksheets(session, kind=kind)],
            "summary": summary,
            "career": store.list_career(session),
            "current": {},
            "current_labels": {},
        }
        if sheet is not None:  # refused as stale: the sheet as it is now beside the input
            context["values"], context["current"] = kept_input(
                context["values"], errors or {}, lambda: _as_saved(sheet)
            )
            context["current_labels"] = {f.id: f.label for f in spec.fields}
        fragment = "worksheets/_check.html" if live else None
        return render(
            request, "worksheets/sheet.html", context, status_code=status, fragment=fragment
        )


def _as_saved(sheet: Any) -> dict[str, str]:
    return {**sheet.fields, "version": version_of(sheet)}


@router.get("/worksheets/{kind}", name="worksheet_page")
def worksheet_page(
    request: Request, kind: str, id: str = "", application_id: str = "", app_q: str = ""
) -> Response:
    sheet_id = int(id) if id.isdigit() else None
    app_id = int(application_id) if application_id.isdigit() else None
    return _sheet_page(request, kind, sheet_id=sheet_id, application_id=app_id, app_q=app_q)


def _tokens(form: dict[str, str]) -> dict[str, str]:
    """What the form carries back besides the fields (refused as stale, the version becomes
    the sheet's current one: :func:`_sheet_page`)."""
    return {"form_token": form.get("form_token", ""), "version": form.get("version", "")}


@router.post("/worksheets/{kind}", name="worksheet_save")
def worksheet_save(request: Request, kind: str, form: FormData) -> Response:
    from furikaeri.worksheets import worksheet_kinds

    spec = _kind(kind)
    fields = {f.id: form.get(f.id, "") for f in spec.fields}
    sheet_id = int(form["id"]) if form.get("id", "").isdigit() else None
    app_id = int(form["application_id"]) if form.get("application_id", "").isdigit() else None
    on_error(
        request,
        lambda errors: _sheet_page(
            request,
            kind,
            sheet_id=sheet_id,
            application_id=app_id,
            values={**fields, **_tokens(form)},
            errors=errors,
            status=422,
        ),
    )

    given: dict[str, Any] = {
        "kind": kind,
        "fields": fields,
        "kinds": worksheet_kinds(),
        "application_id": app_id,
    }

    def shown(row: Any) -> str:
        url = request.url_for("worksheet_page", kind=kind).include_query_params(id=row.id)
        return f"{url.path}?{url.query}"

    def create(session: Session) -> str | Already:
        recorded = store.record_worksheet(session, **given)
        url = shown(recorded.row)
        return Already(url, "already_saved") if recorded.reused else url

    if sheet_id is None:  # posted twice (Back, a second click): one sheet
        return once(request, form.get("form_token", ""), create)
    with store_of(request).session() as session:
        version = form.get("version")
        row = store.save_worksheet(session, worksheet_id=sheet_id, version=version, **given)
        return redirect(shown(row))


@router.post("/worksheets/{kind}/check", name="worksheet_check")
def worksheet_check(request: Request, kind: str, form: FormData) -> Response:
    """The debounced live check posts here as the user types: nothing is saved. HTMX gets the
    check alone; without HTMX the page comes back with what was typed and its check."""
    spec = _kind(kind)
    fields = {f.id: form.get(f.id, "") for f in spec.fields}
    sheet_id = int(form["id"]) if form.get("id", "").isdigit() else None
    app_id = int(form["application_id"]) if form.get("application_id", "").isdigit() else None
    return _sheet_page(
        request, kind, sheet_id=sheet_id, application_id=app_id, values=fields, live=True
    )


@router.post("/worksheets/{kind}/{sheet_id}/delete", name="worksheet_delete")
def worksheet_delete(request: Request, kind: str, sheet_id: int, form: FormData) -> Response:
    def delete(session: Session) -> str:
        store.delete_worksheet(session, sheet_id)
        return request.url_for("worksheet_page", kind=kind).path

    # Posted again: nothing more is deleted (the id may belong to a new sheet by then).
    return once(request, form.get("form_token", ""), delete, repeat="already_deleted")
