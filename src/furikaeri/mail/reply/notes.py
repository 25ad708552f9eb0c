"""What a clause's reading notes on the tally for the sentences after it and for the verdict: the
company's way, the topics spoken of, the grounds, the causes found, and whether the clause judges.
Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.clauses import _read_clause, _Reading, ending
from furikaeri.mail.reply.context import _points_back
from furikaeri.mail.reply.denial import denied_outright, reassurances
from furikaeri.mail.reply.faults import about_candidate, no_fault
from furikaeri.mail.reply.finding import _business
from furikaeri.mail.reply.frames import _judges
from furikaeri.mail.reply.masks import _denied_spans, _mask
from furikaeri.mail.reply.praise import _praises
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.stance import reassures
from furikaeri.mail.reply.standing import hired_only
from furikaeri.mail.reply.talk import _stuck_only
from furikaeri.mail.reply.tally import _Line, _Sentence, _Tally
from furikaeri.mail.reply.terms import _reassures, _schedule, _terms_judged
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs


def _note_way(
    rules: _ReplyRules,
    state: _Sentence,
    line: _Line,
    clause: str,
    reading: _Reading,
    *,
    wish: bool,
    company: bool,
) -> None:
    """Record in ``state`` and ``line`` the wish observed and the company's way told (with a
    topic of fit, with a frame), which a mismatch after them is of."""
    line.told_wish = line.told_wish or bool(rules.wish.search(clause))
    state.wished = state.wished or wish
    state.way = state.way or (company and not reading.causes)
    state.way_fit = state.way_fit or (
        company and not reading.causes and rules.contrast_cause in reading.topical
    )
    state.way_framed = state.way_framed or (company and not reading.causes and reading.framed)
    state.business = state.business or (
        company and not reading.causes and _business(rules, line.sent[line.sent.find(clause) :])
    )


def _note_topics(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    overall: bool,
) -> tuple[bool, bool, bool]:
    """Whether the clause praises (「一つひとつ丁寧にお答えになっていました」), reassures and sets
    its topic aside (「資格がないのは気にしなくていいです」「服装は気にしないでいいよ、誰も見て
    ないから」: cleared, not left open for a frame after it); records the topics it leaves open
    or tells plainly for the sentences after, and the clause the next clause reads on from."""
    state = tally.state
    is_praise = not found and (_praises(rules, clause) or reading.observed == "praise")
    # read once for both uses below, and only where one of them asks
    reassured = (not reading.causes or not found) and reassures(rules.stance, _morphs(clause))
    set_aside = not reading.causes and reassured
    if not reading.causes:
        if not set_aside:
            state.left_open += [c for c in reading.topical if c not in state.left_open]
        plain = not (is_praise or reading.framed or state.praising or line.heading or overall)
        if plain and not (set_aside or _reassures(clause)):
            state.told += [c for c in reading.topical if c not in state.told]
    if is_praise:
        line.before, tally.last = None, []
    elif set_aside:
        line.before = None
    elif (
        line.before is None
        or reading.found
        or reading.framed
        or reading.topical
        or rules.contrast_company.search(clause)  # 「当社は…環境ですが、」: the way to set against
    ):
        line.before = (clause, reading)  # a clause that reads nothing (「とのこと」) keeps it
    return is_praise, reassured, set_aside


def _note_grounds(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    reassured: bool,
    *,
    overall: bool,
) -> None:
    """Record what `_verdict` weighs of the clause: communication only stuck on questions,
    skills named beside a comparison, a topic cleared or vouched for (「・退職理由：前向きで
    問題なし」: said of the candidate, feedback even beside an overall judgement), and a
    comparison that is only an overall judgement's scope or the field's stock words."""
    if "communication" in found:
        tally.stuck_only.append(_stuck_only(rules, clause))
    if "skills" in found:
        tally.compared_gap.append("relative" in found)
    if not found and reassured:
        tally.cleared = tally.cleared or not reading.topical
        # 「・退職理由：前向きで問題なし」: a topic of the interview cleared is said of the
        # candidate, feedback even beside an overall judgement
        tally.vouched = tally.vouched or (
            bool(_topical(rules, clause, hints=False)) and denied_outright(_morphs(clause))
        )
    if "relative" in found:  # a comparison naming what (経験, skills) is a reason
        # 「比較によるものであり、ご本人に大きな問題があったわけではございません」: a fault
        # told as not there is said of the candidate, no overall judgement's scope
        tally.judged.add(
            overall
            and not _topical(rules, clause, hints=False)
            and not no_fault(_morphs(line.sent))
        )
        tally.pooled.append(_pooled(rules, clause) or hired_only(rules.standing, _morphs(clause)))


def _name_found(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    own: list[str],
    reassured: bool,
    *,
    span: tuple[str, int, int],
) -> None:
    """Name the causes ``found`` (``span``: the clause as written, its end and the end of the
    connective after it, for evidence), each weak where only a hint of its own names it; a
    reassurance pointing back (「逆質問が少なかったことを気にされているようですが、そこは評価に
    影響していませんよ」) takes back what the clauses before it in the sentence named."""
    written, end, after = span
    for cid in found:
        hint = reading.hinted and cid in reading.topical and cid not in reading.found
        (tally.weak if hint and found is own else tally.strong).add(cid)
    tally.last = found or tally.last
    for cid in found:
        if cid not in tally.causes:
            tally.causes.append(cid)
            tally.named[cid] = line.original
            said = written + ending(line.sent, end, after)  # (a whole word: 「…あった」)
            if said not in tally.evidence:
                tally.evidence.append(said)
                line.added.append((cid, said))
    if not found and reassured and not reading.topical and _points_back(rules, clause):
        # 「逆質問が少なかったことを気にされているようですが、そこは評価に影響して
        # いませんよ」: the reassurance is of what the clauses before it named
        for cid, said in line.added:
            tally.causes.remove(cid)
            tally.named.pop(cid, None)
            tally.evidence.remove(said)
        line.added = []


def _note_judging(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    scored: bool,
    set_aside: bool,
    is_praise: bool,
    start: int,
) -> None:
    """Record whether the clause judges (a reason outside the ten causes: a score short, when
    the candidate can work, 「入社時期が合わず」; a framed judgement; a concern or a denial; a
    topic cleared), announces a judgement (「面接官からのコメントをお伝えします」), and speaks of
    the candidate."""
    sent = line.sent
    # 「入社時期が合わず」: when the candidate can work, a reason outside the ten causes
    timed = not found and (
        scored
        or _schedule(rules, clause, sent[start:])
        or (line.prev.terms and _terms_judged(rules, clause, sent[start:]))
    )
    tally.reasoned = tally.reasoned or (scored and not found)
    judges = (
        timed
        or (reading.framed and _judges(rules, clause))
        # what the candidate did, offered as a concern, or told as not having happened
        or reading.observed in ("concern", "denied")
        # a topic of the interview cleared (「言葉遣いは気にしなくて大丈夫です」)
        or (set_aside and bool(reading.topical) and not _graded(_morphs(clause)))
    )
    if judges or rules.evaluative.search(clause):
        tally.evaluative = True
        # a word of evaluation alone (「面接官からのコメントをお伝えします」) may announce
        # what follows; a judgement judges what its own clause speaks of
        tally.judging.append((len(tally.spoken), not judges))
    tally.spoken.append(
        bool(reading.topical or reading.causes or is_praise or timed)
        or (reading.observed == "denied" and bool(_denied_spans(clause)))
        or _reassures(clause)
        or about_candidate(rules.observation, _morphs(clause))
    )


def _graded(morphs: Any) -> bool:
    """The clause's reassurance denies an adjective of quality (「回答内容は悪くありません
    でした」): a grade of what was said, read as before; not attention or a ground denied
    (「気にしなくて大丈夫です」「判断材料にしておりません」)."""
    text = "".join(str(m.surface()) for m in morphs)
    for words in reassurances(morphs):
        at = text.find(words)
        for m in morphs:
            if m.begin() == at:
                return bool(m.part_of_speech()[0] == "形容詞")
    return False


def _pooled(rules: _ReplyRules, clause: str) -> bool:
    """The clause names relative only by the field's stock words ([pool]: 「限られた採用枠」「多く
    の方からご応募」): with them blanked, no comparison is left."""
    if not rules.pool.search(clause):
        return False
    return not _read_clause(rules, _mask(clause, [rules.pool])).causes
