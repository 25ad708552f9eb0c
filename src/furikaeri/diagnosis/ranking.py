"""From evidence to a diagnosis: :func:`diagnose` (pure) scores and ranks the causes, picks
the next steps and words the headline and the messages, among them what a rejection at a
later round says of the rounds before it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from furikaeri.catalogue import CAUSE_IDS, causes
from furikaeri.diagnosis.evidence import (
    _analyzer_evidence,
    _career_evidence,
    _company,
    _merge,
    _posting_evidence,
    _reply_evidence,
    _reply_praise,
    _self_check_evidence,
)
from furikaeri.diagnosis.texts import (
    _Aspect,
    _aspects,
    _documents,
    _later_round,
    _next_step_catalogue,
    _texts,
)
from furikaeri.diagnosis.types import (
    ANALYZER_CAP,
    CAREER_WEIGHT,
    MAX_FOCUS,
    POSTING_CAP,
    STANDS_OUT,
    AnswerInput,
    CareerInput,
    CauseResult,
    Diagnosis,
    Evidence,
    NextStep,
    ReplyInput,
)
from furikaeri.vocabulary import stage as vocabulary_stage


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
