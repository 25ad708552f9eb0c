"""analyze(): validate the input, resolve the kind, run the detectors for that kind."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, TypeVar

from furikaeri.analyzer import detect_content, detect_manners, detect_questions, detect_reasons
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.findings import dedupe, finding, strength
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.types import (
    KINDS,
    MAX_ANSWER_CHARS,
    Analysis,
    AnalyzeError,
    Company,
    Finding,
    Span,
    Strength,
)
from furikaeri.nlp import valid_text
from furikaeri.vocabulary import text_too_long

CHARS_PER_MINUTE = 300  # a calm interview pace (NHK reads about 300 字/分)
TOO_LONG_CHARS = 600  # past about two minutes an answer loses its point
TOO_SHORT_CHARS = 30  # a few words to a substantive question
_SUBSTANTIVE = frozenset({"self_intro", "motivation", "self_pr", "reason_for_leaving"})
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")  # half-width katakana too
_JAPANESE = re.compile(r"[\u3040-\u30ff\uff66-\uff9f\u3400-\u9fff々〆ー]")
_LETTERS = re.compile(r"[^\W\d_]")


def _validate(answer: object, kind: str | None) -> str:
    if kind is not None and kind not in KINDS:
        raise AnalyzeError(f"質問の種類 {kind!r} は使えません。使える種類: {', '.join(KINDS)}")
    if not isinstance(answer, str) or not answer.strip():
        raise AnalyzeError("回答が空です。面接で話した内容を入力してください。")
    if len(answer) > MAX_ANSWER_CHARS:
        raise AnalyzeError(text_too_long(len(answer)))
    if _KANA.search(answer):  # fast path: any kana means Japanese
        return answer
    letters = len(_LETTERS.findall(answer))
    if letters and len(_JAPANESE.findall(answer)) < 0.3 * letters:
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


def _fillers(doc: Doc, chars: int) -> list[Finding]:
    """Too many fillers for the answer's spoken length (a transcript of a spoken answer)."""
    conf = lexicon().raw["fillers"]
    spans = list(doc.find(lexicon().fillers))
    per_minute = len(spans) * CHARS_PER_MINUTE / max(chars, 1)
    if len(spans) < conf["min_count"] or per_minute <= conf["per_minute_limit"]:
        return []
    return [finding("communication.fillers", spans, count=len(spans), per_minute=round(per_minute))]


def _general_strengths(doc: Doc, kind: str) -> list[Strength]:
    if kind == "reverse_questions":
        return []
    lex = lexicon()
    out: list[Strength] = []
    numbers = list(doc.find(lex.number))
    if numbers:
        out.append(strength("strength.number", numbers))
    results = list(doc.find(lex.result))
    if results:
        out.append(strength("strength.result", results))
    if doc.sentences and lex.conclusion_first.search(doc.sentences[0].text):
        out.append(strength("strength.conclusion_first", doc.opening()))
    return out


def _whole_words(doc: Doc, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    return dedupe(doc.phrase(s) for s in spans)


_Judged = TypeVar("_Judged", Finding, Strength)


def _snapped(doc: Doc, item: _Judged) -> _Judged:
    """``item`` with its evidence widened to whole words (itself when nothing moved:
    dataclasses.replace is slow)."""
    evidence = _whole_words(doc, item.evidence)
    return item if evidence == item.evidence else replace(item, evidence=evidence)


# Findings about what was said (not how): a strength is not credited inside their sentences.
_DELIVERY = ("communication.", "manners.")


def _outside_criticised(
    doc: Doc, found: list[Finding], strengths: list[Strength]
) -> list[Strength]:
    """Strengths whose evidence lies outside the sentences a finding criticises: 「結果まで
    話せています」 must not be said of a complaint about the former employer."""
    criticised = [
        (s.start, s.end)
        for f in found
        if not f.code.startswith(_DELIVERY)
        for span in f.evidence
        for s in doc.sentences
        if s.start < span.end and span.start < s.end
    ]
    if not criticised:
        return strengths
    out = []
    for st in strengths:
        kept = tuple(
            e for e in st.evidence if not any(a < e.end and e.start < b for a, b in criticised)
        )
        if kept:
            out.append(replace(st, evidence=kept))
    return out


def _by_kind(
    doc: Doc, kind: str, question: str | None, company: Company | None
) -> tuple[list[Finding], list[Strength]]:
    """The detectors that apply to this kind of question."""
    if kind == "reverse_questions":
        return detect_questions.reverse_questions(doc)
    topic = detect_questions.question_topic(question) or detect_questions.kind_topic(kind)
    if kind in ("self_pr", "reason_for_leaving", "motivation") and topic is not None:
        complained = kind == "reason_for_leaving" and detect_reasons.complaints(doc)
        missed = [] if complained else detect_questions.off_topic(doc, topic)
        if missed and kind == "motivation":  # nothing of this company either
            return [*missed, *detect_content.motivation(doc, company)[0]], []
        if missed:  # an answer to another question is not judged as this one
            return missed, []
    if kind == "self_pr":
        return detect_content.self_pr(doc)
    if kind == "motivation":
        return detect_content.motivation(doc, company)
    if kind in ("reason_for_leaving", "short_tenure"):
        blamed = detect_reasons.blame(doc)
        found, good = detect_reasons.short_tenure(doc) if kind == "short_tenure" else ([], [])
        return [*blamed, *found], [*good, *detect_reasons.forward_looking(doc, blamed=bool(blamed))]
    if kind == "other":
        return detect_questions.off_topic(doc, detect_questions.question_topic(question)), []
    return [], []


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
    _validate(answer, kind)
    answer = valid_text(answer)
    question = valid_text(question) if isinstance(question, str) else question
    if isinstance(company, str | dict | Company):
        company = _valid_company(Company.from_any(company))
    resolved = kind or infer_kind(question)
    comp = Company.from_any(company)
    doc = Doc(answer)
    if not kind and not (question or "").strip():  # no question: the answer may name it
        resolved = detect_questions.answer_kind(doc) or resolved
    chars = len("".join(answer.split()))
    found, good = _by_kind(doc, resolved, question, comp)
    judged_topic = resolved == "other" and detect_questions.question_topic(question) is not None
    found = [
        *found,
        *detect_manners.casual_language(doc),
        *_length(doc, resolved, chars, judged_topic=judged_topic),
        *_fillers(doc, chars),
    ]
    found = [_snapped(doc, f) for f in found]
    good = [_snapped(doc, s) for s in [*good, *_general_strengths(doc, resolved)]]
    strengths = _outside_criticised(doc, found, good)
    return Analysis(
        answer=answer,
        kind=resolved,
        question=question,
        findings=tuple(found),
        strengths=tuple(strengths),
        chars=chars,
        spoken_seconds=round(chars * 60 / CHARS_PER_MINUTE),
    )


def _valid_company(company: Company | None) -> Company | None:
    if company is None:
        return None
    name = valid_text(company.name) if company.name else company.name
    profile = valid_text(company.profile) if company.profile else company.profile
    return Company(name=name, profile=profile)


def analyze_records(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The JSONL batch contract: one output record per input line, in order, constant memory.

    A line that cannot be read or judged gives ``{"id" or "line", "error"}``.
    """
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield {"line": lineno, "error": f"JSONとして読めません: {exc.msg} (列 {exc.colno})"}
            continue
        if not isinstance(rec, dict):
            yield {"line": lineno, "error": "1行に1つのJSONオブジェクトを書いてください。"}
            continue
        yield _analyze_record(rec, lineno)


def _analyze_record(rec: dict[str, Any], lineno: int) -> dict[str, Any]:
    key: dict[str, Any] = {"id": rec["id"]} if "id" in rec else {"line": lineno}
    try:
        result = analyze(
            rec.get("answer"),  # type: ignore[arg-type]
            question=rec.get("question"),
            kind=rec.get("kind"),
            company=Company.from_any(rec.get("company")),
        )
    except AnalyzeError as exc:
        return {**key, "error": str(exc)}
    except Exception as exc:  # one bad record must not stop the batch: report it, go on
        return {**key, "error": f"この行は判定できませんでした（{type(exc).__name__}）。"}
    return {**key, **result.to_dict()}
