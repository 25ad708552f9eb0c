"""One's own leaving of an employer told (「既存顧客を回るだけの毎日に物足りなさを感じ、退職を決め
ました」): a word of [demands].leaving_words as a predicate of its own, with no other subject, read
on Sudachi's analysis. What an answer to why one left tells, not an episode in which others leave
(「新人が次々と辞めてしまう」) or a time of it (「退職する際」「退職後」)."""

from __future__ import annotations

from functools import cache, lru_cache

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.misses import Misses
from furikaeri.analyzer.semantics import demand_words
from furikaeri.nlp import Word

# Nouns that nominalize a clause rather than name what it modifies (辞めることになり, 辞めたのは).
_FORMAL = frozenset({"こと", "事", "の", "ため", "為", "よう", "様"})


@cache
def _own_speaker() -> frozenset[str]:
    """The words naming the speaker ([casual.reported_speech].own_speaker: 私, 自分), built once."""
    return frozenset(lexicon().raw["casual"]["reported_speech"]["own_speaker"])


@lru_cache(maxsize=4)
def _not_leaving(leave: frozenset[str]) -> Misses[Word]:
    """Words met that are none of ``leave`` ([demands].leaving_words) by normalized form or
    lemma, a fact of the word alone: an answer made only of such words tells no leaving, found
    with one issuperset in C instead of a loop over its words (the same Word objects recur:
    nlp.words). Bounded."""
    return Misses()


def _any_leaving_word(ws: list[Word], leave: frozenset[str]) -> bool:
    """Whether a word of ``ws`` is one of ``leave`` (by normalized form or lemma)."""
    outside = _not_leaving(leave)
    if outside.cover(ws):
        return False
    outside.make_room()
    found = False
    for w in ws:
        if w.normalized in leave or w.lemma in leave:
            found = True
        else:
            outside.add(w)
    return found


def own_leaving(doc: Doc) -> bool:
    """The answer tells that the speaker left (or decided to leave) an employer."""
    ws = doc.words
    leave = demand_words("leaving_words")
    if not _any_leaving_word(ws, leave):
        return False
    for i, w in enumerate(ws):
        if w.normalized not in leave and w.lemma not in leave:
            continue
        end = _predicate_end(ws, i)
        if end is None or _modifies_noun(ws, end):
            continue
        if not _other_subject(ws, i):
            return True
    return False


def others_leaving(doc: Doc) -> list[tuple[int, int]]:
    """The spans of the leaving words whose predicate has a subject other than the speaker
    (「新人が1か月もたずに辞めてしまう」「後輩が次々と辞めていった」): an episode's setting, no
    leaving of one's own."""
    ws = doc.words
    leave = demand_words("leaving_words")
    if not _any_leaving_word(ws, leave):
        return []
    begins, ends = doc.begins, doc.ends  # (read only here: most answers return above)
    return [
        (begins[i], ends[i])
        for i, w in enumerate(ws)
        if (w.normalized in leave or w.lemma in leave)
        and _predicate_end(ws, i) is not None
        and _other_subject(ws, i)
    ]


def _predicate_end(ws: list[Word], i: int) -> int | None:
    """The last word of the predicate the leaving word heads (辞め, 退職+し, 転職+を+決め), or None
    when it is no predicate (離職率, 退職後, 退職の理由)."""
    w = ws[i]
    if w.pos == "動詞":
        return i
    if w.pos != "名詞" or i + 1 >= len(ws):
        return None
    nxt = ws[i + 1]
    if nxt.pos == "動詞" and nxt.normalized in ("為る", "致す"):
        return i + 1
    decided = demand_words("leaving_decided")
    if nxt.surface in ("を", "も") and i + 2 < len(ws):
        after = ws[i + 2]
        if after.normalized in decided or after.lemma in decided:
            return i + 2
        if after.pos == "名詞" and i + 3 < len(ws) and ws[i + 3].normalized == "為る":
            return i + 3 if after.normalized in decided else None  # 退職を決意し
    return None


def _modifies_noun(ws: list[Word], end: int) -> bool:
    """The predicate ending at ``end`` (with its auxiliaries: 辞めた, 辞めていく) modifies a noun
    (辞めた人, 退職する際, 転職していく先輩): a relative clause, not what the speaker did."""
    k = end + 1
    while k < len(ws) and (
        ws[k].pos == "助動詞"
        or (ws[k].pos == "助詞" and ws[k].surface in ("て", "で"))
        or (ws[k].pos == "動詞" and ws[k].pos2 == "非自立可能")
    ):
        k += 1
    if k >= len(ws):
        return False
    nxt = ws[k]
    if nxt.normalized in demand_words("leaving_about"):
        return False  # (辞めた理由: the leaving told, its reason named)
    return nxt.pos in ("名詞", "接尾辞") and nxt.surface not in _FORMAL


def _without(ws: list[Word], k: int, i: int) -> bool:
    """The verb at ``k`` is negated and joined to the predicate at ``i`` by 〜ずに or 〜ないで
    (adverbs may stand between): it tells how the same subject did it, not a clause of its own."""
    if k + 2 >= i or ws[k + 1].lemma not in ("ず", "ない") or ws[k + 1].pos != "助動詞":
        return False
    if ws[k + 2].surface not in ("に", "で"):
        return False
    return all(x.pos == "副詞" for x in ws[k + 3 : i])


def _other_subject(ws: list[Word], i: int) -> bool:
    """A subject other than the speaker before the leaving word in its clause (新人が, 同僚も),
    up to the clause's start or another predicate."""
    own = _own_speaker()
    for k in range(i - 1, -1, -1):
        t = ws[k]
        if t.pos == "動詞" and _without(ws, k, i):
            continue  # 「新人が1か月もたずに辞め」: a clause of 〜ずに shares the subject
        if t.pos in ("補助記号", "動詞", "形容詞") or t.pos2 == "接続助詞":
            return False
        subject = t.pos == "助詞" and t.surface in ("が", "も")
        if subject and k and ws[k - 1].surface in _FORMAL:
            return False  # (a clause nominalized, 「…ことが転職を決めた理由です」: no one leaving)
        if subject and k and ws[k - 1].pos in ("名詞", "代名詞", "接尾辞"):
            # (a compound's last part too: 新入部+員が; 私たちが is the speaker's own)
            j = k - 1
            while j and ws[j].pos == "接尾辞":
                j -= 1
            return ws[j].normalized not in own and ws[j].surface not in own
    return False
