"""Shared fixtures. Tests use real things: files under tmp_path, the real CLI, real servers."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from support import IN_CI, PostgresDatabases, require

__all__ = ["IN_CI", "require"]

PG_URL = os.environ.get("FURIKAERI_TEST_POSTGRES_URL")

# No test is timed (performance lives in benchmarks/): hypothesis's default 200 ms deadline
# only makes property tests flaky on a loaded two-core machine.
settings.register_profile("furikaeri", deadline=None)
settings.load_profile("furikaeri")


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    """Migrated PostgreSQL databases, one per test (a template migrated once, then copied);
    skipped without FURIKAERI_TEST_POSTGRES_URL, a failure in CI."""
    require(bool(PG_URL), "FURIKAERI_TEST_POSTGRES_URL is not set (PostgreSQL tests)")
    assert PG_URL
    databases = PostgresDatabases(PG_URL)
    yield databases
    databases.close()


@pytest.fixture(autouse=True)
def _own_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """No test may touch the user's real data: the default database lives in a temp dir."""
    data = tmp_path_factory.mktemp("furikaeri-data")
    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(data))
    # The validated-data cache (catalogue.checked_data) is kept out of the user's cache dir too.
    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("FURIKAERI_DATABASE_URL", raising=False)
    yield data
