"""The other person chosen over the candidate, read from Sudachi morphemes
(data/mail_replies.toml [standing]): another fitted better or more, the person chosen told by
what they hold or have done (「宅建士の資格をお持ちの別の方を採用」), a margin, the one chosen
among several, and the candidate likened to the others (「他の方と同様に」: no comparison).
Split from standing. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.standing import StandingForms, _denied_after, _form
from furikaeri.mail.reply.words import _offsets, _pos


def _other_person(forms: StandingForms, ms: Any, i: int) -> bool:
    """The morpheme at ``i`` is a `people` noun with a word of other (`others`: 他・別 and の, or
    もう with a count) among the three before it (「ほかの方」「もう一人の応募者」)."""
    m = ms[i]
    return (
        _form(m) in forms.people
        and _pos(m) == "名詞"
        and any(_form(ms[k]) in forms.others for k in range(max(0, i - 3), i))
    )


def other_fitted(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """Another person told as the one who fitted (「もう一人の方のバックグラウンドが今のチームの
    状況にハマった」「ほかの方のご経験が当社の状況に合っていました」): a `people` noun after a word
    of other (`others`: 他・別 and の, or もう with a count), not set against the reader right
    after it (と・に・より: 「他の方と比べても」), then before the sentence ends a word of fit
    (`fits`) not denied; as its character span."""
    at = _offsets(ms)
    n = len(ms)
    for i in range(len(ms)):
        if not _other_person(forms, ms, i) or i + 1 >= n:
            continue
        if _form(ms[i + 1]) in ("と", "に", "より"):
            continue
        for k in range(i + 1, n):
            if str(ms[k].surface()) == "。":
                break
            if _form(ms[k]) in forms.fits and not _denied_after(forms, ms, k):
                return at[i], at[k + 1]
    return None


_FITTER_SPAN = 5  # morphemes from the word of fit to the person it tells


def fitter_chosen(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """A person told as fitting better, the choice done (「その点でよりフィットした別の方にお声が
    けしました」「もっとうちに馴染みそうな人にしたんだ」): an adverb of a higher degree (`degrees`,
    an adverb by its part of speech: not the particle より of 「他社より」), a word of fit (`fits`)
    not denied, then within a few words a `people` noun, and a past た after it in the sentence
    (「よりフィットする方を求めております」 is what is sought, no one chosen); as its span."""
    at = _offsets(ms)
    n = len(ms)
    for d, m in enumerate(ms):
        if _form(m) not in forms.degrees or _pos(m) != "副詞":
            continue
        fit = next((k for k in range(d + 1, min(n, d + 4)) if _form(ms[k]) in forms.fits), None)
        if fit is None or _denied_after(forms, ms, fit):
            continue
        for i in range(fit + 1, min(n, fit + 1 + _FITTER_SPAN)):
            if str(ms[i].surface()) in ("。", "、"):
                break
            if _form(ms[i]) not in forms.people or _pos(ms[i]) != "名詞":
                continue
            end = next((k for k in range(i + 1, n) if str(ms[k].surface()) == "。"), n)
            if any(_form(ms[k]) == "た" for k in range(i + 1, end)):
                return at[d], at[i + 1]
            break
    return None


def chosen_described(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """The person chosen told by a verb or adjective right before them (「入社時期の都合が合う
    方を優先した」「夜勤に入れる人に決めました」「ご経験を積まれた方を優先して採用いたしました」):
    a `people` noun after a predicate (its auxiliaries between), を・に, then a verb of choosing
    (`chooses`) told as done (た; 「ご自身に合う方を選ばれると良い」 is advice); as its
    character span. A noun and の may tell the person too (「3年以上の方を優先させていただいた」),
    and で the choice settled on them (「業界経験者の方で決まった」)."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        if i == 0 or i + 1 >= n or _form(m) not in forms.people or _pos(m) != "名詞":
            continue
        settled = _form(ms[i + 1]) == "で" and i + 2 < n and _form(ms[i + 2]) in forms.chooses
        # 「業務を熟知している候補者の方が採用された」: the person as the subject of the choice
        # in the passive (or of 決まる)
        chosen = _form(ms[i + 1]) == "が" and _chosen_subject(forms, ms, i + 2)
        if _form(ms[i + 1]) not in ("を", "に") and not (settled or chosen):
            continue
        k = i - 1
        while k > 0 and _pos(ms[k]) == "助動詞":  # 「ご経験を積まれた方を」
            k -= 1
        if _pos(ms[k]) not in ("動詞", "形容詞", "形状詞") and not _noun_described(ms, k):
            continue
        end = _clause_end(ms, i + 2)
        chose = next((k for k in range(i + 2, end) if _form(ms[k]) in forms.chooses), None)
        if chose is not None and _done(ms, chose, end) and not _practised(forms, ms, chose, end):
            return at[k], at[chose + 1]
    return None


def _chosen_subject(forms: StandingForms, ms: Any, j: int) -> bool:
    """The words from ``j`` open on a verb of choosing (`chooses`, an honorific prefix allowed)
    in the passive (れる・られる within two words: 「採用された」) or the intransitive 決まる
    (「経験者の方が決まった」): the person before が is the one chosen."""
    n = len(ms)
    if j < n and _pos(ms[j]) == "接頭辞":
        j += 1
    if j >= n or _form(ms[j]) not in forms.chooses:
        return False
    if _form(ms[j]) == "決まる":
        return True
    after = [_form(ms[x]) for x in range(j + 1, min(n, j + 3))]
    return "れる" in after or "られる" in after


def _noun_described(ms: Any, k: int) -> bool:
    """``ms[k]`` is the の of a noun describing the person after it (「経理実務3年以上の方」
    「業界経験者の方」): a noun before it, neither a pronoun nor the writer's side
    ([boundary] `writer`: 「弊社の方で決めました」 is the side that decided, no person)."""
    from furikaeri.mail.reply.boundary import boundary_rules

    if k < 1 or _form(ms[k]) != "の" or _pos(ms[k]) != "助詞":
        return False
    noun = ms[k - 1]
    return _pos(noun) == "名詞" and _form(noun) not in boundary_rules().writer


def likened(forms: StandingForms, ms: Any) -> list[tuple[int, int]]:
    """The others the reader is likened to (「他の多くの応募者の方と同様に」「ほかの方と同じく」
    「他の候補者の方と同じように」): a [standing] `people` noun with the nouns and の before it back
    to a comma, と, then a word of the same (`likens`) used as an adverb (同様に, 同様、, 同じく,
    同じように); as character spans. The others are what the reader did as well, no comparison
    (「他の方と同程度のご経験」 is [compared_equal]'s)."""
    at = _offsets(ms)
    n = len(ms)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if _form(m) not in forms.people or _pos(m) != "名詞" or i + 2 >= n:
            continue
        if _form(ms[i + 1]) != "と" or _form(ms[i + 2]) not in forms.likens:
            continue
        end = i + 3
        if _pos(ms[i + 2]) == "連体詞":  # 同じ: only 同じように
            if end >= n or _form(ms[end]) != "よう":
                continue
            end += 1
        if end < n and _pos(ms[end]) == "助動詞":  # 同様に
            end += 1
        elif end < n and _pos(ms[end]) not in ("補助記号",) and _pos(ms[i + 2]) != "副詞":
            continue  # 「同様の」「同様です」: an attribute or a predicate, no adverb
        start = i
        while start > 0 and (
            _pos(ms[start - 1]) in ("名詞", "接頭辞") or _form(ms[start - 1]) == "の"
        ):
            start -= 1
        spans.append((at[start], at[end]))
    return spans


def chosen_holder(forms: StandingForms, ms: Any) -> bool | None:
    """The person chosen told by what they held (「経験のある方に内定をお出ししました」「資格を
    お持ちの別の方を採用いたしました」): a verb of having, then within a few words a `people`
    noun, を・に・が, then a verb of choosing told as done (た, not たい: 「…方を採用したい」 is a
    wish, 「採用しております」 a policy). None where there is none; else whether what was held is
    a credential (`credentials`: 資格, 免許): what the reader lacked, where experience held
    (「経験のある人を採用」) is the others' own; False too where a word of fit stands before the
    person (`fits`: 「より近いご経験をお持ちの方にご入社いただく」 is the fit, a choice)."""
    n = len(ms)
    for h, m in enumerate(ms):
        if _form(m) not in forms.holds:
            continue
        p = next(
            (
                k
                for k in range(h + 1, min(n, h + 6))
                if _form(ms[k]) in forms.people and _pos(ms[k]) == "名詞"
            ),
            None,
        )
        if p is None or any(
            _pos(ms[k]) == "補助記号"
            or (_pos(ms[k]) == "動詞" and _form(ms[k]) not in forms.tails)  # 持って|いる
            for k in range(h + 1, p)
        ):
            continue
        while p + 2 < n and _form(ms[p + 1]) == "の" and _form(ms[p + 2]) in forms.people:
            p += 2  # 候補者の方
        if p + 1 >= n or _form(ms[p + 1]) not in ("を", "に", "が"):
            continue
        end = _clause_end(ms, p + 2)
        chose = next((k for k in range(p + 2, end) if _form(ms[k]) in forms.chooses), None)
        if chose is None or not _done(ms, chose, end) or _practised(forms, ms, chose, end):
            continue
        start = h
        while start > 0 and _pos(ms[start - 1]) != "補助記号":
            start -= 1
        if any(_form(ms[k]) in forms.fits for k in range(start, p)):
            return False  # 「より当社に近いご経験をお持ちの方」: the fit, not what was held
        return any(_form(ms[k]) in forms.credentials for k in range(max(start, h - 6), h))
    return None


def _clause_end(ms: Any, k: int) -> int:
    """The index of the first punctuation (補助記号) at or after ``k``, where the clause ends;
    len(ms) if there is none."""
    return next((x for x in range(k, len(ms)) if _pos(ms[x]) == "補助記号"), len(ms))


def _done(ms: Any, k: int, end: int) -> bool:
    """The verb ``ms[k]`` is told as done: a past た after it in its clause and no たい, and it
    does not modify a noun (する, then a noun that is no formal one: 「…方を採用する方針にして
    いました」 tells a policy, a requirement; 「採用することとなりました」 is done)."""
    after = [(_pos(ms[x]), _form(ms[x])) for x in range(k + 1, end)]
    if ("助動詞", "たい") in after:
        return False
    j = k + 1 if k + 1 < end and _form(ms[k + 1]) in _LIGHT else k
    if j + 1 < end and _pos(ms[j + 1]) == "名詞" and _form(ms[j + 1]) not in _FORMAL:
        return False  # (no past between: 「優先した結果」 is done)
    return ("助動詞", "た") in after


def _practised(forms: StandingForms, ms: Any, k: int, end: int) -> bool:
    """The choosing at ``ms[k]`` told as the standing practice: its predicate (over further verbs
    of choosing and the light verbs) in the progressive, て・で then いる・おる (「免許をお持ちの
    方を優先しておりました」「資格のある方を優先して採用していました」): the role's preference, what
    the reader did not hold, no one else told as chosen (「別の方に決まっておりました」 is told by
    the person, not what they held)."""
    x = k + 1
    while x < end and (_form(ms[x]) in forms.chooses or _form(ms[x]) in _LIGHT):
        x += 1
        if x < end and _form(ms[x]) in ("て", "で") and x + 1 < end:
            if _form(ms[x + 1]) in _PROGRESSIVE:
                return True
            x += 1  # 「優先して採用して…」: the chain goes on
    return False


_PROGRESSIVE = frozenset({"居る", "おる"})


_LIGHT = frozenset({"為る", "致す", "為さる"})  # the verb a noun of choosing is made with


_FORMAL = frozenset({"事", "こと", "の", "訳", "わけ"})  # 「採用すること」: the act itself


_MARGIN_SPAN = 4  # morphemes from the people to the margin (「方と(の)差」「方々とは僅かな差」)


def margin(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """The reader set apart from other people by a margin (「合格された方との差はごくわずかでし
    た」「採用した方との差は大きく」「他の候補者とはほんの少しの差」): a `people` noun, と, then a
    `margins` noun a few morphemes on, with no verb between; as its character span. Small or large,
    the margin is a comparison (relative)."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        if _form(m) not in forms.people or _pos(m) != "名詞":
            continue
        if i + 1 >= n or _form(ms[i + 1]) != "と":
            continue
        for k in range(i + 2, min(n, i + 2 + _MARGIN_SPAN)):
            if _form(ms[k]) in forms.margins and _pos(ms[k]) == "名詞":
                return at[i], at[k + 1]
            if _pos(ms[k]) in ("動詞", "補助記号"):
                break
    return None


_POINTED_SPAN = 4  # morphemes from a demonstrative to the margin (「その熱意の違い」)


def margin_chose(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """A choice made by a margin pointed back to (「その差で決めました」「そこの差で決めちゃいま
    した」「その熱意の違いが決め手になりました」): a `margins` noun a few nouns after a
    demonstrative (その, この; そこ and の), で or が after it, then before the clause ends a verb
    of choosing (`chooses`) told as done or what settled it (`settles`: 決め手). What set the
    chosen apart is told before it; the choice by it is a comparison (relative), whoever the
    sentence names."""
    at = _offsets(ms)
    n = len(ms)
    for i, m in enumerate(ms):
        pointing = _pos(m) == "連体詞" or (
            _pos(m) == "代名詞" and i + 1 < n and _form(ms[i + 1]) == "の"
        )
        if not pointing or _form(m) not in _DEMONSTRATIVES:
            continue
        k = next(
            (
                k
                for k in range(i + 1, min(n, i + 1 + _POINTED_SPAN))
                if _form(ms[k]) in forms.margins and _pos(ms[k]) == "名詞"
            ),
            None,
        )
        if k is None or any(_pos(ms[x]) not in ("名詞", "助詞") for x in range(i + 1, k)):
            continue
        if k + 1 >= n or _form(ms[k + 1]) not in ("で", "が"):
            continue
        end = _clause_end(ms, k + 2)
        for x in range(k + 2, end):
            if _form(ms[x]) in forms.settles or (
                _form(ms[x]) in forms.chooses and _done(ms, x, end)
            ):
                return at[i], at[x + 1]
    return None


_DEMONSTRATIVES = frozenset({"其の", "此の", "そこ", "ここ"})


def other_more(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """Another person told as having more (「もう1人の子のほうが接客の経験があって」「ほかの人の
    ほうがうちに合ってた」): a `people` noun after a word of other (`others`, as in
    :func:`other_fitted`), の, then the comparative noun (`more`, as written: ほう) and が; as its
    character span. Whatever they had more of, the reader is weighed against them."""
    at = _offsets(ms)
    n = len(ms)
    for i in range(len(ms)):
        if not _other_person(forms, ms, i) or i + 3 >= n:
            continue
        k = i + 1
        while k < n and _pos(ms[k]) == "接尾辞":  # 応募者さん
            k += 1
        if k + 2 >= n or _form(ms[k]) != "の" or str(ms[k + 1].surface()) not in forms.more:
            continue
        if _form(ms[k + 2]) == "が":
            return at[i], at[k + 3]
    return None


def chosen_pointed(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """The other person pointed to as the one chosen with する (「もう一人の方が…提案してくれた
    ので、そっちにしました」): a pronoun of the side pointed to (`pointers`: そっち, そちら), に,
    then する told as done, after another person told in the clause (a `people` noun after a
    word of other, `others`); as its character span."""
    at = _offsets(ms)
    n = len(ms)
    other = None
    for i, m in enumerate(ms):
        if other is None and _other_person(forms, ms, i):
            other = i
        if other is None or _form(m) not in forms.pointers or _pos(m) != "代名詞":
            continue
        if i + 2 < n and _form(ms[i + 1]) == "に" and _form(ms[i + 2]) == "為る":
            end = _clause_end(ms, i + 3)
            if _done(ms, i + 2, end):
                return at[other], at[i + 3]
    return None


_AMONG_SPAN = 10  # morphemes from 「その中で」 to the verb of weighing or choosing


def chosen_among(forms: StandingForms, ms: Any) -> tuple[int, int] | None:
    """A weighing or a choice made among the applicants as a field: the field as the object
    of a verb of weighing (a `people` or `field` noun, its suffix, を, then `weighs`: 「皆さんを
    並べて考えた末に」「応募者の皆様を比べたうえで」); or, after the field is told in the sentence
    (a `people` or `field` noun: 「たくさんの人が応募してくれて」「優秀な方が何人もいらして」),
    `among` pointed back to (その・この, or a clause ending in た: 「来てくれた中から」) with
    で・から, then a verb of weighing or choosing (`weighs`, `chooses`) before the sentence
    ends, not asked about (a `motives` noun after it: 「その中で当社を選んだ理由」); as its
    character span. 「数ある企業の中から」 (a noun and の before 中) is no field pointed back to."""
    at = _offsets(ms)
    n = len(ms)
    crowd = forms.people | forms.field
    acts = forms.weighs | forms.chooses
    told = False
    for i, m in enumerate(ms):
        f = _form(m)
        if f in crowd and _pos(m) == "名詞":
            k = i + 1
            while k < n and _pos(ms[k]) == "接尾辞":  # 皆さん, 皆様
                k += 1
            if k + 1 < n and _form(ms[k]) == "を" and _form(ms[k + 1]) in forms.weighs:
                return at[i], at[k + 2]
            told = True
            continue
        if not told or f not in forms.among or _pos(m) != "名詞" or i == 0 or i + 1 >= n:
            continue
        pointed = _pos(ms[i - 1]) == "連体詞" or _form(ms[i - 1]) == "た"
        if not pointed or _form(ms[i + 1]) not in ("で", "から"):
            continue
        for k in range(i + 2, min(n, i + 2 + _AMONG_SPAN)):
            if str(ms[k].surface()) == "。":
                break
            if _form(ms[k]) in acts and _pos(ms[k]) in ("動詞", "名詞"):
                after = {_form(ms[x]) for x in range(k + 1, min(n, k + 4))}
                if after & forms.motives:
                    break  # 「その中で当社を選んだ理由」: the choice asked about
                return at[i - 1], at[k + 1]
    return None
