"""The candidate's conduct in the talk as a clause tells it: what was observed, the faults told,
stuck on questions, talk over others, a gap of knowledge in an answer, an answer beside the
question. Pure."""

from __future__ import annotations

import re
from typing import Any

from furikaeri.mail.conduct import conduct, stuck, vague
from furikaeri.mail.reply.frames import _live, _without_reassurances
from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs, _view


def _observes(rules: _ReplyRules, clause: str, morphs: Any, said: Any) -> str | None:
    """A bare observation of the candidate's conduct (furikaeri.mail.observation): "concern",
    "praise" (a word of positive polarity in it, or [praise]), or None. ``morphs``: the
    morphemes of the clause as masked; ``said``: those of ``clause`` itself."""
    from furikaeri.mail.observation import is_positive, marker_start, observed

    seen = observed(rules.observation, morphs, is_positive)
    if seen is None:
        return None
    # the perception itself (「…のが印象に残りました」) praises nothing: only what was perceived
    told = clause[: marker_start(rules.observation, said)]
    return "praise" if rules.praise.search(told) else seen


def _faults(rules: _ReplyRules, clause: str, morphs: Any) -> tuple[list[str], str]:
    """Causes a fault word of theirs ([[concept]] `fault`: 遅刻, 愚痴, ガム) names in ``clause``,
    not denied right after it ([fault_denied]: 「遅刻もなく」); and the clause with each denied
    fault blanked with its denial (「腕組みなどは見られず」 leaves no negation to read as a
    lack)."""
    from furikaeri.mail.reply.lack import negative_word

    view = _view(morphs)
    causes: list[str] = []
    for cid, r in rules.causes.items():
        for start, end in r.faults.spans(view):
            if rules.contrast_company.search(clause, 0, start):
                continue  # 「当社では数年ごとに部署を転々としながら」: the company's way, no fault
            denied = rules.fault_denied.match(clause, end)
            if denied is None:
                causes += [] if cid in causes else [cid]
            else:
                clause = _blank(clause, start, denied.end())
        # A topic word of negative meaning denied (「ご不満めいたお話もありませんでした」) is a
        # reassurance: blanked with its denial, like a fault denied.
        for start, end in r.words.spans(view):
            if negative_word(clause[start:end]) or negative_word(_form_at(view, start)):
                denied = rules.fault_denied.match(clause, end)
                if denied is not None:
                    clause = _blank(clause, start, denied.end())
    return causes, clause


def _form_at(view: tuple[Any, ...], start: int) -> str:
    """The normalized form of the word of ``view`` at character offset ``start``."""
    at = 0
    for w in view:
        if at == start:
            return str(w.form)
        at += len(w.surface)
    return ""


def _stuck_only(rules: _ReplyRules, clause: str) -> bool:
    """The clause's communication point is only that the candidate could not answer ([conduct]
    `answer`, `stuck`): no word or phrase of delivery (結論, 緊張, 話が長い) beside it."""
    comm = rules.causes["communication"]
    ms = _morphs(clause)
    if comm.words.find(_view(ms)) or (comm.phrases is not None and _live(comm.phrases, clause)):
        return False
    return stuck(rules.conduct[0], ms)


def _talk(rules: _ReplyRules, clause: str, morphs: Any) -> str | None:
    """[conduct]: "off" where the clause says the candidate moved off the question, "over" where
    they talked over others, else None."""
    forms, english = rules.conduct
    point = conduct(forms, morphs)
    if point is not None:
        return point[0]
    m = english.search(clause)
    if m is None:
        return None
    return "off" if re.search("subject|topic|point|question|story", m.group(0)) else "over"


def _knowledge_gap(rules: _ReplyRules, clause: str, morphs: Any, talk: bool, framed: bool) -> bool:
    """[off_target] `knowledge`: a question or a turn of the talk about a subject of knowledge
    (its subject naming no cause's own topic), an answer to it, and a lack, being stuck or an
    unclear answer ([conduct] `vague`), with no word of moving off the question: the candidate
    could not answer it, a gap of skills. A discussion of such a subject (「システム設計について
    の議論が難しかった」) is answered as a question is ([conduct] `answer`)."""
    answers = rules.conduct[0].answer
    if talk or not (
        rules.beside[0].search(clause) or any(m.normalized_form() in answers for m in morphs)
    ):
        return False
    # a negative word denied (「答えの中身は悪くなかった」) is praise, no stuck answer
    plain = _without_reassurances(clause, morphs)
    if plain != clause:
        morphs = _morphs(plain)
    # stuck, or unclear in content (「ご回答が曖昧になる」): on a subject of knowledge, not known
    if not (stuck(rules.conduct[0], morphs) or vague(rules.conduct[0], morphs)):
        return False
    forms, _ = rules.conduct
    if any(m.normalized_form() in forms.deviate for m in morphs):
        return False
    for m in rules.knowledge.finditer(clause):
        subject = m.groupdict().get("subject")
        named = _topical(rules, subject, hints=False) if subject else []
        if not named or named == [rules.shortfall[0]]:  # 「業界知識を問う質問」: skills' own
            return True
    return False


def _beside(rules: _ReplyRules, clause: str) -> bool:
    """An answer, the question and their mismatch in one clause ([off_target] `answer`,
    `question`, `mismatch`), the mismatch not a complaint set against what the candidate wants
    next (`complaint`: the question was answered, with complaints)."""
    if not all(p.search(clause) for p in rules.beside):
        return False
    return not rules.complaint.search(clause)
