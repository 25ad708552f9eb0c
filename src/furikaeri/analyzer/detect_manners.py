"""manners.casual_language: slang, ら抜き・れ足す言葉, 「〜っす」 in an interview answer;
manners.spoken_style: conversational register that is not slang (けど, じゃ for では, い抜き)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Any

from furikaeri.analyzer.detect_hedges import hedge_hits
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.misses import Misses
from furikaeri.analyzer.types import Finding, Span
from furikaeri.nlp import Word, dictionary_form, morphemes
from furikaeri.patterns import Matcher, gated, matcher

# Stems of one-syllable 一段・カ変 verbs (見る, 来る …): 「見れる」 is ら抜き, 「取れる」 is not.
_SHORT_ICHIDAN = frozenset("来見寝着出居似煮干射")
# e- and i-row kana end an 一段 stem (食べ, 考え, 起き): their potential needs られる.
_EI_ROW = frozenset("えけげせぜてでねべぺめれいきぎしじちにひびぴみり")


@cache
def _prefilter() -> Matcher:
    """Answers that cannot hold a form the morpheme scan looks for skip the scan: a casual
    lemma, い抜き (してる), ら抜き or れ足す (来れる・食べれる・行けれる), 超+adjective, a
    native word in katakana (エグい, キレる). Behind a literal gate (patterns.gated): its first
    characters are common kana, and most answers hold none of its literals."""
    return gated(matcher(_prefilter_source()))


def _prefilter_source() -> str:
    stems = "".join(sorted(_EI_ROW | _SHORT_ICHIDAN))
    return (
        f"{lexicon().raw['casual']['lemma_prefilter']}|超|チョー"
        f"|[ァ-ヺ][いくかけこれるっつらろりてたまずなさそ]"
        f"|[てで](?:る|た|ます|まし|ませ|て|な|ね|ん|れ|ら)"
        f"|(?<!かも)[{stems}]れ(?:る|ます|まし|ませ|な|た|て|ず)"
    )


@cache
def delivery_gate() -> Matcher:
    """One scan for the many answers with no casual form and no filler: where this finds
    nothing, neither do the two casual prefilters nor the fillers pattern (their union)."""
    raw = lexicon().raw
    patterns = [
        _prefilter_source(),
        raw["casual"]["verb_as_adjective"]["prefilter"],
        raw["casual"]["pattern_prefilter"],
        raw["fillers"]["pattern"],
        raw["casual"]["hedge"]["prefilter"],
    ]
    return matcher(patterns)


def casual_words_likely(text: str) -> bool:
    """Whether casual_language would read the words of ``text`` (its prefilters)."""
    return _prefilter().search(text) is not None or _adjectival_prefilter().search(text) is not None


@cache
def _adjectival_prefilter() -> re.Pattern[str]:
    """[casual.verb_as_adjective].prefilter: a kanji then an adjective's ending (違くて). Apart
    from _prefilter: it also passes every 多くて and 高かった, which need no word scan."""
    return re.compile(lexicon().raw["casual"]["verb_as_adjective"]["prefilter"])


def _is_ranuki(w: Word, lemma: str) -> bool:
    """True for 「来れる」「食べれる」: Sudachi reads them as a verb whose normalized form is
    the plain verb (来る, 食べる), i.e. a potential made without ら."""
    stem = lemma[:-2]
    if len(lemma) < 3 or w.pos != "動詞":
        return False
    if w.normalized != stem + "る":
        # 「あげれる」: Sudachi's normalized form is the plain verb in kanji (上げる), not a
        # potential verb of its own (取れる, 行ける keep れる)
        plain = w.normalized != lemma and w.normalized.endswith("る")
        return plain and not w.normalized.endswith("れる") and stem[-1] in _EI_ROW
    return stem in _SHORT_ICHIDAN or stem[-1] in _EI_ROW


def _is_ranuki_aux(prev: Word, w: Word) -> bool:
    """True for 「覚えれる」 read as 覚え + れる: an 一段 stem (e- or i-row) takes られる; only a
    五段 stem, in the a-row (帰ら+れる), takes れる."""
    return (
        w.pos == "助動詞"
        and prev.pos == "動詞"
        and prev.surface[-1:] in _EI_ROW
        and prev.normalized.endswith("る")
    )


def _is_retasu(prev: Word, prev_form: str, w: Word) -> bool:
    """True for 「行けれる」: a potential verb (行ける → 行く) followed by an extra れる."""
    return (
        w.pos == "助動詞"
        and prev_form.endswith("る")
        and prev_form[-2:-1] in _EI_ROW
        and prev.normalized != prev_form
        and prev.pos == "動詞"
    )


def _token_hits(doc: Doc) -> list[tuple[Span, str]]:
    """Casual forms read off Sudachi's analysis. Hot loop (every word of every answer):
    it reads one attribute per word and looks closer only at candidates. (A word's
    ``normalized`` is Sudachi's normalized form whenever it is a verb, which is all that
    ら抜き and れ足す look at.)"""
    lex = lexicon()
    casual = lex.raw["casual"]
    lemmas = lex.casual_lemmas
    hits: list[tuple[Span, str]] = []
    if not _prefilter().search(doc.folded):
        if _adjectival_prefilter().search(doc.folded):
            return _verbs_as_adjectives(doc)
        return hits
    ml = doc.morphemes
    ws, begins, ends = doc.words, doc.begins, doc.ends
    hits += _colloquial_words(doc)
    hits += _verbs_as_adjectives(doc)
    plain, inert = _plain_lemmas(), _inert_words()
    if inert.cover(ws):
        return hits  # (every word met before and none of the forms below: one pass in C)
    inert.make_room()
    for i, w in enumerate(ws):
        lemma = w.form or dictionary_form(w, ml[i])
        if lemma in plain:
            inert.add(w)
            continue  # (most words: one lookup instead of the tests below)
        if lemma in lemmas:
            hits.append((doc.span(begins[i], ends[i]), lemmas[lemma]))
        elif (lemma == "てる" or lemma == "でる") and i and w.pos == "助動詞":
            polite = i + 1 < len(ws) and ws[i + 1].pos == "助動詞" and ws[i + 1].lemma == "ます"
            key = "inuki_polite_suggestion" if polite else "inuki_suggestion"
            hits.append((doc.span(begins[i - 1], ends[i]), casual[key]))
        elif lemma == "れる" and i:
            if _is_retasu(ws[i - 1], _form(ws, ml, i - 1), w):
                hits.append((doc.span(begins[i - 1], ends[i]), casual["retasu_suggestion"]))
            elif _is_ranuki_aux(ws[i - 1], w):
                hits.append((doc.span(begins[i - 1], ends[i]), casual["ranuki_suggestion"]))
        elif lemma.endswith("れる") and _is_ranuki(w, lemma):
            hits.append((doc.span(begins[i], ends[i]), casual["ranuki_suggestion"]))
        elif lemma == "超" and i + 1 < len(ws) and ws[i + 1].pos in ("形容詞", "形状詞", "副詞"):
            # 「超」 as a prefix to an adjective or adverb (超大変, 超忙しい, 超ギリギリ), not 超過
            # or 超える
            hits.append((doc.span(begins[i], ends[i + 1]), casual["cho_suggestion"]))
        elif lemma == "超" and _intensified_noun(ws, i):
            hits.append((doc.span(begins[i], ends[i + 1]), casual["cho_suggestion"]))
        elif "ァ" <= lemma[:1] <= "ヺ" and _is_katakana_native(w, lemma):
            hits.append((doc.span(begins[i], ends[i]), _katakana_suggestion(w, casual)))
        elif _plain(lemma, lemmas):
            plain.make_room()
            plain.add(lemma)
            inert.add(w)
        elif lemma not in _POSITIONAL:
            inert.add(w)  # (a loanword, a verb in れる: read on its own, no casual form)
    return hits


@cache
def _colloquial() -> dict[str, list[dict[str, Any]]]:
    """[casual].words by surface."""
    out: dict[str, list[dict[str, Any]]] = {}
    for e in lexicon().raw["casual"].get("words", []):
        for surface in e["surfaces"]:
            out.setdefault(surface, []).append(e)
    return out


@cache
def _colloquial_surfaces() -> frozenset[str]:
    """The surfaces of [casual].words."""
    return frozenset(_colloquial())


def _colloquial_words(doc: Doc) -> list[tuple[Span, str]]:
    """Colloquial words of talk ([casual].words): a surface with its part of speech, the next
    word's surface required (``then``) or excluded (``not_then``). Only the words written
    with one of those surfaces are read (Doc.written)."""
    entries = _colloquial()
    ws, begins, ends = doc.words, doc.begins, doc.ends
    hits: list[tuple[Span, str]] = []
    for i in doc.written(_colloquial_surfaces()):
        w = ws[i]
        for e in entries[w.surface]:
            nxt = ws[i + 1].surface if i + 1 < len(ws) else ""
            if w.pos != e["pos"] or (e.get("then") and nxt not in e["then"]):
                continue
            if nxt in e.get("not_then", ()):
                continue
            end = ends[i + 1] if e.get("then") else ends[i]
            hits.append((doc.span(begins[i], end), str(e["suggestion"])))
            break
    return hits


@cache
def _adjectival_endings() -> frozenset[tuple[str, str]]:
    """[casual.verb_as_adjective].endings as (surface, normalized form)."""
    return frozenset(tuple(e) for e in lexicon().raw["casual"]["verb_as_adjective"]["endings"])


@cache
def _adjectival_surfaces() -> frozenset[str]:
    """The surfaces of [casual.verb_as_adjective].endings."""
    return frozenset(surface for surface, _ in _adjectival_endings())


@cache
def _godan_u_stem(stem: str) -> bool:
    """Whether ``stem`` + う is one 五段 verb of the dictionary (違 → 違う)."""
    ml = morphemes(stem + "う")
    if len(ml) != 1:
        return False
    pos = ml[0].part_of_speech()
    return pos[0] == "動詞" and pos[4].startswith("五段") and ml[0].surface() == stem + "う"


def _verbs_as_adjectives(doc: Doc) -> list[tuple[Span, str]]:
    """A 五段 verb conjugated as an adjective (違くて, 違かった): Sudachi reads the kanji stem as
    a noun and the ending as a word of its own ([casual.verb_as_adjective])."""
    endings, surfaces = _adjectival_endings(), _adjectival_surfaces()
    ws, begins, ends = doc.words, doc.begins, doc.ends
    hits: list[tuple[Span, str]] = []
    for i in doc.written(surfaces):  # (the few words with one of the endings' surfaces)
        if i == 0:
            continue
        w, prev = ws[i], ws[i - 1]
        if (w.surface, w.normalized) not in endings or prev.pos != "名詞":
            continue
        if ends[i - 1] == begins[i] and _godan_u_stem(prev.surface):
            suggestion = lexicon().raw["casual"]["verb_as_adjective"]["suggestion"]
            hits.append((doc.span(begins[i - 1], ends[i]), str(suggestion)))
    return hits


# Lemmas whose test in _token_hits reads the words around them (てる after a word, 超 before
# one), or the word's place (none first): a word with one of them is never inert.
_POSITIONAL = frozenset({"てる", "でる", "れる", "超"})


@cache
def _inert_words() -> Misses[Word]:
    """Words _token_hits has read and found to be no casual form by themselves, whatever their
    neighbours: a lemma of _plain_lemmas, or a loanword or verb in れる its tests of the word
    alone turned down (never one of _POSITIONAL). An answer made only of such words holds none
    (the same Word objects recur: nlp.words). Bounded."""
    return Misses()


@cache
def _plain_lemmas() -> Misses[str]:
    """Lemmas _token_hits has met that no test of its loop can take, whatever the word's part
    of speech or neighbours (_plain): the same lemmas recur in every answer. Bounded."""
    return Misses()


def _plain(lemma: str, lemmas: dict[str, str]) -> bool:
    """No casual lemma, auxiliary (てる, でる, れる), potential (…れる), 超 nor katakana."""
    return (
        lemma not in lemmas
        and lemma not in ("てる", "でる", "れる", "超")
        and not lemma.endswith("れる")
        and not "ァ" <= lemma[:1] <= "ヺ"
    )


def _intensified_noun(ws: list[Word], i: int) -> bool:
    """「超自信あります」: 超 before a noun that a predicate follows with no particle (an
    intensifier of the predicate), not a compound noun (超高速, 超大型)."""
    return (
        ws[i].pos == "接頭辞"
        and i + 2 < len(ws)
        and ws[i + 1].pos == "名詞"
        and ws[i + 2].pos in ("動詞", "形容詞")
    )


def _is_katakana_native(w: Word, lemma: str) -> bool:
    """An adjective (エモい, エグい), a verb (イケる, キレる) or a prefix (チョー) in katakana:
    those are native words (loanwords are nouns), so the spelling marks chat and slang."""
    if w.pos == "形容詞":
        return True
    if w.pos == "接頭辞":
        return w.normalized != lemma
    return w.pos == "動詞" and lemma[-1:] in "うくぐすつぬぶむる" and "ァ" <= w.surface[:1] <= "ヺ"


def _katakana_suggestion(w: Word, casual: dict[str, Any]) -> str:
    """A katakana verb whose dictionary spelling is kana (ケチる→けちる) is a colloquial verb of
    the standard language (spoken style); a respelled native word (キレる→切れる) is slang."""
    if w.pos == "動詞" and _KANA_ONLY.fullmatch(w.normalized):
        return str(casual["colloquial_verb_suggestion"])
    return str(casual["katakana_suggestion"])


_KANA_ONLY = re.compile(r"[ぁ-ゖー]+")


def _form(ws: list[Word], ml: Any, i: int) -> str:
    return ws[i].form or dictionary_form(ws[i], ml[i])


def casual_language(doc: Doc, *, gate: bool = True) -> list[Finding]:
    """``gate``: whether delivery_gate() found anything in the answer (False: nothing to
    find, the scans are skipped)."""
    if not gate:
        return []
    lex = lexicon()
    hits = _token_hits(doc)
    if lex.casual_prefilter.search(doc.folded):
        for m in lex.casual_union.finditer(doc.folded):
            if m.lastgroup in _word_patterns() and not _word_ends_at(doc, m.end()):
                continue  # (「とりました」: the letters of a word inside another's)
            span = doc.span(m.start(), m.end())
            hits.append((span, lex.casual_suggestions[m.lastgroup or ""]))
    hits += _new_hedges(doc, hits)
    if hits and ("「" in doc.folded or "『" in doc.folded):
        quotes = _reported_quotes(doc)
        hits = [h for h in hits if not any(a <= h[0].start < b for a, b in quotes)]
    hits = [h for h in hits if not _unbracketed(doc, h[0].start)]
    if not hits:
        return []
    hits.sort(key=lambda h: h[0].start)
    spoken = [h for h in hits if h[1] in lex.spoken_suggestions]
    slang = [h for h in hits if h[1] not in lex.spoken_suggestions]
    if _spoken_kinds(spoken) >= lex.raw["casual"]["spoken_register_count"] and not (
        _polite_throughout(doc) or _polite_statements_count_less(doc, spoken)
    ):
        slang, spoken = hits, []  # spoken forms of several kinds: casual register throughout
    out = [
        _register_finding(code, group)
        for code, group in (("manners.casual_language", slang), ("manners.spoken_style", spoken))
        if group
    ]
    return out


@cache
def _word_patterns() -> frozenset[str]:
    """Names of [casual].patterns marked ``word``: a word of its own, so a hit must end where
    a word of Sudachi's analysis ends."""
    return frozenset(e["name"] for e in lexicon().raw["casual"]["patterns"] if e.get("word"))


@cache
def _connective_suggestions() -> frozenset[str]:
    """Suggestions of [casual].patterns marked ``connective`` (で、)."""
    pats = lexicon().raw["casual"]["patterns"]
    return frozenset(e["suggestion"] for e in pats if e.get("connective"))


def _word_ends_at(doc: Doc, end: int) -> bool:
    ends = doc.ends
    i = bisect_left(ends, end)
    return i < len(ends) and ends[i] == end


def _polite_statements_count_less(doc: Doc, spoken: list[tuple[Span, str]]) -> bool:
    """In an answer whose every sentence closes in です/ます (_polite_statements), a connective
    opening a clause (``connective``: で、 for それで) is that polite speech told aloud: without
    it the spoken forms are too few for a casual register (「で、…必ずしも企画職じゃなくても…
    考えています」 stays spoken style; 「…んですけど、…考えてるところです」 does not)."""
    connectives = _connective_suggestions()
    rest = [h for h in spoken if h[1] not in connectives]
    if len(rest) == len(spoken):
        return False
    count = lexicon().raw["casual"]["spoken_register_count"]
    return _spoken_kinds(rest) < count and _polite_statements(doc)


# Auxiliaries that may follow です/ます at a sentence's close (でした, ません, でしょう).
_AFTER_POLITE = frozenset({"た", "ぬ", "ん", "う"})


def _polite_statements(doc: Doc) -> bool:
    """Every sentence with a predicate closes in the polite auxiliary です or ます (Sudachi's
    normalized forms), past, negative or volitional as it may be, before any final particle or
    a closing interjection (「…考えております、はい。」)."""
    ws, begins = doc.words, doc.begins
    seen = False
    for s in doc.sentences:
        lo, hi = bisect_left(begins, s.start), bisect_left(begins, s.end)
        words = ws[lo:hi]
        if not any(w.pos in ("動詞", "形容詞", "助動詞") for w in words):
            continue  # (「はい。」: no predicate to close)
        k = len(words) - 1
        while k >= 0 and (
            words[k].pos in ("補助記号", "助詞", "空白", "感動詞")
            or (words[k].pos == "助動詞" and words[k].normalized in _AFTER_POLITE)
        ):
            k -= 1
        if k < 0 or words[k].pos != "助動詞" or words[k].normalized not in ("です", "ます"):
            return False
        seen = True
    return seen


def _spoken_kinds(spoken: list[tuple[Span, str]]) -> int:
    """How many kinds of spoken form: い抜き before ます (登ってます) is い抜き as the plain
    one is (学んでて); and the spoken forms of polite speech (``polite``: 〜んですけど, で、,
    〜んですよね, 〜てます) make one kind. The fewer of the two counts."""
    casual = lexicon().raw["casual"]
    polite = lexicon().polite_spoken_suggestions
    inuki = {casual["inuki_polite_suggestion"]: casual["inuki_suggestion"]}
    by_form = {inuki.get(h[1], h[1]) for h in spoken}
    by_speech = {"\0polite" if h[1] in polite else h[1] for h in spoken}
    return min(len(by_form), len(by_speech))


def _new_hedges(doc: Doc, hits: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Hedges (detect_hedges) not already inside a phrase pattern's hit (的な感じ)."""
    return [
        h
        for h in hedge_hits(doc, hits)
        if not any(
            o.start <= h[0].start < o.end or h[0].start <= o.start < h[0].end for o, _ in hits
        )
    ]


_QUOTE = re.compile(r"「[^「」]*」|『[^『』]*』")


def _reported_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Quotations in 「」『』 that are not the candidate's own words ([casual.reported_speech]):
    words mentioned (a customer's thanks, an event's name, a word discussed as a word, a
    colleague's style corrected) are not the candidate's register. A quote stays the
    candidate's own only when it is told so: a thought (「やばい」と思いました) or a speaker of
    their own named before it (私は仲間に「…」と伝え), and no one else said it to them."""
    rs = lexicon().raw["casual"]["reported_speech"]
    out = []
    for m in _QUOTE.finditer(doc.folded):
        if not _own_words(doc, m.start(), m.end(), rs):
            out.append((m.start(), m.end()))
    return out


def _own_words(doc: Doc, start: int, end: int, rs: dict[str, Any]) -> bool:
    """The quote at ``start``-``end`` is the candidate's own thought or speech."""
    if _said_to_candidate(doc, end, rs) or _third_party_speaker(doc, start, rs):
        return False
    verb = _quoting_verb(doc, end, rs)
    if verb is None:
        return False  # 「…」を企画, 「…」や「…」, 「…」という言葉: a mention
    w, ws = doc.words[verb], doc.words
    if w.normalized in rs["thinking"]:
        nxt = ws[verb + 1] if verb + 1 < len(ws) else None
        return not (nxt and nxt.pos == "助動詞" and nxt.normalized in rs["passive"])
    return _own_speaker_before(doc, start, rs)


def _quoting_verb(doc: Doc, end: int, rs: dict[str, Any]) -> int | None:
    """The verb the quotative と/って after the quote leads to (と思い, と伝え, って言い),
    unless it only names the words (「…」という言葉, といった表現: a verb before a noun)."""
    ws, i = doc.words, _quotative_at(doc, end, rs)
    if i is None:
        return None
    k = i + 1
    if k >= len(ws) or ws[k].pos != "動詞":
        return None
    after = ws[k + 1 : k + 3]
    attributive = [x for x in after if x.pos != "助動詞" or x.normalized != "た"][:1]
    if attributive and attributive[0].pos in ("名詞", "代名詞"):
        return None
    return k


def _own_speaker_before(doc: Doc, start: int, rs: dict[str, Any]) -> bool:
    """A speaker of the candidate's own (私は, 僕が) earlier in the quote's sentence."""
    ws = doc.words
    for k in range(bisect_left(doc.begins, start) - 1, 0, -1):
        if ws[k].surface in ("。", "」", "』"):
            return False
        if _speaker_particle(ws[k], rs) and _own_speaker(ws[k - 1], rs):
            return True
    return False


def _said_to_candidate(doc: Doc, end: int, rs: dict[str, Any]) -> bool:
    """The quotative と/って after the quote leads, within its clause, to a passive (と言われ)
    or a receiving verb (と言ってくれ, と言っていただき): someone said it to the candidate."""
    ws, i = doc.words, _quotative_at(doc, end, rs)
    if i is None:
        return False
    for w in ws[i + 1 : i + 8]:
        if w.surface in ("、", "。", "「", "『"):
            return False
        if (w.pos == "助動詞" and w.normalized in rs["passive"]) or (
            w.pos == "動詞" and w.normalized in rs["receiving"]
        ):
            return True
    return False


def _unbracketed(doc: Doc, start: int) -> bool:
    """Someone's words reported without 「」 (「後輩からマジで助かりましたと言われ」): from the
    casual word, within its clause, a quotative と after the end of an utterance (a predicate or
    a final particle: [casual.reported_speech] utterance_ends) that was said to the candidate
    (_said_to_candidate: と言われ, と言っていただき). The candidate's own 「マジで頑張りました」
    has no such と."""
    rs = lexicon().raw["casual"]["reported_speech"]
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, start)
    for j in range(i + 1, min(len(ws), i + rs["unbracketed_reach"])):
        w = ws[j]
        if w.pos == "補助記号":
            return False  # a comma or a stop ends the clause (and any quote without 「」)
        before = ws[j - 1]
        if _quotative(w, rs) and (
            before.pos in rs["utterance_ends"] or before.pos2 in rs["utterance_ends"]
        ):
            return _said_to_candidate(doc, begins[j], rs)
    return False


def _third_party_speaker(doc: Doc, start: int, rs: dict[str, Any]) -> bool:
    """A speaker named right before the quote (娘が「, お客様から「) who is not the
    candidate (rs["own_speaker"]: 私は「…」 stays the candidate's own words)."""
    i = bisect_left(doc.begins, start)
    if i < 2:
        return False
    particle, speaker = doc.words[i - 1], doc.words[i - 2]
    return (
        _speaker_particle(particle, rs)
        and speaker.pos in ("名詞", "代名詞")
        and not _own_speaker(speaker, rs)
    )


def _quotative(w: Word, rs: dict[str, Any]) -> bool:
    """A quotative particle (と, って) closing someone's words."""
    return w.pos == "助詞" and w.surface in rs["quotative"]


def _quotative_at(doc: Doc, end: int, rs: dict[str, Any]) -> int | None:
    """The index of the quotative particle right at ``end`` (after a quote), if there is one."""
    i = bisect_left(doc.begins, end)
    return i if i < len(doc.words) and _quotative(doc.words[i], rs) else None


def _speaker_particle(w: Word, rs: dict[str, Any]) -> bool:
    """The particle after a speaker (が, から, は, も: [casual.reported_speech])."""
    return w.pos == "助詞" and w.surface in rs["speaker_particles"]


def _own_speaker(w: Word, rs: dict[str, Any]) -> bool:
    """The candidate as speaker (私, 僕, 自分 …), by surface or normalized form."""
    return w.surface in rs["own_speaker"] or w.normalized in rs["own_speaker"]


@cache
def _polite_close() -> re.Pattern[str]:
    return re.compile(lexicon().raw["casual"]["polite_close"])


def _polite_throughout(doc: Doc) -> bool:
    """Every sentence is a polite question ([casual].polite_close: でしょうか, ますか)."""
    ends = [s.text.strip() for s in doc.sentences if s.text.strip()]
    return bool(ends) and all(_polite_close().search(t) for t in ends)


def _register_finding(code: str, hits: list[tuple[Span, str]]) -> Finding:
    # each pair once, in the order first said (a dict: a spoken answer repeats its forms)
    pairs = dict.fromkeys(f"「{span.text}」→「{suggestion}」" for span, suggestion in hits)
    return finding(code, [h[0] for h in hits], suggestion="、".join(pairs))
