"""Working conditions and benefits (休日, 住宅手当, 産休・育休): the concept
"conditions" by Sudachi synonym group, and a condition that is only the setting of what a
sentence tells (「夜勤の巡回」)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, lru_cache

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon, self_words
from furikaeri.analyzer.semantics import concept
from furikaeri.nlp import Token, Word, morphemes


@lru_cache(maxsize=4096)
def is_condition(word: str) -> bool:
    """A working condition or benefit (休日, 住宅補助, 産休・育休), by Sudachi synonym group
    or by containing a seed of the concept."""
    c = concept("conditions")
    if any(seed in word for seed in c.seeds if len(seed) >= 2):
        return True
    return any(c.has(m.normalized_form(), m) for m in morphemes(word))


def headed_by_other(word: str) -> bool:
    """A compound whose head, its last Sudachi word, is no condition and which is no seed of
    the concept itself (家賃+保証: a guarantee, what a company sells; not 住宅+手当, 休日+出勤):
    the condition only modifies the thing named."""
    found = morphemes(word)
    if len(found) < 2 or word in concept("conditions").seeds:
        return False
    return not is_condition(found[-1].surface())


def modifies_compound(ws: Sequence[Token | Word], i: int) -> bool:
    """Condition noun ``i`` opens a run of nouns (家賃+保証) that is headed by no condition
    (headed_by_other): it names what the compound names, a guarantee, not the condition."""
    k = i
    while k + 1 < len(ws) and ws[k + 1].pos == "名詞":
        k += 1
    return k > i and headed_by_other("".join(w.surface for w in ws[i : k + 1]))


def condition_as_setting(ws: Sequence[Token | Word], i: int) -> bool:
    """Condition noun i modifies a noun that is no condition (「夜勤の巡回」: the rounds are
    what is told, the night shift is when), unlike 「夜勤の手当」, or names a class of people
    (転勤者: [concepts] person_suffixes), whom a service is for, or the hours it covers
    (夜間・休日対応: [concepts] serving)."""
    nxt = ws[i + 1] if i + 1 < len(ws) else None
    if nxt is not None and nxt.pos == "接尾辞" and nxt.normalized in _person_suffixes():
        return True
    if nxt is not None and nxt.normalized in _serving():
        return True  # 休日対応: the hours a service covers
    if _clause_of_party(ws, i):
        return True  # 「夜勤のある親のための保育」: whose hours the service is for
    return (
        i + 2 < len(ws)
        and ws[i + 1].pos == "助詞"
        and ws[i + 1].surface == "の"
        and ws[i + 2].pos == "名詞"
        and not is_condition(ws[i + 2].normalized)
    )


def others_condition(doc: Doc, i: int) -> bool:
    """Condition noun ``i`` is someone else's circumstance, not one the candidate wants: a
    third party's ([concepts] kin,
    people, clients) named as its owner (「父の転勤で」) or as the subject of its sentence
    before it (「母が介護職で、夜勤明けに」) with no 私 of one's own after them and no wish
    between the commas around it (「家族のために、残業の少ない職場で働きたい」),
    or a third party the clause it opens modifies (「転勤の多い家庭で育ち」)."""
    ws, ml = doc.words, doc.morphemes
    if _relative_head_other(doc, i):
        return True
    sentence = next((s for s in doc.sentences if s.start <= doc.begins[i] < s.end), None)
    if sentence is None:
        return False
    lo = bisect_left(doc.begins, sentence.start)
    hi = bisect_left(doc.begins, sentence.end)
    if any(_wish(ws, k) for k in _chunk(ws, i, lo, hi)):
        return False  # 「家族が安心できるよう、残業の少ない職場で働きたい」: one's own want
    self_ref = self_words()
    for k in range(i - 1, lo - 1, -1):
        w = ws[k]
        if w.surface in self_ref or w.normalized in self_ref:
            return False  # the candidate speaking of themself after the third party
        if w.pos != "名詞" or not _third_party(w, ml, k):
            continue
        after = ws[k + 1] if k + 1 < len(ws) else None
        if after is None:
            continue
        if after.surface == "の" and k + 2 == i:
            return True  # 父の転勤
        if after.surface in ("が", "は", "も") and after.pos == "助詞":
            return True  # 母が介護職で、夜勤明けに
    return False


def _relative_head_other(doc: Doc, i: int) -> bool:
    """The condition opens a clause whose head noun is a third party: 「転勤の多い家庭」."""
    k = _clause_head(doc.words, i, prefixed=False)
    return k is not None and _third_party(doc.words[k], doc.morphemes, k)


def _clause_of_party(ws: Sequence[Token | Word], i: int) -> bool:
    """Condition noun i opens a clause whose head noun is a third party by its normalized form
    ([concepts] kin, people, clients seeds: 「夜勤のある親」「転勤の多いご家庭」): their hours,
    not the job's."""
    k = _clause_head(ws, i, prefixed=True)
    return k is not None and any(
        concept(name).has(ws[k].normalized) for name in ("kin", "people", "clients")
    )


def _clause_head(ws: Sequence[Token | Word], i: int, *, prefixed: bool) -> int | None:
    """The head noun of the clause word ``i`` opens (の or が, then an adjective or a verb and
    its auxiliaries or suffixes; past an honorific prefix when ``prefixed``: ご家庭), or None."""
    if i + 3 >= len(ws) or ws[i + 1].surface not in ("の", "が"):
        return None
    k = i + 2
    if ws[k].pos not in ("形容詞", "動詞"):
        return None
    k += 1
    while k < len(ws) and k <= i + 5 and ws[k].pos in ("助動詞", "接尾辞"):
        k += 1
    while prefixed and k < len(ws) and ws[k].pos == "接頭辞":
        k += 1
    return k if k < len(ws) and ws[k].pos == "名詞" else None


def _chunk(ws: Sequence[Token | Word], i: int, lo: int, hi: int) -> range:
    """The words around ``i`` between the commas (or the sentence's ends) that enclose it."""
    a = i
    while a > lo and ws[a - 1].pos != "補助記号":
        a -= 1
    b = i
    while b < hi and ws[b].pos != "補助記号":
        b += 1
    return range(a, b)


def _wish(ws: Sequence[Token | Word], k: int) -> bool:
    w = ws[k]
    return (w.pos == "助動詞" and w.lemma == "たい") or w.normalized in ("希望", "望む")


def _third_party(w: Word, ml: object, k: int) -> bool:
    return any(concept(name).has_word(w, ml, k) for name in ("kin", "people", "clients"))


@cache
def _person_suffixes() -> frozenset[str]:
    return frozenset(lexicon().raw["concepts"]["person_suffixes"])


@cache
def _serving() -> frozenset[str]:
    return frozenset(lexicon().raw["concepts"]["serving"])
