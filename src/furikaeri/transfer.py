"""Export and import: all the user's data as one versioned JSON document.

Format (version 1)::

    {"format": "furikaeri-export", "version": 1, "schema": "0001",
     "tables": {"users": [{...}, ...], "profiles": [...], ...}}

Rows keep their ids, so importing into an empty database and exporting again gives the same
document, byte for byte. Dates and times are ISO 8601 strings. There is no export timestamp on
purpose (it would break that identity); the file's own modification time tells when.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, text
from sqlalchemy.orm import Session

from furikaeri.files import write_whole
from furikaeri.store.database import Store, forget_local_user, is_empty
from furikaeri.store.errors import NotEmpty
from furikaeri.store.models import TABLES_IN_ORDER, User
from furikaeri.transfer_check import TransferError, validate_tables

__all__ = ["FORMAT", "VERSION", "TransferError", "export_data", "import_data", "schema_head"]

FORMAT = "furikaeri-export"
VERSION = 1


def schema_head() -> str:
    """The migration head: what an export's ``schema`` says and an import must know."""
    return _revisions()[0]


@cache
def _revisions() -> tuple[str, ...]:
    """Every migration revision this furikaeri ships, the head first."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("furikaeri") / "migrations"))
    return tuple(rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions())


def _tables() -> list[Table]:
    return [model.__table__ for model in TABLES_IN_ORDER]  # type: ignore[misc]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def export_data(session: Session) -> dict[str, Any]:
    """Everything in the database as a JSON-ready dict (all users, all tables, by id)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables():
        rows = session.execute(select(table).order_by(table.c.id)).mappings()
        tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return {"format": FORMAT, "version": VERSION, "schema": schema_head(), "tables": tables}


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_file(store: Store, path: Path) -> dict[str, int]:
    """Write the export to ``path`` (readable by the owner only); returns row counts."""
    with store.session(readonly=True) as session:
        data = export_data(session)
    write_whole(path, dumps(data))  # owner-only; an earlier export stays whole on a failure
    return {name: len(rows) for name, rows in data["tables"].items()}


def check_document(data: Any) -> dict[str, list[dict[str, Any]]]:
    """The tables of a valid export, or TransferError with a clear Japanese message."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(
            "furikaeri の書き出しファイルではありません"
            "（format が furikaeri-export ではありません）。"
        )
    version = data.get("version")
    if version != VERSION:
        raise TransferError(
            f"このファイルは書き出し形式のバージョン {version} です。"
            f"この furikaeri が読み込めるのはバージョン {VERSION} だけです。"
            "書き出した側と同じか新しい furikaeri で読み込んでください。"
        )
    schema = data.get("schema")
    if schema not in _revisions():
        written = (
            "このファイルにはデータベースの版（schema）が書かれていません。"
            if schema in (None, "")
            else f"このファイルはデータベースの版 {schema!r} で書き出されています。"
        )
        raise TransferError(
            f"{written}この furikaeri が知っている版は {', '.join(sorted(_revisions()))} です。"
            "書き出した側と同じか新しい furikaeri で読み込んでください。"
        )
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise TransferError("ファイルが壊れています（tables がありません）。")
    known = {t.name: t for t in _tables()}
    unknown = sorted(set(tables) - set(known))
    if unknown:
        raise TransferError(f"ファイルに知らない表があります: {', '.join(unknown)}")
    for name, rows in tables.items():
        _check_rows(known[name], rows)
    return tables


def _check_rows(table: Table, rows: Any) -> None:
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise TransferError(f"ファイルが壊れています（{table.name} の形が正しくありません）。")
    columns = set(table.c.keys())
    for row in rows:
        extra = sorted(set(row) - columns)
        if extra:
            raise TransferError(f"{table.name} に知らない項目があります: {', '.join(extra)}")


def import_data(session: Session, data: Any) -> dict[str, int]:
    """Restore an export into an EMPTY database (NotEmpty otherwise); returns row counts."""
    # The whole file is checked before anything is written.
    typed = validate_tables(check_document(data), _tables())
    if not is_empty(session):
        raise NotEmpty(
            "データベースにすでにデータがあります。読み込みは空のデータベースにだけできます"
            "（別の場所に読み込むには、--db か FURIKAERI_DATABASE_URL で"
            "空のデータベースを指定してください）。"
        )
    session.execute(delete(User))  # only a bare local user can be there
    forget_local_user(session)
    counts = {}
    for table in _tables():
        rows = typed[table.name]
        if rows:
            session.execute(insert(table), rows)
        counts[table.name] = len(rows)
    _reset_sequences(session)
    return counts


def _reset_sequences(session: Session) -> None:
    """PostgreSQL: move each id sequence past the imported ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in _tables():
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


def import_file(store: Store, path: Path) -> dict[str, int]:
    """Read ``path`` and import it (one transaction: all or nothing)."""
    try:
        # utf-8-sig: a file saved again by Windows' メモ帳 starts with a BOM, which json
        # refused in English (「Unexpected UTF-8 BOM」); the content is the same.
        raw = path.read_text(encoding="utf-8-sig")
        data = json.loads(raw)
    except OSError as exc:
        raise TransferError(f"ファイルを読めません: {path} ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise TransferError(
            f"{path} は UTF-8 の JSON ではありません（furikaeri export で書き出したファイルを、"
            "編集せずにそのまま指定してください。何も保存していません）。"
        ) from exc
    except json.JSONDecodeError as exc:
        from furikaeri.json_place import place_of

        where = place_of(raw, exc).describe()
        raise TransferError(
            f"JSON として読めません（何も保存していません）: {path} の {where}"
        ) from exc
    except RecursionError as exc:
        raise TransferError(f"JSON の入れ子が深すぎます: {path}") from exc
    try:
        with store.session() as session:
            return import_data(session, data)
    except UnicodeEncodeError as exc:  # a "\ud800" escape: no database can store it
        raise TransferError(
            f"文字として読めない値（{exc.object[exc.start : exc.end]!a}）があるため、"
            f"読み込みませんでした: {path}。書き出したファイルが壊れていないか確かめてください。"
        ) from exc
