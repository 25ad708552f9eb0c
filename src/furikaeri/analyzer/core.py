"""analyze(): validate the input, resolve the kind, run the detectors."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from furikaeri.analyzer.types import (
    KINDS,
    MAX_ANSWER_CHARS,
    Analysis,
    AnalyzeError,
    Company,
)


def _validate(answer: object, kind: str | None) -> str:
    if not isinstance(answer, str) or not answer.strip():
        raise AnalyzeError("回答が空です。面接で話した内容を入力してください。")
    if len(answer) > MAX_ANSWER_CHARS:
        raise AnalyzeError(
            f"回答が長すぎます（{len(answer):,}字）。{MAX_ANSWER_CHARS:,}字以内にしてください。"
        )
    if kind is not None and kind not in KINDS:
        raise AnalyzeError(f"質問の種類 {kind!r} は使えません。使える種類: {', '.join(KINDS)}")
    return answer


def analyze(
    answer: str,
    *,
    question: str | None = None,
    kind: str | None = None,
    company: Company | dict[str, Any] | str | None = None,
) -> Analysis:
    """Judge one answer. Raises AnalyzeError (Japanese message) on input it cannot judge."""
    _validate(answer, kind)
    return Analysis(answer=answer, kind=kind or "other", question=question)


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
        key = {"id": rec["id"]} if "id" in rec else {"line": lineno}
        try:
            result = analyze(
                rec.get("answer"),  # type: ignore[arg-type]
                question=rec.get("question"),
                kind=rec.get("kind"),
                company=Company.from_any(rec.get("company")),
            )
        except AnalyzeError as exc:
            yield {**key, "error": str(exc)}
            continue
        yield {**key, **result.to_dict()}
