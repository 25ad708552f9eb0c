"""What a complaint is about: the clauses of a sentence with the words naming a target (the
former employer, its people, the pay, the hours, the work given: concepts with Sudachi
synonym groups) and the words a complaint can hinge on; negation read after a word."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon, negator_lemmas
from furikaeri.analyzer.semantics import concept, polarity
from furikaeri.nlp import Word, synonym_groups

_TARGETS = ("employer", "people", "pay", "hours", "work")


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(lexicon().raw["concepts"][name])


# A clause of a sentence: the index of its last word, whether it states a wish (〜たい: about
# the future, not a complaint), the words naming a target (_is_target) and those a complaint
# can hinge on (_candidates(), compounds). A plain tuple: one is built per clause.
_Clause = tuple[int, int, bool, list[int], list[int]]  # first, last, wish, targets, hinges


def _clauses(doc: Doc, sent: Sentence, first: int) -> list[_Clause]:
    """The clauses of a sentence (split at 、 and concessive particles), from token ``first``
    on, each read in one pass over its words: most words are none of what is looked for,
    and a pass per question cost a Python loop each. What depends on a word alone is read
    once per word (_clause_flags); only a verb's next word and a noun's previous one are
    read here."""
    toks = doc.words
    out: list[_Clause] = []
    targets: list[int] = []
    hinges: list[int] = []
    wish, last = False, -1
    # The sentence's words: those before its start are skipped; the scan ends at the first
    # word reaching past its end (offsets only grow).
    begin = max(first, bisect_left(doc.begins, sent.start))
    opened = begin  # the first word of the current clause
    causes = _cause_surfaces()  # (read once, not per word)
    for i in range(begin, max(begin, bisect_right(doc.ends, sent.end))):
        last, memo = i, toks[i].memo
        f = memo.get(_FLAGS) if memo is not None else None
        if f is None:
            f = _clause_flags(doc, i)
        # a noun after a noun: a compound (二転三転), or a target Sudachi splits (read once)
        compound = f & _F_NOUN and i > 0 and toks[i - 1].pos == "名詞"
        if f & _F_TARGET:
            targets.append(i)
        elif compound and _split_target(doc, i, targets):
            targets.append(i - 1)  # 上層+部, 首脳+陣: a target Sudachi splits
        if f & _F_HINGE or (f & _F_VERB and _split_adjective(toks, i)) or compound:
            hinges.append(i)
        if f & _F_WISH:
            wish = True
        if f & _F_BREAK or (not wish and toks[i].surface in causes and _cause_ends(toks, i)):
            out.append((opened, i, wish, targets, hinges))
            targets, hinges, wish, last, opened = [], [], False, -1, i + 1
    if last >= 0:
        out.append((opened, last, wish, targets, hinges))
    return out


@cache
def _cause_surfaces() -> frozenset[str]:
    """The surfaces _cause_ends reads (a cheap test in the hot loop of _clauses)."""
    return grammar("cause_breaks") | {"で"}


def _cause_ends(toks: list[Word], i: int) -> bool:
    """The word at ``i`` ends a clause of reason ([grammar] cause_breaks: a conjunctive ので or
    から; or the copula で after the nominalising の, 「…だったので」): what follows, a wish
    maybe, is the main clause, though no comma was typed."""
    t = toks[i]
    if t.pos2 == "接続助詞":
        return t.surface in grammar("cause_breaks")
    return (
        t.surface == "で"
        and t.pos == "助動詞"
        and i > 0
        and toks[i - 1].surface == "の"
        and toks[i - 1].pos2 == "準体助詞"
    )


# _clause_flags: bits of what _clauses reads of a word alone, kept in Word.memo under _FLAGS.
_FLAGS = "\0clause"
_F_TARGET, _F_HINGE, _F_VERB, _F_NOUN, _F_WISH, _F_BREAK = 1, 2, 4, 8, 16, 32


def _clause_flags(doc: Doc, i: int) -> int:
    """A noun naming a target (_is_target), a word a complaint can hinge on (_candidates), a
    verb, a noun, a wish (たい), a clause break (punctuation, a concessive particle)."""
    t = doc.words[i]
    pos, words = t.pos, _candidates()
    flags = (
        (_F_TARGET if pos in _NOUNS and _is_target(doc, i) else 0)
        | (_F_HINGE if t.lemma in words or t.normalized in words else 0)
        | (_F_VERB if pos == "動詞" else 0)
        | (_F_NOUN if pos == "名詞" else 0)
        | (_F_WISH if pos == "助動詞" and t.lemma == "たい" else 0)
    )
    if pos == "補助記号" or (t.pos2 == "接続助詞" and t.surface in grammar("clause_breaks")):
        flags |= _F_BREAK
    if t.memo is None:
        t.memo = {}
    t.memo[_FLAGS] = flags
    return flags


def _negated_after(toks: list[Word], i: int, limit: int = 6) -> bool:
    """A negation within the next few auxiliaries or dependent words (多くない, 感じられず)."""
    return _negation_at(toks, i, limit) is not None


def _negation_at(toks: list[Word], i: int, limit: int = 6) -> int | None:
    """Where the negation of word i stands, if any: not past a conjunctive て or で into a verb
    of its own (「低すぎてやってられなかった」 denies やる, not 低い), only into one that goes on
    the predicate ([grammar] te_auxiliaries: 取れていない, 評価してもらえない)."""
    negators = negator_lemmas()
    for k in range(i + 1, min(len(toks), i + 1 + limit)):
        t = toks[k]
        if t.pos == "補助記号" or (t.pos == "名詞" and t.pos2 != "数詞"):
            return None
        if (
            t.pos == "助詞"
            and t.pos2 == "接続助詞"
            and t.surface in ("て", "で")
            and k + 1 < len(toks)
            and toks[k + 1].pos == "動詞"
            and toks[k + 1].normalized not in grammar("te_auxiliaries")
        ):
            return None
        if t.pos == "助動詞" and (t.lemma in negators or t.normalized == "ず"):
            return k
        if t.pos == "形容詞" and t.lemma == "ない":
            return k
    return None


_NOUNS = ("名詞", "代名詞")


@cache
def _target_seeds() -> frozenset[str]:
    return frozenset(w for c in _TARGETS for w in concept(c).seeds if len(w) >= 2)


def _split_target(doc: Doc, i: int, targets: list[int]) -> bool:
    """Noun i closes a target that Sudachi splits in two (上層+部, 首脳+陣: a seed of the
    target concepts), whose first noun is no target of its own."""
    toks = doc.words
    return (
        i > 0
        and toks[i - 1].pos == "名詞"
        and (not targets or targets[-1] != i - 1)
        and doc.begins[i] == doc.ends[i - 1]
        and toks[i - 1].normalized + toks[i].normalized in _target_seeds()
    )


def names_employer(doc: Doc, sent: Sentence) -> bool:
    """Whether the sentence names the former employer or its people (not the work alone)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    i = bisect_left(begins, sent.start)
    while i < len(toks) and ends[i] <= sent.end:
        if toks[i].pos in _NOUNS and _is_concept(doc, i, "employer", "people"):
            return True
        i += 1
    return False


_TARGET = "\0target"  # Word.memo key of _is_target


def _is_target(doc: Doc, i: int) -> bool:
    """Whether noun i names a target (the employer, its people, the pay, hours or work, or a
    compound ending in one), read once per word: it depends on the word alone."""
    t = doc.words[i]
    memo = t.memo
    found = memo.get(_TARGET) if memo is not None else None
    if found is None:
        found = _is_concept(doc, i, *_TARGETS) or _compound_target(t.normalized)
        if t.memo is not None:  # (set by _is_concept for a noun)
            t.memo[_TARGET] = found
    return found


def _compound_target(word: str) -> bool:
    """A compound ending in a target (職場環境, 営業部長, 経営方針), or opening on pay or time
    (休憩時間, 休日出勤, 残業時間)."""
    seeds = _target_seeds()
    return len(word) >= 3 and (
        word[-2:] in seeds or word[-3:] in seeds or word[:2] in _time_and_pay_seeds()
    )


@cache
def _time_and_pay_seeds() -> frozenset[str]:
    return frozenset(w for c in ("hours", "leave", "pay") for w in concept(c).seeds if len(w) == 2)


def _is_concept(doc: Doc, i: int, *names: str) -> bool:
    """Whether token i belongs to one of the concepts (its synonym groups read once)."""
    t = doc.words[i]
    if t.pos not in ("名詞", "代名詞"):
        return False
    memo = t.memo
    if memo is None:
        memo = t.memo = {}
    found: bool | None = memo.get(names)
    if found is None:  # once per word: it depends on the word alone
        groups = t.groups
        if groups is None:
            groups = synonym_groups(t, doc.morphemes[i])
        found = memo[names] = any(concept(n).has_groups(t.normalized, groups) for n in names)
    return found


@cache
def _candidates() -> frozenset[str]:
    """Every dictionary form a complaint can hinge on: the rest of the tokens are skipped."""
    pol = polarity()
    words = {w for name in _WORD_LISTS for w in _words(name)}
    nouns = set(pol.nouns)  # good ones denied, bad ones of people (_conduct)
    hinges = {"ばかり", "だけ", "しか", "ない", "無い", "得る"}
    grammatical = grammar("benefactive") | grammar("passive")
    return frozenset(set(pol.predicates) | nouns | words | grammatical | hinges)


def negative_words() -> frozenset[str]:
    """The words that judge negatively whatever their target ([concepts] negative_words)."""
    return _words("negative_words")


@cache
def _judging_words() -> frozenset[str]:
    """Words that judge even as the target itself (不満, 納得 denied)."""
    return _words("negative_words") | _words("denied_words")


def _split_adjective(toks: list[Word], i: int) -> bool:
    """An adjective Sudachi splits into a verb and ない (つまらない, くだらない) that the
    polarity dictionary holds whole as a negative evaluation."""
    t = toks[i]
    return (
        t.pos == "動詞"
        and i + 1 < len(toks)
        and toks[i + 1].lemma == "ない"
        and polarity().of(t.surface + "ない", noun=False) < 0
    )


_WORD_LISTS = (
    "negative_words",
    "denied_words",
    "low_words",
    "high_words",
    "lacking_words",
    "falling_words",
    "disregard_manners",
)
