"""The topics a clause names that are no lack of the candidate's, dropped from its reading: a
consequence, a plan, the backing of another's evidence, a standard judged as the other's, a
shortfall that is no lack. Pure."""

from __future__ import annotations

import re
from typing import Any

from furikaeri.mail.reply.frames import _live
from furikaeri.mail.reply.masks import _names
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.shortfall import _shortfall
from furikaeri.mail.reply.topics import _STAY, _questioned
from furikaeri.mail.reply.words import _morphs, _view


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
