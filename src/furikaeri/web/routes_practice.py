"""模擬面接（練習）: start a session, answer, see the feedback, retry once, follow-ups, summary,
progress. Parse, call furikaeri.practice, render; every rule lives in the core."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from furikaeri import practice as core
from furikaeri.catalogue import causes
from furikaeri.store.models import PRACTICE_FOCUS_LABELS
from furikaeri.web.chart import Line, line_chart
from furikaeri.web.deps import FormData, page_number, redirect, store_of
from furikaeri.web.errors import on_error
from furikaeri.web.highlight import segments
from furikaeri.web.once import new_token, once
from furikaeri.web.remembered import Remembered, remembered
from furikaeri.web.render import render

router = APIRouter()

# The session page's one-time notices (render.PAGE_NOTICES: shown after the post, not on reload).
NOTICES = {
    "practice_duplicate": (
        "この回答はすでに受け付けています（同じ回答が二度送信されたため、1回分だけ保存しました）。"
    ),
    "practice_followup": "今の回答をふまえて、面接官がよくする深掘りの質問です。",
    "practice_started": (
        "この練習はすでに始まっています（同じフォームが二度送信されたため、1回分だけ始めました）。"
    ),
}
TIME_LIMIT_LABELS = {"": "なし", **{str(s): f"{s}秒" for s in core.TIME_LIMITS}}
SPEAKING_RATE_BAND = (250.0, 300.0, "聞き取りやすい速さ（250〜300字/分）")


def _menu_reads(session: Session) -> tuple[list[Any], bool, int]:
    """The weak causes (a diagnosis per recent rejection), whether a career is recorded, and
    how many distinct questions the user recorded (a COUNT DISTINCT over every Q&A: the
    menu's costliest statement at 1,000 applications)."""
    from furikaeri import store
    from furikaeri.store import practice as st

    weak = core.weak_causes(session)
    # The diagnoses above read the career: the read-only session remembers it.
    return weak, bool(store.career_rows(session)), st.count_recorded_questions(session)


def _menu_context(
    session: Session, values: dict[str, Any], memo: Remembered | None = None
) -> dict[str, Any]:
    """The menu's reads that do not depend on the query (:func:`_menu_reads`) are remembered
    per store revision and day (web.remembered): a view with nothing written since the last
    one does not load the recent rejections or count the Q&As again."""
    from furikaeri.question_bank import AUDIENCE_LABELS, trainable_causes
    from furikaeri.store import practice as st

    today = dt.date.today()
    memo = memo or Remembered()
    reads = memo.get(session, "practice_menu", today, lambda: _menu_reads(session))
    weak, career, own_count = reads
    weak_ids = [w.id for w in weak]
    titles = {cid: c.title for cid, c in causes().items()}
    others = [cid for cid in trainable_causes() if cid not in weak_ids]
    if "audience" not in values:
        values["audience"] = "mid_career" if career else "new_grad"
    return {
        "values": values,
        "weak": weak,
        "other_causes": [(cid, titles[cid]) for cid in others],
        **_app_choices(session, values),
        "recent": st.list_practice_sessions(session, limit=10),
        "focus_labels": PRACTICE_FOCUS_LABELS,
        "audience_labels": AUDIENCE_LABELS,
        "time_limits": TIME_LIMIT_LABELS,
        "counts": list(range(core.MIN_QUESTIONS, core.MAX_QUESTIONS + 1)),
        "own_count": own_count,
    }


def _app_choices(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    """The recent applications (open ones first) and the one chosen, page ``app_page`` of
    those matching ``app_q``: a select of every application was ≈500 options at 1,000."""
    from furikaeri import store

    chosen = str(values.get("application_id") or "")
    include = [int(chosen)] if chosen.isdigit() else []
    app_q = str(values.get("app_q") or "")[:100]
    found = store.choice_page(session, q=app_q, include=include, page=values.get("app_page", 1))
    return {"applications": found.choices, "found": found, "app_q": app_q}


def _menu(
    request: Request, values: dict[str, Any], errors: dict[str, str], status: int = 200
) -> Response:
    with store_of(request).session(readonly=True) as session:
        context = {"errors": errors, **_menu_context(session, values, remembered(request))}
        return render(request, "practice/index.html", context, status_code=status)


@router.get("/practice", name="practice_index")
def practice_index(request: Request) -> Response:
    """The menu. ``?cause=self_pr&application_id=3`` (from the diagnosis or the next steps)
    preselects what to practise."""
    params = request.query_params
    chosen = params.getlist("cause")
    values: dict[str, Any] = {
        "focus": params.get("focus") or ("causes" if chosen else "mixed"),
        "causes": chosen,
        "application_id": params.get("application_id", ""),
        "app_q": params.get("app_q", ""),
        "app_page": page_number(params.get("app_page", "")),
        "count": "5",
        "time_limit_s": "",
        # One token per rendered form: sending it twice starts one session (web/once.py).
        "form_token": new_token(),
    }
    return _menu(request, values, {})


@router.post("/practice", name="practice_start")
async def practice_start(request: Request, form: FormData) -> Response:
    raw = await request.form()
    values: dict[str, Any] = {**form, "causes": [str(c) for c in raw.getlist("causes")]}
    on_error(request, lambda errors: _menu(request, values, errors))
    return await run_in_threadpool(_start_session, request, values)


def _start_session(request: Request, values: dict[str, Any]) -> Response:
    def work(session: Session) -> str:
        # The weak causes stand in when none is chosen (a diagnosis per recent rejection).
        weak = [] if values["causes"] else [w.id for w in core.weak_causes(session)]
        practice_id = core.start(session, core.read_start_form(values, weak=weak)).id
        return request.url_for("practice_show", practice_id=practice_id).path

    return once(request, str(values.get("form_token", "")), work, repeat="practice_started")


@router.get("/practice/progress", name="practice_progress")
def practice_progress(request: Request) -> Response:
    with store_of(request).session(readonly=True) as session:
        data = core.progress(session)
        return render(request, "practice/progress.html", {"p": data, **_charts(data)})


def _charts(data: core.Progress) -> dict[str, Any]:
    out: dict[str, Any] = {"cause_chart": None, "rate_chart": None, "filler_chart": None}
    if data.causes:
        labels = [p.label for p in data.causes[0].points]
        lines = [Line(s.label, [p.value for p in s.points]) for s in data.causes]
        out["cause_chart"] = line_chart(
            labels, lines, title="原因ごとの指摘の数（1回答あたり）", y_label="1回答あたりの指摘"
        )
    for key, series, band in (
        ("rate_chart", data.speaking_rate, [SPEAKING_RATE_BAND]),
        ("filler_chart", data.fillers, [(0.0, 5.0, "気にならない範囲（1分に5回まで）")]),
    ):
        if series is not None:
            labels = [p.label for p in series.points]
            line = Line(series.label, [p.value for p in series.points])
            out[key] = line_chart(
                labels, [line], title=series.label, y_label=series.label, bands=band
            )
    return out


@router.get("/practice/questions/{key}", name="practice_question")
def practice_question(request: Request, key: str) -> Response:
    with store_of(request).session(readonly=True) as session:
        attempts = core.question_attempts(session, key)
        if not attempts:
            return render(
                request,
                "error.html",
                {"message": "この質問はまだ練習していません。"},
                status_code=404,
            )
        context = {"attempts": attempts, "question": attempts[-1].attempt.question, **_shared()}
        return render(request, "practice/question.html", context)


def _shared() -> dict[str, Any]:
    titles = {cid: c.title for cid, c in causes().items()}
    return {"segments": segments, "cause_titles": titles}


def _session_page(
    request: Request,
    practice_id: int,
    *,
    error: str = "",
    form: dict[str, str] | None = None,
    status: int = 200,
) -> Response:
    with store_of(request).session(readonly=True) as session:
        view = core.session_view(session, practice_id)
        context: dict[str, Any] = {
            "v": view,
            "error": error,
            "form": form or {},
            "notices": NOTICES,  # the template picks the page's one-time notice
            "app": view.practice.application_id and _application(session, view),
            **_shared(),
        }
        if view.finished:
            context["s"] = core.summary(session, practice_id)
            return render(request, "practice/summary.html", context, status_code=status)
        return render(request, "practice/session.html", context, status_code=status)


def _application(session: Session, view: core.SessionView) -> Any:
    from furikaeri.store import get_application

    assert view.practice.application_id is not None
    return get_application(session, view.practice.application_id)


@router.get("/practice/{practice_id}", name="practice_show")
def practice_show(request: Request, practice_id: int) -> Response:
    return _session_page(request, practice_id)


def _int(value: str | None, default: int = -1) -> int:
    try:
        return int(value or "")
    except ValueError:
        return default


@router.post("/practice/{practice_id}/answer", name="practice_answer")
def practice_answer(request: Request, practice_id: int, form: FormData) -> Response:
    def show(errors: dict[str, str]) -> Response:
        return _session_page(request, practice_id, error=" ".join(errors.values()), form=form)

    on_error(request, show)
    with store_of(request).session() as session:
        done = core.submit_answer(
            session,
            practice_id,
            position=_int(form.get("position")),
            attempt_no=_int(form.get("attempt_no"), 1),
            answer=form.get("answer", ""),
            transcript=form.get("transcript", ""),
            audio_metrics=form.get("audio_metrics"),
            mode=form.get("mode", ""),
            elapsed_s=form.get("elapsed_s"),
        )
    url = str(request.url_for("practice_show", practice_id=practice_id))
    return redirect(url, done=None if done.created else "practice_duplicate")


@router.post("/practice/{practice_id}/next", name="practice_next")
def practice_next(request: Request, practice_id: int, form: FormData) -> Response:
    position = _int(form.get("position"))
    with store_of(request).session() as session:
        moved = core.advance(session, practice_id, position=position)
        followup = (
            moved.status != "finished"
            and moved.position == position + 1
            and moved.items[moved.position].get("parent") == position
        )
    # The question's number in the address (the page ignores it) keeps each question a history
    # entry of its own: Chromium replaces the entry of a navigation to the address already
    # shown, so Back would skip the question just answered and leave the session.
    url = str(request.url_for("practice_show", practice_id=practice_id))
    done = "practice_followup" if followup else None
    return redirect(f"{url}?q={moved.position + 1}", done=done)


@router.post("/practice/{practice_id}/finish", name="practice_finish")
def practice_finish(request: Request, practice_id: int) -> Response:
    with store_of(request).session() as session:
        core.finish(session, practice_id)
    return redirect(str(request.url_for("practice_show", practice_id=practice_id)))
