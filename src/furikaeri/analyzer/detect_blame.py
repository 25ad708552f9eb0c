"""negative_reason.blame read from the structure of the sentence, not from a phrase list:

- a negative evaluation (polarity dictionary) in a clause that names the former employer, its
  people, the pay, the hours or the work given (concepts with Sudachi synonym groups);
- a positive one negated there (評価されない, 将来性を感じられず);
- pay that is low or does not rise, hours or load that are high;
- 〜てくれない / 〜てもらえない: what others did not do for the candidate;
- the passive of suffering (叱責される, 押し付けられる, 上司に怒られる);
- 〜ばかり after a negative noun or a passive (雑務ばかり, 怒られてばかり).

A clause that states a wish (〜たい) is about the future, not a complaint; a complaint followed
by a concession and the candidate's own action on it (「…でしたが、手順を見直し…」) is context.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import concept, polarity
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Word, morphemes, synonym_groups
from furikaeri.patterns import Matcher, matcher

_TARGETS = ("employer", "people", "pay", "hours", "work")


@cache
def _constructive() -> Matcher:
    return matcher(lexicon().raw["concepts"]["constructive"])


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
    and a pass per question cost a Python loop each."""
    toks, ends = doc.words, doc.ends
    words = _candidates()
    breaks = grammar("clause_breaks")
    out: list[_Clause] = []
    targets: list[int] = []
    hinges: list[int] = []
    wish, last = False, -1
    # The sentence's words: those before its start are skipped; the scan ends at the first
    # word reaching past its end (offsets only grow).
    begin = max(first, bisect_left(doc.begins, sent.start))
    opened = begin  # the first word of the current clause
    for i in range(begin, max(begin, bisect_right(ends, sent.end))):
        last, t = i, toks[i]
        pos = t.pos
        if pos in _NOUNS and _is_target(doc, i):
            targets.append(i)
        if (
            t.lemma in words
            or t.normalized in words
            or (pos == "動詞" and _split_adjective(toks, i))
            or (pos == "名詞" and i > 0 and toks[i - 1].pos == "名詞")  # a compound (二転三転)
        ):
            hinges.append(i)
        if pos == "助動詞" and t.lemma == "たい":
            wish = True
        if pos == "補助記号" or (t.pos2 == "接続助詞" and t.surface in breaks):
            out.append((opened, i, wish, targets, hinges))
            targets, hinges, wish, last, opened = [], [], False, -1, i + 1
    if last >= 0:
        out.append((opened, last, wish, targets, hinges))
    return out


def _negated_after(toks: list[Word], i: int, limit: int = 6) -> bool:
    """A negation within the next few auxiliaries or dependent words (多くない, 感じられず)."""
    return _negation_at(toks, i, limit) is not None


def _negation_at(toks: list[Word], i: int, limit: int = 6) -> int | None:
    negators = grammar("negators")
    for k in range(i + 1, min(len(toks), i + 1 + limit)):
        t = toks[k]
        if t.pos == "補助記号" or (t.pos == "名詞" and t.pos2 != "数詞"):
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


def _evaluation(doc: Doc, i: int, targets: list[int]) -> bool:
    """Token i judges a target of the clause negatively."""
    toks = doc.words
    t = toks[i]
    if i in targets and t.lemma not in _judging_words():
        return False
    if t.pos == "形容詞" and t.lemma in ("ない", "無い"):  # 昇給がない, 裁量がほとんどなく
        return _lacking(doc, i)
    if not targets or _attributive(doc, i) or (t.pos == "名詞" and _circumstance(toks, i)):
        return False
    pol = polarity()
    # Nouns count only as a good thing denied (将来性を感じられず): the noun dictionary marks
    # misfortunes too (持病, 閉鎖), which blame no one.
    value = pol.of(t.lemma, noun=False) or pol.of(t.normalized, noun=False)
    if t.pos == "動詞" and _split_adjective(toks, i):  # つまら+ない: one word in the dictionary
        return True
    if not value and t.pos == "名詞" and pol.of(t.lemma, noun=True) > 0:
        value = 1
    if t.lemma in _words("denied_words"):
        value = 1
    if t.lemma in _words("not_evaluative"):
        value = 0
    if t.pos == "名詞" and _compound_ending(toks, i) in _words("negative_words"):
        value = -1
    if t.normalized == "得る" and i and toks[i - 1].normalized == "有る":
        value = -1 if _negated_after(toks, i) else 0  # あり得ない: outrageous
        return value < 0
    negated = _negated_after(toks, i)
    fit = _words("fit_words")
    if t.lemma in fit or t.normalized in fit:
        vague = _words("vague_people")
        return negated and any(
            _is_concept(doc, j, "people") and toks[j].normalized not in vague for j in targets
        )
    if _frequency(toks, i):  # 「〜と感じることが多く」: how often, not how much work
        return False
    if t.lemma in _words("low_words") or t.lemma in _words("high_words"):
        kind = "pay" if t.lemma in _words("low_words") else "hours"
        wanted = ("pay",) if kind == "pay" else ("hours", "work")
        if t.lemma in _words("lasting_words"):
            wanted = ("hours",)
        if any(_is_concept(doc, j, *wanted) for j in targets):
            return not negated
        return value < 0 and not negated  # きつい said of a boss is still a judgement
    if value == 0 and t.pos == "名詞" and _conduct(doc, i, targets):
        return True
    if t.lemma in _words("lacking_words"):
        return negated and any(
            _is_concept(doc, j, "pay", "leave") or toks[j].normalized[:2] in _time_and_pay_seeds()
            for j in targets
        )
    if value < 0:
        return not negated
    return value > 0 and negated and t.pos in ("名詞", "動詞")


def _attributive(doc: Doc, i: int) -> bool:
    """An adjective that modifies the noun right after it, when that noun is none of the
    targets (「重い荷物を扱う業務」「細かい作業」): it describes that thing, not the workplace
    (「ひどい上司」「低い給料」 judge a target)."""
    toks = doc.words
    t = toks[i]
    if t.pos != "形容詞" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.pos == "名詞" and nxt.pos2 == "普通名詞" and not _is_target(doc, i + 1)


def _frequency(toks: list[Word], i: int) -> bool:
    """多い/少ない after a verb made a noun by こと (「感じることが多い」「残ることも多く」):
    how often something happens, not an amount of pay or work."""
    return (
        toks[i].pos == "形容詞"
        and i >= 2
        and toks[i - 1].surface in ("が", "も")
        and toks[i - 2].lemma in ("こと", "事")
        and i >= 3
        and toks[i - 3].pos in ("動詞", "助動詞")
    )


def _conduct(doc: Doc, i: int, targets: list[int]) -> bool:
    """A negative noun (悪口, 嫌がらせ, 疲弊) said of the workplace's people: 「先輩が陰で悪口を」,
    「上司の嫌がらせが」. Elsewhere such nouns are often misfortunes (持病, 閉鎖) or what the
    candidate did for others (同僚の悩みを聞く), which blame no one."""
    toks = doc.words
    if polarity().of(toks[i].lemma, noun=True) >= 0 or toks[i].lemma in _words("not_evaluative"):
        return False
    # What people do or what the place is (悪口を, 嫌がらせが, 最悪です), not a cause
    # (事故で入院, 病気に): a misfortune is named with で or に, or is a verb (入院し).
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if toks[i].pos2 != "普通名詞" or nxt is None or _circumstance(toks, i):
        return False
    if not (nxt.surface in _conduct_next() or nxt.lemma in ("だ", "です")):
        return False
    for j in targets:
        if not 0 < i - j <= 8 or not _is_concept(doc, j, "people"):
            continue
        role = _particle_after(toks, j)
        if role in ("が", "は", "も") or (role == "の" and nxt.surface != "を"):
            return True
        if role == "と" and i == j + 3 and toks[j + 2].surface == "の":
            return True  # friction with someone: 「同期とのいざこざ」「上司との確執」
    return False


def _circumstance(toks: list[Word], i: int) -> bool:
    """The clause holding token ``i`` is the setting of what follows, not a report of conduct:
    it ends in 〜ても (「スタッフが不満を伝えても」) or names when (「…不満を口にしたときに」):
    the candidate tells what they met and, after it, what they did or what others did."""
    for k in range(i + 1, min(len(toks), i + 10)):
        t = toks[k]
        if t.pos == "補助記号" or (t.pos2 == "接続助詞" and t.surface in grammar("clause_breaks")):
            return False
        if t.surface in ("て", "で") and k + 1 < len(toks) and toks[k + 1].surface == "も":
            return True
        if (
            t.pos == "名詞"
            and t.lemma in grammar("when_nouns")
            and toks[k - 1].pos in ("助動詞", "動詞")
        ):
            return True
    return False


def _particle_after(toks: list[Word], j: int) -> str:
    """The particle after the noun at j and its suffixes (先輩+方+は → は), or after the people
    it names with の+人/方 (上+の+人+たち+が → が)."""
    k = j + 1
    if k + 1 < len(toks) and toks[k].surface == "の" and toks[k + 1].surface in ("人", "方"):
        k += 2
    while k < len(toks) and (toks[k].pos == "接尾辞" or toks[k].surface in ("方", "達", "ら")):
        k += 1
    return toks[k].surface if k < len(toks) else ""


def _lacking(doc: Doc, i: int) -> bool:
    """「Xがない」 where X is pay, time off or a denied good thing (裁量, 将来性)."""
    toks = doc.words
    for k in range(i - 1, max(-1, i - 4), -1):
        if toks[k].surface in ("が", "も", "は") and k > 0:
            noun = toks[k - 1]
            return noun.lemma in _words("denied_words") or _is_concept(doc, k - 1, "pay", "leave")
        if toks[k].pos not in ("副詞", "助詞") and toks[k].lemma not in grammar("degree"):
            return False
    return False


def _compound_ending(toks: list[Word], i: int) -> str:
    """The noun run ending at token i (二転+三転 → 二転三転)."""
    k = i
    while k > 0 and toks[k - 1].pos == "名詞" and i - k < 3:
        k -= 1
    return "".join(t.surface for t in toks[k : i + 1])


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
    judged = polarity().of(pred.lemma, noun=False) < 0
    negative = (
        pred.lemma in _words("negative_words")
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
    breaks, negators = grammar("clause_breaks"), grammar("negators")
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
    groups = synonym_groups(doc.words[j], doc.morphemes[j])
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
    """「雑務ばかり」「怒られてばかり」: ばかり after a negative noun or a passive."""
    toks = doc.words
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
    return None


def _not_only(toks: list[Word], i: int) -> bool:
    """「ばかりでなく」「ばかりではなく」 at token i (で or では)."""
    nxt = toks[i + 1 : i + 3]
    return any(t.lemma in ("ない", "無い") or t.surface == "なく" for t in nxt)


@cache
def _candidates() -> frozenset[str]:
    """Every dictionary form a complaint can hinge on: the rest of the tokens are skipped."""
    pol = polarity()
    words = {w for name in _WORD_LISTS for w in _words(name)}
    nouns = set(pol.nouns)  # good ones denied, bad ones of people (_conduct)
    hinges = {"ばかり", "ない", "無い", "得る"}
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
    "disregard_manners",
)


def complaint_spans(doc: Doc) -> list[Span]:
    """Spans of the answer that complain about the former employer (token analysis)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    out: list[Span] = []
    first = 0
    for sent in doc.sentences:
        excused: bool | None = None  # read only when a complaint is found
        earlier: list[int] = []  # targets of the sentence's earlier clauses
        futile = "て" in sent.text and _blame_pattern("futile").search(sent.text) is not None
        for opened, last, wish, own, hinges in _clauses(doc, sent, first):
            first = last + 1
            if wish:
                continue
            # A clause with no target of its own judges the one its sentence is about
            # (「入力作業の繰り返しで、正直つまらなかった」).
            targets = own or earlier
            carried = earlier[:]  # (the people named before: 「先輩がいて、…を回さないし」)
            earlier += own
            if own or futile or carried:
                clause = list(range(opened, last + 1))
                told = _conduct_told(doc, clause, own, sent, futile=futile, carried=carried)
                for first_i, last_i in told:
                    if _constructive_after(doc, sent, ends[last_i]):
                        continue
                    if excused is None:
                        excused = _misfortune(sent)
                    if not excused:
                        out.append(doc.span(begins[first_i], ends[last_i]))
            for i in hinges:
                start = _complaint_start(doc, i, own, targets)
                if start is None or _constructive_after(doc, sent, ends[i]):
                    continue
                if _tried_before(doc, sent, begins[i], toks[i]):
                    continue
                if excused is None:
                    excused = _misfortune(sent)
                if excused and toks[i].lemma not in _words("negative_words"):
                    continue
                negation = _negation_at(toks, i) if toks[i].pos == "名詞" else None
                if toks[i].lemma in _words("disregard_manners"):
                    negation = _manner_verb(toks, i)  # the act, not the manner alone
                elif toks[i].lemma in grammar("passive") and toks[start].lemma in _words("voiced"):
                    negation = _denial_index(toks, i)  # 「…反映されることはなかった」 whole
                end = ends[negation] if negation is not None else ends[i]
                out.append(doc.span(begins[start], end))
    return out


def _complaint_start(doc: Doc, i: int, own: list[int], targets: list[int]) -> int | None:
    """Where a complaint hinging on word i begins, or None when it makes none."""
    toks = doc.words
    start = _benefactive(toks, i)
    if start is None:
        start = _disregard(doc, i, targets)
    if start is None:
        start = _suffering(doc, i, own, carried=targets)
    if start is None:
        start = _only(doc, i)
    if start is None and _evaluation(doc, i, targets):
        begins = doc.begins
        before = [j for j in targets if j <= i]
        start = before[-1] if before and begins[i] - begins[before[-1]] < 20 else i
    return start


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


def _conduct_told(
    doc: Doc,
    clause: list[int],
    own: list[int],
    sent: Sentence,
    *,
    futile: bool,
    carried: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Blame told by what people did or what the place is, with no evaluative word (token
    index ranges): a person of the workplace as the subject of a denied act (「先輩がほとんど
    仕事をしない」「店長は現場に顔を出さず」), the workplace characterised by a clause
    (「正直者が損をする職場」「声が届かない会社」「人が辞めていく職場」), and asking to no
    effect (「何度相談しても、何も変わりませんでした」; ``futile``: the sentence holds
    [blame].futile)."""
    out: list[tuple[int, int]] = []
    for j in own:
        found = _denied_act(doc, clause, j) if _is_concept(doc, j, "people") else None
        if found is None and _is_concept(doc, j, "employer"):
            found = _characterised(doc, clause, j, sent)
        if found is not None:
            out.append(found)
    if not out and not any(_particle_after(doc.words, j) in ("が", "は") for j in own):
        # no subject of its own: the person named as the subject of the clause before does
        # not do something (「先輩がいて、後輩には仕事を回さないし」)
        for j in (carried or [])[-1:]:
            found = _denied_act(doc, clause, j) if _is_concept(doc, j, "people") else None
            if found is not None:
                out.append((clause[0], found[1]))
    if out or not futile:
        return out
    asked = _futile(doc, clause)
    return [asked] if asked is not None else out


def _denied_act(doc: Doc, clause: list[int], j: int) -> tuple[int, int] | None:
    """The person at ``j`` (が, は, も) does not do something: the first verb of the clause after
    it that is denied, unless the denial praises (a negative word denied: 嫌な顔ひとつせず,
    否定せず, 辞めず), modifies a noun (「上司がいない時間帯」) or tells fit (合わず)."""
    toks = doc.words
    negators = grammar("negators")
    if not any(k > j and toks[k].lemma in negators for k in clause):
        return None  # (most clauses deny nothing)
    if _particle_after(toks, j) not in ("が", "は", "も"):
        return None
    negative = _negative_lemmas()
    for k in clause:
        if k <= j:
            continue
        t = toks[k]
        if (
            t.lemma in negative
            or t.normalized in negative
            or t.lemma in _words("disregard_manners")  # 「一方的に話すのではなく」
            or _is_concept(doc, k, "hours")
        ):
            return None
        if t.pos != "動詞":
            continue
        stop = _negation_at(toks, k)
        if stop is None:
            continue
        fit = _words("fit_words")
        if t.normalized in grammar("absence_verbs") or t.lemma in fit or t.normalized in fit:
            return None
        after = stop + 1
        if (
            after < len(toks)
            and toks[after].pos == "名詞"
            and toks[after].lemma not in grammar("blame_formal_nouns")
        ):
            return None  # 「上司がいない時間帯」: a setting
        if toks[stop].lemma == "ず" and _adverbial(toks, after):
            return None  # 「休まず働く」「嫌な顔をせずに教える」: how one did something
        return j, stop
    return None


def _adverbial(toks: list[Word], k: int) -> bool:
    """A verb follows at ``k`` (after に): the denial before it says how (休まず働く)."""
    if k < len(toks) and toks[k].surface == "に":
        k += 1
    return k < len(toks) and toks[k].pos == "動詞"


def _characterised(doc: Doc, clause: list[int], j: int, sent: Sentence) -> tuple[int, int] | None:
    """The workplace noun at ``j`` modified by a clause whose predicate judges it: denied (「声が
    届かない会社」「若手が育たない環境」), negative in the polarity dictionary (「人が辞めていく
    職場」) or doing a negative thing (「正直者が損をする職場」). Not a company wished for, nor
    the one addressed (「〜な会社が多い中、御社は」)."""
    toks = doc.words
    if j == 0 or j - 1 not in clause or toks[j - 1].pos not in ("動詞", "助動詞", "形容詞"):
        return None
    if _addressee().search(sent.text):
        return None
    p = j - 1
    denied = False
    while p > clause[0] and (
        toks[p].pos == "助動詞"
        or (toks[p].pos2 == "非自立可能" and toks[p - 1].surface in ("て", "で"))  # 辞めていく
        or (toks[p].pos == "助詞" and toks[p].surface in ("て", "で"))
    ):
        if toks[p].pos == "助動詞" and toks[p].lemma in grammar("negators"):
            denied = True
        p -= 1
    pred = toks[p]
    negative = _negative_lemmas()
    if pred.pos not in ("動詞", "形容詞", "名詞") or pred.lemma in ("ない", "無い"):
        return None
    bad = pred.lemma in negative or pred.normalized in negative
    if pred.normalized == "為る" and p >= 2 and toks[p - 1].surface == "を":
        bad = toks[p - 2].lemma in negative or toks[p - 2].lemma in _words("negative_words")
    if bad == denied or pred.lemma in _words("not_evaluative"):
        return None  # 「誰も辞めない職場」: a negative word denied praises
    return clause[0], j


@cache
def _addressee() -> Matcher:
    """The names of the company addressed (御社, 貴社, 貴院): the motivation topic's addressee."""
    (found,) = (t.addressee for t in lexicon().topics if t.name == "motivation" and t.addressee)
    return found


@cache
def _negative_lemmas() -> frozenset[str]:
    """Words the polarity dictionary marks negative (evaluations and experiences, predicates
    and nouns) and the analyzer's own negative words, less the neutral topics of a reason."""
    from furikaeri.analyzer.semantics import negative_lemmas

    return (negative_lemmas() | _words("negative_words")) - _words("not_evaluative")


def _futile(doc: Doc, clause: list[int]) -> tuple[int, int] | None:
    """「何度相談しても、何も変わりませんでした」「お願いしても人は増えず」: asked to no effect
    ([blame].futile, then a denied verb in the same sentence)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    lo, hi = begins[clause[0]], ends[clause[-1]]
    found = _blame_pattern("futile").search(doc.folded[lo:hi])
    if found is None:
        return None
    first = next(k for k in clause if ends[k] > lo + found.start())
    k = next((k for k in range(clause[0], len(toks)) if begins[k] >= lo + found.end()), None)
    while k is not None and k < len(toks) and toks[k].pos != "補助記号":
        if toks[k].pos in ("動詞", "名詞"):
            stop = _negation_at(toks, k + 1 if toks[k].pos == "名詞" else k)
            if stop is not None:
                return first, stop
        k += 1
    return None


def _tried_before(doc: Doc, sent: Sentence, start: int, word: Word) -> bool:
    """An outcome (改善されず, 変わらなかった) right after the candidate raised the problem."""
    lex = lexicon().raw["blame"]
    if word.lemma not in lex["outcome_words"] and word.normalized not in lex["outcome_words"]:
        return False
    return _blame_pattern("tried").search(doc.folded[sent.start : start]) is not None


def _misfortune(sent: Sentence) -> bool:
    """The sentence tells what the candidate's health or a family need made impossible, or
    what their own role did not allow (「私の立場では資産の話までしかできず」)."""
    lex = lexicon()
    text = sent.text
    if _blame_pattern("own_role").search(text) and _blame_pattern("role_limit").search(text):
        return True
    return bool(
        (lex.tenure_health.search(text) or _blame_pattern("misfortune").search(text))
        and _blame_pattern("inability").search(text)
    )


@cache
def _conduct_next() -> frozenset[str]:
    """Words after a bad noun that make it what people do (悪口を, ミスばかり): [blame]."""
    return frozenset(lexicon().raw["blame"]["conduct_next"])


@cache
def _blame_pattern(key: str) -> Matcher:
    return matcher(lexicon().raw["blame"][key])


def placement_facts(doc: Doc) -> list[Span]:
    """Requests about one's placement that were not granted (a fact, not a complaint)."""
    return doc.find(_blame_pattern("facts"))


def _constructive_after(doc: Doc, sent: Sentence, end: int) -> bool:
    rest = doc.folded[end : sent.end]
    for particle in ("が、", "ものの", "けれど", "けど"):
        at = rest.find(particle)
        if at >= 0 and _constructive().search(rest[at:]):
            return True
    return False


def friction_spans(doc: Doc) -> list[Span]:
    """Friction told of a person of the workplace named just before it ([blame].friction:
    「所長ともうまくいかなかった」); the person is a noun of the concept people. Followed by
    the candidate's own action on it (「…時期もありましたが、話し合いを重ねて信頼関係を築き」),
    it is context."""
    toks, begins, ends, text = doc.words, doc.begins, doc.ends, doc.folded
    if "うま" not in text and "上手" not in text:
        return []
    pattern = _blame_pattern("friction")
    out: list[Span] = []
    for i, t in enumerate(toks):
        if t.pos not in _NOUNS or not _is_concept(doc, i, "people"):
            continue
        m = pattern.match(text[ends[i] : ends[i] + 20])
        if m is not None and not _constructive_after(
            doc, _sentence_at(doc, begins[i]), ends[i] + m.end()
        ):
            out.append(doc.span(begins[i], ends[i] + m.end()))
    return out


def _sentence_at(doc: Doc, at: int) -> Sentence:
    return next((s for s in doc.sentences if s.start <= at < s.end), Sentence(at, at, ""))
