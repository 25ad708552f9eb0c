"""Asking the company for feedback: the draft with its timing banner (copy, .eml, mailto:), the
check of the mail, the status of each request, and the reply (classified → diagnosis updates).
No reminders: the reply rate is shown against the norm (about one company in ten)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.replies import record_reply
from furikaeri.reply_rate import feedback_rate
from furikaeri.store.access import get_row, version_of
from furikaeri.store.errors import ValidationError
from furikaeri.web import flow
from furikaeri.web.deps import FormData, kept_input, page_number, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.once import Already, once
from furikaeri.web.render import attachment, render

router = APIRouter()

VARIANT_LABELS = {
    "standard": "標準（企業の採用担当者へ）",
    "short": "短め",
    "thanks": "お礼だけ（至らなかった点はお願いしない）",
    "agent": "転職エージェントの担当者へ",
    "phone": "電話で伝える場合の台本（最後の手段）",
}


def _plan(loaded: flow.Loaded) -> Any:
    """Who the request goes to: the advisor via an agent, else the notice's signer."""
    from furikaeri.mail.request import plan_for

    return plan_for(loaded.rejection.notice, loaded.app)


def _make_draft(loaded: flow.Loaded, plan: Any, *, variant: str, name: str, email: str) -> Any:
    from furikaeri.mail.draft import draft_feedback_request

    iv = loaded.interview
    fits = (variant == "agent") == plan.via_agent  # the plan's person and address fit
    return draft_feedback_request(
        candidate_name=name,
        company=loaded.app.company,
        candidate_email=email or None,
        person=plan.person if fits else None,
        stage=loaded.rejection.stage or (iv.stage if iv else None),
        interview_date=iv.date if iv else None,
        notice_date=loaded.rejection.date,
        variant=variant,
        agent_name=plan.agent_name,
        agent_company=plan.agent_company,
        to_address=plan.to_address if fits else None,
        no_disclosure=bool(plan.no_disclosure),
        comments_received=bool(plan.comments),
    )


def _draft_context(session: Session, loaded: flow.Loaded, params: dict[str, str]) -> dict[str, Any]:
    """The page's state. A saved draft reopens with its own text (unless another variant was
    asked for); once a request is sent, nothing new is drafted and no lateness is shown."""
    from furikaeri.mail.draft import VARIANTS, DraftError, timing_for

    profile = store.get_profile(session)
    name = params.get("name", profile.name).strip()
    email = params.get("email", profile.email).strip()
    plan = _plan(loaded)
    requests = list(loaded.rejection.feedback_requests)
    saved = requests[-1] if requests and requests[-1].status == "drafted" else None
    version = version_of(saved) if saved is not None else "0"  # what the save form carries
    if saved is not None and not params.get("variant"):
        params = {**params, "variant": saved.variant}
    else:
        saved = None  # another variant was asked for: a fresh draft in the editor
    variant = params.get("variant") or plan.variant
    variant = variant if variant in VARIANTS else "standard"
    sent = [fr for fr in requests if fr.status != "drafted"]
    context: dict[str, Any] = {
        "plan": plan,
        "variant": variant,
        "variant_labels": VARIANT_LABELS,
        "who": {"name": name, "email": email},
        "timing": timing_for(
            notice_date=loaded.rejection.date, variant=variant, stage=loaded.rejection.stage
        ),
        "draft": None,
        "draft_error": None,
        "saved": saved,
        "version": version,
        "requests": requests,
        # Sent (or answered): the request is done; one request per notice, no reminders.
        "sent": sent[-1] if sent else None,
        # A reply has arrived: no new draft is offered (one request per notice, no reminders).
        "replied": any(fr.replies for fr in requests),
        "previews": {rep.id: reply_preview(rep.text) for fr in requests for rep in fr.replies},
        "status_labels": store.FEEDBACK_STATUS_LABELS,
    }
    if not name:
        context["draft_error"] = (
            "名前を入力して「下書きを作る」を押してください（署名に使います）。"
        )
        return context
    try:
        draft = _make_draft(loaded, plan, variant=variant, name=name, email=email)
    except DraftError as exc:
        context["draft_error"] = str(exc)
        return context
    if saved is not None:  # the text the user saved, for the editor, the link and the .eml
        draft = replace(draft, subject=saved.subject, body=saved.body)
    context["draft"] = draft
    return context


def reply_preview(text: str) -> str:
    """The start of a reply without its salutation (「見本 太郎 様」「お世話になっております」)."""
    from furikaeri.mail.contacts import without_salutation

    return without_salutation(text)


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
        if mail is None and context["saved"] is not None:  # no name to sign a fresh one with
            mail = {"subject": context["saved"].subject, "body": context["saved"].body}
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
        _stale_draft(context, errors or {})
        status = 422 if errors else 200
        return render(request, "feedback/draft.html", context, status_code=status)


def _stale_draft(context: dict[str, Any], errors: dict[str, str]) -> None:
    """The input stays in the editor with the version it was opened with (refused as stale,
    the draft as it is now beside it and its current version:
    :func:`~furikaeri.web.deps.kept_input`)."""

    def saved() -> dict[str, str]:
        requests = context["requests"]
        drafted = requests[-1] if requests and requests[-1].status == "drafted" else None
        if drafted is None:
            return {"version": context["version"]}
        return {"subject": drafted.subject, "body": drafted.body, "version": version_of(drafted)}

    mail, context["current"] = kept_input(context["mail"], errors, saved)
    context["version"] = mail.get("version") or context["version"]


def _issues(mail: dict[str, str]) -> list[Any]:
    from furikaeri.mail.check import check_mail, mail_as_text

    body = mail.get("body", "")
    if not body.strip():
        return []
    return check_mail(mail_as_text(subject=mail.get("subject") or None, body=body))


@router.get("/rejections/{rejection_id}/request", name="feedback_draft")
def feedback_draft(request: Request, rejection_id: int, variant: str = "") -> Response:
    """The draft signed with the profile's name and address. Only the variant is read from
    the URL: a name or address there (an old link, the history) is ignored, so personal data
    is never taken from a URL; 「下書きを作る」 posts them (:func:`feedback_redraft`)."""
    return _draft_page(request, rejection_id, {"variant": variant})


@router.get("/rejections/{rejection_id}/request/draft", name="feedback_redraft_page")
def feedback_redraft_page(request: Request, rejection_id: int) -> Response:
    """The address of a drafted page opened again (pasted, or from the history without its
    form): the draft page, signed from the profile."""
    return redirect(str(request.url_for("feedback_draft", rejection_id=rejection_id)))


@router.post("/rejections/{rejection_id}/request/draft", name="feedback_redraft")
def feedback_redraft(request: Request, rejection_id: int, form: FormData) -> Response:
    """「下書きを作る」: the name and address come in the body, never in the URL (and the
    browser history). Writes nothing; the page is the draft for these choices."""
    params = {k: form.get(k, "") for k in ("variant", "name", "email")}
    return _draft_page(request, rejection_id, params)


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
    except DraftError as exc:  # an empty body; a line break in a header (header injection)
        message = f"{exc}ブラウザの「戻る」で前のページに戻ると、入力した内容が残っています。"
        return render(request, "error.html", {"message": message}, status_code=400)
    return attachment(data, filename="フィードバック依頼.eml", media_type="message/rfc822")


@router.post("/rejections/{rejection_id}/request", name="feedback_save")
def feedback_save(request: Request, rejection_id: int, form: FormData) -> Response:
    sent = form.get("action") == "sent"
    mail = {k: form.get(k, "") for k in ("subject", "body", "sent_on", "version")}
    params = {k: form.get(k, "") for k in ("variant", "name", "email")}
    on_error(
        request, lambda errors: _draft_page(request, rejection_id, params, mail=mail, errors=errors)
    )
    with store_of(request).session() as session:
        existing = store.get_rejection(session, rejection_id).feedback_requests
        if existing and existing[-1].status != "drafted":
            # Sent already (Back and resubmit, a second click): recorded once, never rewritten.
            # The page's own notice says it (one message, not a flash beside it), once: a
            # one-time notice, not a query that a reload repeats.
            url = request.url_for("feedback_draft", rejection_id=rejection_id).path
            return redirect(url, done="request_sent_again")
        store.save_feedback_request(
            session,
            rejection_id=rejection_id,
            subject=mail["subject"].strip(),
            body=mail["body"],
            variant=_known_variant(params["variant"]),
            sent_on=(form.get("sent_on") or dt.date.today().isoformat()) if sent else None,
            feedback_request_id=existing[-1].id if existing else None,
            version=form.get("version"),
        )
        _remember_sender(session, params["name"], params["email"])
    return redirect(
        str(request.url_for("rejection_selfcheck", rejection_id=rejection_id)), done="recorded"
    )


def _known_variant(variant: str) -> str:
    """Only an offered variant is stored (a tampered one used to overflow the column: a 500 on
    PostgreSQL); anything else is the standard mail."""
    from furikaeri.mail.draft import VARIANTS

    return variant if variant in VARIANTS else "standard"


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
    with store_of(request).session(readonly=True) as session:
        fr = get_row(session, store.FeedbackRequest, request_id)
        rejection_id = fr.rejection_id if fr is not None else 0
    on_error(request, lambda errors: _reply_error(request, rejection_id, form, errors))

    def record(session: Session) -> str | Already:
        known = store.same_reply(session, feedback_request_id=request_id, text=text)
        record_reply(
            session,
            feedback_request_id=request_id,
            text=text,
            received_on=form.get("received_on") or None,
        )
        url = request.url_for("rejection_diagnosis", rejection_id=rejection_id).path
        return Already(url, "reply_again") if known is not None else url

    # Posted twice (Back and resubmit, a second click) or pasted again: one reply, and the
    # diagnosis page says which (「返信を記録し…」 or 「すでに記録しています」) as its only message,
    # once: a one-time notice (render.PAGE_NOTICES), not a query that a reload repeats.
    token = form.get("form_token", "")
    return once(request, token, record, done="reply_recorded", repeat="reply_again")


def _reply_error(
    request: Request, rejection_id: int, form: dict[str, str], errors: dict[str, str]
) -> Response:
    reply_errors = {f"reply_{k}": v for k, v in errors.items()}
    return _draft_page(request, rejection_id, {}, errors=reply_errors, reply=form)


@router.get("/feedback", name="feedback_index")
def feedback_index(request: Request, page: str = "1") -> Response:
    number = page_number(page, digits=6)
    with store_of(request).session(readonly=True) as session:
        found = store.rejections_with_requests(session, page=number)
        context = {
            "request_rows": found.rows,  # a page of rejections, one row per request
            "paging": found,
            "query": {},
            "rate": feedback_rate(session),
            "status_labels": store.FEEDBACK_STATUS_LABELS,
        }
        return render(request, "feedback/index.html", context, fragment="feedback/_list.html")
