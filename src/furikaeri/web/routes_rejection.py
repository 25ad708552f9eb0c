"""「面接に落ちた」: record the notice → a short word → (feedback request, routes_feedback) →
the self-check → the diagnosis → next steps. One guided path, each step its own page."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.errors import ValidationError
from furikaeri.web import flow
from furikaeri.web.deps import (
    MAX_UPLOAD_BYTES,
    ChosenFiles,
    FormData,
    Uploads,
    kept_input,
    page_number,
    redirect,
    store_of,
)
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, new_token, once
from furikaeri.web.render import render

router = APIRouter()

# The part of each page an HTMX request gets (one URL, two renderings).
_FRAGMENTS = {
    "rejection/word.html": "rejection/_word.html",
    "rejection/diagnosis.html": "rejection/_diagnosis.html",
}


def _start_context(
    session: Session, values: dict[str, Any], app_q: str, app_page: int
) -> dict[str, Any]:
    # The recent applications (open ones first) and the one chosen; a search finds the rest
    # (a select of every application was ≈430 options at 1,000 applications).
    chosen = str(values.get("application_id") or "")
    include = [int(chosen)] if chosen.isdigit() else []
    found = store.choice_page(session, q=app_q[:100], include=include, page=app_page)
    imported = store.recent_rejections(session, from_mail_without_request=True, limit=50)
    return {
        "applications": found.choices,
        "found": found,
        "app_q": app_q[:100],
        "imported": imported,
        "stage_options": {"": "分からない・選ばない", **{s: s for s in store.STAGES}},
        **flow.steps_context("rejection_start"),
    }


def _start_page(
    request: Request,
    *,
    values: dict[str, Any],
    errors: dict[str, str],
    status: int = 200,
    app_q: str = "",
    app_page: int = 1,
) -> Response:
    values = {**values, "form_token": values.get("form_token") or new_token()}
    with store_of(request).session(readonly=True) as session:
        more = _start_context(session, values, app_q, app_page)
        context = {"values": values, "errors": errors, **more}
        return render(request, "rejection/start.html", context, status_code=status)


@router.get("/rejection", name="rejection_start")
def rejection_start(
    request: Request, application_id: str = "", app_q: str = "", app_page: str = ""
) -> Response:
    values = {"application_id": application_id, "date": dt.date.today().isoformat()}
    if application_id.isdigit():
        # An unknown id: nothing is preselected.
        with (
            store_of(request).session(readonly=True) as session,
            contextlib.suppress(store.NotFound),
        ):
            values["stage"] = store.get_application(session, int(application_id)).stage
    page = page_number(app_page)
    return _start_page(request, values=values, errors={}, app_q=app_q, app_page=page)


@router.post("/rejection", name="rejection_create")
def rejection_create(
    request: Request, form: FormData, files: Uploads, chosen: ChosenFiles
) -> Response:
    on_error(request, lambda errors: _start_page(request, values=form, errors=errors, status=422))
    if "eml" in chosen and "eml" not in files:
        raise ValidationError(
            {
                "eml": f"選んだファイル（{chosen['eml'][:100]}）は空です（0バイト）。"
                "メールを保存し直すか、本文を下の「通知メールの本文」の欄に貼り付けてください。"
            }
        )
    form = _with_eml(form, files.get("eml"))
    report = _report(form)

    def record(session: Session) -> str | Already:
        from furikaeri.intake import record_reported_rejection

        done = record_reported_rejection(session, report)
        url = request.url_for("rejection_show", rejection_id=done.rejection_id).path
        return Already(url, "rejection_again") if done.duplicate else url

    # Posted again (the same form, or the same notice in a new one): the page says it was
    # recorded already, once (a one-time notice: a reload does not repeat it).
    token = form.get("form_token", "")
    return once(request, token, record, done="recorded", repeat="rejection_again")


def _report(form: dict[str, str]) -> Any:
    from furikaeri.intake import RejectionReport

    chosen = form.get("application_id", "").strip()
    return RejectionReport(
        application_id=int(chosen) if chosen.isdigit() else None,
        company=form.get("company", ""),
        stage=form.get("stage", ""),
        date=form.get("date") or None,
        subject=form.get("subject", ""),
        body=form.get("body", ""),
        message_id=form.get("message_id") or None,
        sender=form.get("sender", ""),
        reply_to=form.get("reply_to", ""),
        confirmed=bool(form.get("confirm_rejection")),
    )


def _with_eml(form: dict[str, str], raw: bytes | None) -> dict[str, str]:
    """An uploaded .eml fills the subject, body and date, as if pasted (and shown so on error)."""
    if not raw:
        return form
    from furikaeri.mail.parse import MailParseError, parse_mail_or_body

    if len(raw) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            {
                "eml": "ファイルが大きすぎます（5MB まで）。添付ファイルの多いメールは、"
                "本文をコピーして下の「通知メールの本文」の欄に貼り付けてください。"
            }
        )
    try:
        mail = parse_mail_or_body(raw)  # a body saved alone is read as `mail import` reads it
    except MailParseError as exc:
        raise ValidationError({"eml": f"メールとして読めませんでした: {exc}"}) from exc
    if not mail.headers:  # no subject, date or sender to fill: what was typed stays
        return {**form, "body": mail.body_text}
    filled = {**form, "subject": mail.subject or "", "body": mail.body_text}
    if mail.date is not None:
        filled["date"] = mail.date.date().isoformat()
    filled["message_id"] = mail.message_id or ""
    filled["sender"] = mail.from_ or ""
    filled["reply_to"] = mail.reply_to or ""
    return filled


def _loaded_page(
    request: Request,
    rejection_id: int,
    page: str,
    step: str,
    *,
    more: Callable[[Any, Any], dict[str, Any]] | None = None,
    **extra: Any,
) -> Response:
    """A page of the flow about one rejection; ``more(session, loaded)`` adds what needs the
    open session (the diagnosis)."""
    from furikaeri.diagnosis import is_documents

    with store_of(request).session(readonly=True) as session:
        loaded = flow.load(session, rejection_id)
        context = {
            "r": loaded.rejection,
            "app": loaded.app,
            "iv": loaded.interview,
            "documents": is_documents(loaded.rejection.stage),
            **flow.steps_context(step, rejection_id),
            **extra,
            **(more(session, loaded) if more else {}),
        }
        return render(request, page, context, fragment=_FRAGMENTS.get(page))


def _word_context(session: Session, loaded: flow.Loaded) -> dict[str, Any]:
    """The later rounds passed, and the first thing to do about feedback (the core decides:
    a reply or comments in hand are not asked for again)."""
    from furikaeri.diagnosis import is_documents, later_round_messages, passed_rounds
    from furikaeri.mail.request import first_step, plan_for

    stage = loaded.interview.stage if loaded.interview else loaded.rejection.stage
    documents = is_documents(loaded.rejection.stage)
    replied = any(fr.replies for fr in loaded.rejection.feedback_requests)
    return {
        "rounds": later_round_messages(stage, passed_rounds(loaded.app), documents=documents),
        "first_step": first_step(plan_for(loaded.rejection.notice, loaded.app), replied=replied),
    }


@router.get("/rejections/{rejection_id}", name="rejection_show")
def rejection_show(request: Request, rejection_id: int) -> Response:
    return _loaded_page(
        request, rejection_id, "rejection/word.html", "rejection_show", more=_word_context
    )


def _selfcheck_context(
    loaded: flow.Loaded,
    posted: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
) -> dict[str, Any]:
    """The self-check form: the saved answers and their version; or, refused as stale, the
    answers as posted with the saved ones that differ beside them (``kept_input``), carrying
    the saved version so that the next save, after checking, goes through."""
    from furikaeri.catalogue import causes
    from furikaeri.diagnosis import is_documents, selfcheck_questions

    saved = (
        {a.question_id: a.answer for a in loaded.interview.self_checks} if loaded.interview else {}
    )
    questions = selfcheck_questions(documents=is_documents(loaded.rejection.stage))
    names = {q.id: f"q.{q.id}" for q in questions}

    def as_form(answers: dict[str, str]) -> dict[str, str]:
        return {name: answers.get(qid, "") for qid, name in names.items()}

    def now() -> dict[str, str]:
        return {**as_form(saved), "version": store.self_check_version(saved)}

    values, current = kept_input(
        {**as_form({qid: posted.get(name, "") for qid, name in names.items()})}
        if posted is not None
        else now(),
        errors or {},
        now,
    )
    return {
        "questions": questions,
        "given": {qid: values.get(name, "") for qid, name in names.items()},
        "version": values.get("version", ""),
        "causes": causes(),
        "errors": errors or {},
        "current": current,
        "current_labels": {name: q.text for q, name in zip(questions, names.values(), strict=True)},
        "choices": SELFCHECK_CHOICES,  # the radio buttons, and the saved answers' labels
        "current_choices": dict.fromkeys(names.values(), SELFCHECK_CHOICES),
    }


SELFCHECK_CHOICES = {"yes": "はい", "partly": "少し", "no": "いいえ", "": "分からない"}


@router.get("/rejections/{rejection_id}/selfcheck", name="rejection_selfcheck")
def rejection_selfcheck(request: Request, rejection_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        extra = _selfcheck_context(flow.load(session, rejection_id))
    return _loaded_page(
        request, rejection_id, "rejection/selfcheck.html", "rejection_selfcheck", **extra
    )


@router.post("/rejections/{rejection_id}/selfcheck", name="rejection_selfcheck_save")
def rejection_selfcheck_save(request: Request, rejection_id: int, form: FormData) -> Response:
    from furikaeri.diagnosis import is_documents, selfcheck_questions

    def again(errors: dict[str, str]) -> Response:
        """Refused as stale: the answers as posted, the saved ones that differ beside them."""
        with store_of(request).session(readonly=True) as session:
            extra = _selfcheck_context(flow.load(session, rejection_id), form, errors)
        return _loaded_page(
            request, rejection_id, "rejection/selfcheck.html", "rejection_selfcheck", **extra
        )

    on_error(request, again)
    try:
        with store_of(request).session() as session:
            loaded = flow.load(session, rejection_id)
            questions = selfcheck_questions(documents=is_documents(loaded.rejection.stage))
            answers = {q.id: form.get(f"q.{q.id}", "") for q in questions}
            interview = loaded.interview or store.add_interview(
                session,
                application_id=loaded.app.id,
                stage=loaded.rejection.stage,
                result="rejected",
            )
            # Back to an older form: answers changed since are not overwritten (Stale).
            store.save_self_check(
                session, interview_id=interview.id, answers=answers, version=form.get("version")
            )
    except ValidationError:
        pass  # only radio values can be posted; a forged value is simply not saved
    return redirect(
        str(request.url_for("rejection_diagnosis", rejection_id=rejection_id)), done="saved"
    )


def _diagnosis(session: Session, loaded: flow.Loaded) -> Any:
    # The core's own entry point: with or without an interview, replies and career count.
    from furikaeri.diagnosis import diagnose_rejection

    return diagnose_rejection(session, loaded.rejection.id)


@router.get("/rejections/{rejection_id}/diagnosis", name="rejection_diagnosis")
def rejection_diagnosis(request: Request, rejection_id: int) -> Response:
    return _diagnosis_page(request, rejection_id, "rejection/diagnosis.html", "rejection_diagnosis")


@router.get("/rejections/{rejection_id}/next", name="rejection_next")
def rejection_next(request: Request, rejection_id: int) -> Response:
    return _diagnosis_page(request, rejection_id, "rejection/next.html", "rejection_next")


def _latest_reply(rejection: Any) -> Any | None:
    replies = [rep for fr in rejection.feedback_requests for rep in fr.replies]
    return replies[-1] if replies else None


def _diagnosis_context(session: Any, loaded: Any) -> dict[str, Any]:
    from furikaeri.catalogue import causes

    return {
        "d": _diagnosis(session, loaded),
        "causes": causes(),
        # Read by the template only after a reply was just recorded (its one-time notice).
        "latest_reply": lambda: _latest_reply(loaded.rejection),
    }


def _diagnosis_page(request: Request, rejection_id: int, page: str, step: str) -> Response:
    return _loaded_page(request, rejection_id, page, step, more=_diagnosis_context)
