"""Where a JSON file is broken, said for a person: the line and the character on it, the record
and field the break is in (「applications の 4 件目の company」), and what is wrong, in
Japanese. A minified export is one line, so a line number alone says nothing."""

from __future__ import annotations

import json
from dataclasses import dataclass

# json's messages (their start) in Japanese; anything else is shown as json says it.
_REASONS = (
    ("Expecting ',' delimiter", "「,」が足りません"),
    ("Expecting ':' delimiter", "「:」が足りません"),
    (
        "Expecting property name enclosed in double quotes",
        '項目名が "…" で囲まれていません（余分な「,」かもしれません）',
    ),
    ("Expecting value", "値がありません"),
    ("Unterminated string", '文字列が「"」で閉じられていません'),
    ("Invalid control character", "文字列の中に改行などの制御文字があります"),
    ("Invalid \\escape", "「\\」の使い方が正しくありません"),
    ("Invalid \\uXXXX escape", "「\\u」のあとの文字コードが正しくありません"),
    ("Extra data", "JSON の終わりのあとに、余分な内容があります"),
)


@dataclass(frozen=True)
class JsonPlace:
    line: int
    column: int  # the character on that line, from 1
    path: tuple[str | int, ...]  # keys and list indexes (from 0) leading to the break
    reason: str
    truncated: bool  # the text ends before the JSON does

    def describe(self) -> str:
        """「1行目・2,345文字目（applications の 4 件目の company のあたり）: 「,」が足りません」"""
        where = f"{self.line}行目・{self.column:,}文字目"
        record = _record(self.path)
        if record:
            where += f"（{record}のあたり）"
        reason = (
            "ファイルが途中で終わっています（書き出しが最後まで終わっていないかもしれません）"
            if self.truncated
            else self.reason
        )
        return f"{where}: {reason}"


def place_of(text: str, error: json.JSONDecodeError) -> JsonPlace:
    """Where ``error`` (from parsing ``text``) is. At the end of the text, the place is the
    last character written, not the empty line after it."""
    pos = min(error.pos, len(text))
    body_end = len(text.rstrip())
    truncated = pos >= body_end and not error.msg.startswith("Extra data")
    at = max(body_end - 1, 0) if truncated else pos
    line = text.count("\n", 0, at) + 1
    column = at - (text.rfind("\n", 0, at) + 1) + 1
    reason = next((ja for en, ja in _REASONS if error.msg.startswith(en)), error.msg)
    return JsonPlace(line, column, _path_at(text, pos), reason, truncated)


@dataclass
class _Open:
    """A list or object open at the scanned place: its current index or key."""

    key: str | int | None
    in_object: bool
    expecting_key: bool = False


def _path_at(text: str, pos: int) -> tuple[str | int, ...]:
    """The keys and list indexes of the values open at ``pos`` (one linear scan)."""
    stack: list[_Open] = []
    i = 0
    while i < pos:
        ch = text[i]
        if ch == '"':
            end = _string_end(text, i)
            if stack and stack[-1].expecting_key:
                stack[-1].key = _key(text[i : end + 1])
                stack[-1].expecting_key = False
            i = end + 1
            continue
        if ch == "{":
            stack.append(_Open(None, in_object=True, expecting_key=True))
        elif ch == "[":
            stack.append(_Open(0, in_object=False))
        elif ch in "}]" and stack:
            stack.pop()
        elif ch == "," and stack:
            top = stack[-1]
            if top.in_object:
                top.expecting_key = True
            elif isinstance(top.key, int):
                top.key += 1
        i += 1
    return tuple(frame.key for frame in stack if frame.key is not None)


def _key(quoted: str) -> str:
    """A key as written, without its quotes (its escapes read when they can be)."""
    try:
        key = json.loads(quoted)
    except ValueError:  # unterminated, or a bad escape
        return quoted.strip('"')
    return key if isinstance(key, str) else quoted


def _string_end(text: str, start: int) -> int:
    """The index of the quote closing the string opened at ``start`` (len(text) if none)."""
    i = start + 1
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == '"':
            return i
        i += 1
    return len(text)


def _record(path: tuple[str | int, ...]) -> str:
    """An export's 「tables → name → index → field」 as 「name の N 件目の field」; any other
    path joined with 「→」."""
    if len(path) >= 3 and path[0] == "tables" and isinstance(path[2], int):
        said = f"{path[1]} の {path[2] + 1} 件目"
        return f"{said}の {path[3]} " if len(path) > 3 else f"{said}"
    return " → ".join(f"{p + 1} 件目" if isinstance(p, int) else str(p) for p in path)
