"""The candidate's 逆質問 (reverse_question.*) and answers that miss the question
(communication.off_topic)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from furikaeri import lazy_re
from furikaeri.analyzer.demands import (
    changed,
    demanded,
    grievances_instead,
    hardship,
    opposite,
    pushed,
    unmet,
)
from furikaeri.analyzer.denial import befell, undenied
from furikaeri.analyzer.detect_content import _PAST_END, condition_as_setting, is_condition
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import Topic, grammar, lexicon
from furikaeri.analyzer.semantics import concept, normalized_words
from furikaeri.analyzer.types import Company, Finding, Span, Strength
from furikaeri.nlp import Token, fold, morphemes, tokenize
from furikaeri.patterns import Matcher, matcher


@cache
def _clause_break() -> re.Pattern[str]:
    """Several questions often share one sentence: 「年収はどのくらいか、残業はあるかを…」, or
    its numbered points (「一つ目は…ということ、二つ目は…」: [reverse_question].point)."""
    point = lexicon().raw["reverse_question"]["point"]
    return re.compile(f"(?<=か)[、,]|[、,](?=(?:{point}))")


# Asking verbs, unless they modify a noun (「聞きたいことは聞けました」 asks nothing).
_ASK = lazy_re.compile(
    r"(教えて|お聞かせ|知りたい|伺いたい|お伺いでき|お聞きしたい|お尋ねしたい|聞きたい)"
    r"(?!(こと|事|点|内容|の(は|が|で)))"
)


_tuple_new = tuple.__new__  # Sentence(...) without the generated __new__'s Python call


@cache
def _permission() -> Matcher:
    return matcher(lexicon().raw["reverse_question"]["permission"])


@dataclass(frozen=True)
class QuestionUnits:
    questions: list[Sentence]
    statements: list[Sentence]


def split_units(doc: Doc) -> QuestionUnits:
    """Split the answer into question clauses and other statements."""
    lex = lexicon()
    questions: list[Sentence] = []
    statements: list[Sentence] = []
    for sent in doc.sentences:
        pos = 0
        for part in _clause_break().split(sent.text):
            unit = _tuple_new(Sentence, (sent.start + pos, sent.start + pos + len(part), part))
            pos += len(part) + 1
            asks = (
                bool(lex.question_end.search(part))
                or (bool(_ASK.search(part)) and not lex.no_question.search(part))
                or _point_asks(part)
            ) and not (
                _permission().search(part)
                or _plain_fact("echo").search(part)
                or _plain_fact("ask_later").search(part)
                or _plain_fact("greeting").search(part)
            )
            (questions if asks else statements).append(unit)
    return QuestionUnits(questions, statements)


def _appealed(doc: Doc, statements: list[Sentence], asked: Topic) -> list[Finding]:
    """「質問ではないのですが」「質問というより」 ([reverse_question] rather), then a self-PR or
    an appeal after it: a strength claimed ([self_pr] claim_patterns: 「私の強みは」「誰にも負け
    ない」) or leave asked to speak (permission: 「自己PRをさせていただいてもよろしいでしょうか」).
    The 逆質問 answers another question instead: off-topic as well as none."""
    rather = _plain_fact("rather").search(doc.folded)
    if rather is None:
        return []
    after = [u for u in statements if u.end > rather.end()]
    # (leave asked only to thank, 「一言だけよろしいでしょうか。本日は…ありがとうございました」,
    # appeals for nothing: the leave counts when it names a self-PR, the self_pr topic's hallmark)
    pr = next((t.hallmark for t in lexicon().topics if t.name == "self_pr"), None)
    appeal = [
        u
        for u in after
        if lexicon().pr_claims.search(u.text) is not None
        or (pr is not None and _permission().search(u.text) and pr.search(u.text))
    ]
    if not appeal:
        return []
    return [
        finding(
            "communication.off_topic",
            [doc.sentence_span(appeal[0])],
            question_topic=asked.label,
            question_hint=asked.hint,
        )
    ]


def _point_asks(part: str) -> bool:
    """A numbered point that says what it asks (「一点目は、夏季休暇が何日あるかです」)."""
    return bool(_plain_fact("point").search(part) and _plain_fact("point_asks").search(part))


def _spans_in(doc: Doc, units: list[Sentence], pattern: Matcher) -> list[Span]:
    return [s for u in units for s in doc.find(pattern, within=u)]


def reverse_questions(
    doc: Doc, company: Company | None = None
) -> tuple[list[Finding], list[Strength]]:
    lex = lexicon()
    units = split_units(doc)
    if not units.questions:
        said = _spans_in(doc, units.statements, lex.no_question)
        asked = next((t for t in lex.topics if t.name == "reverse_questions"), None)
        # Another question answered outright (「私の強みは…」) instead of asking; thanks or an
        # impression (「ますます御社で働きたいと思いました」) asks nothing but answers nothing else.
        # (The hallmarks are read only when no words declined to ask: they would not count.)
        answered = not said and (
            any(h.search(doc.folded) for h in _other_hallmarks("reverse_questions"))
            or declared(doc) is not None
        )
        missed = off_topic(doc, asked) if answered else []
        none = [finding("reverse_question.none", said or doc.opening())]
        if not missed and asked is not None and said:
            missed = _appealed(doc, units.statements, asked)
            return none + missed, []
        return missed or none, []
    findings: list[Finding] = []
    cond = [u for u in units.questions if _about_conditions(doc, u)]
    research = [
        u
        for u in units.questions
        if (
            _researchable(doc, u, company)
            or _stated(doc, u, company)
            or _business_asked(doc, u, company)
        )
        and not lex.researched.search(u.text)
        and not lex.local_scope.search(u.text)
    ]
    # "Mostly" about conditions: more condition questions than questions about the work
    # itself (a follow-up on the same condition, or a question the website answers, shows no
    # more interest in the work than one about pay).
    work = [
        u
        for u in units.questions
        if u not in cond and u not in research and lex.work_question.search(u.text)
    ]
    if len(cond) > len(work):
        findings.append(
            finding(
                "reverse_question.conditions", _evidence(doc, cond, lex.conditions, "conditions")
            )
        )
    if research:
        evidence = _evidence(doc, research, lex.researchable, "researchable", fallback=False)
        evidence = evidence or [
            s
            for u in research
            for s in _stated(doc, u, company) or _business_asked(doc, u, company)
        ]
        findings.append(
            finding(
                "reverse_question.researchable",
                evidence or [doc.sentence_span(u) for u in research],
            )
        )
    strengths = (
        [strength("strength.work_question", [doc.sentence_span(u) for u in work])] if work else []
    )
    return findings, strengths


def _concept_in(doc: Doc, unit: Sentence, name: str) -> list[Span]:
    """Nouns of ``unit`` that belong to a concept (a seed or one of its Sudachi synonyms)."""
    c = concept(name)
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    out: list[Span] = []
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].pos in ("名詞", "形状詞") and (  # 形状詞: 割安
            c.has_word(ws[i], ml, i) or ws[i].normalized.endswith(_long_seeds(name))
        ):
            out.append(doc.span(begins[i], ends[i]))
    return out


@cache
def _long_seeds(name: str) -> tuple[str, ...]:
    """Seeds of two or more characters: a compound read as one word that ends in one belongs
    to the concept (海外拠点, 主力商品)."""
    return tuple(s for s in concept(name).seeds if len(s) >= 2)


def _about_conditions(doc: Doc, unit: Sentence) -> bool:
    """Listed words first; the synonyms (which need the answer tokenized) only for a question
    that is not plainly about the work: a noun of the concept or holding one of its seeds
    (夏季休暇, 社員食堂), or a verb of time off (休めますか, 何時に帰れますか)."""
    lex = lexicon()
    if lex.conditions.search(unit.text):
        # 「夜勤に入る前に、どのような手技を…」: a condition named as the setting of a question
        # about something else (what it asks is the noun after どの/どんな, or the topic of どれ)
        focus = _focus(doc, unit)
        if focus is not None:
            return any(is_condition(doc.words[k].normalized) for k in focus) or _listed_apart(
                doc, unit, focus.start
            )
        # 「時短勤務の方とは申し送りをどのように共有されていますか」: how the work is done, not how
        # much of the condition the candidate would get. A plain yes/no on the condition that
        # names the work as its topic (「醸造の仕事は土日も出勤になるのでしょうか」) is one.
        how_work = _names_work(doc, unit) and _plain_fact("insight").search(unit.text)
        return not how_work or bool(_plain_fact("amount_asked").search(unit.text))
    if lex.work_question.search(unit.text):
        return False
    seeds = concept("conditions").seeds
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    perk = False
    i = first
    while i < len(ws) and ends[i] <= unit.end:
        w = ws[i]
        if (w.pos == "名詞" and is_condition(w.normalized) and not _setting(doc, unit, i)) or (
            w.pos == "動詞" and w.normalized in seeds
        ):
            focus = _focus(doc, unit)
            if focus is None or i in focus:
                return True
        if not perk and w.pos in ("名詞", "形状詞"):  # 割引, 割安
            perk = _in_concept(doc, i, "perks")
        i += 1
    # a perk for the staff (社員 … 割引): a benefit
    return perk and any(
        ws[k].pos == "名詞" and _in_concept(doc, k, "staff") for k in range(first, i)
    )


def _listed_apart(doc: Doc, unit: Sentence, before: int) -> bool:
    """A condition listed as a thing asked of its own before another question (「リモートワークの
    制度と、お店がどの地域にあるのかを教えてください」): its phrase ends on a listing particle
    and a comma ([grammar].listing_particles), so the other question's focus does not take it."""
    ws, ends = doc.words, doc.ends
    listing = grammar("listing_particles")
    seeds = _long_seeds("conditions")
    for i in range(bisect_left(doc.begins, unit.start), before):
        w = ws[i]  # (by its token: a seed, a synonym of one, or a compound holding one)
        if w.pos != "名詞" or not (
            concept("conditions").has_word(w, doc.morphemes, i)
            or any(seed in w.normalized for seed in seeds)
        ):
            continue
        _, end, _ = _noun_phrase(doc, i, unit)
        if (
            end + 1 < before
            and ws[end].surface in listing
            and ws[end + 1].surface in ("、", ",")
            and ends[end + 1] <= unit.end
        ):
            return True
    return False


def _setting(doc: Doc, unit: Sentence, i: int) -> bool:
    """Condition noun i names the setting of a question about what is done in it: it modifies
    another noun that is no condition (「夜勤の巡回で変わったことは」: 巡回 is asked about, 夜勤
    is when), in a question that asks how or what changed ([reverse_question].insight), unlike
    「夜勤の回数は減らせますか」."""
    ws, ends = doc.words, doc.ends
    return (
        condition_as_setting(ws, i)
        and ends[i + 2] <= unit.end
        and _plain_fact("insight").search(unit.text) is not None
    )


def _names_work(doc: Doc, unit: Sentence) -> bool:
    """The question names the work: a listed word, or a noun of the concept (担当, 作業)."""
    if lexicon().work_question.search(unit.text):
        return True
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].pos == "名詞" and _in_concept(doc, i, "work"):
            return True
    return False


def _focus(doc: Doc, unit: Sentence) -> range | None:
    """The nouns a question asks about (token indices), when its words say: the noun run
    after a determiner of question (「どのような手技を」「どんな手当が」「どういった作物」), or the
    topic of a pronoun of question that ends it (「…業務はどれでしょうか」). None for a question
    that asks whether or how much (「残業はありますか」「どのくらい」): its topic is what it
    names."""
    if not _plain_fact("focus").search(unit.text):
        return None  # (most condition questions: their words are not read)
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    last = first
    while last < len(ws) and ends[last] <= unit.end:
        last += 1
    for i in range(first, last):
        w = ws[i]
        determiner = (w.pos == "連体詞" and w.surface.startswith("ど")) or (
            w.surface == "た" and i >= first + 2 and ws[i - 2].surface == "どう"
        )
        if determiner:
            k = i + 1
            while k < last and ws[k].pos == "名詞":
                k += 1
            if k > i + 1:
                return range(i + 1, k)
        if (
            w.surface in grammar("wh_pronouns")
            and w.pos == "代名詞"
            and i >= first + 2
            and ws[i - 1].surface in grammar("topic_particles")
            and ws[i - 2].pos == "名詞"
            and (i + 1 == last or ws[i + 1].pos in ("助動詞", "助詞"))
        ):
            k = i - 2
            while k > first and ws[k - 1].pos == "名詞":
                k -= 1
            return range(k, i - 1)
    return None


def _named_focus(doc: Doc, unit: Sentence) -> range | None:
    """_focus, unless it names only a formal noun (「主なサービスはどのようなものですか」: もの
    stands for the topic), with the nouns it modifies by の."""
    focus = _focus(doc, unit)
    if focus is None:
        return None
    ws = doc.words
    if all(ws[k].normalized in grammar("formal_heads") for k in focus):
        return None
    # 「どういった業種のお客様」: the noun after の is what is asked
    k = focus.stop
    while k + 1 < len(ws) and ws[k].surface == "の" and ws[k + 1].pos == "名詞":
        k += 2
        while k < len(ws) and ws[k].pos == "名詞":
            k += 1
    return range(focus.start, k)


def _in_concept(doc: Doc, i: int, name: str) -> bool:
    """Word i belongs to the concept, or is a compound holding one of its seeds (優待制度)."""
    w = doc.words[i]
    return concept(name).has_word(w, doc.morphemes, i) or w.normalized.startswith(_long_seeds(name))


def _researchable(doc: Doc, unit: Sentence, company: Company | None = None) -> bool:
    """Answered by the website: a listed question (事業内容, 従業員数 …), or a plain question
    (どんな, 主な, いつ) about what the company sells, who its customers are or its history
    (「どんな製品を作っているのですか」「主な取引先は」), or how many sites it has and where,
    not its plans or an insider's view. What the company offers is read from the profile too
    (_offered: 「どんな雑誌を出されていますか」 of a publisher whose profile names its 雑誌)."""
    if _listed(doc, unit):
        return True
    text = unit.text
    if _plain_fact("wh").search(text) and _plain_fact("basic_fact").search(text):
        # (with a determiner of question, the noun it names: not 「…という理念を実感されるのは
        # どのような場面」)
        # (the head it names: 「どういった業種のお客様」 asks お客様, 「どのようなサービスの開発に
        # 携わっている方」 asks no サービス)
        nouns = _concept_in(doc, unit, "researchable")
        focus = _named_focus(doc, unit)
        if focus is not None:
            named = {doc.begins[k] for k in focus}
            if not _listing(doc, focus.stop - 1):
                named = {doc.begins[focus.stop - 1]}
            nouns = [n for n in nouns if n.start in named]
        found = bool(nouns) or any(
            _offered(doc, k, company) and not _scene(doc, k, unit) for k in _asked_nouns(doc, unit)
        )
    else:
        found = _told_of(doc, unit, company)
    if not found and (
        _plain_fact("count_place").search(text)
        or (_plain_fact("exists").search(text) and _has_sites(doc, unit))
    ):
        found = bool(_concept_in(doc, unit, "sites"))
    if not found and _plain_fact("exists").search(text):
        found = _offer_counted(doc, unit, company)
    if not found:
        found = _self_counted(doc, unit)
    return found and not _plain_fact("insight").search(text)


def _self_counted(doc: Doc, unit: Sentence) -> bool:
    """A count of the topic in its own unit (「雑誌は何誌」「工場は何工場」「支店は何店」: the
    counter after 何 ends the topic's noun): how many of a kind of thing the company has, which
    its website lists, whatever the thing (not 何人, 何件: _OTHER_COUNT)."""
    if _OTHER_COUNT.search(unit.text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    for i in range(first, len(ws) - 1):
        if ends[i + 1] > unit.end:
            break
        counter = ws[i + 1]
        if ws[i].surface != "何" or counter.pos not in ("名詞", "接尾辞"):
            continue
        return any(
            ws[k].pos == "名詞"
            and ws[k].surface.endswith(counter.surface)
            and _asked_of(doc, k, unit, None, topic=True)
            for k in range(first, i)
        )
    return False


def _offer_counted(doc: Doc, unit: Sentence, company: Company | None) -> bool:
    """How many there are of what the company offers (「取り扱っている商品の種類はどのくらい
    ありますか」「ブランドはいくつありますか」): a count of the thing itself (not 何人, 何件) whose
    subject is offered (_offered)."""
    text = unit.text
    if not _plain_fact("how_many").search(text) or _OTHER_COUNT.search(text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if _offered(doc, i, company) and _asked_of(doc, i, unit, None, topic=True):
            return True
    return False


def _asked_nouns(doc: Doc, unit: Sentence) -> list[int]:
    """The head of the noun a question with a determiner of question asks for (「どんな雑誌」
    「主力のゲームって何」: 雑誌, ゲーム), or, when the determiner names only a formal noun or
    the kinds of something, the topic that noun stands for (「取扱品目にはどのようなものが」
    「電子書籍にはどのようなジャンルが」: 品目, 電子書籍). Token indices."""
    focus = _focus(doc, unit)
    if focus is None:
        return []
    ws = doc.words
    named = _named_focus(doc, unit)
    if named is not None and not _listing(doc, named.stop - 1):
        return [named.stop - 1]
    # the topic before the determiner (「…には」「…では」「…は」): the noun right before it
    k = focus.start - 1
    first = bisect_left(doc.begins, unit.start)
    while k > first and not (ws[k].surface in grammar("topic_particles") and ws[k].pos == "助詞"):
        k -= 1
    k -= 1
    while k >= first and ws[k].pos == "助詞" and ws[k].surface in ("に", "で"):
        k -= 1
    return [k] if k >= first and ws[k].pos == "名詞" else []


def _scene(doc: Doc, i: int, unit: Sentence) -> bool:
    """Noun i is the scene a question is set in (「どのような施設で研修を」), not what it asks."""
    ws = doc.words
    return i + 1 < len(ws) and doc.ends[i + 1] <= unit.end and ws[i + 1].surface == "で"


def _offered(doc: Doc, i: int, company: Company | None) -> bool:
    """Word i names what the company offers or holds: a general word of the concepts
    researchable or sites (商品, サービス, 店舗), a noun its profile uses (its 路線, 雑誌,
    タイトル, 施設: _profile_nouns), a compound after a business act (取扱品目: 取扱 is
    [concepts].business_acts), or a noun a business act modifies (「就航している都市」
    「運営されている施設」)."""
    ws, ml = doc.words, doc.morphemes
    w = ws[i]
    if w.pos != "名詞":
        return False
    for name in ("researchable", "sites"):  # (or a compound ending in a seed: 主力商品)
        if concept(name).has_word(w, ml, i) or w.normalized.endswith(_long_seeds(name)):
            return True
    if company is not None and company.profile and len(w.surface) >= 2:
        every = _profile_nouns(company.profile)[1]
        if w.normalized in every or w.surface in _profile_text(company.profile):
            return True
    acts = concept("business_acts")
    k = i
    while k > 0 and ws[k - 1].pos == "名詞":  # the compound it ends
        k -= 1
        if acts.has_word(ws[k], ml, k):
            return True
    # the act of a clause that modifies it: the verb before it, past its auxiliaries
    k -= 1
    passed = grammar("act_auxiliaries")
    while k >= 0 and (
        ws[k].pos == "助動詞"
        or (ws[k].pos == "助詞" and ws[k].pos2 == "接続助詞")
        or (ws[k].pos == "動詞" and ws[k].normalized in passed)
    ):
        k -= 1
    return k >= 0 and k < i - 1 and ws[k].pos in ("動詞", "名詞") and acts.has_word(ws[k], ml, k)


def _listed(doc: Doc, unit: Sentence) -> bool:
    """A listed question ([reverse_question].researchable), unless the question names another
    thing it asks (「創業支援で相談に来られる方は、どのような業種が多いですか」 asks 業種): a
    listed word counts inside the noun its determiner names, or as its topic (「本社はどの
    地域に」)."""
    hits = list(lexicon().researchable.finditer(unit.text))
    if not hits:
        return False
    focus = _named_focus(doc, unit)
    if focus is None:
        return True
    lo = doc.begins[focus.start] - unit.start
    hi = doc.ends[focus.stop - 1] - unit.start
    topic = tuple(grammar("topic_particles"))
    return any(
        (m.start() < hi and lo < m.end()) or unit.text.startswith(topic, m.end()) for m in hits
    )


def _told_of(doc: Doc, unit: Sentence, company: Company | None = None) -> bool:
    """A plain request to be told about a thing the company offers (_offered: 「主力となっている
    商品について教えていただけますか」「これまでにリリースしたタイトルを教えてください」) or its
    creed (「企業理念を改めてお聞かせください」): the noun right before the request
    ([reverse_question].told) is the thing asked, not a noun further back (「商品開発で若手が
    任される仕事について」), and each noun listed before it (_listed_heads); a list or count of
    one (「サービスの一覧」「商品ラインナップ」: [concepts].listings) asks for the noun before it,
    and a name in quotes (「『…』について」) is asked when the profile gives it."""
    ws, begins = doc.words, doc.begins
    first = bisect_left(begins, unit.start)
    for m in _plain_fact("told").finditer(unit.text):
        k = bisect_left(begins, unit.start + m.start()) - 1
        if k >= first and ws[k].surface in ("』", "」"):
            if company is not None and _named_in_profile(doc, k, unit, company):
                return True
            continue
        if k < first or ws[k].pos != "名詞":
            continue
        for head in _listed_heads(doc, k, first):  # 「ホテルの数と、年間休日の日数を」: each
            if _listing(doc, head) and head - 1 >= first and ws[head - 1].pos == "名詞":
                head -= 1  # 「商品ラインナップ」
            elif _listing(doc, head) and head - 2 >= first and ws[head - 1].surface == "の":
                head -= 2  # 「サービスの一覧」
            if _offered(doc, head, company):
                return True
    return False


def _listed_heads(doc: Doc, k: int, first: int) -> list[int]:
    """Noun k and the heads of the nouns listed before it with と or や (「AのXと、BのY」: Y,
    X), back to token ``first``."""
    ws = doc.words
    listing = grammar("listing_particles")
    heads = [k]
    while True:
        while k > first and (ws[k - 1].pos in _PHRASE_POS or ws[k - 1].surface in _QUOTES):
            k -= 1
        if k - 2 > first and ws[k - 1].surface == "の" and ws[k - 2].pos in _PHRASE_POS:
            k -= 2  # 「BのY」 read back to B
            continue
        j = k - 1 - (k - 1 >= first and ws[k - 1].surface in ("、", ","))
        if j - 1 < first or ws[j].surface not in listing or ws[j - 1].pos != "名詞":
            return heads
        k = j - 1
        heads.append(k)


def _listing(doc: Doc, i: int) -> bool:
    """Word i stands for the list, kinds or count of another noun ([concepts].listings)."""
    return concept("listings").has_word(doc.words[i], doc.morphemes, i)


def _named_in_profile(doc: Doc, close: int, unit: Sentence, company: Company) -> bool:
    """The name quoted up to token ``close`` (a closing 』 or 」) is one the profile gives."""
    end = doc.begins[close]
    start = doc.text.rfind("『" if doc.words[close].surface == "』" else "「", unit.start, end)
    return (
        start >= 0
        and end - start > 2
        and fold(doc.text[start + 1 : end]) in fold(company.profile or "")
    )


def _stated(doc: Doc, unit: Sentence, company: Company | None) -> list[Span]:
    """A question of how many, where or what about something the company profile states with a
    number, a place or a name (「施設はどのくらい」 when the profile says 介護施設約4,000か所):
    the candidate could have read it. Not a question for a view or plans (insight). The noun
    found, or none."""
    if company is None or not company.profile:
        return []
    text = unit.text
    if _plain_fact("insight").search(text) or not _counts_stated(text, company.profile):
        return []
    if _favour_asked(doc, unit):
        return []
    if _plain_fact("what").search(text):  # what a name the profile gives is (『…』とは)
        profile = fold(company.profile)
        for m in _NAME.finditer(text):
            if m.group(1) in profile and _NAME_TOPIC.match(text, m.end()):
                return [doc.span(unit.start + m.start(), unit.start + m.end())]
    other = False  # counting something else (何件, 何人, 何年目): the noun must be the topic
    topical: frozenset[str] = frozenset()  # nouns counted only as the topic (「児童書は何冊」)
    if _plain_fact("how_many").search(text):
        counted = _counted(doc, unit, company.profile)
        if counted:
            return counted
        stated = _profile_facts(company.profile)
        other = _OTHER_COUNT.search(text) is not None
        if not other:
            topical = _profile_nouns(company.profile)[1]
    elif _plain_fact("what_is").search(text) or _plain_fact("exists").search(text):
        stated = _profile_nouns(company.profile)[1]  # 「託児所はありますか」「代表作は何ですか」
        # (the profile's noun is what there is or what is asked, its topic or subject, not a
        # noun that modifies it or one of a clause before it: 「施設と病院の間で、人の行き来は
        # ありますか」「教室長として活躍されている方に共通することは何でしょうか」)
        other = True
    else:
        return []
    stated_text = "\0".join(stated)  # a noun inside a profile compound (施設 in 介護施設)
    focus = _named_focus(doc, unit)
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        w = ws[i]
        if w.pos != "名詞" or w.pos2 not in ("普通名詞", "固有名詞") or len(w.surface) < 2:
            continue
        if (w.normalized in stated or w.surface in stated_text) and _asked_of(
            doc, i, unit, focus, topic=other
        ):
            return [doc.span(begins[i], ends[i])]
        if w.normalized in topical and _asked_of(doc, i, unit, focus, topic=True):
            return [doc.span(begins[i], ends[i])]
    return []


# A name the question is about: its topic (「『ケアノート』とは」「『ケアノート』という機能
# は」), not the object or the setting of another question (「『…』という理念を…実感される
# のは」).
_NAME_TOPIC = lazy_re.compile(r"(という[^、。]{0,8}?)?(とは|は|って|が|も)")


def _asked_of(doc: Doc, i: int, unit: Sentence, focus: range | None, *, topic: bool) -> bool:
    """Word i is what the question asks about: the noun its determiner of question names (「どの
    ような点」: not 「事業所の方がつまずきやすいのはどのような点」); with ``topic`` (a count of
    something else, or whether there is something), only the topic or subject of the question
    (a particle of [grammar].topic_particles after its phrase, or the verb of being: 「事業所は
    何件」「託児所ありますか」, not 「何件くらい事業所を回られる」). Never the scene it is set in
    (a phrase before で: 「導入された事業所で」「AとBの間で」, or a clause ending in a time:
    「新しい施設を立ち上げるとき、」), nor a noun that only modifies the one asked (「人の
    行き来は」「『…』の編集部は」), unless that one is a general word of what companies offer or
    stands for a list or count (「プライベートブランドの商品は」「商品の種類は」)."""
    if focus is not None:
        return i in focus
    ws = doc.words
    head, end, modifies = _noun_phrase(doc, i, unit)
    after = ws[end] if end < len(ws) and doc.ends[end] <= unit.end else None
    if after is not None and after.surface == "で" and after.pos == "助詞":
        return False
    if _in_time_clause(doc, end, unit):
        return False
    if modifies and not (_offered(doc, head, None) or _listing(doc, head)):
        return False
    return not topic or (
        after is not None
        and (
            after.surface in grammar("topic_particles")
            or after.normalized in grammar("existence_verbs")
        )
    )


def _noun_phrase(doc: Doc, i: int, unit: Sentence) -> tuple[int, int, bool]:
    """The phrase noun i belongs to: its head (the last noun of the compound or of the noun it
    modifies by の: 「人の行き来」 行き来), the index right after the whole phrase (past nouns
    listed with と・や and quotes: 「AとBの間」), and whether i modifies another noun by の
    (then what the phrase asks is that noun, for A and B alike)."""
    ws, ends = doc.words, doc.ends
    listing = grammar("listing_particles")

    def noun(k: int) -> bool:
        return k < len(ws) and ends[k] <= unit.end and ws[k].pos in _PHRASE_POS

    def quote(k: int) -> bool:
        return k < len(ws) and ends[k] <= unit.end and ws[k].surface in _QUOTES

    k, head, modifies = i, i, False
    while True:
        while noun(k + 1) or quote(k + 1):
            k += 1
            head = k if noun(k) else head
        link = ws[k + 1].surface if k + 1 < len(ws) and ends[k + 1] <= unit.end else ""
        if (link == "の" or link in listing) and (noun(k + 2) or quote(k + 2)):
            modifies = modifies or link == "の"
            k += 2
            head = k if noun(k) else head
            continue
        return head, k + 1, modifies


_PHRASE_POS = frozenset({"名詞", "接尾辞", "接頭辞"})
_QUOTES = frozenset("『』「」")


def _in_time_clause(doc: Doc, k: int, unit: Sentence) -> bool:
    """The words from k to the next comma end on a time (「…を立ち上げるとき、」: a noun of
    [grammar].when_nouns after a verb): a clause that sets the scene of the question."""
    ws, ends = doc.words, doc.ends
    when = grammar("when_nouns")
    while k < len(ws) and ends[k] <= unit.end and ws[k].surface not in ("、", ","):
        if ws[k].pos == "名詞" and ws[k].lemma in when and ws[k - 1].pos in ("動詞", "助動詞"):
            nxt = ws[k + 1] if k + 1 < len(ws) and ends[k + 1] <= unit.end else None
            if nxt is None or nxt.surface in ("、", ",", "に", "は"):
                return True
        k += 1
    return False


_CLAUSE_END = lazy_re.compile(r"[^、,]+")


def _business_asked(doc: Doc, unit: Sentence, company: Company | None) -> list[Span]:
    """A plain question of what the company makes, grows, sells or handles, or where or how it
    sells it (「どういった作物を作られていて」「どこで売っているのか」), when the profile tells
    what it does ([concepts].business_acts in any of its words): read clause by clause, so that
    a view asked in another clause does not hide it; asked how (どのように), only of an act the
    profile names itself. The word of the act, or none."""
    if company is None or not company.profile:
        return []
    stated = _profile_acts(company.profile)
    if not stated:
        return []
    acts = concept("business_acts")
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    for m in _CLAUSE_END.finditer(unit.text):
        text = m.group()
        asks = _plain_fact("wh").search(text) or _plain_fact("what").search(text)
        if not asks and not any(w in text for w in grammar("manner_wh")):
            continue
        lo, hi = unit.start + m.start(), unit.start + m.end()
        insight = _plain_fact("insight").search(text)
        for i in range(bisect_left(begins, lo), len(ws)):
            if ends[i] > hi:
                break
            w = ws[i]
            if w.pos not in ("動詞", "名詞") or not acts.has_word(w, ml, i):
                continue
            if insight is None or (
                text[insight.start() : insight.end()] in grammar("manner_wh")
                and w.normalized in stated
            ):
                # with its object (「どういった作物を作られて」)
                k = i - 2 if i >= 2 and ws[i - 1].surface == "を" and begins[i - 2] >= lo else i
                while k > 0 and k < i and ws[k - 1].pos == "名詞" and begins[k - 1] >= lo:
                    k -= 1
                return [doc.span(begins[k], ends[i])]
    return []


@lru_cache(maxsize=256)
def _profile_acts(profile: str) -> frozenset[str]:
    """The words of [concepts].business_acts the profile uses (normalized forms)."""
    acts = concept("business_acts")
    ml = _profile_tokens(profile)[1]
    return frozenset(m.normalized_form() for m in ml if acts.has(m.normalized_form(), m))


@lru_cache(maxsize=256)
def _profile_tokens(profile: str) -> tuple[list[Token], Any]:
    """The profile, folded, tokenized once (its tokens and Sudachi's morphemes) for every
    reading of it here (_profile_acts, _profile_nouns)."""
    text = fold(profile)
    ml = morphemes(text)
    return tokenize(text, morpheme_list=ml), ml


def _counted(doc: Doc, unit: Sentence, profile: str) -> list[Span]:
    """A count or places asked of something the profile counts (「何施設」「院はいくつ」 when it
    says 42施設, 23院): a word of the question that the profile uses as a counter after a number,
    however short."""
    counters = _profile_counters(profile)
    if not counters:
        return []
    # 「1店舗あたり何人」 counts people, not stores: then only 何 + the counter itself counts
    other = _OTHER_COUNT.search(unit.text) is not None
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        w = ws[i]
        if w.pos not in ("名詞", "接尾辞") or (
            w.surface not in counters and w.normalized not in counters
        ):
            continue
        if i and ws[i - 1].surface == "何":  # 何施設
            return [doc.span(begins[i - 1], ends[i])]
        if (
            not other and i + 1 < len(ws) and ws[i + 1].surface in grammar("topic_particles")
        ):  # 院はいくつ
            return [doc.span(begins[i], ends[i])]
    return []


_OTHER_COUNT = lazy_re.compile("何(人|名|件|日|時間|回|歳|割|円|年目)")
# Verbs of a favour received, normalized (ついてくださる, 一緒に勤務していただける), and asking to
# be told (教えていただけますか), which asks for the fact itself.
_FAVOUR = frozenset({"呉れる", "下さる", "頂く", "頂ける", "貰う", "貰える"})
_TELL = lazy_re.compile("教え|聞かせ|説明|紹介|話し|知らせ")


def _favour_asked(doc: Doc, unit: Sentence) -> bool:
    """The question asks what people do for a newcomer (「プリセプターの先輩には、どのくらいの
    期間一緒に勤務していただけますか」): how a stated system works in practice, which the profile
    stating it does not tell."""
    if _TELL.search(unit.text):
        return False
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start) + 2, len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].normalized in _FAVOUR and ws[i - 1].surface in ("て", "で"):
            return True
    return False


_NUMBER = "[0-9〇一二三四五六七八九十百千万,.]"
_ANY_COUNT = lazy_re.compile("いくつ|幾つ")


def _counts_stated(text: str, profile: str) -> bool:
    """A count asked in a unit (何回, 何日, 何時間) is answered by the profile only when it gives
    a number in that unit: 「夜勤は月に何回」 is not read in 「夜勤は入職4か月目から」."""
    asked = _OTHER_COUNT.search(text)
    if asked is None or _ANY_COUNT.search(text):  # 「施設はいくつあって、定員は何名」: two asks
        return True
    return re.search(_NUMBER + re.escape(asked.group(1)), fold(profile)) is not None


# A number, then the noun it counts (42施設, 15園, 約8,000店, 64ホテル).
_COUNTED = lazy_re.compile(
    r"[0-9〇一二三四五六七八九十百千万,]+(?:か所|カ所|ヶ所|箇所)?([一-龥ァ-ヶー]{1,4})"
)


@lru_cache(maxsize=256)
def _profile_counters(profile: str) -> frozenset[str]:
    """The nouns the profile counts with a number (施設, 園, 薬局, ホテル, 院), less units of
    time, money and people."""
    out: set[str] = set()
    units = frozenset(lexicon().raw["reverse_question"]["not_counters"])
    for m in _COUNTED.finditer(fold(profile)):
        words = tokenize(m.group(1))
        if words and words[0].pos in ("名詞", "接尾辞") and words[0].surface not in units:
            out.add(words[0].surface)
    return frozenset(out)


@lru_cache(maxsize=256)
def _profile_facts(profile: str) -> frozenset[str]:
    """Nouns of the profile's sentences that state a number, a place or a name (「全国の介護施設
    約4,000か所」「本社は福岡市」), less the words every profile shares (御社, 事業, 商品)."""
    return _profile_nouns(profile)[0]


@lru_cache(maxsize=256)
def _profile_nouns(profile: str) -> tuple[frozenset[str], frozenset[str]]:
    """The profile's nouns: those of sentences that state a number, a place or a name, and all
    of them (「社内託児所あり」: what the company has), less the words every profile shares."""
    stop = normalized_words("motivation", "stop_nouns") - concept("sites").seeds
    facts: set[str] = set()
    every: set[str] = set()
    sentences: list[list[Token]] = [[]]
    for t in _profile_tokens(profile)[0]:
        if t.pos in ("補助記号", "空白") and any(c in _SENTENCE_ENDS for c in t.surface):
            sentences.append([])
        else:
            sentences[-1].append(t)
    for sentence in sentences:
        for words in _phrases(sentence):
            nouns = {
                x
                for w in words
                if w.pos == "名詞" and w.pos2 in ("普通名詞", "固有名詞") and len(w.surface) >= 2
                for x in (w.normalized, w.surface)
            }
            every |= nouns
            named = any(w.surface in "『「" or w.pos2 in _FACT_POS for w in words)
            if named:
                facts |= nouns
    return frozenset(facts - stop), frozenset(every - stop)


@lru_cache(maxsize=256)
def _profile_text(profile: str) -> str:
    """The profile's nouns (_profile_nouns, all of them) joined, to find a noun inside one of
    its compounds (施設 in 介護老人保健施設)."""
    return "\0".join(sorted(_profile_nouns(profile)[1]))


_FACT_POS = frozenset({"数詞", "固有名詞"})


def _phrases(words: list[Token]) -> list[list[Token]]:
    """A profile sentence cut at commas, and before an item listed with its own number (「プリ
    セプター制度と3か月の集合研修」: the number is the training's, not the preceptor system's;
    「病院や学校など約1,800か所」 counts both)."""
    out: list[list[Token]] = [[]]
    for k, w in enumerate(words):
        listed = (
            w.pos == "助詞"
            and w.surface in grammar("listing_particles")
            and any(x.pos2 == "数詞" for x in words[k + 1 : k + 3])
        )
        if (w.pos == "補助記号" and w.surface in "、,") or listed:
            out.append([])
        else:
            out[-1].append(w)
    return [p for p in out if p]


_SENTENCE_ENDS = frozenset("。！？!?\n")
_NAME = lazy_re.compile(r"[『「]([^』」]{2,40})[』」]")


def _has_sites(doc: Doc, unit: Sentence) -> bool:
    """Whether the company has sites of a kind (「拠点ってあるんですか」「大阪にもオフィス
    ありますか」): a noun of the concept, then ある, which the website's list of sites answers."""
    c = concept("sites")
    ws, begins, ends, ml = doc.words, doc.begins, doc.ends, doc.morphemes
    for i in range(bisect_left(begins, unit.start), len(ws) - 1):
        if ends[i] > unit.end:
            break
        if ws[i].pos != "名詞" or not c.has_word(ws[i], ml, i):
            continue
        k = i + 2 if ws[i + 1].surface in grammar("topic_particles") else i + 1
        if k < len(ws) and ends[k] <= unit.end and ws[k].normalized in grammar("existence_verbs"):
            return True
    return False


@cache
def _plain_fact(key: str) -> Matcher:
    return matcher(lexicon().raw["reverse_question"][key])


def _evidence(
    doc: Doc, units: list[Sentence], pattern: Matcher, name: str, *, fallback: bool = True
) -> list[Span]:
    """The words that make ``units`` a question of ``name``; with ``fallback``, the whole
    units when no word is found."""
    spans = _spans_in(doc, units, pattern)
    spans = spans or [s for u in units for s in _concept_in(doc, u, name)]
    if not spans and name == "researchable":  # a question about the company's sites
        spans = [s for u in units for s in _concept_in(doc, u, "sites")]
    if not spans and name == "conditions":  # a perk for the staff (社員 … 割引)
        spans = [s for u in units for c in ("staff", "perks") for s in _concept_in(doc, u, c)]
    if spans or not fallback:
        return spans
    return [doc.sentence_span(u) for u in units]


@lru_cache(maxsize=1024)
def question_topic(question: str | None) -> Topic | None:
    """The recognised topic of the interviewer's question, if any."""
    if not question:
        return None
    q = fold(question)
    return next((t for t in lexicon().topics if t.question.search(q)), None)


def _misses(text: str, topic: Topic) -> bool:
    """Nothing of ``topic`` and another topic clearly addressed: by its marks when the answer
    shares none of the topic's words, or by its hallmark (「志望した理由は」) when the answer
    lacks the topic's core."""
    if topic.marks is not None and topic.marks.search(text):
        return False
    if (
        topic.routine is not None
        and topic.routine.search(text)
        and not (topic.core is not None and topic.core.search(text))
    ):
        return True  # one's own habit or study told, nothing of the world (the news)
    if not topic.answer.search(text):
        if topic.strict:
            return True  # nothing of the shape the question asks for (a reason, a method…)
        if topic.instead is not None and topic.instead.search(text) and _mostly_past(text):
            return True  # past experience told for a question about the future
        return any(marks.search(text) for marks in _other_marks(topic.name, topic.open)) or any(
            h.search(text) and (to is None or to.search(text)) for h, to in _addressed(topic.name)
        )  # (another topic's marks, or its hallmark with its addressee: 「貴院に応募しました」)
    if topic.core is None or topic.core.search(text):
        return False
    if topic.instead is not None and topic.instead.search(text) and _mostly_past(text):
        return True  # an experience told, with none of the core of a question on the future
    if any(
        marks.search(text) and (to is None or to.search(text))
        for marks, to in _rival_marks(topic.name)
    ):
        return True
    return any(
        h.search(text) and (to is None or to.search(text)) for h, to in _addressed(topic.name)
    )


@lru_cache(maxsize=64)
def _rival_marks(name: str) -> tuple[tuple[Matcher, Matcher | None], ...]:
    """The marks of the topics named as rivals of ``name`` (topics.toml `rivals`), each with
    the addressee an answer must also name (a motivation: this company)."""
    topics = lexicon().topics
    rivals = next((t.rivals for t in topics if t.name == name), ())
    return tuple((t.marks, t.addressee) for t in topics if t.name in rivals and t.marks is not None)


_SENTENCE = lazy_re.compile(r"[^。！？!?\n]+")


def _mostly_past(text: str) -> bool:
    """More than half of the sentences end in the past tense (an experience told)."""
    ends = [s.rstrip(" 　」』") for s in _SENTENCE.findall(text) if s.strip()]
    return 2 * sum(1 for s in ends if _PAST_END.search(s)) > len(ends)


def answers_other(doc: Doc, topic: Topic) -> bool:
    """The answer clearly addresses another known topic than ``topic``: its marks, and the
    addressee it must name (a motivation: this company), or its first sentence declares
    another topic (declared_other)."""
    text = doc.folded
    return declared_other(doc, topic) is not None or any(
        t.marks.search(text) and (t.addressee is None or t.addressee.search(text))
        for t in lexicon().topics
        if t.name != topic.name and t.marks is not None
    )


@lru_cache(maxsize=64)
def _other_marks(name: str, open_question: bool = False) -> tuple[Matcher, ...]:
    """The marks of every known topic but ``name`` (in the topics' order). For an open
    question (a hobby, what others say), not those of a topic whose marks name a setting of
    one's life (topics.toml `setting`: 学生時代, サークル): an open answer tells its own terms
    there (「学生時代は吹奏楽部で…今も楽団で練習しています」)."""
    return tuple(
        t.marks
        for t in lexicon().topics
        if t.name != name and t.marks is not None and not (open_question and t.setting)
    )


@lru_cache(maxsize=64)
def _addressed(name: str) -> tuple[tuple[Matcher, Matcher | None], ...]:
    """The hallmarks of every known topic but ``name``, each with the addressee an answer must
    also name to answer that topic instead (「事務職を志望しました」 is no motivation for this
    company)."""
    return tuple(
        (t.hallmark, t.addressee)
        for t in lexicon().topics
        if t.name != name and t.hallmark is not None
    )


@lru_cache(maxsize=64)
def _other_hallmarks(name: str) -> tuple[Matcher, ...]:
    """The hallmarks of every known topic but ``name``."""
    return tuple(t.hallmark for t in lexicon().topics if t.name != name and t.hallmark is not None)


@cache
def _opening() -> re.Pattern[str]:
    """What may come before a hallmark at the very start of an answer: the speaker
    ([self_pr].self_reference), the company (the motivation topic's addressee)."""
    me = lexicon().raw["self_pr"]["self_reference"]
    (topic,) = (t for t in lexicon().topics if t.name == "motivation")
    return re.compile(f"(({me})(の|が|は)?)?(({topic.addressee_pattern})(を|に|へ))?")


def answer_kind(doc: Doc) -> str | None:
    """The kind of question an answer given with no question answers, when its first words
    say so (「私の強みは…」→ self_pr, 「御社を志望した理由は…」→ motivation)."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].text.lstrip(" 　、")
    for topic in lexicon().topics:
        found = topic.hallmark.search(first) if topic.kind and topic.hallmark else None
        if found and _opening().fullmatch(first[: found.start()]):
            return topic.kind
    return None


# The theme of a first sentence is read up to its first は in at most this many words (「私の
# 長所は」, 「御社を志望した理由は」); a は further on belongs to the body, not to a declaration.
_THEME_WORDS = 12
# Words at the end of a theme that are not its head (「5年後には」: に; 「将来的には」: に as だ).
_THEME_TAIL_POS2 = frozenset({"格助詞", "副助詞"})


def declared(doc: Doc) -> tuple[Topic, Span] | None:
    """The topic the answer says outright it answers, in its first sentence, with the words
    that say it. The theme (the words before the first は, by Sudachi's normalized forms, so
    that 「きっかけ」「キッカケ」 and 「辞めた」「辞めました」 are one) names a topic when all
    words of one of its `theme` entries are in it and the entry's last word is its head
    (「私の長所は」 ["長所"], 「退職を考えた理由は」 ["退職", "理由"], 「辞めたのは」 ["辞める",
    "の"]); otherwise a topic's `declares` words in that sentence say it (「〜と申します」)."""
    memo = doc.memo
    if "declared" in memo:
        found: tuple[Topic, Span] | None = memo["declared"]
        return found
    found = None
    if doc.sentences:
        first = doc.sentences[0]
        found = _by_theme(doc, first) or _by_words(doc, first)
    memo["declared"] = found
    return found


def _by_theme(doc: Doc, first: Sentence) -> tuple[Topic, Span] | None:
    cut = first.text.find("は", 1, 40)
    if cut < 0:
        return None
    found = _theme(first.text[: cut + 1])
    if found is None:
        return None
    topic, begin, end = found
    return topic, doc.span(first.start + begin, first.start + end)


@lru_cache(maxsize=4096)
def _theme(head: str) -> tuple[Topic, int, int] | None:
    """The topic the theme ``head`` (a first sentence up to its first は) names, with the
    offsets in ``head`` of the words that name it (a pure function of ``head``: read once per
    theme, and answers open on few themes: 「私の強みは」)."""
    # Only the words up to that は are read (Sudachi on a few characters: the answer's own
    # words may not be tokenized yet, and most answers need them nowhere else).
    ml = morphemes(head)
    words = [(m.surface(), m.normalized_form(), m.part_of_speech(), m.end()) for m in ml]
    words = words[:_THEME_WORDS]
    at = next((i for i, w in enumerate(words) if w[0] == "は" and w[2][1] == "係助詞"), None)
    if not at:
        return None
    end = at
    while end and (
        words[end - 1][2][1] in _THEME_TAIL_POS2
        or (words[end - 1][2][0] == "助動詞" and words[end - 1][1] == "だ")
    ):
        end -= 1
    if not end:
        return None
    last = words[end - 1][1]
    said = {w[1] for w in words[:end]}
    for topic in _themed():
        for entry in topic.theme:
            if entry[-1] == last and said.issuperset(entry):
                start = next(i for i in range(end) if words[i][1] in entry)
                begin = words[start - 1][3] if start else 0
                return topic, begin, words[at][3]
    return None


def _by_words(doc: Doc, first: Sentence) -> tuple[Topic, Span] | None:
    text = fold(first.text)
    if len(first.text) <= _NAME_CHARS and _a_name(first.text):
        named = next((t for t in _themed() if t.names_self), None)
        if named is not None:
            return named, doc.span(first.start, first.end)
    for topic in _themed():
        if topic.declares is not None:
            found = topic.declares.search(text)
            if found is not None and len(text) == len(first.text):
                return topic, doc.span(first.start + found.start(), first.start + found.end())
            if found is not None:  # folding changed the length: find it in the answer
                span = doc.first(topic.declares, within=first)
                if span is not None:
                    return topic, span
    return None


# A name said alone (「佐藤です。」「山田太郎でございます。」) is short.
_NAME_CHARS = 14


@lru_cache(maxsize=1024)
def _a_name(text: str) -> bool:
    """The sentence is a person's name (Sudachi's 固有名詞・人名), then a copula only (read
    once per sentence: short first sentences recur, 「よろしくお願いします。」)."""
    words = [(m.part_of_speech(), m.normalized_form()) for m in morphemes(text)]
    names = 0
    while names < len(words) and words[names][0][2] == "人名":
        names += 1
    rest = [w for w in words[names:] if w[0][0] not in ("補助記号", "空白")]
    return (
        names > 0
        and bool(rest)
        and all(w[0][0] == "助動詞" or w[1] == "御座る" for w in rest)
        and (rest[0][1] in ("です", "だ", "で"))
    )


@cache
def _themed() -> tuple[Topic, ...]:
    """The topics an answer can declare (a `theme` or `declares` in topics.toml)."""
    return tuple(t for t in lexicon().topics if t.theme or t.declares is not None)


def declared_other(doc: Doc, topic: Topic) -> Span | None:
    """The words by which the answer declares it answers another topic than ``topic`` and
    gives nothing of this one: not a topic akin to it (「私の長所は」 for a self-PR), and the
    other topic's addressee named (a motivation: this company). An opposite (長所 for a
    question on 短所) misses the question unless the answer names this topic's marks too; any
    other topic misses it when the answer has none of this topic's core (or marks, or answer
    words, for a topic with no core): 「休日は山に登ります」 for a self-PR, 「御社を志望した理由は」
    for a 自己紹介 with no name nor career."""
    said = declared(doc)
    if said is None:
        return None
    other, span = said
    if other.name == topic.name or other.name in topic.akin:
        return None
    text = doc.folded
    # 「事務職を志望した理由は」 names what else is applied for (「志望動機は」 does not)
    theme = doc.text[doc.sentences[0].start : span.end]
    if other.addressee is not None and "を" in theme and not other.addressee.search(text):
        return None
    if other.name in topic.opposites:
        return None if topic.marks is not None and topic.marks.search(text) else span
    asked = topic.core or topic.marks or topic.answer
    return None if asked.search(text) else span


def _missed(doc: Doc, topic: Topic) -> bool:
    """_misses, read with the answer's words where the topic asks: a hardship named in any words
    answers a question about one, and naming none misses it (demands.hardship); grievances told
    instead of what the topic asks miss it (demands.grievances_instead); a change of the former
    workplace told, or a push told before the wish (demands.pushed), gives a reason for leaving
    (demands.changed)."""
    if topic.hardship:
        return not hardship(doc, topic)
    # (the topic's words its own clause denies tell nothing of it: 「短所は特に思いつきません」,
    # unless something befell the speaker all the same: 「失敗を恐れず動き…欠品を出してしまい」)
    text = undenied(doc.folded, (topic.marks, topic.answer, topic.core))
    if befell(doc.folded) and (topic.befell or text != doc.folded):
        if topic.befell:
            return topic.grievances and grievances_instead(doc, topic)  # a mishap told
        text = doc.folded
    missed = _misses(text, topic) and not (
        topic.change_is_core
        and (changed(doc, _motivation_topic()) or pushed(doc, _motivation_topic()))
    )
    return missed or (topic.grievances and grievances_instead(doc, topic))


@cache
def _motivation_topic() -> Topic | None:
    """The motivation topic, whose addressee (御社, 貴社) names the company applied to."""
    return next((t for t in lexicon().topics if t.name == "motivation"), None)


# A self-PR may be any episode: only these kinds fall back to their own topic.
_KIND_TOPICS = {"motivation": "motivation", "reason_for_leaving": "reason_for_leaving"}


@lru_cache(maxsize=64)
def kind_topic(kind: str) -> Topic | None:
    """The topic a kind of question asks about, when the question's words named none."""
    name = _KIND_TOPICS.get(kind)
    return next((t for t in lexicon().topics if t.name == name), None)


def off_topic(doc: Doc, topic: Topic | None, question: str | None = None) -> list[Finding]:
    """The answer says nothing of the topic asked and clearly addresses another known one
    (a motivation answered with student days), tells the opposite of what was asked, or talks
    around the question: it never gives what the form of ``question`` demands (an own past
    action, a method, a reason: see demands.py). An answer to an open question on its own
    terms is never off-topic."""
    other = declared_other(doc, topic) if topic is not None else None
    if topic is not None and other is not None:
        return [
            finding(
                "communication.off_topic",
                [other],
                question_topic=topic.label,
                question_hint=topic.hint,
            )
        ]
    if topic is not None and (
        _missed(doc, topic)
        or (
            (topic.opposite is not None or topic.evasion is not None)
            and opposite(doc.folded, topic)
        )
    ):
        label, hint = topic.label, topic.hint
    else:
        demand = demanded(topic, question)
        if demand is None or not unmet(doc, demand, question):
            return []
        label = topic.label if topic is not None else demand.label
        hint = demand.hint
    return [
        finding(
            "communication.off_topic",
            doc.opening(),
            question_topic=label,
            question_hint=hint,
        )
    ]
