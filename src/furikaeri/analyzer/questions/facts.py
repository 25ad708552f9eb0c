"""Reverse questions about what the company profile states (a number, a place, a name) or
about what the company does (its business acts): the candidate could have read the answer."""

from __future__ import annotations

import re
from bisect import bisect_left

from furikaeri import lazy_re
from furikaeri.analyzer.doc import CLAUSE, Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.questions.focus import _listing, _named_focus, _noun_phrase, _plain_fact
from furikaeri.analyzer.questions.profile import (
    _offered,
    _profile_acts,
    _profile_counters,
    _profile_facts,
    _profile_nouns,
)
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Company, Span
from furikaeri.nlp import fold


def _stated(doc: Doc, unit: Sentence, company: Company | None) -> list[Span]:
    """A question of how many, where or what about something the company profile states with a
    number, a place or a name (「施設はどのくらい」 when the profile says 介護施設約4,000か所):
    the candidate could have read it. Not a question for a view or plans (insight). The noun
    found, or none."""
    if company is None or not company.profile:
        return []
    text = unit.text
    if _plain_fact("insight").search(text) or not _counts_stated(text, company.profile):
        return []
    if _favour_asked(doc, unit):
        return []
    price = _plain_fact("price").search(text)
    if price is not None and _YEN.search(fold(company.profile)):
        return [doc.span(unit.start + price.start(), unit.start + price.end())]
    if _plain_fact("what").search(text):  # what a name the profile gives is (『…』とは)
        profile = fold(company.profile)
        for m in _NAME.finditer(text):
            if m.group(1) in profile and _NAME_TOPIC.match(text, m.end()):
                return [doc.span(unit.start + m.start(), unit.start + m.end())]
    other = False  # counting something else (何件, 何人, 何年目): the noun must be the topic
    topical: frozenset[str] = frozenset()  # nouns counted only as the topic (「児童書は何冊」)
    if _plain_fact("how_many").search(text):
        counted = _counted(doc, unit, company.profile)
        if counted:
            return counted
        stated = _profile_facts(company.profile)
        other = _OTHER_COUNT.search(text) is not None
        if not other:
            topical = _profile_nouns(company.profile)[1]
    elif _plain_fact("what_is").search(text) or _plain_fact("exists").search(text):
        stated = _profile_nouns(company.profile)[1]  # 「託児所はありますか」「代表作は何ですか」
        # (the profile's noun is what there is or what is asked, its topic or subject, not a
        # noun that modifies it or one of a clause before it: 「施設と病院の間で、人の行き来は
        # ありますか」「教室長として活躍されている方に共通することは何でしょうか」)
        other = True
    else:
        return []
    stated_text = "\0".join(stated)  # a noun inside a profile compound (施設 in 介護施設)
    focus = _named_focus(doc, unit)
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        w = ws[i]
        if w.pos != "名詞" or w.pos2 not in ("普通名詞", "固有名詞") or len(w.surface) < 2:
            continue
        if (w.normalized in stated or w.surface in stated_text) and _asked_of(
            doc, i, unit, focus, topic=other
        ):
            return [doc.span(begins[i], ends[i])]
        if w.normalized in topical and _asked_of(doc, i, unit, focus, topic=True):
            return [doc.span(begins[i], ends[i])]
    return []


# A name the question is about: its topic (「『ケアノート』とは」「『ケアノート』という機能
# は」), not the object or the setting of another question (「『…』という理念を…実感される
# のは」).
_NAME_TOPIC = lazy_re.compile(r"(という[^、。]{0,8}?)?(とは|は|って|が|も)")


def _asked_of(doc: Doc, i: int, unit: Sentence, focus: range | None, *, topic: bool) -> bool:
    """Word i is what the question asks about: the noun its determiner of question names (「どの
    ような点」: not 「事業所の方がつまずきやすいのはどのような点」); with ``topic`` (a count of
    something else, or whether there is something), only the topic or subject of the question
    (a particle of [grammar].topic_particles after its phrase, or the verb of being: 「事業所は
    何件」「託児所ありますか」, not 「何件くらい事業所を回られる」). Never the scene it is set in
    (a phrase before で: 「導入された事業所で」「AとBの間で」, or a clause ending in a time:
    「新しい施設を立ち上げるとき、」), nor a noun that only modifies the one asked (「人の
    行き来は」「『…』の編集部は」), unless that one is a general word of what companies offer or
    stands for a list or count (「プライベートブランドの商品は」「商品の種類は」)."""
    if focus is not None:
        return i in focus
    ws = doc.words
    head, end, modifies = _noun_phrase(doc, i, unit)
    after = ws[end] if end < len(ws) and doc.ends[end] <= unit.end else None
    if after is not None and after.surface == "で" and after.pos == "助詞":
        return False
    if _in_time_clause(doc, end, unit):
        return False
    if modifies and not (_offered(doc, head, None) or _listing(doc, head)):
        return False
    return not topic or (
        after is not None
        and (
            after.surface in grammar("topic_particles")
            or after.normalized in grammar("existence_verbs")
        )
    )


def _in_time_clause(doc: Doc, k: int, unit: Sentence) -> bool:
    """The words from k to the next comma end on a time (「…を立ち上げるとき、」: a noun of
    [grammar].when_nouns after a verb): a clause that sets the scene of the question."""
    ws, ends = doc.words, doc.ends
    when = grammar("when_nouns")
    while k < len(ws) and ends[k] <= unit.end and ws[k].surface not in ("、", ","):
        if ws[k].pos == "名詞" and ws[k].lemma in when and ws[k - 1].pos in ("動詞", "助動詞"):
            nxt = ws[k + 1] if k + 1 < len(ws) and ends[k + 1] <= unit.end else None
            if nxt is None or nxt.surface in ("、", ",", "に", "は"):
                return True
        k += 1
    return False


def _business_asked(doc: Doc, unit: Sentence, company: Company | None) -> list[Span]:
    """A plain question of what the company makes, grows, sells or handles, or where or how it
    sells it (「どういった作物を作られていて」「どこで売っているのか」), when the profile tells
    what it does ([concepts].business_acts in any of its words, 出版社: _profile_acts) or the
    question asks it of the company as its topic ([reverse_question] own_offer: 「御社では主に
    どのような本を出版されているのでしょうか」): read clause by clause, so that
    a view asked in another clause does not hide it; asked how (どのように), only of an act the
    profile names itself. The word of the act, or none."""
    stated = _profile_acts(company.profile) if company is not None and company.profile else None
    if not stated and not _plain_fact("own_offer").search(unit.text):
        return []  # (the company as the topic asks its own acts, told in the profile or not)
    acts = concept("business_acts")
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    for m in CLAUSE.finditer(unit.text):
        text = m.group()
        asks = _plain_fact("wh").search(text) or _plain_fact("what").search(text)
        if not asks and not any(w in text for w in grammar("manner_wh")):
            continue
        lo, hi = unit.start + m.start(), unit.start + m.end()
        insight = _plain_fact("insight").search(text)
        for i in range(bisect_left(begins, lo), len(ws)):
            if ends[i] > hi:
                break
            w = ws[i]
            if w.pos not in ("動詞", "名詞") or not acts.has_word(w, ml, i):
                continue
            if insight is None or (
                text[insight.start() : insight.end()] in grammar("manner_wh")
                and w.normalized in (stated or ())
            ):
                # with its object (「どういった作物を作られて」)
                k = i - 2 if i >= 2 and ws[i - 1].surface == "を" and begins[i - 2] >= lo else i
                while k > 0 and k < i and ws[k - 1].pos == "名詞" and begins[k - 1] >= lo:
                    k -= 1
                return [doc.span(begins[k], ends[i])]
    return []


def paced_count(doc: Doc, unit: Sentence) -> bool:
    """A count asked per span of time ([reverse_question].pace_spans: 「出張修理では一日に何校
    ほど回られるのでしょうか」「週に何回」「毎日どのくらい」): the pace of the work, which the
    candidate asks to picture the job, not a total the company publishes. The span stands alone
    or after one (一, 1) or 毎, and at most a linking word (pace_links: に, あたり) comes before
    the count (何 and its counter, or pace_counts)."""
    rq = lexicon().raw["reverse_question"]
    spans, links, counts = set(rq["pace_spans"]), set(rq["pace_links"]), tuple(rq["pace_counts"])
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    i = first
    while i < len(ws) and ends[i] <= unit.end:
        if ws[i].pos == "名詞" and ws[i].normalized in spans:
            before = ws[i - 1] if i > first else None
            if before is None or before.pos2 != "数詞" or before.normalized == "1":
                k = i + 1
                while k < len(ws) and ends[k] <= unit.end and ws[k].normalized in links:
                    k += 1
                if (
                    k < len(ws)
                    and ends[k] <= unit.end
                    and (
                        (ws[k].surface == "何" and ws[k].pos2 == "数詞")
                        or ws[k].surface.startswith("何")
                        or doc.folded.startswith(counts, begins[k])
                    )
                ):
                    return True
        i += 1
    return False


def _counted(doc: Doc, unit: Sentence, profile: str) -> list[Span]:
    """A count or places asked of something the profile counts (「何施設」「院はいくつ」 when it
    says 42施設, 23院): a word of the question that the profile uses as a counter after a number,
    however short."""
    counters = _profile_counters(profile)
    if not counters:
        return []
    # 「1店舗あたり何人」 counts people, not stores: then only 何 + the counter itself counts
    other = _OTHER_COUNT.search(unit.text) is not None
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        w = ws[i]
        if w.pos not in ("名詞", "接尾辞") or (
            w.surface not in counters and w.normalized not in counters
        ):
            continue
        if i and ws[i - 1].surface == "何":  # 何施設
            return [doc.span(begins[i - 1], ends[i])]
        if (
            not other and i + 1 < len(ws) and ws[i + 1].surface in grammar("topic_particles")
        ):  # 院はいくつ
            return [doc.span(begins[i], ends[i])]
    return []


_OTHER_COUNT = lazy_re.compile("何(人|名|件|日|時間|回|歳|割|円|年目)")
# Verbs of a favour received, normalized (ついてくださる, 一緒に勤務していただける), and asking to
# be told (教えていただけますか), which asks for the fact itself.
_FAVOUR = frozenset({"呉れる", "下さる", "頂く", "頂ける", "貰う", "貰える"})
_TELL = lazy_re.compile("教え|聞かせ|説明|紹介|話し|知らせ")


def _favour_asked(doc: Doc, unit: Sentence) -> bool:
    """The question asks what people do for a newcomer (「プリセプターの先輩には、どのくらいの
    期間一緒に勤務していただけますか」): how a stated system works in practice, which the profile
    stating it does not tell."""
    if _TELL.search(unit.text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start) + 2, len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].normalized in _FAVOUR and ws[i - 1].surface in ("て", "で"):
            return True
    return False


_NUMBER = "[0-9〇一二三四五六七八九十百千万,.]"
_YEN = lazy_re.compile(_NUMBER + "+円")
_ANY_COUNT = lazy_re.compile("いくつ|幾つ")


def _counts_stated(text: str, profile: str) -> bool:
    """A count asked in a unit (何回, 何日, 何時間) is answered by the profile only when it gives
    a number in that unit: 「夜勤は月に何回」 is not read in 「夜勤は入職4か月目から」."""
    asked = _OTHER_COUNT.search(text)
    if asked is None or _ANY_COUNT.search(text):  # 「施設はいくつあって、定員は何名」: two asks
        return True
    return re.search(_NUMBER + re.escape(asked.group(1)), fold(profile)) is not None


_NAME = lazy_re.compile(r"[『「]([^』」]{2,40})[』」]")
