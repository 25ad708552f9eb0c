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

The package: ``planning`` (weak causes, the question plan), ``sessions`` (start, submit,
advance, finish), ``feedback`` (one answer's feedback, a retry compared), ``views`` (what
pages and the CLI show), ``errors``.
"""

from __future__ import annotations

from furikaeri.practice.errors import (
    PracticeError,
    SessionFinished,
    StalePosition,
)
from furikaeri.practice.feedback import (
    Comparison,
    Feedback,
    Fix,
    analysis_from_dict,
    compare,
    feedback,
    make_fix,
    top_finding,
)
from furikaeri.practice.planning import (
    FOCUSES,
    MAX_QUESTIONS,
    MIN_QUESTIONS,
    MODES,
    STANDARD_FLOW,
    WEAK_CAUSE_REJECTIONS,
    WeakCause,
    asked,
    followup_item,
    plan,
    rank_weak_causes,
    recorded_kind,
    weak_causes,
)
from furikaeri.practice.sessions import (
    MAX_ELAPSED_S,
    MAX_METRICS_BYTES,
    METRICS_ERROR,
    TIME_LIMITS,
    AudioMetrics,
    StartForm,
    Submitted,
    advance,
    discard_if_unanswered,
    finish,
    parse_audio_metrics,
    read_start_form,
    start,
    submit_answer,
)
from furikaeri.practice.views import (
    AttemptView,
    Earlier,
    ItemView,
    Point,
    Progress,
    Series,
    SessionView,
    Summary,
    SummaryRow,
    progress,
    question_attempts,
    session_view,
    summary,
)

__all__ = [
    "FOCUSES",
    "MAX_ELAPSED_S",
    "MAX_METRICS_BYTES",
    "MAX_QUESTIONS",
    "METRICS_ERROR",
    "MIN_QUESTIONS",
    "MODES",
    "STANDARD_FLOW",
    "TIME_LIMITS",
    "WEAK_CAUSE_REJECTIONS",
    "AttemptView",
    "AudioMetrics",
    "Comparison",
    "Earlier",
    "Feedback",
    "Fix",
    "ItemView",
    "Point",
    "PracticeError",
    "Progress",
    "Series",
    "SessionFinished",
    "SessionView",
    "StalePosition",
    "StartForm",
    "Submitted",
    "Summary",
    "SummaryRow",
    "WeakCause",
    "advance",
    "analysis_from_dict",
    "asked",
    "compare",
    "discard_if_unanswered",
    "feedback",
    "finish",
    "followup_item",
    "make_fix",
    "parse_audio_metrics",
    "plan",
    "progress",
    "question_attempts",
    "rank_weak_causes",
    "read_start_form",
    "recorded_kind",
    "session_view",
    "start",
    "submit_answer",
    "summary",
    "top_finding",
    "weak_causes",
]
