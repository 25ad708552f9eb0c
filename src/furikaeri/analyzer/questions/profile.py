"""What the company profile says (Company.profile): the acts, counters, facts and nouns it
names, read once per profile, so that a reverse question can be told to ask what the
candidate could have read."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sudachipy import SplitMode

from furikaeri import lazy_re
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.questions.focus import _long_seeds
from furikaeri.analyzer.semantics import concept, normalized_words
from furikaeri.analyzer.types import Company
from furikaeri.nlp import Token, fold, morphemes, tokenize


def _offered(doc: Doc, i: int, company: Company | None) -> bool:
    """Word i names what the company offers or holds: a general word of the concepts
    researchable or sites (商品, サービス, 店舗), a noun its profile uses (its 路線, 雑誌,
    タイトル, 施設: _profile_nouns), a compound after a business act (取扱品目: 取扱 is
    [concepts].business_acts), or a noun a business act modifies (「就航している都市」
    「運営されている施設」)."""
    ws, ml = doc.words, doc.morphemes
    w = ws[i]
    if w.pos != "名詞":
        return False
    for name in ("researchable", "sites"):  # (or a compound ending in a seed: 主力商品)
        if concept(name).has_word(w, ml, i) or w.normalized.endswith(_long_seeds(name)):
            return True
    if company is not None and company.profile and len(w.surface) >= 2:
        every = _profile_nouns(company.profile)[1]
        if w.normalized in every or w.surface in _profile_text(company.profile):
            return True
    acts = concept("business_acts")
    k = i
    while k > 0 and ws[k - 1].pos == "名詞":  # the compound it ends
        k -= 1
        if acts.has_word(ws[k], ml, k):
            return True
    # the act of a clause that modifies it: the verb before it, past its auxiliaries
    k -= 1
    passed = grammar("act_auxiliaries")
    while k >= 0 and (
        ws[k].pos == "助動詞"
        or (ws[k].pos == "助詞" and ws[k].pos2 == "接続助詞")
        or (ws[k].pos == "動詞" and ws[k].normalized in passed)
    ):
        k -= 1
    return k >= 0 and k < i - 1 and ws[k].pos in ("動詞", "名詞") and acts.has_word(ws[k], ml, k)


def _named_in_profile(doc: Doc, close: int, unit: Sentence, company: Company) -> bool:
    """The name quoted up to token ``close`` (a closing 』 or 」) is one the profile gives."""
    end = doc.begins[close]
    start = doc.text.rfind("『" if doc.words[close].surface == "』" else "「", unit.start, end)
    return (
        start >= 0
        and end - start > 2
        and fold(doc.text[start + 1 : end]) in fold(company.profile or "")
    )


@lru_cache(maxsize=256)
def _profile_acts(profile: str) -> frozenset[str]:
    """The words of [concepts].business_acts the profile uses (normalized forms), alone or as
    a short unit of a compound (出版社: 出版+社, 販売店: 販売+店)."""
    acts = concept("business_acts")
    ml = _profile_tokens(profile)[1]
    return frozenset(
        p.normalized_form()
        for m in ml
        for p in (m, *m.split(SplitMode.A))
        if acts.has(p.normalized_form(), p)
    )


@lru_cache(maxsize=256)
def _profile_tokens(profile: str) -> tuple[list[Token], Any]:
    """The profile, folded, tokenized once (its tokens and Sudachi's morphemes) for every
    reading of it here (_profile_acts, _profile_nouns)."""
    text = fold(profile)
    ml = morphemes(text)
    return tokenize(text, morpheme_list=ml), ml


# A number, then the noun it counts (42施設, 15園, 約8,000店, 64ホテル).
_COUNTED = lazy_re.compile(
    r"[0-9〇一二三四五六七八九十百千万,]+(?:か所|カ所|ヶ所|箇所)?([一-龥ァ-ヶー]{1,4})"
)


@lru_cache(maxsize=256)
def _profile_counters(profile: str) -> frozenset[str]:
    """The nouns the profile counts with a number (施設, 園, 薬局, ホテル, 院), less units of
    time, money and people."""
    out: set[str] = set()
    units = frozenset(lexicon().raw["reverse_question"]["not_counters"])
    for m in _COUNTED.finditer(fold(profile)):
        words = tokenize(m.group(1))
        if words and words[0].pos in ("名詞", "接尾辞") and words[0].surface not in units:
            out.add(words[0].surface)
    return frozenset(out)


@lru_cache(maxsize=256)
def _profile_facts(profile: str) -> frozenset[str]:
    """Nouns of the profile's sentences that state a number, a place or a name (「全国の介護施設
    約4,000か所」「本社は福岡市」), less the words every profile shares (御社, 事業, 商品)."""
    return _profile_nouns(profile)[0]


@lru_cache(maxsize=256)
def _profile_nouns(profile: str) -> tuple[frozenset[str], frozenset[str]]:
    """The profile's nouns: those of sentences that state a number, a place or a name, and all
    of them (「社内託児所あり」: what the company has), less the words every profile shares."""
    stop = normalized_words("motivation", "stop_nouns") - concept("sites").seeds
    facts: set[str] = set()
    every: set[str] = set()
    sentences: list[list[Token]] = [[]]
    for t in _profile_tokens(profile)[0]:
        if t.pos in ("補助記号", "空白") and any(c in _SENTENCE_ENDS for c in t.surface):
            sentences.append([])
        else:
            sentences[-1].append(t)
    for sentence in sentences:
        for words in _phrases(sentence):
            nouns = {
                x
                for w in words
                if w.pos == "名詞" and w.pos2 in ("普通名詞", "固有名詞") and len(w.surface) >= 2
                for x in (w.normalized, w.surface)
            }
            every |= nouns
            named = any(w.surface in "『「" or w.pos2 in _FACT_POS for w in words)
            if named:
                facts |= nouns
    return frozenset(facts - stop), frozenset(every - stop)


@lru_cache(maxsize=256)
def _profile_text(profile: str) -> str:
    """The profile's nouns (_profile_nouns, all of them) joined, to find a noun inside one of
    its compounds (施設 in 介護老人保健施設)."""
    return "\0".join(sorted(_profile_nouns(profile)[1]))


_FACT_POS = frozenset({"数詞", "固有名詞"})


def _phrases(words: list[Token]) -> list[list[Token]]:
    """A profile sentence cut at commas, and before an item listed with its own number (「プリ
    セプター制度と3か月の集合研修」: the number is the training's, not the preceptor system's;
    「病院や学校など約1,800か所」 counts both)."""
    out: list[list[Token]] = [[]]
    for k, w in enumerate(words):
        listed = (
            w.pos == "助詞"
            and w.surface in grammar("listing_particles")
            and any(x.pos2 == "数詞" for x in words[k + 1 : k + 3])
        )
        if (w.pos == "補助記号" and w.surface in "、,") or listed:
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


_SENTENCE_ENDS = frozenset("。！？!?\n")
