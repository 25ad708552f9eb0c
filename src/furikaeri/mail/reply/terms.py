"""What the role asks and the terms the candidate works on, set against the company's: the
amounts a role requires and a shortfall of them, when one can start, a test score short or
how scores are disclosed, the terms told (when and where one works) and the wishes and types
that make a mismatch of fit. Split from the reader; pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from furikaeri.mail.reply.clauses import _clause_causes, _clause_spans, _read_clause, _Reading
from furikaeri.mail.reply.context import _ANAPHOR_OPENS
from furikaeri.mail.reply.denial import reassurances
from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.praise import _CONCEDING, _good, _praises
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.shortfall import short_word
from furikaeri.mail.reply.stance import reassures
from furikaeri.mail.reply.standing import Amount
from furikaeri.mail.reply.topics import _LEFT, _topical
from furikaeri.mail.reply.words import _morphs, _view


@dataclass
class _Role:
    """What the role asked for, as read so far: the amounts required (「3年以上」), and whether
    the sentence before ended on a requirement with no judgement yet (「…経験を想定していまし
    た。」: 「その点が現時点では足りない」 after it is of it)."""

    required: list[Amount] = field(default_factory=list)
    asked: bool = False


def _short_of_role(rules: _ReplyRules, sent: str, role: _Role) -> str | None:
    """The words of a sentence that tell the candidate short of what the role required
    (furikaeri.mail.reply.standing), or None: an amount less than one required before it or in
    it, in a sentence that judges from it on (「1年半というご経験では難しい」「スコアは600点でし
    たので、見送り」); or a requirement closing its clause (「…を前提にしていて、」「TOEIC800点相
    当が必要で、」) of what the candidate would bring (a skills topic, an amount or a person told
    by it), then a lack or a verdict (「そこが現時点ではまだ足りない」「今回は見送りました」), no
    other cause's topic on either side and no refusal; or, where the requirement closed the
    sentence before, a sentence opening on an anaphor that tells the lack (「その点が現時点では
    足りないと判断しました」). ``role``: updated in place."""
    from furikaeri.mail.reply.standing import (
        amounts,
        english_amounts,
        requirement,
        requires,
        short_of,
    )

    forms = rules.standing
    asked = role.asked
    if sent.isascii():  # 「requires 3+ years of python; you had 1」: the reader's told after you
        told = english_amounts(forms, sent)
        role.required += [a for a in told if a.floor]
        less = short_of(role.required, told)
        if less is not None:
            return _clause_at(rules, sent, less.start)
        return _more_of_requirement(rules, sent) if asked else None
    ms = _morphs(sent)
    found = amounts(forms, ms)
    req = requirement(forms, ms)
    role.asked = False
    if req is not None or requires(forms, ms):
        role.required += [a for a in found if a.floor]
    less = short_of(role.required, found)
    if less is not None and _judged(rules, sent[less.start :], decides=True):
        return _clause_at(rules, sent, less.start)
    if req is None:
        if not asked:
            return None
        return sent if _of_requirement(rules, sent) else _more_of_requirement(rules, sent)
    head, tail = sent[: req[0]], sent[req[1] :]
    gap = rules.shortfall[0]
    named = _topical(rules, head, hints=False)
    heads = _morphs(head)
    if not (
        gap in named
        or any(a.floor for a in found)
        or any(m.normalized_form() in forms.people | forms.holds for m in heads)
    ) or any(c != gap for c in named):
        return None
    if gap not in named and any(m.normalized_form() in forms.schedule for m in heads):
        return None  # 「土日のシフトに入れる方を必要としており」: when one can work, no skill
    if not tail.strip("、,。.，"):  # 「…経験を想定していました。」: its judgement may follow
        role.asked = True
        return None
    if not (_judged(rules, tail) or _held_instead(rules, sent, req, heads)):
        return None
    if rules.declined.search(tail):
        return None
    if any(c != gap for c in _clause_causes(rules, tail)):
        return None
    if _praises(rules, tail) or _reassures(tail):
        return None
    return sent


def _held_instead(rules: _ReplyRules, sent: str, req: tuple[int, int], heads: Any) -> bool:
    """A skill or credential required (the caller's: a skills topic before the requirement), the
    requirement conceded (its clause closing on が, けれど, ものの: 「1級の資格を必須条件として
    おりましたが、」), then the clause after it telling what the candidate holds or is taking (a
    `holds` word) with a word the requirement did not name (「2級をお持ちで」「測量士補をお持ち
    でした」「個人営業のご経験をお持ちでした」): another one set against the one required, a
    shortfall though no lack is worded. Not the one required held (「1級をお持ちで」: no new
    word), nor told with a word of positive polarity (「十分に満たしておられました」)."""
    forms = rules.standing
    ms = [m for m in _morphs(sent[req[0] : req[1]]) if m.part_of_speech()[0] != "補助記号"]
    if not ms or ms[-1].part_of_speech()[1] != "接続助詞":
        return False
    if ms[-1].normalized_form() not in _CONCEDING:
        return False
    tail = sent[req[1] :].lstrip("、,")
    for start, end, _ in _clause_spans(rules.split, tail):
        told = list(_morphs(tail[start:end]))
        if _praises(rules, tail[start:end]) or any(
            _good(m) for m in told if m.part_of_speech()[0] != "名詞"
        ):  # (a noun's polarity is its sense's: 一級 is first-rate, the grade no praise)
            return False
        at = next((k for k, m in enumerate(told) if m.normalized_form() in forms.holds), None)
        if at is None:
            continue
        named = {m.normalized_form() for m in heads}
        return any(  # what is held, before the verb of holding (補 of 測量士補 too; not
            # a time, 「先月取得」, nor the honorific of a name, 様)
            m.normalized_form() not in named
            and str(m.surface()) not in sent[: req[0]]  # 免許 of 自動車免許
            and (
                (pos[0] == "名詞" and pos[1] in ("普通名詞", "数詞") and pos[2] != "副詞可能")
                or (pos[0] == "接尾辞" and k and told[k - 1].part_of_speech()[1] == "普通名詞")
            )
            for k, m in enumerate(told[:at])
            for pos in [m.part_of_speech()]
        )
    return False


def _schedule(rules: _ReplyRules, clause: str, rest: str) -> bool:
    """The clause tells when the candidate can work ([standing] `schedule`: 入社時期, 土日,
    シフト, 勤務開始日) and the sentence from it on tells a mismatch, the verdict or what decided
    (「入社時期が合わず、今回は見送り」「決め手となったのは勤務開始可能日」), not cleared
    (「入社時期は問題ございません」): a concrete reason of the company's outside the ten causes."""
    from furikaeri.mail.reply.standing import schedule_unfit

    ms = _morphs(clause)
    at = next((m.begin() for m in ms if m.normalized_form() in rules.standing.schedule), None)
    if at is None:
        return False
    # from the comma before it: 「面接自体は問題なく、…時期が決め手」 clears the interview only
    told = clause[clause.rfind("、", 0, at) + 1 :]
    if _reassures(told) or reassures(rules.stance, _morphs(told)):
        return False
    return _judged(rules, rest, decides=True) or schedule_unfit(rules.standing, ms)


def _scored(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells a score of the selection's own tests short (reply.standing.
    selection_score, then a lack or a low word: 「専門試験の点数が伸びず、合計点が合格ラインを
    下回りました」)."""
    from furikaeri.mail.reply.standing import score_short, selection_score

    ms = _morphs(clause)
    at = selection_score(rules.standing, ms)
    if at is None or _reassures(clause) or _disclosure(rules, ms):
        return False
    return score_short(rules.standing, ms, at) or _judged(rules, clause[at:])


def _disclosure(rules: _ReplyRules, ms: Any) -> bool:
    """The clause tells how scores are disclosed, not a score: a score noun ([standing] `marks`)
    is the object (を, a few nouns joined to it before: 「得点および順位を」) of a verb of telling
    ([refusal] telling, humble: 「請求により得点および順位を口頭で開示しております」「不合格となった
    方には、得点をお伝えしています」); what is short there is of whoever asks."""
    marks = rules.standing.marks
    telling = rules.refusal.telling | rules.refusal.humble
    forms = [m.normalized_form() for m in ms]
    for i, form in enumerate(forms):
        if form not in marks:
            continue
        obj = next((j for j in range(i + 1, min(len(ms), i + 5)) if forms[j] == "を"), None)
        if obj is None or any(ms[k].part_of_speech()[0] in _PREDICATES for k in range(i, obj)):
            continue
        if any(f in telling for f in forms[obj + 1 : obj + 5]):
            return True
    return False


_PREDICATES = ("動詞", "形容詞", "助動詞")  # between a score noun and its を: another clause


def _terms_judged(rules: _ReplyRules, clause: str, rest: str) -> bool:
    """A clause pointing back to the terms told in the sentence before ([anaphor]: 「そこが合わな
    かったんです」) with a mismatch, the verdict or what decided, as _schedule reads them."""
    from furikaeri.mail.reply.standing import schedule_unfit

    if rules.anaphor.search(clause) is None or _reassures(clause):
        return False
    return _judged(rules, rest, decides=True) or schedule_unfit(rules.standing, _morphs(clause))


def _of_requirement(rules: _ReplyRules, sent: str) -> bool:
    """A sentence after a requirement that opens on an anaphor ([anaphor]: その点, そこ) and
    tells a shortfall or the verdict, naming no other cause and praising nothing."""
    m = rules.anaphor.search(sent)
    if rules.anaphor_object is not None:
        m = m or rules.anaphor_object.search(sent)
    if m is None or not _opens(rules, sent[: m.start()]):
        return False
    # 「…の方を採用する方針にしていました。…その点が理由です」: the point as what decided
    if not _judged(rules, sent, decides=True) or rules.declined.search(sent):
        return False
    gap = rules.shortfall[0]
    if any(c != gap for c in [*_clause_causes(rules, sent), *_topical(rules, sent, hints=False)]):
        return False
    return not (_praises(rules, sent) or _reassures(sent))


def _more_of_requirement(rules: _ReplyRules, sent: str) -> str | None:
    """The clause of a sentence after a requirement (「…の管理者経験が重要な要件でした。」) that
    tells another person chosen for having more of it (a comparison, relative, of the skills
    topic or an anaphor: 「最終的には、その経験をより長くお持ちの方に決定しました」「the decision
    went to another candidate who had more hands-on admin experience」): the reader short of
    the requirement, skills beside the comparison; no other cause's topic, no refusal, no
    praise in that clause; None otherwise."""
    gap = rules.shortfall[0]
    for start, end, _ in _clause_spans(rules.split, sent):
        clause = sent[start:end]
        if "relative" not in _clause_causes(rules, clause) or rules.declined.search(clause):
            continue
        named = _topical(rules, clause, hints=False)
        pointed = rules.anaphor.search(clause) or (
            rules.anaphor_object is not None and rules.anaphor_object.search(clause)
        )
        if not (gap in named or pointed) or any(c != gap for c in named):
            continue
        if not (_praises(rules, clause) or _reassures(clause)):
            return clause
    return None


def _opens(rules: _ReplyRules, lead: str) -> bool:
    """``lead`` (the sentence before an anaphor) leaves the anaphor opening the sentence: a few
    characters (「ただ、」), or one clause of courtesy that names no topic and no cause, its comma
    and a few characters (「恐れ入りますが、」「大変申し訳ございませんが、今回は」)."""
    if len(lead) <= _ANAPHOR_OPENS:
        return True
    head, _, tail = lead.replace(",", "、").rpartition("、")
    if len(tail) > _ANAPHOR_OPENS or not head or "、" in head:
        return False
    return not (_topical(rules, head, hints=False) or _clause_causes(rules, head))


def _judged(rules: _ReplyRules, text: str, *, decides: bool = False) -> bool:
    """``text`` tells a shortfall or the verdict: a lack read from its grammar
    (furikaeri.mail.reply.lack: 「まだ足りない」「届いていない」), a [shortfall] predicate (難しい,
    不足, 未だ) or a word of standing apart ([standing] `gaps`: 「要件から少し離れて」), or the
    verdict itself ([verdict] forms: 見送る, 不採用); with ``decides`` (an amount short of one
    required), also what it led to ([standing] `decides`: 「…であった点が今回の判断につながり」).
    A frame of another kind (「この点を重視して判断」) is no shortfall."""
    from furikaeri.mail.reply.lack import lack

    ms = _morphs(text)
    if lack(ms) is not None and not _reassures(text):
        return True
    told = rules.verdict[0] | rules.standing.gaps | (rules.standing.decides if decides else set())
    return any(short_word(rules, ms, i) or m.normalized_form() in told for i, m in enumerate(ms))


def _clause_at(rules: _ReplyRules, sent: str, at: int) -> str:
    """The clause of ``sent`` that holds the character offset ``at``."""
    for start, end, _ in _clause_spans(rules.split, sent):
        if start <= at < end:
            return sent[start:end]
    return sent


def _terms_unmet(rules: _ReplyRules, sent: str) -> str | None:
    """The words where ``sent`` tells a wish about where or when one works ([wish] `conditions`)
    set against the post by a word of gap (「勤務地を関東圏に限定されたいとのご希望があり、条件が
    合わない」): the terms did not match, something told of the candidate with no cause. The wish
    may be named by its word alone after the terms ([observation] `wish`: 「出張が難しいとのご事情
    を伺い、業務の条件とご希望が一致しない」)."""
    if rules.wish_conditions is None:
        return None
    wish = rules.wish.search(sent)
    end = wish.end() if wish is not None else None
    if end is None:
        terms_at = rules.wish_conditions.search(sent)
        end = next(
            (
                int(m.end())
                for m in _morphs(sent)
                if terms_at is not None
                and m.begin() >= terms_at.end()
                and m.normalized_form() in rules.observation.wish
            ),
            None,
        )
    if end is None:
        return None
    terms = rules.wish_conditions.search(sent, 0, end)
    gap = rules.wish_gap.search(sent, end) if terms else None
    return sent[terms.start() : gap.end()] if terms and gap else None


def _reassures(clause: str) -> bool:
    """The clause denies a negative word (denial.reassurances): a reassurance is
    of the candidate's interview."""
    return bool(reassurances(_morphs(clause)))


def _wish_gap(rules: _ReplyRules, clause: str) -> bool:
    """The clause names a wish by its noun ([observation] `wish`: 「ご希望との隔たり」) with a word
    of gap after it ([wish] `gap`)."""
    for m in _morphs(clause):
        if m.normalized_form() in rules.observation.wish and m.part_of_speech()[0] == "名詞":
            gap = rules.wish_gap.search(clause, m.end())
            return gap is not None and not rules.negated.match(clause[gap.end() :])
    return False


def _fit_told(rules: _ReplyRules, clause: str, reading: _Reading, way_told: bool) -> bool:
    """A mismatch told by a word of fit ([contrast] `fit_frames`: 合わない, 噛み合わない) in a
    framed clause that names no topic and praises nothing, or a word of gap ([wish] `gap`: 違う,
    隔たり), where the company's way is told before it in the clause ([contrast] `company`:
    「うちは今、まず出してから直すフェーズなので、そこが噛み合わない」), in the sentence before or
    earlier in the reply with a topic of fit (``way_told``: 「うちは…出して直していくスタイルなん
    です」…「今のフェーズには合わない」; 「うちは…動ける人がほしいんです。そこの感覚がちょっと
    違うかなと」): the fit between the two ways. A
    verdict given with fit as the only point weighed (「カルチャーとの相性を考えた際に、今回は
    見送り」) names it too: fit is relational, no frame of its own is needed."""
    if reading.found or rules.praise.search(clause) or _praises(rules, clause):
        return False
    if reading.topical == [rules.contrast_cause] and not reading.hinted:
        # by a word of fit itself (相性, 社風, カルチャー), not a pattern of the company's own
        # (「弊社の方針として、今回は見送り」: the policy, no point weighed)
        ms = _morphs(clause)
        verdicts = rules.verdict[0]
        return bool(rules.causes[rules.contrast_cause].words.find(_view(ms))) and any(
            m.normalized_form() in verdicts for m in ms
        )
    if reading.topical or not reading.framed:
        return False
    m = rules.contrast_fit.search(clause) or rules.wish_gap.search(clause)  # 違う, 隔たり
    if m is None:
        return False
    return way_told or rules.contrast_company.search(clause, 0, m.start()) is not None


def _terms(rules: _ReplyRules, clause: str) -> bool:
    """The clause names where one works or the hours ([wish] `conditions`: 勤務地, 転勤, シフト;
    not 時期, whose 「…を優先している時期」 is the company's phase)."""
    return rules.wish_conditions is not None and bool(rules.wish_conditions.search(clause))


def _terms_apart(rules: _ReplyRules, clause: str, found: list[str]) -> list[str]:
    """``found`` of a clause that names the terms (or points back to them): a mismatch of fit
    there is of the terms (「当社のシフト体制とは合いませんでした」「ご希望の勤務地と当社の配属方針
    に開き」), unless a way of working is named ([wish] `ways`, culture_fit's words: 「ご希望の勤務
    形態」「社風」; not one told by the terms just before it, 「転勤のない働き方」); a wish of
    them (「ご希望の勤務地が東京都内のみ」) is no complaint of leaving: the complaint must stand
    with the terms blanked (「…に加え、前職への不満を話される場面が」); a condition of the post
    (「全国転勤のある募集条件と合致しない」) is no skills point unless an ability is named
    ([wish] `abilities`, skills' own words: 「経理実務3年以上のご経験に届かず」)."""
    ms = list(_morphs(clause))
    gap = rules.shortfall[0]
    if gap in found and not (
        any(m.normalized_form() in rules.wish_abilities for m in ms)
        or rules.causes[gap].words.find(_view(ms))
    ):
        found = [c for c in found if c != gap]
    fit = rules.contrast_cause
    conditions = rules.wish_conditions
    way = any(  # 「転勤のない働き方」: a way of working told by the terms is the terms
        m.normalized_form() in rules.wish_ways
        and not (
            conditions is not None
            and conditions.search(clause, ms[max(0, i - 4)].begin(), m.begin())
        )
        for i, m in enumerate(ms)
    )
    if fit in found and not (way or rules.causes[fit].words.find(_view(ms))):
        found = [c for c in found if c != fit]
    if _LEFT in found and rules.wish_conditions is not None and _wishes(rules, clause):
        for m in reversed(list(rules.wish_conditions.finditer(clause))):  # the terms blanked:
            clause = _blank(clause, m.start(), m.end())  # a complaint beside them stays
        if _LEFT not in _read_clause(rules, clause).causes:
            found = [c for c in found if c != _LEFT]
    return found


def _wishes(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells what the candidate wants ([observation] `wish`: たい, 希望, 望む)."""
    return any(m.normalized_form() in rules.observation.wish for m in _morphs(clause))


def _typed(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells the candidate perceived as a kind of person ([contrast] `types` before
    と or という, then a word of perceiving or thinking: 「…力を発揮されるタイプだと感じました」
    「…積み上げていかれるタイプとお見受けし」「…堅実なタイプという印象」: [observation]
    perceive), not pointed back to
    the kind just told (「まさにそのようなタイプ」: a demonstrative before it agrees)."""
    ms = _morphs(clause)
    n = len(ms)
    perceive = rules.observation.perceive
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.contrast_types or m.part_of_speech()[0] != "名詞":
            continue
        if any(ms[k].part_of_speech()[0] == "連体詞" for k in range(max(0, i - 3), i)):
            continue
        k = i + 1
        while k < n and ms[k].part_of_speech()[0] == "助動詞":
            k += 1  # だ, です
        if k >= n or ms[k].normalized_form() != "と":
            continue
        ahead = [ms[x].normalized_form() for x in range(k + 1, min(n, k + 4))]
        if any(f in perceive for f in ahead):
            return True
    return False
