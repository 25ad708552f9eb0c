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
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache, lru_cache
from itertools import groupby
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator

from furikaeri.catalogue import CAUSE_IDS, DataFileError, causes, known_cause, load_data, validated
from furikaeri.dates import ja_date
from furikaeri.errors import FurikaeriError
from furikaeri.vocabulary import stage as vocabulary_stage

ANALYZER_CAP = 6
SELF_CHECK_WEIGHT = {"concern": 2, "partly": 1}
REPLY_WEIGHT = 10
CAREER_WEIGHT = 1  # context, not proof: alone it never makes a cause stand out
POSTING_WEIGHT = {"missing": 2, "unclear": 1}  # a 必須 requirement the history does not show
POSTING_CAP = 4
SHORT_STAY_MONTHS = 12  # 短期離職 as recruiters usually mean it
STANDS_OUT = 2  # a controllable cause with at least this score "stands out"
MAX_FOCUS = 3  # next steps follow at most this many top causes


@dataclass(frozen=True)
class SelfCheckQuestion:
    id: str
    cause: str
    text: str
    concern: str  # the answer that points at the cause: "no" or "yes"


@dataclass(frozen=True)
class AnswerInput:
    """A question asked and the answer given; ``kind`` None lets the analyzer infer it."""

    question: str = ""
    answer: str = ""
    kind: str | None = None


@dataclass(frozen=True)
class ReplyInput:
    """The company's reply: label feedback / declined / other, and the cause ids it names."""

    label: str
    causes: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class CareerInput:
    """One former job from the profile's career history (end None = current job)."""

    company: str
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Evidence:
    source: str  # reply | analyzer | self_check | profile
    message: str
    detail: str = ""  # for a reply: the sentence of the reply that names the cause
    code: str = ""
    weight: int = 0


@dataclass(frozen=True)
class CauseResult:
    id: str
    title: str
    summary: str
    controllable: bool
    score: int
    level: str  # reply | high | medium | low | none
    level_label: str
    evidence: tuple[Evidence, ...]
    advice: tuple[str, ...]
    aspect: str = ""  # the one aspect all its evidence is about (diagnosis.toml [aspects])

    @property
    def stands_out(self) -> bool:
        return self.level == "reply" or self.score >= STANDS_OUT


@dataclass(frozen=True)
class NextStep:
    id: str
    title: str
    detail: str
    causes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Diagnosis:
    causes: tuple[CauseResult, ...]  # all ten, ranked
    headline: str
    messages: tuple[str, ...]
    nothing_controllable: bool
    enough_data: bool
    next_steps: tuple[NextStep, ...]
    strengths: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sources: dict[str, int] = field(default_factory=dict)
    title: str = ""  # what was diagnosed, e.g. 「株式会社あおば食品 二次面接（2026-05-02）」
    uncontrollable_note: str = ""  # the kind word on fit and relative: heads that section
    praise: tuple[str, ...] = ()  # what the company's reply says went well, as written
    minor_note: str = ""  # heads the controllable causes with a little evidence (``minor``)

    @property
    def controllable(self) -> list[CauseResult]:
        """Causes the candidate can change that stand out, ranked."""
        return [c for c in self.causes if c.controllable and c.stands_out]

    @property
    def minor(self) -> list[CauseResult]:
        """Causes the candidate can change with a little evidence that does not stand out:
        never presented as what went wrong."""
        return [c for c in self.causes if c.controllable and c.score > 0 and not c.stands_out]

    @property
    def uncontrollable(self) -> list[CauseResult]:
        """Fit and relative evaluation: not defects."""
        return [c for c in self.causes if not c.controllable]

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for cause, data in zip(self.causes, out["causes"], strict=True):
            data["stands_out"] = cause.stands_out
        out["controllable"] = [c.id for c in self.controllable]
        out["minor"] = [c.id for c in self.minor]
        out["uncontrollable"] = [c.id for c in self.uncontrollable]
        return out


# --- data -----------------------------------------------------------------------------------


class NotARejection(FurikaeriError):
    """A diagnosis was asked for an interview the candidate passed (about the stored data)."""

    status = 409
    exit_code = 1


class _QuestionData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    cause: Annotated[str, AfterValidator(known_cause)]
    text: str
    concern: str

    @field_validator("concern")
    @classmethod
    def _answer(cls, value: str) -> str:
        if value not in ("yes", "no"):
            raise ValueError("concern is 'yes' or 'no'")
        return value


@cache
def selfcheck_questions(*, documents: bool = False) -> tuple[SelfCheckQuestion, ...]:
    """The self-check questions in display order (data/selfcheck.toml): after an interview, or
    with ``documents`` after a 書類 rejection (the documents and the posting's requirements)."""
    raw = load_data("selfcheck.toml")["documents" if documents else "questions"]
    return tuple(
        SelfCheckQuestion(id=qid, **_QuestionData.model_validate(q).model_dump())
        for qid, q in raw.items()
    )


def is_documents(stage: str | None) -> bool:
    """A 書類 (document screening) rejection: no interview took place."""
    return (stage or "").strip() in ("書類", "書類選考")


class _DocumentsCause(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    summary: str | None = None
    advice: list[str] | None = None


class _NextStepText(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str
    detail: str


class _DocumentsData(BaseModel):
    """diagnosis.toml [documents]: what a 書類 diagnosis says instead."""

    model_config = ConfigDict(extra="forbid")
    causes: list[str]
    next_steps: list[str]
    messages: dict[str, str]
    cause_texts: dict[str, _DocumentsCause] = {}
    next_step_texts: dict[str, _NextStepText] = {}


@cache
def _documents() -> _DocumentsData:
    data = _DocumentsData.model_validate(_texts()["documents"])
    unknown = (set(data.causes) | set(data.cause_texts)) - set(CAUSE_IDS)
    if unknown:
        raise ValueError(f"diagnosis.toml [documents] names unknown causes: {sorted(unknown)}")
    steps = {s.id for s in _next_step_catalogue()} | set(data.next_step_texts)
    missing = set(data.next_steps) - steps
    if missing:
        raise ValueError(f"diagnosis.toml [documents] names unknown next steps: {sorted(missing)}")
    return data


@cache
def _texts() -> dict[str, Any]:
    return load_data("diagnosis.toml")


def _next_step_catalogue(*, mid_career: bool = False, final: bool = False) -> list[NextStep]:
    """The next steps; a mid-career applicant gets ``detail_mid_career`` where there is one
    (no university career center). Steps marked ``when = "final"`` only with ``final`` (a
    rejection at the last round)."""
    raw = _texts()["next_steps"]
    return [
        NextStep(
            id=sid,
            title=s["title"],
            detail=s.get("detail_mid_career", s["detail"]) if mid_career else s["detail"],
            causes=tuple(s["causes"]),
        )
        for sid, s in raw.items()
        if final or s.get("when") != "final"
    ]


class _LaterRound(BaseModel):
    """diagnosis.toml [later_round]: what a rejection at 二次 or later says of the rounds
    before it, and what the last round weighs."""

    model_config = ConfigDict(extra="forbid")
    later_from: str
    final_stages: list[str]
    passed: str
    reached: str
    final: str
    next_step: str
    final_evidence: dict[Annotated[str, AfterValidator(known_cause)], str]

    @field_validator("later_from", "final_stages")
    @classmethod
    def _known_stages(cls, value: str | list[str]) -> str | list[str]:
        for name in [value] if isinstance(value, str) else value:
            if vocabulary_stage(name) is None:
                raise ValueError(f"unknown stage {name!r} (data/vocabulary.toml)")
        return value


class _Aspect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    codes: list[str]
    summary: str
    advice: list[str]


class _Aspects(BaseModel):
    """diagnosis.toml [aspects]: per cause, aspects whose summary and advice replace the
    cause's when all its evidence is about that aspect."""

    model_config = ConfigDict(extra="forbid")
    aspects: dict[Annotated[str, AfterValidator(known_cause)], dict[str, _Aspect]]


@cache
def _later_round() -> _LaterRound:
    later = validated("diagnosis.toml", _LaterRound, _texts()["later_round"])
    steps = {sid for sid, s in _texts()["next_steps"].items() if s.get("when") == "final"}
    if later.next_step not in steps:
        raise DataFileError(
            f"data/diagnosis.toml is malformed: later_round.next_step: {later.next_step!r} "
            'is not a next step with when = "final"'
        )
    return later


@cache
def _aspects() -> dict[str, dict[str, _Aspect]]:
    return validated("diagnosis.toml", _Aspects, {"aspects": _texts()["aspects"]}).aspects


# --- evidence -------------------------------------------------------------------------------


def _reply_evidence(replies: Sequence[ReplyInput]) -> dict[str, list[Evidence]]:
    """Each cause a reply names, with the sentence of the reply that names it (found by the
    reply classifier); without one (no sentence speaks of it), the message says so."""
    from furikaeri.mail.reply import sentences_naming

    msgs = _texts()["messages"]
    out: dict[str, list[Evidence]] = {}
    for reply in replies:
        if reply.label != "feedback":
            continue
        named = sentences_naming(reply.text, reply.causes) if reply.text else {}
        for cid in dict.fromkeys(reply.causes):
            if cid in CAUSE_IDS:
                sentence = named.get(cid, "")
                message = msgs["reply_sentence"] if sentence else msgs["reply_cause"]
                ev = Evidence("reply", str(message), detail=sentence, weight=REPLY_WEIGHT)
                out.setdefault(cid, []).append(ev)
    return out


def _reply_praise(
    replies: Sequence[ReplyInput],
) -> tuple[tuple[str, ...], dict[str, list[Evidence]]]:
    """What the company's replies say went well (良かった点), as written, and for each cause
    whose topic that praise speaks of (「実績を具体的な数字で話されていた点は高く評価」:
    self_pr), the praising clause as evidence against it. A cause a reply names as a
    problem keeps the company's criticism (its evidence outranks this)."""
    from furikaeri.mail.reply import classify_reply

    found: list[str] = []
    against: dict[str, list[Evidence]] = {}
    message = str(_texts()["messages"]["reply_praised"])
    for reply in replies:
        if reply.label != "feedback":
            continue
        result = classify_reply(reply.text)
        found.extend(result.praise)
        for cid, clause in result.praised.items():
            if cid in CAUSE_IDS and cid not in reply.causes and cid not in against:
                against[cid] = [Evidence("praise", message, detail=clause)]
    return tuple(dict.fromkeys(found)), against


def _company(name: str | None, profile: str | None) -> dict[str, str] | None:
    if not name and not profile:
        return None
    return {"name": name or "", "profile": profile or ""}


def _analyzer_evidence(
    answers: Sequence[AnswerInput], company: dict[str, str] | None
) -> tuple[dict[str, list[Evidence]], list[str], list[str], int]:
    """Findings per cause, strengths, notes on answers that could not be judged, count."""
    from furikaeri.analyzer import SEVERITY_RANK, AnalyzeError, analyze

    out: dict[str, list[Evidence]] = {}
    strengths: list[str] = []
    notes: list[str] = []
    judged = 0
    for item in answers:
        if not item.answer.strip():
            continue
        try:
            result = analyze(
                item.answer, question=item.question or None, kind=item.kind or None, company=company
            )
        except AnalyzeError as exc:
            notes.append(
                f"「{_shorten(item.question, 30) or '回答'}」は判定できませんでした: {exc}"
            )
            continue
        judged += 1
        where = f"「{_shorten(item.question, 40)}」への回答" if item.question else "回答"
        for f in result.findings:
            quoted = "・".join(f"「{_shorten(s.text, 40)}」" for s in f.evidence[:3])
            detail = f"{where}: {quoted}" if quoted else where
            ev = Evidence("analyzer", f.message, detail, f.code, SEVERITY_RANK.get(f.severity, 1))
            out.setdefault(f.cause, []).append(ev)
        strengths.extend(s.message for s in result.strengths)
    return out, list(dict.fromkeys(strengths)), notes, judged


def _self_check_evidence(
    answers: Mapping[str, str], *, documents: bool = False
) -> dict[str, list[Evidence]]:
    out: dict[str, list[Evidence]] = {}
    for q in selfcheck_questions(documents=documents):
        given = answers.get(q.id)
        if not given:
            continue
        if given == q.concern:
            weight = SELF_CHECK_WEIGHT["concern"]
        elif given == "partly":
            weight = SELF_CHECK_WEIGHT["partly"]
        else:
            continue
        label = {"yes": "はい", "no": "いいえ", "partly": "少し"}.get(given, given)
        ev = Evidence("self_check", f"{q.text} → {label}", code=q.id, weight=weight)
        out.setdefault(q.cause, []).append(ev)
    return out


def _months(start: dt.date, end: dt.date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


months_between = _months  # public: the plan and the skills gap count months the same way


def _career_evidence(
    career: Sequence[CareerInput], self_check: Mapping[str, str]
) -> dict[str, list[Evidence]]:
    """Short stays that ended, unless the self-check says they were explained."""
    if self_check.get("short_tenure.explained") == "yes":
        return {}
    template = str(_texts()["messages"]["short_stay"])
    found = []
    for job in career:
        if job.start is None or job.end is None or job.end < job.start:
            continue
        months = _months(job.start, job.end)
        if months < SHORT_STAY_MONTHS:
            # Said as 「約Nか月」: rounded (1/21–7/20 is about 6, though 5 whole months).
            about = round((job.end - job.start).days / 30.44)
            text = template.format(company=job.company, months=max(about, 1))
            found.append(Evidence("profile", text, code="profile.short_stay", weight=CAREER_WEIGHT))
    return {"short_tenure": found} if found else {}


def _posting_evidence(skill_gap: Any) -> dict[str, list[Evidence]]:
    """The posting's 必須 requirements that the profile and career history do not show
    (furikaeri.skills): the ``skills`` cause rests on more than the self-check."""
    if skill_gap is None:
        return {}
    template = _texts()["messages"]
    found = []
    for match in skill_gap.items:
        if not match.requirement.required or match.status not in POSTING_WEIGHT:
            continue
        text = str(template[f"posting_{match.status}"]).format(requirement=match.requirement.text)
        found.append(
            Evidence(
                "posting",
                text,
                detail=match.reason,
                code=f"posting.{match.status}",
                weight=POSTING_WEIGHT[match.status],
            )
        )
    return {"skills": found} if found else {}


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- ranking --------------------------------------------------------------------------------


def _score(evidence: Iterable[Evidence]) -> tuple[int, bool]:
    """The cause's score and whether a reply names it. A cause the company's reply praises
    (source ``praise``) and does not name never stands out from guesses: the company saw the
    interview, the analyzer reads the candidate's recollection of it."""
    by_source: dict[str, int] = {}
    for ev in evidence:
        by_source[ev.source] = by_source.get(ev.source, 0) + ev.weight
    by_source["analyzer"] = min(by_source.get("analyzer", 0), ANALYZER_CAP)
    by_source["posting"] = min(by_source.get("posting", 0), POSTING_CAP)
    total, from_reply = sum(by_source.values()), "reply" in by_source
    if "praise" in by_source and not from_reply:
        total = min(total, STANDS_OUT - 1)
    return total, from_reply


def _level(score: int, from_reply: bool) -> str:
    if from_reply:
        return "reply"
    if score >= 4:
        return "high"
    if score >= STANDS_OUT:
        return "medium"
    return "low" if score >= 1 else "none"


def _catalogue(documents: bool) -> dict[str, Any]:
    """The causes to rank: all ten, or for a 書類 rejection those that apply to documents,
    worded for documents."""
    if not documents:
        return dict(causes())
    docs = _documents()
    out: dict[str, Any] = {}
    for cid in docs.causes:
        text = docs.cause_texts.get(cid)
        changes = text.model_dump(exclude_none=True) if text else {}
        if "advice" in changes:
            changes["advice"] = tuple(changes["advice"])
        out[cid] = replace(causes()[cid], **changes)
    return out


def _rank(
    evidence: dict[str, list[Evidence]], *, documents: bool = False
) -> tuple[CauseResult, ...]:
    levels = _texts()["levels"]
    results = []
    for cid, cause in _catalogue(documents).items():
        # The company's praise first: it says why the guesses below it count for little.
        found = tuple(
            sorted(evidence.get(cid, []), key=lambda e: (e.source != "praise", -e.weight))
        )
        if found and all(e.source == "praise" for e in found):
            found = ()  # praise of a point nothing found fault with: 良かった点 says it
        score, from_reply = _score(found)
        level = _level(score, from_reply)
        aspect = None if documents else _aspect_of(cid, found)
        summary = aspect.summary if aspect else cause.summary
        results.append(
            CauseResult(
                id=cid,
                title=cause.title,
                summary=_reply_summary(cause.controllable) if from_reply else summary,
                controllable=cause.controllable,
                score=score,
                level=level,
                level_label=levels[level],
                evidence=found,
                advice=tuple(aspect.advice) if aspect else cause.advice,
                aspect=_aspect_id(cid, aspect),
            )
        )
    order = {cid: i for i, cid in enumerate(CAUSE_IDS)}
    results.sort(key=lambda c: (c.level != "reply", -c.score, order.get(c.id, 99)))
    return tuple(results)


def _aspect_of(cid: str, evidence: Sequence[Evidence]) -> _Aspect | None:
    """The one aspect of the cause (diagnosis.toml [aspects]) all its evidence is about, if
    any: casual wording alone is about language, not also about 入退室 and 服装. Evidence
    without a code (a reply, the career history) speaks of the whole cause."""
    counted = [e for e in evidence if e.source != "praise"]
    if not counted:
        return None
    for aspect in _aspects().get(cid, {}).values():
        if all(e.code in aspect.codes for e in counted):
            return aspect
    return None


def _aspect_id(cid: str, aspect: _Aspect | None) -> str:
    if aspect is None:
        return ""
    return next(name for name, a in _aspects().get(cid, {}).items() if a is aspect)


def _documents_next_steps() -> tuple[NextStep, ...]:
    """After a 書類 rejection: reviewing 履歴書・職務経歴書・ES first, in the data's order."""
    docs = _documents()
    known = {s.id: s for s in _next_step_catalogue()}
    extra = {
        sid: NextStep(id=sid, title=t.title, detail=t.detail)
        for sid, t in docs.next_step_texts.items()
    }
    return tuple({**known, **extra}[sid] for sid in docs.next_steps)


def _reply_summary(controllable: bool) -> str:
    """A cause the company named is stated as such (the catalogue's summary says what the
    cause *may* be: 「…可能性があります」)."""
    msgs = _texts()["messages"]
    return str(msgs["reply_named"] if controllable else msgs["reply_named_uncontrollable"])


def _next_steps(
    ranked: Sequence[CauseResult],
    nothing_controllable: bool,
    *,
    mid_career: bool = False,
    final: bool = False,
) -> tuple[NextStep, ...]:
    """The steps for the causes that stand out (else for fit and relative evaluation), then
    those for everyone; after the last round, the final round's step first."""
    if nothing_controllable:
        focus = [c.id for c in ranked if not c.controllable]
    else:
        focus = [c.id for c in ranked if c.controllable and c.stands_out][:MAX_FOCUS]
    catalogue = _next_step_catalogue(mid_career=mid_career, final=final)
    chosen: list[NextStep] = [s for s in catalogue if final and s.id == _later_round().next_step]
    for cid in focus:
        for step in catalogue:
            if cid in step.causes and step not in chosen:
                chosen.append(step)
    chosen.extend(s for s in catalogue if not s.causes and s not in chosen)
    return tuple(chosen)


def _merge(*sources: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
    merged: dict[str, list[Evidence]] = {}
    for source in sources:
        for cid, items in source.items():
            merged.setdefault(cid, []).extend(items)
    return merged


def diagnose(
    *,
    answers: Sequence[AnswerInput] = (),
    self_check: Mapping[str, str] | None = None,
    replies: Sequence[ReplyInput] = (),
    company: str | None = None,
    company_profile: str | None = None,
    career: Sequence[CareerInput] = (),
    skill_gap: Any = None,
    mid_career: bool | None = None,
    documents: bool = False,
    stage: str | None = None,
    passed: Sequence[str] = (),
) -> Diagnosis:
    """Rank the ten causes for one interview from the three sources of evidence (and the
    career history as context; ``skill_gap``, a furikaeri.skills.SkillGap of the posting
    against the profile, for ``skills``). ``mid_career`` (default: a career history is given)
    shapes the advice, e.g. no university career center for a 転職 applicant. ``documents``:
    a 書類 rejection, diagnosed as such (the documents' self-check, the causes that apply to
    documents, no word of a 面接). ``stage``: the round this rejection is at; ``passed``: the
    rounds recorded as passed before it (a rejection at 二次 or later says they went well, and
    at the last round points to the wish to join and the fit). Pure."""
    self_check = self_check or {}
    from_analyzer, strengths, notes, judged = _analyzer_evidence(
        answers, _company(company, company_profile)
    )
    praise, praised = _reply_praise(replies)
    rounds, round_evidence, final = (
        ((), {}, False) if documents else _later_round_context(stage, passed)
    )
    evidence = _merge(
        _reply_evidence(replies),
        praised,
        round_evidence,
        from_analyzer,
        _self_check_evidence(self_check, documents=documents),
        _career_evidence(career, self_check),
        _posting_evidence(skill_gap),
    )
    ranked = _rank(evidence, documents=documents)
    answered = sum(1 for v in self_check.values() if v)
    feedback = [r for r in replies if r.label == "feedback" and r.causes]
    enough = bool(judged or answered or feedback)
    nothing = enough and not any(c.controllable and c.stands_out for c in ranked)
    msgs = _msgs(documents)
    return Diagnosis(
        causes=ranked,
        headline=_headline(ranked, enough=enough, nothing=nothing, documents=documents),
        messages=(*_messages(replies, documents=documents), *rounds),
        nothing_controllable=nothing,
        enough_data=enough,
        next_steps=(
            _documents_next_steps()
            if documents
            else _next_steps(
                ranked,
                nothing or not enough,
                mid_career=bool(career) if mid_career is None else mid_career,
                final=final,
            )
        ),
        strengths=tuple(strengths),
        notes=tuple(notes),
        sources={
            "answers": judged,
            "self_check": answered,
            "replies": len(replies),
            "posting": len(skill_gap.items) if skill_gap is not None else 0,
        },
        uncontrollable_note=str(msgs["uncontrollable"]),
        praise=praise,
        minor_note=str(msgs["minor"]),
    )


def later_round_messages(
    stage: str | None, passed: Sequence[str], *, documents: bool = False
) -> tuple[str, ...]:
    """What a rejection at ``stage`` says of the rounds before it (``passed``: the stages
    recorded as passed) and, at the last round, of 志望度 and 相性; empty for an earlier
    round. The diagnosis shows the same under its headline."""
    return () if documents else _later_round_context(stage, passed)[0]


def _later_round_context(
    stage: str | None, passed: Sequence[str]
) -> tuple[tuple[str, ...], dict[str, list[Evidence]], bool]:
    """For a rejection at 二次 or later: what it says of the rounds before (messages), the
    little weight the last round adds to the wish to join and the fit, and whether it is the
    last round. Nothing for an earlier round or a stage that cannot be placed."""
    from furikaeri.vocabulary import stage_rank

    later = _later_round()
    rank, from_rank = stage_rank(stage), stage_rank(later.later_from)
    if rank is None or from_rank is None or rank < from_rank:
        return (), {}, False
    ranks = {p: stage_rank(p) for p in dict.fromkeys(passed)}
    earlier = [p for p, r in ranks.items() if r is not None and r < rank]
    messages = [
        later.passed.format(rounds=_rounds(earlier))
        if earlier
        else later.reached.format(stage=_phrase(str(stage)))
    ]
    if stage not in later.final_stages:
        return tuple(messages), {}, False
    messages.append(later.final)
    evidence = {
        cid: [Evidence("stage", text, code="stage.final", weight=CAREER_WEIGHT)]
        for cid, text in later.final_evidence.items()
    }
    return tuple(messages), evidence, True


def _phrase(name: str) -> str:
    known = vocabulary_stage(name)
    return known.phrase if known else name


def _rounds(stages: Sequence[str]) -> str:
    """「一次・二次面接」 for interview rounds named 〜次; else each stage's phrase joined."""
    from furikaeri.vocabulary import stage_rank

    ordered = sorted(stages, key=lambda s: stage_rank(s) or 0)
    phrases = [_phrase(s) for s in ordered]
    if all(s.endswith("次") and p == f"{s}面接" for s, p in zip(ordered, phrases, strict=True)):
        return "・".join(ordered) + "面接"
    return "・".join(phrases)


def _msgs(documents: bool) -> dict[str, Any]:
    """The diagnosis wording; a 書類 rejection's own words replace some (no 面接 in them)."""
    msgs = dict(_texts()["messages"])
    return {**msgs, **_documents().messages} if documents else msgs


def _headline(
    ranked: Sequence[CauseResult], *, enough: bool, nothing: bool, documents: bool = False
) -> str:
    """The one line above the list; it never contradicts it: 「見当たりません」 only when no
    controllable cause stands out, and a fit the company named is not 「可能性が高い」."""
    msgs = _msgs(documents)
    if not enough:
        return str(msgs["not_enough_data"])
    if not nothing:
        return str(msgs["controllable"])
    if any(c.level == "reply" for c in ranked):
        return str(msgs["nothing_controllable_reply"])
    if any(c.controllable and c.score > 0 for c in ranked):
        return str(msgs["nothing_controllable_minor"])
    return str(msgs["nothing_controllable"])


def _messages(replies: Sequence[ReplyInput], *, documents: bool = False) -> tuple[str, ...]:
    """The words under the headline. The note on fit and relative evaluation and the one on
    causes the company named belong to their sections, not here."""
    msgs = _msgs(documents)
    out = [str(msgs["ordinary"])]
    if any(r.label == "declined" for r in replies):
        out.append(str(msgs["reply_declined"]))
    return tuple(out)


# --- from the store -------------------------------------------------------------------------


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
    from furikaeri.store import pick_interview
    from furikaeri.store.access import uid
    from furikaeri.store.diagnosis_rows import answers_of, diagnosis_rows

    user = uid(session, user_id)
    rows = diagnosis_rows(session, rejection_ids, user)
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


# --- remembered diagnoses -------------------------------------------------------------------

REMEMBERED = 512  # diagnoses kept per process (a few KB each)
_remembered_results: OrderedDict[str, Diagnosis] = OrderedDict()
_remembered_lock = threading.Lock()  # the web serves requests from a thread pool


def fingerprint(inputs: Mapping[str, Any]) -> str:
    """A SHA-256 of the inputs of a diagnosis (plain data: frozen dataclasses, strings, dates,
    tuples, sorted pairs). Equal inputs give equal fingerprints in every process."""
    canonical = repr(sorted(inputs.items()))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _remembered(
    session: Any, app: Any, *, candidates: dict[int, Any] | None = None, **inputs: Any
) -> Diagnosis:
    """:func:`diagnose` of ``inputs`` plus the application's posting against the candidate,
    from this process's memory when the same inputs were diagnosed before. ``candidates``:
    the candidates already read, by user (several rejections diagnosed together)."""
    posting = (app.job_posting or "").strip()
    candidate = None
    if posting and candidates is not None:
        if app.user_id not in candidates:
            candidates[app.user_id] = _candidate(session, app)
        candidate = candidates[app.user_id]
    elif posting:
        candidate = _candidate(session, app)
    today = dt.date.today() if posting else None
    key_parts = {
        **inputs,
        "answers": tuple(inputs.get("answers", ())),
        "self_check": tuple(sorted((inputs.get("self_check") or {}).items())),
        "replies": tuple(inputs.get("replies", ())),
        "career": tuple(inputs.get("career", ())),
        "posting": posting,
        "candidate": candidate,
        # A current job's length, hence the skill gap, depends on the day.
        "today": today,
    }
    key = fingerprint(key_parts)
    with _remembered_lock:
        found = _remembered_results.get(key)
        if found is not None:
            _remembered_results.move_to_end(key)
            return found
    gap = _skill_gap_of(posting, candidate, today) if candidate is not None else None
    result = diagnose(**inputs, skill_gap=gap)
    with _remembered_lock:
        _remembered_results[key] = result
        while len(_remembered_results) > REMEMBERED:
            _remembered_results.popitem(last=False)
    return result


def forget_remembered() -> None:
    """Empty this process's remembered diagnoses (e.g. after the data files changed)."""
    with _remembered_lock:
        _remembered_results.clear()


def _mid_career(app: Any) -> bool | None:
    """A 転職 applicant when applying via an agent; otherwise the career history decides
    (diagnose's default: one is given)."""
    return True if app.channel == "agent" else None


def _career_of(session: Any, user_id: int) -> list[CareerInput]:
    """The career history (as store.list_career orders it), read as rows."""
    rows = session.execute(_career_stmt(), {"user": user_id}).all()
    return [CareerInput(company, start, end) for company, start, end in rows]


@cache
def _career_stmt() -> Any:
    from sqlalchemy import bindparam, select

    from furikaeri.store import CareerEntry

    c = CareerEntry.__table__.c
    stmt = select(c.company, c.start_date, c.end_date).where(c.user_id == bindparam("user"))
    return stmt.order_by(c.position)


def _candidate(session: Any, app: Any) -> Any:
    """The candidate a posting is compared with (furikaeri.skills.candidate_of)."""
    from furikaeri.skills import candidate_of

    return candidate_of(session, user_id=app.user_id)


def _skill_gap_of(posting: str, candidate: Any, today: dt.date | None) -> Any:
    """The posting against the candidate, or None (none readable)."""
    from furikaeri.skills import SkillsError, compare, parse_posting

    try:
        return compare(parse_posting(posting), candidate, today=today)
    except SkillsError:
        return None


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
