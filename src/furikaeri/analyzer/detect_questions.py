"""The candidate's 逆質問 (reverse_question.*) and answers that miss the question
(communication.off_topic)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache

from furikaeri.analyzer.demands import changed, demanded, hardship, opposite, unmet
from furikaeri.analyzer.detect_content import _PAST_END, is_condition
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import Topic, grammar, lexicon
from furikaeri.analyzer.semantics import concept, normalized_words
from furikaeri.analyzer.types import Company, Finding, Span, Strength
from furikaeri.nlp import fold, tokenize
from furikaeri.patterns import Matcher, matcher

# Several questions often share one sentence: 「年収はどのくらいか、残業はあるかを…」.
_CLAUSE_BREAK = re.compile(r"(?<=か)[、,]")
# Asking verbs, unless they modify a noun (「聞きたいことは聞けました」 asks nothing).
_ASK = re.compile(
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
        for part in _CLAUSE_BREAK.split(sent.text):
            unit = _tuple_new(Sentence, (sent.start + pos, sent.start + pos + len(part), part))
            pos += len(part) + 1
            asks = (
                bool(lex.question_end.search(part))
                or (bool(_ASK.search(part)) and not lex.no_question.search(part))
            ) and not _permission().search(part)
            (questions if asks else statements).append(unit)
    return QuestionUnits(questions, statements)


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
        answered = not said and any(
            h.search(doc.folded) for h in _other_hallmarks("reverse_questions")
        )
        missed = off_topic(doc, asked) if answered else []
        return missed or [finding("reverse_question.none", said or doc.opening())], []
    findings: list[Finding] = []
    cond = [u for u in units.questions if _about_conditions(doc, u)]
    research = [
        u
        for u in units.questions
        if (_researchable(doc, u) or _stated(doc, u, company))
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
        evidence = evidence or [s for u in research for s in _stated(doc, u, company)]
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
        return True
    if lex.work_question.search(unit.text):
        return False
    seeds = concept("conditions").seeds
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    perk = False
    i = first
    while i < len(ws) and ends[i] <= unit.end:
        w = ws[i]
        if (w.pos == "名詞" and is_condition(w.normalized)) or (
            w.pos == "動詞" and w.normalized in seeds
        ):
            return True
        if not perk and w.pos in ("名詞", "形状詞"):  # 割引, 割安
            perk = _in_concept(doc, i, "perks")
        i += 1
    # a perk for the staff (社員 … 割引): a benefit
    return perk and any(
        ws[k].pos == "名詞" and _in_concept(doc, k, "staff") for k in range(first, i)
    )


def _in_concept(doc: Doc, i: int, name: str) -> bool:
    """Word i belongs to the concept, or is a compound holding one of its seeds (優待制度)."""
    w = doc.words[i]
    return concept(name).has_word(w, doc.morphemes, i) or w.normalized.startswith(_long_seeds(name))


def _researchable(doc: Doc, unit: Sentence) -> bool:
    """Answered by the website: a listed question (事業内容, 従業員数 …), or a plain question
    (どんな, 主な, いつ) about what the company sells, who its customers are or its history
    (「どんな製品を作っているのですか」「主な取引先は」), or how many sites it has and where,
    not its plans or an insider's view."""
    if lexicon().researchable.search(unit.text):
        return True
    text = unit.text
    if _plain_fact("wh").search(text) and _plain_fact("basic_fact").search(text):
        found = bool(_concept_in(doc, unit, "researchable"))
    else:
        found = False
    if not found and (
        _plain_fact("count_place").search(text)
        or (_plain_fact("exists").search(text) and _has_sites(doc, unit))
    ):
        found = bool(_concept_in(doc, unit, "sites"))
    return found and not _plain_fact("insight").search(text)


def _stated(doc: Doc, unit: Sentence, company: Company | None) -> list[Span]:
    """A question of how many, where or what about something the company profile states with a
    number, a place or a name (「施設はどのくらい」 when the profile says 介護施設約4,000か所):
    the candidate could have read it. Not a question for a view or plans (insight). The noun
    found, or none."""
    if company is None or not company.profile:
        return []
    text = unit.text
    if _plain_fact("insight").search(text):
        return []
    if _plain_fact("what").search(text):  # what a name the profile gives is (『…』とは)
        profile = fold(company.profile)
        for m in _NAME.finditer(text):
            if m.group(1) in profile:
                return [doc.span(unit.start + m.start(), unit.start + m.end())]
    if _plain_fact("how_many").search(text):
        counted = _counted(doc, unit, company.profile)
        if counted:
            return counted
        stated = _profile_facts(company.profile)
    elif _plain_fact("what_is").search(text) or _plain_fact("exists").search(text):
        stated = _profile_nouns(company.profile)[1]  # 「託児所はありますか」「代表作は何ですか」
    else:
        return []
    stated_text = "\0".join(stated)  # a noun inside a profile compound (施設 in 介護施設)
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        w = ws[i]
        if (
            w.pos == "名詞"
            and w.pos2 in ("普通名詞", "固有名詞")
            and len(w.surface) >= 2
            and (w.normalized in stated or w.surface in stated_text)
        ):
            return [doc.span(begins[i], ends[i])]
    return []


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


_OTHER_COUNT = re.compile("何(人|名|件|日|時間|回|歳|割|円)")


# A number, then the noun it counts (42施設, 15園, 約8,000店, 64ホテル).
_COUNTED = re.compile(
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
    for sentence in _PROFILE_SENTENCE.findall(fold(profile)):
        words = tokenize(sentence)
        nouns = {
            x
            for w in words
            if w.pos == "名詞" and w.pos2 in ("普通名詞", "固有名詞") and len(w.surface) >= 2
            for x in (w.normalized, w.surface)
        }
        every |= nouns
        if "『" in sentence or "「" in sentence or any(w.pos2 in _FACT_POS for w in words):
            facts |= nouns
    return frozenset(facts - stop), frozenset(every - stop)


_FACT_POS = frozenset({"数詞", "固有名詞"})


_PROFILE_SENTENCE = re.compile(r"[^。！？!?\n]+")
_NAME = re.compile(r"[『「]([^』」]{2,40})[』」]")


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
    if not topic.answer.search(text):
        if topic.strict:
            return True  # nothing of the shape the question asks for (a reason, a method…)
        if topic.instead is not None and topic.instead.search(text) and _mostly_past(text):
            return True  # past experience told for a question about the future
        return any(marks.search(text) for marks in _other_marks(topic.name))
    if topic.core is None or topic.core.search(text):
        return False
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


_SENTENCE = re.compile(r"[^。！？!?\n]+")


def _mostly_past(text: str) -> bool:
    """More than half of the sentences end in the past tense (an experience told)."""
    ends = [s.rstrip(" 　」』") for s in _SENTENCE.findall(text) if s.strip()]
    return 2 * sum(1 for s in ends if _PAST_END.search(s)) > len(ends)


@lru_cache(maxsize=64)
def _other_marks(name: str) -> tuple[Matcher, ...]:
    """The marks of every known topic but ``name`` (in the topics' order)."""
    return tuple(t.marks for t in lexicon().topics if t.name != name and t.marks is not None)


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


def _missed(doc: Doc, topic: Topic) -> bool:
    """_misses, read with the answer's words where the topic asks: a hardship named in any words
    answers a question about one, and naming none misses it (demands.hardship); a change of the
    former workplace told gives a reason for leaving (demands.changed)."""
    if topic.hardship:
        return not hardship(doc, topic)
    return _misses(doc.folded, topic) and not (
        topic.change_is_core and changed(doc, _motivation_topic())
    )


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
