"""Whether a clause judges: a negative frame live in it (not reassured away, not in a past honorific
of another person), and the causes a self-framed phrase names under a live frame. Pure."""

from __future__ import annotations

import re
from typing import Any

from furikaeri.mail.reply.rules import _reply_rules, _ReplyRules
from furikaeri.mail.reply.stance import wished_otherwise
from furikaeri.mail.reply.words import _morphs, _pos


def _phrase_causes(rules: _ReplyRules, clause: str, *, equal: str) -> list[str]:
    """Causes a self-framed phrase of their own names in ``clause``. The shortfall cause's
    (skills) are read with experience told as the others' equal blanked (`compared_equal`:
    「同程度のご経験の方が多く、その点で他の方が上回り」): the same experience is no gap, what
    decided lies elsewhere. ``equal``: ``clause`` with that experience blanked."""
    gap, *_ = rules.shortfall
    return [
        cid
        for cid, r in rules.causes.items()
        if r.phrases and _live(r.phrases, equal if cid == gap else clause)
    ]


def _live(phrases: re.Pattern[str], clause: str) -> bool:
    """A self-framed phrase of ``phrases`` in ``clause`` that what follows does not deny
    ([phrase_denied])."""
    denied = _reply_rules().phrase_denied
    return any(
        not denied.match(clause, _past_honorific(clause, m.end())) for m in phrases.finditer(clause)
    )


_PERSON = ("方", "方々")  # の方 after a person: the same person, said politely


def _past_honorific(clause: str, end: int) -> int:
    """``end`` moved past の and 方 (Sudachi 名詞, かた) right after it, where a phrase ends on a
    person (「他の応募者|の方と比べてということではなく」): its denial is read after them."""
    ms = list(_morphs(clause[end : end + 4]))
    if (
        len(ms) >= 2
        and str(ms[0].surface()) == "の"
        and ms[1].normalized_form() in _PERSON
        and _pos(ms[1]) == "名詞"
    ):
        return end + ms[1].end()
    return end


def _judges(rules: _ReplyRules, clause: str) -> bool:
    """A clause that judges, whatever it names (「事前の準備がやや足りないように思いました」
    「個人の貢献がどこにあったのかは見えにくかった」): a live `frames` entry or a predicate of
    negative evaluation (残念, 惜しい), or a negative word denied (「気になる点は特にございません
    でした」: a reassurance judges too). A bare negation (「お心当たりのない場合は」「まだご回答を
    いただけておりません」) is no judgement, nor is a clause of for-now ([pending] `now`)."""
    from furikaeri.mail.reply.denial import reassurances
    from furikaeri.mail.reply.lack import negative_predicate

    now, _ = rules.pending
    if now.search(clause):  # 「まだ決まってないので」: not yet, nothing judged
        return False
    ms = _morphs(clause)
    return (
        _live_frame(rules, clause, ms)
        or negative_predicate(ms) is not None
        or bool(reassurances(ms))
    )


def _has_frame(rules: _ReplyRules, clause: str, morphs: Any = None) -> bool:
    """A negative frame: one of `frames` not denied after it, or a lack read from the words'
    grammar (furikaeri.mail.reply.lack: a negated predicate, 〜にくい, 〜かねる)."""
    from furikaeri.mail.reply.lack import lack, negative_predicate

    ms = morphs if morphs is not None else _morphs(clause)
    if _live_frame(rules, clause, ms):
        return True
    if lack(ms) is not None or negative_predicate(ms) is not None:
        return True
    return wished_otherwise(rules.stance, ms)  # 「…があればなお良かった」


def _live_frame(rules: _ReplyRules, clause: str, morphs: Any) -> bool:
    """One of `frames` in ``clause`` (``morphs``: its morphemes) not denied after it. A negative
    word denied (「問題視しておりません」) is a reassurance: its negation is no frame."""
    plain = _without_reassurances(clause, morphs)
    return any(not rules.negated.match(plain[m.end() :]) for m in rules.frames.finditer(plain))


def _without_reassurances(clause: str, morphs: Any) -> str:
    """``clause`` with each denied negative word and its denial blanked (furikaeri.mail.reply.lack
    reassurances: 「問題視しておりません」「悪くなかった」)."""
    from furikaeri.mail.reply.denial import reassurances

    for words in reassurances(morphs):
        clause = clause.replace(words, "□" * len(words))
    return clause
