"""Helpers shared by the test packages (importable: tests/ is on sys.path via the root conftest)."""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import socket
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, reason: str) -> None:
    """Skip when a real dependency is missing locally; in CI a missing dependency is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


# --- migrated databases --------------------------------------------------------------------
# Running every migration costs 1-2 s a database (0008 rebuilds each SQLite table), and most
# tests only want an empty database at the head. So the migrations run once a session, into a
# template, and each test gets a real copy of its own: a byte copy of the SQLite file, or a
# PostgreSQL database made with CREATE DATABASE ... TEMPLATE. The migrations themselves are
# tested from every revision in tests/store/test_migrations.py (on empty databases).


@functools.cache
def _sqlite_template() -> bytes:
    from furikaeri.store import open_store

    home = Path(tempfile.mkdtemp(prefix="furikaeri-template-"))
    atexit.register(shutil.rmtree, home, True)
    path = home / "head.sqlite3"
    open_store(f"sqlite:///{path}").close()  # the last connection closed: the WAL is merged
    assert not path.with_name(path.name + "-wal").exists()
    return path.read_bytes()


def migrated_sqlite(path: Path) -> str:
    """A SQLite database file at ``path`` at the head revision (a copy of one migrated once a
    session), owner-only as furikaeri creates its files; its URL. ``path`` must not exist."""
    data = _sqlite_template()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    return f"sqlite:///{path}"


class PostgresDatabases:
    """Databases of their own on the test server (FURIKAERI_TEST_POSTGRES_URL): each a copy of
    a template database migrated once (the role needs CREATEDB, as .ci/run gives it)."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.template = f"furikaeri_template_{uuid.uuid4().hex[:12]}"
        self.built = False
        self.made: list[str] = []

    def _url_of(self, database: str) -> str:
        return self.url.set(database=database).render_as_string(hide_password=False)

    def _build(self) -> None:
        from furikaeri.store import open_store

        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {self.template}")
        open_store(self._url_of(self.template)).close()  # no session left on the template

    def migrated(self) -> str:
        """The URL of a new database at the head revision."""
        if not self.built:
            self._build()
            self.built = True
        name = f"t_{uuid.uuid4().hex[:16]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE {self.template}")
        self.made.append(name)
        return self._url_of(name)

    def drop(self, url: str) -> None:
        name = make_url(url).database
        assert name in self.made
        if self._dropped(name, tries=20):
            self.made.remove(name)  # else close() tries again

    def _dropped(self, name: str, *, tries: int) -> bool:
        """DROP … WITH (FORCE); retried, since FORCE cannot end an autovacuum worker that
        happens to be on a fresh copy (a superuser's process: InsufficientPrivilege)."""
        for attempt in range(tries):
            try:
                with self.admin.connect() as conn:
                    conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                return True
            except DBAPIError:
                time.sleep(0.05 * (attempt + 1))
        return False

    def close(self) -> None:
        for name in [*self.made, self.template] if self.built else self.made:
            self._dropped(name, tries=40)
        self.made.clear()
        self.admin.dispose()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now (for a server a test starts itself)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def no_questions_notice(addressee: str) -> str:
    """A rejection notice that says questions about the result are not answered."""
    return (
        f"{addressee} 様\n\n先日は最終面接にお越しいただき、ありがとうございました。\n"
        "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
        "なお、選考の経緯や理由に関するお問い合わせにはお答えいたしかねますので、"
        "あらかじめご了承ください。\n\n株式会社ほしぞら 人事部"
    )


def agent_comments_notice(addressee: str) -> str:
    """An agent's rejection notice that already quotes the company's comments."""
    return (
        f"{addressee} 様\n\nいつもお世話になっております。マイナビエージェントの高橋です。\n"
        "株式会社ふじみ精工様の一次面接の結果について、企業様からご連絡がありました。\n"
        "大変残念ながら、今回はお見送りとのことです。\n\n"
        "企業からのコメント：『志望動機が当社でなければならない理由として伝わらなかった。"
        "また逆質問が待遇面のみだった。』\n\n"
        "引き続き、一緒に頑張りましょう。\n\n"
        "マイナビエージェント キャリアアドバイザー 高橋 由美\n"
        "takahashi@agent2.example.jp\n"
    )


def answer_codes(
    answer: str,
    *,
    question: str | None = None,
    kind: str | None = None,
    company: Any = None,
) -> set[str]:
    """The finding codes the analyzer gives ``answer`` to ``question`` (of ``kind``), about
    ``company`` (a Company or a dict of its name and profile)."""
    from furikaeri.analyzer import analyze

    return {f.code for f in analyze(answer, question=question, kind=kind, company=company).findings}
