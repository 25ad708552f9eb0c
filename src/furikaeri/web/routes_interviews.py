"""面接 and its questions and answers; each answer is analysed as it is typed (routes_analyze)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store as svc
from furikaeri.analyzer import KIND_LABELS
from furikaeri.store.access import get_row, version_of
from furikaeri.store.validation import FAR_AHEAD
from furikaeri.vocabulary import stage_choices
from furikaeri.web.deps import FormData, kept_input, pick, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, once
from furikaeri.web.render import render
from furikaeri.web.routes_analyze import analysis_context

router = APIRouter()
_GONE = "already_deleted"  # the flash when a delete is posted again

FIELDS = ("stage", "date", "format", "interviewers", "impression", "result")
QA_FIELDS = ("question", "answer", "kind")


def _choices(stage: str | None = None) -> dict[str, Any]:
    return {
        "format_labels": svc.FORMAT_LABELS,
        "result_labels": svc.INTERVIEW_RESULT_LABELS,
        "stage_options": {"": "未定", **{s: s for s in stage_choices(stage)}},
        "qa_kind_labels": {"": "質問文から推定", **KIND_LABELS},
    }


def _form_page(
    request: Request,
    app: Any,
    *,
    values: dict[str, Any],
    errors: dict[str, str],
    iv_id: int | None,
    current: dict[str, str] | None = None,
) -> Response:
    context = {
        "app": app,
        "values": values,
        "errors": errors,
        "iv_id": iv_id,
        "current": current or {},
        "far_ahead": FAR_AHEAD,
        **_choices(values.get("stage")),
    }
    return render(
        request,
        "interviews/form.html",
        context,
        fragment="interviews/_form.html",
        status_code=422 if errors else 200,
    )


def _values(row: Any) -> dict[str, str]:
    values = {name: getattr(row, name) or "" for name in FIELDS}
    values["date"] = row.date.isoformat() if row.date else ""
    values["version"] = version_of(row)
    return values


@router.get("/applications/{app_id}/interviews/new", name="interview_new")
def interview_new(request: Request, app_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        app = svc.get_application(session, app_id)
    values = {"format": "in_person", "result": "pending", "stage": app.stage}
    return _form_page(request, app, values=values, errors={}, iv_id=None)


def _far_ok(form: dict[str, str]) -> bool:
    """The user ticked 「この日付で保存する」 for a date more than a year ahead."""
    return form.get("confirm_date") == "1"


def _new_form_again(
    request: Request, app_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    with store_of(request).session(readonly=True) as session:
        app = svc.get_application(session, app_id)
    return _form_page(request, app, values=form, errors=errors, iv_id=None)


@router.post("/applications/{app_id}/interviews", name="interview_create")
def interview_create(request: Request, app_id: int, form: FormData) -> Response:
    on_error(request, lambda errors: _new_form_again(request, app_id, form, errors))

    def create(session: Session) -> str | Already:
        fields = pick(form, FIELDS)
        recorded = svc.record_interview(
            session, application_id=app_id, far_date_confirmed=_far_ok(form), **fields
        )
        url = request.url_for("interview_show", interview_id=recorded.row.id).path
        # Back after a reload posts it again with a new token: the same interview, once.
        return Already(url, "already_saved") if recorded.reused else url

    # Posted twice (Back and resubmit, a second click): one interview.
    return once(request, form.get("form_token", ""), create, done="created")


def qa_views(interview: Any) -> list[dict[str, Any]]:
    """Each recorded answer with its analysis, judged against this company's profile."""
    app = interview.application
    return [
        {
            "qa": qa,
            "v": {"question": qa.question, "answer": qa.answer, "kind": qa.kind},
            "errors": {},
            **analysis_context(
                qa.answer,
                question=qa.question,
                kind=qa.kind,
                company=app.company,
                profile=app.company_profile,
                saved=True,
            ),
        }
        for qa in interview.qas
    ]


def _show(request: Request, interview_id: int, *, new_qa: dict[str, Any] | None = None) -> Response:
    with store_of(request).session(readonly=True) as session:
        iv = svc.get_interview(session, interview_id, answers_only=True)
        context = {
            "iv": iv,
            "app": iv.application,
            "qa_views": qa_views(iv),
            "new_qa": new_qa or {"v": {"kind": ""}, "errors": {}},
            "rejection": _rejection_of(iv),
            **_choices(),
        }
        status = 422 if new_qa and new_qa.get("errors") else 200
        return render(request, "interviews/show.html", context, status_code=status)


def _rejection_of(interview: Any) -> Any | None:
    """The rejection this interview ended in, so the page can lead back into the flow."""
    rejections = interview.application.rejections
    mine = [r for r in rejections if r.interview_id == interview.id]
    loose = [r for r in rejections if r.interview_id is None and interview.result == "rejected"]
    found = mine or loose
    return found[-1] if found else None


@router.get("/interviews/{interview_id}", name="interview_show")
def interview_show(request: Request, interview_id: int) -> Response:
    return _show(request, interview_id)


@router.get("/interviews/{interview_id}/edit", name="interview_edit")
def interview_edit(request: Request, interview_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        iv = svc.get_interview(session, interview_id)
        return _form_page(request, iv.application, values=_values(iv), errors={}, iv_id=iv.id)


def _edit_form_again(
    request: Request, interview_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    """The edit form again with the user's input (and, refused as stale, the interview as it
    is now beside it: :func:`~furikaeri.web.deps.kept_input`)."""
    with store_of(request).session(readonly=True) as session:
        iv = svc.get_interview(session, interview_id)
        values, current = kept_input(form, errors, lambda: _values(iv))
        return _form_page(
            request,
            iv.application,
            values=values,
            errors=errors,
            iv_id=interview_id,
            current=current,
        )


@router.post("/interviews/{interview_id}", name="interview_update")
def interview_update(request: Request, interview_id: int, form: FormData) -> Response:
    on_error(request, lambda errors: _edit_form_again(request, interview_id, form, errors))
    with store_of(request).session() as session:
        svc.update_interview(
            session,
            interview_id,
            far_date_confirmed=_far_ok(form),
            version=form.get("version"),
            **pick(form, FIELDS),
        )
    return redirect(str(request.url_for("interview_show", interview_id=interview_id)), done="saved")


@router.post("/interviews/{interview_id}/delete", name="interview_delete")
def interview_delete(request: Request, interview_id: int, form: FormData) -> Response:
    def delete(session: Session) -> str:
        app_id = svc.get_interview(session, interview_id).application_id
        svc.delete_interview(session, interview_id)
        return request.url_for("application_show", app_id=app_id).path

    # Posted again: nothing more is deleted (the id may belong to a new interview by then).
    return once(request, form.get("form_token", ""), delete, repeat=_GONE, done="deleted")


@router.post("/interviews/{interview_id}/qas", name="qa_create")
def qa_create(request: Request, interview_id: int, form: FormData) -> Response:
    values = pick(form, QA_FIELDS)
    on_error(
        request, lambda errors: _show(request, interview_id, new_qa={"v": form, "errors": errors})
    )

    def create(session: Session) -> str | Already:
        recorded = svc.record_qa(session, interview_id=interview_id, **values)
        url = request.url_for("interview_show", interview_id=interview_id).path
        url += f"#qa-{recorded.row.id}"
        # Back after a reload posts it again with a new token: the same answer, once.
        return Already(url, "already_saved") if recorded.reused else url

    # Posted twice (Back and resubmit, a second click): one answer.
    return once(request, form.get("form_token", ""), create, done="created")


@router.post("/qas/{qa_id}", name="qa_update")
def qa_update(request: Request, qa_id: int, form: FormData) -> Response:
    """Saving one answer re-renders just that answer's card for HTMX, the page otherwise."""
    on_error(request, lambda errors: _qa_card(request, qa_id, values=form, errors=errors))
    with store_of(request).session() as session:
        version = form.get("version")
        row = svc.update_qa(session, qa_id, version=version, **pick(form, QA_FIELDS))
        interview_id = row.interview_id
    url = str(request.url_for("interview_show", interview_id=interview_id))
    return redirect(f"{url}#qa-{qa_id}", done="saved")


def _qa_card(
    request: Request, qa_id: int, *, values: dict[str, str], errors: dict[str, str]
) -> Response:
    with store_of(request).session(readonly=True) as session:
        qa = get_row(session, svc.QA, qa_id)
        if qa is None:
            raise svc.NotFound("この回答は見つかりません。")
        iv = svc.get_interview(session, qa.interview_id, answers_only=True)
        views = qa_views(iv)
        for view in views:
            if view["qa"].id == qa_id:
                view.update(_kept_input(qa, values, errors))
        context = {"iv": iv, "app": iv.application, "qa_views": views, **_choices()}
        context["new_qa"] = {"v": {"kind": ""}, "errors": {}}
        return render(request, "interviews/show.html", context, status_code=422)


def _kept_input(qa: Any, values: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    """The answer's card with the user's input (and, refused as stale, the saved answer
    beside it: :func:`~furikaeri.web.deps.kept_input`)."""

    def saved() -> dict[str, str]:
        return {
            "question": qa.question,
            "answer": qa.answer,
            "kind": qa.kind,
            "version": version_of(qa),
        }

    kept, current = kept_input(values, errors, saved)
    return {"v": kept, "errors": errors, "current": current}


@router.post("/qas/{qa_id}/delete", name="qa_delete")
def qa_delete(request: Request, qa_id: int, form: FormData) -> Response:
    def delete(session: Session) -> str:
        row = get_row(session, svc.QA, qa_id)
        interview_id = row.interview_id if row is not None else 0
        svc.delete_qa(session, qa_id)
        return request.url_for("interview_show", interview_id=interview_id).path

    # Posted again: nothing more is deleted (the id may belong to a new answer by then).
    return once(request, form.get("form_token", ""), delete, repeat=_GONE, done="deleted")
