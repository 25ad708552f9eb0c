"""The evidence for each cause, one function per source (the company's replies and their
praise, the answer analyzer, the self-check, the career history, the posting), and their
merge per cause for ranking. The reply classifier and the analyzer are imported when used."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.diagnosis.texts import _texts, selfcheck_questions
from furikaeri.diagnosis.types import (
    CAREER_WEIGHT,
    POSTING_WEIGHT,
    REPLY_WEIGHT,
    SELF_CHECK_WEIGHT,
    SHORT_STAY_MONTHS,
    AnswerInput,
    CareerInput,
    Evidence,
    ReplyInput,
)


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


def _merge(*sources: dict[str, list[Evidence]]) -> dict[str, list[Evidence]]:
    merged: dict[str, list[Evidence]] = {}
    for source in sources:
        for cid, items in source.items():
            merged.setdefault(cid, []).extend(items)
    return merged
