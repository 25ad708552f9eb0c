"""A negative evaluation of a target (polarity dictionary), or a positive one negated
(評価されない): pay that is low, hours or load that are high, conduct judged, something
lacking."""

from __future__ import annotations

from functools import cache

from furikaeri.analyzer.blame.targets import (
    _is_concept,
    _is_target,
    _judging_words,
    _negated_after,
    _split_adjective,
    _time_and_pay_seeds,
    _words,
)
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import grammar, lexicon, self_words
from furikaeri.analyzer.semantics import polarity
from furikaeri.nlp import Word


def _evaluation(doc: Doc, i: int, targets: list[int]) -> bool:
    """Token i judges a target of the clause negatively."""
    toks = doc.words
    t = toks[i]
    if i in targets and t.lemma not in _judging_words():
        return False
    if t.pos == "形容詞" and t.lemma in ("ない", "無い"):  # 昇給がない, 裁量がほとんどなく
        return _lacking(doc, i)
    targets = _beyond_own_act(doc, i, targets)
    if not targets or _attributive(doc, i) or (t.pos == "名詞" and _circumstance(toks, i)):
        return False
    if t.pos == "名詞" and i and toks[i - 1].pos2 == "数詞":
        return False  # a counter (「10名しかいない」: 名 counts people, no good thing denied)
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
    if _modifier(toks, i) and t.lemma not in _judging_words():
        value = 0  # 「反対意見も否定せずに」: the first noun of a compound names the second
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
            (_is_concept(doc, j, "people") and toks[j].normalized not in vague)
            or _employers_people(doc, j)
            for j in targets
        )
    if t.lemma in _words("falling_words") or t.normalized in _words("falling_words"):
        # 「ボーナスもカットされた」「給料が下がり」: pay or time off cut, not conceded (下がっても)
        # nor made a thing one weighs (「給料が下がるのは覚悟の上」)
        k = i + 1 if t.pos == "名詞" else i
        return (
            not negated
            and not _circumstance(toks, k)
            and not _nominalised(toks, k)
            and any(
                _is_concept(doc, j, "pay", "leave") and j < i and not _own(toks, j) for j in targets
            )
        )
    if _frequency(toks, i):  # 「〜と感じることが多く」: how often, not how much work
        return False
    if t.lemma in _words("low_words") or t.lemma in _words("high_words"):
        kind = "pay" if t.lemma in _words("low_words") else "hours"
        wanted: tuple[str, ...] = ("pay", "leave") if kind == "pay" else ("hours", "work")
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


def _beyond_own_act(doc: Doc, i: int, targets: list[int]) -> list[int]:
    """The targets an adjective at ``i`` can judge when its subject is an act made a noun by の
    or こと (「毎朝会社に行くのがしんどくなって」「仕事をこなすのがつらく」): the candidate's own
    doing is what feels hard, and the workplace or the work named in it as a place or an object
    (_ACT_PLACES) is only where one goes or what one does, not judged ([concepts] employer,
    work). The workplace acting (「会社が…しないのが」) and its people stay targets (「上司と
    話すのがつらい」); so does any target named outside the act."""
    toks = doc.words
    if not (
        toks[i].pos in ("形容詞", "形状詞")
        and i >= 3
        and toks[i - 1].surface in ("が", "は", "も")
        and toks[i - 2].normalized in ("の", "こと", "事")
        and toks[i - 3].pos in ("動詞", "助動詞")
    ):
        return targets
    start = i - 3
    while start > 0 and toks[start - 1].pos != "補助記号" and toks[start - 1].pos2 != "接続助詞":
        start -= 1
    return [
        j
        for j in targets
        if not (
            start <= j < i - 2
            and _particle_after(toks, j) in _ACT_PLACES
            and _is_concept(doc, j, "employer", "work")
        )
        or _is_concept(doc, j, "people")
    ]


# Particles (surface forms) that make a noun the place, goal or object of an act (会社に行く,
# 仕事をこなす, 職場で働く), not the one who acts (「会社が人を大切にしないのがつらかった」).
_ACT_PLACES = frozenset({"に", "へ", "を", "で", "まで", "から"})


def _modifier(toks: list[Word], i: int) -> bool:
    """The noun at ``i`` opens a compound with the common noun after it (反対+意見, 不正+対策):
    what the compound names is the second noun's."""
    return (
        toks[i].pos == "名詞"
        and i + 1 < len(toks)
        and toks[i + 1].pos == "名詞"
        and toks[i + 1].pos2 == "普通名詞"
    )


def _nominalised(toks: list[Word], k: int) -> bool:
    """The predicate at ``k`` in its plain form made a thing by の or こと and marked by a
    particle (「下がるのは覚悟の上」「減ることも承知で」): a prospect weighed, no event told."""
    return (
        k + 2 < len(toks)
        and toks[k + 1].normalized in ("の", "こと", "事")
        and toks[k + 2].surface in ("は", "も", "を", "が")
    )


def _own(toks: list[Word], j: int) -> bool:
    """The noun at ``j`` is the speaker's (私の, 自分の: [self_pr] self_reference): 「私の評価が
    下がった」 tells one's own standing, no cut the employer made."""
    return j >= 2 and toks[j - 1].surface == "の" and toks[j - 2].surface in self_words()


def _employers_people(doc: Doc, j: int) -> bool:
    """The noun at ``j`` names the employer and its people follow (「同じ部署の人たち」「職場の
    方々」: employer, の, 人 or 方): persons of the workplace, named."""
    toks = doc.words
    return (
        j + 2 < len(toks)
        and _is_concept(doc, j, "employer")
        and toks[j + 1].surface == "の"
        and toks[j + 2].normalized in ("人", "方")
    )


def _attributive(doc: Doc, i: int) -> bool:
    """An adjective that modifies the noun right after it, when that noun is none of the
    targets (「重い荷物を扱う業務」「細かい作業」): it describes that thing, not the workplace
    (「ひどい上司」「低い給料」 judge a target; a noun of a state, 「ヤバい状態でした」, is what the
    clause's target was: [concepts] states)."""
    toks = doc.words
    t = toks[i]
    if t.pos != "形容詞" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        nxt.pos == "名詞"
        and nxt.pos2 == "普通名詞"
        and not _is_target(doc, i + 1)
        and not _is_concept(doc, i + 1, "states")
    )


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


@cache
def _conduct_next() -> frozenset[str]:
    """Words after a bad noun that make it what people do (悪口を, ミスばかり): [blame]."""
    return frozenset(lexicon().raw["blame"]["conduct_next"])
