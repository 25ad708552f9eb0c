"""How a predicate goes on after its verb: negated (休まず), modifying a noun (「学ぶ姿勢」), the
passive (評価された): read from the auxiliaries and words that follow it."""

from __future__ import annotations

from furikaeri.analyzer.lexicon import grammar, negator_lemmas
from furikaeri.nlp import Word


def following(ws: list[Word], k: int) -> int:
    """The index of the first word after the auxiliaries of the predicate at ``k``."""
    j = k + 1
    while j < len(ws) and ws[j].pos == "助動詞":
        j += 1
    return j


def _act_nouns() -> frozenset[str]:
    """Nouns that make a verb an act told (走ることで, 作ったことです), not an attribute."""
    return grammar("act_formal_nouns")


def attributive(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` modifies a noun (「学ぶ姿勢」「部員をまとめる中で」): a setting
    or an attitude, not an act told."""
    j = following(ws, k)
    return j < len(ws) and ws[j].pos == "名詞" and ws[j].normalized not in _act_nouns()


def _setting_or_denied(ws: list[Word], k: int) -> bool:
    """attributive() or negated() in one pass over the predicate's auxiliaries."""
    j = k + 1
    n = len(ws)
    while j < n and ws[j].pos == "助動詞":
        if ws[j].lemma in negator_lemmas():
            return True
        j += 1
    return j < n and ws[j].pos == "名詞" and ws[j].normalized not in _act_nouns()


def negated(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` is negated by one of its auxiliaries (休まず, 抜かない), also
    through a dependent verb after て (分かっていません, 聞いてくれず): what was not done, no act
    told."""
    j = k + 1
    while j < len(ws):
        if ws[j].pos == "助動詞":
            if ws[j].lemma in negator_lemmas():
                return True
            j += 1
        elif (
            ws[j].surface in ("て", "で")
            and ws[j].pos == "助詞"
            and j + 1 < len(ws)
            and ws[j + 1].pos == "動詞"
            and ws[j + 1].pos2 == "非自立可能"
        ):
            j += 2
        else:
            return False
    return False


def _passive(toks: list[Word], i: int) -> bool:
    """「評価された」: される is passive, someone else's action, not the candidate's."""
    return toks[i].surface == "さ" and i + 1 < len(toks) and toks[i + 1].lemma in ("れる", "られる")


def holds_auxiliary(ws: list[Word], lo: int, hi: int, form: str) -> bool:
    """Words lo..hi-1 hold the auxiliary verb of this normalized form (たい: a wish told; た:
    the past), by Sudachi's part of speech: 「携わりたい」 holds たい, 「だった」 holds た."""
    return any(ws[i].pos == "助動詞" and ws[i].normalized == form for i in range(lo, hi))


def role_held(ws: list[Word], i: int) -> bool:
    """Word i opens として after a noun (と as a case particle, 為る, て): a role held
    (「リーダーとして」「営業として」「…ポジションとして」)."""
    return (
        i > 0
        and i + 2 < len(ws)
        and ws[i].surface == "と"
        and ws[i].pos2 == "格助詞"
        and ws[i - 1].pos == "名詞"
        and ws[i + 1].normalized == "為る"
        and ws[i + 2].surface == "て"
    )
