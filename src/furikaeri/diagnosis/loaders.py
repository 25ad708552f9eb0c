"""Diagnoses of what the store holds: an interview or a rejection (or several at once) read
as the few columns a diagnosis needs, turned into :func:`diagnose`'s inputs and diagnosed
through this process's memory (:mod:`furikaeri.diagnosis.memory`). SQLAlchemy and the store
are imported inside the functions: importing the diagnosis loads neither."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import groupby
from typing import Any

from furikaeri.dates import ja_date
from furikaeri.diagnosis.memory import _remembered
from furikaeri.diagnosis.texts import is_documents
from furikaeri.diagnosis.types import (
    AnswerInput,
    CareerInput,
    Diagnosis,
    NotARejection,
    ReplyInput,
)
from furikaeri.vocabulary import stage as vocabulary_stage


def diagnose_interview(
    store_or_session: Any, interview_id: int, *, user_id: int | None = None, save: bool = False
) -> Diagnosis:
    """Load interview ``interview_id`` (its Q&A, self-check, the company and any reply to a
    feedback request about it) and diagnose it. Accepts a Store or an open Session; with
    ``save=True`` the result is also stored as a Diagnosis row. Raises store.NotFound."""
    from sqlalchemy.orm import Session

    if isinstance(store_or_session, Session):
        return _diagnose_in(store_or_session, interview_id, user_id=user_id, save=save)
    with store_or_session.session(readonly=not save) as session:
        return _diagnose_in(session, interview_id, user_id=user_id, save=save)


def diagnose_rejection(
    store_or_session: Any, rejection_id: int, *, user_id: int | None = None
) -> Diagnosis:
    """Diagnose what a rejection is about: its interview if it has one (``store.interview_for``,
    as :func:`diagnose_interview`), else the company and the replies to its feedback requests
    (e.g. a rejection at the document stage). Raises store.NotFound. Remembered per inputs
    (see the module's docstring)."""
    from sqlalchemy.orm import Session

    if not isinstance(store_or_session, Session):
        with store_or_session.session(readonly=True) as session:
            return diagnose_rejection(session, rejection_id, user_id=user_id)
    from furikaeri import store

    rejection = store.get_rejection(store_or_session, rejection_id, user_id=user_id)
    return _diagnose_loaded(store_or_session, rejection, user_id=user_id)


def diagnose_rejections(
    session: Any, rejection_ids: Sequence[int], *, user_id: int | None = None
) -> list[Diagnosis]:
    """:func:`diagnose_rejection` of each id, in order, with what they read loaded for all of
    them at once as plain rows (``store.diagnosis_rows``): a constant number of statements
    however many (the practice menu ranks the weak causes from the latest rejections'
    diagnoses). Raises store.NotFound."""
    from furikaeri.store.access import uid
    from furikaeri.store.diagnosis_rows import diagnosis_rows

    rows = diagnosis_rows(session, rejection_ids, uid(session, user_id))
    return _diagnose_rows(session, rows, rejection_ids, user_id=user_id)


def diagnose_latest_rejections(
    session: Any, limit: int, *, user_id: int | None = None
) -> list[Diagnosis]:
    """:func:`diagnose_rejections` of the user's ``limit`` newest rejections (by date, then id:
    ``store.practice.latest_rejection_ids``), found by the rows' first statement."""
    from furikaeri.store.access import uid
    from furikaeri.store.diagnosis_rows import diagnosis_rows

    rows = diagnosis_rows(session, (), uid(session, user_id), latest=limit)
    return _diagnose_rows(session, rows, list(rows.asked), user_id=user_id)


def _diagnose_rows(
    session: Any, rows: Any, rejection_ids: Sequence[int], *, user_id: int | None
) -> list[Diagnosis]:
    """The diagnoses of ``rejection_ids`` from their ``store.diagnosis_rows``."""
    from furikaeri.store import pick_interview
    from furikaeri.store.diagnosis_rows import answers_of

    chosen = {
        r.id: pick_interview(
            rows.interview.get(r.interview_id) if r.interview_id is not None else None,
            r.stage,
            rows.interviews.get(r.application_id, []),
        )
        for r in rows.asked.values()
    }
    answers = answers_of(session, [i.id for i in chosen.values() if i is not None])
    career: dict[int, list[CareerInput]] = {}
    candidates: dict[int, Any] = {}
    out = []
    for rid in rejection_ids:
        rejection = rows.asked.get(rid)
        if rejection is None:  # not the user's, or gone: the single path says so
            out.append(diagnose_rejection(session, rid, user_id=user_id))
            continue
        app = rows.applications[rejection.application_id]
        if app.user_id not in career:
            career[app.user_id] = _career_of(session, app.user_id)
        passed = _passed_of(rows.interviews.get(app.id, []))
        interview = chosen[rid]
        documents = is_documents(rejection.stage)
        if interview is None:
            inputs = _unheard_inputs(
                app,
                stage=rejection.stage,
                replies=_row_replies([rejection]),
                career=career[app.user_id],
                passed=passed,
            )
            result = _remembered(session, app, candidates=candidates, **inputs)
            out.append(replace(result, title=_title(app.company, rejection.stage, rejection.date)))
            continue
        if interview.result == "passed":
            raise NotARejection(_PASSED)
        about = [r for r in rows.rejections[app.id] if r.interview_id in (interview.id, None)]
        qas, checks = answers.get(interview.id, ([], []))
        inputs = _interview_inputs(
            interview,
            app,
            answers=[AnswerInput(q, a, kind or None) for q, a, kind in qas],
            self_check=dict(checks),
            replies=_row_replies(about),
            career=career[app.user_id],
            documents=documents,
            passed=passed,
        )
        result = _remembered(session, app, candidates=candidates, **inputs)
        out.append(replace(result, title=_title(app.company, interview.stage, interview.date)))
    return out


def _row_replies(rejections: Iterable[Any]) -> list[ReplyInput]:
    """:func:`_reply_inputs` of rejections read as ``store.diagnosis_rows`` rows."""
    return _replies_of((r.notice_body, r.replies) for r in rejections)


def _diagnose_loaded(session: Any, rejection: Any, *, user_id: int | None) -> Diagnosis:
    """A loaded rejection diagnosed (as :func:`diagnose_rejection`)."""
    from furikaeri import store

    app = rejection.application
    interview = store.interview_for(rejection, app)
    documents = is_documents(rejection.stage)
    if interview is not None:
        return _diagnose_in(session, interview.id, user_id=user_id, save=False, documents=documents)
    inputs = _unheard_inputs(
        app,
        stage=rejection.stage,
        replies=_reply_inputs([rejection]),
        career=_career_of(session, app.user_id),
        passed=passed_rounds(app),
    )
    result = _remembered(session, app, **inputs)
    return replace(result, title=_title(app.company, rejection.stage, rejection.date))


_PASSED = (
    "この面接は「通過」として記録されています。診断は、不採用になった選考の原因を整理するための"
    "ものなので、通過した面接には使えません。結果が違っていたら、面接の記録で結果を「不採用」に"
    "直してから、もう一度お試しください。"
)


def _diagnose_in(
    session: Any,
    interview_id: int,
    *,
    user_id: int | None,
    save: bool,
    documents: bool = False,
) -> Diagnosis:
    """Raises NotARejection for an interview the candidate passed: it has no rejection to
    explain, and the rejection wording would be wrong."""
    from furikaeri import store

    interview = _interview(session, interview_id, user_id)
    if interview.result == "passed":
        raise NotARejection(_PASSED)
    app = interview.application
    replies = _replies_for(session, interview)
    career = _career_of(session, app.user_id)
    answers, checks = _answers_of(session, interview.id)
    inputs = _interview_inputs(
        interview,
        app,
        answers=answers,
        self_check=checks,
        replies=replies,
        career=career,
        documents=documents,
        passed=passed_rounds(app),
    )
    result = _remembered(session, app, **inputs)
    result = replace(result, title=_title(app.company, interview.stage, interview.date))
    if save:
        store.save_diagnosis(
            session, interview_id=interview.id, result=result.to_dict(), user_id=user_id
        )
    return result


def _unheard_inputs(
    app: Any,
    *,
    stage: str | None,
    replies: list[ReplyInput],
    career: list[CareerInput],
    passed: tuple[str, ...],
) -> dict[str, Any]:
    """What :func:`diagnose` reads of a rejection with no interview recorded (書類, or one not
    yet written down): its application (an object or a ``store.diagnosis_rows`` row), the
    replies about it, the career history and the rounds passed."""
    return {
        "replies": replies,
        "company": app.company,
        "company_profile": app.company_profile or None,
        "career": career,
        "mid_career": _mid_career(app),
        "documents": is_documents(stage),
        "stage": stage or None,
        "passed": passed,
    }


def _interview_inputs(
    interview: Any,
    app: Any,
    *,
    answers: list[AnswerInput],
    self_check: dict[str, str],
    replies: list[ReplyInput],
    career: list[CareerInput],
    documents: bool,
    passed: tuple[str, ...],
) -> dict[str, Any]:
    """What :func:`diagnose` reads of an interview (its answers and self-check), its
    application (an object or a ``store.diagnosis_rows`` row), the replies about it, the career
    history and the rounds passed."""
    return {
        "answers": answers,
        "self_check": self_check,
        "replies": replies,
        "company": app.company,
        "company_profile": app.company_profile or None,
        "career": career,
        "mid_career": _mid_career(app),
        "documents": documents or is_documents(interview.stage),
        "stage": interview.stage or None,
        "passed": passed,
    }


def passed_rounds(app: Any) -> tuple[str, ...]:
    """The stages of the application's interviews recorded as passed: from its interviews
    when they are loaded, else one statement (loading them all as objects to read two columns
    cost the diagnosis page about a tenth of its time)."""
    from sqlalchemy import inspect
    from sqlalchemy.orm import object_session

    session = object_session(app)
    if session is None or "interviews" not in inspect(app).unloaded:
        return _passed_of(app.interviews)
    from furikaeri import store

    return store.passed_stages(session, app.id)


def _passed_of(interviews: Iterable[Any]) -> tuple[str, ...]:
    """The stages of these interviews (in their order) recorded as passed, each once."""
    return tuple(dict.fromkeys(i.stage for i in interviews if i.result == "passed" and i.stage))


def _answers_of(session: Any, interview_id: int) -> tuple[list[AnswerInput], dict[str, str]]:
    """An interview's answers and self-check as :func:`_interview_inputs` reads them from its
    relationships (in their order), read as rows: one statement, no objects."""
    from furikaeri.store.diagnosis_rows import answers_of

    qas, checks = answers_of(session, [interview_id]).get(interview_id, ([], []))
    return [AnswerInput(q, a, kind or None) for q, a, kind in qas], dict(checks)


def _interview(session: Any, interview_id: int, user_id: int | None) -> Any:
    """The interview with what a diagnosis reads (not its saved diagnoses). Raises NotFound."""
    from sqlalchemy.orm import joinedload, selectinload

    from furikaeri.store import Interview
    from furikaeri.store.access import owned

    opts = (
        joinedload(Interview.application),
        selectinload(Interview.qas),
        selectinload(Interview.self_checks),
    )
    return owned(session, Interview, interview_id, user_id, options=opts)


def _mid_career(app: Any) -> bool | None:
    """A 転職 applicant when applying via an agent; otherwise the career history decides
    (diagnose's default: one is given)."""
    return True if app.channel == "agent" else None


def _career_of(session: Any, user_id: int) -> list[CareerInput]:
    """The career history (as store.list_career orders it), read as rows."""
    from furikaeri.store.profile import career_rows

    return [CareerInput(*row) for row in career_rows(session, user_id=user_id)]


def _title(company: str, stage: str, day: Any) -> str:
    known = vocabulary_stage(stage)  # data/vocabulary.toml
    stage_part = f" {stage}面接" if stage and (known is None or known.interview) else f" {stage}"
    when = f"（{ja_date(day)}）" if day else ""
    return f"{company}{stage_part.rstrip()}{when}"


def _replies_for(session: Any, interview: Any) -> list[ReplyInput]:
    """:func:`_reply_inputs` of the rejections about ``interview`` (its own, and those of its
    application linked to no interview), read in one statement of the columns it needs."""
    params = {"application": interview.application_id, "interview": interview.id}
    rows = session.execute(_replies_stmt(), params).all()
    return _replies_of(
        (group[0].body, [row for row in group if row.label is not None])
        for group in (list(g) for _, g in groupby(rows, key=lambda row: row.id))
    )


@cache
def _replies_stmt() -> Any:
    """Each rejection about an interview (by id, as application.rejections), its notice's
    body, and each reply to its requests (requests and replies by id, as their relationships
    order them); a rejection without replies is one row of NULL reply columns. Built once."""
    from sqlalchemy import bindparam, or_, select

    from furikaeri.store import FeedbackRequest, Notice, Rejection, Reply

    rej, notice = Rejection.__table__, Notice.__table__
    request, reply = FeedbackRequest.__table__, Reply.__table__
    return (
        select(rej.c.id, notice.c.body, reply.c.label, reply.c.causes, reply.c.text)
        .select_from(
            rej.outerjoin(notice, notice.c.id == rej.c.notice_id)
            .outerjoin(request, request.c.rejection_id == rej.c.id)
            .outerjoin(reply, reply.c.feedback_request_id == request.c.id)
        )
        .where(
            rej.c.application_id == bindparam("application"),
            or_(rej.c.interview_id == bindparam("interview"), rej.c.interview_id.is_(None)),
        )
        # A request without replies gives a row of NULL reply columns too: skipped.
        .order_by(rej.c.id, request.c.id, reply.c.id)
    )


def _reply_inputs(rejections: Iterable[Any]) -> list[ReplyInput]:
    """The replies to every feedback request about these rejections, and the company's
    comments an agent's notice already quotes (feedback in hand, like a reply)."""
    return _replies_of(
        (
            rejection.notice.body if rejection.notice is not None else None,
            [r for request in rejection.feedback_requests for r in request.replies],
        )
        for rejection in rejections
    )


def _replies_of(rejections: Iterable[tuple[str | None, Iterable[Any]]]) -> list[ReplyInput]:
    """Each rejection's notice's comments (「企業からのコメント：『…』」, read by the reply
    classifier) then its replies, from (notice body, replies with ``label``, ``causes`` and
    ``text``): the one reading of ORM objects (:func:`_reply_inputs`), one statement's rows
    (:func:`_replies_for`) and ``store.diagnosis_rows`` rows (:func:`_row_replies`)."""
    out: list[ReplyInput] = []
    for body, replies in rejections:
        found = _comments_of(body) if body else None
        out.extend([found] if found is not None else [])
        out.extend(
            ReplyInput(label=r.label, causes=tuple(r.causes or ()), text=r.text) for r in replies
        )
    return out


@lru_cache(maxsize=256)
def _comments_of(body: str) -> ReplyInput | None:
    # Remembered by text: a notice never changes, and the classifier runs SudachiPy.
    from furikaeri.mail.contacts import company_comments
    from furikaeri.mail.reply import classify_reply

    text = company_comments(body)
    if not text:
        return None
    return ReplyInput(label="feedback", causes=tuple(classify_reply(text).causes), text=text)
