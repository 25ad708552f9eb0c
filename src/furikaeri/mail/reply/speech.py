"""How a reply's sentence is spoken at the label's boundaries (data/mail_replies_boundary.toml):
talk in general or to everyone, the usual criteria, hearsay of the field, a quote the company's side
voiced, a frame of speech. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.boundary import _Boundary, _forms, _predicate, boundary_rules
from furikaeri.mail.reply.words import _pos, _said


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
