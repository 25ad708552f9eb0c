"""A practice session as it runs: the start form, each answer judged and stored, the
follow-up an interviewer would ask next, finishing."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticError
from sqlalchemy.orm import Session

from furikaeri.analyzer import (
    AnalyzeError,
    Company,
)
from furikaeri.analyzer import analyze as run_analyzer
from furikaeri.practice.errors import PracticeError, SessionFinished, StalePosition
from furikaeri.practice.planning import (
    FOCUSES,
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    MODES,
    followup_item,
    plan,
)
from furikaeri.question_bank import (
    AUDIENCES,
    FollowUp,
    choose_followup,
    question_key,
    trainable_causes,
)
from furikaeri.store import practice as st
from furikaeri.store.models import PracticeAttempt, PracticeSession
from furikaeri.store.validation import Checker

TIME_LIMITS: tuple[int, ...] = (60, 90, 120, 180)  # seconds; None = no limit
MAX_ELAPSED_S = 2 * 60 * 60
MAX_METRICS_BYTES = 20_000


@dataclass(frozen=True)
class StartForm:
    focus: str
    causes: tuple[str, ...]
    audience: str
    count: int
    time_limit_s: int | None
    application_id: int | None


def read_start_form(values: Mapping[str, Any], *, weak: Sequence[str] = ()) -> StartForm:
    """Check the choices of a new session (web form or CLI options); ValidationError by field.

    ``causes`` may be a list or a comma-separated string; none chosen means the weak causes."""
    check = Checker()
    focus = check.choice("focus", str(values.get("focus") or "mixed"), FOCUSES, "練習の進め方")
    raw = values.get("causes") or []
    chosen = [c.strip() for c in (raw.split(",") if isinstance(raw, str) else raw) if c.strip()]
    bad = [c for c in chosen if c not in trainable_causes()]
    if bad:
        check.fail("causes", f"練習できない原因が指定されています: {'、'.join(bad)}")
    chosen = list(dict.fromkeys(chosen)) or list(weak[:3])
    if focus == "causes" and not chosen:
        check.fail("causes", "練習する原因を1つ以上選んでください。")
    audience = check.choice(
        "audience", str(values.get("audience") or "mid_career"), AUDIENCES, "対象"
    )
    raw_count = values.get("count")
    count = _int(check, "count", 5 if raw_count in (None, "") else raw_count, "質問の数")
    if count is not None and not MIN_QUESTIONS <= count <= MAX_QUESTIONS:
        check.fail("count", f"質問の数は{MIN_QUESTIONS}〜{MAX_QUESTIONS}問から選んでください。")
    limit = _int(check, "time_limit_s", values.get("time_limit_s") or None, "制限時間")
    if limit is not None and limit not in TIME_LIMITS:
        seconds = "・".join(str(s) for s in TIME_LIMITS)  # said, for the CLI has no list
        check.fail("time_limit_s", f"制限時間は{seconds}秒のどれかにしてください（なしでも可）。")
    app_id = _int(check, "application_id", values.get("application_id") or None, "応募")
    if focus == "application" and app_id is None:
        check.fail("application_id", "練習する応募先を選んでください。")
    check.done()
    return StartForm(focus, tuple(chosen), audience, count or 5, limit, app_id)


def _int(check: Checker, name: str, value: Any, label: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        check.fail(name, f"{label}は数字で指定してください。")
        return None


def start(session: Session, form: StartForm) -> PracticeSession:
    """Plan and store a new session. The store checks that the application is the user's."""
    recorded = st.recorded_questions(session)
    items = plan(
        focus=form.focus,
        causes=form.causes,
        audience=form.audience,
        count=form.count,
        recorded=recorded,
        application_id=form.application_id,
        practised=st.practised_counts(session),
    )
    return st.create_practice_session(
        session,
        focus=form.focus,
        audience=form.audience,
        causes=list(form.causes),
        items=items,
        application_id=form.application_id,
        time_limit_s=form.time_limit_s,
    )


class AudioMetrics(BaseModel):
    """What the voice measurement sends along (see furikaeri.audio): numbers only, checked
    here so that nothing unreadable is stored; unknown keys are kept for later versions."""

    model_config = ConfigDict(extra="allow")
    duration_s: float | None = None
    speech_s: float | None = None
    loudness_lufs: float | None = None
    chars_per_min: float | None = None
    fillers_per_min: float | None = None
    long_pauses: list[dict[str, float]] | None = None


METRICS_ERROR = (
    "音声の測定結果を読み取れませんでした。回答は保存していません。"
    "録音をやり直すか、文字で回答してください。"
)


def parse_audio_metrics(raw: str | Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The metrics as a JSON object, or None; PracticeError when they are not readable."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        if isinstance(raw, str):
            if len(raw.encode("utf-8")) > MAX_METRICS_BYTES:
                raise ValueError("too large")
            raw = json.loads(raw)
        metrics = AudioMetrics.model_validate(raw).model_dump(exclude_none=True)
    except (ValueError, PydanticError) as exc:
        raise PracticeError(METRICS_ERROR, field="audio_metrics") from exc
    numbers = [v for v in metrics.values() if isinstance(v, float)]
    if not all(math.isfinite(v) for v in numbers):
        raise PracticeError(METRICS_ERROR, field="audio_metrics")
    return metrics


@dataclass(frozen=True)
class Submitted:
    attempt: PracticeAttempt
    created: bool  # False: this answer had been stored already (double submit, Back button)


def _company(session: Session, practice: PracticeSession) -> Company | None:
    if practice.application_id is None:
        return None
    from furikaeri.store import get_application

    app = get_application(session, practice.application_id)
    return Company(name=app.company, profile=app.company_profile or None)


def submit_answer(
    session: Session,
    practice_id: int,
    *,
    position: int,
    attempt_no: int = 1,
    answer: str = "",
    transcript: str = "",
    audio_metrics: str | Mapping[str, Any] | None = None,
    mode: str = "",
    elapsed_s: int | str | None = None,
    recording_path: str | None = None,
) -> Submitted:
    """Judge and store one answer (the first try, or the one retry).

    Idempotent: the same slot (question, try) answered again returns the stored attempt.
    Nothing is stored when anything is wrong (PracticeError, the message says what).
    ``recording_path`` is for the voice module (a kept recording), never from a form."""
    practice = st.get_practice_session(session, practice_id)
    text = (answer or "").strip() or (transcript or "").strip()
    existing = st.find_practice_attempt(session, practice, position=position, attempt_no=attempt_no)
    if existing is not None:
        if existing.answer == text or not text:  # the same post again (a second click)
            return Submitted(existing, created=False)
        # Another answer for a slot already answered (Back, rewritten, sent; a second tab):
        # it was dropped while the page said 「同じ回答が二度送信された」.
        raise StalePosition(
            "この質問の回答はすでに記録しています（ブラウザの「戻る」や別のタブから送信した"
            "可能性があります）。あとから書いた回答は保存していません。下に残してあります。",
            field="answer",
        )
    _check_slot(session, practice, position, attempt_no)
    metrics = parse_audio_metrics(audio_metrics)
    if mode and mode not in MODES:
        raise PracticeError("回答の方法が正しくありません。", field="mode")
    mode = "spoken" if metrics is not None else (mode or "typed")
    item = practice.items[position]
    try:
        result = run_analyzer(
            text, question=item["text"], kind=item["kind"], company=_company(session, practice)
        )
    except AnalyzeError as exc:
        raise PracticeError(exc.message, field="answer") from exc
    first = st.find_practice_attempt(session, practice, position=position, attempt_no=1)
    row = st.add_practice_attempt(
        session,
        practice,
        position=position,
        attempt_no=attempt_no,
        retry_of_id=first.id if first and attempt_no == 2 else None,
        question_key=item["key"],
        question=item["text"],
        kind=item["kind"],
        answer=text,
        analysis=result.to_dict(),
        mode=mode,
        audio_metrics=metrics,
        recording_path=recording_path,
        elapsed_s=_elapsed(elapsed_s),
    )
    return Submitted(row, created=True)


def _check_slot(
    session: Session, practice: PracticeSession, position: int, attempt_no: int
) -> None:
    if practice.status == "finished":
        raise SessionFinished(
            "この練習はもう終わっています。新しい練習を始めるか、結果のページをご覧ください。"
        )
    if attempt_no not in (1, 2):
        raise PracticeError("やり直しは1回までです。", field="attempt_no")
    if position != practice.position or not 0 <= position < len(practice.items):
        raise StalePosition(
            "この質問の回答は受け付けを終えています（ブラウザの「戻る」で前の画面から送信した"
            "可能性があります）。いまの質問を表示しています。"
        )
    if (
        attempt_no == 2
        and st.find_practice_attempt(session, practice, position=position, attempt_no=1) is None
    ):
        raise PracticeError("まだ1回目の回答がありません。先に1回目を答えてください。")


def _elapsed(value: int | str | None) -> int | None:
    try:
        seconds = int(str(value).strip()) if value not in (None, "") else None
    except ValueError:
        return None
    return seconds if seconds is not None and 0 <= seconds <= MAX_ELAPSED_S else None


def _latest_attempt(session: Session, practice: PracticeSession, position: int) -> Any:
    retry = st.find_practice_attempt(session, practice, position=position, attempt_no=2)
    return retry or st.find_practice_attempt(session, practice, position=position, attempt_no=1)


def advance(session: Session, practice_id: int, *, position: int) -> PracticeSession:
    """Move past question ``position``: insert its follow-up (chosen from the latest answer),
    then go to the next question, or finish after the last. A repeated or stale request (double
    click, Back button) changes nothing."""
    practice = st.get_practice_session(session, practice_id)
    if practice.status == "finished" or position != practice.position:
        return practice
    items = [dict(i) for i in practice.items]
    item = items[position]
    last = _latest_attempt(session, practice, position)
    if last is not None and item.get("source") != "followup":
        fu = choose_followup(item.get("followups", []), item.get("default"), last.analysis)
        if fu is not None and _may_follow(items, position, fu):
            items.insert(position + 1, followup_item(fu, item, position))
    if position + 1 >= len(items):
        return st.move_practice_session(session, practice, items=items, finished=True)
    return st.move_practice_session(session, practice, items=items, position=position + 1)


def _may_follow(items: list[dict[str, Any]], position: int, fu: FollowUp) -> bool:
    """Whether the follow-up can come next without asking a question twice. A universal probe
    (「もう少し詳しく」) may follow several answers. A specific one already asked is not asked
    again; the same question planned for later is asked now, as the follow-up, instead (it is
    dropped from later: those items have no answers, and no follow-up points past here)."""
    if fu.universal:
        return True
    key, what = f"followup.{fu.id}", question_key(fu.text)

    def same(i: Mapping[str, Any]) -> bool:
        return bool(i["key"] == key or question_key(i["text"]) == what)

    if any(same(i) for i in items[: position + 1]):
        return False
    items[position + 1 :] = [i for i in items[position + 1 :] if not same(i)]
    return True


def discard_if_unanswered(session: Session, practice_id: int) -> bool:
    """Delete a practice session that has no answer at all (ended at once, or input ran
    out): an empty session is no practice. True when it was deleted."""
    practice = st.get_practice_session(session, practice_id)
    if st.attempts_for_sessions(session, [practice_id]):
        return False
    session.delete(practice)
    session.flush()
    return True


def finish(session: Session, practice_id: int) -> PracticeSession:
    """End the session now (idempotent)."""
    practice = st.get_practice_session(session, practice_id)
    if practice.status == "finished":
        return practice
    return st.move_practice_session(session, practice, finished=True)
