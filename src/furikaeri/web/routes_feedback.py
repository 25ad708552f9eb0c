"""Asking the company for feedback: the draft with its timing banner (copy, .eml, mailto:), the
check of the mail, the status of each request, and the reply (classified → diagnosis updates).
No reminders: the reply rate is shown against the norm (about one company in ten)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.store.errors import ValidationError
from furikaeri.web import flow
from furikaeri.web.deps import FormData, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.render import render

router = APIRouter()

VARIANT_LABELS = {
    "standard": "標準（企業の採用担当者へ）",
    "short": "短め",
    "agent": "転職エージェントの担当者へ",
    "phone": "電話で伝える場合の台本（最後の手段）",
}
NORM_REPLY_RATE = 0.10  # about one company in ten answers a feedback request


def _default_variant(app: Any) -> str:
    # Via an agent, the advisor collects the company's comments: ask the advisor.
    return "agent" if app.channel == "agent" else "standard"


def _make_draft(loaded: flow.Loaded, *, variant: str, name: str, email: str) -> Any:
    from furikaeri.mail.draft import draft_feedback_request

    app, iv = loaded.app, loaded.interview
    return draft_feedback_request(
        candidate_name=name,
        company=app.company,
        candidate_email=email or None,
        stage=loaded.rejection.stage or (iv.stage if iv else None),
        interview_date=iv.date if iv else None,
        notice_date=loaded.rejection.date,
        variant=variant,
        agent_name=app.agent_name or None,
        agent_company=app.agent_company or None,
        to_address=(app.agent_email if variant == "agent" else None) or None,
    )


def _draft_context(session: Session, loaded: flow.Loaded, params: dict[str, str]) -> dict[str, Any]:
    from furikaeri.mail.draft import VARIANTS, DraftError, timing_for

    profile = store.get_profile(session)
    name = params.get("name", profile.name).strip()
    email = params.get("email", profile.email).strip()
    variant = params.get("variant") or _default_variant(loaded.app)
    variant = variant if variant in VARIANTS else "standard"
    context: dict[str, Any] = {
        "variant": variant,
        "variant_labels": VARIANT_LABELS,
        "who": {"name": name, "email": email},
        "timing": timing_for(notice_date=loaded.rejection.date, variant=variant),
        "draft": None,
        "draft_error": None,
        "requests": list(loaded.rejection.feedback_requests),
        # A reply has arrived: no new draft is offered (one request per notice, no reminders).
        "replied": any(fr.replies for fr in loaded.rejection.feedback_requests),
        "status_labels": store.FEEDBACK_STATUS_LABELS,
    }
    if not name:
        context["draft_error"] = (
            "名前を入力して「下書きを作る」を押してください（署名に使います）。"
        )
        return context
    try:
        context["draft"] = _make_draft(loaded, variant=variant, name=name, email=email)
    except DraftError as exc:
        context["draft_error"] = str(exc)
    return context


def _draft_page(
    request: Request,
    rejection_id: int,
    params: dict[str, str],
    *,
    mail: dict[str, str] | None = None,
    errors: dict[str, str] | None = None,
    reply: dict[str, str] | None = None,
) -> Response:
    # Read only: GET never writes (the draft page used to create an empty profile).
    with store_of(request).session(readonly=True) as session:
        loaded = flow.load(session, rejection_id)
        context = _draft_context(session, loaded, params)
        draft = context["draft"]
        if mail is None and draft is not None:
            mail = {"subject": draft.subject, "body": draft.body}
        context.update(
            r=loaded.rejection,
            app=loaded.app,
            iv=loaded.interview,
            mail=mail or {},
            errors={k: v for k, v in (errors or {}).items() if not k.startswith("reply_")},
            reply_errors={
                k.removeprefix("reply_"): v
                for k, v in (errors or {}).items()
                if k.startswith("reply_")
            },
            reply=reply or {},
            issues=_issues(mail) if mail and draft and draft.variant != "phone" else [],
            **flow.steps_context("feedback_draft", rejection_id),
        )
        status = 422 if errors else 200
        return render(request, "feedback/draft.html", context, status_code=status)


def _issues(mail: dict[str, str]) -> list[Any]:
    from furikaeri.mail.check import check_mail, mail_as_text

    body = mail.get("body", "")
    if not body.strip():
        return []
    return check_mail(mail_as_text(subject=mail.get("subject") or None, body=body))


@router.get("/rejections/{rejection_id}/request", name="feedback_draft")
def feedback_draft(request: Request, rejection_id: int) -> Response:
    return _draft_page(request, rejection_id, dict(request.query_params))


@router.post("/mail/check", name="mail_check")
def mail_check(request: Request, form: FormData) -> Response:
    """The live check of the mail as the user edits it (HTMX fragment)."""
    mail = {"subject": form.get("subject", ""), "body": form.get("body", "")}
    context = {"issues": _issues(mail), "checked": bool(mail["body"].strip())}
    return render(request, "feedback/_check.html", context)


@router.post("/mail/eml", name="mail_eml")
def mail_eml(request: Request, form: FormData) -> Response:
    """The mail as edited, as an .eml file the mail program opens as a draft."""
    from furikaeri.mail.draft import Draft, DraftError, timing_for

    to = form.get("to", "").strip() or None
    draft = Draft(
        subject=form.get("subject", ""),
        body=form.get("body", ""),
        variant="standard",
        timing=timing_for(notice_date=None),
        to_address=to,
        from_address=form.get("email", "").strip() or None,
    )
    try:
        data = draft.as_eml()
    except DraftError as exc:  # a line break in the subject or an address (header injection)
        message = f"{exc}ブラウザの「戻る」で前のページに戻ると、入力した内容が残っています。"
        return render(request, "error.html", {"message": message}, status_code=400)
    filename = quote("フィードバック依頼.eml")
    headers = {"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"}
    return Response(data, media_type="message/rfc822", headers=headers)


@router.post("/rejections/{rejection_id}/request", name="feedback_save")
def feedback_save(request: Request, rejection_id: int, form: FormData) -> Response:
    sent = form.get("action") == "sent"
    mail = {"subject": form.get("subject", ""), "body": form.get("body", "")}
    params = {k: form.get(k, "") for k in ("variant", "name", "email")}
    on_error(
        request, lambda errors: _draft_page(request, rejection_id, params, mail=mail, errors=errors)
    )
    with store_of(request).session() as session:
        existing = store.get_rejection(session, rejection_id).feedback_requests
        store.save_feedback_request(
            session,
            rejection_id=rejection_id,
            subject=mail["subject"].strip(),
            body=mail["body"],
            variant=params["variant"] or "standard",
            sent_on=(form.get("sent_on") or dt.date.today().isoformat()) if sent else None,
            feedback_request_id=existing[-1].id if existing else None,
        )
        _remember_sender(session, params["name"], params["email"])
    return redirect(
        str(request.url_for("rejection_selfcheck", rejection_id=rejection_id)), done="recorded"
    )


def _remember_sender(session: Session, name: str, email: str) -> None:
    """The first name and address typed become the profile's, so the next draft is signed."""
    profile = store.get_profile(session)
    if profile.name or not name.strip():
        return
    career = [
        {"company": c.company, "role": c.role, "start_date": c.start_date, "end_date": c.end_date}
        for c in profile.career
    ]
    store.save_profile(
        session, name=name.strip(), email=email.strip(), phone=profile.phone, career=career
    )


def _back(form: dict[str, str], fallback: str) -> str:
    # Only a path on this site: never an open redirect.
    back = form.get("back", "")
    return back if back.startswith("/") and not back.startswith("//") else fallback


@router.post("/feedback/{request_id}/status", name="feedback_status")
def feedback_status(request: Request, request_id: int, form: FormData) -> Response:
    try:
        with store_of(request).session() as session:
            store.set_feedback_status(session, request_id, status=form.get("status", ""))
    except ValidationError:
        pass  # only the offered buttons can be posted
    return redirect(_back(form, str(request.url_for("feedback_index").path)), done="saved")


@router.post("/feedback/{request_id}/reply", name="feedback_reply")
def feedback_reply(request: Request, request_id: int, form: FormData) -> Response:
    """Record the reply: the classifier labels it and names causes; the diagnosis follows."""
    text = form.get("text", "")
    with store_of(request).session() as session:
        fr = session.get(store.FeedbackRequest, request_id)
        rejection_id = fr.rejection_id if fr is not None else 0
        on_error(request, lambda errors: _reply_error(request, rejection_id, form, errors))
        store.record_reply(
            session,
            feedback_request_id=request_id,
            text=text,
            received_on=form.get("received_on") or None,
        )
    url = str(request.url_for("rejection_diagnosis", rejection_id=rejection_id))
    return redirect(url + "?reply=1", done="recorded")


def _reply_error(
    request: Request, rejection_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    reply_errors = {f"reply_{k}": v for k, v in errors.items()}
    return _draft_page(request, rejection_id, {}, errors=reply_errors, reply=form)


def rate_of(sent: int, answered: int) -> dict[str, Any]:
    """The reply rate from counts (store.feedback_counts), beside the usual one in ten."""
    rate = answered / sent if sent else None
    return {"sent": sent, "answered": answered, "rate": rate, "norm": NORM_REPLY_RATE}


def reply_rate(requests: list[Any]) -> dict[str, Any]:
    sent = [r for r in requests if r.status != "drafted"]
    answered = [r for r in sent if r.status in ("replied", "declined") or r.replies]
    rate = len(answered) / len(sent) if sent else None
    return {"sent": len(sent), "answered": len(answered), "rate": rate, "norm": NORM_REPLY_RATE}


@router.get("/feedback", name="feedback_index")
def feedback_index(request: Request, page: str = "1") -> Response:
    number = int(page) if page.isdigit() and len(page) < 7 else 1
    with store_of(request).session(readonly=True) as session:
        found = store.rejections_with_requests(session, page=number)
        context = {
            "rejections": found.rows,
            "paging": found,
            "query": {},
            "rate": rate_of(*store.feedback_counts(session)),
            "status_labels": store.FEEDBACK_STATUS_LABELS,
        }
        return render(request, "feedback/index.html", context, fragment="feedback/_list.html")
