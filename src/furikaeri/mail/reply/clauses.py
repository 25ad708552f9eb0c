"""One clause of a reply read for causes: self-framed phrases, topics under a live negative
frame, comparisons, consequences, conduct in the talk and the clause before (moved from
furikaeri.mail.reply). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from furikaeri.mail.conduct import conduct, stuck, vague
from furikaeri.mail.reply.boundary import boundary_rules, inquiry_taken_up, writers_standpoint
from furikaeri.mail.reply.lack import is_negator, weighed_instead
from furikaeri.mail.reply.leaving import former_talk, short_stay
from furikaeri.mail.reply.rules import _CauseRule, _reply_rules, _ReplyRules
from furikaeri.mail.reply.stance import conditional, praise_only, reassures, wished_otherwise
from furikaeri.mail.reply.standing import likened
from furikaeri.mail.reply.words import _morphs, _offsets, _pos, _view, asking
from furikaeri.mail.text import offsets


def _clause_spans(split: re.Pattern[str], sent: str) -> list[tuple[int, int, int]]:
    """The clauses of ``sent`` as (start, end, end of the connective after it): the same
    pieces as ``split.split(sent)``."""
    spans: list[tuple[int, int, int]] = []
    start = 0
    for m in split.finditer(sent):
        spans.append((start, m.start(), m.end()))
        start = m.end()
    spans.append((start, len(sent), len(sent)))
    return spans


# What a clause split joins clauses with (the conjunction and the words after it), as opposed to
# the predicate's own ending the split also consumes (「あった|が、」「でした|が、」).
_JOINING = re.compile(
    r"が[、,]|ものの|けれど|けど|一方|しかし|ただ|にも|[、,;]|また|さらに|加えて|あわせて|併せて|ほか|他|but|however|although|though|while|との"
)


def ending(sent: str, end: int, after: int) -> str:
    """The predicate's own ending the clause split took with its connective (「様子はあ|った
    が、」→ 「った」), so that what is shown of a clause ends on a whole word."""
    joint = sent[end:after]
    m = _JOINING.search(joint)
    return joint[: m.start()] if m else ""


def _praises(rules: _ReplyRules, clause: str) -> bool:
    """A clause that says something went well: a word of praise not denied after it
    (「魅力を感じませんでした」), and no negative frame (「高く評価できる水準に届かず」); words
    that name nothing of the candidate's ([courtesy]: 「当社のメンバーにはない視点で」, the
    company's own lack) are no frame."""
    if _has_frame(rules, _mask(clause, [rules.courtesy])):
        return False
    return any(
        not rules.praise_negated.match(clause[m.end() :])
        and not (m.group(0).isascii() and rules.praise_negated_english.search(clause, 0, m.start()))
        for m in rules.praise.finditer(clause)
    )


def _mask_praised(rules: _ReplyRules, clause: str) -> str:
    """``clause`` with what a word of praise ends before a comma blanked, when more follows
    (「受け答え、志望動機、いずれも申し分なく、何かが足りなかったというよりは、もうお一方の…」):
    the topics listed before it are praised, whatever the rest compares or frames."""
    for start, end in praised_quotes(rules, clause):
        clause = clause[:start] + "□" * (end - start) + clause[end:]
    cut = 0
    for m in rules.praise.finditer(clause):
        comma = clause.find("、", m.end())
        if comma == -1 or not clause[comma + 1 :].strip("□ "):
            continue
        if comma - m.end() > _PRAISE_TAIL and not _only_inflection(clause[:comma], m.end()):
            continue
        if not rules.praise_negated.match(clause[m.end() : comma]):  # 「…申し分なく」, not 「…ず」
            cut = comma + 1
    for comma in (i for i, ch in enumerate(clause) if ch == "、" and i > cut):
        if clause[comma + 1 :].strip("□ 」』") and (
            _conceded(clause[cut:comma])
            or _regret_ground(rules, clause[cut:comma], clause[comma + 1 :])
        ):
            cut = comma + 1  # 「『ご経験は十分だが、志望動機がやや弱い』」
    return "□" * cut + clause[cut:] if cut else clause


def _only_inflection(text: str, start: int) -> bool:
    """``text[start:]`` is only auxiliaries and particles, none of them a negator (「でしたので」
    「でしたから」 after 「魅力的」): the praise runs on to its comma, the reason for what follows
    (「ご経験自体は魅力的でしたので、もったいなかった」), no new topic."""
    ms = [m for m in _morphs(text) if m.begin() >= start]
    return bool(ms) and all(
        m.part_of_speech()[0] in ("助動詞", "助詞") and not is_negator(m) for m in ms
    )


def _good(m: Any) -> bool:
    """The word ``m`` has positive polarity (the 日本語評価極性辞書): an adjective by its
    dictionary form, an adverb by its dictionary form among the nouns, a noun or na-adjective by
    its normalized form."""
    from furikaeri.mail.observation import is_positive, positive_predicate

    major = m.part_of_speech()[0]
    if major == "形容詞":
        return positive_predicate(m)
    if major == "副詞":  # 「しっかり」: the lexicon lists it as written, Sudachi normalizes 確り
        return is_positive(m.dictionary_form(), True)
    return major in ("名詞", "形状詞") and is_positive(m.normalized_form(), True)


def _conceded(part: str) -> bool:
    """``part`` ends in a concession of something good: a word of positive polarity, then only
    the copula or the past, then a contrastive conjunction (が, けれど, ものの: 「ご経験は十分
    だが」「自己PRは具体的で良かったけれど」), with no negation in it."""
    ms = list(_morphs(part))
    if not ms or ms[-1].part_of_speech()[1] != "接続助詞":
        return False
    if ms[-1].normalized_form() not in _CONCEDING:
        return False
    k = len(ms) - 2
    while k >= 0 and ms[k].part_of_speech()[0] == "助動詞":
        if is_negator(ms[k]):
            return False
        k -= 1
    return k >= 0 and _good(ms[k])


_CONCEDING = ("が", "けれど", "けれども", "けど", "ものの")


def _regret_ground(rules: _ReplyRules, part: str, rest: str) -> bool:
    """``part`` ends in だけに (だけ, a particle, then に) with no negation and no negative word in
    it: what made the rest a pity (「他のご回答はしっかりしていただけに、もったいなかった」
    「ご経験は豊富でいらっしゃるだけに、」), a ground of the regret, not its point. So too a
    reason (ので, のだ's で, から) after a word of positive polarity (「ほかの受け答えはしっかり
    していたので、もったいなかった」「受け答えは明るかったから、惜しかった」): the praise is the
    ground of what follows."""
    from furikaeri.mail.reply.lack import negative_word

    ms = list(_morphs(part))
    if len(ms) < 3:
        return False
    last, before = ms[-1].normalized_form(), ms[-2].normalized_form()
    regret = last == "に" and before == "だけ" and ms[-2].part_of_speech()[0] == "助詞"
    if regret:
        told = ms[:-2]
    elif ms[-1].part_of_speech()[1] == "接続助詞" and last in _REASONS:
        told = ms[:-1]
    elif last == "だ" and before == "の" and ms[-2].part_of_speech()[1] == "準体助詞":
        told = ms[:-2]  # 「していたので」: の then the copula's で
    else:
        return False
    if any(is_negator(m) or negative_word(m.normalized_form()) for m in told):
        return False
    if regret:
        return True
    if not rules.regret.search(rest) or _topical(rules, rest, hints=False):
        return False
    return any(_good(m) for m in told)


_REASONS = ("ので", "から")  # conjunctive particles of reason


def praised_quotes(rules: _ReplyRules, text: str) -> list[tuple[int, int]]:
    """The spans of the quotes in ``text`` (marks included) reported as praise: と, then a noun of
    positive polarity or a word of [praise] (「『的確な質問だった』と好評でした」「…と高く評価
    しておりました」): the interviewer's words of praise, neither the candidate's nor a
    critique."""
    spans: list[tuple[int, int]] = []
    for m in rules.quote.finditer(text):
        rest = text[m.end() : m.end() + _REPORT_SPAN]
        if not rest.startswith("と"):
            continue
        said = list(_morphs(rest))[1:2]  # right after と: 「との返事」「という」 tell no praise
        praised = rules.praise.match(rest, 1)
        if (praised and _praises(rules, rest)) or (
            said and said[0].part_of_speech()[0] == "名詞" and _good(said[0])
        ):
            spans.append((m.start(), m.end()))
    return spans


_REPORT_SPAN = 12  # characters after a quote that may tell how it was reported


_PRAISE_TAIL = 4  # characters a word of praise may run on before its comma (申し分な|く、)


def _as_written(rules: _ReplyRules, original: str, sent: str, start: int, after: int) -> str:
    """The clause sent[start:after] as the company wrote it, without a trailing 「が、」
    「ものの、」 nor the comma a connective before it left (「一方で、…」 is split after
    「一方で」); the whole sentence when NFKC merged characters and no offset map exists."""
    index = offsets(original, sent)
    if index is None:
        return original
    text = original[index[start] : index[after]]
    return rules.connective_tail.sub("", text).strip().lstrip(_LEADING_COMMAS) or original


_LEADING_COMMAS = "、，,､ \u3000"


@dataclass(frozen=True)
class _Reading:
    """One clause: causes named by self-framed phrases (``found``), whether a negative frame
    is live (``framed``), and the causes whose topic it speaks of (``topical``)."""

    found: list[str]
    framed: bool
    topical: list[str]
    hinted: bool = False  # ``topical`` only from hints (「具体的な理由がわからず」): weak
    # a bare observation of the candidate's conduct (mail.observation): "concern", "praise" or
    # "denied" (「触られるようなことはございませんでした」: something said of the candidate)
    observed: str | None = None

    @property
    def causes(self) -> list[str]:
        if not self.framed:
            return self.found
        return self.found + [c for c in self.topical if c not in self.found]


def _clause_causes(rules: _ReplyRules, clause: str) -> list[str]:
    """Causes named in one clause: self-framed phrases, or a topic with a live negative frame."""
    return _read_clause(rules, clause).causes


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


def _read_clause(rules: _ReplyRules, clause: str) -> _Reading:
    # a proposition denied as a whole (「ネガティブな印象を持ったということはございません」「能力
    # 面でのお見送りではありません」): what it speaks of is cleared, blanked with its denial
    plain = _mask_denied_propositions(clause)
    proposed = plain != clause
    instead = proposed and weighed_instead(_morphs(clause))  # 「技術力ではなく、相性を重視」
    clause = _mask_praised(rules, _mask_cleared_topics(plain))
    for start, end in likened(rules.standing, _morphs(clause)):  # 「他の方と同様に」: no comparison
        clause = _blank(clause, start, end)
    equal = _mask(clause, [rules.compared_equal])  # blanked once, read twice below
    found = _phrase_causes(rules, clause, equal=equal)
    other = _elsewhere(rules, clause)  # 「志望理由が、他社さんにも同じことを言っていそう」
    if other is not None and other not in found:
        found.append(other)
    if former_talk(rules.leaving, _morphs(clause)) and _LEFT not in found:
        found.append(_LEFT)  # 「前の施設の人員体制…についてのお話が多く」: a complaint
    held = _held_by_chosen(rules, equal)
    if "relative" not in found and (_placed(rules, clause) or held is not None):
        found.append("relative")  # 「25名中8位」「先生と最後まで迷った」「経験のある方に内定」
    if "relative" in found:  # 「価値観により近い方がいた」: the comparison frames a fit topic
        named = _mask(clause, [rules.compared_fit])  # 「a closer match」 names no topic
        if not rules.compared_background.search(named):  # the other's background: relative
            # also by an embedded question (「当社がなぜこの地域で…のか、その背景への理解の点で」)
            topics = _topical(rules, named, hints=False)
            found += [c for c in rules.compared if c not in found and c in topics]
        if (
            "skills" not in found
            and rules.compared_short.search(clause)
            and not rules.praise.search(clause)  # 「ご経験については申し分なく」
            and _names(rules.causes["skills"], equal)
        ):  # 「他の方と比べてご経験が見劣りし」: the candidate had less of it
            found.append("skills")
        if "skills" not in found and held:
            found.append("skills")  # 「宅建士の資格をお持ちの別の方を採用」: what the reader lacked
    masked = _mask_phrases(rules, clause)
    phrased = (
        masked != clause
    )  # a phrase of a cause, named (found) or denied (「遮られることもなく」)
    wish = rules.wish.search(masked)
    if wish and rules.wish_conditions and rules.wish_conditions.search(masked, 0, wish.end()):
        wish = None  # 「勤務地を関東圏に限定されたいとのご希望」: the terms, no fit
    gap = rules.wish_gap.search(masked, wish.end()) if wish else None
    if (
        wish
        and (
            gap  # 「…たいというご希望とはずれ」
            # 「議論しながら進める当社の働き方に対し、お一人で進めたいというお考えが強く」
            or (
                rules.wish_against.search(masked, 0, wish.start()) is not None
                and (
                    rules.wish_outweighs.match(masked, wish.end()) is not None
                    or _has_frame(rules, masked[wish.end() :])
                )
            )
            or (  # 「…たいとのお考えを伺い、変化の激しい当社では働きにくさを…」
                rules.contrast_company.search(masked, wish.end())
                and _has_frame(rules, masked[wish.end() :])
            )
        )
    ):
        found += [rules.contrast_cause] if rules.contrast_cause not in found else []
        # what is wished names no lack; set against the company's need by a word of gap
        # (「…たいというご希望と、当社が今回求めている…という方針との間に隔たり」), neither side
        # does: both are what the gap is between
        told = gap.start() if gap else wish.end()
        masked = "□" * told + masked[told:]
    fit = rules.contrast_cause
    career = _career_gap(rules, masked) if fit not in found else None
    if career is not None:  # 「キャリアの方向性と、当社が期待している役割との間に違い」
        found.append(fit)
        masked = "□" * career + masked[career:]
    # 「働き方についてのご質問」「…という結論になりました」「…とのお答えでした」; the means
    # before a wish (「ご経験を活かして…何を実現したいのか」) and the kind of a talk to tell
    # (「専門的なお話を…伝える」)
    masked = _mask(
        masked,
        [
            rules.question_about,
            rules.courtesy,
            rules.concluded,
            rules.answer_called,
            rules.means,
            rules.told_kind,
        ],
    )
    # What a question, an interest or a complaint is about (「夜勤や有給休暇についてのご質問のみ」
    # 「ご自身の役割へのご関心」「シフトの組み方へのご不満」), read on the clause as written: a
    # phrase naming the question has blanked the words that mark its subject above. A worry
    # that the same comes again here is the point's recurrence, no question of its own.
    for about in (rules.question_about, rules.held_about, rules.recurrence_here):
        for m in about.finditer(clause) if about is not None else ():
            masked = _blank(masked, m.start(), m.end())
    for start, end in _their_questions(rules, clause):  # 「『御社の強みは何ですか』とご質問」
        masked = _blank(masked, start, end)
    # 「いただいたご質問については、お電話でご説明させていただければ」: the reader's inquiry
    for start, end in inquiry_taken_up(_morphs(masked)):
        masked = _blank(masked, start, end)
    # 「弊社としては、…を伺いたかった」: the writer as the standpoint, no company spoken of
    for start, end in writers_standpoint(_morphs(masked)):
        masked = _blank(masked, start, end)
    for start, end in _writers_interest(rules, clause):  # 「ご経験には関心を持っておりました」
        masked = _blank(masked, start, end)
    for start, end in _opinion_voices(rules, masked):  # 「スタッフからも心配の声が出ました」
        masked = _blank(masked, start, end)
    for start, end in _writers_skills(rules, masked):  # 「当社の製品や技術についての言及」
        masked = _blank(masked, start, end)
    spans = _asked(rules, masked)
    masked = _mask_asked(rules, masked, spans)
    morphs = _morphs(masked)
    faults, denied = _faults(rules, masked, morphs)
    found += [c for c in faults if c not in found]
    if denied != masked:
        masked, morphs = denied, _morphs(denied)
    denied = _mask_denied_occurrences(rules, masked, morphs)
    reassured = denied != masked
    if reassured:  # 「携帯電話を触られるようなことはございませんでした」: a reassurance
        masked, morphs = denied, _morphs(denied)
    # A self-framed phrase (「ご不満ばかり」) makes the clause's evaluation negative: a topic in the
    # same clause (「短期間で2社を退職されており、その理由がご不満ばかり」) is judged too; not a
    # comparison's (the other person's experience is no point of the reader's) nor in praise.
    framed = (
        _has_frame(rules, masked, morphs)
        or (any(c != "relative" for c in found) and not rules.praise.search(clause))
        or instead  # not N but the other weighed: the other is the reason
    )
    # Hints describe a topic only where no phrase named a cause; a comparison (relative) names
    # the other person, so the reader's own point beside it may still be a hint
    # (「エピソードがやや薄く、他の候補者と比べると印象が弱く」).
    own = [c for c in found if c != "relative"]
    topical = _topical(rules, masked, hints=not own and framed, morphs=morphs)
    if _MEDIUM in topical and _MEDIUM not in found and _told_of_other(rules, masked, morphs):
        topical.remove(_MEDIUM)  # 「志望理由についてのご説明がまとまっておらず」: the reason's
    if rules.shortfall[0] not in topical and never_done(rules, morphs):
        topical.append(rules.shortfall[0])  # 「Revitは使われたことがない」: no experience
    stayed = _STAY not in topical and short_stay(rules.leaving, morphs) is not None
    if stayed:  # 「１年前後で変わって」
        topical.append(_STAY)
    differ = (
        _gap_named(rules, masked) if fit in topical and not rules.praise.search(masked) else None
    )
    if differ is not None:  # 「方向性の違いだと思っています」: fit is relational; the topics before
        # the gap are its sides (「入社後のキャリアの方向性が当社の求める人物像と異なる」), no
        # point of their own
        found += [] if fit in found else [fit]
        start, end = differ
        if not _has_frame(rules, masked[:start]):  # 「共感が感じられず、…方向性が異なる」: a
            after = _topical(rules, masked[end:], hints=False)  # side judged on its own stays
            topical[:] = [c for c in topical if c == fit or c in found or c in after]
    took = _drop_consequences(rules, clause, masked, found, topical)
    _drop_effects(rules, clause, masked, found, topical)
    _drop_plans(rules, masked, morphs, found, topical)
    _drop_backing(rules, clause, found)
    if not instead:  # 「…からではなく、経験年数を重視した判断」: experience weighed is a gap
        _drop_unlacking(rules, masked, morphs, found, topical, took=took)
    episode = rules.asked[3]
    if spans and framed and episode and not (found or topical or _asks_other(rules, masked)):
        topical = [episode]  # 「どんなお客様にどう接してどういう反応があったのか…聞けたら」
    said = _morphs(clause)
    talk = _talk(rules, clause, said)
    if talk == "over":  # 「他の方の発言を遮る」: the others are the talk's, no comparison
        found = ["communication", *(c for c in found if c not in ("communication", "relative"))]
        topical = [c for c in topical if c != "relative"]
        framed = True
    elif _knowledge_gap(rules, clause, said, bool(talk), framed):
        # 「設計に関する技術的な質問に十分お答えいただけず」: what the question was about decides;
        # a hint of another cause in the answer (「具体的なお答えが出てこない」: 具体) is the
        # answer's manner, no topic of its own
        found = [c for c in found if c != "communication"]
        real = _topical(rules, masked, hints=False, morphs=morphs)
        topical = [c for c in topical if c != "communication" and c in real]
        found += [] if "skills" in found else ["skills"]
        framed = True
    elif talk or rules.off_target.search(clause) or _beside(rules, clause):
        # an answer beside the question: what was said instead names no other cause
        found = ["communication", *(c for c in found if c in rules.off_target_keeps)]
        # a topic named before the asking (「転職理由を伺った際、ご質問と違うお答えが」) is what
        # was asked, not what was said instead
        asked = rules.beside[1].search(clause)
        answered = _topical(rules, clause[asked.end() :], hints=False) if asked else topical
        topical = [c for c in topical if c in rules.off_target_keeps and c in answered]
        framed = True
    # (a short stay read from the words' grammar is a topic, no hint: 「前の職場はふた月ほどで」)
    hinted = (
        bool(topical)
        and not (stayed and _STAY in topical)
        and not _topical(rules, masked, hints=False, morphs=morphs)
    )
    seen = None if found or framed else _observes(rules, clause, morphs, said)
    if seen is None and (reassured or phrased or proposed) and not found and not framed:
        seen = "denied"
    if seen in ("concern", "trait"):  # 「スマートフォンを何度か手に取られていました」: a concern
        topical = _topical(rules, masked, hints=False, morphs=morphs)
        _drop_unlacking(rules, masked, morphs, found, topical)  # 「ご経験の厚みも感じられ」
        framed, hinted = bool(topical), False
        # a trait with its degree is the candidate's only where it names a topic of theirs
        # (「香水の香りがかなり強く」, not 「弊社の選考は少し特殊です」)
        seen = "concern" if topical else None if seen == "trait" else seen
    if hinted and not found and _company_said(rules, clause, said):
        # 「今回募集した職は、…利用者さんとのやりとりなど…が中心です」: the work's, no cause
        topical, framed, hinted = [], False, False
    if (found or topical) and reassures(rules.stance, said):
        # 「半年でお辞めになった件は、…ご説明いただいており、判断には影響しておりません」
        return _Reading([], False, topical, False, None)  # the label is read as before
    if (
        not found
        and (topical or framed)
        and praise_only(rules.stance, clause, said, rules.praise, rules.observation.good)
    ):
        # 「ご経験は十分お持ちだと感じましたし、…ことも伝わりました」: praise, whatever it names
        return _Reading([], False, topical, False, "praise")
    return _Reading(list(dict.fromkeys(found)), framed, topical, hinted, seen)


def _their_questions(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The spans of the words of the candidate's own questions quoted in ``clause`` (「『この
    お店の強みってなんですか』って聞かれた」「『御社の強みは何ですか』『…』とご質問いただき」,
    [quotes] theirs after the quote or after the quotes listed with it) that ask
    (reply.words.asking): what was asked (強み there is the company's) names no topic of its
    own, as a question's subject does ([question_about]); the asking after them is the reverse
    question's."""
    theirs = rules.question_theirs
    if theirs is None:
        return []
    quotes = list(rules.quote.finditer(clause))
    spans: list[tuple[int, int]] = []
    for n, m in enumerate(quotes):
        last = n
        while last + 1 < len(quotes) and quotes[last + 1].start() == quotes[last].end():
            last += 1  # 「…」「…」とご質問: listed, the asking after the last
        if theirs.match(clause, quotes[last].end()) and asking(m.group(1)):
            spans.append((m.start(1), m.end(1)))
    return spans


def _opinion_voices(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The character spans of the voices in ``clause`` that are opinions voiced by others
    ([voiced] `nouns`: 声), not the candidate's voice: after の and a noun of feeling or judgement
    of either polarity (「心配の声」「驚きの声」: the polarity lexicon), or with a source told
    before it (a noun and [voiced] `sources`: 「スタッフからも」) and, after が・も, a verb of
    emerging (`emerging`: 「…声が出ました」「声が上がっていました」)."""
    from furikaeri.mail.observation import is_positive
    from furikaeri.mail.reply.lack import negative_word

    nouns, emerging, sources = rules.voiced
    ms = list(_morphs(clause))
    n = len(ms)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.normalized_form() not in nouns or _pos(m) != "名詞":
            continue
        if i >= 2 and str(ms[i - 1].surface()) == "の" and _pos(ms[i - 2]) == "名詞":
            felt = ms[i - 2].normalized_form()
            if negative_word(felt) or is_positive(felt, True):
                spans.append((m.begin(), m.end()))
                continue
        sourced = any(
            ms[k].normalized_form() in sources
            and ms[k].part_of_speech()[1] == "格助詞"
            and _pos(ms[k - 1]) in ("名詞", "接尾辞")
            for k in range(1, i)
        )
        if (
            sourced
            and i + 2 < n
            and str(ms[i + 1].surface()) in ("が", "も")
            and ms[i + 2].normalized_form() in emerging
        ):
            spans.append((m.begin(), m.end()))
    return spans


def _career_gap(rules: _ReplyRules, masked: str) -> int | None:
    """Where a word of gap ([wish] `gap`, not denied) follows both the career the candidate
    wants ([wish] `careers`, or a wish: [observation] `wish`) and the role the company expects
    ([wish] `roles`) in the clause, with no level named (skills' hints: 水準, レベル): its
    offset, the two sides before it; else None."""
    if rules.wish_gap.search(masked) is None:  # no word of gap: nothing to tokenize
        return None
    ms = list(_morphs(masked))
    wants = rules.wish_careers | rules.observation.wish
    career = next(
        (
            m.begin()
            for i, m in enumerate(ms)
            if m.normalized_form() in wants
            # 「ご活躍いただきたい」: the company's wish of the reader, no career of theirs
            and not (i and ms[i - 1].normalized_form() in rules.observation.prospect)
        ),
        None,
    )
    role = next((m.begin() for m in ms if m.normalized_form() in rules.wish_roles), None)
    if career is None or role is None:
        return None
    gap = rules.wish_gap.search(masked, max(career, role))
    if gap is None or rules.negated.match(masked[gap.end() :]):
        return None
    levels = rules.causes["skills"].hints
    if levels is not None and levels.search(masked):
        return None
    return gap.start()


def _elsewhere(rules: _ReplyRules, clause: str) -> str | None:
    """The cause of [elsewhere] where the clause names its topic and tells the candidate's
    reason as holding at any other company: a place other than this company (`places`; 他 の
    and a noun that is no person, [standing] `people`), its particles and も, then within a few
    words a verb of holding (`holds`) not denied after it ([phrase_denied]); else None."""
    if rules.elsewhere is None:
        return None
    cause, places, holds = rules.elsewhere
    ms = list(_morphs(clause))
    n = len(ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in places or _pos(m) not in ("名詞", "代名詞"):
            continue
        k = i + 1
        if k + 1 < n and ms[k].normalized_form() == "の" and _pos(ms[k + 1]) == "名詞":
            if ms[k + 1].normalized_form() in rules.standing.people:
                continue  # 「他の方にも」: other people, no other company
            k += 2
            while k < n and _pos(ms[k]) in ("名詞", "接尾辞"):
                k += 1
        while k < n and _pos(ms[k]) in ("助詞", "助動詞") and ms[k].normalized_form() != "も":
            k += 1
        if k >= n or ms[k].normalized_form() != "も":
            continue
        for j in range(k + 1, min(n, k + 7)):
            if _pos(ms[j]) == "補助記号":
                break
            if ms[j].normalized_form() in holds and not rules.phrase_denied.match(
                clause, ms[j].end()
            ):  # the topic looked up last: reading the clause's words is the costly test
                return cause if _names(rules.causes[cause], clause) else None
    return None


def _company_said(rules: _ReplyRules, clause: str, morphs: Any) -> bool:
    """The clause's topic is the company ([contrast] `company` at its start: 「当事務所では」)
    or the job (the noun before its first は・では is one of [contrast] `role`: 「今回募集した職
    は」): it describes the work, not the candidate."""
    if rules.contrast_company.match(clause.lstrip("□、, ")):
        return True
    for i, m in enumerate(morphs):
        if m.part_of_speech()[1] == "括弧開":  # 「『一番苦労した仕事は』という質問」: quoted
            return False
        if m.part_of_speech()[1] == "係助詞" and m.normalized_form() == "は":
            k = i - 1
            if k >= 0 and morphs[k].part_of_speech()[0] == "助詞":
                k -= 1  # では
            return k >= 0 and morphs[k].normalized_form() in rules.contrast_role
    return False


def _asks_other(rules: _ReplyRules, masked: str) -> bool:
    """``masked`` holds a question of a cause other than the episode's ([causes] `questions`:
    「弊社のサービスのどこに魅力を感じたのか」「うちで何をしたいのか」, why this company):
    what happened there is that answer's matter, no missing episode."""
    return any(cid != rules.asked[3] for cid in _questioned(rules, masked))


def _asked(rules: _ReplyRules, masked: str) -> list[tuple[int, int]]:
    """The spans of ``masked`` that are embedded questions of what happened ([asked]: an
    interrogative, then the past た and か, no comma between); not a question of how much (the
    interrogative before one of [asked] `degrees`: 「どれくらい当社のことを見てくださったのか」
    asks a degree, no episode), nor an indefinite (the interrogative with か right after it:
    「何か」「どこか」)."""
    interrogatives, past, _, _ = rules.asked
    ms = _morphs(masked)
    forms = [m.normalized_form() for m in ms]
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, m in enumerate(ms):
        pos = m.part_of_speech()
        if pos[1] == "読点":
            opened = None
        elif forms[i] in interrogatives and opened is None:
            degree = i + 1 < len(forms) and forms[i + 1] in rules.asked_degrees
            # 「何か」「どこか」「誰か」: with か right after it the word is indefinite, no question
            # (「何か聞いてくれてもよかったかな」)
            some = i + 1 < len(forms) and forms[i + 1] == "か"
            opened = None if degree or some else m.begin()
        elif opened is not None and forms[i] in past and pos[0] == "助動詞":
            tail = forms[i + 1 : i + 3]
            if tail[:1] == ["か"] or tail == ["の", "か"]:
                spans.append((opened, m.begin()))
                opened = None
    return spans


def _gap_named(rules: _ReplyRules, clause: str) -> tuple[int, int] | None:
    """Where a word of gap ([wish] `gap`: 違い, 異なる, ずれ) stands, after a word of fit (the
    cause's `words`, `forms` or `topics`: 方向性, 価値観) and denied by nothing after it (a
    negator, [lack] `negators`: 「方向性の違いはない」); else None. The difference named is the
    ground (「方向性の違いだと思っています」「方向性の違いかなと」): fit is relational, no frame of
    its own is needed."""
    from furikaeri.mail.reply.lack import negator_forms

    rule = rules.causes[rules.contrast_cause]
    ends = [b for _, b in rule.words.spans(_view(_morphs(clause)))]
    ends += [m.end() for m in rule.topics.finditer(clause)] if rule.topics else []
    if not ends:
        return None
    gap = rules.wish_gap.search(clause, min(ends))
    if gap is None:
        return None
    negators = negator_forms()
    if any(m.normalized_form() in negators for m in _morphs(clause[gap.end() :])):
        return None
    return gap.start(), gap.end()


def _writers_skills(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The skills words of ``clause`` that name the writer's own things (reply.boundary.
    writers_own_noun: 「当社の製品や技術」): what the company makes or holds, no skill of the
    reader's; as character spans of the words."""
    from furikaeri.mail.reply.boundary import writers_own_noun

    ms = _morphs(clause)
    spans = rules.causes[rules.shortfall[0]].words.spans(_view(ms))
    if not spans:
        return []
    starts = {m.begin(): k for k, m in enumerate(ms)}
    return [(a, b) for a, b in spans if a in starts and writers_own_noun(ms, starts[a]) is not None]


def _writers_interest(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """Where the clause tells the writer's own interest ([question_about] `interest` with no
    honorific prefix of its own: 「ご経験の内容自体には関心を持っておりました」): held in
    something of the reader's (:func:`_readers_object`) or held humbly (`holding`, て, then
    [boundary] humble: 「関心を持っておりました」); as character spans of the noun. Praise, no
    motivation of the reader's (「当社へのご関心」「弊社への関心が薄い」 stay theirs)."""
    b = boundary_rules()
    ms = _morphs(clause)
    n = len(ms)
    out: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.interest or m.part_of_speech()[0] != "名詞":
            continue
        if i > 0 and ms[i - 1].part_of_speech()[0] == "接頭辞":
            continue  # ご関心: the reader's
        k = i + 1
        if k < n and ms[k].part_of_speech()[0] == "助詞":
            k += 1  # を, が
        humbly = (
            k + 2 < n
            and ms[k].normalized_form() in rules.holding
            and str(ms[k + 1].surface()) == "て"
            and ms[k + 2].normalized_form() in b.humble
        )
        if humbly or _readers_object(ms, i, b):
            out.append((m.begin(), m.end()))
    return out


def _readers_object(ms: Any, i: int, b: Any) -> bool:
    """The object of the interest noun ``ms[i]`` (the nouns before に・へ right before it, over は・
    も) is the reader's: marked by an honorific prefix (ご経験) or a name ([boundary]
    reader_suffix: 様, さん), and not the writer's side ([boundary] writer: 弊社への)."""
    j = i - 1
    while j >= 0 and ms[j].part_of_speech()[1] == "係助詞":
        j -= 1
    if j >= 0 and str(ms[j].surface()) == "の":
        j -= 1  # への
    if j < 0 or str(ms[j].surface()) not in ("に", "へ"):
        return False
    held = False
    for k in range(j - 1, -1, -1):
        pos = ms[k].part_of_speech()[0]
        form = ms[k].normalized_form()
        named = form in b.reader_suffix  # 〇〇様 (様 after a placeholder is read as 形状詞)
        if not (named or pos in ("名詞", "接頭辞", "接尾辞") or str(ms[k].surface()) == "の"):
            break
        if form in b.writer:
            return False
        held = held or (pos == "接頭辞" and form == "御") or form in b.reader_suffix
    return held


def _mask_asked(rules: _ReplyRules, masked: str, spans: list[tuple[int, int]]) -> str:
    """``masked`` with the words of [asked] `drops` causes blanked inside each of ``spans``, the
    embedded questions of what happened (「どんなお客様にどう接してどういう反応があったのか」:
    the customers' reaction is the episode's, no reaction of the candidate's in the talk)."""
    drops = rules.asked[2]
    if not spans or not drops:
        return masked
    view = _view(_morphs(masked))
    for cid in drops:
        for start, end in rules.causes[cid].words.spans(view):
            if any(s <= start and end <= e for s, e in spans):
                masked = _blank(masked, start, end)
    return masked


def _drop_effects(
    rules: _ReplyRules, clause: str, masked: str, found: list[str], topical: list[str]
) -> None:
    """[effect]: the topics told only after a critique's link as what the interviewer could not
    take in (「お声も小さめで、せっかくのご経験がこちらに届ききらなかった」: not skills) are
    dropped from ``topical``, in place; the critique before the link is read on its own and must
    name a cause of how the candidate came across ([effect] `of`), in no praise. Each such
    effect in the clause is read (「回答が長く、結論が分かりにくかったため、ご自身の強みが
    伝わりませんでした」: the strength is the second effect's). A topic added with も after
    the link is kept."""
    if not topical:
        return
    for cut, seen in _effects_at(rules, clause, _morphs(clause)):
        cause, effect = clause[:cut], masked[cut:seen]
        if _praises(rules, cause):
            continue
        before = _read_clause(rules, cause)
        named = before.found + before.topical
        if not set(named) & rules.effect[3]:  # a critique of what was said: what went unsaid
            continue
        if any(m.part_of_speech()[1] == "係助詞" and m.surface() == "も" for m in _morphs(effect)):
            continue  # 「…、志望動機もよく分かりませんでした」: a second point, added
        told = _topical(rules, effect, hints=False)
        for cid in list(topical):
            if cid not in named and cid not in found and cid in told:
                topical.remove(cid)


def _effects_at(rules: _ReplyRules, clause: str, morphs: Any) -> list[tuple[int, int]]:
    """(end of the link, start of the verb of taking in) in ``clause`` for each verb of [effect]
    `perceive` with a lack after it, or of `obscured`, that follows a causal link."""
    from furikaeri.mail.reply.lack import lack, negative_predicate

    perceive, obscured, causal, _, joined = rules.effect
    links = causal | joined
    cut = None
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(morphs):
        pos = m.part_of_speech()
        form = m.normalized_form()
        if form in causal and (pos[1] in ("接続助詞", "普通名詞")):
            cut = m.end()
        elif pos[1] == "読点" and i > 0:
            prev = morphs[i - 1]
            if prev.part_of_speech()[5].startswith("連用形") or prev.normalized_form() in links:
                cut = m.end()
        elif cut is not None and (form in obscured or form in perceive):
            rest = _morphs(clause[m.begin() : m.begin() + _EFFECT_SPAN])
            if form in obscured or lack(rest) is not None or negative_predicate(rest) is not None:
                spans.append((cut, m.begin()))
    return spans


_EFFECT_SPAN = 12  # characters from the verb of taking in read for its lack


def _placed(rules: _ReplyRules, clause: str) -> bool:
    """The clause places the reader among the others (furikaeri.mail.reply.standing): a rank in
    a counted field (「受験者25名中8位」), another person weighed with them (「先生と最後まで
    迷った」「教員経験をお持ちの方と比べたうえで」) or two people weighed (「お二人のどちらにするか
    で迷った」), another person told as the one who fitted (「もう一人の方のご経歴がハマった」)
    or the person chosen told by what they do (「都合が合う方を優先した」): a comparison, whatever
    its stock words."""
    from furikaeri.mail.reply.standing import (
        chosen_among,
        chosen_described,
        chosen_pointed,
        fitter_chosen,
        margin,
        margin_chose,
        other_fitted,
        other_more,
        rank,
        weighed,
        weighed_pair,
    )

    ms = _morphs(clause)
    if rank(rules.standing, ms) is not None:
        return True
    readers = (weighed, weighed_pair, other_fitted, chosen_described, margin, chosen_among)
    for read in (*readers, margin_chose, other_more, chosen_pointed, fitter_chosen):
        span = read(rules.standing, ms)  # not denied after it (「比べてというわけではなく」)
        if span is not None and not rules.phrase_denied.match(clause, span[1]):
            return True
    return False


def _held_by_chosen(rules: _ReplyRules, clause: str) -> bool | None:
    """Another person was chosen, told by what they held (「経験のある方に内定をお出ししま
    した」), not by a closer fit ([relative] `compared_fit`): None where not; else whether what
    they held is a credential (「看護師免許をお持ちの別の候補者の方を採用」), what decided being
    what the reader did not hold (furikaeri.mail.reply.standing.chosen_holder)."""
    from furikaeri.mail.reply.standing import chosen_holder

    if rules.compared_fit.search(clause):
        return None
    return chosen_holder(rules.standing, _morphs(clause))


def _drop_unlacking(
    rules: _ReplyRules,
    masked: str,
    morphs: Any,
    found: list[str],
    topical: list[str],
    *,
    took: tuple[str, ...] | list[str] = (),
) -> None:
    """The shortfall cause (skills) out of ``topical``, in place, where the clause speaks of
    experience without a lack against the role (「ご経験は豊富」「ご経験の厚みも感じられました」) or
    as the material of another cause (「経験と結びつけにくい」); not where it took another
    cause's point (``took``, [[consequence]]: 「英語面接の際、質問の意図を聞き取れない場面」:
    what was hard in the language's part is its shortfall). With no topic left, a question
    the clause asks names its cause, as in `_topical` (「なぜ当社なのか、ご自身のこれまでの
    経験とどうつながるのか」: why this company, motivation)."""
    cause, *_ = rules.shortfall
    if (
        cause in topical
        and cause not in found
        and cause not in took  # a point it took of another cause's is its shortfall
        and (
            not _shortfall(rules, masked, morphs)
            or _judged_as_other(rules, masked, cause)
            or _evidence_of_other(rules, morphs, cause)
            or _linked_for_other(rules, masked, morphs, cause)
        )
    ):
        topical.remove(cause)
        if not topical:
            topical += [c for c in _questioned(rules, masked) if c != cause]


def _drop_plans(
    rules: _ReplyRules, masked: str, morphs: Any, found: list[str], topical: list[str]
) -> None:
    """The fit cause (culture_fit) out of ``topical``, in place, where the clause speaks of a
    short stay and the fit's topic is only the candidate's own time to come or now
    (:func:`_plans`): what a short stay leaves to tell is the present situation and the
    commitment to stay, short_tenure's own point, no fit with the company."""
    fit = rules.contrast_cause
    if fit in topical and fit not in found and _STAY in topical and _plans(rules, masked, morphs):
        topical.remove(fit)


def _plans(rules: _ReplyRules, masked: str, morphs: Any = None) -> bool:
    """Every topic of fit (culture_fit) in ``masked`` is the candidate's own time to come or now:
    a noun of time (Sudachi 副詞可能) and の right before it (「今後の働き方」「将来の働き方」),
    and no word of fit (社風, 価値観) besides."""
    rule = rules.causes.get(rules.contrast_cause)
    morphs = morphs if morphs is not None else _morphs(masked)
    if rule is None or rule.topics is None or rule.words.find(_view(morphs)):
        return False
    starts = {m.begin(): i for i, m in enumerate(morphs)}
    told = False
    for m in rule.topics.finditer(masked):
        i = starts.get(m.start())
        if i is None or i < 2 or morphs[i - 1].normalized_form() != "の":
            return False
        owner = morphs[i - 2].part_of_speech()
        if owner[0] != "名詞" or owner[2] != "副詞可能":
            return False
        told = True
    return told


def _drop_backing(rules: _ReplyRules, clause: str, found: list[str]) -> None:
    """The shortfall cause (skills) out of ``found``, in place, where the experience said to be
    missing is what would bear out another cause's claim (:func:`_evidence_of_other`:
    「強みを裏付けるご経験が不足している」: the self-PR's episode) and the clause names nothing the
    role requires ([standing] `requires`: 「当ポジションの要件には不足」 stays a gap)."""
    gap = rules.shortfall[0]
    if gap not in found:
        return
    said = _morphs(clause)
    if any(m.normalized_form() in rules.standing.requires for m in said):
        return
    if _evidence_of_other(rules, said, gap):
        found.remove(gap)


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` blanked (□, offsets kept)."""
    return text[:start] + "□" * (end - start) + text[end:]


@lru_cache(maxsize=1024)
def _denied_spans(clause: str) -> tuple[tuple[int, int], ...]:
    """The character spans of ``clause``'s propositions denied as a whole, each with its denial
    (furikaeri.mail.reply.lack.denied_propositions); remembered, as a clause is asked up to three
    times (the overall judgement, the reading, the denial observed)."""
    from furikaeri.mail.reply.lack import counterfactuals, denied_propositions

    ms = _morphs(clause)
    spans = denied_propositions(ms) + counterfactuals(ms)
    if not spans:
        return ()
    at = _offsets(ms)
    return tuple((at[start], at[end]) for start, end in spans)


def _mask_cleared_topics(clause: str) -> str:
    """``clause`` with the topics a fault is denied of (「受け答えや経歴に懸念はなく」「ご回答には
    問題はございませんでした」: the words before a word of negative meaning and its negation,
    marked by に, には, について, では, back to a comma) blanked: those topics are cleared, no
    topic a frame later in the clause judges (「…懸念はなく、僅差でのお見送り」)."""
    for start, end in cleared_topics(clause):
        clause = _blank(clause, start, end)
    return clause


def cleared_topics(clause: str) -> list[tuple[int, int]]:
    """The spans of :func:`_mask_cleared_topics`: topics told with a fault denied of them."""
    from furikaeri.mail.reply.lack import negative_word, reassurances

    spans: list[tuple[int, int]] = []
    for words in reassurances(_morphs(clause)):
        at = clause.find(words)
        head = _morphs(words)
        if at <= 0 or not negative_word(str(head[0].normalized_form())):
            continue
        if not clause[:at].endswith(_cleared_in()):
            continue
        start = max(clause.rfind(c, 0, at) for c in "、,") + 1
        spans.append((start, at))  # the denial itself stays: a reassurance, read as one
    return spans


@lru_cache(maxsize=1)
def _cleared_in() -> tuple[str, ...]:
    """[boundary] `cleared_in`: the particles a topic cleared of a fault ends with."""
    return tuple(boundary_rules().cleared_in)


def _mask_denied_propositions(clause: str) -> str:
    """``clause`` with each proposition denied as a whole blanked with its denial."""
    for start, end in _denied_spans(clause):
        clause = _blank(clause, start, end)
    return clause


def _mask_denied_occurrences(rules: _ReplyRules, masked: str, morphs: Any) -> str:
    """``masked`` with the candidate's conduct told as not having happened blanked with its
    negation (furikaeri.mail.observation.denied_occurrences)."""
    from furikaeri.mail.observation import denied_occurrences

    for start, end in denied_occurrences(rules.observation, morphs):
        masked = _blank(masked, start, end)
    return masked


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


def _shortfall(rules: _ReplyRules, masked: str, morphs: Any) -> bool:
    """[shortfall]: the clause states a shortfall against the role: a word of what the role
    asks for, a predicate of not enough or not reaching (Sudachi normalized forms), or its
    English; or a hedged denial (「十分とは言えません」「豊富とは言い難く」:
    furikaeri.mail.reply.lack)."""
    from furikaeri.mail.reply.lack import hedged_denial

    _, role, _, english = rules.shortfall
    if role.search(masked) or english.search(masked) or hedged_denial(morphs):
        return True
    if never_done(rules, morphs):  # 「一度も扱ったことがない」
        return True
    denied, negators = rules.shortfall_denied
    forms = [m.normalized_form() for m in morphs]
    if any(
        short_word(rules, morphs, i)
        or (form in denied and any(f in negators for f in forms[i + 1 : i + 6]))
        for i, form in enumerate(forms)
    ):
        return True
    # 「…ご経験がもう少しおありでしたら、ぜひ一緒に働いていただきたかった」: having it, as the
    # condition of what the company would have wanted, is not having it
    return _had_if(rules, morphs, denied) and wished_otherwise(rules.stance, morphs)


_NEVER_BETWEEN = ("助動詞", "接頭辞")  # 「使われた」「お使いになった」
_NEVER_PARTICLES = ("が", "は", "も")
_NEVER_OBJECT = 8  # morphemes back from the verb to its object


def _writers_object(ms: Any, i: int) -> bool:
    """The object of the verb ``ms[i]`` (the noun before を・は・も before it) is the writer's own
    thing (reply.boundary.writers_own_noun: 「当社のサービスを使ったことがない」): the company's
    product never tried is its research, no skill the work needs."""
    from furikaeri.mail.reply.boundary import writers_own_noun

    for k in range(i - 1, max(0, i - _NEVER_OBJECT), -1):
        if ms[k].part_of_speech()[0] == "補助記号":
            return False
        if ms[k].surface() in ("を", "は") and writers_own_noun(ms, k - 1) is not None:
            return True  # 「弊社のアプリを一度も使ったことがない」
    return False


def never_done(rules: _ReplyRules, morphs: Any) -> bool:
    """Work never done, told by the grammar of experience: a verb of [shortfall] `done` (or its
    noun before する), then た, こと (が・は・も) and a negation (「Revitは使われたことがない」
    「どちらもお使いになったことがございません」「経理を担当したことがない」); not of the
    writer's own thing (`_writers_object`)."""
    ms = list(morphs)
    negators = rules.shortfall_denied[1]
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.shortfall_done or _writers_object(ms, i):
            continue
        k = i + 1
        while k < len(ms) and (
            (ms[k].part_of_speech()[0] in _NEVER_BETWEEN and ms[k].normalized_form() != "た")
            or ms[k].normalized_form() in ("為る", "成る", "に")
        ):
            k += 1
        if k + 1 >= len(ms) or ms[k].normalized_form() != "た":
            continue
        if ms[k + 1].normalized_form() not in ("こと", "事"):
            continue
        rest = ms[k + 2 : k + 7]
        for x in rest:
            form = x.normalized_form()
            if form in negators:
                return True
            if not (x.surface() in _NEVER_PARTICLES or form in ("有る", "御座る", "ます", "です")):
                break
    return False


def short_word(rules: _ReplyRules, morphs: Any, i: int) -> bool:
    """``morphs[i]`` is a predicate of not enough ([shortfall] `lemmas`), not one that restricts
    a scope after に ([shortfall] `scoped`: 「請求があった場合に限り」)."""
    form = morphs[i].normalized_form()
    if form not in rules.shortfall[2]:
        return False
    if _asked_noun(rules, morphs, i):  # 「どんな課題にどう取り組んだのか」: what was asked
        return False
    return not (form in rules.shortfall_scoped and i and morphs[i - 1].normalized_form() == "に")


def _asked_noun(rules: _ReplyRules, morphs: Any, i: int) -> bool:
    """``morphs[i]`` is a noun an interrogative determines ([asked] interrogatives: 「どんな課題」
    「どのような不安」「何の課題」, and どう+いった: 「どういった課題」): the content of an embedded
    question (「どんな課題にどう取り組んだのかが見えなかった」), the episode asked for, no
    shortfall of the candidate's."""
    if morphs[i].part_of_speech()[0] != "名詞" or i == 0:
        return False
    k = i - 1
    if morphs[k].normalized_form() == "の" and k > 0:  # 何の課題
        k -= 1
    form = morphs[k].normalized_form()
    if form == "た" and k >= 2 and morphs[k - 1].normalized_form() == "言う":  # どう+いっ+た
        form = morphs[k - 2].normalized_form()
    return form in rules.asked[0]


def _had_if(rules: _ReplyRules, morphs: Any, having: frozenset[str]) -> bool:
    """A verb of having or reaching ([shortfall] `denied`) with a condition right after it (a
    conditional form or ば・たら, over auxiliaries: 「おありでしたら」「お持ちであれば」), its
    subject (the noun before the last が・は・も before it) the shortfall cause's topic (「ご経験が
    あと数年おありでしたら」; not 「…結びつけたお話があれば」)."""
    ms = list(morphs)
    cause = rules.causes[rules.shortfall[0]]
    for i, m in enumerate(ms):
        if m.normalized_form() not in having:
            continue
        marks = [
            k
            for k in range(1, i)
            if ms[k].part_of_speech()[0] == "助詞" and ms[k].surface() in ("が", "は", "も")
        ]
        if not marks or not _names(cause, str(ms[marks[-1] - 1].surface())):
            continue
        for x in ms[i : i + 4]:
            pos = x.part_of_speech()
            conditional = pos[1] == "接続助詞" and x.surface() in ("ば", "たら")
            if pos[5].startswith("仮定形") or conditional:
                return True
            if x is not m and pos[0] not in ("助動詞", "助詞"):
                break
    return False


def _judged_as_other(rules: _ReplyRules, masked: str, cause: str) -> bool:
    """[shortfall] `judged_as`: the clause judges the experience as the material of another
    cause (「ご経験が、強みを裏付けるエピソードとしては弱かった」): a topic of that cause right
    before として, so the lack is the episode's, not one against the role."""
    _, role, _, _ = rules.shortfall
    for m in rules.shortfall_judged_as.finditer(masked):
        standard = masked[max(0, m.start() - _STANDARD_SPAN) : m.start()]
        if any(r.end() == len(standard) for r in role.finditer(standard)):
            continue  # 「…を必須として」: what the role requires, not a judgement as another cause
        standard = standard.rsplit("、", 1)[-1]
        if any(cid != cause and _names(r, standard) for cid, r in rules.causes.items()) or any(
            cid != cause and r.hints and r.hints.search(standard) for cid, r in rules.causes.items()
        ):
            return True
    return False


_STANDARD_SPAN = 16  # characters before として read as the standard of the judgement


def _evidence_of_other(rules: _ReplyRules, morphs: Any, cause: str) -> bool:
    """[shortfall] `supports`: a verb of bearing out in the attributive form (「裏付ける」
    「裏打ちする」) whose object (を before it, back to the comma) names another cause and whose
    noun after it (to the next comma or bracket) names ``cause``'s topic: 「強みを裏付ける実際の
    ご経験」 is the self-PR's episode, no gap against the role."""
    ms = list(morphs)
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.shortfall_supports or i < 2:
            continue
        end = i
        if m.part_of_speech()[0] == "名詞":  # 裏打ち・証明 + する
            end = i + 1
            if end >= len(ms) or ms[end].normalized_form() != "為る":
                continue
        if not ms[end].part_of_speech()[5].startswith("連体形") or ms[i - 1].surface() != "を":
            continue
        start = i - 1
        while start > 0 and ms[start - 1].part_of_speech()[1] not in ("読点", "句点"):
            start -= 1
        if all(x.part_of_speech()[0] == "代名詞" for x in ms[start : i - 1]):
            start = 0  # 「強みについて、それを裏付ける」: what the pronoun stands for, before it
        obj = "".join(str(x.surface()) for x in ms[start : i - 1])
        stop = end + 1
        while stop < len(ms) and ms[stop].part_of_speech()[1] not in ("読点", "括弧開", "句点"):
            stop += 1
        noun = "".join(str(x.surface()) for x in ms[end + 1 : stop])
        other = any(
            cid != cause and (_names(r, obj) or bool(r.hints and r.hints.search(obj)))
            for cid, r in rules.causes.items()
        )
        if other and _names(rules.causes[cause], noun):
            return True
    return False


def _linked_for_other(rules: _ReplyRules, masked: str, morphs: Any, cause: str) -> bool:
    """[shortfall] `links`: experience ([shortfall] experience) joined by と to a noun of a link
    after it (「ご経験と当社の業務との結びつき」「ご自身の経験とどう結びつくのか」), in a clause
    that names another cause's topic (「…が志望動機の中で語られず」) or asks its question (「なぜ
    当社なのか、ご自身のこれまでの経験とどうつながるのか」: why this company): the
    experience is that answer's material, no gap against the role."""
    experience, _ = rules.shortfall_heard
    forms = [m.normalized_form() for m in morphs]
    linked = any(
        f in rules.shortfall_links
        and any(g in experience and "と" in forms[e + 1 : i] for e, g in enumerate(forms[:i]))
        for i, f in enumerate(forms)
    )
    return linked and any(
        cid != cause and any(p is not None and p.search(masked) for p in (r.topics, r.questions))
        for cid, r in rules.causes.items()
    )


def episode_told(rules: _ReplyRules, clause: str) -> bool:
    """The clause names the shortfall cause (skills) only by experience of no kind ([shortfall]
    `experience` with no noun of a field before it, over an honorific prefix or の: 「ご経験」
    「具体的な経験」, not 「法人営業の経験」「マネジメント経験」) told as what the talk did not
    carry (a verb of [shortfall] `heard` after it: 「伺うことができず」「お話がなく」) or borne
    out (a verb of `supports` before it: 「それを裏付けるご経験」), with no word of what the role
    requires ([standing] requires): after a claim, that claim's episode."""
    nouns, heard = rules.shortfall_heard
    ms = _morphs(clause)
    if any(m.normalized_form() in rules.standing.requires for m in ms):
        return False
    had = [i for i, m in enumerate(ms) if m.normalized_form() in nouns]
    reader = boundary_rules().reader
    if not had or any(_of_a_field(ms, i, reader) for i in had):
        return False
    rest = clause
    for i in had:
        rest = _blank(rest, ms[i].begin(), ms[i].end())
    gap = rules.shortfall[0]
    if gap in _topical(rules, rest, hints=False) or gap in _phrase_causes(rules, rest, equal=rest):
        return False
    first, last = had[0], had[-1]
    backed = any(
        ms[k].normalized_form() in rules.shortfall_supports for k in range(max(0, first - 4), first)
    )
    return backed or any(ms[k].normalized_form() in heard for k in range(last + 1, len(ms)))


def _of_a_field(ms: Any, i: int, reader: frozenset[str]) -> bool:
    """The experience ``ms[i]`` is of a field: a noun right before it (「営業経験」「マネジメント
    経験」) or before の (「法人営業の経験」), over an honorific prefix; not a noun of time
    (「これまでの」「今回の」: Sudachi 副詞可能), a na-adjective stem (「具体的な」) or the
    reader (「ご自身の経験」)."""
    k = i - 1
    while k >= 0 and ms[k].part_of_speech()[0] == "接頭辞":
        k -= 1
    if k >= 1 and ms[k].normalized_form() == "の" and ms[k].part_of_speech()[1] == "格助詞":
        k -= 1
    if k < 0:
        return False
    pos = ms[k].part_of_speech()
    if pos[0] not in ("名詞", "接尾辞") or pos[2] in ("副詞可能", "形状詞可能", "助数詞可能"):
        return False
    return ms[k].normalized_form() not in reader


def remedy_gains(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with the remedy's gains blanked, where it wishes otherwise (reply.stance
    .wished_otherwise, a wish in the past: 「…示してほしかった」, or a past conjectured: 「…伝わった
    のではないか」) or advises (「…作成されると、強みがより伝わると思います」) and tells an act
    besides what it would have shown: each noun phrase right
    before a verb of showing ([effect] `shown`: 示す, 伝える) or of taking in (`perceive`: 伝わる)
    not negated after it, or before a noun of the occasion it would have served (`occasions`:
    場, 機会), back to the comma or the link before it, is blanked (「主体性を」「前向きな姿勢が」
    「ご自身の強みを」「自己アピールの」); None where the clause is no such remedy."""
    ms = _morphs(clause)
    if not (_counterfactual(rules, ms) or _advised_gain(rules, ms)):
        return None
    perceive = rules.effect[0]
    gains = rules.shown | perceive
    spans: list[tuple[int, int]] = []
    acts = 0
    for i, m in enumerate(ms):
        form, pos = m.normalized_form(), m.part_of_speech()
        occasion = form in rules.occasions and pos[0] == "名詞"
        if form not in gains and not occasion:
            if _act(rules, ms, i):
                acts += 1  # 聞く, 伺う, 質問する: the act wished for
            continue
        if not occasion and any(is_negator(ms[x]) for x in range(i + 1, min(len(ms), i + 4))):
            continue
        k = i
        while k > 0 and not _bounds(ms[k - 1]):
            k -= 1
        spans.append((ms[k].begin(), m.end()))  # the gain's own word too (アピール)
    if not spans or not acts:
        return None
    for start, end in spans:
        clause = _blank(clause, start, end)
    return clause


def wish_told(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with the candidate's wish blanked, where it wishes otherwise
    (:func:`_counterfactual`): the auxiliary たい of the candidate's verb before か, の, こと or a
    noun (「何に挑戦したいのか」「目指したい姿」; not the writer's 「伺いたかった」), back to the
    comma before it, and the という-phrase naming it after (「…のか、という方向で」); None where
    the clause is no such wish or tells none."""
    ms = _morphs(clause)
    if not _counterfactual(rules, ms):
        return None
    n = len(ms)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.part_of_speech()[0] != "助動詞" or m.normalized_form() != "たい" or i + 1 >= n:
            continue
        after = ms[i + 1]
        if not (after.normalized_form() in _WISH_HEADS or after.part_of_speech()[0] == "名詞"):
            continue
        k = i
        while k > 0 and ms[k - 1].part_of_speech()[1] != "読点":
            k -= 1
        end = i + 1
        while end < n and ms[end].normalized_form() in _WISH_HEADS:
            end += 1
        j = end + 1 if end < n and ms[end].part_of_speech()[1] == "読点" else end
        if j < n and ms[j].normalized_form() == "と":  # 「…のか、という方向で」「…との視点」
            x = j + 1
            while x < n and ms[x].normalized_form() in _NAMING:
                x += 1
            if x > j + 1 and x < n and ms[x].part_of_speech()[0] == "名詞":
                end = x
                while end < n and ms[end].part_of_speech()[0] in ("名詞", "接尾辞"):
                    end += 1
        spans.append((ms[k].begin(), ms[end - 1].end()))
    if not spans:
        return None
    for start, end in spans:
        clause = _blank(clause, start, end)
    return clause


_WISH_HEADS = ("か", "の", "こと", "事")  # 「…したいのか」「…したいこと」
_NAMING = ("言う", "た", "の")  # after と: 「という」「といった」「との」


def _counterfactual(rules: _ReplyRules, ms: Any) -> bool:
    """The clause tells what would have been: a wish otherwise (「…いただければよかった」), a wish
    in the past ([stance] `wants` then た: 「…ほしかった」「…いただきたかった」), a past
    conjectured (た, then のではないか: 「…伝わったのではないかと思います」), or a condition and
    after it a past the writer conjectures (「…お話しいただけると、より前向きな印象になったかと
    思います」)."""
    if wished_otherwise(rules.stance, ms):
        return True
    forms = [m.normalized_form() for m in ms]
    conditioned = False
    for i, form in enumerate(forms[:-1]):
        if conditional(rules.stance, ms[i]):
            conditioned = True
        if form in rules.stance.wants and forms[i + 1] == "た":
            return True
        if form == "た" and forms[i + 1 : i + 6] == _CONJECTURED:
            return True
        if conditioned and form == "た" and forms[i + 1] == "か":  # 「…なったかと思います」
            return True
    return False


_CONJECTURED = ["の", "だ", "は", "無い", "か"]  # 「…たのではないか」


def _advised_gain(rules: _ReplyRules, ms: Any) -> bool:
    """The clause advises: a condition, and after it a verb of taking in or showing ([effect]
    perceive, shown) in the present, not negated (「…ポートフォリオを作成されると、強みがより
    伝わると思います」): what the advice would gain."""
    conditioned = False
    gains = rules.effect[0] | rules.shown
    for i, m in enumerate(ms):
        pos, form = m.part_of_speech(), m.normalized_form()
        if conditional(rules.stance, m):
            conditioned = True
        elif conditioned and pos[0] == "動詞" and form in gains:
            after = [ms[x] for x in range(i + 1, min(len(ms), i + 4))]
            if not any(is_negator(x) or x.normalized_form() == "た" for x in after):
                return True
    return False


def _bounds(m: Any) -> bool:
    """``m`` ends what comes before a gain: a comma or a conjunctive particle (て, ば, ので:
    「ひとつでも聞いて主体性を」, the gain begins after て)."""
    return bool(m.part_of_speech()[1] in ("読点", "接続助詞"))


def _act(rules: _ReplyRules, ms: Any, i: int) -> bool:
    """``ms[i]`` tells an act: a verb of its own (聞く, 伺う; not a light or supporting verb, nor
    one of the company's judging: 思う, 判断) or a verbal noun before a verb (質問して)."""
    m = ms[i]
    pos = m.part_of_speech()
    if pos[0] == "動詞":
        return pos[1] == "一般" and m.normalized_form() not in rules.observation.judging
    return (
        pos[0] == "名詞"
        and pos[2] == "サ変可能"
        and i + 1 < len(ms)
        and ms[i + 1].part_of_speech()[0] == "動詞"
    )


def _drop_consequences(
    rules: _ReplyRules, clause: str, masked: str, found: list[str], topical: list[str]
) -> list[str]:
    """[[consequence]]: a cause named only by the words that tell another one's effect
    (「逆質問がなく、入社への意欲が読み取れなかった」「不満のお話が長く」) is dropped, in place.
    Returns the causes that took a topic so (「英語面接の際、質問の意図を聞き取れない場面」: the
    delivery point is the language's, skills')."""
    took: list[str] = []
    for cause, drops, words, unless in rules.consequences:
        if cause not in found + topical or (unless is not None and unless.search(clause)):
            continue
        if words.search(clause) is None and words.search(masked) is None:
            continue  # no effect told: nothing to drop

        def blank(m: re.Match[str]) -> str:
            return "□" * len(m.group(0))

        if drops in topical and drops not in found:
            if not _names(rules.causes[drops], words.sub(blank, masked)):
                topical.remove(drops)
                took += [] if cause in took or cause == drops else [cause]
        elif drops in found and drops != cause:
            # Only a cause its own phrase named (not one a comparison added: 「必須としていた…
            # について、他の方がより豊富」 is still a gap of the reader's), or one a comparison
            # framed by its topic (`compared`) that only these words named (「逆質問がなく、他の
            # 方と比べて入社意欲が見えにくい」: the interest is the missing questions' effect).
            phrases = rules.causes[drops].phrases
            own = phrases is not None and _live(phrases, clause)
            if own and not _live(phrases, words.sub(blank, clause)):  # type: ignore[arg-type]
                found.remove(drops)
            elif (
                not own
                and drops in rules.compared
                and not _names(rules.causes[drops], words.sub(blank, masked))
            ):
                found.remove(drops)
                if drops in topical:
                    topical.remove(drops)
    return took


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


def _questioned(rules: _ReplyRules, text: str) -> list[str]:
    """Causes whose embedded question ``text`` asks ([causes] `questions`: 「弊社で何をしたいの
    か」 for motivation)."""
    return [c for c, r in rules.causes.items() if r.questions and r.questions.search(text)]


def _topical(rules: _ReplyRules, text: str, *, hints: bool = True, morphs: Any = None) -> list[str]:
    """Causes whose topic ``text`` speaks of: a topic or a word of the cause; failing those, an
    embedded question (「弊社で何をしたいのか」); failing those too (and with ``hints``), a
    hint. Says nothing of whether the text finds fault."""
    view = _view(morphs if morphs is not None else _morphs(text))
    found = [
        cid
        for cid, r in rules.causes.items()
        if (r.topics and r.topics.search(text)) or r.words.find(view) or _related(r, text)
    ]
    if not found:
        found = _questioned(rules, text)
    if not found and hints:
        found = [cid for cid, r in rules.causes.items() if r.hints and r.hints.search(text)]
        ms = morphs if morphs is not None else _morphs(text)
        if _LEFT in found and _place_only(rules, ms):
            # the former workplace only where what was talked of happened (「前職のプロジェクト
            # についてのご説明が専門用語中心で、伝わりにくかった」): the talk judged as talk is
            # the medium's own point, no complaint about the workplace
            found = [c for c in found if c != _LEFT]
        if len(found) > 1:  # 「数字を交えたご説明がなく」: the answer is the medium of the other
            found = [c for c in found if c != _MEDIUM]
        if len(found) > 1:  # 「前職のプロジェクトで…どのような成果に」: where the episode was
            found = [c for c in found if c != _LEFT]
    return found


def _related(rule: _CauseRule, text: str) -> bool:
    """``text`` names the cause's topic told only beside a word relating the candidate to it
    (`related`: the fit cause's, [contrast] `ways`: 当社の方針, 弊社の理念, beside `relation`:
    合わない, そぐわない, 異なる); the way named alone (researched, praised, the ground of a
    requirement) is none."""
    if rule.related is None:
        return False
    ways, relation = rule.related
    return bool(ways.search(text)) and bool(relation.search(text))


def _place_only(rules: _ReplyRules, ms: Any) -> bool:
    """A hint of the former workplace (前職) told only as the place of another noun: の or で and
    then a noun that is no talk and none of the workplace's people or ways ([leaving] talk,
    people, things): 「前職のプロジェクト」「前職での業務」, not 「前職のお話」「前職について」
    「前職の上司」「前職の体制」."""
    hints = rules.causes[_LEFT].hints
    if hints is None:
        return False
    ms = list(ms)
    own = rules.leaving.talk | rules.leaving.people | rules.leaving.things
    for i, m in enumerate(ms[:-2]):
        if not hints.fullmatch(str(m.surface())) or str(ms[i + 1].normalized_form()) not in (
            "の",
            "で",
        ):
            continue
        k = i + 2
        if k < len(ms) and str(ms[k].normalized_form()) == "の":  # 「前職での業務」
            k += 1
        if k < len(ms) and ms[k].part_of_speech()[0] == "接頭辞":
            k += 1
        if (
            k < len(ms)
            and ms[k].part_of_speech()[0] == "名詞"
            and str(ms[k].normalized_form()) not in own
        ):
            return True
    return False


_LEFT = "negative_reason"  # the reason for leaving told as talk of the former workplace
_STAY = "short_tenure"  # a short stay in any words
_MEDIUM = "communication"  # its hints (説明, ご回答, 受け答え) name the medium of another cause
_NOT_TOLD = frozenset({_MEDIUM, "relative", "reverse_question"})  # no content a telling is of


def _told_of_other(rules: _ReplyRules, masked: str, morphs: Any) -> bool:
    """The clause's communication topic is only the manner of a telling ([tellings]: 説明, 話,
    伝え方) whose object is another cause's topic ([told_of]: 「志望理由についてのご説明が
    まとまっておらず」「退職理由の伝え方が」): with those tellings blanked, no communication topic
    is left (a delivery word of its own, 結論, 要点, 声, still names it)."""
    blanked = masked
    told = False
    for m in morphs:
        if _pos(m) != "名詞" or str(m.normalized_form()) not in rules.tellings:
            continue
        start, end = m.begin(), m.end()
        link = rules.told_of.search(masked, 0, start)
        if link is None:
            continue
        head = re.split(r"[、,。]", masked[: link.start()])[-1]
        # (a question put to the reader, 「最後にお尋ねした質問へのお答え」, is what an answer
        # answers, no content of theirs: reverse_question is the reader's own questions)
        if any(c not in _NOT_TOLD for c in _topical(rules, head, hints=False)):
            told = True
            blanked = _blank(blanked, link.start(), end)
    return told and _MEDIUM not in _topical(rules, blanked, hints=False)


def _across(
    rules: _ReplyRules, before: tuple[str, _Reading] | None, clause: str, reading: _Reading
) -> list[str]:
    """Causes a clause names together with the clause before it in the same sentence: a topic
    left open there and a frame here (「最後に何かご質問はございますかと伺いましたが、
    『大丈夫です』とのことで、関心の程度が分かりかねました」), or the company's way there and
    the candidate's here (`contrast`), or the career wanted and the role expected across the
    two with the gap here (_career_gap); in English either way round, or in this clause alone."""
    if reading.causes or rules.contrast_agree.search(clause) or rules.praise.search(clause):
        return []
    wants, way = rules.contrast_english
    if wants.search(clause) and way.search(clause):
        return [rules.contrast_cause]
    if before is None:
        return []
    text, prev = before
    if (wants.search(text) and way.search(clause)) or (way.search(text) and wants.search(clause)):
        return [rules.contrast_cause]
    fit = rules.contrast_cause in prev.topical or bool(rules.contrast_fit.search(clause))
    if fit and rules.contrast_company.search(text) and rules.contrast_candidate.search(clause):
        return [rules.contrast_cause]
    if reading.framed and rules.wish.search(text) and rules.contrast_company.search(clause):
        return [rules.contrast_cause]  # the candidate's wish there, the company's way here
    joined = text + "、"
    # the two tokenized together only where a word of gap stands in this clause
    if rules.wish_gap.search(joined + clause, len(joined)) is not None:
        gap = _career_gap(rules, joined + clause)
        if gap is not None and gap >= len(joined):  # the career there, the role and the gap
            return [rules.contrast_cause]  # here (「…続けたいとのお話が」「…当社の期待とずれが」)
    if reading.framed and prev.topical and not prev.framed and not prev.found:
        return list(prev.topical)
    return []


def _names(rule: _CauseRule, clause: str) -> bool:
    return bool(rule.topics and rule.topics.search(clause)) or bool(
        rule.words.find(_view(_morphs(clause)))
    )


def _mask_phrases(rules: _ReplyRules, clause: str) -> str:
    """``clause`` with the causes' self-framed phrases blanked, each with the words that deny it
    ([phrase_denied]: 「話を遮られることもなく」): a phrase denied leaves no negation behind to be
    read as a lack."""
    denied = rules.phrase_denied
    for r in rules.causes.values():
        if r.phrases is None:
            continue
        for m in list(r.phrases.finditer(clause)):
            after = denied.match(clause, m.end())
            end = after.end() if after else m.end()
            clause = _blank(clause, m.start(), end)
    return clause


def _mask(clause: str, patterns: list[re.Pattern[str]]) -> str:
    """Blank out self-framed phrases so their words do not count again as topics or frames."""
    for pat in patterns:
        clause = pat.sub(lambda m: "□" * len(m.group(0)), clause)
    return clause


def _judges(rules: _ReplyRules, clause: str) -> bool:
    """A clause that judges, whatever it names (「事前の準備がやや足りないように思いました」
    「個人の貢献がどこにあったのかは見えにくかった」): a live `frames` entry or a predicate of
    negative evaluation (残念, 惜しい), or a negative word denied (「気になる点は特にございません
    でした」: a reassurance judges too). A bare negation (「お心当たりのない場合は」「まだご回答を
    いただけておりません」) is no judgement, nor is a clause of for-now ([pending] `now`)."""
    from furikaeri.mail.reply.lack import negative_predicate, reassurances

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
    from furikaeri.mail.reply.lack import reassurances

    for words in reassurances(morphs):
        clause = clause.replace(words, "□" * len(words))
    return clause
