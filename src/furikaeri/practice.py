"""The practice room: mock interviews aimed at the causes that recur.

A session is planned once (:func:`plan`): the user's own recorded questions first, then bank
questions for the weak causes (or the chosen application), 5–10 in all. Each answer is judged by
the analyzer; the feedback (:func:`feedback`) shows the findings with evidence, what was really
good, and the one most important fix with a concrete rewrite hint. The user may retry once; the
retry is compared with the first try (:func:`compare`). Moving on inserts the follow-up an
interviewer would ask, chosen from what the analyzer found (question_bank.choose_followup).

Web and CLI both call :func:`start`, :func:`submit_answer`, :func:`advance`, :func:`finish`,
:func:`session_view`, :func:`summary` and :func:`progress`; the store only keeps the results.
Errors the user can cause raise :class:`PracticeError` (Japanese message, ``field``, ``status``).
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticError
from sqlalchemy.orm import Session

from furikaeri.analyzer import (
    KIND_LABELS,
    KINDS,
    Analysis,
    AnalyzeError,
    Company,
    Finding,
    Span,
    Strength,
)
from furikaeri.analyzer import analyze as run_analyzer
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.catalogue import CAUSE_IDS, causes
from furikaeri.errors import FurikaeriError
from furikaeri.question_bank import (
    AUDIENCES,
    SEVERITY_RANK,
    FollowUp,
    Question,
    bank,
    choose_followup,
    own_question,
    question_key,
    trainable_causes,
)
from furikaeri.store import practice as st
from furikaeri.store.models import PracticeAttempt, PracticeSession
from furikaeri.store.validation import Checker

MIN_QUESTIONS = 5
MAX_QUESTIONS = 10
TIME_LIMITS: tuple[int, ...] = (60, 90, 120, 180)  # seconds; None = no limit
MAX_ELAPSED_S = 2 * 60 * 60
MAX_METRICS_BYTES = 20_000
# The latest rejections whose diagnoses rank the weak causes: recent ones say most about now,
# and each diagnosis runs the analyzer on that interview's answers (about 40 ms).
WEAK_CAUSE_REJECTIONS = 12
FOCUSES: tuple[str, ...] = ("causes", "application", "mixed")
MODES: tuple[str, ...] = ("typed", "spoken")
# A realistic order for the mixed set: the usual flow of a Japanese interview.
STANDARD_FLOW: dict[str, tuple[str, ...]] = {
    "mid_career": (
        "intro.career_summary",
        "leaving.reason",
        "motivation.basic",
        "pr.basic",
        "exp.hardest_work",
        "plan.career",
        "person.weakness",
        "contrib.how",
        "reverse.basic",
    ),
    "new_grad": (
        "intro.basic",
        "grad.gakuchika",
        "motivation.basic",
        "pr.strength",
        "exp.failure",
        "plan.five_years",
        "person.weakness",
        "grad.axis",
        "reverse.basic",
    ),
}


class PracticeError(FurikaeriError):
    """Something the user did that the practice room cannot accept (the message says why)."""


class SessionFinished(PracticeError):
    status = 409


class StalePosition(PracticeError):
    status = 409


# --- feedback on one answer ------------------------------------------------------------------


def analysis_from_dict(answer: str, data: Mapping[str, Any], question: str = "") -> Analysis:
    """Rebuild an Analysis from its stored JSON (Analysis.to_dict()), for highlighting."""

    def spans(items: Iterable[Mapping[str, Any]]) -> tuple[Span, ...]:
        return tuple(Span(int(s["start"]), int(s["end"]), str(s["text"])) for s in items)

    findings = tuple(
        Finding(
            code=f["code"],
            cause=f["cause"],
            severity=f["severity"],
            message=f["message"],
            advice=f["advice"],
            evidence=spans(f.get("evidence", [])),
        )
        for f in data.get("findings", [])
    )
    strengths = tuple(
        Strength(code=s["code"], message=s["message"], evidence=spans(s.get("evidence", [])))
        for s in data.get("strengths", [])
    )
    return Analysis(
        answer=answer,
        kind=str(data.get("kind", "other")),
        findings=findings,
        strengths=strengths,
        chars=int(data.get("chars", 0)),
        spoken_seconds=int(data.get("spoken_seconds", 0)),
        question=question or None,
    )


@dataclass(frozen=True)
class Fix:
    """The one most important thing to change, and how."""

    code: str
    cause: str
    cause_title: str
    message: str
    hint: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Feedback:
    analysis: Analysis
    fix: Fix | None
    good: tuple[Strength, ...]

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.analysis.findings]


def _shorten(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def top_finding(findings: Sequence[Finding]) -> Finding | None:
    """The most severe finding; among equals, the one the analyzer reported first."""
    if not findings:
        return None
    return min(enumerate(findings), key=lambda p: (-SEVERITY_RANK.get(p[1].severity, 0), p[0]))[1]


def make_fix(finding: Finding) -> Fix:
    hints = bank().rewrite
    evidence = tuple(_shorten(s.text) for s in finding.evidence)
    if finding.code in hints:
        where = max(evidence, key=len) if evidence else "この部分"
        hint = hints[finding.code].hint.replace("{evidence}", where)
    else:
        hint = finding.advice
    cause = causes().get(finding.cause)
    return Fix(
        code=finding.code,
        cause=finding.cause,
        cause_title=cause.title if cause else finding.cause,
        message=finding.message,
        hint=hint,
        evidence=evidence,
    )


def feedback(analysis: Analysis) -> Feedback:
    """Findings, the one fix, and only the strengths the analyzer found evidence of."""
    top = top_finding(analysis.findings)
    return Feedback(
        analysis=analysis,
        fix=make_fix(top) if top else None,
        good=analysis.strengths,
    )


@dataclass(frozen=True)
class Comparison:
    """The retry against the first try."""

    fixed: tuple[str, ...]  # finding messages gone in the retry
    remaining: tuple[str, ...]
    new: tuple[str, ...]
    gained: tuple[str, ...]  # strength messages the retry has and the first try did not
    before: int  # number of findings
    after: int
    chars_before: int
    chars_after: int
    fix_done: bool | None  # the first try's most important fix: done? None if there was none
    verdict: str


def compare(first: Analysis, retry: Analysis) -> Comparison:
    """Compare by finding code: a code gone is fixed, a code added is new."""
    before = {f.code: f for f in first.findings}
    after = {f.code: f for f in retry.findings}
    top = top_finding(first.findings)
    fix_done = None if top is None else top.code not in after
    had = {s.code for s in first.strengths}
    gained = tuple(s.message for s in retry.strengths if s.code not in had)
    return Comparison(
        fixed=tuple(f.message for c, f in before.items() if c not in after),
        remaining=tuple(f.message for c, f in before.items() if c in after),
        new=tuple(f.message for c, f in after.items() if c not in before),
        gained=gained,
        before=len(first.findings),
        after=len(retry.findings),
        chars_before=first.chars,
        chars_after=retry.chars,
        fix_done=fix_done,
        verdict=_verdict(top, fix_done, len(first.findings), len(retry.findings)),
    )


def _verdict(top: Finding | None, fix_done: bool | None, before: int, after: int) -> str:
    counts = f"指摘は {before}件 → {after}件です。"
    if top is None:
        if after == 0:
            return "1回目に続いて、よくある不採用の原因にあたる表現は見つかりませんでした。"
        return f"1回目にはなかった指摘が出ています。{counts}"
    title = make_fix(top).cause_title
    if fix_done:
        return f"1回目でいちばん直したかった点（{title}）が直りました。{counts}"
    return f"1回目でいちばん直したかった点（{title}）は、まだ残っています。{counts}"


# --- weak causes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class WeakCause:
    id: str
    title: str
    count: int  # diagnoses in which the cause stood out
    score: int


def rank_weak_causes(diagnoses: Iterable[Any]) -> list[WeakCause]:
    """Causes that stood out in the diagnoses, most frequent first (then by total score, then
    catalogue order). Only causes the candidate can change; fit and relative are left out."""
    counts: Counter[str] = Counter()
    scores: Counter[str] = Counter()
    for d in diagnoses:
        for c in d.controllable:
            counts[c.id] += 1
            scores[c.id] += c.score
    trainable = set(trainable_causes())
    order = {cid: i for i, cid in enumerate(CAUSE_IDS)}
    ranked = sorted(
        (cid for cid in counts if cid in trainable),
        key=lambda cid: (-counts[cid], -scores[cid], order.get(cid, 99)),
    )
    return [WeakCause(cid, causes()[cid].title, counts[cid], scores[cid]) for cid in ranked]


def weak_causes(session: Session, *, limit: int = WEAK_CAUSE_REJECTIONS) -> list[WeakCause]:
    """The user's weak causes from the diagnoses of their latest ``limit`` rejections."""
    from furikaeri.diagnosis import diagnose_rejections

    ids = st.latest_rejection_ids(session, limit=limit)
    return rank_weak_causes(diagnose_rejections(session, ids))


# --- planning --------------------------------------------------------------------------------


def _item(q: Question, source: str, note: str = "") -> dict[str, Any]:
    return {
        "key": q.id,
        "text": q.text,
        "kind": q.kind,
        "causes": list(q.causes),
        "source": source,
        "note": note,
        "followups": list(q.followups),
        "default": q.default,
        "parent": None,
    }


def followup_item(fu: FollowUp, parent: Mapping[str, Any], parent_index: int) -> dict[str, Any]:
    return {
        "key": f"followup.{fu.id}",
        "text": fu.text,
        "kind": fu.kind or parent["kind"],
        "causes": list(fu.causes),
        "source": "followup",
        "note": "深掘りの質問",
        "followups": [],
        "default": None,
        "parent": parent_index,
    }


def asked(items: Iterable[Mapping[str, Any]], key: str, text: str) -> bool:
    """Whether a session's items already hold this question (by key or by what it asks)."""
    what = question_key(text)
    return any(i["key"] == key or question_key(i["text"]) == what for i in items)


@dataclass
class _Plan:
    count: int
    practised: Mapping[str, int]
    items: list[dict[str, Any]] = field(default_factory=list)

    def full(self) -> bool:
        return len(self.items) >= self.count

    def add(self, q: Question, source: str, note: str = "") -> bool:
        """Add ``q`` unless the session is full or already asks it (the same id, or the same
        question in other words: a recorded question the bank also has, 「強みは何ですか」 after
        「強みを教えてください」)."""
        if self.full() or asked(self.items, q.id, q.text):
            return False
        self.items.append(_item(q, source, note))
        return True

    def least_practised(self, qs: Iterable[Question]) -> list[Question]:
        return sorted(qs, key=lambda q: self.practised.get(q.id, 0))  # stable: bank order


def _add_recorded(
    p: _Plan, recorded: Iterable[st.RecordedQuestion], *, source: str, wanted: set[str] | None
) -> None:
    kind_causes = bank().kind_causes
    for r in recorded:
        kind = recorded_kind(r)
        if wanted is not None and not wanted.intersection(kind_causes.get(kind, ())):
            continue
        where = f"{r.company}の{r.stage}面接" if r.stage else f"{r.company}の面接"
        p.add(own_question(r.text, kind), source, f"実際に聞かれた質問（{where}）")


def recorded_kind(r: st.RecordedQuestion) -> str:
    """The kind noted with the question, or (noted as その他) the kind its words show."""
    return r.kind if r.kind in KINDS and r.kind != "other" else infer_kind(r.text)


def _add_for_causes(
    p: _Plan, wanted: Sequence[str], audience: str, *, limit: int | None = None
) -> None:
    """Round robin over the causes (weakest first), least practised questions first; at most
    ``limit`` questions."""
    pools = {c: p.least_practised(bank().select(cause=c, audience=audience)) for c in wanted}
    added = 0
    while not p.full() and any(pools.values()) and (limit is None or added < limit):
        for c in wanted:
            while pools[c] and (limit is None or added < limit):
                if p.add(pools[c].pop(0), "bank"):
                    added += 1
                    break


def _add_next_round(p: _Plan, recorded: Sequence[st.RecordedQuestion], audience: str) -> None:
    """What an earlier round asked, the next one digs into: a deeper question of each kind."""
    kinds = list(dict.fromkeys(recorded_kind(r) for r in recorded))
    for kind in kinds:
        deeper = [q for q in bank().select(kind=kind, audience=audience) if q.depth == 2]
        label = KIND_LABELS.get(kind, kind)
        note = f"前の面接で「{label}」を聞かれたので、次はさらに深く聞かれそうです"
        for q in p.least_practised(deeper):
            if p.add(q, "next_round", note):
                break


def _add_standard(p: _Plan, audience: str) -> None:
    for qid in STANDARD_FLOW.get(audience, STANDARD_FLOW["mid_career"]):
        q = bank().get(qid)
        if q is not None:
            p.add(q, "bank")


def plan(
    *,
    focus: str,
    causes: Sequence[str],
    audience: str,
    count: int,
    recorded: Sequence[st.RecordedQuestion] = (),
    application_id: int | None = None,
    practised: Mapping[str, int] | None = None,
) -> list[dict[str, Any]]:
    """The questions of a session, in order. Pure: everything it needs is passed in.

    ``recorded`` are the user's real interview questions (newest first); they come first.
    The 逆質問 question, if any, goes last, as in a real interview."""
    p = _Plan(count=count, practised=practised or {})
    if focus == "application":
        mine = [r for r in recorded if r.application_id == application_id]
        _add_recorded(p, mine, source="application", wanted=None)
        _add_next_round(p, mine, audience)
        # The company profile feeds the motivation checks: two motivation questions, then
        # the weak causes.
        _add_for_causes(p, ["motivation"], audience, limit=2)
        _add_for_causes(p, causes, audience)
    elif focus == "causes":
        _add_recorded(p, recorded, source="own", wanted=set(causes))
        _add_for_causes(p, causes, audience)
    else:
        _add_recorded(p, recorded[: max(1, count // 2)], source="own", wanted=None)
        _add_for_causes(p, causes[:2], audience)
    _add_standard(p, audience)
    _add_for_causes(p, trainable_causes(), audience)
    last = [i for i in p.items if i["kind"] == "reverse_questions"][:1]
    return [i for i in p.items if i not in last] + last


# --- sessions --------------------------------------------------------------------------------


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
        check.fail("time_limit_s", "制限時間は一覧から選んでください。")
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
    existing = st.find_practice_attempt(session, practice, position=position, attempt_no=attempt_no)
    if existing is not None:
        return Submitted(existing, created=False)
    _check_slot(session, practice, position, attempt_no)
    metrics = parse_audio_metrics(audio_metrics)
    text = (answer or "").strip() or (transcript or "").strip()
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


# --- views -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttemptView:
    attempt: PracticeAttempt
    feedback: Feedback


@dataclass(frozen=True)
class ItemView:
    index: int
    item: dict[str, Any]
    number: int  # 1-based number among the main questions (a follow-up shares its parent's)
    first: AttemptView | None
    retry: AttemptView | None
    comparison: Comparison | None

    @property
    def state(self) -> str:
        if self.first is None:
            return "answer"
        return "compared" if self.retry is not None else "feedback"

    @property
    def is_followup(self) -> bool:
        return self.item.get("source") == "followup"

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.item.get("kind", ""), "")


def _attempt_view(attempt: PracticeAttempt | None) -> AttemptView | None:
    if attempt is None:
        return None
    analysis = analysis_from_dict(attempt.answer, attempt.analysis, attempt.question)
    return AttemptView(attempt, feedback(analysis))


def _item_views(practice: PracticeSession) -> list[ItemView]:
    slots = {(a.position, a.attempt_no): a for a in practice.attempts}
    views: list[ItemView] = []
    number = 0
    for index, item in enumerate(practice.items):
        if item.get("source") != "followup":
            number += 1
        first = _attempt_view(slots.get((index, 1)))
        retry = _attempt_view(slots.get((index, 2)))
        comparison = (
            compare(first.feedback.analysis, retry.feedback.analysis) if first and retry else None
        )
        views.append(ItemView(index, item, number, first, retry, comparison))
    return views


@dataclass(frozen=True)
class SessionView:
    practice: PracticeSession
    items: list[ItemView]
    total: int  # main questions planned

    @property
    def finished(self) -> bool:
        return self.practice.status == "finished"

    @property
    def current(self) -> ItemView | None:
        if self.finished or not self.items:
            return None
        return self.items[min(self.practice.position, len(self.items) - 1)]


def session_view(session: Session, practice_id: int) -> SessionView:
    practice = st.get_practice_session(session, practice_id)
    items = _item_views(practice)
    total = sum(1 for i in practice.items if i.get("source") != "followup")
    return SessionView(practice, items, total)


@dataclass(frozen=True)
class Earlier:
    """An attempt at the same question in an earlier session."""

    when: Any
    findings: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class SummaryRow:
    view: ItemView
    earlier: tuple[Earlier, ...]
    now: int | None  # findings in the latest try this session

    @property
    def trend(self) -> str:
        if self.now is None or not self.earlier:
            return ""
        before = self.earlier[-1].findings
        if self.now < before:
            return f"前回（指摘 {before}件）より減りました"
        if self.now > before:
            return f"前回（指摘 {before}件）より増えました"
        return f"前回と同じ（指摘 {before}件）です"


@dataclass(frozen=True)
class Summary:
    view: SessionView
    rows: list[SummaryRow]
    answered: int
    cause_counts: list[tuple[str, int]]  # cause title, findings in first tries (most first)
    fixes_done: int
    retries: int


def summary(session: Session, practice_id: int) -> Summary:
    """The end of a session: per question the tries, and earlier attempts at it elsewhere."""
    view = session_view(session, practice_id)
    keys = [i.item["key"] for i in view.items if i.first is not None]
    earlier: dict[str, list[Earlier]] = defaultdict(list)
    for a in st.attempts_for_keys(session, keys):
        if a.session_id < view.practice.id and a.attempt_no == 1:
            codes = tuple(f["code"] for f in a.analysis.get("findings", []))
            earlier[a.question_key].append(Earlier(a.created_at, len(codes), codes))
    rows = []
    for iv in view.items:
        latest = iv.retry or iv.first
        now = len(latest.feedback.analysis.findings) if latest else None
        rows.append(SummaryRow(iv, tuple(earlier.get(iv.item["key"], [])[-3:]), now))
    counts: Counter[str] = Counter()
    for iv in view.items:
        if iv.first is not None:
            counts.update(f.cause for f in iv.first.feedback.analysis.findings)
    titles = causes()
    return Summary(
        view=view,
        rows=rows,
        answered=sum(1 for i in view.items if i.first is not None),
        cause_counts=[(titles[c].title if c in titles else c, n) for c, n in counts.most_common()],
        fixes_done=sum(1 for i in view.items if i.comparison and i.comparison.fix_done),
        retries=sum(1 for i in view.items if i.retry is not None),
    )


# --- progress --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Point:
    label: str  # x axis: the session's date
    value: float


@dataclass(frozen=True)
class Series:
    id: str
    label: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Progress:
    sessions: int
    answers: int
    causes: list[Series]  # findings per first-try answer, per session, one series per cause
    speaking_rate: Series | None  # 字/分 per session (spoken answers with metrics)
    fillers: Series | None  # fillers per minute per session
    questions: list[st.PractisedQuestion]


def _labels(sessions: Sequence[PracticeSession]) -> dict[int, str]:
    """The x axis: each session's date; a second session on the same day gets 「（2）」."""
    out: dict[int, str] = {}
    seen: Counter[str] = Counter()
    for p in sessions:
        when = p.created_at
        day = f"{when.month}月{when.day}日" if when else f"#{p.id}"
        seen[day] += 1
        out[p.id] = day if seen[day] == 1 else f"{day}（{seen[day]}）"
    return out


def progress(session: Session, *, limit: int = 30) -> Progress:
    """Per cause, how often its findings appear per practised answer, session by session (the
    first tries only: a retry right after the feedback would flatter the line)."""
    sessions = list(reversed(st.list_practice_sessions(session, limit=limit)))
    attempts = st.attempts_for_sessions(session, [p.id for p in sessions])
    by_session: dict[int, list[PracticeAttempt]] = defaultdict(list)
    for a in attempts:
        by_session[a.session_id].append(a)
    shown = [p for p in sessions if any(a.attempt_no == 1 for a in by_session[p.id])]
    series = _cause_series(shown, by_session)
    return Progress(
        sessions=len(shown),
        answers=sum(1 for a in attempts if a.attempt_no == 1),
        causes=series,
        speaking_rate=_metric_series(shown, by_session, "chars_per_min", "話す速さ（字/分）"),
        fillers=_metric_series(shown, by_session, "fillers_per_min", "つなぎ言葉（回/分）"),
        questions=st.practised_questions(session),
    )


def _cause_series(
    shown: list[PracticeSession], by_session: Mapping[int, list[PracticeAttempt]]
) -> list[Series]:
    per: dict[str, list[Point]] = defaultdict(list)
    seen: Counter[str] = Counter()
    labels = _labels(shown)
    for p in shown:
        firsts = [a for a in by_session[p.id] if a.attempt_no == 1]
        found = Counter(f["cause"] for a in firsts for f in a.analysis.get("findings", []))
        seen.update(found)
        for cid in CAUSE_IDS:
            per[cid].append(Point(labels[p.id], found.get(cid, 0) / len(firsts)))
    titles = causes()
    wanted = [cid for cid in CAUSE_IDS if seen[cid]]
    return [Series(cid, titles[cid].title, tuple(per[cid])) for cid in wanted]


def _metric_series(
    shown: list[PracticeSession],
    by_session: Mapping[int, list[PracticeAttempt]],
    key: str,
    label: str,
) -> Series | None:
    points = []
    labels = _labels(shown)
    for p in shown:
        values = [
            float(a.audio_metrics[key])
            for a in by_session[p.id]
            if a.audio_metrics and isinstance(a.audio_metrics.get(key), int | float)
        ]
        if values:
            points.append(Point(labels[p.id], sum(values) / len(values)))
    return Series(key, label, tuple(points)) if points else None


def question_attempts(session: Session, key: str) -> list[AttemptView]:
    """Every attempt at one question, oldest first, with its feedback (for side by side)."""
    rows = st.list_practice_attempts(session, question_key=key)
    return [v for v in (_attempt_view(a) for a in rows) if v is not None]
