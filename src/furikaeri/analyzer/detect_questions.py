"""The candidate's 逆質問 (reverse_question.*) and answers that miss the question
(communication.off_topic)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.types import Finding, Span, Strength
from furikaeri.nlp import fold
from furikaeri.patterns import Matcher

# Several questions often share one sentence: 「年収はどのくらいか、残業はあるかを…」.
_CLAUSE_BREAK = re.compile(r"(?<=か)[、,]")
_ASK = re.compile(
    r"教えて|お聞かせ|知りたい|伺いたい|お伺いでき|お聞きしたい|お尋ねしたい|聞きたい"
)


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
        for part in [*_CLAUSE_BREAK.split(sent.text)]:
            unit = Sentence(sent.start + pos, sent.start + pos + len(part), part)
            pos += len(part) + 1
            asks = bool(lex.question_end.search(part)) or (
                bool(_ASK.search(part)) and not lex.no_question.search(part)
            )
            (questions if asks else statements).append(unit)
    return QuestionUnits(questions, statements)


def _spans_in(doc: Doc, units: list[Sentence], pattern: Matcher) -> list[Span]:
    return [s for u in units for s in doc.find(pattern, within=u)]


def reverse_questions(doc: Doc) -> tuple[list[Finding], list[Strength]]:
    lex = lexicon()
    units = split_units(doc)
    if not units.questions:
        said = _spans_in(doc, units.statements, lex.no_question)
        return [finding("reverse_question.none", said or doc.opening())], []
    findings: list[Finding] = []
    cond = [u for u in units.questions if lex.conditions.search(u.text)]
    research = [
        u
        for u in units.questions
        if lex.researchable.search(u.text)
        and not lex.researched.search(u.text)
        and not lex.local_scope.search(u.text)
    ]
    # "Mostly" about conditions: more condition questions than questions about the work
    # itself (a question the website answers shows no more interest than one about pay).
    other = [u for u in units.questions if u not in cond and u not in research]
    if len(cond) > len(other):
        findings.append(
            finding("reverse_question.conditions", _spans_in(doc, cond, lex.conditions))
        )
    if research:
        findings.append(
            finding("reverse_question.researchable", _spans_in(doc, research, lex.researchable))
        )
    work = [
        u
        for u in units.questions
        if lex.work_question.search(u.text) and u not in cond and u not in research
    ]
    strengths = (
        [strength("strength.work_question", [doc.sentence_span(u) for u in work])] if work else []
    )
    return findings, strengths


@lru_cache(maxsize=1024)
def question_topic(question: str | None) -> Topic | None:
    """The recognised topic of the interviewer's question, if any."""
    if not question:
        return None
    q = fold(question)
    return next((t for t in lexicon().topics if t.question.search(q)), None)


def off_topic(doc: Doc, topic: Topic | None) -> list[Finding]:
    if topic is None or topic.answer.search(doc.folded):
        return []
    return [
        finding(
            "communication.off_topic",
            doc.opening(),
            question_topic=topic.label,
            question_hint=topic.hint,
        )
    ]
