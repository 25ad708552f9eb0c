"""What several benchmarks need: a free port and a scratch database (a SQLite file, or a
schema of its own on the PostgreSQL server named by FURIKAERI_TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import make_url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def scratch_database(tmp: Path, name: str, postgres: bool) -> tuple[str, Callable[[], None]]:
    """A database URL and a function that removes it. Creates the PostgreSQL schema."""
    if not postgres:
        return f"sqlite:///{tmp / (name + '.sqlite3')}", lambda: None
    base = os.environ["FURIKAERI_TEST_POSTGRES_URL"]
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})

    def drop() -> None:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        admin.dispose()

    return url.render_as_string(hide_password=False), drop
