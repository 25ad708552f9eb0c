"""Classify recruiting mail: notices (rejection, pass, interview_invite, offer, other) with
company, stage and date; replies to a feedback request (feedback, declined, other) with the
cause ids they name. Knowledge lives in data/mail_notices.toml and data/mail_replies.toml. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from furikaeri.catalogue import CAUSE_IDS, load_data
from furikaeri.mail.text import normalize, sentences, strip_quoted
from furikaeri.patterns import union
from furikaeri.vocabulary import reply_labels

NOTICE_LABELS = ("rejection", "pass", "interview_invite", "offer", "other")
REPLY_LABELS = reply_labels()  # data/vocabulary.toml


@dataclass(frozen=True)
class NoticeResult:
    label: str
    company: str | None = None
    stage: str | None = None
    date: date | None = None
    via_agent: bool = False
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "company": self.company,
            "stage": self.stage,
            "date": self.date.isoformat() if self.date else None,
            "via_agent": self.via_agent,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class ReplyResult:
    label: str
    causes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "causes": list(self.causes), "evidence": list(self.evidence)}


@dataclass(frozen=True)
class _NoticeRules:
    strong: dict[str, tuple[re.Pattern[str], ...]]
    weak: tuple[re.Pattern[str], ...]
    weak_context: re.Pattern[str]
    hypothetical: re.Pattern[str]
    invite_generic: tuple[re.Pattern[str], ...]
    invite_context: re.Pattern[str]
    event: re.Pattern[str]
    withdrawn: tuple[re.Pattern[str], ...]
    pending: tuple[re.Pattern[str], ...]


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def _notice_rules() -> _NoticeRules:
    data = load_data("mail_notices.toml")
    strong = {label: _compile(data[label]["strong"]) for label in NOTICE_LABELS[:4]}
    return _NoticeRules(
        strong=strong,
        weak=_compile(data["rejection"]["weak"]),
        weak_context=union(data["rejection"]["weak_context"]),
        hypothetical=union(data["guards"]["hypothetical"]),
        invite_generic=_compile(data["interview_invite"]["generic"]),
        invite_context=union(data["interview_invite"]["context"]),
        event=union(data["interview_invite"]["event"]),
        withdrawn=_compile(data["guards"]["withdrawn"]),
        pending=_compile(data["guards"]["pending"]),
    )


def _hits(
    patterns: tuple[re.Pattern[str], ...], sents: list[str], guard: re.Pattern[str]
) -> list[str]:
    found: list[str] = []
    for sent in sents:
        for pat in patterns:
            for m in pat.finditer(sent):
                if _denied(sent, m.end()) or _hypothetical(sent, m.start(), guard):
                    continue
                if m.group(0) not in found:
                    found.append(m.group(0))
                    break
    return found


_DENIED = re.compile(
    r"[^。、]{0,3}?(?:ではな|ではござい?ませ|ではありませ|わけではな|ということではな)"
)


def _denied(sent: str, end: int) -> bool:
    """「見送りではございません」「不採用というわけではなく」: the phrase is denied."""
    return bool(_DENIED.match(sent, end))


# A clause ends at 「〜ですが、」「〜ので、」「〜ため、」: in 「今回は見送りとさせていただきますが、
# 別の求人がある場合はご連絡します」 the 「場合」 belongs to the second clause only.
_CLAUSE_END = re.compile(r"(?:が|ので|ため|ものの|けれど|けれども|けど)[、,]")


def _hypothetical(sent: str, pos: int, guard: re.Pattern[str]) -> bool:
    """True when the clause around ``pos`` talks about a possibility (「不採用の場合は」)."""
    start = 0
    for m in _CLAUSE_END.finditer(sent):
        if m.end() <= pos:
            start = m.end()
        else:
            return bool(guard.search(sent, start, m.end()))
    return bool(guard.search(sent, start))


def classify_notice(
    *, subject: str | None, body: str, reference: date | None = None
) -> NoticeResult:
    """Label a recruiting mail. ``reference`` (default today) resolves years in dates."""
    from furikaeri.mail import extract

    rules = _notice_rules()
    text = strip_quoted(body)
    sents = ([normalize(subject)] if subject else []) + sentences(text)
    label, evidence = _decide(rules, sents)
    return NoticeResult(
        label=label,
        company=extract.company(subject=subject, body=text),
        stage=extract.stage(subject=subject, body=text),
        date=extract.first_date(text, reference=reference),
        via_agent=extract.via_agent(text),
        evidence=evidence,
    )


_NEVER = re.compile(r"(?!)")


def _decide(rules: _NoticeRules, sents: list[str]) -> tuple[str, list[str]]:
    withdrawn = _hits(rules.withdrawn, sents, rules.hypothetical)
    if withdrawn:  # the candidate withdrew; the company only acknowledges it
        return "other", withdrawn
    rejection = _hits(rules.strong["rejection"], sents, rules.hypothetical)
    if rejection:
        return "rejection", rejection
    for label in ("offer", "pass", "interview_invite"):
        found = _hits(rules.strong[label], sents, rules.hypothetical)
        if found:
            return label, found
    if any(rules.invite_context.search(s) for s in sents) or not any(
        rules.event.search(s) for s in sents
    ):
        found = _hits(rules.invite_generic, sents, rules.hypothetical)
        if found:
            return "interview_invite", found
    # 「合否にかかわらずご連絡いたします」 is still a promise of a result to come: no guard here.
    if _hits(rules.pending, sents, _NEVER):
        return "other", []
    weak = _hits(rules.weak, sents, rules.hypothetical)
    if weak and any(rules.weak_context.search(s) for s in sents):
        return "rejection", weak
    return "other", []


# --- replies ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _CauseRule:
    topics: re.Pattern[str] | None
    hints: re.Pattern[str] | None
    phrases: re.Pattern[str] | None


@dataclass(frozen=True)
class _ReplyRules:
    ignore: re.Pattern[str]
    declined: re.Pattern[str]
    evaluative: re.Pattern[str]
    frames: re.Pattern[str]
    negated: re.Pattern[str]
    split: re.Pattern[str]
    causes: dict[str, _CauseRule]


def _maybe(patterns: list[str]) -> re.Pattern[str] | None:
    return union(patterns) if patterns else None


@cache
def _reply_rules() -> _ReplyRules:
    data = load_data("mail_replies.toml")
    causes = {
        cid: _CauseRule(
            topics=_maybe(c.get("topics", [])),
            hints=_maybe(c.get("hints", [])),
            phrases=_maybe(c.get("phrases", [])),
        )
        for cid, c in data["causes"].items()
    }
    unknown = set(causes) - set(CAUSE_IDS)
    if unknown:
        raise ValueError(f"mail_replies.toml names unknown cause ids: {sorted(unknown)}")
    return _ReplyRules(
        ignore=union(data["ignore"]),
        declined=union(data["declined"]),
        evaluative=union(data["evaluative"]),
        frames=union(data["frames"]),
        negated=re.compile(data["negated_frame_suffix"]),
        split=re.compile(data["clause_split"]),
        causes=causes,
    )


def classify_reply(body: str) -> ReplyResult:
    """Label a company's answer to a feedback request and name the causes it gives."""
    rules = _reply_rules()
    causes: list[str] = []
    evidence: list[str] = []
    evaluative = False
    declined: list[str] = []
    for sent in sentences(strip_quoted(body)):
        if rules.ignore.search(sent):
            continue
        for clause in rules.split.split(sent):
            m = rules.declined.search(clause)
            if m:  # 「理由はお答えしかねますが、一点だけ…」: the rest may still say something
                declined.append(m.group(0))
                continue
            for cid in _clause_causes(rules, clause):
                if cid not in causes:
                    causes.append(cid)
                    if clause not in evidence:
                        evidence.append(clause)
            evaluative = evaluative or bool(rules.evaluative.search(clause))
    ordered = [c for c in CAUSE_IDS if c in causes]
    if causes or evaluative:
        return ReplyResult(label="feedback", causes=ordered, evidence=evidence)
    if declined:
        return ReplyResult(label="declined", causes=[], evidence=declined)
    return ReplyResult(label="other")


def _clause_causes(rules: _ReplyRules, clause: str) -> list[str]:
    """Causes named in one clause: self-framed phrases, or a topic with a live negative frame."""
    found = [cid for cid, r in rules.causes.items() if r.phrases and r.phrases.search(clause)]
    masked = _mask(clause, [r.phrases for r in rules.causes.values() if r.phrases])
    if not _has_frame(rules, masked):
        return found
    topical = [cid for cid, r in rules.causes.items() if r.topics and r.topics.search(masked)]
    if not topical and not found:
        topical = [cid for cid, r in rules.causes.items() if r.hints and r.hints.search(masked)]
    return found + [c for c in topical if c not in found]


def _mask(clause: str, patterns: list[re.Pattern[str]]) -> str:
    """Blank out self-framed phrases so their words do not count again as topics or frames."""
    for pat in patterns:
        clause = pat.sub(lambda m: "□" * len(m.group(0)), clause)
    return clause


def _has_frame(rules: _ReplyRules, clause: str) -> bool:
    return any(not rules.negated.match(clause[m.end() :]) for m in rules.frames.finditer(clause))
