"""The JSONL batch contract of `furikaeri mail classify --jsonl` (see ../shared/eval/README.md)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply


def classify_records(lines: Iterable[str], *, reply: bool) -> Iterator[dict[str, Any]]:
    """One output record per non-blank input line, in order; bad lines give an error record."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        yield _one(line, n, reply=reply)


def _one(line: str, n: int, *, reply: bool) -> dict[str, Any]:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"line": n, "error": f"JSON として読めません（{exc.msg}）"}
    if not isinstance(rec, dict):
        return {"line": n, "error": "1 行に 1 つの JSON オブジェクトを書いてください"}
    key: dict[str, Any] = {"id": rec["id"]} if "id" in rec else {"line": n}
    body, subject = rec.get("body"), rec.get("subject")
    if not isinstance(body, str) or not body.strip():
        return {**key, "error": "body（本文）がありません"}
    if subject is not None and not isinstance(subject, str):
        return {**key, "error": "subject（件名）は文字列で指定してください"}
    result = classify_reply(body) if reply else classify_notice(subject=subject, body=body)
    return {**key, **result.to_dict()}
