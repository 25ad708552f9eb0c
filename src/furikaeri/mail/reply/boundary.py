"""The stance of a reply's sentences at the label's boundaries, read from Sudachi normalized
forms and parts of speech (data/mail_replies_boundary.toml): whether a sentence is the writer's
side (a request or question to the reader, an apology for the writer's own doing), whether it
tells the candidate's interview had no fault (「大きな課題があったということではなく」), whether
it holds back the company's judgement (「フィードバックは控えさせていただいております」). Used by
furikaeri.mail.reply only where a reply names no cause and praises nothing. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import checked_data
from furikaeri.mail.reply.words import _morphs, _pos, _said


class BoundaryData(BaseModel):
    """data/mail_replies_boundary.toml [boundary]: each entry a Sudachi normalized form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request: list[str] = Field(min_length=1)
    asking: list[str]
    wishing: list[str]
    apology: list[str] = Field(min_length=1)
    walked: list[str]
    existing: list[str] = Field(min_length=1)
    between: list[str]
    formal: list[str]
    past: list[str]
    pointed: list[str]  # the company's pointing out (指摘): denied, no fault told as not there
    refrain: list[str] = Field(min_length=1)
    humble: list[str] = Field(min_length=1)
    reader: list[str] = Field(min_length=1)
    respected: list[str] = Field(min_length=1)
    reader_suffix: list[str] = Field(min_length=1)
    steps: list[str] = Field(min_length=1)
    writer: list[str] = Field(min_length=1)
    general: list[str] = Field(min_length=1)
    general_tail: list[str] = Field(min_length=1)
    many: list[str] = Field(min_length=1)
    parties: list[str] = Field(min_length=1)
    plenty: list[str] = Field(min_length=1)
    scarce: list[str] = Field(min_length=1)
    exchange: list[str] = Field(min_length=1)
    speech: list[str] = Field(min_length=1)
    speech_opens: int = Field(ge=1)
    talk: list[str] = []
    means: list[str] = []
    doings: list[str] = []
    trades: list[str] = []
    general_nouns: list[str] = []
    everyone: list[str] = []
    applicants: list[str] = []
    telling: list[str] = []
    hearsay: list[str] = []
    sources: list[str] = []
    accepting: list[str] = []
    accepted_tail: list[str] = []
    cleared_in: list[str] = []
    shared: list[str] = []
    points: list[str] = []
    rather: list[str] = []
    fault_points: list[str] = []
    answers: list[str] = []  # the writer's answer to the request: 答え, 回答, 返答
    conjectures: list[str] = []  # after か, the writer's doubt: 知れる (かもしれない), 分かる
    joins: list[str] = []  # nouns joined into one phrase: の, や, と
    looks: list[str] = []  # what the company looks at in a selection: 見る, 拝見, 重視
    habits: list[str] = []  # as a habit: 例年, 普段, 通常, いつも
    ways: list[str] = []  # the selection in general as the topic: 選考, 採用 (then は)
    conducting: list[str] = []  # carrying a selection out: 行う, 実施 (with `ways`)
    occasions: list[str] = []  # this one occasion: 今回, 此の度 (no way in general)
    opinions: list[str] = []  # what the company's side voices: 声, 意見, 指摘, 所感
    relaying: list[str] = []  # humble verbs of saying, the writer's side: 申す, 申し上げる
    standpoints: list[str] = []  # the writer's side as a standpoint: 側, 立場
    inquiries: list[str] = []  # the reader's inquiry: 質問, 問い合わせ (after お・ご)
    inquiry_links: list[str] = []  # tying the inquiry to its matter: いただいた, 件, 内容
    offering: list[str] = []  # the writer's offering forms: 致す, させる, たい, できる
    replying: list[str] = []  # verbs of answering: 答える, 返信
    feel: list[str] = []  # nouns of intuition: 勘, 直感, フィーリング
    ample: list[str] = []  # adverbs of enough: 十分, しっかり
    having: list[str] = []  # verbs of having: 持つ, 有る
    deciding: list[str] = []  # verbs of deciding: 決める, 選ぶ


class BoundaryFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    boundary: BoundaryData


@dataclass(frozen=True)
class _Boundary:
    request: frozenset[str]
    asking: frozenset[str]
    wishing: frozenset[str]
    apology: frozenset[str]
    walked: frozenset[str]
    existing: frozenset[str]
    between: frozenset[str]
    formal: frozenset[str]
    past: frozenset[str]
    pointed: frozenset[str]
    refrain: frozenset[str]
    humble: frozenset[str]
    reader: frozenset[str]
    respected: frozenset[str]
    reader_suffix: frozenset[str]
    steps: frozenset[str]
    writer: frozenset[str]
    general: frozenset[str]
    general_tail: frozenset[str]
    many: frozenset[str]
    parties: frozenset[str]
    plenty: frozenset[str]
    scarce: frozenset[str]
    exchange: frozenset[str]
    speech: frozenset[str]
    speech_opens: int
    talk: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()
    doings: frozenset[str] = frozenset()
    trades: frozenset[str] = frozenset()
    general_nouns: frozenset[str] = frozenset()
    everyone: frozenset[str] = frozenset()
    applicants: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    accepting: frozenset[str] = frozenset()
    accepted_tail: frozenset[str] = frozenset()
    cleared_in: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()
    points: frozenset[str] = frozenset()
    rather: frozenset[str] = frozenset()
    fault_points: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()
    conjectures: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    looks: frozenset[str] = frozenset()
    habits: frozenset[str] = frozenset()
    ways: frozenset[str] = frozenset()
    conducting: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    opinions: frozenset[str] = frozenset()
    relaying: frozenset[str] = frozenset()
    standpoints: frozenset[str] = frozenset()
    inquiries: frozenset[str] = frozenset()
    inquiry_links: frozenset[str] = frozenset()
    offering: frozenset[str] = frozenset()
    replying: frozenset[str] = frozenset()
    feel: frozenset[str] = frozenset()
    ample: frozenset[str] = frozenset()
    having: frozenset[str] = frozenset()
    deciding: frozenset[str] = frozenset()


@cache
def boundary_rules() -> _Boundary:
    data = checked_data("mail_replies_boundary.toml", "furikaeri.mail.reply.boundary:BoundaryFile")
    lists = {k: frozenset(v) for k, v in data["boundary"].items() if k != "speech_opens"}
    return _Boundary(**lists, speech_opens=int(data["boundary"]["speech_opens"]))


_FUNCTION = ("助詞", "助動詞", "補助記号", "接尾辞", "空白")


def _predicate(st: _Boundary, ms: Any) -> int | None:
    """The index of the sentence's last predicate: walked back over particles, auxiliaries,
    symbols and the writer's light verbs (いたす, 申し上げる, ござる)."""
    for i in range(len(ms) - 1, -1, -1):
        if _pos(ms[i]) in _FUNCTION or ms[i].normalized_form() in st.walked:
            continue
        return i
    return None


def writers_side(ms: Any) -> bool:
    """The sentence (its morphemes) asks the reader to act (「ご確認をお願いいたします」「お待ち
    ください」「ご返信いただきたく存じます」), asks the reader a question with no negation in it
    (「返却を希望されますか」; not the guess 「…のではないでしょうか」), or apologises for the
    writer's own doing (「大変失礼いたしました」): nothing of the candidate's interview."""
    from furikaeri.mail.reply.lack import negator_forms

    st = boundary_rules()
    forms = [str(m.normalized_form()) for m in ms]
    words = [f for f, m in zip(forms, ms, strict=True) if _pos(m) not in ("補助記号", "空白")]
    if words and words[-1] == "か" and not any(f in negator_forms() for f in forms):
        return True
    i = _predicate(st, ms)
    if i is None:
        return False
    head = forms[i]
    if head in st.request or head in st.apology:
        return True
    return head in st.asking and any(f in st.wishing for f in forms[i + 1 : i + 3])


def accepted(ms: Any) -> bool:
    """The clause's last predicate is the interviewers' acceptance (`accepting`: 納得, 理解, a
    する or できる after it: 「面接官も十分に納得しておりました」「ご事情は理解できました」), told
    plainly: not negated (「納得には至りませんでした」 ends elsewhere; 「納得できませんでした」),
    not a condition (「納得できれば」), not asked of the reader (「ご理解ください」 ends on
    下さる; an honorific prefix makes it the reader's: 「ご納得」)."""
    st = boundary_rules()
    i = _predicate(st, ms)
    if i is not None and i > 0 and ms[i].normalized_form() == "出来る":
        i -= 1
    if i is None or str(ms[i].normalized_form()) not in st.accepting or _pos(ms[i]) != "名詞":
        return False
    if i > 0 and _pos(ms[i - 1]) == "接頭辞":
        return False
    # only light verbs, て and the polite past after it (not 「納得しにくかった」「納得できれば」)
    rest = [
        str(ms[k].normalized_form())
        for k in range(i + 1, len(ms))
        if _pos(ms[k]) not in ("補助記号", "空白")
    ]
    return all(f in st.walked or f in st.accepted_tail for f in rest)


def writers_apology(ms: Any) -> bool:
    """The sentence's last predicate is an apology (`apology`) for what the words before it
    tell as its cause, joined to it in the continuative (a て or a 連用形, adverbs and commas
    between: 「通信が不安定になってしまい失礼いたしました」「お待たせしてしまい、申し訳ござい
    ません」); not an apology after a statement closed on its own (「ほかにいい人がいたんだ、
    ごめん！」「理由は特にないです、ごめんね」: what is told stands)."""
    st = boundary_rules()
    i = _predicate(st, ms)
    if i is None or str(ms[i].normalized_form()) not in st.apology:
        return False
    j = i - 1
    while j >= 0 and (
        _pos(ms[j]) in ("補助記号", "副詞", "空白") or ms[j].part_of_speech()[0] == "接頭辞"
    ):
        j -= 1
    if j < 0:
        return False
    pos = ms[j].part_of_speech()
    return (pos[1] == "接続助詞" and str(ms[j].normalized_form()) == "て") or pos[5].startswith(
        "連用形"
    )


def writers_own_noun(ms: Any, k: int) -> int | None:
    """Where the noun ``ms[k]`` is the writer's own thing: the start (a morpheme index) of the
    writer (`writer`: 当社, 弊社) and の before it, with only nouns and words joining them
    (`joins`: の, や, と) between (「当社の製品や技術」「弊社のサービスと技術」); else None.
    「当社の業務に必要な技術」 (a predicate between) is what the writer asks of the reader."""
    st = boundary_rules()
    for j in range(k - 1, -1, -1):
        form = str(ms[j].normalized_form())
        if form in st.writer and j + 1 < k and str(ms[j + 1].normalized_form()) == "の":
            return j
        if _pos(ms[j]) not in ("名詞", "接頭辞", "接尾辞") and form not in st.joins:
            return None
    return None


_HEDGE_SPAN = 10  # morphemes from the answer to the か of the writer's doubt


def writers_hedge(ms: Any) -> str | None:
    """The words (as written) of the writer's doubt about its own answer to the request: a noun
    of answering (`answers`: 答え, 回答, 返答, an honorific prefix allowed) as what the mail is
    (に・で after it), then, with no past た between, か and a verb of doubt (`conjectures`):
    「ご期待に沿うお答えになっていないかもしれませんが」「納得のいくお答えになっているか分かり
    ませんが」「十分なご回答ではないかと存じますが」. The answer is this mail, told in the
    present; the candidate's answer in the interview is past (「質問へのお答えになっていなかった
    かもしれません」: theirs)."""
    st = boundary_rules()
    n = len(ms)
    for i, m in enumerate(ms):
        if str(m.normalized_form()) not in st.answers or _pos(m) != "名詞":
            continue
        if i + 1 >= n or str(ms[i + 1].surface()) not in ("に", "で"):
            continue  # 「お答えになって」「ご回答では」: what this mail is; not 「答えがどこに」
        for k in range(i + 1, min(n, i + _HEDGE_SPAN)):
            form = str(ms[k].normalized_form())
            if form in st.past or str(ms[k].surface()) == "。":
                break  # 「…になっていなかったかもしれません」: the interview's answer
            if form != "か" or _pos(ms[k]) != "助詞":
                continue
            ahead = _forms(ms, k + 1, k + 3)
            if ahead and ahead[0] in ("も", "と"):  # かもしれない, かと存じる
                ahead = ahead[1:]
            if ahead and ahead[0] in st.conjectures:
                return _said(ms, i, min(n, k + 3))
            break
    return None


def writers_standpoint(ms: Any) -> list[tuple[int, int]]:
    """Character spans (offsets into the text ``ms`` was read from) of the writer's standpoint
    set up as the topic: the writer (`writer`: 弊社, 当社, 私共; a suffix, or の and one of
    `standpoints`, between: 「弊社側としては」「弊社の立場としては」), then として and は
    (「弊社としては、転職を通じて何を目指したいのかを伺いたかった」「当社としましては」): who
    wished or judged, not the company as what the candidate spoke of (「なぜ弊社なのか」)."""
    st = boundary_rules()
    spans: list[tuple[int, int]] = []
    n = len(ms)
    for i in range(n):
        if str(ms[i].normalized_form()) not in st.writer:
            continue
        k = i + 1
        while k < n and (_pos(ms[k]) == "接尾辞" or str(ms[k].normalized_form()) in st.standpoints):
            k += 1
        if (
            k + 1 < n
            and str(ms[k].normalized_form()) == "の"
            and str(ms[k + 1].normalized_form()) in st.standpoints
        ):
            k += 2
        forms = _forms(ms, k, min(n, k + 5))
        if forms[:2] != ["と", "為る"]:
            continue
        j = k + 2
        if j < n and str(ms[j].normalized_form()) == "ます":
            j += 1
        rest = _forms(ms, j, min(n, j + 2))
        if rest[:1] == ["ては"]:
            end = j + 1
        elif rest == ["て", "は"]:
            end = j + 2
        else:
            continue
        spans.append((int(ms[i].begin()), int(ms[end - 1].end())))
    return spans


def writers_act(ms: Any) -> str | None:
    """The words (as written) of a subject that is the writer's own act: a noun that can take
    する (説明, 連絡, 案内) after the writer (`writer`: 当社, 弊社, こちら) and の (an honorific
    prefix and から between allowed), followed by が, も or a topic は (not では):
    「当社からのご説明が行き届かず」「こちらの説明が足りなかった」; or the writer's means told
    with a trouble of theirs (_trouble_of), so followed (「当方の通信環境の問題もあったかと存じま
    す」) or ending the sentence before a copula (「こちらの機材の不調でした」)."""
    st = boundary_rules()
    for i, m in enumerate(ms):
        if str(m.normalized_form()) not in st.writer:
            continue
        k = i + 1
        while k < len(ms) and str(ms[k].normalized_form()) in ("から", "より"):
            k += 1
        if k >= len(ms) or str(ms[k].normalized_form()) != "の":
            continue
        k += 1
        if k < len(ms) and _pos(ms[k]) == "接頭辞":
            k += 1
        if k + 1 >= len(ms) or _pos(ms[k]) != "名詞":
            continue
        j = k + 1
        while j < len(ms) and ms[j].part_of_speech()[0] in ("名詞", "接尾辞"):
            j += 1  # 「案内不足」
        # an act (a サ変 noun: 説明, 連絡), or the writer's means told with a trouble of theirs
        # (「当方の通信環境の問題も」「こちらの回線の不具合が」)
        trouble = _trouble_of(ms, j)
        if ms[k].part_of_speech()[2] != "サ変可能" and trouble == j:
            continue
        j = trouble
        # 「こちらの機材の不調でした」: the writer's trouble as the predicate, the sentence ended
        if j < len(ms) and _copula_ends(ms, j):
            return _said(ms, i, j)
        if j >= len(ms) or str(ms[j].normalized_form()) not in ("が", "は", "も"):
            continue
        if str(ms[j - 1].normalized_form()) == "で":
            continue
        # the act's own predicate ends the clause: no noun after it that the act only modifies
        # (「こちらのお話が伝わっているのか分かりにくい場面が」: the reader's understanding)
        rest = []
        for n in range(j + 1, len(ms)):
            if str(ms[n].normalized_form()) in st.apology:  # 「…行き届かず、申し訳ございません」
                break
            rest.append(_pos(ms[n]))
        if "名詞" in rest:
            continue
        return _said(ms, i, j + 1)
    return None


def inquiry_taken_up(ms: Any) -> list[tuple[int, int]]:
    """Offsets of the reader's inquiry named as the matter of the writer's answer (`inquiries`
    after an honorific prefix, with the words tying it to its matter, `inquiry_links`, then
    について・に関して, or 件 and a comma; an act of answering or telling within
    `_OFFER_REACH` words after, in the writer's `offering` forms): 「いただいたご質問については、
    …お電話でご説明させていただければ」「ご質問いただいた件について回答いたします」. Not the
    candidate's questions judged (「最後にいただいたご質問については、待遇のことばかりでした」)."""
    st = boundary_rules()
    acts = st.answers | st.replying | st.telling | st.talk | st.means
    found: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if str(m.normalized_form()) not in st.inquiries or i == 0 or _pos(ms[i - 1]) != "接頭辞":
            continue
        a = i - 1
        while a > 0 and str(ms[a - 1].normalized_form()) in st.inquiry_links:
            a -= 1
        j = i + 1
        while j < len(ms) and str(ms[j].normalized_form()) in st.inquiry_links:
            j += 1
        if (
            j + 1 < len(ms)
            and str(ms[j].normalized_form()) == "に"
            and str(ms[j + 1].normalized_form()) in ("つく", "関する")
        ):
            end = j + 2
        elif j < len(ms) and str(ms[j - 1].normalized_form()) == "件" and ms[j].surface() == "、":
            end = j
        else:
            continue
        told = [
            k
            for k in range(end, len(ms))
            if str(ms[k].normalized_form()) in acts
            and ms[k].part_of_speech()[0] in ("名詞", "動詞")
        ]
        if any(
            str(ms[n].normalized_form()) in st.offering
            for k in told
            for n in range(k + 1, min(k + 1 + _OFFER_REACH, len(ms)))
        ):
            found.append((ms[a].begin(), ms[end - 1].end()))
    return found


_OFFER_REACH = 6


def by_feel(ms: Any) -> str | None:
    """The words (as written) telling the decision made by feel: a noun of intuition (`feel`)
    and で, then within a few words a verb of deciding (`deciding`) with no negation or formal
    noun of denial right after it (「勘で決めたわけではなく」): 「最後は勘で決めちゃってて」
    「なんとなくの感覚で決めてるんで」. The writer has no reason to give."""
    st = boundary_rules()
    n = len(ms)
    for i in range(n - 1):
        if str(ms[i].normalized_form()) not in st.feel or _pos(ms[i]) != "名詞":
            continue
        if str(ms[i + 1].normalized_form()) != "で":
            continue
        k = next(
            (
                k
                for k in range(i + 2, min(n, i + 2 + _FEEL_REACH))
                if str(ms[k].normalized_form()) in st.deciding
            ),
            None,
        )
        if k is None:
            continue
        after = [str(ms[x].normalized_form()) for x in range(k + 1, min(n, k + 4))]
        if any(f in ("ない", "ず", "ぬ", "訳", "わけ") for f in after):
            continue
        return _said(ms, i, k + 1)
    return None


_FEEL_REACH = 3


def ample_ground(ms: Any) -> int | None:
    """The character offset after the ground of advice: what the candidate holds told as ample
    (an adverb of enough, `ample`, then within two words a verb of having, `having`), then the
    causal ので (の and で) or から and a comma: 「簿記2級の知識は十分お持ちだと思いますので、」
    「CADの経験は十分おありだと思いますので、」. None where the clause opens on no such ground."""
    st = boundary_rules()
    n = len(ms)
    held = None
    for i in range(n):
        form = str(ms[i].normalized_form())
        if held is None and form in st.ample and _pos(ms[i]) == "副詞":
            k = next(
                (
                    k
                    for k in range(i + 1, min(n, i + 4))
                    if str(ms[k].normalized_form()) in st.having
                ),
                None,
            )
            held = k
            continue
        if held is None or i <= held or i + 1 >= n or ms[i + 1].surface() not in ("、", ","):
            continue
        causal = (form in ("から", "ので") and _pos(ms[i]) == "助詞") or (
            ms[i].surface() == "で" and i and ms[i - 1].surface() == "の"
        )
        if causal:
            return int(ms[i + 1].end())
        if _pos(ms[i]) == "補助記号":
            return None
    return None


def _trouble_of(ms: Any, j: int) -> int:
    """Past ``j`` (the end of the writer's act, 「当方の通信環境」) over の and a run of nouns
    whose last is a word of negative meaning (the polarity lexicon: 問題, 不具合, 不備): the
    trouble told is of the writer's act or means (「当方の通信環境の問題もあったかと」).
    Else ``j``."""
    from furikaeri.mail.reply.lack import negative_word

    if j >= len(ms) or str(ms[j].normalized_form()) != "の":
        return j
    k = j + 1
    while k < len(ms) and ms[k].part_of_speech()[0] in ("名詞", "接尾辞"):
        k += 1
    if k == j + 1 or not negative_word(str(ms[k - 1].normalized_form())):
        return j
    return k


def _copula_ends(ms: Any, j: int) -> bool:
    """From ``ms[j]`` on only a copula (だ, です) and auxiliaries or punctuation: the noun
    before it is the sentence's predicate (「こちらの機材の不調でした」)."""
    if _pos(ms[j]) != "助動詞" or str(ms[j].normalized_form()) not in ("だ", "です"):
        return False
    return all(_pos(ms[n]) in ("助動詞", "補助記号", "空白") for n in range(j + 1, len(ms)))


def general_talk(ms: Any) -> str | None:
    """The words (as written) framing the sentence as talk in general: 「一般論ですが」「一般的
    に」「一般に」 (not the attribute 「一般的な志望動機」), or many of the field's parties
    (「多くの企業では」), opening their part of the sentence (no subject or object marked before
    them: 「お答えが一般論にとどまっていた」 tells the candidate's answer); or the field's parties
    told as many (「…を気にされる企業も少なくありません」「…という会社が多いです」)."""
    st = boundary_rules()
    forms = [str(m.normalized_form()) for m in ms]
    opens = True  # no subject or object marked yet
    for i, form in enumerate(forms[:-1]):
        if i and _marked(ms[i - 1]):
            opens = False
        if opens and form in st.general and forms[i + 1] in st.general_tail:
            if forms[i + 1] == "だ" and str(ms[i + 1].surface()) != "に":
                told = _general_noun(st, ms, forms, i + 2)  # 「一般的なお話として」
                if told is not None:
                    return _said(ms, i, told)
                continue  # 「一般的な」「一般的です」
            return _said(ms, i, i + 2)
        if opens:
            told = _told_everyone(st, ms, forms, i)  # 「皆様にお伝えしていることですが」
            if told is not None:
                return _said(ms, i, told)
        many = form in st.many and forms[i + 1] == "の" and i + 2 < len(forms)
        if opens and many and forms[i + 2] in st.parties:
            return _said(ms, i, i + 3)
        told = _told_many(st, ms, forms, i)
        if told is not None:
            return _said(ms, i, told)
    return None


def usual_criteria(ms: Any, *, refused: bool = False) -> str | None:
    """The words (as written) telling what the company looks at in its selections, as its
    way: the sentence's last predicate a verb of looking or weighing (`looks`: 見る, 拝見, 重視,
    判断) in the present (no past after it), after a word of habit (`habits`: 「当社の書類選考
    では例年、…かを見ております」「普段の選考では…判断しております」) or, where the reply has
    refused to tell (``refused``), by itself (「当社の書類選考では主に以下の点を拝見しています」):
    the criteria of every applicant, nothing said of this one. From the habit word, or the whole
    sentence; None where not."""
    st = boundary_rules()
    at = _predicate(st, ms)
    if at is None:
        return None
    head = str(ms[at].normalized_form())
    if head not in st.looks and head not in st.conducting:
        return None
    if any(f in st.past for f in _forms(ms, at + 1, len(ms))):
        return None  # 「…を重視して判断いたしました」: this selection's judgement
    if head in st.conducting:  # 「弊社の選考は…総合的な評価で行っております」
        way = _way_topic(st, ms, at)
        return None if way is None else _said(ms, way, at + 1)
    habit = next((i for i in range(at) if str(ms[i].normalized_form()) in st.habits), None)
    if habit is not None:
        return _said(ms, habit, at + 1)
    return _said(ms, 0, at + 1) if refused else None


def _way_topic(st: _Boundary, ms: Any, at: int) -> int | None:
    """The index of the selection in general made the topic before the predicate ``ms[at]``
    (`ways` then は: 「弊社の選考は、…総合的な評価で行っております」), where no word of this one
    occasion (`occasions`: 今回, この度) comes before the predicate: the company's way with every
    applicant. Not 〜では (「選考では実務経験を重視しています」): the criteria the next sentence
    may measure the reader by. None where not."""
    forms = _forms(ms, 0, at)
    if any(f in st.occasions for f in forms):
        return None
    for i, f in enumerate(forms[:-1]):
        if f in st.ways and _pos(ms[i]) == "名詞" and forms[i + 1] == "は":
            return i
    return None


def _general_noun(st: _Boundary, ms: Any, forms: list[str], k: int) -> int | None:
    """After 「一般的な」 (``k`` the word after な): a noun of talk (`general_nouns`: 話, 論,
    アドバイス), an honorific prefix allowed before it, then として・です・だ (「一般的なお話
    として」「一般的なアドバイスですが」): the end of those words, else None. 「一般的な志望動機」
    is an attribute of the candidate's answer."""
    if k < len(forms) and _pos(ms[k]) == "接頭辞":
        k += 1
    if k + 1 >= len(forms) or forms[k] not in st.general_nouns or _pos(ms[k]) != "名詞":
        return None
    if forms[k + 1] == "と" and k + 2 < len(forms) and forms[k + 2] == "為る":
        return k + 3
    if forms[k + 1] in ("です", "だ", "で"):
        return k + 2
    return None


def _told_everyone(st: _Boundary, ms: Any, forms: list[str], i: int) -> int | None:
    """Everyone addressed by the writer's telling (`everyone`: 皆様, どなた, 全員; or
    多く・全て + の + `applicants`), に・へ (も), then a verb or noun of telling (`telling`,
    an honorific prefix allowed): 「皆様にお伝えしていることですが」「多くの応募者の方に
    申し上げていることですが」「どなたにもお勧めしているのは」: what follows is said to all
    applicants, nothing of the reader's own interview. The end of those words, else None.
    (「多くの方にご応募いただき」 tells the applicants, no telling: a comparison; 「皆様に
    お伝えしないこととしております」 tells no one, a refusal.)"""
    k = i
    if forms[k] in st.everyone and _pos(ms[k]) in ("名詞", "代名詞"):
        k += 1
    elif forms[k] in st.many and forms[k + 1] == "の" and k + 2 < len(forms):
        k += 2
        if forms[k] not in st.applicants:
            return None
        k += 1
    else:
        return None
    while k < len(forms) and (
        _pos(ms[k]) == "接尾辞" or forms[k] in st.applicants or forms[k] == "の"
    ):
        k += 1  # 皆様, 応募者の方
    if k >= len(forms) or forms[k] not in ("に", "へ") or _pos(ms[k]) != "助詞":
        return None
    k += 1
    while k < len(forms) and forms[k] in ("も", "は", "対する", "向ける", "て", "に"):
        k += 1
    if k < len(forms) and _pos(ms[k]) == "接頭辞":
        k += 1
    if k >= len(forms) or not (forms[k] in st.telling or forms[k] in st.shared):
        return None
    from furikaeri.mail.reply.lack import negator_forms

    # 「応募者の皆様にお伝えしないこととしております」: telling no one, a refusal
    for j in range(k + 1, min(len(forms), k + 6)):
        if forms[j] in negator_forms() and _pos(ms[j]) in ("助動詞", "形容詞"):
            return None
        if _pos(ms[j]) not in ("助動詞", "助詞", "動詞"):
            break
    return k + 1


def hearsay(ms: Any) -> bool:
    """The sentence ends in hearsay of the field in the present: the quotative と, then a verb of
    saying in the passive (`hearsay` + れる: 言われる, されている), not in the past
    (「…と言われています」「…とされております」: what is said in general), and no source named
    by から (「面接官からは…と言われています」 relays someone's words)."""
    st = boundary_rules()
    forms = [str(m.normalized_form()) for m in ms]
    for i in range(1, len(forms) - 1):
        if forms[i] not in st.hearsay or forms[i - 1] != "と" or forms[i + 1] != "れる":
            continue
        rest = [(forms[k], _pos(ms[k])) for k in range(i + 2, len(forms))]
        if any(p not in ("助動詞", "助詞", "動詞", "補助記号", "空白") for _, p in rest):
            return False
        if any(f in st.past and p == "助動詞" for f, p in rest):
            return False
        if i >= 2 and forms[i - 2] in st.past and _pos(ms[i - 2]) == "助動詞":
            return False  # 「…にとどまっていたと言われています」: what happened, relayed
        return not _sourced(st, ms, forms)
    return False


def _sourced(st: _Boundary, ms: Any, forms: list[str]) -> bool:
    """A source of the words named: one of `sources` (企業, 面接官, 先方), over a suffix (様, 側),
    right before から (「面接官からは」; not 「結論から話す」)."""
    for k, f in enumerate(forms):
        if f != "から" or _pos(ms[k]) != "助詞":
            continue
        j = k - 1
        while j > 0 and _pos(ms[j]) == "接尾辞":
            j -= 1
        if j >= 0 and forms[j] in st.sources:
            return True
    return False


def _marked(m: Any) -> bool:
    """A case particle marking a subject or an object (が, を)."""
    return m.part_of_speech()[1] == "格助詞" and str(m.normalized_form()) in ("が", "を")


def _addressed(m: Any) -> bool:
    """A case particle marking who is addressed or acts (に as a particle, not 正直に's copula)."""
    return m.part_of_speech()[1] == "格助詞" and str(m.normalized_form()) == "に"


def _told_many(st: _Boundary, ms: Any, forms: list[str], i: int) -> int | None:
    """The end of 「企業も少なくありません」「会社が多い」: a noun of the field's parties, then
    が・は・も, then a word of many (`plenty`) or of few (`scarce`) denied right after it; else
    None."""
    if forms[i] not in st.parties or _pos(ms[i]) != "名詞" or i + 2 >= len(forms):
        return None
    if forms[i + 1] not in ("が", "は", "も"):
        return None
    if forms[i + 2] in st.plenty:
        return i + 3
    if forms[i + 2] in st.scarce:
        from furikaeri.mail.reply.lack import negator_forms

        for k in range(i + 3, min(len(forms), i + 6)):
            if forms[k] in negator_forms():
                return k + 1
    return None


def no_fault(
    ms: Any,
    *,
    reassured: bool = False,
    grounds: frozenset[str] = frozenset(),
    points: bool = False,
    worries: frozenset[str] = frozenset(),
) -> str | None:
    """The words (as written) telling that a fault was not there in the interview: a word of
    negative meaning (the polarity lexicon: 問題, 課題, マイナス) as a noun, then only particles,
    formal nouns and existence (ある, ござる) up to a negation, told in the past or denied across
    a formal noun (「大きな課題があったということではなく」「大きなマイナスはなかった」); not the
    present 「日程は問題ございません」. ``points``: a point told by a negation counts as a
    fault too (「至らなかった点はなかった」「足りない点があったというよりは」), where only
    whether any fault was told as not there matters (a consolation by a predicate, 「悪かった
    ところがあるわけではない」, is no fault told as not there for the label)."""
    from furikaeri.mail.reply.lack import negative_word, negator_forms

    st = boundary_rules()
    denied = _denied_fault(ms, grounds | st.pointed, worries) if reassured else None
    if denied is not None:  # ``reassured``: beside an overall judgement, not a refusal to tell
        return denied  # (「どこか一つが原因ってわけじゃないので、お伝えできることがない」)
    for i, m in enumerate(ms):
        if _pos(m) != "名詞" or not (
            _fault_noun(st, ms, i) if points else negative_word(str(m.normalized_form()))
        ):
            continue
        if reassured and m.normalized_form() in st.pointed:
            # 「総合的に判断した結果とのことで、具体的な指摘はありませんでした」: no point told
            continue
        told = past = formal = False
        for k in range(i + 1, min(len(ms), i + 12)):
            form = str(ms[k].normalized_form())
            if form in negator_forms():  # 「なかった」「ございませんでした」: past after it
                # ない right after the fault denies its existence (「マイナスはなかった」); after a
                # formal noun only a way of putting it (「何がダメだったというわけでもなく」: no
                # one thing, a reason not given)
                told = told or (_pos(ms[k]) == "形容詞" and not formal)
                past = past or any(f in st.past for f in _forms(ms, k + 1, k + 4))
                if told and (past or formal):
                    return _said(ms, i, k + 1)
                break
            if (
                told
                and past
                and form in st.rather
                and _forms(ms, max(0, k - 2), k) == ["と", "言う"]
            ):
                return _said(ms, i, k + 1)  # 「足りない点があったというよりは」: not that, rather
            if form in st.existing:  # after a formal noun, ござる is the copula (ではございません)
                told = told or not formal
            elif form in st.past:
                past = True
            elif form in st.formal:
                formal = True
            elif form not in st.between:
                break
    return None


def _fault_noun(st: _Boundary, ms: Any, i: int) -> bool:
    """``ms[i]`` names a fault: a word of negative meaning (the polarity lexicon: 課題, 問題,
    欠点), or a noun of a point (`points`: 点, ところ) told by a negation or a negative word
    right before it, past allowed (「至らなかった点」「足りない点」「悪かったところ」)."""
    from furikaeri.mail.reply.lack import negative_word, negator_forms

    form = str(ms[i].normalized_form())
    if negative_word(form):
        return True
    if form not in st.points:
        return False
    j = i - 1
    while j >= 0 and str(ms[j].normalized_form()) in st.past and _pos(ms[j]) == "助動詞":
        j -= 1
    if j < 0:
        return False
    before = str(ms[j].normalized_form())
    return (before in negator_forms() and _pos(ms[j]) in ("助動詞", "形容詞")) or negative_word(
        before
    )


def fault_point(ms: Any) -> bool:
    """The words before a refusal (``ms``) end on a fault point as its object or topic (を, は,
    について after it): 「明確な至らなかった点をお伝えできず」「具体的な改善点を申し上げられず」
    — what is not told is a fault, which a reply saying there was none cannot give (an apology
    for having no point, not a refusal to tell a reason)."""
    st = boundary_rules()
    k = len(ms) - 1
    while k >= 0 and _pos(ms[k]) in ("助詞", "補助記号", "空白", "動詞"):
        k -= 1  # を, は, について (付く as a verb)
    if k < 0 or _pos(ms[k]) != "名詞":
        return False
    return str(ms[k].normalized_form()) in st.fault_points or _fault_noun(st, ms, k)


def _denied_fault(
    ms: Any, grounds: frozenset[str] = frozenset(), worries: frozenset[str] = frozenset()
) -> str | None:
    """The words of a reassurance (lack.reassurances) that deny a negative noun,
    not a verb's stem: 「マイナス評価があったわけではなく」「減点となった点は特にございません」
    「問題とは考えておりません」. A consolation told by a predicate (「悪かったところがあるわけ
    ではない」「否定するものではなく」) is not a fault said not to be there; nor is a ground of
    the decision denied (``grounds``: 原因, 理由, 要因: 「特定の項目が原因というわけではござい
    ません」 beside an overall judgement names no point, it declines to single one out); nor the
    reader's own worry told away (``worries`` made so by に and する, then the negation at once:
    「気にしないで次がんばって」「気にせずがんばってね」: what the reader should do, not what the
    interviewers found; 「特に気にしておりませんでした」 tells theirs)."""
    from furikaeri.mail.reply.lack import negative_word, reassurances

    for words in reassurances(ms):
        head = _morphs(words)
        if str(head[0].normalized_form()) in grounds or _worry_told_away(head, worries):
            continue
        pos = head[0].part_of_speech()
        verb = len(head) > 1 and head[1].normalized_form() == "為る"
        noun = pos[0] == "名詞" and pos[2] != "形状詞可能" and not verb
        if noun and negative_word(str(head[0].normalized_form())):
            return words
    return None


def _worry_told_away(head: Any, worries: frozenset[str]) -> bool:
    """``head`` (a reassurance's words) is a worry noun (``worries``: 気, 心配) with に and する
    (なさる), the negation right after the verb: the reader asked not to worry."""
    forms = [str(m.normalized_form()) for m in head]
    return (
        len(forms) >= 4
        and forms[0] in worries
        and forms[1] == "に"
        and forms[2] in ("為る", "為さる")
        and head[3].part_of_speech()[0] == "助動詞"
    )


def _forms(ms: Any, start: int, end: int) -> list[str]:
    return [str(ms[k].normalized_form()) for k in range(start, min(end, len(ms)))]


def refrains(ms: Any, judged: frozenset[str]) -> str | None:
    """The words (as written) of the company holding back its judgement: a ``judged`` noun of
    [refusal] (理由, 評価, フィードバック) before a verb of refraining (控える, 見合わせる) in the
    writer's humble forms after it (させていただく, おる): 「フィードバックについては、全ての方に
    同様に控えさせていただいております」."""
    st = boundary_rules()
    forms = [str(m.normalized_form()) for m in ms]
    for i, form in enumerate(forms):
        if form not in st.refrain or not any(f in judged for f in forms[:i]):
            continue
        if any(f in st.humble for f in forms[i + 1 : i + 6]):
            start = max(j for j, f in enumerate(forms[:i]) if f in judged)
            return _said(ms, start, i + 1)
    return None


def _any_past(st: _Boundary, ms: Any) -> bool:
    """The clause holds the past auxiliary (`past`: た, だ after a voiced stem)."""
    return any(_pos(m) == "助動詞" and str(m.normalized_form()) in st.past for m in ms)


def about_candidate(observation: Any, ms: Any, *, past: bool = False) -> bool:
    """The clause (its morphemes) speaks of the candidate: names the reader (a name or 〇〇
    before 様 or さん, ご自身, あなた) or tells their conduct in respectful forms or as the
    interviewer perceived it (``observation``: furikaeri.mail.observation forms; 「緊張されている
    感じがあり」), other than a step of the selection (`steps`: 「一次面接を通過されており」).
    Judging words in a clause of none of these judge something else (「面接官の所感は先方にお渡し
    済みです」「先ほどのメールは送信先の誤りでした」). ``past``: conduct counts only told in the
    past (「緊張されていた」): in talk in general the same forms are the passive or respect of
    anyone's present (「意欲が低いと受け取られることもございます」「…を気にされる企業」)."""
    from furikaeri.mail.observation import marks_conduct

    st = boundary_rules()
    marks = [
        i
        for i in range(len(ms))
        if marks_conduct(observation, ms, i) and (not past or _told_past(st, ms, i))
    ]
    stepped = [i for i in marks if any(f in st.steps for f in _forms(ms, max(0, i - 3), i))]
    if stepped and stepped == marks:  # 「山田様は一次面接を通過されております」: the selection
        return False
    if len(marks) > len(stepped):
        return True
    for i, m in enumerate(ms):
        form, pos = str(m.normalized_form()), m.part_of_speech()
        if form in st.respected and pos[0] == "動詞" and (not past or _told_past(st, ms, i)):
            return True  # 「…とおっしゃっていた」
        if form in st.reader and pos[0] in ("名詞", "代名詞") and (not past or _any_past(st, ms)):
            return True  # (in talk in general, ご自身 in the present is anyone's: 「ご自身の工夫が
            # 書かれているか」)
        if pos[0] == "接尾辞" and form in st.reader_suffix and i > 0:
            before = ms[i - 1].part_of_speech()
            if before[1] == "固有名詞" or before[0] == "補助記号":
                return True
    return False


def company_quoted(ms: Any) -> bool:
    """The words right after a quote's closing bracket (``ms``: their morphemes) make it the
    company's side's words: the quotative と (and の), then a noun of a source (`sources`: 面接官,
    現場) or of an opinion (`opinions`: 声, 意見, 指摘) with no honorific prefix and no reader's
    suffix, marked by が, から, より, も or は (「…」と面接官が申しておりました, 「…」との声が
    ありました, 「…」と現場から); or a humble verb of saying (`relaying`: 「…」と申しておりました).
    The candidate's words are told with respect (「…」とのお話, 「…」とおっしゃって)."""
    st = boundary_rules()
    if not len(ms) or ms[0].normalized_form() != "と" or ms[0].part_of_speech()[1] != "格助詞":
        return False
    j = 2 if len(ms) > 1 and ms[1].normalized_form() == "の" else 1
    if j < len(ms) and _pos(ms[j]) == "動詞":
        return str(ms[j].normalized_form()) in st.relaying
    k = j
    while k < len(ms) and (
        _pos(ms[k]) in ("名詞", "接尾辞")
        or (  # 「現場の者が」「人事の担当者から」: nouns joined by の
            k > j
            and ms[k].normalized_form() == "の"
            and k + 1 < len(ms)
            and _pos(ms[k + 1]) == "名詞"
        )
    ):
        k += 1
    run = [str(ms[x].normalized_form()) for x in range(j, k)]
    if not run or any(f in st.reader_suffix or f in st.reader for f in run):
        return False
    voiced = any(f in st.sources or f in st.opinions for f in run)
    return voiced and k < len(ms) and str(ms[k].surface()) in _VOICED_BY


_VOICED_BY = ("が", "から", "より", "も", "は")


def _told_past(st: _Boundary, ms: Any, i: int) -> bool:
    """The predicate ``ms[i]`` stands in ends in the past (`past`: た) before the next
    content word or punctuation: 「緊張されていた」「お話しされました」."""
    for k in range(i + 1, len(ms)):
        pos = _pos(ms[k])
        if str(ms[k].normalized_form()) in st.past and pos == "助動詞":
            return True
        if pos not in ("助動詞", "助詞", "動詞") or (pos == "動詞" and k > i + 3):
            return False
    return False


def speech_frame(ms: Any) -> str | None:
    """The words (as written) of the writer's own framing of what follows, opening the sentence:
    a verb of saying (`speech`) within `speech_opens` words of the start, with no subject or
    object marked before it, then a conjunctive particle (と, ば, て) after its polite or light
    verbs (「結論から言いますと、」「正直に言うと、」「率直に申し上げますと、」「一言で言えば、」):
    the writer's act of telling, no conduct of the candidate's (言い方, 説明)."""
    st = boundary_rules()
    for i in range(min(len(ms), st.speech_opens + 1)):
        if i and (_marked(ms[i - 1]) or _addressed(ms[i - 1])):
            return None  # (「上司に言われて」: told by someone, no frame of the writer's)
        if _pos(ms[i]) != "動詞" or str(ms[i].normalized_form()) not in st.speech:
            continue
        j = i + 1
        while j < len(ms) and str(ms[j].normalized_form()) in ("ます", *st.walked):
            j += 1  # ます, いたす (not a passive: 「言われて」)
        if j < len(ms) and ms[j].part_of_speech()[1] == "接続助詞":
            end = j + 1
            if end < len(ms) and ms[end].part_of_speech()[1] == "非自立可能":
                return None  # 「そう言っていただけると」: a supporting verb, no frame
            while end < len(ms) and _pos(ms[end]) == "補助記号":
                end += 1  # its comma
            return _said(ms, 0, end)
        return None
    return None
