"""How a reply speaks of the candidate's leaving, read from Sudachi morphemes rather than listed
phrases: the reason for leaving told as talk of the former workplace (「前の施設の人員体制や上の
方の判断についてのお話が多く」「店長さんとの関係のお話が中心」: negative_reason), and a short
stay in any words (「お勤め先がいずれも１年前後で変わって」「2年に満たずにご退職」「腰を落ち着けて
いただけるか」: short_tenure). Knowledge lives in data/mail_replies.toml [leaving]. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists
from furikaeri.mail.reply.words import _pos


class LeavingData(BaseModel):
    """data/mail_replies.toml [leaving]: Sudachi normalized forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    talk: list[str] = Field(min_length=1)  # what was said: 話, 説明
    dominates: list[str] = Field(min_length=1)  # the talk took most of it: 多い, 中心, ばかり
    people: list[str] = Field(min_length=1)  # the workplace's people: 上司, 店長, 人間関係
    things: list[str] = Field(min_length=1)  # the workplace's own ways: 体制, 方針, 判断
    linking: list[str] = Field(min_length=1)  # verbs inside a topic phrase: について, に関する
    leave: list[str] = Field(min_length=1)  # leaving or changing: 辞める, 退職, 変わる
    reasons: list[str] = Field(min_length=1)  # why: 理由, きっかけ, 経緯
    units: list[str] = Field(min_length=1)  # a span of time: 年, か月
    short: list[str] = Field(min_length=1)  # a short span in itself: 短期間, 半年
    bounds: list[str] = Field(min_length=1)  # about or under a span: 前後, 未満, 足らず
    reach: list[str] = Field(min_length=1)  # not reaching a span: 満つ, 満たす
    longest: int = Field(ge=1)  # years at most for a span to be short
    settle: list[str] = Field(min_length=1)  # 腰を…: 据える, 落ち着ける
    employers: list[str] = Field(min_length=1)  # employers counted: 社
    changes: list[str] = Field(min_length=1)  # changes counted before a leaving: 回, 度
    per_employer: float = Field(gt=0)  # years a stay at most, counted over a span
    months: list[str] = []  # kana numerals counting months before 月 (ひと月, ふた月)
    stays: list[str] = []  # a stay, told by its length (「ご職歴が7か月と短く」): 職歴, 在籍
    brief: list[str] = []  # the length told short: 短い
    talk_verbs: list[str] = []  # telling as a verb: 話す, 語る
    shares: list[str] = []  # most of the talk as a noun, its subject: 多く, 殆ど, 大半
    former: list[str] = []  # the former workplace by one noun: 前職, 前社
    earlier: list[str] = []  # the former one by a noun before の: 前, 以前
    formal: list[str] = []  # walked over to a content's head: こと, という
    measures: list[str] = []  # a measure of the talk before its share: 時間 (時間の多くが)
    saying: list[str] = []  # verbs of saying something of someone: 言う (悪く言う)


@dataclass(frozen=True)
class LeavingForms:
    talk: frozenset[str]
    dominates: frozenset[str]
    people: frozenset[str]
    things: frozenset[str]
    linking: frozenset[str]
    leave: frozenset[str]
    reasons: frozenset[str]
    units: frozenset[str]
    short: frozenset[str]
    bounds: frozenset[str]
    reach: frozenset[str]
    longest: int
    settle: frozenset[str]
    employers: frozenset[str]
    changes: frozenset[str]
    per_employer: float
    months: frozenset[str] = frozenset()
    stays: frozenset[str] = frozenset()
    brief: frozenset[str] = frozenset()
    talk_verbs: frozenset[str] = frozenset()
    shares: frozenset[str] = frozenset()
    former: frozenset[str] = frozenset()
    earlier: frozenset[str] = frozenset()
    formal: frozenset[str] = frozenset()
    measures: frozenset[str] = frozenset()
    saying: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any]) -> LeavingForms:
        return cls(**frozen_lists(LeavingData.model_validate(data)))


def _form(m: Any) -> str:
    return str(m.normalized_form())


_PARTICLES = frozenset({"の", "や", "と", "に", "へ", "て", "とか", "など"})


def _topic_before(forms: LeavingForms, ms: Any, t: int) -> list[int]:
    """The indices of the noun phrase that the talk ``ms[t]`` is about: walking back over
    nouns, affixes, particles and the verbs of a topic phrase (「…についての」「…に関する」), and
    a verb made a noun by 〜方 (「評価のされ方」), up to any other verb, adjective or punctuation
    (「前の職場で取り組まれた改善活動のお話」 stops at 取り組む: what the candidate did there is
    no talk of the workplace)."""
    out: list[int] = []
    k = t - 1
    way = False  # walking a verb made a noun by 方 (「評価のされ方」「指示の出し方」)
    while k >= 0:
        m = ms[k]
        pos = _pos(m)
        noun = pos in ("名詞", "代名詞", "接頭辞", "接尾辞")
        particle = pos == "助詞" and _form(m) in _PARTICLES
        verb = pos in ("動詞", "助動詞") and way
        # an adjective made a noun (「夜勤の多さ」「人間関係のつらさ」)
        nominal = pos == "形容詞" and k + 1 < len(ms) and _form(ms[k + 1]) in _NOMINAL
        linking = pos == "動詞" and _form(m) in forms.linking
        if not (noun or particle or verb or nominal or linking):
            break
        way = (pos == "接尾辞" and _form(m) == _WAY) or (verb and pos == "助動詞")
        out.append(k)
        k -= 1
    return out


_WAY = "方"  # the suffix 〜方 (かた): the way of doing, a noun
_WISH = "たい"
_RECEIVE = frozenset({"頂く", "貰う"})  # 「…ていただきたい」: the company's wish of the reader


_DOMINATED_SPAN = 9  # morphemes after a talk its share may stand in (「お話に、面接時間の多くが」)


def _dominated(forms: LeavingForms, ms: Any, t: int) -> bool:
    """The talk ``ms[t]`` is said to take most of the answer (「お話が多く」「ご説明が中心」
    「お話ばかり」「お話に終始」「お話がほとんどで」): a word of `dominates` or a noun of `shares`
    within the next few morphemes, particles between, or a measure and の (「お話に時間の多くが
    割かれ」), and not denied right after it."""
    from furikaeri.mail.reply.lack import is_negator

    k = t + 1
    while k < min(len(ms), t + _DOMINATED_SPAN):
        m = ms[k]
        if _form(m) in forms.dominates or (_form(m) in forms.shares and _pos(m) == "名詞"):
            # 「お話がほとんどなく」「お話が多くなかった」: the share denied
            return not any(is_negator(x) for x in ms[k + 1 : k + 3])
        measure = next(
            (j for j in (k, k + 1) if j + 1 < len(ms) and _form(ms[j]) in forms.measures),
            None,
        )  # 「お話に時間の多くが割かれ」「面接時間の多くが」: the talk's share of the time
        if measure is not None and _pos(m) == "名詞" and _form(ms[measure + 1]) == "の":
            k = measure + 2
            continue
        if _pos(m) not in ("助詞", "助動詞", "副詞") and str(m.surface()) != "、":
            return False
        k += 1
    return False


def _leaving_reason(forms: LeavingForms, ms: Any) -> bool:
    """The clause names the reason for leaving: a word of leaving (`leave`) with a reason noun
    (`reasons`) a few morphemes after it (「転職をお考えになった理由」「お辞めになった理由」
    「退職理由」)."""
    for i, m in enumerate(ms):
        if _form(m) in forms.leave and any(_form(n) in forms.reasons for n in ms[i + 1 : i + 7]):
            return True
    return False


def former_talk(forms: LeavingForms, ms: Any) -> str | None:
    """The words (as written) of a talk about the former workplace that took most of the answer:
    a talk noun said to dominate, about the workplace's people (上司, 店長, 人間関係), or about its
    own ways (体制, 方針, 判断) where the clause names the reason for leaving (asked of 長所, the
    same talk is an answer beside the question). The reason for leaving told as what the
    workplace was, not as what the candidate wants next: negative_reason."""
    ms = list(ms)  # Sudachi's MorphemeList takes no slices
    reason = None
    for t, m in enumerate(ms):
        if _form(m) not in forms.talk or not _dominated(forms, ms, t):
            continue
        span = _topic_before(forms, ms, t)
        said = {_form(ms[k]) for k in span}
        # 上の方 (the people above): 上 then の方
        above = any(
            _form(ms[k]) == "上" and k + 2 < len(ms) and _form(ms[k + 2]) == "方" for k in span
        )
        if said & forms.people or above:
            pass
        elif said & forms.things:
            if reason is None:
                reason = _leaving_reason(forms, ms)
            if not reason:  # 「長所を伺った際に、前職の体制の説明が中心で」: beside the question
                continue
        elif not (span and _hardship(forms, [ms[k] for k in sorted(span)]) and _former(forms, ms)):
            continue  # 「前職の人手不足のつらさについてのお話が多く」: hardship, as the shares read
        start = min(span)
        return "".join(str(x.surface()) for x in ms[start : t + 1])
    return _talk_of_hardship(forms, ms)


def _talk_of_hardship(forms: LeavingForms, ms: list[Any]) -> str | None:
    """The words (as written) of what a talk of the former workplace was mostly about, where
    that is hardship (:func:`_hardship`) and its share is told otherwise than by a word right
    after the talk's noun: a word of share before a verb of telling (「前職の人間関係のしんどさ
    を長くお話しされていて」「方針への不満を多く話されていた」), a noun of share (`shares`) as the
    subject of the content after a talk (「お話しくださったとき、その多くが職員同士の人間関係の
    つらさについてで」「話の大半が上司の悪口」), or the talk as the topic and its content's share
    after it (「前職のお話は、同僚との関係に疲れてしまったというご経験が中心で」「前のお店の話、
    店長さんとうまくいかなかったことがほとんどだった」). The clause names the former workplace
    or the leaving (:func:`_former`): what the candidate said of it was what they suffered
    there, not what they want next."""
    if not _former(forms, ms):
        return None
    ill = _told_ill(forms, ms)
    if ill is not None:
        return ill
    spans = (*_told_mostly(forms, ms), *_share_of(forms, ms), *_topic_share(forms, ms))
    for start, end in (*spans, *_talk_share(forms, ms)):
        if end > start and _hardship(forms, ms[start:end]):
            return "".join(str(x.surface()) for x in ms[start:end])
    return None


def _told_ill(forms: LeavingForms, ms: list[Any]) -> str | None:
    """The words (as written) of the former workplace spoken ill of: a verb of telling or saying
    (`talk_verbs`, `saying`) with an adjective of negative meaning right before it in its
    continuative form (「前の会社のことを悪く言いすぎている」「上司をひどく言う」), its object
    before を. The clause names the former workplace (checked by the caller)."""
    from furikaeri.mail.reply.lack import negative_morph

    for t in range(2, len(ms)):
        m = ms[t]
        if _pos(m) != "動詞" or not (_form(m) in forms.talk_verbs or _form(m) in forms.saying):
            continue
        adverb = ms[t - 1]
        if _pos(adverb) != "形容詞" or not str(adverb.part_of_speech()[5]).startswith("連用形"):
            continue
        if not negative_morph(adverb):
            continue
        if str(ms[t - 2].surface()) != "を":
            continue
        start = _phrase_start(forms, ms, t - 2)
        return "".join(str(x.surface()) for x in ms[start : t + 1])
    return None


def _told(forms: LeavingForms, ms: list[Any], t: int) -> bool:
    """``ms[t]`` tells: a verb of telling (`talk_verbs`: お話しされ, 語られ) or a talk noun
    (`talk`) made a verb by する (ご説明され)."""
    m = ms[t]
    if _pos(m) == "動詞" and _form(m) in forms.talk_verbs:
        return True
    return _form(m) in forms.talk and t + 1 < len(ms) and _form(ms[t + 1]) == "為る"


def _told_mostly(forms: LeavingForms, ms: list[Any]) -> list[tuple[int, int]]:
    """The content spans of a verb of telling with a word of share right before it (an
    honorific prefix between: 「…しんどさを長くお話しされ」「不満ばかり話され」): the object the
    word follows, walked back as a topic phrase is."""
    spans: list[tuple[int, int]] = []
    for t in range(1, len(ms)):
        if not _told(forms, ms, t):
            continue
        k = t - 1
        if k > 0 and _pos(ms[k]) == "接頭辞":
            k -= 1
        if _form(ms[k]) not in forms.dominates:
            continue
        end = k - 1 if k > 0 and str(ms[k - 1].surface()) == "を" else k
        start = _phrase_start(forms, ms, end)
        spans.append((start, end))
    return spans


def _share_of(forms: LeavingForms, ms: list[Any]) -> list[tuple[int, int]]:
    """The content spans told by a noun of share as their subject (`shares` and が: 「その多くが
    …のつらさについてで」「話の大半が上司の悪口だった」), after a talk in the clause: the words
    after が up to punctuation, an auxiliary or a conjunction."""
    spans: list[tuple[int, int]] = []
    for s in range(1, len(ms) - 2):
        m = ms[s]
        if _form(m) not in forms.shares or _pos(m) != "名詞" or str(ms[s + 1].surface()) != "が":
            continue
        if not any(_form(x) in forms.talk or _told(forms, ms, k) for k, x in enumerate(ms[:s])):
            continue
        end = s + 2
        while end < len(ms) and _pos(ms[end]) not in ("補助記号", "助動詞", "接続詞"):
            end += 1
        spans.append((s + 2, end))
    return spans


def _talk_share(forms: LeavingForms, ms: list[Any]) -> list[tuple[int, int]]:
    """The content spans of a share of the talk told as a noun (a talk noun, の, then a noun of
    `shares` or `dominates`: 「お話の中心」「話の大半」): the words after it and は・が (「お話の
    中心は、前の職場での人間関係のつらさでした」), or, where it is the predicate, the words before
    the talk and が (「…先輩とうまくいかなかったことがお話の中心でした」), back to punctuation."""
    spans: list[tuple[int, int]] = []
    n = len(ms)
    for s in range(2, n):
        m = ms[s]
        if _pos(m) != "名詞" or not (_form(m) in forms.shares or _form(m) in forms.dominates):
            continue
        if str(ms[s - 1].surface()) != "の" or _form(ms[s - 2]) not in forms.talk:
            continue
        k = s + 1
        if k < n and str(ms[k].surface()) in ("は", "が"):
            k += 1
            while k < n and str(ms[k].surface()) == "、":
                k += 1
            end = k
            while end < n and _pos(ms[end]) not in ("補助記号", "助動詞", "接続詞"):
                end += 1
            spans.append((k, end))
            continue
        t = s - 2
        if t > 0 and _pos(ms[t - 1]) == "接頭辞":
            t -= 1
        if t > 0 and str(ms[t - 1].surface()) == "が":
            start = t - 1
            while start > 0 and _pos(ms[start - 1]) != "補助記号":
                start -= 1
            spans.append((start, t - 1))
    return spans


_TOPIC_MARKS = frozenset({"は", "、"})
_SPAN = 30  # morphemes a content told between a talk and its share may run


def _topic_share(forms: LeavingForms, ms: list[Any]) -> list[tuple[int, int]]:
    """The content spans between a talk noun set as the topic (は or a comma after it: 「前職の
    お話は、」「前のお店の話、」) and a word of share after が (`dominates` or `shares`, not
    denied: 「…ことがほとんどだった」「…というご経験が中心で」)."""
    from furikaeri.mail.reply.lack import is_negator

    spans: list[tuple[int, int]] = []
    n = len(ms)
    for t, m in enumerate(ms):
        if _form(m) not in forms.talk or _pos(m) != "名詞":
            continue
        k = t + 1
        while k < n and str(ms[k].surface()) in _TOPIC_MARKS:
            k += 1
        if k == t + 1:
            continue
        for d in range(k + 1, min(n, k + _SPAN)):
            if _pos(ms[d]) == "補助記号" and str(ms[d].surface()) != "、":
                break
            if str(ms[d - 1].surface()) != "が":
                continue
            if _form(ms[d]) in forms.dominates or _form(ms[d]) in forms.shares:
                if not any(is_negator(x) for x in ms[d + 1 : d + 3]):
                    spans.append((k, d - 1))
                break
    return spans


_NOMINAL = frozenset({"さ", "み"})  # 辛さ, 苦しみ: an adjective made a noun


def _phrase_start(forms: LeavingForms, ms: list[Any], end: int) -> int:
    """The start of the noun phrase ending before ``ms[end]``: nouns, affixes, the particles of
    a topic phrase, its linking verbs (について) and an adjective made a noun (辛さ)."""
    k = end - 1
    while k >= 0:
        m = ms[k]
        pos = _pos(m)
        noun = pos in ("名詞", "代名詞", "接頭辞", "接尾辞")
        particle = pos == "助詞" and _form(m) in _PARTICLES
        nominal = pos == "形容詞" and k + 1 < len(ms) and _form(ms[k + 1]) in _NOMINAL
        if not (noun or particle or nominal or (pos == "動詞" and _form(m) in forms.linking)):
            break
        k -= 1
    return k + 1


def _hardship(forms: LeavingForms, content: list[Any]) -> bool:
    """The content of a talk tells hardship at the former workplace: its head (the last content
    word, over particles, auxiliaries, linking verbs and the suffix that makes an adjective a
    noun) is a word of negative meaning (「…人間関係のつらさについて」「上司の悪口」); or it names
    the workplace's people (`people`) with a negative word or a lack (「同僚の方々との関係に
    疲れてしまった」「店長さんとうまくいかなかった」). The head is read over formal nouns and the
    quotative (`formal`: 「所長と折り合いが悪かったということ」 is 悪い)."""
    from furikaeri.mail.reply.lack import lack
    from furikaeri.mail.reply.lack import negative_morph as negative

    k = len(content) - 1
    while k >= 0 and (
        _pos(content[k]) in ("助詞", "助動詞")
        or _form(content[k]) in forms.linking
        or _form(content[k]) in forms.formal
        or _form(content[k]) in _NOMINAL
    ):
        k -= 1
    if k >= 0 and negative(content[k]):
        return True
    if not any(_form(m) in forms.people for m in content):
        return False
    return any(negative(m) for m in content) or lack(content) is not None


def _former(forms: LeavingForms, ms: list[Any]) -> bool:
    """The clause names the former workplace (`former`: 前職; or one of `earlier` before の and a
    noun: 前の園, 以前の職場) or the reason for leaving (:func:`_leaving_reason`)."""
    for i, m in enumerate(ms):
        if _form(m) in forms.former:
            return True
        if (
            _form(m) in forms.earlier
            and i + 2 < len(ms)
            and str(ms[i + 1].surface()) == "の"
            and _pos(ms[i + 2]) in ("名詞", "接頭辞")
        ):
            return True
    return _leaving_reason(forms, ms)


_NOT = (["ず"], ["ない"])
_NUMBER = re.compile(r"^(?:[0-9０-９]+|[一二三四五六七八九十]+|数|半)$")


def _years(ms: Any, i: int) -> float | None:
    """The span told by the number ``ms[i - 1]`` and the unit ``ms[i]`` in years, if a number."""
    if i == 0:
        return None
    num = str(ms[i - 1].surface())
    if not _NUMBER.match(num):
        return None
    value = {"数": 2.0, "半": 0.5}.get(num) or _value(num)
    unit = _form(ms[i])
    return value if unit == "年" else value / 12


def _value(num: str) -> float:
    digits = num.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    kanji = "一二三四五六七八九"
    return float(digits) if digits.isdigit() else float(kanji.find(digits[0]) + 1 or 10)


def _counted(forms: LeavingForms, ms: Any, i: int, years: float) -> str | None:
    """The words (as written) of employers counted over the span ending at ``ms[i]``: で, a
    number, then `employers` (「三年で四社」) not before の, or `changes` before a verb of leaving
    (「2年で3回転職」), at most `per_employer` years a stay."""
    start = i - 1
    if i + 1 < len(ms) and str(ms[i + 1].surface()) == "半":  # 「1年半で3社」
        years += 0.5 if _form(ms[i]) == "年" else 0.5 / 12
        i += 1
    within = _within(forms, ms, i + 1)
    if within is None:
        return None
    n, loose = within  # the number's index; counted over 「の間に」, a leaving verb must follow
    num = str(ms[n].surface())
    if not _NUMBER.match(num) or num in ("数", "半") or ms[n].part_of_speech()[1] != "数詞":
        return None
    count = _value(num)
    if count < 2 or years / count > forms.per_employer or n + 1 >= len(ms):
        return None
    counter = _form(ms[n + 1])
    if counter in forms.employers and not loose:
        after = [_form(x) for x in ms[n + 2 : n + 4] if _form(x) not in forms.bounds]
        if after[:1] == ["の"]:
            return None  # 「2年で40社ほどのお取引先」
        return "".join(str(x.surface()) for x in ms[start : n + 2])
    if counter in forms.changes or counter in forms.employers:
        for k in range(n + 2, min(n + 5, len(ms))):
            if _form(ms[k]) in forms.leave:
                return "".join(str(x.surface()) for x in ms[start : k + 1])
    return None


def _within(forms: LeavingForms, ms: Any, j: int) -> tuple[int, bool] | None:
    """Where the number counted over a span begins, from ``ms[j]`` (the word after the span):
    right after で (「三年で四社」), or a few words after 「(ほど)の間に」「のうちに」 with the
    employer named between (「2年ほどの間にお勤め先が3社変わって」: ``loose``, its verb read)."""
    if j + 1 < len(ms) and str(ms[j].surface()) == "で":
        return j + 1, False
    while j < len(ms) and _form(ms[j]) in forms.bounds:
        j += 1
    words = [str(x.surface()) for x in ms[j : j + 3]]
    if words[:1] == ["の"] and words[1:2] in (["間"], ["うち"]) and words[2:3] == ["に"]:
        j += 3
    elif words[:1] == ["間"] and words[1:2] == ["に"]:
        j += 2
    else:
        return None
    for k in range(j, min(j + 5, len(ms))):
        if ms[k].part_of_speech()[1] == "数詞":
            return k, True
    return None


def short_stay(forms: LeavingForms, ms: Any) -> str | None:
    """The words (as written) of a short stay: a short span (a number of months, of years up to
    `longest`, or a word short in itself: 短期間, 半年), then within a few morphemes (over `bounds`:
    前後, 未満, ほど; or not reaching it: 「に満たず」) で or ず, then a verb of leaving or changing
    (「１年前後で変わって」「2年に満たずにご退職」「半年でお辞めになった」), or after a bound
    the leaving named after の (「1年未満の離職」「半年以内の退職」); employers counted
    over a span (「三年で四社」: :func:`_counted`); or settling down asked about (「腰を落ち着け
    ていただけるか」「腰を据えて」)."""
    ms = list(ms)
    for i, m in enumerate(ms):
        form = _form(m)
        if form == "腰" and i + 2 < len(ms) and _form(ms[i + 2]) in forms.settle:
            after = [_form(x) for x in ms[i + 3 : i + 9]]
            wish = [k for k, f in enumerate(after) if f == _WISH]
            if wish and (wish[0] == 0 or after[wish[0] - 1] not in _RECEIVE):
                continue  # 「腰を落ち着けて働きたい」: the candidate's wish, no stay
            return "".join(str(x.surface()) for x in ms[i : i + 3])
        if form == "月" and i > 0 and str(ms[i - 1].surface()) in forms.months:
            start = i - 1  # 「ひと月で」「ふた月ほどで」: months, short
        elif form in forms.units:
            years = _years(ms, i)
            if years is None:
                continue
            counted = _counted(forms, ms, i, years)
            if counted is not None:  # 「三年で四社」「2年で3回転職」
                return counted
            if years > forms.longest:
                continue
            start = i - 1
        elif form in forms.short:
            start = i
        else:
            continue
        j = i + 1
        while j < len(ms) and _form(ms[j]) in forms.bounds:
            j += 1
        tail = [_form(x) for x in ms[j : j + 4]]
        if not tail:
            continue
        told = _told_brief(forms, ms, start, j)
        if told is not None:  # 「直近のご職歴が7か月と短く」
            return told
        told = _leaving_spanned(forms, ms, start, j) if j > i + 1 or form in forms.short else None
        if told is not None:  # 「直近の転職が2回続けて1年以内であり」
            return told
        if str(ms[j].surface()) == "で":  # the particle, or だ's conjunctive form after ほど
            base = j + 1
        elif tail[0] == "の" and tail[1:2] and tail[1] in forms.leave and j > i + 1:
            # 「1年未満の離職が続いている」「半年以内の退職」: a bound, then the leaving named
            return "".join(str(y.surface()) for y in ms[start : j + 2])
        elif tail[0] == "に" and tail[1:2] and tail[1] in forms.reach and tail[2:3] in _NOT:
            base = j + 3  # 「2年に満たずに」
        else:
            continue
        for k in range(base, min(base + 4, len(ms))):
            if _form(ms[k]) in forms.leave:
                return "".join(str(y.surface()) for y in ms[start : k + 1])
            if _pos(ms[k]) not in ("接頭辞", "助詞", "副詞"):
                break
    return None


_SUBJECT_SPAN = 8  # morphemes back from a span to the leaving it measures


def _leaving_spanned(forms: LeavingForms, ms: list[Any], start: int, j: int) -> str | None:
    """The words (as written) of a leaving told first as the subject (a verb or noun of `leave`
    with が・は・も after it, in the same clause) and then measured by the span at ``start``
    under a bound (「直近の転職が2回続けて1年以内であり」「退職はいずれも半年未満で」), up to
    ``j``; else None."""
    for k in range(start - 1, max(-1, start - _SUBJECT_SPAN), -1):
        if _pos(ms[k]) == "補助記号":
            return None
        if _form(ms[k]) in forms.leave and str(ms[k + 1].surface()) in ("が", "は", "も"):
            return "".join(str(y.surface()) for y in ms[k:j])
    return None


def _told_brief(forms: LeavingForms, ms: list[Any], start: int, j: int) -> str | None:
    """The words (as written) of a stay told short by its length: a noun of a stay (`stays`)
    with が・は・も right before the span at ``start`` (an honorific prefix or an adverb of
    amount between: 「ご職歴が約7か月と短く」), and と then a word of shortness (`brief`) at
    ``j`` after it."""
    if j + 1 >= len(ms) or str(ms[j].surface()) != "と" or _form(ms[j + 1]) not in forms.brief:
        return None
    k = start - 1
    while k >= 0 and _pos(ms[k]) in ("副詞", "接頭辞"):
        k -= 1
    if k < 1 or _form(ms[k]) not in ("が", "は", "も") or _form(ms[k - 1]) not in forms.stays:
        return None
    return "".join(str(y.surface()) for y in ms[k - 1 : j + 2])
