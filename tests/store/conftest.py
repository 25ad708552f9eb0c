"""Store fixtures: every store test runs on a SQLite file of its own and, when
FURIKAERI_TEST_POSTGRES_URL is set (CI always sets it), on PostgreSQL in a schema or a database
of its own (created before the test, dropped after). ``fresh_url`` gives empty databases (the
migration tests); ``migrated_url``, ``db_url`` and ``store`` give databases already at the head,
copied from a template migrated once a session (support.migrated_sqlite, PostgresDatabases)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from support import PostgresDatabases, migrated_sqlite, require

from furikaeri.store import Store, open_store

PG_URL = os.environ.get("FURIKAERI_TEST_POSTGRES_URL")


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql":
        require(bool(PG_URL), "FURIKAERI_TEST_POSTGRES_URL is not set (PostgreSQL tests)")
    return str(request.param)


@pytest.fixture
def fresh_url(backend: str, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A factory of fresh, empty (not yet migrated) database URLs on this test's backend."""
    schemas: list[str] = []

    def make(name: str = "db") -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / (name + '.sqlite3')}"
        assert PG_URL
        schema = f"t_{uuid.uuid4().hex[:16]}"
        engine = create_engine(PG_URL)
        with engine.begin() as conn:
            conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        engine.dispose()
        schemas.append(schema)
        url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    yield make
    if schemas:
        assert PG_URL
        engine = create_engine(PG_URL)
        with engine.begin() as conn:
            for schema in schemas:
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        engine.dispose()


@pytest.fixture
def migrated_url(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], str]]:
    """A factory of databases at the head revision (empty of data) on this test's backend."""
    made: list[str] = []
    databases: PostgresDatabases | None = None
    if backend == "postgresql":
        databases = request.getfixturevalue("postgres_databases")

    def make(name: str = "db") -> str:
        if databases is None:
            return migrated_sqlite(tmp_path / (name + ".sqlite3"))
        made.append(databases.migrated())
        return made[-1]

    yield make
    for url in made:
        assert databases is not None
        databases.drop(url)


@pytest.fixture
def db_url(migrated_url: Callable[[str], str]) -> str:
    """A migrated database of this test's own (its CLI commands and stores find no migration
    to run)."""
    return migrated_url("main")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """A migrated, empty store."""
    opened = open_store(db_url)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def demo_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The demo data as `furikaeri export` writes it (a SQLite file of its own, once a
    module); tests deep-copy it before changing it."""
    from furikaeri.demo import load_demo
    from furikaeri.transfer import export_data

    source = open_store(migrated_sqlite(tmp_path_factory.mktemp("src") / "src.sqlite3"))
    with source.session() as s:
        load_demo(s)
    with source.session(readonly=True) as s:
        data = export_data(s)
    source.close()
    return data
