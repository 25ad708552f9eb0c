"""A fault of the candidate's at the label's boundaries (data/mail_replies_boundary.toml): a fault
told as not there, a fault point, a worry told away, the company refraining from its judgement, and
whether a sentence speaks of the candidate at all. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.boundary import _Boundary, _forms, boundary_rules
from furikaeri.mail.reply.words import _morphs, _pos, _said


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
    """The words of a reassurance (denial.reassurances) that deny a negative noun,
    not a verb's stem: 「マイナス評価があったわけではなく」「減点となった点は特にございません」
    「問題とは考えておりません」. A consolation told by a predicate (「悪かったところがあるわけ
    ではない」「否定するものではなく」) is not a fault said not to be there; nor is a ground of
    the decision denied (``grounds``: 原因, 理由, 要因: 「特定の項目が原因というわけではござい
    ません」 beside an overall judgement names no point, it declines to single one out); nor the
    reader's own worry told away (``worries`` made so by に and する, then the negation at once:
    「気にしないで次がんばって」「気にせずがんばってね」: what the reader should do, not what the
    interviewers found; 「特に気にしておりませんでした」 tells theirs)."""
    from furikaeri.mail.reply.denial import reassurances
    from furikaeri.mail.reply.lack import negative_word

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
