"""The candidate's 逆質問 (reverse_question.*): the answer split into questions and
statements, each question read for conditions, researchable or stated facts, and the
appeals and other answers given instead of asking."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from furikaeri import lazy_re
from furikaeri.analyzer.content.knowledge import company_specifics
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.questions.conditions import (
    _about_conditions,
    conditions_listed,
    work_taken_home,
)
from furikaeri.analyzer.questions.declaration import declared
from furikaeri.analyzer.questions.facts import _business_asked, _stated, paced_count
from furikaeri.analyzer.questions.focus import _concept_in, _plain_fact, _spans_in
from furikaeri.analyzer.questions.offtopic import _other_hallmarks, off_topic
from furikaeri.analyzer.questions.research import _researchable, asked_clause
from furikaeri.analyzer.types import Company, Finding, Span, Strength
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
    r"(?!(こと|事|点|内容|の(は|が|で)|き(まし|た|て)|まいり|参り|い(まし|た(?!だ)|る)|おり))"
)  # (nor a stretch of one's own past told: 「子どもたちに勉強を教えてきました」「教えていました」;
# いただ… is a request: 「教えていただきたいです」)


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
                or _hope_told(doc, unit)
                or (
                    _plain_fact("named_ask").search(part) is not None
                    and not lex.no_question.search(part)
                )
            ) and not (
                _permission().search(part)
                or _plain_fact("echo").search(part)
                or _plain_fact("ask_later").search(part)
                or _plain_fact("defer").search(part)
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


def _motivation_told(doc: Doc, company: Company | None) -> bool:
    """A motivation told in place of a question: the reasons for choosing this company (the
    motivation topic's marks other than the bare addressee: 志望, 共感し, 惹かれ), or its own
    business, products or 理念 named (content.knowledge.company_specifics). Thanks or an
    impression 「ますます御社で働きたいと思いました」 names neither: it tells no motivation."""
    topic = next((t for t in lexicon().topics if t.name == "motivation"), None)
    if topic is None or topic.marks is None:
        return False
    to = topic.addressee
    for span in doc.find(topic.marks):
        if to is None or to.search(doc.text[span.start : span.end]) is None:
            return True
    return company_specifics(doc, company, enough=2)[0] >= 2


def _nothing_comes(doc: Doc, units: QuestionUnits) -> list[Span]:
    """「思いつきません」「浮かびません」「見当たりません」 ([reverse_question].nothing_comes),
    unless the answer takes up another topic (its hallmark, or one declared: 「短所は特に
    思いつきません」 answers another question, which reverse_questions reads as off-topic)."""
    others = _other_hallmarks("reverse_questions")
    if any(h.search(doc.folded) for h in others) or declared(doc) is not None:
        return []
    return _spans_in(doc, units.statements, _plain_fact("nothing_comes"))


@cache
def _told_hope() -> Matcher:
    return matcher(lexicon().raw["reverse_question"]["told_hope"])


def _hope_told(doc: Doc, unit: Sentence) -> bool:
    """A hope to be told of the thing named as the object ([reverse_question].told_hope:
    「準備すべきことを伺えれば幸いです」) asks, like 「…について伺えれば」; an object that is
    only a talk (told_talk: 「お話を伺えればと思います」) names nothing to ask about."""
    m = _told_hope().search(unit.text)
    if m is None:
        return False
    i = bisect_left(doc.begins, unit.start + m.start()) - 1
    talk = lexicon().raw["reverse_question"]["told_talk"]
    return i >= 0 and doc.words[i].pos == "名詞" and doc.words[i].normalized not in talk


def _preface(unit: Sentence, questions: list[Sentence]) -> bool:
    """``unit`` only names the subject of a question that follows it ([reverse_question].preface:
    「欧州向けの越境ECについてお伺いしたいです。」 then 「現地では、どのような…」)."""
    return unit is not questions[-1] and _plain_fact("preface").search(unit.text) is not None


def _point_asks(part: str) -> bool:
    """A numbered point that says what it asks (「一点目は、夏季休暇が何日あるかです」)."""
    return bool(_plain_fact("point").search(part) and _plain_fact("point_asks").search(part))


def reverse_questions(
    doc: Doc, company: Company | None = None
) -> tuple[list[Finding], list[Strength]]:
    lex = lexicon()
    units = split_units(doc)
    if not units.questions:
        said = _spans_in(doc, units.statements, lex.no_question) + _nothing_comes(doc, units)
        asked = next((t for t in lex.topics if t.name == "reverse_questions"), None)
        # Another question answered outright (「私の強みは…」) instead of asking; thanks or an
        # impression (「ますます御社で働きたいと思いました」) asks nothing but answers nothing else.
        # (The hallmarks are read only when no words declined to ask: they would not count.)
        answered = not said and (
            any(h.search(doc.folded) for h in _other_hallmarks("reverse_questions"))
            or declared(doc) is not None
            or _motivation_told(doc, company)
        )
        missed = off_topic(doc, asked) if answered else []
        none = [finding("reverse_question.none", said or doc.opening())]
        if not missed and asked is not None and said:
            missed = _appealed(doc, units.statements, asked)
        # (no question asked is reverse_question.none whatever was said instead; another
        # question answered in its place is off-topic as well)
        return none + missed, []
    findings: list[Finding] = []
    cond = [u for u in units.questions if _about_conditions(doc, u)]
    # (a unit that only announces the next one's subject, 「…についてお伺いしたいです」, is read
    # through the question that follows it: [reverse_question].preface)
    # (what a question asks for follows its premise: 「海外からのお客様が4割とのことですが、
    # …場面はどのくらいありますか」 cites a fact and asks about the work)
    clauses = {
        u: asked_clause(doc, u)
        for u in units.questions
        if not _preface(u, units.questions)
        and not lex.researched.search(u.text)
        and not lex.local_scope.search(u.text)
        and not paced_count(doc, u)
    }
    research = [
        a
        for a in clauses.values()
        if _researchable(doc, a, company)
        or _stated(doc, a, company)
        or _business_asked(doc, a, company)
    ]
    # "Mostly" about conditions: more condition questions than questions about the work
    # itself (a follow-up on the same condition, or a question the website answers, shows no
    # more interest in the work than one about pay). A question listing several conditions
    # (「初任給の額と家賃補助の有無」) asks as many.
    work = [
        u
        for u in units.questions
        if u not in cond and clauses.get(u) not in research and lex.work_question.search(u.text)
    ]
    if sum(conditions_listed(doc, u) for u in cond) > len(work):
        findings.append(
            finding(
                "reverse_question.conditions", _evidence(doc, cond, lex.conditions, "conditions")
            )
        )
    if research:
        evidence = _evidence(doc, research, lex.researchable, "researchable", fallback=False)
        evidence = evidence or _spans_in(doc, research, _plain_fact("own_doing"))
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


def _evidence(
    doc: Doc, units: list[Sentence], pattern: Matcher, name: str, *, fallback: bool = True
) -> list[Span]:
    """The words that make ``units`` a question of ``name``; with ``fallback``, the whole
    units when no word is found."""
    spans = _spans_in(doc, units, pattern)
    spans = spans or [s for u in units for s in _concept_in(doc, u, name)]
    if not spans and name == "researchable":  # a question about the company's sites
        spans = [s for u in units for s in _concept_in(doc, u, "sites")]
    if name == "conditions":  # work taken home (「仕事を持ち帰る」), by its object
        spans = sorted(
            spans + [s for u in units for s in work_taken_home(doc, u)], key=lambda s: s.start
        )
    if not spans and name == "conditions":  # a perk for the staff (社員 … 割引)
        spans = [s for u in units for c in ("staff", "perks") for s in _concept_in(doc, u, c)]
    if spans or not fallback:
        return spans
    return [doc.sentence_span(u) for u in units]
