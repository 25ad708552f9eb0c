"""Reverse questions the company's website answers (reverse_question.researchable): a listed
question (事業内容, 従業員数 …), or a plain question about what the company sells, its
customers, its history or its sites, read with what the profile says it offers."""

from __future__ import annotations

from bisect import bisect_left

from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.questions.facts import _OTHER_COUNT, _asked_of
from furikaeri.analyzer.questions.focus import (
    _PHRASE_POS,
    _QUOTES,
    _concept_in,
    _focus,
    _listing,
    _named_focus,
    _noun_phrase,
    _plain_fact,
)
from furikaeri.analyzer.questions.profile import _named_in_profile, _offered
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Company
from furikaeri.patterns import MatchLike


def _researchable(doc: Doc, unit: Sentence, company: Company | None = None) -> bool:
    """Answered by the website: a listed question (事業内容, 従業員数 …), or a plain question
    (どんな, 主な, いつ) about what the company sells, who its customers are or its history
    (「どんな製品を作っているのですか」「主な取引先は」), or how many sites it has and where,
    not its plans or an insider's view. What the company offers is read from the profile too
    (_offered: 「どんな雑誌を出されていますか」 of a publisher whose profile names its 雑誌).
    A forward-looking question ([reverse_question].forward: 予定, 見込み, 役割分担) asks a plan,
    not a published fact, whatever fact word it names (本社, 工場). What the organisation
    itself does, asked with it as the topic (own_doing: 「こちらの法人は、普段どのような活動を
    されているのでしょうか」), is its website's first page."""
    if _plain_fact("forward").search(unit.text):
        return False
    if _listed(doc, unit) or _plain_fact("own_doing").search(unit.text):
        return True  # (what the organisation itself does: 「こちらの法人はどのような活動を」)
    text = unit.text
    if _plain_fact("wh").search(text) and _plain_fact("basic_fact").search(text):
        # (with a determiner of question, the noun it names: not 「…という理念を実感されるのは
        # どのような場面」)
        # (the head it names: 「どういった業種のお客様」 asks お客様, 「どのようなサービスの開発に
        # 携わっている方」 asks no サービス)
        nouns = _concept_in(doc, unit, "researchable")
        focus = _named_focus(doc, unit)
        if focus is not None:
            named = {doc.begins[k] for k in focus}
            if not _listing(doc, focus.stop - 1):
                named = {doc.begins[focus.stop - 1]}
            nouns = [n for n in nouns if n.start in named]
        found = bool(nouns) or any(
            _offered(doc, k, company) and not _scene(doc, k, unit) for k in _asked_nouns(doc, unit)
        )
    else:
        found = _told_of(doc, unit, company)
    if not found and (
        _plain_fact("count_place").search(text)
        or (_plain_fact("exists").search(text) and _has_sites(doc, unit))
    ):
        found = bool(_concept_in(doc, unit, "sites"))
    if not found and _plain_fact("exists").search(text):
        found = _offer_counted(doc, unit, company)
    if not found:
        found = _self_counted(doc, unit)
    return found and not _plain_fact("insight").search(text) and not _reception(doc, unit)


def asked_clause(doc: Doc, unit: Sentence) -> Sentence:
    """The part of a question that asks: what follows the last premise in it. A premise is a
    clause that states something and hands it on to the question (a conjunctive particle of
    [grammar].clause_breaks or cause_breaks, or the copula で after の or こと, then a comma:
    「海外からのお客様が4割とのことですが、」「本社が堺市なので、」「…とのことで、」), with no word
    of question of its own ([grammar].indefinites, いつ). A fact cited there is what the
    candidate read; what the question asks for comes after it."""
    ws, begins, ends = doc.words, doc.begins, doc.ends
    breaks = grammar("clause_breaks") | grammar("cause_breaks")
    wh = grammar("indefinites") | {"何時", "いつ"}
    start = unit.start
    first = bisect_left(begins, unit.start)
    i = first
    while i + 1 < len(ws) and ends[i + 1] <= unit.end:
        w, nxt = ws[i], ws[i + 1]
        ends_premise = nxt.surface in ("、", ",") and (
            (w.pos == "助詞" and w.pos2 == "接続助詞" and w.surface in breaks)
            or (
                w.pos == "助動詞"
                and w.surface == "で"
                and i > first
                and ws[i - 1].normalized in ("の", "こと", "事")
            )
        )
        if ends_premise:
            lo = bisect_left(begins, start)
            if not any(ws[k].normalized in wh for k in range(lo, i)):
                start = ends[i + 1]
        i += 1
    if start == unit.start:
        return unit
    return Sentence(start, unit.end, unit.text[start - unit.start :])


def _reception(doc: Doc, unit: Sentence) -> bool:
    """The question asks how the company's customers take what it offers (a word of the concept
    [concepts].reception, Sudachi synonyms too: 「現地のお客様からはどのような商品が支持されて
    いるのでしょうか」「どの商品が一番売れていますか」): the market's view, no published fact."""
    c, ws, ml = concept("reception"), doc.words, doc.morphemes
    lo, hi = bisect_left(doc.begins, unit.start), bisect_left(doc.begins, unit.end)
    return any(c.has_word(ws[i], ml, i) for i in range(lo, hi))


def _self_counted(doc: Doc, unit: Sentence) -> bool:
    """A count of the topic in its own unit (「雑誌は何誌」「工場は何工場」「支店は何店」: the
    counter after 何 ends the topic's noun): how many of a kind of thing the company has, which
    its website lists, whatever the thing (not 何人, 何件: _OTHER_COUNT)."""
    if _OTHER_COUNT.search(unit.text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    for i in range(first, len(ws) - 1):
        if ends[i + 1] > unit.end:
            break
        counter = ws[i + 1]
        if ws[i].surface != "何" or counter.pos not in ("名詞", "接尾辞"):
            continue
        return any(
            ws[k].pos == "名詞"
            and ws[k].surface.endswith(counter.surface)
            and _asked_of(doc, k, unit, None, topic=True)
            for k in range(first, i)
        )
    return False


def _offer_counted(doc: Doc, unit: Sentence, company: Company | None) -> bool:
    """How many there are of what the company offers (「取り扱っている商品の種類はどのくらい
    ありますか」「ブランドはいくつありますか」): a count of the thing itself (not 何人, 何件) whose
    subject is offered (_offered)."""
    text = unit.text
    if not _plain_fact("how_many").search(text) or _OTHER_COUNT.search(text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if _offered(doc, i, company) and _asked_of(doc, i, unit, None, topic=True):
            return True
    return False


def _asked_nouns(doc: Doc, unit: Sentence) -> list[int]:
    """The head of the noun a question with a determiner of question asks for (「どんな雑誌」
    「主力のゲームって何」: 雑誌, ゲーム), or, when the determiner names only a formal noun or
    the kinds of something, the topic that noun stands for (「取扱品目にはどのようなものが」
    「電子書籍にはどのようなジャンルが」: 品目, 電子書籍). Token indices."""
    focus = _focus(doc, unit)
    if focus is None:
        return []
    ws = doc.words
    named = _named_focus(doc, unit)
    if named is not None and not _listing(doc, named.stop - 1):
        return [named.stop - 1]
    # the topic before the determiner (「…には」「…では」「…は」): the noun right before it
    k = focus.start - 1
    first = bisect_left(doc.begins, unit.start)
    while k > first and not (ws[k].surface in grammar("topic_particles") and ws[k].pos == "助詞"):
        k -= 1
    k -= 1
    while k >= first and ws[k].pos == "助詞" and ws[k].surface in ("に", "で"):
        k -= 1
    return [k] if k >= first and ws[k].pos == "名詞" else []


def _scene(doc: Doc, i: int, unit: Sentence) -> bool:
    """Noun i is the scene a question is set in (「どのような施設で研修を」), not what it asks."""
    ws = doc.words
    return i + 1 < len(ws) and doc.ends[i + 1] <= unit.end and ws[i + 1].surface == "で"


def _listed(doc: Doc, unit: Sentence) -> bool:
    """A listed question ([reverse_question].researchable), unless the question names another
    thing it asks (「創業支援で相談に来られる方は、どのような業種が多いですか」 asks 業種): a
    listed word counts inside the noun its determiner names, or as its topic (「本社はどの
    地域に」)."""
    hits = [m for m in lexicon().researchable.finditer(unit.text) if not _modifies(doc, unit, m)]
    if not hits:
        return False
    focus = _named_focus(doc, unit)
    if focus is None:
        return True
    lo = doc.begins[focus.start] - unit.start
    hi = doc.ends[focus.stop - 1] - unit.start
    topic = tuple(grammar("topic_particles"))
    return any(
        (m.start() < hi and lo < m.end()) or unit.text.startswith(topic, m.end()) for m in hits
    )


def _modifies(doc: Doc, unit: Sentence, m: MatchLike) -> bool:
    """A listed word that only modifies by の a noun past the words listed (「本社工場の中途入社者
    が関わる機会」「本社ビルの見学」): what the question asks is that noun, not the fact (unless it
    is a general word of what companies offer or stands for a list or count: 「本社の所在地」 is
    listed in its own right, 「工場の数」 is one match)."""
    i = bisect_left(doc.begins, unit.start + m.start())
    if i >= len(doc.words) or doc.words[i].pos != "名詞":
        return False
    head, _, modifies = _noun_phrase(doc, i, unit)
    return (
        modifies
        and doc.ends[head] > unit.start + m.end()
        and not (_offered(doc, head, None) or _listing(doc, head))
    )


def _told_of(doc: Doc, unit: Sentence, company: Company | None = None) -> bool:
    """A plain request to be told about a thing the company offers (_offered: 「主力となっている
    商品について教えていただけますか」「これまでにリリースしたタイトルを教えてください」) or its
    creed (「企業理念を改めてお聞かせください」): the noun right before the request
    ([reverse_question].told) is the thing asked, not a noun further back (「商品開発で若手が
    任される仕事について」), and each noun listed before it (_listed_heads); a list or count of
    one (「サービスの一覧」「商品ラインナップ」: [concepts].listings) asks for the noun before it,
    and a name in quotes (「『…』について」) is asked when the profile gives it."""
    ws, begins = doc.words, doc.begins
    first = bisect_left(begins, unit.start)
    for m in _plain_fact("told").finditer(unit.text):
        k = bisect_left(begins, unit.start + m.start()) - 1
        if k >= first and ws[k].surface in ("』", "」"):
            if company is not None and _named_in_profile(doc, k, unit, company):
                return True
            continue
        if k < first or ws[k].pos != "名詞":
            continue
        for head in _listed_heads(doc, k, first):  # 「ホテルの数と、年間休日の日数を」: each
            if _listing(doc, head) and head - 1 >= first and ws[head - 1].pos == "名詞":
                head -= 1  # 「商品ラインナップ」
            elif _listing(doc, head) and head - 2 >= first and ws[head - 1].surface == "の":
                head -= 2  # 「サービスの一覧」
            if _offered(doc, head, company):
                return True
    return False


def _listed_heads(doc: Doc, k: int, first: int) -> list[int]:
    """Noun k and the heads of the nouns listed before it with と or や (「AのXと、BのY」: Y,
    X), back to token ``first``."""
    ws = doc.words
    listing = grammar("listing_particles")
    heads = [k]
    while True:
        while k > first and (ws[k - 1].pos in _PHRASE_POS or ws[k - 1].surface in _QUOTES):
            k -= 1
        if k - 2 > first and ws[k - 1].surface == "の" and ws[k - 2].pos in _PHRASE_POS:
            k -= 2  # 「BのY」 read back to B
            continue
        j = k - 1 - (k - 1 >= first and ws[k - 1].surface in ("、", ","))
        if j - 1 < first or ws[j].surface not in listing or ws[j - 1].pos != "名詞":
            return heads
        k = j - 1
        heads.append(k)


def _has_sites(doc: Doc, unit: Sentence) -> bool:
    """Whether the company has sites of a kind (「拠点ってあるんですか」「大阪にもオフィス
    ありますか」): a noun of the concept, then ある, which the website's list of sites answers."""
    c = concept("sites")
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    for i in range(bisect_left(begins, unit.start), len(ws) - 1):
        if ends[i] > unit.end:
            break
        if ws[i].pos != "名詞" or not c.has_word(ws[i], ml, i):
            continue
        k = i + 2 if ws[i + 1].surface in grammar("topic_particles") else i + 1
        if k < len(ws) and ends[k] <= unit.end and ws[k].normalized in grammar("existence_verbs"):
            return True
    return False
