"""Where an application stands in its selection, and which of its records a notice is about.
Stages are ordered as in data/vocabulary.toml (書類 first, 最終 last). These decide, for the
mail import and the 「面接に落ちた」 form alike: whether a rejection notice belongs to the latest
application to that company or to another one, the stage of a rejection recorded without one,
and the interview a pass or a rejection is about. They read only the application's loaded
interviews and rejections (plus, in :func:`current_stage`, one statement for its pass notices).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from furikaeri.store.models import Application, Interview, Notice
from furikaeri.vocabulary import next_stage, stage_rank


def _rank(stage: str | None) -> int:
    rank = stage_rank(stage)
    return -1 if rank is None else rank


def reached_rank(app: Application) -> int:
    """The furthest stage the application is known to have reached (-1: none placed)."""
    stages = [app.stage, *(i.stage for i in app.interviews), *(r.stage for r in app.rejections)]
    return max((_rank(s) for s in stages), default=-1)


def takes_rejection(app: Application, stage: str | None) -> bool:
    """Whether a rejection at ``stage`` can be this application's: not when the application
    already went further (a 書類 rejection after its 一次面接, or after it was closed as
    rejected at 一次: another posting or another try). A stage that cannot be placed is taken
    (nothing contradicts it)."""
    rank = stage_rank(stage)
    return rank is None or rank >= reached_rank(app)


def last_passed(app: Application, passed: tuple[str, ...] = ()) -> str:
    """The furthest stage recorded as passed: a passed interview, or one of ``passed`` (the
    stages of pass notices). Empty when none."""
    stages = [i.stage for i in app.interviews if i.result == "passed" and i.stage]
    stages += [s for s in passed if s]
    return max(stages, key=_rank, default="")


def stage_after_pass(app: Application, passed: tuple[str, ...] = ()) -> str:
    """The stage a rejection recorded without one is about: the application's stage when it is
    already past the last recorded pass, else the round after that pass (一次 passed → 二次).
    Empty when nothing was passed and the application has no stage."""
    last = last_passed(app, passed)
    if not last or _rank(app.stage) > _rank(last):
        return app.stage
    return next_stage(last) or app.stage


def current_stage(session: Session, app: Application) -> str:
    """:func:`stage_after_pass`, counting the application's pass notices too (one statement)."""
    stmt = select(Notice.stage).where(Notice.application_id == app.id, Notice.label == "pass")
    return stage_after_pass(app, tuple(str(s) for s in session.scalars(stmt)))


def passed_interview(app: Application, stage: str | None) -> Interview | None:
    """The interview a pass notice is about: the one at its stage; without a stage, the
    latest one still pending. Never an interview of another stage."""
    if stage:
        pool = [i for i in app.interviews if i.stage == stage]
    else:
        pool = [i for i in app.interviews if i.result == "pending"]
    return pool[-1] if pool else None


def rejected_interview(app: Application, stage: str | None) -> Interview | None:
    """The interview a rejection is about. With a stage, only an interview of that stage that
    was not passed (a 書類 rejection is never linked to an interview round). Without one, the
    latest interview not passed and after the last passed round; None when there is none
    (the rejection is then at :func:`stage_after_pass`)."""
    open_rounds = [i for i in app.interviews if i.result != "passed"]
    if stage:
        pool = [i for i in open_rounds if i.stage == stage]
    else:
        floor = _rank(last_passed(app))
        pool = [i for i in open_rounds if not i.stage or _rank(i.stage) > floor]
    return pool[-1] if pool else None
