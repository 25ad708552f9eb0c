"""Planning a practice session: the weak causes from the latest diagnoses, then the
user's recorded questions, bank questions for those causes, or the standard flow of an
interview (5–10 in all)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from furikaeri.analyzer import (
    KIND_LABELS,
    KINDS,
)
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.catalogue import CAUSE_IDS, causes
from furikaeri.question_bank import (
    FollowUp,
    Question,
    bank,
    own_question,
    question_key,
    trainable_causes,
)
from furikaeri.store import practice as st

MIN_QUESTIONS = 5
MAX_QUESTIONS = 10
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
    from furikaeri.diagnosis import diagnose_latest_rejections

    # The newest rejections are found by the diagnoses' first statement (one less).
    return rank_weak_causes(diagnose_latest_rejections(session, limit))


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
