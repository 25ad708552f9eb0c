"""Whose a clause's reading is: the company's declining inside it, the writer's own side, an overall
judgement or the grounds told apart from the reader's points, a heading of what went well, and the
causes the clause names of its own. Pure."""

from __future__ import annotations

from furikaeri.mail.reply.balance import _weighed
from furikaeri.mail.reply.clauses import _read_clause, _Reading
from furikaeri.mail.reply.context import _claim_episode, _left_open, _told_way_of
from furikaeri.mail.reply.faults import about_candidate, fault_point
from furikaeri.mail.reply.masks import _denied_spans, _mask
from furikaeri.mail.reply.pruning import _plans
from furikaeri.mail.reply.refusal import possible_refusal, telling_condition, telling_topic
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.sentences import _declines, _no_reason, _unreceived
from furikaeri.mail.reply.speech import speech_frame
from furikaeri.mail.reply.tally import _Line, _Sentence, _Tally
from furikaeri.mail.reply.topics import _MEDIUM, _STAY, _topical
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import ample_ground, writers_act, writers_hedge


def _declined_in(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, *, start: int, end: int
) -> bool:
    """Whether ``clause`` refuses to tell (`_declines`: 「理由はお答えしかねますが、一点だけ…」:
    the rest may say more), recorded in ``tally``: a refusal of a fault point (「至らなかった点を
    お伝えできず恐縮ですが」) apart from the others, and whether it is for now ([pending])."""
    refused_words = _declines(rules, clause, line.sent[:start], tally.asked_before)
    if not refused_words:
        return False
    tally.declined.append(refused_words)
    if fault_point(_morphs(clause[: clause.find(refused_words)])):
        tally.pointless.append(refused_words)  # 「至らなかった点をお伝えできず恐縮ですが」
    else:
        tally.refused = True
    now, _ = rules.pending
    tally.hedged = tally.hedged or bool(now.search(line.sent[:end]))
    line.before = None
    return True


def _not_of_candidate(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, lead: str = ""
) -> bool:
    """Whether ``clause`` says nothing of the candidate: a refusal that may come (「内容によって
    はご回答できない場合も…」: nothing decided), the ground of a refusal (「一人にだけお話しする
    のも不公平になりますので」, or what telling would bring after a telling made a condition in
    ``lead``, the sentence before the clause: 「特定の方にだけお話しすれば、ほかの受験者の
    方との公正さを欠く」: the other applicants are the fairness's, no comparison), the
    writer's own doing (「当社からのご説明が行き届かず」, or a
    sentence apologising for it) or the writer's doubt about this mail (「ご期待に沿うお答えに
    なっていないかもしれませんが」)."""
    if possible_refusal(rules.refusal, _morphs(clause)) is not None:
        return True
    told_at = telling_topic(rules.refusal, _morphs(clause)) if tally.refused else None
    if told_at is not None and not _topical(rules, clause[:told_at], hints=False):
        return True  # 「一人にだけお話しするのも不公平になりますので」: the refusal's ground
    if tally.refused:  # 「特定の方にだけお話しすれば、…公正さを欠く」: its ground too,
        # unless a topic of the candidate's is named (「…と、志望動機が弱く」) or the telling is
        # the writer's speech frame (「率直に申し上げますと、他の方のほうが」)
        told = lead + clause
        cond = telling_condition(rules.refusal, _morphs(told))
        if cond is not None and not _topical(rules, told, hints=False):
            opening = max(told.rfind("、", 0, cond - 1), told.rfind("。", 0, cond - 1)) + 1
            if not speech_frame(_morphs(told[opening:])):
                return True
    # 「当社からのご説明が行き届かず」「こちらの説明が足りなかった」: the writer's doing,
    if line.sorry or _writers_own(rules, clause):  # no cause of the candidate
        return True
    return bool(writers_hedge(_morphs(clause)))


def _overall_apart(rules: _ReplyRules, tally: _Tally, clause: str) -> tuple[str, bool, list[str]]:
    """``clause`` with an overall judgement ([overall]: 「総合的に判断し」) blanked and declined,
    whether it had one, and the points it weighs (「社風との相性を総合的に判断し」: then no
    overall judgement). A topic named and denied as the reason (「志望動機が弱かったことが理由と
    いうわけではございません」) is none either; 「特定の何かが理由ってことではなく」 names no topic:
    one."""
    m = rules.overall.search(clause)
    if m and any(
        a < m.start() < b and _topical(rules, clause[a : m.start()], hints=False)
        for a, b in _denied_spans(clause)
    ):
        m = None
    weighed = _weighed(rules, clause[: m.start()]) if m else []
    if weighed:
        m = None  # 「社風との相性を総合的に判断し」: the point weighed is named
    if m:  # 「総合的に判断し」: a refusal unless the clause names a cause all the same
        tally.declined.append(m.group(0))
        clause = _mask(clause, [rules.overall, rules.overall_called])
    return clause, m is not None, weighed


def _grounds_apart(rules: _ReplyRules, tally: _Tally, clause: str, lead: str) -> str:
    """``clause`` with what tells no point blanked: a reason said to be none (「理由は特にないん
    です」, declined; not the candidate's own: 「その理由がはっきりしませんでした」), a reply not
    received (`_unreceived`, ``lead`` the sentence before the clause) and a ground granted for
    advice (「知識は十分お持ちだと思いますので、」)."""
    said = _no_reason(clause)
    if said and _topical(rules, clause[: clause.find(said)], hints=False):
        said = None  # 「4回の転職をされており、その理由がはっきりしませんでした」: theirs
    if said:  # 「理由は特にないんです」: nothing to tell, unless a cause is named too
        tally.declined.append(said)
        clause = clause.replace(said, "□" * len(said), 1)
    clause = _unreceived(rules, clause, lead)
    ground = ample_ground(_morphs(clause))
    if ground is not None:  # 「知識は十分お持ちだと思いますので、」: granted, the advice's
        clause = "□" * ground + clause[ground:]  # ground, no point of its own
    return clause


def _reading_under(rules: _ReplyRules, state: _Sentence, clause: str) -> _Reading:
    """The reading of ``clause`` (`_read_clause`), a concern under a heading of what went well
    (【良かった点】・…お話しされていました) or a topic given a good grade (「・人柄：〇」) read as
    praise."""
    reading = _read_clause(rules, clause)
    if reading.observed == "concern" and state.praising:  # 【良かった点】・…お話しされていました
        reading = _Reading(reading.found, False, reading.topical, reading.hinted, "praise")
    if (
        (reading.framed or reading.topical) and not reading.found and _graded_well(rules, clause)
    ):  # 「・志望動機：…を踏まえて具体的に語られており◎」「・人柄：〇」: the grade judges
        reading = _Reading([], False, reading.topical, reading.hinted, "praise")
    return reading


def _own_causes(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading
) -> list[str]:
    """The causes ``clause`` names of its own, the reading's unless the clauses before decide:
    a claim's episode missing, an answer missing to what was asked before (the point, not the
    medium), the way a reason was put (the cause before), the future a short stay leaves to
    tell. Adds the clause's topics to ``line.spoken_of``."""
    own = reading.causes
    if _claim_episode(rules, clause, reading, [*line.spoken_of, *line.prev.left_open]):
        # 「…強みとおっしゃっていましたが、それを裏付けるご経験を伺うことができず」: the
        # experience the talk did not carry is the claim's episode, no gap of the role's
        own = [rules.asked[3] or rules.shortfall[0]]
    line.spoken_of += [c for c in (*reading.found, *reading.topical) if c not in line.spoken_of]
    before, last = line.before, tally.last
    if own == [_MEDIUM] and reading.hinted and before and _left_open(before[1]):
        # 「試用期間中に退職された会社の事情を伺いましたが、はっきりしたお答えがなく」: the
        # answer missing is the medium; what was asked is the point
        own = before[1].topical
    elif own == [_MEDIUM] and reading.hinted and _told_way_of(rules, clause, line.sent, last):
        # 「転職理由として『給料が低い』というお話でした。伝え方の問題かと思います」: the
        # way the reason was put; the point is the cause the clause before named
        own = list(last)
    elif (
        own == [rules.contrast_cause]
        and before
        and _left_open(before[1])
        and _STAY in before[1].topical
        and _plans(rules, clause)
    ):  # 「退職理由をお尋ねしましたが、…将来の働き方についてもお話が聞けませんでした」: the
        # present and the future a short stay leaves to tell, no fit with the company
        own = before[1].topical
    return own


def _writers_own(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells the writer's own doing, nothing of the candidate: its subject is the
    writer's act (reply.writer.writers_act: 「当社からのご説明が行き届かず、大変申し訳ござい
    ませんでした」「こちらの説明が足りなかったですね」), and it neither names the reader nor
    tells their conduct (reply.faults.about_candidate)."""
    ms = _morphs(clause)
    return writers_act(ms) is not None and not about_candidate(rules.observation, ms)


def _graded_well(rules: _ReplyRules, clause: str) -> bool:
    """``clause`` carries a sheet's good grade mark (「◎」「○」 after its item or comment) and no
    bad one (「×」「△」)."""
    return bool(rules.grade_good.search(clause)) and not rules.grade_bad.search(clause)
