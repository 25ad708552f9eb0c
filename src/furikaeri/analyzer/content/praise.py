"""A product named only to be praised (motivation.generic): the company's product called
wonderful, and every other sentence about the industry (「化学メーカーは日本のものづくりを支える」
「食品業界は人々の生活に欠かせない」): a reason that fits any company of the trade, the name
notwithstanding."""

from __future__ import annotations

from bisect import bisect_left

from furikaeri.analyzer.content.knowledge import _sentence_pattern
from furikaeri.analyzer.content.profile import _QUOTED, _is_content, _profile_knowledge
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import concept, normalized_words, polarity
from furikaeri.analyzer.types import Company, Span


def praised_only(doc: Doc, company: Company | None) -> list[Span]:
    """The product names and the praise said of them, when every sentence that names one of
    the company's products (a name quoted in the answer, or one the profile quotes) only praises
    it (_praise_only) and every other sentence is about the industry (_of_field). None when a
    sentence names it with anything more (a feature, a use, a reason: 「車載ディスプレイにも採用
    されている点に惹かれました」), or another sentence says anything but the industry (「特に、
    画面を薄くしながら割れにくくできる点が、私の研究と直結しており」: a reason tied to it)."""
    names = _names(doc, company)
    if not names:
        return []
    out: list[Span] = []
    rest = 0
    for sent in doc.sentences:
        inside = [(a, b) for a, b in names if sent.start <= a < sent.end]
        if not inside:
            if not _of_field(doc, sent):
                return []
            rest += 1
            continue
        praise = _praise_only(doc, sent, inside)
        if praise is None:
            return []
        out.append(doc.span(min(a for a, _ in inside), praise))
    return out if rest else []


def _names(doc: Doc, company: Company | None) -> list[tuple[int, int]]:
    """Where the answer names a product: a name it quotes, or one the profile quotes."""
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.folded)]
    if company is not None and company.profile:
        for q in _profile_knowledge(company.profile)[2]:
            at = doc.folded.find(q)
            while at >= 0:
                if not any(a <= at < b for a, b in spans):
                    spans.append((at, at + len(q)))
                at = doc.folded.find(q, at + 1)
    return spans


def _praise_only(doc: Doc, sent: Sentence, names: list[tuple[int, int]]) -> int | None:
    """Where the praise ends when the sentence says nothing of the product but praise: a word of
    praise (the polarity dictionary's positive adjectives and adjectival nouns, [concepts]
    praise), no content noun besides the names and the words too common to tell anything
    ([motivation] stop_nouns; nouns that work as adjectives or grade one, 本当に: _degree; the
    kind praised, 「素晴らしいパンだ」: _kind_praised), no formal noun that points at a feature
    (点, ところ) and no clause of reason (ので, から, ため). None otherwise."""
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    stop = normalized_words("motivation", "stop_nouns")
    praise_words, pol = concept("praise"), polarity()
    reasons = grammar("cause_breaks")
    end: int | None = None
    for i in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end)):
        w = ws[i]
        if any(a <= begins[i] < b for a, b in names):
            continue
        if w.pos in ("形容詞", "形状詞", "名詞") and (
            praise_words.has_word(w, ml, i)
            or (w.pos == "形容詞" and pol.of(w.lemma, noun=False) > 0)
            or (w.pos != "形容詞" and _adjectival(doc, i) and pol.of(w.lemma, noun=True) > 0)
        ):
            end = ends[i]
            continue
        if w.pos == "助詞" and w.pos2 == "接続助詞" and w.surface in reasons:
            return None
        if w.pos == "名詞" and w.normalized in _POINTERS:
            return None
        if (
            _is_content(w)
            and w.normalized not in stop
            and not _adjectival(doc, i)
            and not (_kind_praised(doc, i, end) or _degree(doc, i))
        ):
            return None
    return end


def _degree(doc: Doc, i: int) -> bool:
    """The noun at ``i`` with に grades the adjective right after it (「本当においしい」「非常に
    魅力的な」): an adverb of degree, no thing named."""
    ws = doc.words
    return (
        i + 2 < len(ws)
        and ws[i + 1].surface == "に"
        and (ws[i + 2].pos in ("形容詞", "形状詞") or _adjectival(doc, i + 2))
    )


def _kind_praised(doc: Doc, i: int, praised: int | None) -> bool:
    """The noun at ``i`` is the kind the product is said to be, right after the praise and
    before the copula (「素晴らしいパンだと」「魅力的なアプリです」): it names no feature."""
    ws = doc.words
    if praised is None or i + 1 >= len(ws) or ws[i + 1].lemma not in grammar("copulas"):
        return False
    k = i - 1
    if k >= 0 and ws[k].pos == "助動詞" and ws[k].surface == "な":
        k -= 1  # (魅力的+な+アプリ)
    return k >= 0 and doc.ends[k] == praised


# Formal nouns (normalized) that point at a feature or a cause (「…点に惹かれ」「…ため」).
_POINTERS = frozenset({"点", "所", "ところ", "為", "ため", "理由"})


def _adjectival(doc: Doc, i: int) -> bool:
    """A noun Sudachi marks as able to work as an adjective (本当, 魅力的: 形状詞可能)."""
    pos = doc.morphemes[i].part_of_speech()
    return doc.words[i].pos == "名詞" and len(pos) > 2 and pos[2] == "形状詞可能"


def _of_field(doc: Doc, sent: Sentence) -> bool:
    """The sentence is about the industry: a generic phrase of [motivation] (食品業界, 安定して),
    its industry_sentence, or a topic (a noun run before は, って, も) holding an industry noun
    (「化学メーカーは」「化学って」)."""
    lex = lexicon()
    if doc.find(lex.generic_motivation, within=sent):
        return True
    if _sentence_pattern("industry_sentence").search(sent.text):
        return True
    industry = normalized_words("motivation", "industry_nouns")
    topic = grammar("topic_particles")
    ws, begins, ends = doc.words, doc.begins, doc.ends
    run = False
    for i in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end)):
        w = ws[i]
        if w.pos == "名詞":
            run = run or w.normalized in industry
        elif w.pos == "助詞" and w.surface in topic and run and ends[i] <= sent.end:
            return True
        else:
            run = False
    return False
