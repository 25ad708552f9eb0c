"""Refusals by customers and prospects (「3年間断られ続けた取引先に通い続け」「お客様に何度も
断られましたが」): the ordinary hardship of sales, told of the people one sold to, not a
complaint about the employer. A refusal by the workplace's people (上司に企画を断られた)
still is."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from furikaeri.analyzer.blame.targets import _is_concept
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import concept
from furikaeri.nlp import Word


def refused_by_client(doc: Doc, i: int) -> bool:
    """Word ``i``, a complaint's hinge, is a refusal made passive ([concepts].refusals with
    Sudachi synonyms, then れる/られる: 断られ, 拒否され), told of a customer or prospect: the
    sentence names one ([concepts].clients), or tells of selling ([concepts].selling:
    飛び込み営業で毎日断られ) and the refusal has no object of its own (異動の希望を断られ: a
    request to the workplace), or the refusal is said of the organisation it modifies
    (「断られ続けた病院に」: not the employer). No person or part of the workplace may be its
    agent (上司に, 会社から)."""
    j = _refusal(doc.words, i)
    if j is None or not concept("refusals").has_word(doc.words[j], doc.morphemes, j):
        return False
    first, last = _sentence_words(doc, i)
    if _workplace_agent(doc, first, j):
        return False
    told = any(_is_concept(doc, k, "clients") for k in range(first, last))
    selling = any(_is_concept(doc, k, "selling") for k in range(first, j))
    return told or (selling and not _object_before(doc, j)) or _outside_organisation(doc, j)


def _object_before(doc: Doc, j: int) -> bool:
    """A noun + を in the clause of the predicate at ``j`` (提案を断られ: what was refused)."""
    toks = doc.words
    for k in range(j - 1, 0, -1):
        if toks[k].pos == "補助記号":
            return False
        if toks[k].surface == "を" and toks[k - 1].pos == "名詞":
            return True
    return False


def _refusal(toks: list[Word], i: int) -> int | None:
    """The predicate a passive at or right after word ``i`` is said of (断ら+れ, 拒否+さ+れ)."""
    for k in range(i, min(len(toks), i + 3)):
        t = toks[k]
        if t.pos == "助動詞" and t.lemma in grammar("passive") and k > 0:
            j = k - 1
            return j - 1 if toks[j].normalized == "為る" and j > 0 else j
    return None


def _outside_organisation(doc: Doc, j: int) -> bool:
    """The refusal at ``j`` modifies an organisation's noun ([organisation].nouns at its end:
    病院, 工務店, 事務所) that is not the employer's (「断られ続けた病院」)."""
    toks = doc.words
    k = j + 1
    while k < len(toks) and k - j < 7 and (toks[k].pos in _LINKS or toks[k].normalized in _AUX):
        k += 1
    if k >= len(toks) or toks[k].pos != "名詞" or _is_concept(doc, k, "employer", "people"):
        return False
    return any(toks[k].normalized.endswith(n) for n in lexicon().raw["organisation"]["nouns"])


_LINKS = ("助動詞",)
_AUX = frozenset({"続ける", "て", "居る"})  # 断られ続けた, 断られていた


def _workplace_agent(doc: Doc, first: int, j: int) -> bool:
    """A person or part of the workplace marked as the agent (に, から) in the clause of the
    predicate at ``j``, back to the last 、 (「先輩から引き継いだ取引先で、断られ続けた」: none)."""
    toks = doc.words
    for k in range(j - 1, first - 1, -1):
        if toks[k].surface in ("、", "。") or toks[k].pos == "補助記号":
            return False
        if toks[k + 1].surface in ("に", "から") and _is_concept(doc, k, "people", "employer"):
            return True
    return False


def _sentence_words(doc: Doc, i: int) -> tuple[int, int]:
    """The word indices (first, past the last) of the sentence holding word ``i``."""
    at = doc.begins[i]
    sent = next((s for s in doc.sentences if s.start <= at < s.end), None)
    if sent is None:
        return i, i + 1
    return bisect_left(doc.begins, sent.start), bisect_right(doc.ends, sent.end)
