"""manners.casual_language: slang, ら抜き・れ足す・い抜き言葉, 「〜っす」 in an interview answer."""

from __future__ import annotations

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Finding, Span
from furikaeri.nlp import Token

# Stems of one-syllable 一段・カ変 verbs (見る, 来る …): 「見れる」 is ら抜き, 「取れる」 is not.
_SHORT_ICHIDAN = frozenset("来見寝着出居似煮干射")
# e- and i-row kana end an 一段 stem (食べ, 考え, 起き): their potential needs られる.
_EI_ROW = frozenset("えけげせぜてでねべぺめれいきぎしじちにひびぴみり")


def _is_ranuki(t: Token) -> bool:
    """True for 「来れる」「食べれる」: Sudachi reads them as a verb whose normalized form is
    the plain verb (来る, 食べる), i.e. a potential made without ら."""
    if t.pos != "動詞" or not t.lemma.endswith("れる") or len(t.lemma) < 3:
        return False
    stem = t.lemma[:-2]
    if t.normalized != stem + "る":
        return False
    return stem in _SHORT_ICHIDAN or stem[-1] in _EI_ROW


def _is_retasu(prev: Token, t: Token) -> bool:
    """True for 「行けれる」: a potential verb (行ける → 行く) followed by an extra れる."""
    return (
        t.pos == "助動詞"
        and t.lemma == "れる"
        and prev.pos == "動詞"
        and prev.lemma != prev.normalized
        and prev.lemma.endswith("る")
        and prev.lemma[-2:-1] in _EI_ROW
    )


def _token_hits(doc: Doc) -> list[tuple[Span, str]]:
    lex = lexicon()
    casual = lex.raw["casual"]
    toks = doc.tokens
    hits: list[tuple[Span, str]] = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else None
        suggestion = lex.casual_lemmas.get(t.lemma) or lex.casual_lemmas.get(t.surface)
        if suggestion:
            hits.append((doc.span(t.begin, t.end), suggestion))
        elif t.pos == "助動詞" and t.lemma in ("てる", "でる") and prev is not None:
            hits.append((doc.span(prev.begin, t.end), casual["inuki_suggestion"]))
        elif _is_ranuki(t):
            hits.append((doc.span(t.begin, t.end), casual["ranuki_suggestion"]))
        elif prev is not None and _is_retasu(prev, t):
            hits.append((doc.span(prev.begin, t.end), casual["retasu_suggestion"]))
        elif t.surface == "超" and t.pos == "接頭辞" and i + 1 < len(toks):
            if toks[i + 1].pos in ("形容詞", "形状詞"):
                hits.append((doc.span(t.begin, toks[i + 1].end), casual["cho_suggestion"]))
    return hits


def casual_language(doc: Doc) -> list[Finding]:
    hits = _token_hits(doc)
    for pattern, suggestion in lexicon().casual_patterns:
        hits.extend((span, suggestion) for span in doc.find(pattern))
    if not hits:
        return []
    hits.sort(key=lambda h: h[0].start)
    pairs: list[str] = []
    for span, suggestion in hits:
        pair = f"「{span.text}」→「{suggestion}」"
        if pair not in pairs:
            pairs.append(pair)
    return [finding("manners.casual_language", [h[0] for h in hits], suggestion="、".join(pairs))]
