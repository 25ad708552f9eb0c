"""The whole import file validated before anything is written (pydantic), with one message
naming the table, the record and the field.

The models are built from the tables themselves (one per table: each column's type, length,
nullability), plus what the database does not enforce: the values a status or kind may take,
ids that exist (every reference points to a row of the file, as the file goes into an empty
database), no duplicate ids, no nesting deeper than :data:`MAX_DEPTH` in JSON columns, and the
one local user the app reads its data through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    create_model,
)
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Table, Text

from furikaeri.store.errors import StoreError

MAX_ID = 2**63 - 1
MAX_TEXT = 1_000_000  # characters in one free-text column (an answer, a mail body)
MAX_DEPTH = 20  # nesting of a JSON column (a diagnosis result is 4 deep)


class TransferError(StoreError):
    """A file that cannot be imported; the message is Japanese and says why."""


def _choices() -> dict[tuple[str, str], tuple[str, ...]]:
    from furikaeri.store.feedback import REPLY_LABELS
    from furikaeri.store.interviews import QA_KINDS
    from furikaeri.store.models import (
        APPLICATION_STATUS_LABELS,
        CHANNEL_LABELS,
        FEEDBACK_STATUS_LABELS,
        FORMAT_LABELS,
        INTERVIEW_RESULT_LABELS,
        SELF_CHECK_ANSWERS,
    )

    return {
        ("applications", "status"): tuple(APPLICATION_STATUS_LABELS),
        ("applications", "channel"): tuple(CHANNEL_LABELS),
        ("interviews", "format"): tuple(FORMAT_LABELS),
        ("interviews", "result"): tuple(INTERVIEW_RESULT_LABELS),
        ("qas", "kind"): (*QA_KINDS, "other"),
        ("feedback_requests", "status"): tuple(FEEDBACK_STATUS_LABELS),
        ("replies", "label"): REPLY_LABELS,
        ("self_check_answers", "answer"): tuple(SELF_CHECK_ANSWERS),
    }


def _depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a JSON value, stopping early past ``limit`` (no recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return deepest


def _json_value(value: Any) -> Any:
    if _depth(value) > MAX_DEPTH:
        raise ValueError(f"入れ子が深すぎます（{MAX_DEPTH} 段まで）")
    return value


def _no_nul(value: str) -> str:
    # PostgreSQL cannot store a NUL character; the app never writes one (forms drop it).
    if "\x00" in value:
        raise ValueError("NUL 文字（\\u0000）が含まれています。データベースに保存できない文字です")
    return value


def _iso_text(value: Any) -> Any:
    # pydantic would read a number as a Unix time: an export writes dates as ISO text only.
    if not isinstance(value, str):
        raise ValueError("日付・日時は文字列（例: 2026-04-01）で書いてください")
    return value


def _column_type(table: str, column: Any, choices: dict[tuple[str, str], tuple[str, ...]]) -> Any:
    allowed = choices.get((table, column.key))
    kind = column.type
    if allowed:
        base: Any = Literal[allowed]
    elif isinstance(kind, Integer) or column.primary_key:
        base = Annotated[StrictInt, Field(ge=1 if column.primary_key else -MAX_ID, le=MAX_ID)]
    elif isinstance(kind, Boolean):
        base = StrictBool
    elif isinstance(kind, DateTime):
        base = Annotated[dt.datetime, BeforeValidator(_iso_text)]
    elif isinstance(kind, Date):
        base = Annotated[dt.date, BeforeValidator(_iso_text)]
    elif isinstance(kind, String) and kind.length:
        base = Annotated[StrictStr, Field(max_length=kind.length), AfterValidator(_no_nul)]
    elif isinstance(kind, Text | String):
        base = Annotated[StrictStr, Field(max_length=MAX_TEXT), AfterValidator(_no_nul)]
    elif isinstance(kind, JSON):
        base = Annotated[Any, AfterValidator(_json_value)]
    else:
        base = Any
    return base | None if column.nullable else base


def _required(column: Any) -> bool:
    return bool(column.primary_key or (not column.nullable and column.default is None))


@cache
def _model(table: Table) -> type[BaseModel]:
    choices = _choices()
    fields: dict[str, Any] = {}
    for column in table.c:
        annotation = _column_type(table.name, column, choices)
        fields[column.key] = (annotation, ... if _required(column) else None)
    config = ConfigDict(extra="forbid", strict=False)
    return create_model(f"Import_{table.name}", __config__=config, **fields)


_FIELD_MESSAGES = {
    "missing": "必須の項目がありません",
    "extra_forbidden": "知らない項目です",
    "int_type": "整数ではありません",
    "int_from_float": "整数ではありません",
    "string_type": "文字列ではありません",
    # a lone surrogate ("\ud800" escape): no database can store it
    "string_unicode": (
        "文字として読めない値があります。書き出したファイルが壊れていないか確かめてください"
    ),
    "bool_type": "真偽値（true / false）ではありません",
    "string_too_long": "長すぎます",
    "greater_than_equal": "範囲外の値です",
    "less_than_equal": "範囲外の値です",
    "literal_error": "使えない値です",
    "date_from_datetime_parsing": "日付（YYYY-MM-DD）として読めません",
    "date_parsing": "日付（YYYY-MM-DD）として読めません",
    "date_type": "日付（YYYY-MM-DD）ではありません",
    "datetime_parsing": "日時として読めません",
    "datetime_from_date_parsing": "日時として読めません",
    "datetime_type": "日時ではありません",
}


def _message(table: str, number: int, row: Any, exc: ValidationError) -> str:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err.get("loc", ()) if not isinstance(p, int)) or "?"
    what = _FIELD_MESSAGES.get(err["type"], str(err.get("msg", "値が正しくありません")))
    if err["type"] == "string_too_long":
        what += f"（{err.get('ctx', {}).get('max_length')} 文字まで）"
    if err["type"] == "literal_error":
        what += f"（{err.get('ctx', {}).get('expected', '')}）"
    if err["type"] == "value_error":
        what = str(err.get("ctx", {}).get("error", what))
    ident = row.get("id") if isinstance(row, dict) else None
    shown = f"id {ident}" if isinstance(ident, int) and not isinstance(ident, bool) else "id 不明"
    return f"{table} の {number} 件目（{shown}）の {field}: {what}"


def fail(message: str) -> TransferError:
    return TransferError(f"読み込めません（何も保存していません）: {message}")


def validate_tables(tables: dict[str, Any], order: Iterable[Table]) -> dict[str, list[Any]]:
    """Every row checked and typed (dates as date objects), or TransferError naming the
    first bad record and field. ``order``: the tables, parents first."""
    typed: dict[str, list[Any]] = {}
    ids: dict[str, set[int]] = {}
    for table in order:
        rows = tables.get(table.name, [])
        model = _model(table)
        out = []
        for number, row in enumerate(rows, start=1):
            try:
                record = model.model_validate(row).model_dump()
            except ValidationError as exc:
                raise fail(_message(table.name, number, row, exc)) from None
            out.append(record)
        typed[table.name] = out
        ids[table.name] = _unique_ids(table.name, out)
    _check_references(order, typed, ids)
    _check_local_user(typed)
    return typed


def _unique_ids(name: str, rows: list[dict[str, Any]]) -> set[int]:
    seen: set[int] = set()
    for number, row in enumerate(rows, start=1):
        if row["id"] in seen:
            raise fail(f"{name} の {number} 件目（id {row['id']}）: 同じ id が二度あります")
        seen.add(row["id"])
    return seen


def _check_references(
    order: Iterable[Table], typed: dict[str, list[Any]], ids: dict[str, set[int]]
) -> None:
    for table in order:
        for fk in table.foreign_keys:
            target = fk.column.table.name
            column = fk.parent.key
            for number, row in enumerate(typed[table.name], start=1):
                value = row.get(column)
                if value is not None and value not in ids.get(target, set()):
                    raise fail(
                        f"{table.name} の {number} 件目（id {row['id']}）の {column}: "
                        f"{target} に id {value} の記録がありません"
                    )


def _check_local_user(typed: dict[str, list[Any]]) -> None:
    from furikaeri.store.models import LOCAL_USER

    users = typed.get("users", [])
    has_data = users or any(rows for rows in typed.values())
    if has_data and not any(u["handle"] == LOCAL_USER for u in users):
        raise fail(
            f"users に handle が「{LOCAL_USER}」の利用者がいません"
            "（このままでは読み込んだ記録が画面に表示されません）"
        )
