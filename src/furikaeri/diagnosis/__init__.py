"""Why did this interview end in a rejection? The ten causes ranked, with their evidence.

Three sources of evidence, strongest first:

1. the company's reply to a feedback request (``reply``): a cause it names outranks any guess;
2. the answer analyzer on the recalled answers (``analyzer``);
3. the self-check after the interview (``self_check``, questions in data/selfcheck.toml).

The career history in the profile adds context (``profile``): a short stay is what an
interviewer asks about, so it weighs a little toward ``short_tenure`` unless the self-check
says it was explained.

:func:`diagnose` is pure (plain data in, :class:`Diagnosis` out); :func:`diagnose_interview`
loads one interview from the store and calls it. The CLI (``furikaeri diagnose``) and the web
both use these. Wording and next steps are data (data/diagnosis.toml).

A diagnosis read from the store is remembered in this process, keyed by a fingerprint of
everything it is computed from (the answers, the self-check, the replies, the company, the
career history, the posting and the candidate's documents): a view that finds the same inputs
reuses it instead of running the analyzer again, and any change to an input changes the key.
Nothing is written (GET pages never write), and each server process keeps its own copy, so
several workers never see another's stale result.

The modules, each importing only those above it:

- ``types``: the inputs and the result (plain dataclasses), the weights, ``NotARejection``;
- ``texts``: the data files (self-check questions, wording, next steps, later rounds, aspects);
- ``evidence``: the evidence per cause from each source, merged;
- ``ranking``: :func:`diagnose`: scores, levels, next steps, headline and messages;
- ``memory``: the remembered diagnoses (the one cache, keyed by :func:`fingerprint`);
- ``loaders``: the diagnoses of an interview or rejections read from the store.
"""

# The private names imported here (noqa: F401) are read through the package by tests.
from furikaeri.diagnosis.evidence import months_between
from furikaeri.diagnosis.loaders import (
    diagnose_interview,
    diagnose_latest_rejections,
    diagnose_rejection,
    diagnose_rejections,
    passed_rounds,
)
from furikaeri.diagnosis.memory import (
    REMEMBERED,
    _remembered_results,  # noqa: F401
    fingerprint,
    forget_remembered,
)
from furikaeri.diagnosis.ranking import diagnose, later_round_messages
from furikaeri.diagnosis.texts import (
    _aspects,  # noqa: F401
    _LaterRound,  # noqa: F401
    _next_step_catalogue,  # noqa: F401
    _texts,  # noqa: F401
    is_documents,
    selfcheck_questions,
)
from furikaeri.diagnosis.types import (
    ANALYZER_CAP,
    CAREER_WEIGHT,
    MAX_FOCUS,
    POSTING_CAP,
    POSTING_WEIGHT,
    REPLY_WEIGHT,
    SELF_CHECK_WEIGHT,
    SHORT_STAY_MONTHS,
    STANDS_OUT,
    AnswerInput,
    CareerInput,
    CauseResult,
    Diagnosis,
    Evidence,
    NextStep,
    NotARejection,
    ReplyInput,
    SelfCheckQuestion,
)

__all__ = [
    "ANALYZER_CAP",
    "CAREER_WEIGHT",
    "MAX_FOCUS",
    "POSTING_CAP",
    "POSTING_WEIGHT",
    "REMEMBERED",
    "REPLY_WEIGHT",
    "SELF_CHECK_WEIGHT",
    "SHORT_STAY_MONTHS",
    "STANDS_OUT",
    "AnswerInput",
    "CareerInput",
    "CauseResult",
    "Diagnosis",
    "Evidence",
    "NextStep",
    "NotARejection",
    "ReplyInput",
    "SelfCheckQuestion",
    "diagnose",
    "diagnose_interview",
    "diagnose_latest_rejections",
    "diagnose_rejection",
    "diagnose_rejections",
    "fingerprint",
    "forget_remembered",
    "is_documents",
    "later_round_messages",
    "months_between",
    "passed_rounds",
    "selfcheck_questions",
]
