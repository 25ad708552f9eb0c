"""analyze(): validate the input, resolve the kind, run the detectors for that kind."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import Any, TypeVar, overload

from furikaeri import lazy_re
from furikaeri.analyzer import (
    detect_manners,
    detect_reasons,
)
from furikaeri.analyzer.content.motivation import motivation
from furikaeri.analyzer.content.self_pr import self_pr
from furikaeri.analyzer.cross import judgement
from furikaeri.analyzer.demands import forms
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import dedupe, finding, strength
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.pieces import Pieces, Tokens
from furikaeri.analyzer.questions import declaration, offtopic, owner, reverse, topics
from furikaeri.analyzer.types import (
    KIND_LABELS,
    KINDS,
    MAX_ANSWER_CHARS,
    Analysis,
    AnalyzeError,
    Company,
    Finding,
    Span,
    Strength,
    analysis_of,
    finding_of,
    record_of,
    strength_of,
)
from furikaeri.nlp import fold, morphemes, valid_text
from furikaeri.patterns import Matcher, gated, may_match
from furikaeri.vocabulary import text_too_long

CHARS_PER_MINUTE = 300  # a calm interview pace (NHK reads about 300 字/分)
TOO_LONG_CHARS = 600  # past about two minutes an answer loses its point
TOO_SHORT_CHARS = 30  # a few words to a substantive question
_SUBSTANTIVE = frozenset({"self_intro", "motivation", "self_pr", "reason_for_leaving"})
_KANA = lazy_re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")  # half-width katakana too
# Compiled on first use (re's cache): the kanji range costs ~3.5 ms to compile, and an answer
# with kana (nearly every one) never needs it.
_JAPANESE = r"[\u3040-\u30ff\uff66-\uff9f\u3400-\u9fff々〆ー]"
_LETTERS = lazy_re.compile(r"[^\W\d_]")


def _validate(answer: object, kind: str | None) -> str:
    if kind is not None and kind not in KINDS:
        # The Japanese names first (what the web form shows), each with its id (what the CLI's
        # --kind takes); the value given is quoted as typed, never as a Python repr.
        usable = "、".join(f"{KIND_LABELS.get(k, k)}（{k}）" for k in KINDS)
        raise AnalyzeError(f"質問の種類「{kind}」は使えません。使える種類: {usable}")
    if not isinstance(answer, str) or not answer.strip():
        raise AnalyzeError("回答が空です。面接で話した内容を入力してください。")
    if len(answer) > MAX_ANSWER_CHARS:
        raise AnalyzeError(text_too_long(len(answer)))
    if _KANA.search(answer):  # fast path: any kana means Japanese
        return answer
    letters = len(_LETTERS.findall(answer))
    if letters and len(re.findall(_JAPANESE, answer)) < 0.3 * letters:
        raise AnalyzeError("日本語の回答を入力してください（日本語の面接の回答を判定します）。")
    return answer


def _length(doc: Doc, kind: str, chars: int, *, judged_topic: bool) -> list[Finding]:
    if chars > TOO_LONG_CHARS:
        minutes = f"{chars / CHARS_PER_MINUTE:.1f}"
        return [finding("communication.too_long", doc.opening(), chars=chars, minutes=minutes)]
    if chars < TOO_SHORT_CHARS and (kind in _SUBSTANTIVE or judged_topic):
        seconds = max(1, round(chars * 60 / CHARS_PER_MINUTE))
        return [finding("communication.too_short", doc.opening(), chars=chars, seconds=seconds)]
    return []


def _fillers(doc: Doc, chars: int, *, gate: bool = True) -> list[Finding]:
    """Too many fillers for the answer's spoken length (a transcript of a spoken answer).
    ``gate``: as in detect_manners.casual_language."""
    conf = lexicon().raw["fillers"]
    spans = doc.find(lexicon().fillers) if gate else []
    per_minute = len(spans) * CHARS_PER_MINUTE / max(chars, 1)
    if len(spans) < conf["min_count"] or per_minute <= conf["per_minute_limit"]:
        return []
    return [finding("communication.fillers", spans, count=len(spans), per_minute=round(per_minute))]


def _general_strengths(doc: Doc, kind: str) -> list[Strength]:
    if kind == "reverse_questions":
        return []
    lex = lexicon()
    out: list[Strength] = []
    numbers = doc.find(lex.number)
    if numbers:
        out.append(strength("strength.number", numbers))
    results = doc.find(lex.result)
    if results:
        out.append(strength("strength.result", results))
    if doc.sentences and lex.conclusion_first.search(doc.sentences[0].text):
        out.append(strength("strength.conclusion_first", doc.opening()))
    return out


_Judged = TypeVar("_Judged", Finding, Strength)


def _snapped(doc: Doc, item: _Judged) -> _Judged:
    """``item`` with its evidence widened to whole words (itself when nothing moved:
    dataclasses.replace is slow)."""
    phrase = doc.phrase
    snapped = [phrase(s) for s in item.evidence]
    for a, b in zip(snapped, item.evidence, strict=True):
        if a is not b:
            break
    else:
        return item  # nothing moved: the evidence is deduplicated already
    evidence = dedupe(snapped)
    return item if evidence == item.evidence else _with_evidence(item, evidence)


@overload
def _with_evidence(item: Finding, evidence: tuple[Span, ...]) -> Finding: ...
@overload
def _with_evidence(item: Strength, evidence: tuple[Span, ...]) -> Strength: ...
def _with_evidence(item: Finding | Strength, evidence: tuple[Span, ...]) -> Finding | Strength:
    """``item`` with other evidence (dataclasses.replace, without its slow introspection)."""
    if isinstance(item, Finding):
        return finding_of(item.code, item.cause, item.severity, item.message, item.advice, evidence)
    return strength_of(item.code, item.message, evidence)


# Findings about what was said (not how): a strength is not credited inside their sentences.
_DELIVERY = ("communication.", "manners.")


def _outside_criticised(
    doc: Doc, found: list[Finding], strengths: list[Strength]
) -> list[Strength]:
    """Strengths whose evidence lies outside the sentences a finding criticises: 「結果まで
    話せています」 must not be said of a complaint about the former employer."""
    if not strengths or not found:
        return strengths
    # each sentence once (the evidence of several findings often lies in the same ones)
    criticised = dict.fromkeys(
        (s.start, s.end)
        for f in found
        if not f.code.startswith(_DELIVERY)
        for span in f.evidence
        for s in doc.sentences
        if s.start < span.end and span.start < s.end
    )
    if not criticised:
        return strengths
    out = []
    for st in strengths:
        kept = tuple(
            e for e in st.evidence if not any(a < e.end and e.start < b for a, b in criticised)
        )
        if kept:
            out.append(_with_evidence(st, kept))
    return out


def _by_kind(
    doc: Doc, kind: str, question: str | None, company: Company | None
) -> tuple[list[Finding], list[Strength]]:
    """The detectors that apply to this kind of question."""
    if kind == "reverse_questions":
        return reverse.reverse_questions(doc, company)
    topic = topics.question_topic(question) or topics.kind_topic(kind)
    if kind in ("self_pr", "reason_for_leaving", "motivation") and topic is not None:
        complained = kind == "reason_for_leaving" and _complained(doc, topic)
        asked = question if kind == "reason_for_leaving" else None  # (others: open topics)
        missed = [] if complained else offtopic.off_topic(doc, topic, asked)
        if missed and kind == "motivation":  # nothing of this company either
            return [*missed, *motivation(doc, company, turned=True)[0]], []
        if missed:  # an answer to another question is not judged as this one
            return missed, []
    if kind == "self_intro" and topic is not None:
        return offtopic.off_topic(doc, topic, question), []
    if kind == "self_pr":
        return self_pr(doc)
    if kind == "motivation":
        return motivation(doc, company)
    if kind in ("reason_for_leaving", "short_tenure"):
        blamed = detect_reasons.blame(doc)
        found, good = (
            detect_reasons.short_tenure(doc)
            if kind == "short_tenure" or (blamed and detect_reasons.stay_stated(doc))
            else ([], [])
        )
        return [*blamed, *found], [*good, *detect_reasons.forward_looking(doc, blamed=bool(blamed))]
    if kind == "other":
        missed = offtopic.off_topic(doc, topic, question)
        if missed and topic is not None and topic.as_self_pr:
            # an answer to another question (a motivation for a ガクチカ) is off-topic only:
            # it never tried to tell the episode asked for
            if not offtopic.answers_other(doc, topic):
                missed = forms.abstract_episode(doc, missed)
        elif (
            topic is not None
            and topic.as_self_pr
            and (doc.first(lexicon().pr_claims) or doc.first(lexicon().pr_lessons))
        ):
            # a ガクチカ answered with a role and qualities gained (リーダーシップと責任感), or
            # with lessons (チームワークの大切さを学びました), and no episode: abstract, as a
            # self-PR
            missed = [f for f in self_pr(doc)[0] if f.code == "self_pr.abstract"]
        # A question about the former job (「前職で学んだことは」) may be answered with blame too;
        # not one that asks for a hardship (「大変だったこと」: the answer tells one, and its
        # own action).
        hardship = topic is not None and topic.demand is not None
        if question and not hardship and _about_former_job(question):
            return [*missed, *detect_reasons.blame(doc, named=True)], []
        return missed, []
    return [], []


def _complained(doc: Doc, topic: Topic) -> bool:
    """Complaints told for a reason for leaving: a reason, badly (blame judges it), not another
    question answered. Unless the answer opens on another kind's hallmark (offtopic.answer_kind:
    「私の強みは」「自信があるのは」), declares that topic, and blames no one: in 「私の強みは
    粘り強さです。…断られ続けた顧客にも訪問を重ね」 the customers' refusals are the episode of a
    self-PR."""
    if not detect_reasons.complaints(doc):
        return False
    opened = offtopic.answer_kind(doc)
    if opened in (None, topic.kind) or declaration.declared_other(doc, topic) is None:
        return True
    return bool(detect_reasons.blame(doc))


@lru_cache(maxsize=1024)
def _about_former_job(question: str) -> bool:
    """The question asks about the former job ([blame].former_job_question)."""
    return lexicon().former_job_question.search(fold(question)) is not None


def analyze(
    answer: str,
    *,
    question: str | None = None,
    kind: str | None = None,
    company: Company | dict[str, Any] | str | None = None,
) -> Analysis:
    """Judge one answer. Pure: no I/O. Raises AnalyzeError (Japanese message) on input it
    cannot judge (empty, too long, not Japanese, unknown kind). Lone surrogates (not text)
    are read as U+FFFD, so the result can always be printed and stored."""
    return _finish(_judge(answer, question=question, kind=kind, company=company))


@dataclass(slots=True)
class _Verdict:
    """An answer judged, its evidence not yet widened to whole words (see _finish)."""

    doc: Doc
    kind: str
    question: str | None
    found: list[Finding]
    good: list[Strength]
    chars: int


def _kind_of(kind: str | None, question: str | None) -> str:
    """The kind an answer is judged as. "other" is the catch-all, not a judgement: a question
    the caller filed as other but that plainly asks for strengths or the motivation is judged
    as what it asks."""
    return infer_kind(question) if kind in (None, "", "other") else kind


def _judge(
    answer: str,
    *,
    question: str | None,
    kind: str | None,
    company: Company | dict[str, Any] | str | None,
    tokenized: dict[str, Tokens] | None = None,
    gates: dict[str, bool] | None = None,
    pieces: Pieces | None = None,
) -> _Verdict:
    """The findings and strengths of an answer (``tokenized``: the answers of a batch
    tokenized already, text -> pieces.tokens; ``gates``: the delivery gate of some of them,
    text -> may_match, as _tokenize_batch read it; ``pieces``: the batch's sentences)."""
    _validate(answer, kind)
    if not (tokenized and answer in tokenized):  # (a key there is valid_text's own output:
        answer = valid_text(answer)  # it gives such a text back as it is)
    question = valid_text(question) if isinstance(question, str) else question
    if isinstance(company, (str, dict, Company)):
        company = _valid_company(Company.from_any(company))
    comp = Company.from_any(company)
    # (the company's own name in the question is the interviewer's 当社: 「なぜ東和精機なのですか」)
    asked_as = owner.named_as_own(question, comp.name if comp else None)
    resolved = _kind_of(kind, asked_as)
    doc = Doc(answer, tokens=tokenized.get(answer) if tokenized else None, pieces=pieces)
    if not kind and not (question or "").strip():  # no question: the answer may name it
        resolved = offtopic.answer_kind(doc) or resolved
    chars = len("".join(answer.split()))
    found, good = _by_kind(doc, resolved, asked_as, comp)
    found = judgement.judged(doc, resolved, asked_as, comp, found)
    asked = topics.question_topic(asked_as) if resolved == "other" else None
    judged_topic = asked is not None and not asked.brief_ok
    # Only a gate: where it lets through an answer that holds no casual form nor filler,
    # the scans below find nothing, as they would have without it.
    gate = gates.get(answer) if gates and doc.folded is answer else None
    if gate is None:  # (read on the text as given: the same when folding changed nothing)
        gate = may_match(_delivery_gate(), doc.folded)
    if gate:
        found = [
            *found,
            *detect_manners.casual_language(doc),
            *_length(doc, resolved, chars, judged_topic=judged_topic),
            *_fillers(doc, chars),
        ]
    else:  # nothing casual and no filler: the two scans would find nothing
        found = [*found, *_length(doc, resolved, chars, judged_topic=judged_topic)]
    good = [*good, *_general_strengths(doc, resolved)]
    return _Verdict(doc, resolved, question, found, good, chars)


@cache
def _delivery_gate() -> Matcher:
    """detect_manners.delivery_gate() behind a literal gate: its first characters are common
    kana (て, で, ま…), so its regex would otherwise run on nearly every position of every
    answer, and most answers hold none of its literals."""
    return gated(detect_manners.delivery_gate())


def _finish(judged: _Verdict) -> Analysis:
    """The Analysis of a judged answer, its evidence widened to whole words."""
    found, strengths = _finished(judged)
    chars = judged.chars
    return analysis_of(
        judged.doc.text, judged.kind, judged.question, found, strengths, chars, _spoken(chars)
    )


def _finished(judged: _Verdict) -> tuple[tuple[Finding, ...], tuple[Strength, ...]]:
    """The findings and strengths of a judged answer, evidence widened to whole words."""
    doc = judged.doc
    found = [_snapped(doc, f) for f in judged.found]
    good = [_snapped(doc, s) for s in judged.good]
    return tuple(found), tuple(_outside_criticised(doc, found, good))


def _spoken(chars: int) -> int:
    """Seconds the answer takes said aloud at a calm pace."""
    return round(chars * 60 / CHARS_PER_MINUTE)


def _valid_company(company: Company | None) -> Company | None:
    if company is None:
        return None
    name = valid_text(company.name) if company.name else company.name
    profile = valid_text(company.profile) if company.profile else company.profile
    if name is company.name and profile is company.profile:
        return company  # valid already (valid_text gives back the same string): no copy
    return Company(name=name, profile=profile)


def analyze_records(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The JSONL batch contract: one output record per input line, in order, constant memory
    (lines are read a few at a time: see _tokenize_batch).

    A line that cannot be read or judged gives ``{"id" or "line", "error"}``.
    """
    numbered = enumerate(lines, start=1)
    pieces = Pieces()  # each distinct sentence of the input tokenized once
    while batch := list(islice(numbered, _BATCH)):
        read = [(lineno, _read(line, lineno)) for lineno, line in batch if line.strip()]
        gates: dict[str, bool] = {}
        records = [rec for _, (rec, _) in read if rec is not None]
        tokenized = _tokenize_batch(records, gates, pieces)
        given = (tokenized, gates, pieces)
        judged = [
            _judge_record(rec, lineno, given) if rec is not None else ({}, error)
            for lineno, (rec, error) in read
        ]
        _tokenize_clauses([j for _, j in judged if isinstance(j, _Verdict)])
        for key, j in judged:
            yield _finish_record(key, j) if isinstance(j, _Verdict) else j


_BATCH = 16
# Kinds whose detectors read the words of every answer (the others seldom tokenize).
_TOKENIZED_KINDS = frozenset(
    {"motivation", "self_pr", "reason_for_leaving", "short_tenure", "reverse_questions"}
)


_DECODER = json.JSONDecoder()
_JSON_SPACE = " \t\n\r"  # what json.loads allows around a value


def _loads(line: str) -> Any:
    """json.loads(line), reading a line that holds one JSON value and nothing else with two
    Python calls and two regex matches less (raw_decode); any other line goes to json.loads
    itself, so that it is read, or reports its error, exactly as before."""
    try:
        value, end = _DECODER.raw_decode(line)
    except json.JSONDecodeError:
        return json.loads(line)
    if end == len(line) or not line[end:].strip(_JSON_SPACE):
        return value
    return json.loads(line)


def _read(line: str, lineno: int) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """The JSON object on a line, or None and the error record to give instead."""
    try:
        rec = _loads(line)
    except json.JSONDecodeError as exc:
        return None, {"line": lineno, "error": f"JSONとして読めません: {exc.msg} (列 {exc.colno})"}
    if not isinstance(rec, dict):
        return None, {"line": lineno, "error": "1行に1つのJSONオブジェクトを書いてください。"}
    return rec, {}


def _tokenize_batch(
    records: list[dict[str, Any]], gates: dict[str, bool], pieces: Pieces
) -> dict[str, Tokens]:
    """The answers of a batch that will be tokenized, tokenized one after another (text ->
    pieces.tokens: sentences read before in ``pieces`` are not tokenized again). SudachiPy
    runs much faster in a tight loop than between the detectors' Python work, which pushes
    its tables out of the CPU caches. Only a guess at what the detectors will ask: an answer
    left out is tokenized when asked, one put in but never asked is wasted work, the
    analysis is the same either way. Never raises: a bad record is left to analyze(), which
    reports it. Fills ``gates`` with the delivery gates it read (answer -> may_match)."""
    out: dict[str, Tokens] = {}
    for rec in records:
        answer, kind, question = rec.get("answer"), rec.get("kind"), rec.get("question")
        try:
            if not isinstance(answer, str) or not 0 < len(answer) <= MAX_ANSWER_CHARS:
                continue
            if question is None or isinstance(question, str):
                kind = _kind_of(kind, question)
            if (
                kind in _TOKENIZED_KINDS
                or _topic_read(kind, question if isinstance(question, str) else None)
                or judgement.reads_words(question, answer, kind)
                or _casual_scan_likely(answer, gates)
                or (isinstance(question, str) and _demands_words(kind, question))
            ):
                text = valid_text(answer)
                if text not in out:
                    out[text] = pieces.tokens(text)
        except Exception:  # analyze() meets the same input and reports it
            continue
    return out


@lru_cache(maxsize=1024)
def _topic_read(kind: str, question: str | None) -> bool:
    """Whether answers of kind other or self_intro to ``question`` answer a known topic (the
    question's, or the kind's): off_topic then reads their words (offtopic._missed: others'
    leaving, the parties named), which it did for every such answer of both benchmark corpora;
    or, of no topic, the question is a closed one (offtopic.closed_read). Read in the batch's
    tight loop rather than one by one between the detectors (see _tokenize_batch). A guess,
    the result is the same."""
    if kind not in ("other", "self_intro"):
        return False
    topic = topics.question_topic(question) or topics.kind_topic(kind)
    if topic is not None:
        return True
    # (of no topic: a closed question's answers are read word by word for another topic told,
    # offtopic._closed_elsewhere; tokenized alone between the detectors they cost four times)
    return kind == "other" and offtopic.closed_read(topic, question)


@lru_cache(maxsize=1024)
def _demands_words(kind: str, question: str) -> bool:
    """Whether answers of ``kind`` to ``question`` are likely read word by word off-topic: a
    topic that asks for a hardship or is read for grievances, or a question that demands an
    episode, a method (forms.demanded). A guess for _tokenize_batch, the result is the same."""
    if kind not in ("other", "self_intro"):
        return False
    topic = topics.question_topic(question) or topics.kind_topic(kind)
    if topic is not None and (topic.hardship or topic.grievances):
        return True
    demand = forms.demanded(topic, question)
    return demand is not None and demand.name != "reason"


def _casual_scan_likely(answer: str, gates: dict[str, bool]) -> bool:
    """Whether detect_manners.casual_language will likely read the words of an answer of
    another kind (its gates, on the text not yet folded: a guess, see _tokenize_batch)."""
    gate = gates[answer] = may_match(_delivery_gate(), answer)
    return gate and detect_manners.casual_words_likely(answer)


def _record_key(rec: dict[str, Any], lineno: int) -> dict[str, Any]:
    return {"id": rec["id"]} if "id" in rec else {"line": lineno}


def _judge_record(
    rec: dict[str, Any],
    lineno: int,
    batch: tuple[dict[str, Tokens], dict[str, bool], Pieces],
) -> tuple[dict[str, Any], _Verdict | dict[str, Any]]:
    """The record's key and its judged answer, or the error record (``batch``: what
    _tokenize_batch read, the gates it read, the batch's sentences)."""
    key = _record_key(rec, lineno)
    tokenized, gates, pieces = batch
    try:
        return key, _judge(
            rec.get("answer"),  # type: ignore[arg-type]
            question=rec.get("question"),
            kind=rec.get("kind"),
            company=Company.from_any(rec.get("company")),
            tokenized=tokenized,
            gates=gates,
            pieces=pieces,
        )
    except Exception as exc:
        return key, _error_record(key, exc)


def _finish_record(key: dict[str, Any], judged: _Verdict) -> dict[str, Any]:
    try:
        found, strengths = _finished(judged)
        return record_of(key, judged.kind, found, strengths, judged.chars, _spoken(judged.chars))
    except Exception as exc:
        return _error_record(key, exc)


def _error_record(key: dict[str, Any], exc: Exception) -> dict[str, Any]:
    if isinstance(exc, AnalyzeError):
        return {**key, "error": str(exc)}
    # one bad record must not stop the batch: report it, go on
    return {**key, "error": f"この行は判定できませんでした（{type(exc).__name__}）。"}


def _tokenize_clauses(judged: list[_Verdict]) -> None:
    """The clauses a batch's evidence will be snapped in (answers no detector tokenized),
    tokenized in one tight loop like _tokenize_batch; the snapping is the same."""
    todo = [
        (j.doc, clause)
        for j in judged
        if "morphemes" not in j.doc.__dict__  # tokenized: snapping reads the answer's words
        for clause in j.doc.clauses_to_tokenize(
            [*(s for f in j.found for s in f.evidence), *(s for g in j.good for s in g.evidence)]
        )
    ]
    given = []
    read: dict[str, Any] = {}  # a clause said in several answers is tokenized once
    for doc, (lo, hi) in todo:
        text = doc.text[lo:hi]
        try:
            ml = read[text] if text in read else read.setdefault(text, morphemes(text, valid=True))
        except Exception:  # snapping meets the same clause and reports it
            continue
        given.append((doc, (lo, hi), ml))
    for doc, clause, ml in given:
        doc.give_clause(clause, ml)
