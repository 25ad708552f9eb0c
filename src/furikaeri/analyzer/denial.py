"""A topic's word that its own clause denies tells nothing of the topic.

「短所は特に思いつきません」「弱点と言えるものはないと思います」「失敗を恐れずに」「ミスを
怖がらない」 name a weakness or a failure only to say there is none, or that one does not fear
it: an answer made of such words and a strength answers a question on strengths. Read by
Sudachi's parts of speech and normalized forms on the clause after the word (up to 、 or 。),
so any verb denied counts (思い当たる, 思い付く, 思い浮かぶ, 見当たる, ある, 御座る…):

- the word as the object of a denied predicate (「失敗を恐れない前向きさ」: を, then a verb or
  adjective whose next word, past suffixes and polite auxiliaries, is a negation);
- the word as a theme or subject whose clause closes denied (「短所は特に思いつきません」,
  「弱みはないと思います」), nothing nominal after the negation: 「短所は断れないところです」
  names a weakness (the negation belongs to the noun it describes).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache

from furikaeri import lazy_re
from furikaeri.nlp import morphemes
from furikaeri.patterns import Matcher
from furikaeri.vocabulary import negation

_CLAUSE = lazy_re.compile(r"[、。，．！？!?\n]")
# A cheap gate before Sudachi: the clause holds no negation at all (ない, ず, ん, ぬ, 無).
_GATE = lazy_re.compile(r"な[いくかけ]|ず|ん|ぬ|無")
# Between a predicate and its negation: polite ます, verbal suffixes (怖|がら|ない), and the
# auxiliaries of potential or passive forms Sudachi splits off (れる, られる, せる).
_BETWEEN = frozenset({"ます", "がる", "れる", "られる", "せる", "させる"})
_NOMINAL = frozenset({"名詞", "形状詞", "代名詞"})


def denied(text: str, end: int) -> bool:
    """Whether the word of ``text`` that ends at ``end`` is denied by its own clause."""
    return Denials(text).at(end)


class Denials:
    """The clauses of one text, read for denial at any word end: the clause ends and the
    gate's hits are found once (most words sit in clauses with no negation at all)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.hits = [m.start() for m in _GATE.finditer(text)]
        self.ends = [m.start() for m in _CLAUSE.finditer(text)] if self.hits else []

    def at(self, end: int) -> bool:
        """Whether the word that ends at ``end`` is denied by its own clause."""
        hits = self.hits
        h = bisect_left(hits, end)
        if h == len(hits):
            return False  # (no gate hit from here on: the clause's end need not be found)
        ends = self.ends
        k = bisect_left(ends, end)
        stop = ends[k] if k < len(ends) else len(self.text)
        return hits[h] < stop and _clause_denies(self.text[end:stop])


@lru_cache(maxsize=1024)
def _clause_denies(clause: str) -> bool:
    words = [(m.surface(), m.normalized_form(), m.part_of_speech()[0]) for m in morphemes(clause)]
    negations = [
        i
        for i, w in enumerate(words)
        if _negation(w) and not _became(words, i) and not _asked(words, i)
    ]
    if not negations:
        return False
    if _negation(words[0]) or (
        len(words) > 1 and words[0][0] in ("も", "は", "が") and _negation(words[1])
    ):
        return True  # 「ミスなく」「問題もなく」「失敗はない」
    if words[0][0] == "を":
        # the object of the first predicate after it: denied when that predicate is
        pred = next((i for i, w in enumerate(words) if w[2] in ("動詞", "形容詞")), None)
        if pred is None:
            return False
        i = pred + 1
        while (
            i < len(words)
            and not _negation(words[i])
            and (words[i][1] in _BETWEEN or words[i][2] == "接尾辞")
        ):
            i += 1
        return i in negations
    # a theme or subject: the clause closes on the negation (nothing nominal after it)
    last = negations[-1]
    return not any(w[2] in _NOMINAL for w in words[last + 1 :])


def _became(words: list[tuple[str, str, str]], i: int) -> bool:
    """The negation at ``i`` is followed by the verb なる (〜なくなる: 「焦らなくなりました」
    「ミスがなくなった」): a change told, what something led to, not the thing denied."""
    return i + 1 < len(words) and words[i + 1][1] == "成る" and words[i + 1][2] == "動詞"


def _asked(words: list[tuple[str, str, str]], i: int) -> bool:
    """The negation at ``i`` closes a question (〜ではないか, 〜ではないでしょうか: 「人手不足が課題
    ではないかと感じています」): a guess put forward, nothing denied."""
    k = i + 1
    while k < len(words) and words[k][2] == "助動詞":
        k += 1  # (でしょう, です)
    return k < len(words) and words[k][0] == "か" and words[k][2] == "助詞"


def _negation(word: tuple[str, str, str]) -> bool:
    _, norm, pos = word
    return negates(norm, pos)


def negates(norm: str, pos: str) -> bool:
    """A word (its normalized form and part of speech) of negation (vocabulary.toml
    [negation]: the auxiliaries ない, ず, ぬ; the adjective 無い)."""
    words = negation()
    return (pos == "助動詞" and norm in words.auxiliaries) or (
        pos == "形容詞" and norm in words.adjectives
    )


@cache
def negation_forms() -> frozenset[str]:
    """The normalized forms of negation of either part of speech, for readers that check the
    part of speech themselves or not at all (vocabulary.toml [negation])."""
    return negation().predicates


def befell(text: str) -> bool:
    """Something befell the speaker (〜てしまう, 〜ちゃう: 「欠品を出してしまいました」): a mishap
    told, whatever word of it is denied elsewhere."""
    # (every match holds しま, ちゃ or じゃ: three `in` tests in C turn away most texts, where
    # the regex, whose alternatives open on common kana, would try every position)
    if "しま" not in text and "ちゃ" not in text and "じゃ" not in text:
        return False
    return _BEFELL.search(text) is not None


_BEFELL = lazy_re.compile(r"[てで]しま[いうわっえお]|ちゃ[いうっわ]|じゃ[いうっわ]")


def undenied(text: str, patterns: Iterable[Matcher | None]) -> str:
    """``text`` with each match of ``patterns`` that its clause denies blanked (offsets kept):
    what is left tells of the topic only where it is not denied."""
    denials = Denials(text)
    if not denials.hits:
        return text
    spans = [span for p in patterns if p is not None for span in _denied_matches(denials, p)]
    return blanked(text, spans)


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each (start, stop) span replaced by ideographic spaces: offsets kept, so
    what is left still points at the answer's words."""
    chars: list[str] | None = None
    for start, stop in spans:
        if chars is None:
            chars = list(text)
        chars[start:stop] = "\u3000" * (stop - start)
    return text if chars is None else "".join(chars)


_DOTALL = int(re.DOTALL)  # (a plain int: an int & RegexFlag runs enum's Python __rand__)


def _denied_matches(denials: Denials, pattern: Matcher) -> list[tuple[int, int]]:
    """The spans of ``pattern``'s matches that their clause denies."""
    if isinstance(pattern, re.Pattern) and pattern.pattern == "." and not pattern.flags & _DOTALL:
        return _denied_characters(denials)
    return [(m.start(), m.end()) for m in pattern.finditer(denials.text) if denials.at(m.end())]


def _denied_characters(denials: Denials) -> list[tuple[int, int]]:
    """The matches of 「.」 (a topic any answer answers: every character but a line break) that
    their clause denies, read only where a denial can be: a character ending at ``e`` is
    denied only when a gate hit lies in [e, the clause's end), so only the ends from the
    clause's start to its last hit are tried (not every character of the answer)."""
    text, ends = denials.text, denials.ends
    out: list[tuple[int, int]] = []
    tried = 0  # ends below this are tried already (hits of one clause share a stretch)
    for hit in denials.hits:
        k = bisect_left(ends, hit)
        start = max(ends[k - 1] + 1 if k else 0, 1, tried)
        for e in range(start, hit + 1):
            if text[e - 1] != "\n" and denials.at(e):
                out.append((e - 1, e))
        tried = max(tried, hit + 1)
    return out
