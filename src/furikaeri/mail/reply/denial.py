"""A negation told away in a company's reply, read from Sudachi morphemes
(data/mail_replies.toml [lack]): negations denied (a reassurance: 「問題があったわけではござい
ません」), a proposition denied as a whole, a counterfactual, a reason denied and the other
weighed instead (「技術力ではなく、相性を重視」), an identity denied, no reason to give and a
reason not put in few words. Split from lack. Pure."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from furikaeri.mail.reply.lack import (
    _CONTENT,
    _cannot,
    _content_before,
    _impression_of,
    _is_negator,
    _negation_lack,
    _negative,
    _negative_compound,
    _negative_object_at,
    _pos,
    _rhetorical,
    _Rules,
    _rules,
    _words,
)


def _denied_negations(rules: _Rules, ms: Any) -> frozenset[int]:
    """The negators of a negation that a later one denies across a formal noun (「能力が足りな
    かったということではございません」「足りないわけではない」): a reassurance, no lack. Both the
    inner and the outer negator are returned."""
    denied: set[int] = set()
    skip = rules.quotative | rules.degrees
    for k in range(len(ms)):
        if not _is_negator(rules, ms[k]):
            continue
        j = _content_before(rules, ms, k, skip=skip)
        if j is None:
            continue
        between = range(j + 1, k)
        formal = any(
            _pos(ms[i])[0] == "名詞" and ms[i].normalized_form() in rules.formal_nouns
            for i in between
        )
        inner = [i for i in between if _is_negator(rules, ms[i])]
        if formal and inner:
            denied.update([*inner, k])
    return frozenset(denied)


def reassurances(morphs: Any) -> list[str]:
    """The words (as written, from the denied word to its negator) of each negation that denies
    a negative word (「問題視しておりません」「不足はございません」「不安を感じさせない」): a
    reassurance, which a pattern of bare negation (〜ておりません) must not read as a lack."""
    rules = _rules()
    out: list[str] = []
    denied = _denied_negations(rules, morphs)
    skip = rules.quotative | rules.degrees
    for i, m in enumerate(morphs):
        if not _is_negator(rules, m) or _rhetorical(morphs, i):
            continue
        # 「お見送りの理由はご経歴ではございません」「いけなかったということはない」: what the
        # result was not, or a lack denied, is a reassurance too
        noun = _identity_denied(rules, morphs, i)
        if noun is None and i in denied and any(k in denied for k in range(i)):
            noun = _content_before(
                rules, morphs, min(k for k in denied if k < i), skip=rules.degrees
            )
        if noun is not None:
            out.append(_words(morphs, noun, i + 1))
            continue
        # across 「ということ」 and 「特に」: 「どこが悪かったということは特にございません」
        j = _content_before(rules, morphs, i, skip=skip)
        if j is None:
            continue
        j = _impression_of(rules, morphs, j)
        if _negative(rules, morphs[j]) or _negative_compound(rules, morphs, j):
            j -= 0 if _negative(rules, morphs[j]) else 1
            out.append(_words(morphs, j, i + 1))
        elif (at := _negative_object_at(rules, morphs, j)) is not None:  # with 「不安を」
            out.append(_words(morphs, at, i + 1))
    return out + _taken_away(rules, morphs)


def _taken_away(rules: _Rules, ms: Any) -> list[str]:
    """The words (as written, from the negative word to the verb) of a negative word taken away,
    not denied ([lack] `removing`: 「懸念は払拭されました」「不安が解消されました」): a
    reassurance."""
    out: list[str] = []
    for j, m in enumerate(ms):
        if m.normalized_form() not in rules.removing or j < 2:
            continue
        if any(_is_negator(rules, ms[x]) for x in range(j + 1, min(len(ms), j + 6))):
            continue  # 「懸念を拭えませんでした」: the negative stays
        k = j - 1
        if _pos(ms[k])[0] != "助詞" or ms[k].normalized_form() not in rules.arguments:
            continue
        if _negative(rules, ms[k - 1]):
            out.append(_words(ms, k - 1, j + 1))
    return out


def denied_propositions(morphs: Any) -> list[tuple[int, int]]:
    """The morpheme spans (start, end) of each proposition denied as a whole.

    The negator's word is a nominalizer ([lack] `nominalizers`: 「ネガティブな印象を持った
    ということはございません」「難があると判断したわけではなく」) or a result denied its
    ground ([lack] `results`: 「能力面でのお見送りではありません」; a `matters` noun after a
    quoting particle: 「マナーがどうこうって話じゃない」). The proposition runs back to the
    comma before it and holds a negative word or a reason noun of its own, no negation
    (「問題がないわけではない」 is a concern) and no word of restriction ([lack] `restrictive`:
    「経験不足だけが理由というわけではなく」 leaves the shortfall a reason). What such a
    proposition speaks of is cleared, whoever's topic it names."""
    rules = _rules()
    out: list[tuple[int, int]] = []
    for i, m in enumerate(morphs):
        if not _is_negator(rules, m) or _rhetorical(morphs, i):
            continue
        noun = _instead(rules, morphs, i)
        if noun is not None:  # 「技術力ではなく、相性を重視した」: not N but the other
            out.append((_proposition_start(rules, morphs, noun), i + 1))
            continue
        span = _reason_denied(rules, morphs, i)
        if span is not None:  # 「自己PRが抽象的だったからではなく」: not the reason
            out.append(span)
            continue
        k = i - 1
        while k >= 0 and (
            _pos(morphs[k])[0] in ("助動詞", "助詞", *_DEGREE)
            or morphs[k].normalized_form() in rules.transparent
            or morphs[k].normalized_form() in rules.degrees  # 一切 (a noun to Sudachi)
        ):
            k -= 1
        if k < 0 or _pos(morphs[k])[0] != "名詞":
            continue
        noun = morphs[k].normalized_form()
        quoted = k >= 1 and morphs[k - 1].normalized_form() in rules.quoting
        grounded = (
            noun in rules.grounds
            and k >= 1
            and (morphs[k - 1].normalized_form() in rules.grounding or quoted)
        )  # 「比較によるものではございません」「経験が不足していたという判断ではございません」
        result = noun in rules.results or (noun in rules.matters and quoted) or grounded
        # 「…ことはマイナス評価にはなっていません」「…が理由ではございません」: a judgement or a
        # reason denied, with the negative word that would have made it one
        judgement = noun in rules.assessments or noun in rules.reasons
        if not (result or judgement or noun in rules.nominalizers or noun in rules.matters):
            continue
        start = _proposition_start(rules, morphs, k)
        inside = range(start, k + (1 if result else 0))
        # a negation inside that denies a negative word (「問題がないわけではない」) leaves a
        # concern; one that tells a lack (「技術力が足りなかったというわけではない」) is the
        # negative proposition denied
        lacks = [
            x
            for x in inside
            if _is_negator(rules, morphs[x]) and _negation_lack(rules, morphs, x) is not None
        ]
        if any(_is_negator(rules, morphs[x]) and x not in lacks for x in inside) or any(
            morphs[x].normalized_form() in rules.restrictive for x in inside
        ):
            continue
        if (
            result
            or lacks
            or any(
                _negative(rules, morphs[x]) or morphs[x].normalized_form() in rules.reasons
                for x in inside
            )
        ):
            out.append((start, i + 1))
    return out


def _reason_denied(rules: _Rules, morphs: Any, i: int) -> tuple[int, int] | None:
    """The negator ``morphs[i]`` denies a clause of reason (a conjunctive particle of `because`,
    から, then only the copula and は・も before the negator: 「志望動機が弱かったからではなく」
    「経験が足りないからではありません」) holding a content word and no negation other than a
    lack and no restriction: the span of the reason with its denial, else None."""
    k = i - 1
    while k >= 0 and not (
        _pos(morphs[k])[1] == "接続助詞" and morphs[k].normalized_form() in rules.because
    ):
        if morphs[k].normalized_form() not in _COPULA:
            return None
        k -= 1
    if k < 1 or morphs[k].normalized_form() not in rules.because:
        return None
    start = _proposition_start(rules, morphs, k - 1)
    inside = range(start, k)
    lacks = [
        x
        for x in inside
        if _is_negator(rules, morphs[x]) and _negation_lack(rules, morphs, x) is not None
    ]
    if any(_is_negator(rules, morphs[x]) and x not in lacks for x in inside) or any(
        morphs[x].normalized_form() in rules.restrictive for x in inside
    ):
        return None
    # whatever its polarity (「抽象的だった」 is no negative word to the lexicon): a reason of the
    # decision told as not the reason is cleared
    if any(_pos(morphs[x])[0] in _CONTENT for x in inside):
        return start, i + 1
    return None


_COPULA = ("だ", "です", "は", "も", "有る", "御座る", "ます")


def _proposition_start(rules: _Rules, morphs: Any, k: int) -> int:
    """Where the proposition nominalized at ``morphs[k]`` begins: back to the punctuation before
    it; where it opens on a quoting particle right after a comma (「経験が足りないから不採用に
    した、ということではありません」), the quoted clause before the comma is the proposition, and
    it runs back to the punctuation before that."""
    start = k
    while start > 0 and _pos(morphs[start - 1])[0] not in ("補助記号", "空白"):
        start -= 1
    if (
        start >= 2
        and start < k
        and morphs[start].normalized_form() in rules.quoting
        and str(morphs[start - 1].surface()) in _COMMAS
    ):
        start -= 1
        while start > 0 and _pos(morphs[start - 1])[0] not in ("補助記号", "空白"):
            start -= 1
    return start


_COMMAS = ("、", "，", ",")


def counterfactuals(morphs: Any) -> list[tuple[int, int]]:
    """The morpheme spans (start, end) of each condition cleared by a counterfactual: a clause
    ending in a conditional (ば, or a 仮定形 such as たら) that holds a negative word and no
    negation, followed by a consequent denied before the next punctuation (「志望動機に懸念が
    あれば最終面接までお進みいただいておりません」「スキルが弱ければ面接にお呼びしていません」):
    had the fault been there, the candidate would not have come this far, so it was not."""
    rules = _rules()
    out: list[tuple[int, int]] = []
    for b, m in enumerate(morphs):
        conditional = m.normalized_form() == "ば" and _pos(m)[1] == "接続助詞"
        if not conditional and not (
            _pos(m)[0] == "助動詞" and str(m.part_of_speech()[5]).startswith("仮定形")
        ):
            continue
        start = b
        while start > 0 and _pos(morphs[start - 1])[0] not in ("補助記号", "空白"):
            start -= 1
        inside = range(start, b)
        if not any(_negative(rules, morphs[x]) for x in inside):
            continue
        if any(_is_negator(rules, morphs[x]) for x in inside):
            continue  # 「懸念がなければ」: the fault's absence, the condition of passing
        end = b + 1
        while end < len(morphs) and _pos(morphs[end])[0] in ("補助記号", "空白"):
            end += 1  # 「懸念があれば、…」
        while end < len(morphs) and _pos(morphs[end])[0] not in ("補助記号", "空白"):
            end += 1
        if any(_is_negator(rules, morphs[x]) for x in range(b + 1, end)):
            out.append((start, b + 1))
    return out


def denied_outright(morphs: Any) -> bool:
    """A reassurance of the clause denies its negative word outright (「身だしなみ：問題なし」
    「懸念はなかったと伺っております」), not a proposition made a noun (「ご経験が不十分だった
    ということではございません」: what the result was not)."""
    rules = _rules()
    for words in reassurances(morphs):
        at = "".join(str(m.surface()) for m in morphs).find(words)
        inner = [m for m in morphs if at <= m.begin() < at + len(words)]
        if not any(
            _pos(m)[0] == "名詞" and m.normalized_form() in rules.nominalizers for m in inner
        ):
            return True
    return False


_BECAUSE = ("から", "ので", "為", "ため")


_DEGREE = ("副詞",)  # 「能力の問題ではまったくありません」: the degree of the denial


def _identity_denied(rules: _Rules, ms: Any, i: int) -> int | None:
    """The negator ``ms[i]`` denies a copula (〜ではない) whose noun is what the result was not
    (「落ちた理由は能力ではありません」「能力の問題ではまったくございません」「経験不足が原因では
    ない」): a [lack] `matters` or `reasons` noun, or any noun after a reason noun. Says what the
    reason is not, no lack; 「当社の求める人物像ではありませんでした」 is one, and so is a denial
    that is itself the reason given (「理由は、求める水準ではなかったためです」). The index of
    the noun, or None."""
    for k in range(i + 1, len(ms)):
        if _pos(ms[k])[0] == "補助記号":  # 「…の問題ではなく、タイミングが…」: the next clause
            break
        if _pos(ms[k])[0] == "名詞" or ms[k].normalized_form() in _BECAUSE:
            return None
    k = i - 1
    while k >= 0 and (
        _pos(ms[k])[0] in ("助動詞", *_DEGREE) or ms[k].normalized_form() in rules.transparent
    ):
        k -= 1
    if k < 1 or ms[k].normalized_form() not in ("は", "も"):
        return None
    if ms[k - 1].normalized_form() not in ("で", "だ"):
        return None
    noun = k - 2
    if (
        noun < 0
        or _pos(ms[noun])[0] != "名詞"
        or "形状詞可能" in ms[noun].part_of_speech()
        or ms[noun].normalized_form() in rules.formal_nouns  # 「理由ってことではない」
    ):
        return None
    form = ms[noun].normalized_form()
    if form in rules.matters or form in rules.reasons:
        return noun
    return noun if any(ms[x].normalized_form() in rules.reasons for x in range(noun)) else None


def _instead(rules: _Rules, ms: Any, i: int) -> int | None:
    """The index of N where the negator ``ms[i]`` closes 「Nではなく、」 (a common noun, then で・は
    or じゃ, the continuative なく and a comma) and what follows the comma tells what was weighed
    instead ([lack] `weighed`: 「技術力ではなく、チームの雰囲気との相性を重視した結果です」): not
    N but the other, so N is no lack. Not a quality (形状詞: 「具体的ではなく、」 is one)."""
    if ms[i].normalized_form() not in ("無い", "ない") or not _weighed_after(rules, ms, i):
        return None
    k = i - 1
    if k >= 0 and ms[k].normalized_form() in ("は", "も"):
        k -= 1
    if k < 1 or ms[k].normalized_form() not in ("で", "だ", "じゃ"):
        return None
    noun = k - 1
    if (
        _pos(ms[noun])[0] != "名詞"
        or "形状詞可能" in ms[noun].part_of_speech()
        or ms[noun].normalized_form() in rules.formal_nouns
    ):
        return None
    return noun


def _weighs(rules: _Rules, ms: Any, x: int) -> bool:
    """``ms[x]`` tells what a decision weighed: one of [lack] `weighed`, or a judgement told by
    its ground with での (「コミュニケーション面での判断です」; not 「…と判断しました」)."""
    form = ms[x].normalized_form()
    if form in rules.weighed:
        return True
    return (
        form in rules.grounds
        and x >= 2
        and ms[x - 1].normalized_form() == "の"
        and ms[x - 2].normalized_form() == "で"
    )


def weighed_instead(morphs: Any) -> bool:
    """The clause denies a noun in 「Nではなく、」 and tells what was weighed instead
    (:func:`_instead`): the other point told is the reason, a frame for its topic (「技術力では
    なく、チームの雰囲気との相性を重視した結果です」 is culture_fit)."""
    rules = _rules()
    return any(
        _is_negator(rules, m)
        and (_instead(rules, morphs, i) is not None or _reason_instead(rules, morphs, i))
        for i, m in enumerate(morphs)
    )


def _reason_instead(rules: _Rules, ms: Any, i: int) -> bool:
    """「…からではなく、…を重視した判断」: a reason denied (:func:`_reason_denied`) in the
    continuative なく and a comma, then what was weighed instead ([lack] `weighed`)."""
    return _weighed_after(rules, ms, i) and _reason_denied(rules, ms, i) is not None


def _weighed_after(rules: _Rules, ms: Any, i: int) -> bool:
    """``ms[i]`` is the continuative なく (「じゃなくて、」 too) before a comma, and a word after
    the comma tells what a decision weighed (:func:`_weighs`): the other point, told instead."""
    if i + 1 >= len(ms) or str(ms[i].surface()) not in ("なく", "無く"):
        return False
    comma = i + 2 if str(ms[i + 1].surface()) == "て" else i + 1
    if comma >= len(ms) or str(ms[comma].surface()) not in _COMMAS:
        return False
    return any(_weighs(rules, ms, x) for x in range(comma + 1, len(ms)))


def no_reason(morphs: Any) -> str | None:
    """The words (as written) saying that there is no reason to give, or that the writer cannot
    name it (「理由は特にないんです」「うまく理由を説明できなくて」「原因は特定できません」
    「はっきりした理由が言えなくて」): a reason noun ([lack] `reasons`) standing alone (not the
    tail of a compound: 志望理由, 退職理由 are the candidate's), then, before the clause's
    negator or suffix of difficulty, only words of having, naming or telling (`reason_words`:
    ある, 特に, 説明, 言う, 特定 …). 「理由が分からなかった」「理由が伝わらない」 (the company
    did not understand the candidate's reason) and 「説明できていない」 (what the candidate did)
    are no such words, nor is a reason denied its subject (「志望動機が弱かったことが理由という
    わけではございません」: a proposition denied, :func:`denied_propositions`)."""
    rules = _rules()
    denied = denied_propositions(morphs)
    for r, m in enumerate(morphs):
        if m.normalized_form() not in rules.reasons:
            continue
        if r > 0 and _pos(morphs[r - 1])[0] == "名詞":
            continue  # 志望理由
        if any(start < r < end for start, end in denied):
            continue  # 「志望動機が弱かったことが理由というわけではない」: what the reason was not
        for k in range(r + 1, len(morphs)):
            mk = morphs[k]
            major = _pos(mk)[0]
            if _cannot(rules, mk):
                return _words(morphs, r, k + 1)
            if major in ("補助記号",):
                break
            if major in _CONTENT and not (
                mk.normalized_form() in rules.reason_words
                or mk.normalized_form() in rules.reasons
                or mk.normalized_form() in rules.formal_nouns
            ):
                break
    return None


def in_few_words(morphs: Any) -> str | None:
    """The words (as written) saying the writer cannot put it in few words: a noun of brevity
    ([lack] `brief`: 一言, 一口) and its particles (で, に, は), then only words of telling or
    naming (`reason_words`: 言う, 説明, 伝える), formal nouns and particles up to a negator, a
    suffix of difficulty or an adjective of it (`hard`): 「一言で言うのは難しいんですよ」「ひと
    ことで説明するのは難しいけど」「一口には言えない」. No reason given, as no_reason reads it;
    not 「一言で言えば、志望動機が弱かった」 (a frame: the reason follows)."""
    rules = _rules()
    for b, m in enumerate(morphs):
        if m.normalized_form() not in rules.brief or _pos(m)[0] != "名詞":
            continue
        told = False
        for k in range(b + 1, len(morphs)):
            mk = morphs[k]
            major = _pos(mk)[0]
            form = mk.normalized_form()
            if told and (_cannot(rules, mk) or form in rules.hard):
                return _words(morphs, b, k + 1)
            if form in rules.reason_words and major in _CONTENT:
                told = True
                continue
            content = major in _CONTENT and form not in rules.formal_nouns
            linked = major == "助詞" and _pos(mk)[1] == "接続助詞"  # 「一言で言えば、」
            if content or linked or major == "補助記号":
                break
    return None


@cache
def reason_nouns() -> re.Pattern[str]:
    """The reason nouns of [lack] `reasons` as one pattern: a clause without any is not
    tokenized for :func:`no_reason`."""
    return re.compile("|".join(re.escape(word) for word in sorted(_rules().reasons)))
