"""What an answer tells of the future: an act ahead (ahead: a will, a wish to act, an aim),
or grievances instead of it (grievances_instead)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache

from furikaeri.analyzer.content.conditions import is_condition
from furikaeri.analyzer.content.predicates import following, negated
from furikaeri.analyzer.demands.hardships import _denied_word, _hardship_words
from furikaeri.analyzer.demands.verbs import _excluded, _quoting, _stances
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import Topic, negator_lemmas
from furikaeri.analyzer.semantics import concept, demand_words
from furikaeri.nlp import Word


def grievances_instead(doc: Doc, topic: Topic) -> bool:
    """The answer gives nothing the topic asks for and tells grievances instead (_grieved:
    complaints of the workplace, working conditions): for a topic that asks for an act ahead,
    none (demands.ahead) and a grievance; for another, none of its core and more than half of
    the sentences grievances or only a wish to work somewhere (「御社で働きたい」). It answers
    why one leaves, or what one wants from an employer, not the question (「前職はシフトが…」
    for 長所, 「御社は年間休日が…」 for 入社後に取り組みたいこと)."""
    if topic.acts_ahead:
        if ahead(doc):
            return False
    elif topic.core is not None and topic.core.search(doc.folded):
        return False
    sentences = doc.sentences
    if topic.acts_ahead:  # nothing ahead at all, and what is wrong now told instead
        return any(_grieved(doc, s) for s in sentences)
    # A trait may show in an episode without its name: grievances must be most of the answer
    # (read sentence by sentence, and no further once they cannot be).
    other = grieved = 0
    for n, sent in enumerate(sentences):
        if 2 * (other + len(sentences) - n) <= len(sentences):
            return False
        if _grieved(doc, sent):
            grieved += 1
            other += 1
        elif _wish_to_be(doc, sent):
            other += 1
    return grieved > 0 and 2 * other > len(sentences)


def _grieved(doc: Doc, sent: Sentence) -> bool:
    """The sentence complains of the workplace (detect_reasons.complaints), names a working
    condition (休日, 手当, 残業: content.conditions.is_condition), or names the employer or its
    people with a word the polarity dictionary marks negative (「上司も…難しい」), not denied."""
    from furikaeri.analyzer.blame.targets import names_employer
    from furikaeri.analyzer.detect_reasons import complaints

    ws, begins = doc.words, doc.begins
    lo = bisect_left(begins, sent.start)
    hi = bisect_left(begins, sent.end)
    if any(
        ws[i].pos == "名詞" and _condition(ws[i].normalized) and not _role_named(doc, i)
        for i in range(lo, hi)
    ):
        return True
    negative = _hardship_words()
    if names_employer(doc, sent) and any(
        ws[i].pos != "副詞"
        and (ws[i].lemma in negative or ws[i].normalized in negative)
        and not _denied_word(ws, i)
        for i in range(lo, hi)
    ):
        return True
    return any(sent.start <= s.start < sent.end for s in complaints(doc))


def _role_named(doc: Doc, i: int) -> bool:
    """The condition word at ``i`` opens a compound that names a person's role ([concepts]
    people: 「パートリーダー」「シフトリーダー」「夜勤リーダー」): a role held, no condition
    told."""
    ws = doc.words
    return (
        i + 1 < len(ws)
        and ws[i + 1].pos == "名詞"
        and doc.begins[i + 1] == doc.ends[i]
        and concept("people").has_word(ws[i + 1], doc.morphemes, i + 1)
    )


@lru_cache(maxsize=4096)
def _condition(noun: str) -> bool:
    """content.conditions.is_condition, read once per noun (it tokenizes the noun)."""
    return is_condition(noun)


def ahead(doc: Doc) -> bool:
    """An act of one's own ahead: a verb (or a noun with する) that is no mere working or
    joining ([demands].being_verbs, joining_verbs), wished (〜たい; not a wish that names a
    thing, 「やりたいことができない」, unless it is the theme, 「挑戦したいことは」), intended
    (〜つもり), carried on ahead (〜ていきます, 〜てまいります), aimed at (目指す), within
    one's reach (貢献できる, 活かせる), neither denied nor past, or told as what one will do
    (「改善に取り組みます」「学ぼうと思います」: no view, 思います, nor being somewhere)."""
    ws = doc.words
    for j, w in enumerate(ws):
        # (_toward's own first tests, inline: most words are none of what it reads)
        if (w.pos in _TOWARD_POS or w.normalized in _INTENDED) and _toward(ws, j):
            k = _main_verb(ws, j)
            if k is not None and not _excluded(ws[k], _not_ahead()):
                return True
        elif w.pos == "動詞" and (_will(ws, j) or _volitional(ws, j)):
            k = j - 1 if w.normalized == "為る" and j and ws[j - 1].pos == "名詞" else j
            if not _excluded(ws[k], _not_ahead() | _stances() | _quoting()):
                return True
        elif (
            w.pos == "動詞"
            and (w.normalized in demand_words("aim_verbs") or _able(ws, j))
            and not negated(ws, j)
            and not _past(ws, j)
        ):
            return True
    return False


def _will(ws: list[Word], j: int) -> bool:
    """The verb at ``j`` is told with ます, not past nor denied, and is the main verb itself
    (「接客を学びます」「改善に取り組みます」「貢献します」), not a dependent one
    (「止まってしまいます」「感じています」)."""
    w = ws[j]
    main = w.pos2 == "一般" or (w.normalized == "為る" and j > 0 and ws[j - 1].pos == "名詞")
    return (
        main
        and j + 1 < len(ws)
        and ws[j + 1].lemma == "ます"
        and not (j + 2 < len(ws) and ws[j + 2].lemma in negator_lemmas() | {"た"})
    )


def _volitional(ws: list[Word], j: int) -> bool:
    """The verb at ``j`` in its volitional form, quoted (「頑張ろうと思います」「学ぼうと
    考えています」): an intention."""
    w = ws[j]
    return (
        w.surface.endswith("う")
        and w.surface != w.lemma
        and j + 1 < len(ws)
        and ws[j + 1].surface == "と"
    )


_INTENDED = ("積もり", "つもり")
_TOWARD_POS = frozenset({"助動詞", "動詞"})  # (a word of any other part is toward nothing)


def _toward(ws: list[Word], j: int) -> bool:
    """Word ``j`` turns the verb before it toward what lies ahead: a wish (〜たい) that names
    no thing, つもり, or 〜ていく / 〜てまいる not told in the past."""
    w = ws[j]
    if w.pos == "助動詞" and w.lemma == "たい":
        return not _names_thing(ws, j)
    if w.normalized in _INTENDED:
        return True
    return (
        w.pos == "動詞"
        and w.normalized in ("行く", "参る")
        and j > 0
        and _te(ws[j - 1])
        and not _past(ws, j)
    )


def _past(ws: list[Word], j: int) -> bool:
    """The predicate at ``j`` is told in the past (〜た)."""
    k = j + 1
    while k < len(ws) and (ws[k].pos == "助動詞" or _te(ws[k]) or ws[k].pos2 == "非自立可能"):
        if ws[k].lemma == "た":
            return True
        k += 1
    return False


def _able(ws: list[Word], j: int) -> bool:
    """What one can do (「御社の受付業務に貢献できる」「提案ができる」「経験を活かせる」): a
    noun with できる or
    a potential form (活かせる, read as 活かす), of a verb that is no mere working or joining."""
    w = ws[j]
    if w.normalized == "出来る":  # 貢献できる, 提案ができる
        n = j - 2 if j > 1 and ws[j - 1].surface == "が" else j - 1
        return n >= 0 and ws[n].pos == "名詞" and not _excluded(ws[n], _not_ahead())
    potential = w.lemma != w.normalized and w.lemma.endswith("る")
    return (
        potential
        and not w.normalized.endswith("る")
        and w.pos2 == "一般"
        and not _excluded(w, _not_ahead())
    )


def _names_thing(ws: list[Word], j: int) -> bool:
    """The wish at ``j`` modifies a noun (「やりたいことができない」「働きたい環境」), unless it
    is the theme of the answer's words (「挑戦したいことは」)."""
    k = following(ws, j)
    if k >= len(ws) or ws[k].pos != "名詞":
        return False
    return not (
        ws[k].normalized in ("事", "こと", "の") and k + 1 < len(ws) and ws[k + 1].surface == "は"
    )


def _main_verb(ws: list[Word], j: int) -> int | None:
    """The verb a wish or intention at ``j`` is of (関わって+いき+たい: 関わる; 挑戦+し+たい:
    挑戦), past auxiliaries and dependent verbs after て."""
    k = j - 1
    while k >= 0:
        w = ws[k]
        if w.pos == "助動詞" or _te(w):
            k -= 1
        elif w.pos == "動詞" and k > 0 and _te(ws[k - 1]) and not _as(ws, k - 2):
            k -= 2  # a dependent verb (いく, いただく, みる)
        elif w.pos == "動詞":
            if w.normalized in ("為る", "出来る") and k > 0 and ws[k - 1].pos == "名詞":
                return k - 1
            return k
        else:
            return None
    return None


def _as(ws: list[Word], i: int) -> bool:
    """The する at ``i`` is that of the compound particle として (「一員として働きたい」): the verb
    after its て is the main one, no dependent verb."""
    return i >= 1 and ws[i].normalized == "為る" and ws[i - 1].surface == "と"


def _te(w: Word) -> bool:
    """The て of a verb's て-form (not the case particle で of 「環境で」)."""
    return w.surface in ("て", "で") and w.pos2 == "接続助詞"


def _wish_to_be(doc: Doc, sent: Sentence) -> bool:
    """The sentence wishes only to work or be somewhere (「ぜひ御社で働きたいです」「いつか御社で
    働くのが夢でした」: a wish noun, [demands] wish_nouns, after a verb and の or こと)."""
    ws, begins = doc.words, doc.begins
    wished = False
    for j in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end)):
        wish = ws[j].pos == "助動詞" and ws[j].lemma == "たい"
        k = _main_verb(ws, j) if wish else _wished_by_noun(ws, j)
        if wish or k is not None:
            if k is None or not _excluded(ws[k], _not_ahead()):
                return False
            wished = True
    return wished


def _wished_by_noun(ws: list[Word], j: int) -> int | None:
    """The verb a wish noun at ``j`` names as wished ([demands] wish_nouns, after a verb in its
    plain form, の or こと, and が or は, and maybe 私の: 「働くのが夢」「働くことが私の夢」), or
    None."""
    if ws[j].pos != "名詞" or ws[j].normalized not in demand_words("wish_nouns"):
        return None
    k = j - 1
    if k >= 1 and ws[k].surface == "の" and ws[k - 1].pos == "代名詞":
        k -= 2  # (「働くことが私の夢です」)
    if k >= 0 and ws[k].pos == "助詞" and ws[k].surface in ("が", "は"):
        k -= 1
    if k < 1 or ws[k].surface not in ("の", "こと", "事"):
        return None
    return _main_verb(ws, k) if ws[k - 1].pos in ("動詞", "助動詞") else None


@cache
def _not_ahead() -> frozenset[str]:
    """Verbs whose wish is no act ahead: being somewhere, joining ([demands].being_verbs,
    joining_verbs)."""
    return demand_words("being_verbs") | demand_words("joining_verbs")
