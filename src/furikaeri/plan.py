"""The plan: concrete tasks after each diagnosis, and what is due today.

:func:`draft_plan` is pure: a diagnosis and the slots read from the rejection's own record
(company, most recent role, the strength named in the self-PR, the analyzer's quoted words, a
missing 必須 requirement) fill the task templates of data/plan.toml for each cause that stands
out. :func:`make_plan` loads a rejection, diagnoses it, and adds the tasks not planned before.
:func:`plan_view` sorts the open tasks into overdue, today, later and undated.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from pydantic import AfterValidator, BaseModel, model_validator

from furikaeri.catalogue import known_cause, load_data

_QUOTE = re.compile(r"「([^「」]{1,60})」")


TaskKind = Literal["worksheet", "practice", "documents", "skills", "application"]


class TaskTemplate(BaseModel):
    id: str
    kind: TaskKind
    cause: Annotated[str, AfterValidator(known_cause)]
    title: str
    fallback: str
    detail: str
    link: str = ""
    due_days: int
    # The aspects of the cause the task is for (diagnosis.toml [aspects]; "" = evidence about
    # more than one): empty means any.
    aspects: list[str] = []

    @model_validator(mode="after")
    def _link_fits_kind(self) -> TaskTemplate:
        # A practice task opens a session on its own cause; any other task names its page.
        if self.kind == "practice":
            from furikaeri.question_bank import trainable_causes

            if self.link or self.cause not in trainable_causes():
                raise ValueError(f"{self.id}: a practice task has no link and a trainable cause")
        elif not self.link.startswith("/"):
            raise ValueError(f"{self.id}: link must be a path of the web app")
        return self

    def slots(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.title) if name}


class _PlanData(BaseModel):
    tasks: list[TaskTemplate]
    strength_patterns: list[str]
    stage_tasks: dict[str, list[str]]
    pages: dict[str, str]

    @model_validator(mode="after")
    def _every_link_has_a_page(self) -> _PlanData:
        paths = {_path(t.link) for t in self.tasks if t.link} | {_path(practice_link())}
        missing = sorted(paths - set(self.pages))
        if missing:
            raise ValueError(f"pages: no name for {missing}")
        return self


@cache
def _data() -> _PlanData:
    raw = load_data("plan.toml")
    return _PlanData(
        tasks=raw["tasks"],
        strength_patterns=raw["slots"]["strength_patterns"],
        stage_tasks=raw.get("stage_tasks", {}),
        pages=raw.get("pages", {}),
    )


def _path(link: str) -> str:
    return link.partition("?")[0]


def task_templates() -> tuple[TaskTemplate, ...]:
    """The task templates (data/plan.toml), validated."""
    return tuple(_data().tasks)


@dataclass(frozen=True)
class TaskDraft:
    template: str
    cause: str
    title: str
    detail: str
    link: str
    due_on: dt.date


@dataclass
class Slots:
    """What a plan's tasks are made specific with; empty means unknown."""

    company: str = ""
    application_id: int | None = None
    experience: str = ""
    strength: str = ""
    short_stay: str = ""
    requirement: str = ""
    quotes: dict[str, str] = field(default_factory=dict)  # cause -> quoted words
    questions: dict[str, str] = field(default_factory=dict)  # cause -> question answered


def _fill(template: TaskTemplate, values: Mapping[str, str]) -> str:
    wanted = template.slots()
    if all(values.get(name) for name in wanted):
        return template.title.format_map(values)
    return template.fallback.format_map({k: v or "次の応募先" for k, v in values.items()})


def draft_plan(diagnosis: Any, slots: Slots, *, today: dt.date, stage: str = "") -> list[TaskDraft]:
    """Tasks for the causes that stand out (or, when none does, for fit and relative), and
    the tasks every rejection at ``stage`` gets (書類: the posting and the documents). Pure."""
    stands_out = [c.id for c in diagnosis.causes if c.controllable and c.stands_out]
    if not stands_out:
        stands_out = [c.id for c in diagnosis.causes if not c.controllable]
    always = set(_data().stage_tasks.get(stage, ()))
    chosen = set(stands_out)
    stage_causes = [t.cause for t in task_templates() if t.id in always]
    stands_out = list(dict.fromkeys([*stage_causes, *stands_out]))
    aspect = {c.id: c.aspect for c in diagnosis.causes}
    drafts = []
    for cause in stands_out:
        values = {
            "company": slots.company,
            "experience": slots.experience,
            "strength": slots.strength,
            "short_stay": slots.short_stay,
            "requirement": slots.requirement,
            "quote": slots.quotes.get(cause, ""),
            "question": slots.questions.get(cause, ""),
        }
        for t in task_templates():
            if t.cause != cause or (t.id not in always and cause not in chosen):
                continue
            if t.aspects and aspect.get(cause, "") not in t.aspects:
                continue
            drafts.append(
                TaskDraft(
                    template=t.id,
                    cause=cause,
                    title=_fill(t, values),
                    detail=t.detail,
                    link=task_link(t, application_id=slots.application_id),
                    due_on=today + dt.timedelta(days=t.due_days),
                )
            )
    return sorted(drafts, key=lambda d: d.due_on)


def practice_link(*cause_ids: str, application_id: int | None = None) -> str:
    """The practice room set to these causes (and the application, when known): where a
    "practice" task is done, and where the patterns send the recurring causes."""
    query: dict[str, Any] = {"focus": "causes", "cause": list(cause_ids)}
    if application_id:
        query["application_id"] = application_id
    return f"/practice?{urlencode(query, doseq=True)}"


def task_link(template: TaskTemplate, *, application_id: int | None = None) -> str:
    """Where a task of ``template`` is done, for one application (or none)."""
    if template.kind == "practice":
        return practice_link(template.cause, application_id=application_id)
    link = template.link.replace("{application_id}", str(application_id or ""))
    return link.rstrip("=").removesuffix("?application_id")


@dataclass(frozen=True)
class TaskPlace:
    """Where a task is done, said for a reader outside the browser: the page's name, the
    link (a path of the web app) and, for practice, the CLI command that does the same."""

    page: str
    link: str
    command: str = ""


def task_place(link: str) -> TaskPlace:
    """The page a task's ``link`` opens, by name (data/plan.toml [pages]; a link saved by an
    older version with an unknown path is named by its path), and for the practice room the
    `furikaeri practice start` command with the same causes and application."""
    from urllib.parse import parse_qs, urlsplit

    parts = urlsplit(link)
    page = _data().pages.get(parts.path, parts.path)
    if parts.path != _path(practice_link()):
        return TaskPlace(page, link)
    query = parse_qs(parts.query)
    args = [f"--cause {c}" for c in query.get("cause", [])]
    args += [f"--application {a}" for a in query.get("application_id", []) if a.isdigit()]
    return TaskPlace(page, link, " ".join(["furikaeri practice start", *args]))


# --- slots from the record ------------------------------------------------------------------


def strength_in(answers: Sequence[str]) -> str:
    """The strength the candidate named (「私の強みは粘り強さです」→ 粘り強さ), or ""."""
    for pattern in _data().strength_patterns:
        compiled = re.compile(pattern)
        for answer in answers:
            found = compiled.search(answer)
            if found:
                return found.group("value").strip("「」『』 　")
    return ""


_PHRASE_END = re.compile(r"[、。,.!?！？\n]")


def whole_phrase(words: str, answers: Sequence[str], *, limit: int = 30) -> str:
    """The quoted words extended to the end of their phrase in the answer they came from
    (「上司とそりが合わ」→「上司とそりが合わず」), so that a task reads naturally."""
    for answer in answers:
        at = answer.find(words)
        if at < 0:
            continue
        end = _PHRASE_END.search(answer, at + len(words))
        stop = end.start() if end else len(answer)
        if stop - at <= limit:
            return answer[at:stop]
    return words


def quoted(detail: str) -> tuple[str, str]:
    """(question, first quoted words) of an analyzer evidence detail
    (「質問」への回答: 「根拠」・「根拠」)."""
    question, sep, rest = detail.partition("への回答:")
    if not sep:
        rest, question = detail, ""
    q = _QUOTE.search(question)
    words = _QUOTE.search(rest)
    return (q.group(1) if q else "", words.group(1).rstrip("…") if words else "")


def _evidence_slots(diagnosis: Any, slots: Slots) -> None:
    for cause in diagnosis.causes:
        for ev in cause.evidence:
            if ev.source != "analyzer" or not ev.detail:
                continue
            question, words = quoted(ev.detail)
            if words and cause.id not in slots.quotes:
                slots.quotes[cause.id] = words
            if question and cause.id not in slots.questions:
                slots.questions[cause.id] = question


def _career_slots(career: Sequence[Any], slots: Slots) -> None:
    from furikaeri.diagnosis import SHORT_STAY_MONTHS, months_between

    if career:
        latest = career[-1]
        slots.experience = latest.role or latest.company
    for job in career:
        ended = job.start_date and job.end_date and job.end_date >= job.start_date
        if ended and months_between(job.start_date, job.end_date) < SHORT_STAY_MONTHS:
            slots.short_stay = job.company
            break


def slots_for(session: Any, rejection: Any, diagnosis: Any) -> Slots:
    """Read the slots of one rejection from the store (its application, interview, career)."""
    from furikaeri import store

    app = rejection.application
    slots = Slots(company=app.company, application_id=app.id)
    _career_slots(store.list_career(session, user_id=app.user_id), slots)
    interview = store.interview_for(rejection, app)
    answers = [q.answer for q in interview.qas if q.kind == "self_pr"] if interview else []
    answers += [q.answer for q in interview.qas] if interview else []
    slots.strength = strength_in(answers)
    _evidence_slots(diagnosis, slots)
    slots.quotes = {c: whole_phrase(q, answers) for c, q in slots.quotes.items()}
    slots.requirement = _missing_requirement(session, app)
    return slots


def _missing_requirement(session: Any, app: Any) -> str:
    if not app.job_posting.strip():
        return ""
    from furikaeri.skills import SkillsError, compare_for_application

    try:
        gap = compare_for_application(session, app, user_id=app.user_id)
    except SkillsError:  # a posting without readable requirements only loses the slot
        return ""
    # A requirement the record does not show: missing first, else one it cannot judge.
    for status in ("missing", "unclear"):
        found = [r for r in gap.items if r.requirement.required and r.status == status]
        if found:
            return str(found[0].requirement.text)
    return ""


# --- making and showing the plan ------------------------------------------------------------


def make_plan(
    session: Any, rejection_id: int, *, today: dt.date | None = None, user_id: int | None = None
) -> list[Any]:
    """Diagnose the rejection and add the tasks of its plan not planned before (safe to call
    twice: a double-click adds nothing). Saves the diagnosis with the interview when there is
    one, so that the patterns see it. Returns the new ActionItem rows. Raises store.NotFound."""
    from furikaeri import store
    from furikaeri.diagnosis import diagnose_rejection

    today = today or dt.date.today()
    rejection = store.get_rejection(session, rejection_id, user_id=user_id)
    diagnosis = diagnose_rejection(session, rejection_id, user_id=user_id)
    interview = store.interview_for(rejection, rejection.application)
    if interview is not None and diagnosis.enough_data:
        store.save_diagnosis(
            session, interview_id=interview.id, result=diagnosis.to_dict(), user_id=user_id
        )
    done = store.planned_templates(session, rejection_id, user_id=user_id)
    created = []
    slots = slots_for(session, rejection, diagnosis)
    for draft in draft_plan(diagnosis, slots, today=today, stage=rejection.stage or ""):
        if draft.template in done:
            continue
        created.append(
            store.add_action_item(
                session,
                title=draft.title,
                detail=draft.detail,
                cause=draft.cause,
                rejection_id=rejection.id,
                application_id=rejection.application_id,
                interview_id=interview.id if interview else None,
                template=draft.template,
                link=draft.link,
                due_on=draft.due_on,
                today=today,
                user_id=user_id,
            )
        )
    return created


@dataclass(frozen=True)
class PlanView:
    overdue: tuple[Any, ...]
    today: tuple[Any, ...]
    later: tuple[Any, ...]
    undated: tuple[Any, ...]
    done: tuple[Any, ...]

    @property
    def next_step(self) -> Any | None:
        """The one small thing to do next: the oldest overdue, else today's, else the first."""
        for group in (self.overdue, self.today, self.later, self.undated):
            if group:
                return group[0]
        return None

    @property
    def open_count(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.later) + len(self.undated)


def sort_tasks(items: Sequence[Any], *, today: dt.date) -> PlanView:
    """Open tasks by due date against ``today`` (in the user's order within each group). Pure."""
    groups: dict[str, list[Any]] = {k: [] for k in ("overdue", "today", "later", "undated", "done")}
    for item in items:
        if item.done:
            key = "done"
        elif item.due_on is None:
            key = "undated"
        elif item.due_on < today:
            key = "overdue"
        else:
            key = "today" if item.due_on == today else "later"
        groups[key].append(item)
    groups["overdue"].sort(key=lambda i: (i.due_on, i.position))
    return PlanView(**{k: tuple(v) for k, v in groups.items()})


def plan_view(
    session: Any, *, today: dt.date | None = None, user_id: int | None = None
) -> PlanView:
    """All the user's tasks sorted for showing (one query)."""
    from furikaeri import store

    items = store.list_action_items(session, user_id=user_id)
    return sort_tasks(items, today=today or dt.date.today())


def task_dict(item: Any, *, today: dt.date) -> dict[str, Any]:
    """A task as JSON-ready data (``furikaeri plan --json``)."""
    return {
        "id": item.id,
        "title": item.title,
        "detail": item.detail,
        "cause": item.cause,
        "link": item.link,
        "due_on": item.due_on.isoformat() if item.due_on else None,
        "overdue": bool(item.due_on and item.due_on < today and not item.done),
        "done": item.done,
        "done_on": item.done_on.isoformat() if item.done_on else None,
        "rejection_id": item.rejection_id,
        "application_id": item.application_id,
        "position": item.position,
    }
