"""The writer's side of a reply at the label's boundaries (data/mail_replies_boundary.toml): a
request, question or apology of the writer's own, a thing accepted, a hedge, the writer set up as
the standpoint, the writer's act, the reader's inquiry taken up, a decision made by feel, what the
candidate holds told as ample. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.boundary import _forms, _predicate, boundary_rules
from furikaeri.mail.reply.words import _pos, _said
from furikaeri.vocabulary import negation


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
        # (the auxiliaries of [negation], or 訳: 「決めたわけではない」)
        if any(f in negation().auxiliaries or f in ("訳", "わけ") for f in after):
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
