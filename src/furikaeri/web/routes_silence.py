"""Silence and memory in the web: the polite mail asking when a decision is expected, closing
an application as 連絡なし, hiding closed rejections, and a company's earlier rejection."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from furikaeri import store
from furikaeri.web.deps import FormData, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.render import notice, render

router = APIRouter()


@router.get("/silence/{app_id}", name="silence_page")
def silence_page(request: Request, app_id: int) -> Response:
    from furikaeri.silence import inquiry_mail, silence_data, silent_applications

    with store_of(request).session(readonly=True) as session:
        app = store.get_application(session, app_id)
        silent = next((s for s in silent_applications(session) if s.application_id == app_id), None)
        name = store.get_profile(session).name or ""
        mail = (
            inquiry_mail(silent, name=name, agent_email=app.agent_email or "") if silent else None
        )
        context = {
            "app": app,
            "silent": silent,
            "mail": mail,
            "text": silence_data().text,
            "status_labels": store.APPLICATION_STATUS_LABELS,
        }
        return render(request, "silence/page.html", context)


@router.post("/applications/{app_id}/no-answer", name="silence_close")
def silence_close(request: Request, app_id: int) -> Response:
    """Close as 連絡なし: out of the funnel's denominators from here on. An application that
    ended meanwhile (a result recorded after this page was opened) stays as it is: back to its
    page, which says how it ended."""
    with store_of(request).session() as session:
        closed = store.close_without_answer(session, app_id)
    if not closed:
        return redirect(str(request.url_for("silence_page", app_id=app_id)))
    return redirect(str(request.url_for("dashboard")))


@router.post("/dashboard/closed", name="dashboard_closed")
def dashboard_closed(request: Request, form: FormData) -> Response:
    """Hide (or show again) the closed rejections on the dashboard."""
    with store_of(request).session() as session:
        store.archive_closed(session, archived=form.get("hide", "1") == "1")
    return redirect(str(request.url_for("dashboard")))


@router.get("/applications/{app_id}/memory", name="application_memory")
def application_memory(request: Request, app_id: int) -> Response:
    """What the same company's earlier rejection taught (the application page loads it)."""
    from furikaeri.silence import past_rejections

    with store_of(request).session(readonly=True) as session:
        app = store.get_application(session, app_id)
        past = past_rejections(session, app.company_key, exclude_application=app.id)
        context = {"past": past, "app": app}
        return render(request, "silence/memory.html", context, fragment="silence/_memory.html")


# --- which application a notice belongs to ----------------------------------------------------


def _confirm_page(
    request: Request,
    *,
    errors: dict[str, str],
    app_q: str = "",
    picked: dict[int, int] | None = None,
) -> Response:
    # picked: the choices sent with a form that could not be saved, shown again as chosen.
    picked = picked or {}
    with store_of(request).session(readonly=True) as session:
        notices = store.notices_to_confirm(session)
        chosen = [n.application_id for n in notices] + list(picked.values())
        context = {
            "notices": notices,
            "applications": store.choose_applications(session, q=app_q[:100], include=chosen),
            "app_q": app_q,
            "errors": errors,
            "picked": picked,
        }
        return render(request, "silence/confirm.html", context, status_code=422 if errors else 200)


@router.get("/notices/confirm", name="notices_confirm")
def notices_confirm(request: Request, app_q: str = "") -> Response:
    return _confirm_page(request, errors={}, app_q=app_q)


@router.post("/notices/confirm", name="notices_assign")
def notices_assign(request: Request, form: FormData) -> Response:
    """Confirm or correct several notices at once (fields ``notice.<id>`` = application id)."""
    assignments = {
        int(key.split(".", 1)[1]): int(value)
        for key, value in form.items()
        if key.startswith("notice.") and key.split(".", 1)[1].isdigit() and value.isdigit()
    }
    on_error(
        request,
        lambda errors: _confirm_page(request, errors=errors, picked=assignments),
    )
    with store_of(request).session() as session:
        moved = store.assign_notices(session, assignments)
    # 「保存しました（N件を…移しました）」 once (a one-time notice: a reload does not repeat it).
    return redirect(request.url_for("notices_confirm").path, done=notice("notices_saved", moved))
