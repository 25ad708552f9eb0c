"""A result word that says no result of the reader's: a state described (「内定なしの状態です」)
or news of a result not there yet (「採用の連絡はなしです」), read with Sudachi ([polarity]
`described`, `news`, `refused`; the nouns of vocabulary.toml [negation])."""

from __future__ import annotations

from collections.abc import Sequence

from furikaeri.mail.notice.clauses import _chain_after, _sentence_morphemes
from furikaeri.mail.notice.rules import _Polarity

_PREDICATE = ("助動詞", "形容詞", "動詞", "接尾辞")


def _negation(pol: _Polarity, pos: str, form: str) -> bool:
    """A morpheme that says no: a negation in a predicate, or a noun of absence (なし)."""
    return (form in pol.negation and pos in _PREDICATE) or (pos == "名詞" and form in pol.absent)


def _asked(
    pol: _Polarity, before: Sequence[tuple[str, str, str]], after: Sequence[tuple[str, str]]
) -> bool:
    """The negation between ``before`` (surface, part of speech, normalized form) and ``after``
    (surface, part of speech) is the copula's ([polarity] `asked_copula`, は or も between) and
    asked: past auxiliaries only (です, でしょう), a question (`asked`) not before
    `asked_not_before` (かもしれない). A guess (「合致するのではないか」「合うんじゃないかな」)
    affirms; a verb's own negation asked (「マッチしないかな」) still says no."""
    k = len(before) - 1
    while k >= 0 and before[k][0] in pol.asked_between and before[k][1] == "助詞":
        k -= 1
    if k < 0 or before[k][1] != "助動詞" or before[k][2] not in pol.asked_copula:
        return False
    for j, (surface, pos) in enumerate(after):
        if pos == "助動詞":
            continue
        following = after[j + 1][0] if j + 1 < len(after) else ""
        return surface in pol.asked and following not in pol.asked_not_before
    return False


def _unsaid(pol: _Polarity, sent: str, start: int, end: int) -> bool:
    """The result phrase at ``start:end`` is no result: see :func:`_describes`, :func:`_no_news`."""
    return _describes(pol, sent, end) or _no_news(pol, sent, start)


def _describes(pol: _Polarity, sent: str, end: int) -> bool:
    """The phrase ending at ``end`` is negated by its own chain (particles, verbs, auxiliaries)
    and the negation modifies a noun of `described`, past an の: 「内定なしの状態」「内定がない
    方」."""
    chain = _chain_after(sent, end)
    for k, (surface, pos, form) in enumerate(chain):
        if _negation(pol, pos, form):
            rest = [f for s, p, f in chain[k + 1 :] if not (p == "助詞" and s == "の")]
            rest = [f for f in rest if f not in pol.negation]  # (ない of ていない)
            return bool(rest) and rest[0] in pol.described
        if pos not in ("助詞", *_PREDICATE) and surface not in ("て", "で"):
            return False
    return False


def _no_news(pol: _Polarity, sent: str, start: int) -> bool:
    """The result at ``start``, の (perhaps ご) and a noun of `news`, whose clause says no with
    no word of `refused`: 「内定の連絡はまだありません」 tells no result yet."""
    ms = [(s, p, f) for e, s, p, f in _sentence_morphemes(sent) if e - len(s) >= start]
    if len(ms) < 3 or ms[1][0] != "の":
        return False
    k = 3 if ms[2][1] == "接頭辞" else 2
    if k >= len(ms) or ms[k][1] != "名詞" or ms[k][2] not in pol.news:
        return False
    negated = False
    for surface, pos, form in ms[k + 1 :]:
        if pos == "補助記号" or (pos == "接続助詞" and surface in pol.chain_breaks):
            break
        if form in pol.refused:
            return False
        negated = negated or _negation(pol, pos, form)
    return negated


def _of_class(heads: frozenset[str], sent: str, start: int) -> bool:
    """The result at ``start`` belongs to a class of people named right before it by の (a noun
    of [guards] `class_heads`, or one ending in 者: 「未経験者の採用はありません」「経験の浅い方の
    採用はなしです」): a rule for whoever fits, not the reader's result (「山田様の」 names the
    reader by a suffix, no class)."""
    before = [(s, p, f) for e, s, p, f in _sentence_morphemes(sent) if e <= start]
    if len(before) < 2 or before[-1][0] != "の" or before[-2][1] != "名詞":
        return False
    surface, _, form = before[-2]
    return form in heads or surface.endswith("者")


_Morph = tuple[int, str, str, str]
_SUBJECT = frozenset({"は", "が", "も"})
_TOPIC_VERB = frozenset({"つく", "関する"})  # について, につきましては, に関しては
_GAP = 6  # morphemes between the subject and its predicate: adverbs, a time, 先方から


def _pending_spans(pol: _Polarity, sent: str) -> list[tuple[int, int]]:
    """[polarity] `pending_results`: (start, end) of each neutral result (結果, 合否, 連絡) told as
    not yet there: the subject of a verb of `pending_verbs` negated in its own chain, with 'not
    yet' (`not_yet`) or no past (「結果が出ませんでした」 is a result that did not come), of a
    noun of `pending_nouns` (「合否は未定です」), or of 'not yet' before the copula (「結果はまだ
    です」)."""
    ms = _sentence_morphemes(sent)
    spans: list[tuple[int, int]] = []
    for i, (end, surface, pos, form) in enumerate(ms):
        if pos != "名詞" or form not in pol.pending_results:
            continue
        k = _after_subject(ms, i + 1)
        goal = k is None and _reached(ms, i + 1)  # 「判断には至っておりません」
        if goal:
            k = i + 3
        if k is None:
            continue
        stop = _pending_end(pol, ms, k)
        # (a verdict as the goal not reached says 'not yet' only with 'not yet' said: 「まだ最終的な
        # 判断には至っておりません」; 「採用という結果には至らない判断」 is a verdict)
        if stop is not None and (not goal or any(m[3] in pol.not_yet for m in ms[:i])):
            spans.append((end - len(surface), stop))
    return spans


def _reached(ms: tuple[_Morph, ...], k: int) -> bool:
    """に then は or も after the noun: the goal of a verb of reaching, set up as the topic."""
    return k + 1 < len(ms) and ms[k][1] == "に" and ms[k + 1][1] in ("は", "も")


def _after_subject(ms: tuple[_Morph, ...], k: int) -> int | None:
    """The index after the subject's particle (は, が, も; について(は), につきましては,
    に関しては; a comma after it), or None when the noun is no subject."""
    if k < len(ms) and ms[k][1] == "に" and k + 1 < len(ms) and ms[k + 1][3] in _TOPIC_VERB:
        k += 2
        while k < len(ms) and ms[k][2] in ("助動詞", "接続助詞", "助詞") and ms[k][1] != "、":
            k += 1
    elif k < len(ms) and ms[k][2] == "助詞" and ms[k][1] in _SUBJECT:
        k += 1
    else:
        return None
    return k + 1 if k < len(ms) and ms[k][1] in ("、", ",") else k


def _pending_end(pol: _Polarity, ms: tuple[_Morph, ...], k: int) -> int | None:
    """Where the predicate from ``ms[k]`` ends when it tells the result not yet there (see
    :func:`_pending_spans`), else None. Adverbs, a comma and nouns with a particle (現時点で,
    先方から, 決定に) may come first."""
    yet = False
    for j in range(k, min(len(ms), k + _GAP)):
        end, surface, pos, form = ms[j]
        if pos == "副詞":
            yet = yet or form in pol.not_yet
            if yet and j + 1 < len(ms) and ms[j + 1][3] in ("だ", "です"):
                return ms[j + 1][0]  # 「結果はまだです」
            continue
        if pos == "名詞" and form in pol.pending_nouns:
            return end  # 「合否は未定です」
        if pos == "動詞" or (pos == "名詞" and form in pol.pending_verbs):
            if form not in pol.pending_verbs:
                return None
            return _negated_end(pol, ms, j, yet=yet)
        if pos in ("名詞", "助詞", "接頭辞") or surface in ("、", ","):
            continue
        return None
    return None


def _negated_end(pol: _Polarity, ms: tuple[_Morph, ...], j: int, *, yet: bool) -> int | None:
    """The end of the last negation in the chain after the verb ``ms[j]`` (する, auxiliaries,
    て and いる・おる), when there is one and the chain is not past unless 'not yet' came
    before."""
    stop, past = None, False
    for end, surface, pos, form in ms[j + 1 :]:
        if pos not in ("動詞", "助動詞", "接続助詞") or (
            pos == "接続助詞" and surface not in ("て", "で")
        ):
            break
        if _negation(pol, pos, form):
            stop = end
        past = past or form == "た"
    return stop if stop is not None and (yet or not past) else None


def _pending_hit(pol: _Polarity, hit: str, sents: list[str]) -> bool:
    """``hit`` (a rejection phrase) overlaps a result told as not yet there in its sentence
    (:func:`_pending_spans`): 「申し訳ございませんが、最終面接の結果はまだ出ておりません」
    apologises for the wait."""
    for sent in sents:
        at = sent.find(hit)
        if at < 0:
            continue
        stop = at + len(hit)
        return any(start < stop and at < end for start, end in _pending_spans(pol, sent))
    return False
