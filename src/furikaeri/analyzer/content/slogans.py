"""A company's slogan named in an answer: a quotation beside a slogan word (「お客様第一」
という理念) or the nouns right before one (地域密着の経営方針); it fits any company choosing it."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri import lazy_re
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.patterns import Matcher, literal_phrases, matcher

_SLOGAN_LINK = lazy_re.compile(
    r"(という|との|の|を掲げる|を掲げた|を掲げている)?(経営|企業|行動)?$"
)


_SLOGAN_QUOTE_AFTER = lazy_re.compile(r"(は|である|として|の)?[「『][^』」]{2,40}[』」]")


@cache
def _slogan_words() -> Matcher:
    return matcher(lexicon().raw["motivation"]["slogan"])


@cache
def _slogan_names() -> frozenset[str]:
    """The slogan words as a set (the pattern lists literal words; else no word is skipped)."""
    return frozenset(literal_phrases(lexicon().raw["motivation"]["slogan"]) or ())


def _slogans(doc: Doc) -> list[tuple[int, int]]:
    """Stretches of the answer that name the company's slogan: a quotation beside a slogan
    word (「お客様第一」という理念, 理念である「…」), or the nouns right before one (地域密着の
    経営方針)."""
    text = doc.folded
    out: list[tuple[int, int]] = []
    for m in _slogan_words().finditer(text):
        quoted = _SLOGAN_QUOTE_AFTER.match(text, m.end())
        if quoted:
            out.append((quoted.start(), quoted.end()))
        link = _SLOGAN_LINK.search(text, max(0, m.start() - 8), m.start())
        at = link.start() if link else m.start()
        if at and text[at - 1] in "」』":
            opened = max(text.rfind("「", 0, at), text.rfind("『", 0, at))
            if opened >= 0:
                out.append((opened, at))
                continue
        out.extend(_nouns_ending_at(doc, at))
    return out


def _nouns_ending_at(doc: Doc, at: int) -> list[tuple[int, int]]:
    """The run of nouns that ends at offset ``at`` (地域+密着), if any."""
    ends, ws = doc.ends, doc.words
    i = bisect_left(ends, at)
    if i >= len(ends) or ends[i] != at or ws[i].pos != "名詞":
        return []
    j = i
    while j > 0 and ws[j - 1].pos in ("名詞", "接頭辞"):
        j -= 1
    return [(doc.begins[j], at)]
