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
from furikaeri.store.validation import Checker
from furikaeri.web import flow
from furikaeri.web.deps import (
    MAX_UPLOAD_BYTES,
    FormData,
    Uploads,
    redirect,
    store_of,
)
from furikaeri.web.render import render

router = APIRouter()

# The part of each page an HTMX request gets (one URL, two renderings).
_FRAGMENTS = {
    "rejection/word.html": "rejection/_word.html",
    "rejection/diagnosis.html": "rejection/_diagnosis.html",
}

NOTICE_LABEL_TEXT = {
    "pass": "選考通過の連絡",
    "interview_invite": "面接の案内",
    "offer": "内定の連絡",
    "other": "不採用の通知とは判断できないメール",
}


def _start_context(session: Session) -> dict[str, Any]:
    apps = store.list_applications(session)
    imported = [
        r for r in store.list_rejections(session) if r.notice_id and not r.feedback_requests
    ]
    return {
        "applications": [a for a in apps if a.status == "active"] or apps,
        "imported": imported,
        "stage_options": {"": "分からない・選ばない", **{s: s for s in store.STAGES}},
        **flow.steps_context("rejection_start"),
    }


def _start_page(
    request: Request, *, values: dict[str, Any], errors: dict[str, str], status: int = 200
) -> Response:
    with store_of(request).session(readonly=True) as session:
        context = {"values": values, "errors": errors, **_start_context(session)}
        return render(request, "rejection/start.html", context, status_code=status)


@router.get("/rejection", name="rejection_start")
def rejection_start(request: Request, application_id: str = "") -> Response:
    values = {"application_id": application_id, "date": dt.date.today().isoformat()}
    if application_id.isdigit():
        # An unknown id: nothing is preselected.
        with (
            store_of(request).session(readonly=True) as session,
            contextlib.suppress(store.NotFound),
        ):
            values["stage"] = store.get_application(session, int(application_id)).stage
    return _start_page(request, values=values, errors={})


@router.post("/rejection", name="rejection_create")
def rejection_create(request: Request, form: FormData, files: Uploads) -> Response:
    try:
        form = _with_eml(form, files.get("eml"))
        with store_of(request).session() as session:
            rejection_id = _record(session, form)
    except ValidationError as exc:
        return _start_page(request, values=form, errors=exc.errors, status=422)
    return redirect(
        str(request.url_for("rejection_show", rejection_id=rejection_id)), done="recorded"
    )


def _with_eml(form: dict[str, str], raw: bytes | None) -> dict[str, str]:
    """An uploaded .eml fills the subject, body and date, as if pasted (and shown so on error)."""
    if not raw:
        return form
    from furikaeri.mail.parse import MailParseError, parse_message

    if len(raw) > MAX_UPLOAD_BYTES:
        raise ValidationError({"eml": "ファイルが大きすぎます（5MB まで）。"})
    try:
        mail = parse_message(raw)
    except MailParseError as exc:
        raise ValidationError({"eml": f"メールとして読めませんでした: {exc}"}) from exc
    filled = {**form, "subject": mail.subject or "", "body": mail.body_text}
    if mail.date is not None:
        filled["date"] = mail.date.date().isoformat()
    filled["message_id"] = mail.message_id or ""
    return filled


def _classified(form: dict[str, str], check: Checker) -> dict[str, Any]:
    """Read the pasted notice; question it when it does not look like a rejection."""
    body, subject = form.get("body", "").strip(), form.get("subject", "").strip()
    if not body:
        return {}
    from furikaeri.mail.classify import classify_notice

    found = classify_notice(subject=subject or None, body=body)
    if found.label != "rejection" and not form.get("confirm_rejection"):
        what = NOTICE_LABEL_TEXT.get(found.label, found.label)
        check.fail(
            "body",
            f"このメールは「{what}」のように読めます。内容を確かめてください。"
            "不採用の通知で間違いなければ、下の「不採用として記録する」に印を付けてください。",
        )
    return {"company": found.company, "stage": found.stage, "date": found.date}


def _record(session: Session, form: dict[str, str]) -> int:
    """File the rejection (and the pasted notice); make sure an interview exists for it, so
    that the self-check and the diagnosis have somewhere to live."""
    filed = _already_filed(session, form.get("message_id", ""))
    if filed is not None:
        return filed
    check = Checker()
    read = _classified(form, check)
    app = _application(session, form, read, check)
    # Not chosen, not in the notice: the stage the application has reached (「どの選考で」).
    stage = form.get("stage", "").strip() or read.get("stage") or (app.stage if app else "") or ""
    day = check.date(
        "date", form.get("date") or read.get("date"), not_before=app.applied_on if app else None
    )
    check.done()
    assert app is not None  # _application failed the check otherwise
    if not app.interviews or (stage and all(i.stage != stage for i in app.interviews)):
        store.add_interview(session, application_id=app.id, stage=stage, result="rejected")
        # add_interview does not append to the loaded collection; the store reads it next.
        session.expire(app, ["interviews"])
    if form.get("body", "").strip():
        outcome = store.record_notice(
            session,
            label="rejection",
            company=app.company,
            stage=stage,
            date=day,
            subject=form.get("subject", "").strip(),
            body=form["body"].strip(),
            message_id=form.get("message_id") or None,
        )
        if outcome.rejection is not None:
            return int(outcome.rejection.id)
    row = store.record_rejection(session, application_id=app.id, date=day, stage=stage)
    return int(row.id)


def _already_filed(session: Session, message_id: str) -> int | None:
    """The rejection of a mail uploaded (or imported) before: the same mail is not filed twice."""
    if not message_id:
        return None
    notices = {n.id for n in store.list_notices(session) if n.message_id == message_id}
    found = [r.id for r in store.list_rejections(session) if r.notice_id in notices]
    return int(found[0]) if found else None


def _application(
    session: Session, form: dict[str, str], read: dict[str, Any], check: Checker
) -> Any | None:
    chosen = form.get("application_id", "").strip()
    if chosen.isdigit():
        return store.get_application(session, int(chosen))
    company = form.get("company", "").strip() or read.get("company") or ""
    if not company:
        check.fail("company", "会社名を入力するか、記録済みの応募から選んでください。")
        return None
    found = store.find_application(session, company)
    return found or store.create_application(session, company=company)


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
    with store_of(request).session(readonly=True) as session:
        loaded = flow.load(session, rejection_id)
        context = {
            "r": loaded.rejection,
            "app": loaded.app,
            "iv": loaded.interview,
            **flow.steps_context(step, rejection_id),
            **extra,
            **(more(session, loaded) if more else {}),
        }
        return render(request, page, context, fragment=_FRAGMENTS.get(page))


@router.get("/rejections/{rejection_id}", name="rejection_show")
def rejection_show(request: Request, rejection_id: int) -> Response:
    return _loaded_page(request, rejection_id, "rejection/word.html", "rejection_show")


def _selfcheck_context(loaded: flow.Loaded) -> dict[str, Any]:
    from furikaeri.catalogue import causes
    from furikaeri.diagnosis import selfcheck_questions

    given = (
        {a.question_id: a.answer for a in loaded.interview.self_checks} if loaded.interview else {}
    )
    return {"questions": selfcheck_questions(), "given": given, "causes": causes()}


@router.get("/rejections/{rejection_id}/selfcheck", name="rejection_selfcheck")
def rejection_selfcheck(request: Request, rejection_id: int) -> Response:
    with store_of(request).session(readonly=True) as session:
        extra = _selfcheck_context(flow.load(session, rejection_id))
    return _loaded_page(
        request, rejection_id, "rejection/selfcheck.html", "rejection_selfcheck", **extra
    )


@router.post("/rejections/{rejection_id}/selfcheck", name="rejection_selfcheck_save")
def rejection_selfcheck_save(request: Request, rejection_id: int, form: FormData) -> Response:
    from furikaeri.diagnosis import selfcheck_questions

    answers = {q.id: form.get(f"q.{q.id}", "") for q in selfcheck_questions()}
    try:
        with store_of(request).session() as session:
            loaded = flow.load(session, rejection_id)
            interview = loaded.interview or store.add_interview(
                session,
                application_id=loaded.app.id,
                stage=loaded.rejection.stage,
                result="rejected",
            )
            store.save_self_check(session, interview_id=interview.id, answers=answers)
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
        "latest_reply": _latest_reply(loaded.rejection),
    }


def _diagnosis_page(request: Request, rejection_id: int, page: str, step: str) -> Response:
    return _loaded_page(request, rejection_id, page, step, more=_diagnosis_context)
