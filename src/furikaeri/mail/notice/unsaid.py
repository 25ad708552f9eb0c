"""A result word that says no result of the reader's: a state described (「内定なしの状態です」)
or news of a result not there yet (「採用の連絡はなしです」), read with Sudachi ([polarity]
`described`, `news`, `refused`, `absent`)."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _chain_after, _sentence_morphemes
from furikaeri.mail.notice.rules import _Polarity

_PREDICATE = ("助動詞", "形容詞", "動詞", "接尾辞")


def _negation(pol: _Polarity, pos: str, form: str) -> bool:
    """A morpheme that says no: a negation in a predicate, or a noun of absence (なし)."""
    return (form in pol.negation and pos in _PREDICATE) or (pos == "名詞" and form in pol.absent)


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
