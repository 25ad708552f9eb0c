"""One clause of a reply read for causes (`_read_clause`, in steps: what it compares, a wish
set against the company's way, what it tells beside the candidate's points, the topics it
speaks of, the candidate's talk): self-framed phrases, topics under a live negative frame,
comparisons, consequences, conduct in the talk and the clause before. The means live in the
siblings masks, frames, topics, praise, asides, shortfall, pruning, talk and advice. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from furikaeri.mail.reply.asides import (
    _asked,
    _asks_other,
    _career_gap,
    _company_said,
    _elsewhere,
    _gap_named,
    _mask_asked,
    _opinion_voices,
    _their_questions,
    _writers_interest,
    _writers_skills,
)
from furikaeri.mail.reply.denial import weighed_instead
from furikaeri.mail.reply.frames import _has_frame, _phrase_causes
from furikaeri.mail.reply.leaving import former_talk, short_stay
from furikaeri.mail.reply.masks import (
    _blank,
    _mask,
    _mask_cleared_topics,
    _mask_denied_occurrences,
    _mask_denied_propositions,
    _mask_phrases,
    _names,
)
from furikaeri.mail.reply.praise import _mask_praised, _praises
from furikaeri.mail.reply.pruning import (
    _drop_backing,
    _drop_consequences,
    _drop_plans,
    _drop_unlacking,
)
from furikaeri.mail.reply.rivals import likened
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.shortfall import never_done
from furikaeri.mail.reply.stance import praise_only, reassures
from furikaeri.mail.reply.talk import _beside, _faults, _knowledge_gap, _observes, _talk
from furikaeri.mail.reply.topics import _LEFT, _MEDIUM, _STAY, _told_of_other, _topical
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import inquiry_taken_up, writers_standpoint
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
    _compared(rules, clause, equal, found)
    masked = _mask_phrases(rules, clause)
    phrased = (
        masked != clause
    )  # a phrase of a cause, named (found) or denied (「遮られることもなく」)
    masked = _wish_masked(rules, masked, found)
    masked = _asides_masked(rules, clause, masked)
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
    framed, topical, stayed = _topics_of(rules, clause, masked, morphs, found, instead)
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
    found, topical, framed = _talk_read(rules, clause, masked, morphs, said, found, topical, framed)
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


def _compared(rules: _ReplyRules, clause: str, equal: str, found: list[str]) -> None:
    """A comparison the clause tells (relative), with the topic it frames and the gap of the
    reader's it names: added to ``found`` in place. ``equal``: ``clause`` with experience told
    as the others' equal blanked."""
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


def _wish_masked(rules: _ReplyRules, masked: str, found: list[str]) -> str:
    """``masked`` with a wish set against the company's way (or a career gap) blanked up to its
    gap, the contrast cause (fit) added to ``found`` in place."""
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
    return masked


def _asides_masked(rules: _ReplyRules, clause: str, masked: str) -> str:
    """``masked`` with what the clause tells beside the candidate's points blanked: questions,
    courtesies, conclusions, the means before a wish, what a question or an interest is about,
    the reader's inquiry, the writer's standpoint, interest and skills, voices of opinion."""
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
    return masked


def _topics_of(
    rules: _ReplyRules, clause: str, masked: str, morphs: Any, found: list[str], instead: bool
) -> tuple[bool, list[str], bool]:
    """Whether the clause is framed, the topics it speaks of and whether it tells a short stay;
    fit named by a gap added to ``found`` in place."""
    fit = rules.contrast_cause
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
    return framed, topical, stayed


def _talk_read(
    rules: _ReplyRules,
    clause: str,
    masked: str,
    morphs: Any,
    said: Any,
    found: list[str],
    topical: list[str],
    framed: bool,
) -> tuple[list[str], list[str], bool]:
    """``found``, ``topical`` and ``framed`` as the candidate's talk reads them: talk over others,
    a gap of knowledge in an answer, an answer beside the question."""
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
    return found, topical, framed


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
    from furikaeri.mail.reply.rivals import (
        chosen_among,
        chosen_described,
        chosen_pointed,
        fitter_chosen,
        margin,
        margin_chose,
        other_fitted,
        other_more,
    )
    from furikaeri.mail.reply.standing import rank, weighed, weighed_pair

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
    what the reader did not hold (furikaeri.mail.reply.rivals.chosen_holder)."""
    from furikaeri.mail.reply.rivals import chosen_holder

    if rules.compared_fit.search(clause):
        return None
    return chosen_holder(rules.standing, _morphs(clause))


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
