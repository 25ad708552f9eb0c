"""Disagreement with the former employer's direction told constructively: the candidate's own
attempt to change it (相談, 提案, 試す, 改善: [blame].attempts) and, after it, what they want to
do next (〜たい). What such an answer regrets of the employer's policy or work (「方針に疑問を
感じ」「なかなか認められませんでした」) is the background of a goal, not blame; judgements of
people and of the treatment stay blame (detect_reasons.blame)."""

from __future__ import annotations

from functools import cache

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.patterns import Matcher, matcher

# How many words after an attempt word its own predicate ends (相談+し+まし+た, 試し+まし+た).
_PREDICATE_REACH = 4


def tried_and_forward(doc: Doc) -> int | None:
    """Up to where what the answer regrets is the background of a goal: the first attempt of
    the candidate's own, then a wish (〜たい) after it; what comes before the attempt and in its
    sentence and the next (its outcome: 「…試しました。…なかなか認められませんでした」), up to
    the wish. None when there is no such pair; a wish to leave is none ([short_tenure].leaving:
    「辞めたい」 is no goal). A complaint told later, or after the goal, is no background."""
    ws = doc.words
    attempts = _attempts()  # (_own_attempt's first test, inline: most words are none)
    first = next(
        (
            i
            for i, w in enumerate(ws)
            if (w.normalized in attempts or w.lemma in attempts) and _own_attempt(doc, i)
        ),
        None,
    )
    if first is None:
        return None
    leaving = frozenset(lexicon().raw["short_tenure"]["leaving"])
    wish = next(
        (
            doc.ends[i]
            for i in range(first + 1, len(ws))
            if ws[i].pos == "助動詞"
            and ws[i].lemma == "たい"
            and not {ws[k].normalized for k in range(max(0, i - 2), i)} & leaving
        ),
        None,
    )
    if wish is None:
        return None
    after = [s.end for s in doc.sentences if s.end > doc.begins[first]][:2]
    return min(wish, after[-1])


def _own_attempt(doc: Doc, i: int) -> bool:
    """Word i is an attempt ([blame].attempts) the candidate made: not suffered (改善されず: the
    passive), not wished (提案したい), and not asked again and again to no effect (「相談しても
    変わらなかった」: [blame].futile, the employer's inaction, which stays blame)."""
    w = doc.words[i]
    attempts = _attempts()
    if w.normalized not in attempts and w.lemma not in attempts:
        return False
    for nxt in doc.words[i + 1 : i + 1 + _PREDICATE_REACH]:
        if nxt.pos == "補助記号":
            break
        if nxt.pos == "助動詞" and (nxt.lemma in grammar("passive") or nxt.lemma == "たい"):
            return False
    sent = next((s for s in doc.sentences if s.start <= doc.begins[i] < s.end), None)
    return sent is None or _futile().search(sent.text) is None


@cache
def _attempts() -> frozenset[str]:
    return frozenset(lexicon().raw["blame"]["attempts"])


@cache
def _futile() -> Matcher:
    return matcher(lexicon().raw["blame"]["futile"])
