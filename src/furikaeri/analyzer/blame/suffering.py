"""What others did to the candidate or did not do for them: 〜てくれない / 〜てもらえない
(benefactive), the passive of suffering (叱責される, 押し付けられる), 〜ばかり after a negative
noun or a passive, and disregard (勝手に)."""

from __future__ import annotations

from functools import cache

from furikaeri.analyzer.blame.targets import _is_concept, _negated_after, _words
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import grammar, lexicon, negator_lemmas
from furikaeri.analyzer.semantics import concept, polarity
from furikaeri.nlp import Word, morphemes, synonym_groups
from furikaeri.vocabulary import negation


def _benefactive(toks: list[Word], i: int) -> int | None:
    """「教えてくれない」「聞いてもらえず」: the index of the verb before て, when negated."""
    t, benefactive = toks[i], grammar("benefactive")
    if t.lemma not in benefactive and t.normalized not in benefactive:
        return None
    if i < 2 or toks[i - 1].surface not in ("て", "で") or not _negated_after(toks, i):
        return None
    return i - 2


def _suffering(doc: Doc, i: int, targets: list[int], *, carried: list[int]) -> int | None:
    """「叱責された」「押し付けられる」「上司に怒られた」: the index of the predicate."""
    toks = doc.words
    t = toks[i]
    if t.pos != "助動詞" or t.lemma not in grammar("passive") or i == 0:
        return None
    after = [x.surface for x in toks[i + 1 : i + 3]]
    if after in (["て", "も"], ["で", "も"]):  # 「断られても訪問を続けた」: a hardship met
        return None
    j = i - 1
    if toks[j].normalized == "為る" and j > 0:
        j -= 1
        if toks[j].surface == "に" and j > 0:  # 「せいにされる」
            j -= 1
    pred = toks[j]
    voiced = _voiced_subject(doc, j)
    if voiced is not None and _denied_later(toks, i):
        # 「現場の声が反映されることはなかった」: what people said, taken up by no one (not
        # 「意見が無視されることはなかった」: a negative act denied)
        bad = polarity().of(pred.lemma, noun=False) < 0 or pred.lemma in _words("negative_words")
        return None if bad else voiced
    if _causative(toks, i) or _made_into(toks, i, j):
        return j
    judged = polarity().of(pred.lemma, noun=False) < 0 or _done_to_one(toks, j)
    negative = (
        pred.lemma in _words("negative_words")
        or (_bad_object(toks, j) and not _favour(pred))  # 「嘘をつかれた」「無理を言われた」
        or (judged and pred.lemma not in _words("not_evaluative"))
        or (bool(carried) and _negative_synonym(doc, j))  # 断られる: of the workplace
    )
    by_someone = any(
        k < j and toks[k + 1].surface in ("に", "から") and _is_concept(doc, k, "people")
        for k in targets
        if k + 1 < len(toks)
    )
    if by_someone and not negative and _favour(pred):
        # 「後輩から慕われる」「上司に褒められた」: a favour, not suffering; denied, a complaint
        # (「上司に褒められたことは一度もありませんでした」)
        return j if _denied_later(toks, i) else None
    return j if negative or by_someone else None


def _done_to_one(toks: list[Word], j: int) -> bool:
    """A verbal noun of the passive (放置+さ+れる) negative in the polarity dictionary's nouns,
    with no subject nor object of its own (が, を) just before it: something done to the speaker
    as a whole (「一人で放置されていた」), not to a thing (「部署が閉鎖され」「企画が中止された」)
    nor to what the speaker did (「ミスを指摘され」: a fault of one's own corrected); nor a noun
    that is itself a concrete reason for leaving early ([short_tenure].reason_patterns: 閉鎖,
    解雇: 「部署ごと閉鎖された」 tells the employer's end, no one's doing to the speaker)."""
    noun = toks[j]
    if noun.pos != "名詞" or polarity().of(noun.lemma, noun=True) >= 0:
        return False
    if lexicon().tenure_reason.search(noun.surface):
        return False
    return not any(t.surface in ("が", "を") for t in toks[max(0, j - 4) : j])


def _bad_object(toks: list[Word], j: int) -> bool:
    """The object of the predicate at ``j`` (noun + を right before it) is negative in the
    polarity dictionary and no neutral topic (嘘 in 「嘘をつかれた」, not ミス)."""
    if j < 2 or toks[j - 1].surface != "を" or toks[j - 2].pos != "名詞":
        return False
    noun = toks[j - 2]
    return noun.lemma not in _words("not_evaluative") and polarity().of(noun.lemma, noun=True) < 0


def _voiced_subject(doc: Doc, j: int) -> int | None:
    """The subject of the passive predicate at ``j`` is what people said ([concepts].voiced:
    意見, 声, 提案): its index, or None."""
    toks = doc.words
    voiced = _words("voiced")
    for k in range(j - 1, max(-1, j - 8), -1):
        t = toks[k]
        if t.pos == "補助記号":
            return None
        if (
            t.pos == "名詞"
            and (t.lemma in voiced or t.normalized in voiced)
            and k + 1 < len(toks)
            and toks[k + 1].surface in ("が", "は", "も")
        ):
            return k
    return None


def _denied_later(toks: list[Word], i: int) -> bool:
    """A negation after token ``i`` before the clause ends (…たことは一度もありません)."""
    return _denial_index(toks, i) is not None


def _denial_index(toks: list[Word], i: int) -> int | None:
    """The index of the negation after token ``i`` before the clause ends, or None."""
    breaks, negators = grammar("clause_breaks"), negator_lemmas()
    for k in range(i + 1, min(len(toks), i + 12)):
        t = toks[k]
        if t.pos == "補助記号" or (t.pos2 == "接続助詞" and t.surface in breaks):
            return None
        if t.lemma in negators or t.lemma in ("ない", "無い"):
            return k
    return None


def _favour(word: Word) -> bool:
    """A verb whose passive by someone is a favour (慕われる, 褒められる, 信頼される):
    [concepts].favours, or positive in the polarity dictionary."""
    pol = polarity()
    return (
        word.lemma in _words("favours")
        or word.normalized in _words("favours")
        or pol.of(word.lemma, noun=False) > 0
        or pol.of(word.lemma, noun=True) > 0
    )


_CAUSATIVE_STEM = dict(zip("かたわらばまが", "くつうるぶむぐ", strict=True))  # 書か(す) → 書く


@cache
def _negative_groups() -> frozenset[int]:
    """Sudachi synonym groups of the negative words (拒否 → 断る, 無視 → …)."""
    groups: set[int] = set()
    for word in _words("negative_words"):
        found = morphemes(word)
        if len(found) == 1:
            groups.update(found[0].synonym_group_ids())
    return frozenset(groups)


def _negative_synonym(doc: Doc, j: int) -> bool:
    """The predicate at token j shares a synonym group with a negative word (断られる)."""
    w = doc.words[j]
    groups = w.groups if w.groups is not None else synonym_groups(w, doc.morphemes[j])
    return not _negative_groups().isdisjoint(groups)


def _causative(toks: list[Word], i: int) -> bool:
    """The causative passive, being made to do something: 書かせられる, 書かされる."""
    prev = toks[i - 1]
    if prev.pos == "助動詞" and prev.lemma in ("せる", "させる"):
        return True
    lemma = prev.lemma
    if prev.pos != "動詞" or len(lemma) < 3 or not lemma.endswith("す"):
        return False
    base = lemma[:-2] + _CAUSATIVE_STEM.get(lemma[-2], "")  # 書かす → 書く
    return base != lemma[:-2] and _is_verb(base)


@cache
def _is_verb(word: str) -> bool:
    found = morphemes(word)
    return (
        len(found) == 1
        and found[0].dictionary_form() == word
        and "動詞" in str(found[0].part_of_speech()[0])
    )


def _made_into(toks: list[Word], i: int, j: int) -> bool:
    """「私のせいにされる」「自分の責任にされた」: made the one to blame."""
    if toks[i - 1].normalized != "為る" or j + 1 >= i - 1 or toks[j + 1].surface != "に":
        return False
    k = j - 1
    while k >= 0 and toks[k].pos == "名詞":
        k -= 1
    if k < 1 or toks[k].surface != "の":
        return False
    # 「悪口の的にされる」「いじめの対象にされた」: made the target of a bad thing
    owner = toks[k - 1]
    return owner.normalized in ("私", "自分", "一人") or (
        owner.pos == "名詞" and polarity().of(owner.lemma, noun=True) < 0
    )


def _only(doc: Doc, i: int) -> int | None:
    """「雑務ばかり」「怒られてばかり」: ばかり after a negative noun or a passive; ばかり or だけ
    after the work handed out (_given_only)."""
    toks = doc.words
    if toks[i].surface == "しか":
        return _scarce(doc, i)  # 「休みが月に4日しかなく」
    if toks[i].surface == "だけ" and i > 0 and toks[i - 1].pos == "名詞":
        return _given_only(doc, i)  # 「任されるのはデータ入力だけ」
    if toks[i].surface != "ばかり" or i == 0:
        return None
    prev = toks[i - 1]
    if i + 1 < len(toks) and toks[i + 1].surface in ("で", "では") and _not_only(toks, i + 1):
        return None  # 「営業ばかりでなく」: not only
    if prev.pos == "名詞" and polarity().of(prev.lemma, noun=True) < 0:
        return i - 1
    if prev.pos == "名詞" and _is_concept(doc, i - 1, "work"):  # 「単純な作業ばかり」
        return i - 1
    if prev.surface in ("て", "で") and i >= 2 and toks[i - 2].lemma in grammar("passive"):
        return max(0, i - 3)
    if prev.pos == "名詞" and polarity().of(prev.lemma, noun=True) <= 0:
        return _given_only(doc, i)
    return None


def _scarce(doc: Doc, i: int) -> int | None:
    """「休みが月に4日しかなく」「給料は手取りで15万円しか出ず」「有給は年に3日しかありません
    でした」「昇給が年に二千円ほどしかなく」: しか after a count (a number, Sudachi's 数詞; told
    roughly, an adverbial particle between: ほど, くらい), denied right after
    (scarce_negation), where what is counted, marked by が, は or も before the count, is pay or
    time off ([concepts] pay, leave, by synonym group, or a compound ending in one of their
    seeds: 夏休み): the employer gave only that much. The index of the noun counted. A count of
    anything else (「従業員が10名しかいない」「残業は月5時間しかなく」) judges no one."""
    toks = doc.words
    if scarce_negation(toks, i) is None:
        return None
    counted = False
    k = i - 1
    while k > 0 and i - k <= _COUNT_REACH:
        t = toks[k]
        if t.pos == "助詞" and t.surface in ("が", "は", "も"):
            break
        if t.pos2 == "数詞":
            counted = True
        elif k == i - 1 and t.pos == "助詞" and t.pos2 == "副助詞":
            pass  # a count told roughly (「二千円ほどしか」「3日くらいしか」)
        elif t.pos not in ("名詞", "接尾辞", "接頭辞") and t.surface not in ("に", "で"):
            return None  # (the count and its setting only: 月に, 手取りで, 年間)
        k -= 1
    if not counted or k <= 0 or toks[k].pos != "助詞" or toks[k].surface not in ("が", "は", "も"):
        return None
    noun = k - 1
    if toks[noun].pos not in _NOUN_POS:
        return None
    return noun if _given(doc, noun) else None


# How many words a count may take between the thing counted and its しか (「月に4日」「手取りで
# 15万円」: 月+に+4+日, 手取り+で+15+万+円).
_COUNT_REACH = 7
_NOUN_POS = ("名詞", "代名詞")


def scarce_negation(toks: list[Word], i: int) -> int | None:
    """The index of the negator that closes the predicate after しか at ``i`` (a negating
    auxiliary or the adjective 無い of vocabulary.toml [negation]: 「しかなく」「しか出ず」
    「しかありませんでした」), or None."""
    scarce = negation().predicates
    for k in range(i + 1, min(len(toks), i + 4)):
        t = toks[k]
        if t.lemma in scarce or t.normalized in scarce:
            return k
        if t.pos not in ("動詞", "助動詞", "形容詞"):
            return None
    return None


def _given(doc: Doc, k: int) -> bool:
    """The noun at ``k`` is what the employer gives its staff: pay or time off ([concepts] pay,
    leave), or a compound ending in a seed of them (夏休み, 基本給)."""
    if _is_concept(doc, k, "pay", "leave"):
        return True
    word = doc.words[k].normalized
    return len(word) >= 3 and any(word[-len(s) :] == s for s in _given_seeds())


@cache
def _given_seeds() -> frozenset[str]:
    return frozenset(w for c in ("pay", "leave") for w in concept(c).seeds if len(w) >= 2)


def _given_only(doc: Doc, i: int) -> int | None:
    """ばかり or だけ at ``i`` in a clause that tells work handed to the candidate: a verb of
    [concepts].assigning in the passive (「任されるのはコピーと電話番ばかり」), or any causative
    passive (「電話番ばかりやらされていた」), in the same clause: the index where it begins
    (the verb before ばかり, or the noun before ばかり when the verb follows). Bare nouns only:
    work characterised (「重要な案件ばかり」) may be a boast."""
    toks = doc.words
    breaks = grammar("clause_breaks")
    lo = i
    while (
        lo > 0
        and toks[lo - 1].pos != "補助記号"
        and not (toks[lo - 1].pos2 == "接続助詞" and toks[lo - 1].surface in breaks)
    ):
        lo -= 1
    hi = i
    while (
        hi + 1 < len(toks)
        and toks[hi + 1].pos != "補助記号"
        and not (toks[hi + 1].pos2 == "接続助詞" and toks[hi + 1].surface in breaks)
    ):
        hi += 1
    who = toks[i - 1]
    if who.pos == "代名詞" or who.normalized in ("一人", "人") or _is_concept(doc, i - 1, "people"):
        return None  # 「任されたのは私一人だけ」: who was given it, not what
    pol = polarity()
    if any(
        t.pos in ("形状詞", "形容詞", "連体詞") or pol.of(t.lemma, noun=t.pos == "名詞") > 0
        for t in toks[lo:i]
    ):
        return None  # 「任されるのは重要な案件ばかり」: the work characterised, maybe a boast
    assigning = _words("assigning")
    for k in range(lo + 1, hi + 1):
        if toks[k].pos != "助動詞" or toks[k].lemma not in grammar("passive"):
            continue
        verb = toks[k - 1]
        if _causative(toks, k) or verb.normalized in assigning or verb.lemma in assigning:
            return min(k - 1, i - 1)
    return None


def _not_only(toks: list[Word], i: int) -> bool:
    """「ばかりでなく」「ばかりではなく」 at token i (で or では)."""
    nxt = toks[i + 1 : i + 3]
    return any(t.lemma in ("ない", "無い") or t.surface == "なく" for t in nxt)


def _disregard(doc: Doc, i: int, targets: list[int]) -> int | None:
    """「平気で後回しにする」「一方的に延ばす」「勝手に変える」: a manner that judges the actor
    ([concepts].disregard_manners) before a verb, in a clause or sentence that names the
    workplace's people or a part of it: where the complaint begins (the manner word)."""
    toks = doc.words
    if toks[i].lemma not in _words("disregard_manners") or not targets:
        return None
    verb = _manner_verb(toks, i)
    if verb is None or _denied_later(toks, verb):
        return None  # 「頭ごなしに否定せず」: a disregard denied praises
    if _favour(toks[verb]) or any(
        t.lemma in grammar("benefactive") or t.normalized in grammar("benefactive")
        for t in toks[verb + 1 : verb + 4]
    ):
        return None  # 「勝手に手伝ってくれる」: a favour done unasked
    if not any(_is_concept(doc, j, "people", "employer") for j in targets):
        return None
    return i


def _manner_verb(toks: list[Word], i: int) -> int | None:
    """The verb a manner word at ``i`` modifies (平気+で+後回し+に+し → し), or None."""
    k = i + 1
    if toks[i].pos != "副詞":  # 平気+で, 一方的+に
        if k >= len(toks) or toks[k].surface not in ("で", "に"):
            return None
        k += 1
    while k < len(toks) and k - i < 6 and toks[k].pos in ("名詞", "助詞"):
        k += 1  # 「後回しにし」: a verbal noun and its particle
    return k if k < len(toks) and toks[k].pos == "動詞" else None
