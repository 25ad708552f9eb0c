"""What a reverse question is about: the noun it asks of (_focus, _named_focus), the
concepts its words belong to, and the noun phrase around a word; shared by the readings of
conditions, researchable facts and the profile's statements."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Span
from furikaeri.patterns import Matcher, matcher


def _spans_in(doc: Doc, units: list[Sentence], pattern: Matcher) -> list[Span]:
    return [s for u in units for s in doc.find(pattern, within=u)]


def _concept_in(doc: Doc, unit: Sentence, name: str) -> list[Span]:
    """Nouns of ``unit`` that belong to a concept (a seed or one of its Sudachi synonyms)."""
    c = concept(name)
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    out: list[Span] = []
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].pos in ("名詞", "形状詞") and (  # 形状詞: 割安
            c.has_word(ws[i], ml, i) or ws[i].normalized.endswith(_long_seeds(name))
        ):
            out.append(doc.span(begins[i], ends[i]))
    return out


@cache
def _long_seeds(name: str) -> tuple[str, ...]:
    """Seeds of two or more characters: a compound read as one word that ends in one belongs
    to the concept (海外拠点, 主力商品)."""
    return tuple(s for s in concept(name).seeds if len(s) >= 2)


def _focus(doc: Doc, unit: Sentence) -> range | None:
    """The nouns a question asks about (token indices), when its words say: the noun run
    after a determiner of question (「どのような手技を」「どんな手当が」「どういった作物」), or the
    topic of a pronoun of question that ends it (「…業務はどれでしょうか」). None for a question
    that asks whether or how much (「残業はありますか」「どのくらい」): its topic is what it
    names."""
    if not _plain_fact("focus").search(unit.text):
        return None  # (most condition questions: their words are not read)
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    last = first
    while last < len(ws) and ends[last] <= unit.end:
        last += 1
    for i in range(first, last):
        w = ws[i]
        determiner = (w.pos == "連体詞" and w.surface.startswith("ど")) or (
            w.surface == "た" and i >= first + 2 and ws[i - 2].surface == "どう"
        )
        if determiner:
            k = i + 1
            while k < last and ws[k].pos == "名詞":
                k += 1
            if k > i + 1:
                return range(i + 1, k)
        if (
            w.surface in grammar("wh_pronouns")
            and w.pos == "代名詞"
            and i >= first + 2
            and ws[i - 1].surface in grammar("topic_particles")
            and ws[i - 2].pos == "名詞"
            and (i + 1 == last or ws[i + 1].pos in ("助動詞", "助詞"))
        ):
            k = i - 2
            while k > first and ws[k - 1].pos == "名詞":
                k -= 1
            return range(k, i - 1)
    return None


def _named_focus(doc: Doc, unit: Sentence) -> range | None:
    """_focus, unless it names only a formal noun (「主なサービスはどのようなものですか」: もの
    stands for the topic), with the nouns it modifies by の."""
    focus = _focus(doc, unit)
    if focus is None:
        return None
    ws = doc.words
    if all(ws[k].normalized in grammar("formal_heads") for k in focus):
        return None
    # 「どういった業種のお客様」: the noun after の is what is asked
    k = focus.stop
    while k + 1 < len(ws) and ws[k].surface == "の" and ws[k + 1].pos == "名詞":
        k += 2
        while k < len(ws) and ws[k].pos == "名詞":
            k += 1
    return range(focus.start, k)


def _in_concept(doc: Doc, i: int, name: str) -> bool:
    """Word i belongs to the concept, or is a compound holding one of its seeds (優待制度)."""
    w = doc.words[i]
    return concept(name).has_word(w, doc.morphemes, i) or w.normalized.startswith(_long_seeds(name))


def _listing(doc: Doc, i: int) -> bool:
    """Word i stands for the list, kinds or count of another noun ([concepts].listings)."""
    return concept("listings").has_word(doc.words[i], doc.morphemes, i)


def _noun_phrase(doc: Doc, i: int, unit: Sentence) -> tuple[int, int, bool]:
    """The phrase noun i belongs to: its head (the last noun of the compound or of the noun it
    modifies by の: 「人の行き来」 行き来), the index right after the whole phrase (past nouns
    listed with と・や and quotes: 「AとBの間」), and whether i modifies another noun by の
    (then what the phrase asks is that noun, for A and B alike)."""
    ws, ends = doc.words, doc.ends
    listing = grammar("listing_particles")

    def noun(k: int) -> bool:
        return k < len(ws) and ends[k] <= unit.end and ws[k].pos in _PHRASE_POS

    def quote(k: int) -> bool:
        return k < len(ws) and ends[k] <= unit.end and ws[k].surface in _QUOTES

    k, head, modifies = i, i, False
    while True:
        while noun(k + 1) or quote(k + 1):
            k += 1
            head = k if noun(k) else head
        link = ws[k + 1].surface if k + 1 < len(ws) and ends[k + 1] <= unit.end else ""
        if (link == "の" or link in listing) and (noun(k + 2) or quote(k + 2)):
            modifies = modifies or link == "の"
            k += 2
            head = k if noun(k) else head
            continue
        return head, k + 1, modifies


_PHRASE_POS = frozenset({"名詞", "接尾辞", "接頭辞"})
_QUOTES = frozenset("『』「」")


@cache
def _plain_fact(key: str) -> Matcher:
    return matcher(lexicon().raw["reverse_question"][key])
