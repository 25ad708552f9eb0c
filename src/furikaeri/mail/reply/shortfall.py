"""A shortfall of the candidate's (the [shortfall] cause, skills): a thing never done
(「使われたことがない」), a short word for it, what they would have had if. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.masks import _names
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.stance import wished_otherwise


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
    thing (reply.writer.writers_own_noun: 「当社のサービスを使ったことがない」): the company's
    product never tried is its research, no skill the work needs."""
    from furikaeri.mail.reply.writer import writers_own_noun

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
