"""Web fixtures: a fresh app on a tmp_path SQLite database per test; ``app_client`` also on a
PostgreSQL database of its own when FURIKAERI_TEST_POSTGRES_URL is set."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import browser, page, server  # noqa: F401 - registered once, here
from support import PostgresDatabases
from web_helpers import Client, make_settings

from furikaeri.settings import get_settings
from furikaeri.web.app import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    return make_settings(tmp_path)


@pytest.fixture
def client(settings: Any) -> Iterator[Client]:
    with Client(create_app(settings)) as c:
        yield c


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def app_client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Client]:
    """A fresh app on SQLite, or on a PostgreSQL database of its own (both already migrated):
    for what PostgreSQL refuses and SQLite keeps (a NUL, a value longer than its column)."""
    if request.param == "sqlite":
        with Client(create_app(make_settings(tmp_path))) as c:
            yield c
        return
    databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
    url = databases.migrated()
    settings = get_settings(database_url=url, data_dir=tmp_path)
    try:
        with Client(create_app(settings), raise_server_exceptions=False) as c:
            yield c
            c.app.state.store.close()  # type: ignore[attr-defined]
    finally:
        databases.drop(url)
