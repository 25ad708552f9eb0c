"""`furikaeri backup` and `restore`: a consistent copy of the SQLite database taken with
SQLite's online backup API, safe while the server is running (readers and the writer go on;
the copy is one snapshot), and written owner-only, atomically (a temporary file renamed).

PostgreSQL has its own tools (pg_dump); `furikaeri export` works on both.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.engine import make_url

from furikaeri.errors import FurikaeriError
from furikaeri.store.database import BUSY_TIMEOUT_MS, is_sqlite


class BackupError(FurikaeriError):
    """A backup or restore that cannot be done; nothing was changed."""

    exit_code = 1


def sqlite_path(url: str) -> Path:
    """The database file of a SQLite URL, or BackupError for anything else."""
    database = make_url(url).database if is_sqlite(url) else None
    if not database or database == ":memory:" or database.startswith("file:"):
        raise BackupError(
            "バックアップは SQLite のデータベースファイルだけに使えます。"
            "PostgreSQL では pg_dump か furikaeri export を使ってください。"
        )
    return Path(database)


def _read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only. The URI quotes the path: a file named 「backup#1.sqlite3」
    or 「bk?x.sqlite3」 was read up to the ``#`` or ``?`` (a fragment, a query), so a good
    backup was refused, and SQLite created an empty file 「backup」 beside it."""
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _copy(source: Path, target: Path) -> None:
    """Online-backup ``source`` into ``target`` via an owner-only temporary file."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        src, dst = _connect(source), sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=1024)  # in steps: the writer is never held for long
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            _check(dst, tmp)
        finally:
            dst.close()
            src.close()
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _check(conn: sqlite3.Connection, path: Path) -> None:
    result = conn.execute("PRAGMA integrity_check").fetchone()
    if not result or result[0] != "ok":
        raise BackupError(f"{path} の整合性チェックに失敗しました: {result}")
    has_version = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone()
    if not has_version:
        raise BackupError(f"{path} は furikaeri のデータベースではありません。")


def backup(url: str, target: Path) -> Path:
    """Copy the database at ``url`` to ``target`` (owner-only). Returns the target."""
    source = sqlite_path(url)
    if not source.exists():
        raise BackupError(f"データベースがありません: {source}")
    if target.resolve() == source.resolve():
        raise BackupError("バックアップ先が元のデータベースと同じファイルです。")
    if not target.parent.is_dir():  # said so, not with the temporary file's name
        raise BackupError(f"バックアップ先のフォルダがありません: {target.parent}")
    try:
        _copy(source, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"バックアップできませんでした: {exc}") from exc
    return target


def restore(url: str, source: Path) -> None:
    """Replace the database at ``url`` with the backup ``source`` (checked first), through the
    backup API so that a running server sees the restored data, never a half-copied file."""
    target = sqlite_path(url)
    if not source.is_file():
        raise BackupError(f"バックアップファイルがありません: {source}")
    try:
        with contextlib.closing(_read_only(source)) as src:
            _check(src, source)
            if not target.exists():
                os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            with contextlib.closing(_connect(target)) as dst:
                src.backup(dst)
    except (sqlite3.OperationalError, OSError) as exc:  # locked, unwritable, …
        raise BackupError(f"復元できませんでした: {exc}") from exc
    except sqlite3.DatabaseError as exc:  # 「file is not a database」, 「malformed」
        raise BackupError(
            f"{source} は SQLite のデータベースとして読めません"
            "（furikaeri のバックアップではないか、壊れています）。何も変えていません。"
        ) from exc
