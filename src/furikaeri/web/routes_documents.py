"""書類チェック (/documents) and 必須条件の照合 (/skills). Routes parse, call
furikaeri.documents / furikaeri.skills / the store, render. A 書類 rejection links here first."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.access import version_of
from furikaeri.web.deps import FormData, Uploads, kept_input, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, once
from furikaeri.web.render import render

router = APIRouter()

DOC_FIELDS = ("kind", "title", "application_id", "char_limit", "text")


def _app_id(value: str | None) -> int | None:
    return int(value) if value and value.strip().isdigit() else None


def _app_choices(session: Any, values: dict[str, Any], app_q: str = "") -> list[Any]:
    chosen = _app_id(str(values.get("application_id") or ""))
    return store.choose_applications(session, q=app_q[:100], include=[chosen])


def _documents_page(
    request: Request,
    *,
    values: dict[str, Any],
    errors: dict[str, str],
    status: int = 200,
    app_q: str = "",
) -> Response:
    with store_of(request).session(readonly=True) as session:
        context = {
            "values": values,
            "errors": errors,
            "documents": store.list_documents(session),
            "applications": _app_choices(session, values, app_q),
            "app_q": app_q,
            "kinds": store.DOCUMENT_KINDS,
        }
        return render(request, "documents/page.html", context, status_code=status)


@router.get("/documents", name="documents_page")
def documents_page(request: Request, application_id: str = "", app_q: str = "") -> Response:
    values = {"kind": "es", "application_id": application_id}
    return _documents_page(request, values=values, errors={}, app_q=app_q)


def _with_file(form: dict[str, str], files: dict[str, bytes], filename: str) -> dict[str, str]:
    """An uploaded file fills the text (and the title), as if pasted."""
    if "file" not in files:
        return form
    from furikaeri.documents import read_upload

    text = read_upload(filename, files["file"])
    return {**form, "text": text, "title": form.get("title") or filename}


async def _filename(request: Request) -> str:
    upload = (await request.form()).get("file")
    return str(getattr(upload, "filename", "") or "")


@router.post("/documents", name="document_create")
async def document_create(request: Request, form: FormData, files: Uploads) -> Response:
    filename = await _filename(request)
    return await _save(request, form, files, filename, document_id=None)


@router.post("/documents/{document_id}", name="document_update")
async def document_update(
    request: Request, document_id: int, form: FormData, files: Uploads
) -> Response:
    filename = await _filename(request)
    return await _save(request, form, files, filename, document_id=document_id)


async def _save(
    request: Request,
    form: dict[str, str],
    files: dict[str, bytes],
    filename: str,
    *,
    document_id: int | None,
) -> Response:
    from starlette.concurrency import run_in_threadpool

    def work() -> Response:
        values = {k: form.get(k, "") for k in DOC_FIELDS}
        values["form_token"] = form.get("form_token", "")
        if document_id is None:
            on_error(request, lambda errors: _documents_page(request, values=values, errors=errors))
        else:  # the document's own page, the input kept (and, if stale, the saved one beside it)
            values["version"] = form.get("version", "")
            on_error(
                request,
                lambda errors: _show_page(request, document_id, values=values, errors=errors),
            )
        filled = _with_file(values, files, filename)
        values.update(filled)

        fields: dict[str, Any] = {
            "kind": filled.get("kind", "es"),
            "text": filled.get("text", ""),
            "title": filled.get("title", ""),
            "filename": filename if "file" in files else "",
            "char_limit": filled.get("char_limit"),
            "application_id": _app_id(filled.get("application_id")),
        }

        def shown(row: Any) -> str:
            return request.url_for("document_show", document_id=row.id).path

        def create(session: Session) -> str | Already:
            recorded = store.record_document(session, **fields)
            url = shown(recorded.row)
            return Already(url, "already_saved") if recorded.reused else url

        if document_id is None:  # posted twice (Back, a second click): one document
            return once(request, values["form_token"], create)
        with store_of(request).session() as session:
            version = form.get("version")
            row = store.save_document(session, document_id=document_id, version=version, **fields)
            return redirect(shown(row))

    return await run_in_threadpool(work)


@router.get("/documents/{document_id}", name="document_show")
def document_show(request: Request, document_id: int) -> Response:
    return _show_page(request, document_id)


def _saved_values(doc: Any) -> dict[str, str]:
    """The document as its edit form shows it."""
    return {
        "kind": doc.kind,
        "title": doc.title,
        "application_id": str(doc.application_id or ""),
        "char_limit": str(doc.char_limit or ""),
        "text": doc.text,
        "version": version_of(doc),
    }


def _show_page(
    request: Request,
    document_id: int,
    *,
    values: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> Response:
    """The document's check and its edit form: the saved text, or the user's input refused
    by the store (and, refused as stale, the saved document beside it:
    :func:`~furikaeri.web.deps.kept_input`)."""
    from furikaeri.documents import check_document

    errors = errors or {}
    with store_of(request).session(readonly=True) as session:
        doc = store.get_document(session, document_id)
        app = store.get_application(session, doc.application_id) if doc.application_id else None
        check = check_document(
            doc.text,
            kind=doc.kind,
            question=doc.title if doc.kind == "es" else "",
            char_limit=doc.char_limit,
            company=app.company if app else "",
            company_profile=app.company_profile if app else "",
        )
        shown, current = kept_input(
            values if values is not None else _saved_values(doc),
            errors,
            lambda: _saved_values(doc),
        )
        context = {
            "doc": doc,
            "app": app,
            "check": check,
            "values": shown,
            "errors": errors,
            "current": current,
            "app_labels": {str(app.id): app.company} if app else {},
            "applications": _app_choices(session, shown),
            "kinds": store.DOCUMENT_KINDS,
        }
        return render(request, "documents/show.html", context, status_code=422 if errors else 200)


@router.post("/documents/{document_id}/delete", name="document_delete")
def document_delete(request: Request, document_id: int, form: FormData) -> Response:
    def delete(session: Session) -> str:
        store.delete_document(session, document_id)
        return request.url_for("documents_page").path

    # Posted again: nothing more is deleted (the id may belong to a new document by then).
    return once(request, form.get("form_token", ""), delete, repeat="already_deleted")


# --- 必須条件の照合 ---------------------------------------------------------------------------


def _skills_context(
    session: Any, app_id: int | None, posting: str | None, app_q: str = ""
) -> dict[str, Any]:
    from furikaeri.skills import SkillsError, candidate_of, compare, parse_posting

    # The most recent applications with a posting (store.CHOICES): the page compares each.
    apps = store.applications_with_posting(session)
    chosen = next((a for a in apps if a.id == app_id), None)
    if chosen is None and app_id is not None:
        try:
            chosen = store.get_application(session, app_id)
        except store.NotFound:
            chosen = None
    text = posting if posting is not None else (chosen.job_posting if chosen else "")
    gap, error = None, ""
    if text.strip() or posting is not None:
        try:
            gap = compare(parse_posting(text), candidate_of(session))
        except SkillsError as exc:
            error = exc.message
    return {
        "applications": store.choose_applications(
            session, q=app_q[:100], include=[app_id], with_posting=True
        ),
        "app_q": app_q,
        "chosen": chosen,
        "posting": text,
        "gap": gap,
        "error": error,
        "qualifications": store.get_qualifications(session),
        "career": store.list_career(session),
        "retarget": _retarget(session, apps),
        "fit": _fit(session, apps),
        "status_labels": store.APPLICATION_STATUS_LABELS,
    }


def _retarget(session: Any, apps: list[Any]) -> list[Any]:
    from furikaeri.skills import candidate_of, documents_gaps

    rejected = [a for a in apps if a.status == "rejected"]
    return documents_gaps(rejected, candidate_of(session)) if rejected else []


def _fit(session: Any, apps: list[Any]) -> list[Any]:
    from furikaeri.skills import candidate_of, fit_to_postings

    with_posting = [a for a in apps if a.job_posting.strip()]
    return fit_to_postings(with_posting, candidate_of(session)) if with_posting else []


@router.get("/skills", name="skills_page")
def skills_page(request: Request, application_id: str = "", app_q: str = "") -> Response:
    with store_of(request).session(readonly=True) as session:
        context = _skills_context(session, _app_id(application_id), None, app_q)
        return render(request, "skills/page.html", context)


@router.post("/skills/check", name="skills_check")
def skills_check(request: Request, form: FormData) -> Response:
    """Compare a pasted posting (nothing is stored: the posting stays in the form)."""
    with store_of(request).session(readonly=True) as session:
        context = _skills_context(session, None, form.get("posting", ""))
        status = 422 if context["error"] else 200
        return render(request, "skills/page.html", context, status_code=status)


@router.post("/skills/qualifications", name="skills_qualifications")
def skills_qualifications(request: Request, form: FormData) -> Response:
    with store_of(request).session() as session:
        store.save_qualifications(session, form.get("qualifications", ""))
    back = request.url_for("skills_page")
    if form.get("application_id", "").isdigit():  # the application the page was showing
        back = back.include_query_params(application_id=form["application_id"])
    return redirect(str(back), done="qualifications_saved")
