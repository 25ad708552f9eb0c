"""Where a reply places the candidate against what the role required and against the others,
read from Sudachi morphemes rather than listed phrases: a requirement stated as the predicate of
its clause and a lack or verdict after it (「…を前提にしていて、そこが現時点ではまだ足りない」
「TOEIC800点相当が必要で、今回は見送り」: skills); an amount required (「3年以上」「750点以上」)
against a smaller amount of the same unit (「1年半というご経験では」「スコアは600点でした」: the
numbers read as numbers); a rank among a counted field (「受験者14名中6位」「22人中9番目」) and a
close weighing against another person (「担任経験のある先生と最後まで迷った」: relative); the
person chosen told by what they held (「宅建士の資格をお持ちの別の方を採用」: what the reader
lacked). Knowledge lives in data/mail_replies.toml [standing]. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists
from furikaeri.mail.reply.words import _offsets, _pos


class StandingData(BaseModel):
    """data/mail_replies.toml [standing]: Sudachi normalized forms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    requires: list[str] = Field(min_length=1)  # what the role asks: 前提, 求める, 必要, 条件
    tails: list[str] = Field(min_length=1)  # what may follow a requirement as its predicate
    units: list[str] = Field(min_length=1)  # an amount of which more is more: 年, 点, 箇月
    floors: list[str] = Field(min_length=1)  # after an amount, the least asked: 以上, 相当
    half: list[str] = Field(min_length=1)  # after a unit, a half more: 半
    halved: dict[str, str] = Field(min_length=1)  # one word for half a unit: 半年 → 年
    counters: list[str] = Field(min_length=1)  # the field counted: 名, 人
    among: list[str] = Field(min_length=1)  # of the field: 中, うち
    ranks: list[str] = Field(min_length=1)  # a place in it: 位, 番目
    standings: list[str] = Field(min_length=1)  # the place itself: 順位, 席次
    people: list[str] = Field(min_length=1)  # another person: 方, 候補者, 先生
    weighs: list[str] = Field(min_length=1)  # weighing two: 迷う, 比べる
    holds: list[str] = Field(min_length=1)  # having: 持つ, 有る
    credentials: list[str] = Field(min_length=1)  # what one holds by passing: 資格, 免許
    chooses: list[str] = Field(min_length=1)  # choosing the person: 採用, 選ぶ, 内定
    fits: list[str] = Field(min_length=1)  # a closer fit, no more held: 近い, 合う
    ordinals: list[str] = Field(min_length=1)  # after a unit, a place in time: 目 (1年目)
    rivals: list[str] = Field(min_length=1)  # contending for the post: 争う, 競う
    gaps: list[str] = Field(min_length=1)  # standing apart from what was required: 離れる
    decides: list[str] = Field(min_length=1)  # what a point led to: 判断, 結果, 決め手
    likens: list[str] = Field(min_length=1)  # the same as another: 同様, 同じく, 同じ
    others: list[str] = Field(min_length=1)  # a person other than the reader: 他, 別, もう
    pairs: list[str] = Field(min_length=1)  # two people as one noun: 二人, 両名, 二方
    margins: list[str] = Field(min_length=1)  # what sets two apart: 差, 開き
    field: list[str] = Field(min_length=1)  # the applicants as a whole: 皆, 全員, 応募
    motives: list[str] = Field(min_length=1)  # a choice asked about: 理由, 決め手
    schedule: list[str] = Field(min_length=1)  # when one can work: 時期, 土日, シフト
    marks: list[str] = Field(min_length=1)  # a score: 得点, 点数, 評点
    sums: list[str] = Field(min_length=1)  # before 点, a score of the whole: 総合, 合計, 合格
    exams: list[str] = Field(min_length=1)  # the selection's tests: 試験, 検査, 合格
    lows: list[str] = Field(min_length=1)  # a score told short: 低い, 下回る
    # English amounts (lower case, spaces removed): a floor asked (「at least 3 years」「5+ years」)
    # and the reader's amount (「you had 1」「your background showed 2 years」)
    english_floor: str
    english_held: str
    english_numbers: dict[str, float] = Field(min_length=1)  # one → 1, half → 0.5
    english_units: dict[str, float] = Field(min_length=1)  # in years: year → 1, month → 1/12
    settles: list[str] = []  # what settled a choice: 決め手
    more: list[str] = []  # the comparative noun, as written: ほう (「他の子のほうが」)
    pointers: list[str] = []  # the side pointed to: 其方 (そっち, そちら)
    degrees: list[str] = []  # adverbs of a higher degree: より, もっと (「よりフィットした方」)


@dataclass(frozen=True)
class StandingForms:
    requires: frozenset[str]
    tails: frozenset[str]
    units: frozenset[str]
    floors: frozenset[str]
    half: frozenset[str]
    halved: dict[str, str]
    counters: frozenset[str]
    among: frozenset[str]
    ranks: frozenset[str]
    standings: frozenset[str]
    people: frozenset[str]
    weighs: frozenset[str]
    holds: frozenset[str]
    credentials: frozenset[str]
    chooses: frozenset[str]
    fits: frozenset[str]
    ordinals: frozenset[str]
    rivals: frozenset[str]
    gaps: frozenset[str]
    decides: frozenset[str]
    likens: frozenset[str]
    others: frozenset[str]
    pairs: frozenset[str]
    margins: frozenset[str]
    field: frozenset[str]
    motives: frozenset[str]
    schedule: frozenset[str]
    marks: frozenset[str]
    sums: frozenset[str]
    exams: frozenset[str]
    lows: frozenset[str]
    english_floor: str
    english_held: str
    english_numbers: dict[str, float]
    english_units: dict[str, float]
    negators: frozenset[str]  # [negation]: 「必須ではない」 requires nothing
    settles: frozenset[str] = frozenset()
    more: frozenset[str] = frozenset()
    pointers: frozenset[str] = frozenset()
    degrees: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any], negators: list[str]) -> StandingForms:
        fields = frozen_lists(StandingData.model_validate(data))
        return cls(**fields, negators=frozenset(negators))


@dataclass(frozen=True)
class Amount:
    """An amount told by a number and its unit (「3年」「1年半」「750点」): its value, unit, the
    character span of its words, and whether a floor follows it (以上, 相当: what is asked)."""

    value: float
    unit: str
    start: int
    end: int
    floor: bool


def _form(m: Any) -> str:
    return str(m.normalized_form())


def _number(m: Any) -> float | None:
    if tuple(m.part_of_speech()[:2]) != ("名詞", "数詞"):
        return None
    try:
        return float(_form(m).replace(",", ""))
    except ValueError:  # 数, 幾
        return None


def amounts(forms: StandingForms, ms: Any) -> list[Amount]:
    """The amounts of ``ms`` whose unit is one of which more is more ([standing] `units`)."""
    at = _offsets(ms)
    out: list[Amount] = []
    for i, m in enumerate(ms):
        unit = forms.halved.get(_form(m))
        if unit is not None:  # 「半年ほどというご経験」
            floor = i + 1 < len(ms) and _form(ms[i + 1]) in forms.floors
            out.append(Amount(0.5, unit, at[i], at[i + (2 if floor else 1)], floor))
            continue
        value = _number(m)
        if value is None or i + 1 >= len(ms) or _form(ms[i + 1]) not in forms.units:
            continue
        end = i + 2
        if end < len(ms) and _form(ms[end]) in forms.half:
            value, end = value + 0.5, end + 1
        if end < len(ms) and _form(ms[end]) in forms.ordinals:
            continue  # 「入社1年目」: a place in time, no amount held
        floor = end < len(ms) and _form(ms[end]) in forms.floors
        out.append(Amount(value, _form(ms[i + 1]), at[i], at[end + (1 if floor else 0)], floor))
    return out


def english_amounts(forms: StandingForms, text: str) -> list[Amount]:
    """The amounts of time an English ``text`` (lower case, spaces removed) tells: each floor
    asked (`english_floor`: 「at least 3 years」「5+ years」「a minimum of four years」) and each
    amount the reader holds (`english_held`: 「you had 1」「you have two」「your experience is
    about 18 months」; with no unit, the unit of the floor before it), in years (unit 年)."""
    out: list[Amount] = []
    unit = None
    for floor, pattern in ((True, forms.english_floor), (False, forms.english_held)):
        for m in _compiled(pattern).finditer(text):
            if floor and not (m.group("pre") or m.group("plus")):
                continue  # 「over 3 years」 untold: an amount, no floor
            value = _english_number(forms, m.group("n"))
            said = m.group("unit")
            per = forms.english_units.get(said.rstrip("s")) if said else unit
            if value is None or per is None:
                continue
            if floor:
                unit = per
            out.append(Amount(value * per, "年", m.start("n"), m.end(), floor))
    return out


def _english_number(forms: StandingForms, word: str) -> float | None:
    if word in forms.english_numbers:
        return forms.english_numbers[word]
    try:
        return float(word)
    except ValueError:
        return None


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def requires(forms: StandingForms, ms: Any) -> bool:
    """Some [standing] `requires` word, not denied (「必須ではない」), is in ``ms``: what the
    role asks is told (「「経験3年以上」という要件に対し」)."""
    for i, m in enumerate(ms):
        if _form(m) in forms.requires and not any(
            _form(ms[k]) in forms.negators and _pos(ms[k]) in ("助動詞", "形容詞")
            for k in range(i + 1, min(len(ms), i + 5))
        ):
            return True
    return False


def requirement(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """The character span from a sentence's start to the end of a requirement that is the
    predicate of its clause (「…を前提にしていて、」「…が必要で、」「…を条件としております」):
    a [standing] `requires` word followed only by `tails` (particles, auxiliaries, する, おる)
    up to a comma or the end, and not denied (「必須ではありません」); as (its start, the end of
    its clause)."""
    at = _offsets(ms)
    for i, m in enumerate(ms):
        if _form(m) not in forms.requires:
            continue
        k = i + 1
        while k < len(ms) and _pos(ms[k]) != "補助記号":
            if _form(ms[k]) in forms.negators and _pos(ms[k]) in ("助動詞", "形容詞"):
                break
            if _form(ms[k]) not in forms.tails and _pos(ms[k]) not in ("助詞", "助動詞"):
                break
            k += 1
        else:  # a comma, a full stop or the end: the requirement closes its clause
            if k == len(ms) or str(ms[k].surface()) in _CLOSES:
                return at[i], at[k]
    return None


_CLOSES = frozenset("、。,，.")  # 「…を求めている「…」という方針」: a quote opens, no close


def short_of(required: list[Amount], found: list[Amount]) -> Amount | None:
    """The first amount of ``found`` told without a floor that is less than an amount of the
    same unit ``required`` (「3年以上」 then 「1年半」): the candidate's, short of the role's."""
    for a in found:
        if a.floor:
            continue
        if any(r.unit == a.unit and a.value < r.value for r in required):
            return a
    return None


def rank(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """A place in a counted field (「受験者25名中8位」「22人中9番目」「14名のうち6位」「30名中、
    …あなたは11番目」) or told as the standing itself (`standings`: 「順位は7位」): a number and a
    counter, of-the-field (中, の うち), then a number and a rank in the sentence; or a standings
    noun and a number and a rank within a few words; as its character span."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        if _form(m) in forms.standings and _pos(m) == "名詞":
            for k in range(i + 1, min(n - 1, i + 5)):
                if _number(ms[k]) is not None and _form(ms[k + 1]) in forms.ranks:
                    return at[i], at[k + 2]
        if _number(m) is None or i + 1 >= n or _form(ms[i + 1]) not in forms.counters:
            continue
        k = i + 2
        if k < n and _form(ms[k]) == "の":
            k += 1
        if k >= n or _form(ms[k]) not in forms.among:
            continue
        for r in range(k + 1, n - 1):
            if _number(ms[r]) is not None and _form(ms[r + 1]) in forms.ranks:
                return at[i], at[r + 2]
            if str(ms[r].surface()) == "。":
                break
    return None


def weighed(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """Another person weighed against the reader (「先生と最後まで迷った」「方と比べたうえで」):
    a [standing] `people` noun, と, then a verb of weighing with no other verb between, not
    conceded (「他の方と比べても遜色なく」); or a person told as the one contended with
    (`rivals`: 「同じ枠を争った方」); as its character span."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        if _form(m) in forms.rivals:  # 「同じ枠を争った方」: the person contended with
            k = i + 1
            while k < n and _pos(ms[k]) == "助動詞":
                k += 1
            if k < n and _form(ms[k]) in forms.people and _pos(ms[k]) == "名詞":
                return at[i], at[k + 1]
        if _form(m) not in forms.people or _pos(m) != "名詞":
            continue
        if i + 1 >= n or _pos(ms[i + 1]) != "助詞" or _form(ms[i + 1]) != "と":
            continue
        for k in range(i + 2, min(n, i + 7)):
            major = _pos(ms[k])
            if _form(ms[k]) in forms.weighs:
                after = [_form(ms[x]) for x in range(k + 1, min(n, k + 3))]
                if after[:2] in (["て", "も"], ["で", "も"]):
                    break  # 「比べても見劣りしない」: conceded
                return at[i], at[k + 1]
            if major in ("動詞", "形容詞") or _form(ms[k]) in ("が", "を", "。"):
                break  # 「方と、最後まで悩んだ」: a comma between is the same weighing
    return None


def weighed_pair(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """Two people weighed (「最後はお二人のどちらにするかで迷った」「2名で最後まで悩みました」):
    a noun of two people (`pairs`) or a number and a counter, then a verb of weighing (`weighs`)
    a few words on, over commas but not a full stop; as its character span."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        counted = _number(m) is not None and i + 1 < n and _form(ms[i + 1]) in forms.counters
        if not (counted or (_form(m) in forms.pairs and _pos(m) == "名詞")):
            continue
        for k in range(i + 1, min(n, i + _PAIR_SPAN)):
            if _pos(ms[k]) == "補助記号" and str(ms[k].surface()) != "、":
                break  # 「ご両名のどちらを採用するかで、社内でも迷いました」: one weighing
            if _form(ms[k]) in forms.weighs and _pos(ms[k]) == "動詞":
                return at[i], at[k + 1]
    return None


_PAIR_SPAN = 16  # morphemes from the two people to the verb of weighing


def _denied_after(forms: StandingForms, ms: Any, k: int) -> bool:
    """The word ``ms[k]`` is denied by the auxiliaries and particles right after it."""
    for x in range(k + 1, len(ms)):
        if _form(ms[x]) in forms.negators:
            return True
        if _pos(ms[x]) not in ("助動詞", "助詞") and _form(ms[x]) not in ("居る", "おる"):
            return False
    return False


def hired_only(forms: StandingForms, ms: Any) -> bool:
    """The clause tells only that another person was chosen (「今回は別の方の採用が決まり」
    「すでに他の方に内定を出しております」): a word of other (`others`) before a `people` noun and
    a word of choosing (`chooses`), with nothing weighed, fitted, contended or set apart (`weighs`,
    `fits`, `rivals`, `margins`, より): news of the hire, no comparison of the reader."""
    forms_ = [_form(m) for m in ms]
    other = any(
        f in forms.people
        and _pos(ms[i]) == "名詞"
        and forms.others & set(forms_[max(0, i - 3) : i])
        for i, f in enumerate(forms_)
    )
    if not other or not set(forms_) & forms.chooses:
        return False
    compared = forms.weighs | forms.fits | forms.rivals | forms.margins | {"より", "ほう"}
    return not set(forms_) & compared


def schedule_unfit(forms: StandingForms, ms: Any) -> bool:
    """A word of fit (`fits`) denied right after it (「希望と合いませんでした」): a mismatch."""
    return any(_form(m) in forms.fits and _denied_after(forms, ms, k) for k, m in enumerate(ms))


def selection_score(forms: StandingForms, ms: Any) -> int | None:
    """Where the clause names a score of the selection's own tests, or None: a score noun
    (`marks`: 得点, 点数, 評点; 点 after a noun of the whole, `sums`: 総合点, 合格基準点) in a
    clause that names a test or the pass (`exams`: 筆記試験, 適性検査, 合格ライン), not a score
    as an amount (「TOEIC800点」: a number before 点 is a requirement's unit). The character
    offset of the first score noun."""
    forms_ = [_form(m) for m in ms]
    if not set(forms_) & forms.exams:
        return None
    for i, m in enumerate(ms):
        if forms_[i] in forms.marks or (
            forms_[i] == "点" and i and forms_[i - 1] in forms.sums and _pos(ms[i - 1]) == "名詞"
        ):
            return int(m.begin())
    return None


def score_short(forms: StandingForms, ms: Any, at: int) -> bool:
    """A word of a low score (`lows`: 低い, 下回る) from the score noun at ``at`` on."""
    return any(m.begin() >= at and _form(m) in forms.lows for m in ms)
