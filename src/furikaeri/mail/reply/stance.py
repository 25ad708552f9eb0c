"""A clause's stance toward what it names, read from Sudachi morphemes: praise whose predicates
all evaluate positively (「ご経験は十分お持ちだと感じましたし、…ことも伝わりました」「行動と結果
が具体的で、大変印象に残っております」) names no cause, whatever topics it speaks of. A clause
is praise when its last predicate holds a word of positive evaluation (the 日本語評価極性辞書, a
[praise] pattern, or [stance] `positive`), and nothing in it turns the evaluation: no negation
left once denied negative words are set aside (「問題なく」 is praise), no negative word, no lack
(〜にくい), no contrast (「…だが」), no condition (「…すると、さらに良くなる」 is advice), no wish
or request (〜たい, 欲しい), no hedge of degree (もう少し, やや, より), no better way (「…た方が
伝わりやすかった」). Knowledge lives in data/mail_replies.toml [stance]. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists
from furikaeri.mail.reply.words import _said


class StanceData(BaseModel):
    """data/mail_replies.toml [stance]: Sudachi normalized forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    positive: list[str] = Field(min_length=1)  # praise the polarity lexicon lacks: 伝わる, 具体的
    hedges: list[str]  # degrees asking for more: もう少し, もっと, やや
    wants: list[str]  # wishes and requests: たい, 欲しい, 必要
    conditions: list[str]  # conjunctive particles of a condition: ば, たら, なら
    contrasts: list[str]  # conjunctive particles of a contrast: が, けれど, ものの
    bearing: list[str] = []  # a bearing on the decision: 影響, 左右 (denied: a reassurance)
    decisions: list[str] = []  # what the bearing is on: 判断, 選考, 合否
    turns: list[str] = []  # conjunctions opening a new point: ただ, また, なお
    instances: list[str] = []  # adverbs opening an example of the point before: 例えば
    times: list[str] = []  # nouns of the time or occasion of what is told: 際, 時間, 場面
    gains: list[str] = []  # verbs of a gain: 増す, 高まる (a wish after a condition)
    # verbs of taking in whose ease (〜やすい) praises: 分かる, 聞く (「分かりやすかった」)
    easy: list[str] = []
    # light words of a reassurance's tail: 成る, 居る, the quotative こと, 言う
    light: list[str] = Field(min_length=1)
    # words of a report that may follow a reassurance after the quotative と・って (「問題なかった
    # とのことです」「懸念はなかったと伺っております」): the clearing is the interviewer's, told on
    reported: list[str] = []
    # particles that open a quotation (と, って)
    quotative: list[str] = []
    # words of leave after a negation and て・で (「気にしなくていい」「ご心配いただかなくて
    # 大丈夫」): no need to, the negation's word is still what is denied
    permits: list[str] = []
    # nouns of what a decision rests on, denied as made so (「判断材料にしておりません」「理由には
    # していません」): a reassurance of what the clause spoke of
    grounds: list[str] = []
    # links of a reason (ので, から) and requests (下さる, 願う): a reassurance may go on to what
    # the reader is asked to do on its ground (「…影響しておりませんので、ご安心ください」)
    because: list[str] = []
    requests: list[str] = []
    # a worry of the reader's told needless (「ご心配は不要です」「お気遣いは無用です」)
    worries: list[str] = []
    needless: list[str] = []


@dataclass(frozen=True)
class StanceForms:
    positive: frozenset[str]
    hedges: frozenset[str]
    wants: frozenset[str]
    conditions: frozenset[str]
    contrasts: frozenset[str]
    negators: frozenset[str]  # vocabulary.toml [negation]
    bearing: frozenset[str] = frozenset()
    decisions: frozenset[str] = frozenset()
    turns: frozenset[str] = frozenset()
    instances: frozenset[str] = frozenset()
    times: frozenset[str] = frozenset()
    gains: frozenset[str] = frozenset()
    easy: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()
    reported: frozenset[str] = frozenset()
    quotative: frozenset[str] = frozenset()
    permits: frozenset[str] = frozenset()
    grounds: frozenset[str] = frozenset()
    because: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    worries: frozenset[str] = frozenset()
    needless: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any], negators: list[str]) -> StanceForms:
        fields = frozen_lists(StanceData.model_validate(data))
        return cls(**fields, negators=frozenset(negators))


def praise_only(
    forms: StanceForms, clause: str, morphs: Any, praise: re.Pattern[str], good: frozenset[str]
) -> bool:
    """``clause`` (``morphs``: its Sudachi morphemes) only praises: its last predicate is a
    positive evaluation and nothing in it negates, hedges, contrasts, conditions or asks.
    ``good``: manner adverbs of praise ([observation] `good`)."""
    from furikaeri.mail.reply.denial import reassurances
    from furikaeri.mail.reply.lack import lack, negative_predicate, negative_word

    if not morphs or clause.isascii():
        return False
    if lack(morphs) is not None or negative_predicate(morphs) is not None:
        return False
    # a denied negative word (「問題なく」「申し分ございません」) praises; its negation is no turn
    reassured = _covered(morphs, reassurances(morphs))
    last = 0  # where the last predicate unit starts
    for i, m in enumerate(morphs):
        pos = m.part_of_speech()
        form, major = m.normalized_form(), pos[0]
        if i in reassured:
            continue
        if major in ("助動詞", "形容詞") and form in forms.negators:
            return False
        if form in forms.hedges or form in forms.wants or pos[5].startswith("仮定形"):
            return False  # 「もう少し」「お話しいただきたい」「…すれば」「…たら」
        if pos[1] == "接続助詞" and (form in forms.conditions or form in forms.contrasts):
            return False  # 「練習をすると、さらに良くなる」「具体的だが、」
        if form == "方" and _better_way(morphs, i):
            return False  # 「…話していただいた方が伝わりやすかった」
        if negative_word(form) and _judged(morphs, i):
            return False  # 「前職へのご不満が強く伝わってきました」
        if pos[1] == "読点" and i > 0 and _ends_predicate(morphs[i - 1]):
            last = i + 1
    text = _said(morphs, last, len(morphs))
    return _positive_head(forms, morphs, good) or bool(praise.search(text))


def _positive_head(forms: StanceForms, morphs: Any, good: frozenset[str]) -> bool:
    """The clause's last predicate evaluates positively: its head (「伝わりました」「具体的で
    した」「感心しておりました」) or a manner adverb right before it (「十分お持ち」「しっかり
    準備されて」) is a word of positive evaluation."""
    from furikaeri.mail.observation import is_positive, positive_predicate
    from furikaeri.mail.reply.lack import predicate_head, told_as_there

    j = predicate_head(morphs, len(morphs))
    if j is None or told_as_there(morphs[j].normalized_form()):
        return False  # 「…ご回答が目立ちました」: it was there, no evaluation
    if (
        morphs[j].normalized_form() in forms.easy
        and j + 1 < len(morphs)
        and morphs[j + 1].normalized_form() == _EASE
    ):
        return True  # 「ご説明も分かりやすかった」: easy to take in, the mirror of 〜にくい
    words = [j]
    k = j - 1
    while k >= 0 and morphs[k].part_of_speech()[0] in ("接頭辞", "副詞"):
        words.append(k)
        k -= 1
    for i in words:
        m = morphs[i]
        pos = m.part_of_speech()
        form = m.normalized_form()
        if form in forms.positive or form in good:
            return True
        if pos[0] in ("形容詞", "動詞") and positive_predicate(m):
            return True
        if (pos[0] in ("形状詞", "副詞") or pos[2] in ("形状詞可能", "サ変可能")) and is_positive(
            form, True
        ):
            return True
    return False


_EASE = "易い"  # the suffix 〜やすい


def _better_way(morphs: Any, i: int) -> bool:
    """方 at ``i`` after a verb and before が: 「…た方が良い」, a better way, advice."""
    return (
        0 < i < len(morphs) - 1
        and morphs[i + 1].surface() == "が"
        and morphs[i - 1].part_of_speech()[0] in ("動詞", "助動詞")
    )


def _judged(morphs: Any, i: int) -> bool:
    """The negative word ``morphs[i]`` is judged or judges: a predicate, or a noun the clause
    speaks of as its subject or object (が, を, は, も, に after it), not one listed in what is
    praised (「課題と工夫と成果が具体的で」) nor the first part of a compound noun (「個人向け
    ローン業務」)."""
    major = morphs[i].part_of_speech()[0]
    if major in ("形状詞", "形容詞", "動詞"):
        return True
    if major != "名詞":
        return False
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    if after is not None and after.part_of_speech()[:2] == ("名詞", "普通名詞"):
        return False  # the first part of a compound (「ローン業務」): a kind, not what is judged
    return after is None or after.normalized_form() not in ("と", "や", "の")


def _ends_predicate(m: Any) -> bool:
    """``m`` ends a predicate going on to another: a te-form, し, or a continuative form."""
    pos = m.part_of_speech()
    return pos[1] == "接続助詞" or (
        pos[0] in ("動詞", "助動詞", "形容詞") and pos[5].startswith("連用形")
    )


def _covered(morphs: Any, spans: list[str]) -> frozenset[int]:
    """Indexes of the morphemes inside any of the substrings ``spans`` of the clause."""
    text = "".join(str(m.surface()) for m in morphs)
    starts = [0]
    for m in morphs:
        starts.append(starts[-1] + len(m.surface()))
    out: set[int] = set()
    for words in spans:
        at = text.find(words)
        if at < 0:
            continue
        out.update(i for i in range(len(morphs)) if at <= starts[i] < at + len(words))
    return frozenset(out)


def conditional(forms: StanceForms, m: Any) -> bool:
    """``m`` opens a condition: a conditional form (Sudachi 仮定形: 伺えれば) or a conjunctive
    particle of [stance] `conditions` (と, たら: 「…伺えると」)."""
    pos = m.part_of_speech()
    return bool(
        pos[5].startswith("仮定形")
        or (pos[1] == "接続助詞" and m.normalized_form() in forms.conditions)
    )


def wished_otherwise(forms: StanceForms, morphs: Any) -> bool:
    """The clause wishes the interview had gone otherwise: a condition (a conditional form, or
    と・ば after a predicate) and after it a word of positive evaluation in the past (「具体的な
    お話があればなお良かった」「数字を交えて伺えるとよかった」「…していただけたら助かりました」):
    what was missing, a frame however the degree between is worded; a verb of a gain
    ([stance] `gains`: 「…まで伺えると、納得感が高まった」) counts as positive there, and so does a
    wish in the past (「…おありでしたら、ぜひご一緒したかった」: what would have been). (In the
    present, 「練習をすると、さらに良くなる」, it is advice: read as before.)"""
    from furikaeri.mail.observation import positive_predicate

    ms = list(morphs)
    conditioned = False
    for i, m in enumerate(ms):
        pos = m.part_of_speech()
        form = m.normalized_form()
        if conditional(forms, m):
            conditioned = True
            continue
        if not conditioned or pos[0] not in ("形容詞", "動詞"):
            continue
        past = i + 1 < len(ms) and ms[i + 1].normalized_form() == "た"
        better = form in forms.positive or form in forms.gains
        if past and (better or positive_predicate(m)):
            return True
        if _wanted_then(forms, ms, i):
            return True  # 「…ご経験がおありでしたら、ぜひ一緒に働いていただきたかった」
    return False


def _wanted_then(forms: StanceForms, ms: list[Any], i: int) -> bool:
    """After the verb ``ms[i]``, a wish ([stance] `wants`, an auxiliary: たい) in the past (た):
    after a condition, what the company would have wanted had it been so, and was not."""
    for k in range(i + 1, min(i + 4, len(ms) - 1)):
        m = ms[k]
        if m.part_of_speech()[0] == "助動詞" and m.normalized_form() in forms.wants:
            return ms[k + 1].normalized_form() == "た"
        if m.part_of_speech()[0] not in ("助詞", "助動詞", "動詞"):
            return False
    return False


_CONTENT = ("名詞", "動詞", "形容詞", "形状詞")


def _reported(forms: StanceForms, tail: list[Any]) -> bool:
    """``tail`` (what follows a clause's last negation) adds nothing of its own: auxiliaries,
    particles and marks, a hearsay or likeness stem (そう, よう), and after a quotative particle
    (と, って) the words of a report ([stance] `reported`: こと, 伺う, 聞く, 話, 評価)."""
    quoted = False
    for m in tail:
        pos = m.part_of_speech()
        form = m.normalized_form()
        if pos[0] == "助詞" and form in forms.quotative:
            quoted = True
        elif pos[0] in ("助動詞", "助詞", "接頭辞", "補助記号", "空白") or pos[1] == "助動詞語幹":
            continue
        elif not (quoted and (form in forms.reported or form in forms.light)):
            return False
    return True


def _without_leave(forms: StanceForms, tail: list[Any]) -> list[Any]:
    """``tail`` (what follows a negation) without a leading word of leave (て・で, then one of
    [stance] `permits`: 「気にしなくていいです」「気にしないで大丈夫」): no need to do what is
    denied, which the negation still denies."""
    if (
        len(tail) >= 2
        and tail[0].part_of_speech()[1] == "接続助詞"
        and tail[0].normalized_form() in ("て", "で")
        and tail[1].normalized_form() in forms.permits
    ):
        return tail[2:]
    return tail


def _needless(forms: StanceForms, ms: list[Any]) -> bool:
    """The clause ends in a worry of the reader's (`worries`: 心配, 気遣い) told needless
    (`needless`: 不要, 無用) over は・も, then only auxiliaries and marks (「服装についてのご心配は
    不要です」): a reassurance, what it spoke of set aside."""
    k = len(ms) - 1
    while k >= 0 and _pos_major(ms[k]) in ("助動詞", "補助記号", "空白"):
        k -= 1
    if k < 2 or ms[k].normalized_form() not in forms.needless:
        return False
    return (
        ms[k - 1].normalized_form() in ("は", "も") and ms[k - 2].normalized_form() in forms.worries
    )


def _asked_on_it(forms: StanceForms, tail: list[Any]) -> bool:
    """``tail`` (what follows a negation) is a link of reason (`because`: ので, から) and then
    only a request to the reader (its last verb one of `requests`: 「…ので、ご安心ください」
    「…ので、お気になさらないでください」): what the reader may do on the reassurance's ground,
    nothing judged of its own."""
    head = [m.normalized_form() for m in tail[:2]]
    # ので is read by Sudachi as the particle の and で (だ)
    node = "ので" in forms.because and head == _NODE
    linked = bool(head) and (head[0] in forms.because or node)
    if not linked:
        return False
    verbs = [m for m in tail if _pos_major(m) == "動詞"]
    return bool(verbs) and verbs[-1].normalized_form() in forms.requests


def _pos_major(m: Any) -> str:
    return str(m.part_of_speech()[0])


_NODE = ["の", "だ"]


def _made_ground(forms: StanceForms, ms: list[Any], k: int) -> bool:
    """``ms[k]`` is one of [stance] `grounds` made so by に and する (「判断材料にしておりません」
    「理由にはしていません」), the negation after it: not what the decision rested on. (Not なる:
    「ご説明が理由になっていない」 judges the explanation.)"""
    if ms[k].normalized_form() not in forms.grounds:
        return False
    after = [m.normalized_form() for m in ms[k + 1 : k + 4]]
    return bool(after) and after[0] == "に" and "為る" in after[1:]


def reassures(forms: StanceForms, morphs: Any) -> bool:
    """The clause ends in a reassurance: its last negation denies a negative word (「選考上の
    問題にはなっておりません」「マイナスにはなっていません」「悪かったわけじゃないです」) or a
    bearing on the decision (`bearing` after one of `decisions` with に: 「判断には影響して
    おりません」), and only auxiliaries, particles and light verbs follow it, or a link of reason
    and a request to the reader (:func:`_asked_on_it`: 「…影響しておりませんので、ご安心
    ください」). What the clause spoke of before (「半年でお辞めになった件につきましては、…」) is
    set aside, no cause; so does a worry of the reader's told needless (:func:`_needless`).
    """
    from furikaeri.mail.reply.lack import is_negator

    ms = list(morphs)
    if _needless(forms, ms):
        return True
    negations = [i for i, m in enumerate(ms) if is_negator(m)]
    if not negations:
        return False
    last = negations[-1]
    ends = [last] if _reported(forms, _without_leave(forms, ms[last + 1 :])) else []
    # 「…影響しておりませんから、お気になさらないでください」: the request on the reassurance's
    # ground, after the link, may hold a negation of its own
    ends += [i for i in negations if _asked_on_it(forms, ms[i + 1 :])]
    return any(_denied_at(forms, ms, i) for i in ends)


def _denied_at(forms: StanceForms, ms: list[Any], last: int) -> bool:
    """The negation ``ms[last]`` denies a proposition, a negative word or a bearing on the
    decision (see :func:`reassures`)."""
    from furikaeri.mail.reply.denial import denied_propositions, reassurances
    from furikaeri.mail.reply.lack import is_negator

    if any(end == last + 1 for _, end in denied_propositions(ms)):
        return True  # 「ネガティブな印象を持ったということはございません」
    text = _said(ms, 0, last + 1)
    for words in reassurances(ms):
        if not text.endswith(words):
            continue
        # the negative word itself denied (「問題にはなっておりません」), not a verb acting on it
        # (「懸念も払拭できませんでした」: the concern stays)
        start = len(text) - len(words)
        content = [
            m.normalized_form()
            for m in ms[: last + 1]
            if m.begin() > start and m.part_of_speech()[0] in _CONTENT and not is_negator(m)
        ]
        if all(f in forms.light for f in content):  # (negators are left out of content)
            return True
    # 「判断には影響しておりません」: a bearing on the decision, denied
    k = last - 1
    while k >= 0 and (
        ms[k].part_of_speech()[0] in ("助動詞", "助詞") or ms[k].normalized_form() in forms.light
    ):
        k -= 1
    if k >= 0 and _made_ground(forms, ms, k):
        return True  # 「語学力が足りないことは判断材料にしておりません」
    if k < 0 or ms[k].normalized_form() not in forms.bearing:
        return False
    before = [m.normalized_form() for m in ms[max(0, k - 4) : k]]
    return any(f in forms.decisions for f in before)
