"""manners.casual_language: slang, ら抜き・れ足す言葉, 「〜っす」 in an interview answer;
manners.spoken_style: conversational register that is not slang (けど, じゃ for では, い抜き)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import Finding, Span
from furikaeri.nlp import lemma as lemma_of
from furikaeri.nlp import pos_of

# Stems of one-syllable 一段・カ変 verbs (見る, 来る …): 「見れる」 is ら抜き, 「取れる」 is not.
_SHORT_ICHIDAN = frozenset("来見寝着出居似煮干射")
# e- and i-row kana end an 一段 stem (食べ, 考え, 起き): their potential needs られる.
_EI_ROW = frozenset("えけげせぜてでねべぺめれいきぎしじちにひびぴみり")


@cache
def _prefilter() -> re.Pattern[str]:
    """Answers that cannot hold a form the morpheme scan looks for skip the scan: a casual
    lemma, い抜き (してる), ら抜き or れ足す (来れる・食べれる・行けれる), 超+adjective."""
    stems = "".join(sorted(_EI_ROW | _SHORT_ICHIDAN))
    return re.compile(
        f"{lexicon().raw['casual']['lemma_prefilter']}|超|チョー|[ァ-ヺ][いくかけこれるっつらろりてたまずなさそ]"
        f"|[てで](?:る|た|ます|まし|ませ|て|な|ね|ん|れ|ら)"
        f"|(?<!かも)[{stems}]れ(?:る|ます|まし|ませ|な|た|て|ず)"
    )


def _is_ranuki(m: Any, lemma: str) -> bool:
    """True for 「来れる」「食べれる」: Sudachi reads them as a verb whose normalized form is
    the plain verb (来る, 食べる), i.e. a potential made without ら."""
    stem = lemma[:-2]
    if len(lemma) < 3 or m.normalized_form() != stem + "る":
        return False
    return pos_of(m.part_of_speech_id())[0] == "動詞" and (
        stem in _SHORT_ICHIDAN or stem[-1] in _EI_ROW
    )


def _is_retasu(prev: Any, m: Any) -> bool:
    """True for 「行けれる」: a potential verb (行ける → 行く) followed by an extra れる."""
    lemma = prev.dictionary_form()
    return (
        pos_of(m.part_of_speech_id())[0] == "助動詞"
        and lemma.endswith("る")
        and lemma[-2:-1] in _EI_ROW
        and prev.normalized_form() != lemma
        and pos_of(prev.part_of_speech_id())[0] == "動詞"
    )


def _token_hits(doc: Doc) -> list[tuple[Span, str]]:
    """Casual forms read off Sudachi's analysis. Hot loop (every morpheme of every answer):
    it reads one attribute per morpheme and looks closer only at candidates."""
    lex = lexicon()
    casual = lex.raw["casual"]
    lemmas = lex.casual_lemmas
    hits: list[tuple[Span, str]] = []
    if not _prefilter().search(doc.folded):
        return hits
    ml = doc.morphemes
    for i, m in enumerate(ml):
        lemma = lemma_of(m)
        if lemma in lemmas:
            hits.append((doc.span(m.begin(), m.end()), lemmas[lemma]))
        elif (lemma == "てる" or lemma == "でる") and i and _is_aux(m):
            hits.append((doc.span(ml[i - 1].begin(), m.end()), casual["inuki_suggestion"]))
        elif lemma == "れる" and i and _is_retasu(ml[i - 1], m):
            hits.append((doc.span(ml[i - 1].begin(), m.end()), casual["retasu_suggestion"]))
        elif lemma.endswith("れる") and _is_ranuki(m, lemma):
            hits.append((doc.span(m.begin(), m.end()), casual["ranuki_suggestion"]))
        elif lemma == "超" and i + 1 < len(ml) and _is_intensified(ml[i + 1]):
            hits.append((doc.span(m.begin(), ml[i + 1].end()), casual["cho_suggestion"]))
        elif "ァ" <= lemma[:1] <= "ヺ" and _is_katakana_native(m, lemma):
            hits.append((doc.span(m.begin(), m.end()), casual["katakana_suggestion"]))
    return hits


def _is_katakana_native(m: Any, lemma: str) -> bool:
    """An adjective (エモい, エグい), a verb (イケる, キレる) or a prefix (チョー) in katakana:
    those are native words (loanwords are nouns), so the spelling marks chat and slang."""
    pos = pos_of(m.part_of_speech_id())[0]
    if pos == "形容詞":
        return True
    if pos == "接頭辞":
        return m.normalized_form() != lemma
    return pos == "動詞" and lemma[-1:] in "うくぐすつぬぶむる" and "ァ" <= m.surface()[:1] <= "ヺ"


def _is_aux(m: Any) -> bool:
    return pos_of(m.part_of_speech_id())[0] == "助動詞"


def _is_intensified(m: Any) -> bool:
    """「超」 as a prefix to an adjective (超大変, 超忙しい), not 超過 or 超える."""
    return pos_of(m.part_of_speech_id())[0] in ("形容詞", "形状詞")


def casual_language(doc: Doc) -> list[Finding]:
    lex = lexicon()
    hits = _token_hits(doc)
    if lex.casual_prefilter.search(doc.folded):
        for m in lex.casual_union.finditer(doc.folded):
            span = doc.span(m.start(), m.end())
            hits.append((span, lex.casual_suggestions[m.lastgroup or ""]))
    if not hits:
        return []
    hits.sort(key=lambda h: h[0].start)
    spoken = [h for h in hits if h[1] in lex.spoken_suggestions]
    slang = [h for h in hits if h[1] not in lex.spoken_suggestions]
    out = [
        _register_finding(code, group)
        for code, group in (("manners.casual_language", slang), ("manners.spoken_style", spoken))
        if group
    ]
    return out


def _register_finding(code: str, hits: list[tuple[Span, str]]) -> Finding:
    pairs: list[str] = []
    for span, suggestion in hits:
        pair = f"「{span.text}」→「{suggestion}」"
        if pair not in pairs:
            pairs.append(pair)
    return finding(code, [h[0] for h in hits], suggestion="、".join(pairs))
