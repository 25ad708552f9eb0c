"""The causes a clause names, read against the sentence and the point before it: by context,
narrowed to the point it judges, by the company's way and by the terms. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.advice import remedy_gains, wish_told
from furikaeri.mail.reply.balance import _MOTIVE, _accepted_after, _outweighed, _rivals_own
from furikaeri.mail.reply.clauses import _across, _read_clause, _Reading
from furikaeri.mail.reply.context import (
    _follows,
    _standard_only,
    _turns,
    _unsaid,
    _when_of_the_point_before,
)
from furikaeri.mail.reply.praise import _praises
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.sentences import _counts
from furikaeri.mail.reply.tally import _Line, _Tally
from furikaeri.mail.reply.terms import (
    _disclosure,
    _fit_told,
    _scored,
    _terms,
    _terms_apart,
    _typed,
    _wish_gap,
    _wishes,
)
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import writers_side
from furikaeri.mail.text import opens_field


def _found(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    *,
    own: list[str],
    weighed: list[str],
    start: int,
) -> list[str]:
    """The causes ``clause`` names: its own (``own``, the same list where it has any), else a
    mismatch of the two ways told (「うちは今、…フェーズなので、そこが噛み合わない」: not a frame
    of the clause before, 「〇〇さんの慎重さは長所ですが、今の段階には合わない」), a cause named
    across the clause before, the points weighed, else what frames it (`_found_by_context`)."""
    state, prev = tally.state, line.prev
    way_told = prev.way_fit or state.way_fit or prev.way
    fitted = not own and _fit_told(rules, clause, reading, way_told)
    # a gap told of a wish with no word of fit's own (「…に興味があると言われたので、ちょっと違う
    # かなと」), after the company's line of business (「うちは賃貸管理がメインなんです」): what
    # the company does, not known; no fit of ways of working
    gap = own == [rules.contrast_cause] and rules.contrast_cause not in reading.topical
    if (fitted or gap) and (prev.business or state.business or _business(rules, clause)):
        return [rules.contrast_business_cause]
    found = own or ([rules.contrast_cause] if fitted else [])
    found = found or _across(rules, line.before, clause, reading) or weighed
    if not found:
        found = _found_by_context(rules, tally, line, clause, reading, start=start)
    return found


def _found_by_context(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading, *, start: int
) -> list[str]:
    """The causes a clause naming none of its own judges by what frames it, the first that
    holds: the topic header (「・自己PRについて：熱意は十分でしたが、印象に残りにくく」), a list
    item's title (「1. 志望動機」 then 「…に答えられていなかった」), a count of points (「二点目
    は、…待遇に関するものに集中していた点です」), an anaphor of what the sentence before left open
    (「そこは少しもったいなかった」), what it told plainly (「…鳴っていました。面接の場としては
    気になりました」); [] otherwise."""
    state, prev, header = tally.state, line.prev, line.header
    if header and reading.framed and start > 0:
        return header  # 「・自己PRについて：熱意は十分でしたが、印象に残りにくく」
    unpraised = reading.observed != "praise"
    if (
        state.section
        and reading.framed
        and not (reading.topical or header or line.heading)
        and unpraised
        and not _praises(rules, clause)
    ):
        return list(state.section)  # 「1. 志望動機」 then 「…に答えられていなかった」
    if state.listing and reading.topical and unpraised and not _praises(rules, clause):
        return list(reading.topical)  # 「二点目は、…待遇に関するものに集中していた点です」
    if prev.left_open and reading.framed and rules.anaphor.search(clause):
        return prev.left_open  # 「…とのお返事でした。そこは少しもったいなかった」
    if (
        prev.told
        and start == 0
        and not (line.quoted or header or line.heading or opens_field(line.sent))
        and len(tally.declined) == line.refusals
        and _unsaid(reading)
        and not _turns(rules, clause)
        and not writers_side(_morphs(line.sent))  # 「ご期待に沿えず申し訳ございません」
    ):
        return prev.told  # 「…鳴っていました。面接の場としては気になりました」
    return []


def _narrowed_to_point(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    own: list[str],
) -> list[str]:
    """``found`` kept to what the clause speaks of: what could have been looked up is what was
    asked (never a self-PR), an example's content is the point it exemplifies, and a topic that
    only tells when, a standard measuring the point before, a remedy of the point before or a
    clause following on (`_follows`) leave the causes the clause before named."""
    last = tally.last
    looked, lookable = rules.looked_up
    if found and not own and looked.search(clause):
        # 「自己PRと志望動機、逆質問をお伺いしました。IR資料や会社案内を見ればわかる内容
        # ばかりでした」: what could have been looked up is what was asked, never a self-PR
        found = [c for c in lookable if c in found][:1]
    if found and line.example:  # the example's content is the point it exemplifies
        found = [c for c in found if c in line.example]
    if found and last and not reading.found and not set(found) <= set(last):
        # 「自己PRが抽象的で…。逆質問の時間にも、それを補うお話はございませんでした」: the
        # other topic is only when; それ, the point before, is what is told
        rest = _when_of_the_point_before(rules, clause)
        if rest is not None and set(_topical(rules, rest, hints=False)) <= set(last):
            found = [c for c in found if c in last]
    if found and found is own and last and _standard_only(rules, clause, reading):
        # 「…髪型や襟元が気になりました。弊社が求める基準には届いていないと判断」: a
        # standard (基準, 水準) with no topic of its own measures the point before
        found = [c for c in found if c in last]
    if found and last and not reading.found and not set(found) <= set(last):
        found = _remedy_of_point(rules, clause, found, last)
    if found and last and not reading.found:
        found = _follows(rules, clause, found, last, line.complained)
    return found


def _remedy_of_point(
    rules: _ReplyRules, clause: str, found: list[str], last: list[str]
) -> list[str]:
    """``found`` kept to ``last`` where ``clause`` tells what the remedy of the point before
    would have shown (「逆質問がありませんでした。…ひとつでも聞いて主体性を示してほしかった」),
    or after a complaint what the candidate wants next (「前職への不満が中心でした。…これから
    何をしていきたいのか、という方向でお話しいただけると」): no point of its own."""
    rest = remedy_gains(rules, clause)
    if rest is None and rules.wished_next & set(last):
        rest = wish_told(rules, clause)
    left = _read_clause(rules, rest) if rest is not None else None
    if left is not None and {*left.found, *left.topical} <= set(last):
        return [c for c in found if c in last]
    return found


def _narrowed_in_sentence(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    at: int,
    clause: str,
    reading: _Reading,
    found: list[str],
) -> list[str]:
    """``found`` weighed against the other clauses of the sentence: outweighed by a praise
    (「緊張されている様子はあったが、誠実なお人柄は十分伝わった」: none), accepted after (「…退職
    された点は、ご事情を伺い、面接官も十分に納得しておりました」: only a comparison, no point
    raised), and a motivation cleared or praised before that is the other applicant's grasp
    (`_rivals_own`)."""
    if found and _outweighed(rules, line.sent, line.spans, at, reading):
        found = []  # 「緊張されている様子はあったが、誠実なお人柄は十分伝わった」
    if found and _accepted_after(rules, line.sent, line.spans, at):
        # 「…退職された点は、ご事情を伺い、面接官も十分に納得しておりました」; a comparison
        # is no point raised (「比較によるものであり、大きな問題があったわけでは…」)
        found = [c for c in found if c == "relative"]
    if (
        "relative" in found
        and _MOTIVE in found
        and (_MOTIVE in tally.vouched_for or _MOTIVE in tally.praised)
        and _rivals_own(rules, clause)
    ):
        # 「志望動機…に問題があったわけではない。…当社の事業…をよく理解している元社員の
        # 方からもご応募があり」: the reader's motivation cleared or praised before, the
        # other applicant's grasp of the company is theirs
        found = [c for c in found if c != _MOTIVE]
    return found


def _found_of_way(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading, found: list[str]
) -> tuple[list[str], bool, bool]:
    """``found``, else a mismatch of fit across sentences (the candidate's wish after the
    company's way, the company's way after the wish, a wish told after the way framed, a gap
    with a wish told before in the sentence: 「…というご希望を伺いましたが、…ご希望との
    隔たり」); whether the clause observes a wish and tells the company's way. Starts a count of
    points (「気になった点は二つあります」)."""
    prev = line.prev
    wish = reading.observed == "concern" and (_wishes(rules, clause) or _typed(rules, clause))
    company = bool(rules.contrast_company.search(clause)) and not (
        rules.contrast_agree.search(clause) or rules.praise.search(clause)
    )
    told = rules.wish.search(clause) is not None and not reading.causes
    if not found and (
        (wish and prev.way)
        or (company and prev.wished)
        or (told and (prev.way_framed or (prev.way and reading.framed)))
    ):
        business = prev.business or (company and _business(rules, line.sent))
        found = [rules.contrast_business_cause if business else rules.contrast_cause]
    counted = _counts(rules, clause)
    if counted and reading.framed and not (reading.topical or reading.causes):
        tally.state.listing = True  # 「気になった点は二つあります」
    if not found and line.told_wish and reading.framed and _wish_gap(rules, clause):
        found = [rules.contrast_cause]  # 「…というご希望を伺いましたが、…ご希望との隔たり」
    return found, wish, company


def _found_of_terms(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    written: str,
) -> tuple[list[str], bool]:
    """``found`` with the terms told (when and where one works: 「ご希望の勤務地が都内のみ」)
    set apart, and without skills hinted by a pass mark (「…合格基準点に達しなかった」); whether
    the clause tells a score short. How scores may be asked for (「受験者本人の請求により、得点
    および順位を口頭で開示しております」) tells none of them: declined, as a refusal reads."""
    terms = _terms(rules, clause)
    if found and (terms or (line.prev.terms and rules.anaphor.search(clause))):
        found = _terms_apart(rules, clause, found)  # 「ご希望の勤務地が都内のみ」
    tally.state.terms = tally.state.terms or terms
    scored = not reading.found and _scored(rules, clause)
    if not found and _disclosure(rules, _morphs(clause)):
        # 「受験者本人の請求により、得点および順位を口頭で開示しております」: how scores may
        # be asked for tells none of them, the reasons unanswered: as a refusal reads
        tally.declined.append(written)
    if scored:  # 「…合格基準点に達しなかった」: the pass mark (基準) hints no skills
        found = [c for c in found if not (reading.hinted and c in reading.topical)]
    return found, scored


def _business(rules: _ReplyRules, text: str) -> bool:
    """``text`` tells the company's line of business after the company named ([contrast]
    company): a word of `business` (「うちは…賃貸管理がメインなんです」「当社は法人向けが主力」),
    or `firm` after a noun and の that is no trait of how the company is (「当社は物流の会社
    なので」, not 「うちは少人数の会社なので」)."""
    m = rules.contrast_company.search(text)
    if m is None:
        return False
    ms = list(_morphs(text[m.end() :]))
    for i, x in enumerate(ms):
        form = x.normalized_form()
        if form in rules.contrast_business:
            return True
        if (
            form in rules.contrast_firm
            and i >= 2
            and ms[i - 1].normalized_form() == "の"
            and _field_noun(rules, ms, i - 2)
        ):
            return True
    return False


def _field_noun(rules: _ReplyRules, ms: list[Any], k: int) -> bool:
    """``ms[k]`` (before の 会社) can name a field of business: a common noun (一般, サ変可能:
    物流, 機器, 開発), no counter nor number (「社員20名の会社」「創業3年の会社」: a size or an
    age), no name, and no trait of how the company is ([contrast] traits: 少人数, 経営)."""
    pos = ms[k].part_of_speech()
    if pos[0] != "名詞" or pos[1] != "普通名詞" or pos[2] not in ("一般", "サ変可能"):
        return False
    if k > 0 and ms[k - 1].part_of_speech()[1] == "数詞":
        return False
    return not any(t in ms[k].normalized_form() for t in rules.contrast_traits)
