"""A served process warms itself as it starts (furikaeri.web.warm): the dictionary, the
analyzer's patterns, the reply reader's rules and the templates load in a background thread,
once a process, only when `furikaeri serve` asks (web_warm), and a failure only logs. It opens
as many database connections as it runs pages at once (open_connections), so its first
concurrent pages find them in the pool (on PostgreSQL a warmed worker used to open them under
its first 4 pages: 1–1.4 s); those tests run on SQLite and, when FURIKAERI_TEST_POSTGRES_URL is
set, on PostgreSQL."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from support import PostgresDatabases, migrated_sqlite
from web_helpers import Client, make_settings

from furikaeri import nlp
from furikaeri.cli_web import _settings
from furikaeri.settings import Settings
from furikaeri.store import Store, open_store
from furikaeri.web import warm
from furikaeri.web.app import create_app
from furikaeri.web.render import make_templates


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """A process that has not warmed yet, whose warming only records what it was given."""
    calls: list[Any] = []
    monkeypatch.setattr(warm, "_started", [])
    monkeypatch.setattr(warm, "warm", lambda *, templates, **_: calls.append(templates))
    return calls


# Pages whose templates a visitor's first requests compiled before.
@pytest.mark.parametrize(
    "name",
    [
        "dashboard/index.html",
        "dashboard/_board.html",
        "rejection/diagnosis.html",
        "rejection/_evidence.html",
        "analysis/page.html",
    ],
)
def test_warming_compiles_the_templates(name: str) -> None:
    templates = make_templates()
    assert warm.compile_templates(templates) > 50
    loaded = {key[1] for key in templates.env.cache}  # (loader ref, name) keys
    assert name in loaded


def test_warming_loads_the_dictionary_and_runs_the_samples() -> None:
    warm.warm(templates=make_templates())
    assert nlp._loaded  # the one shared Sudachi dictionary


def test_a_process_warms_once(fresh: list[Any]) -> None:
    first = warm.start("templates")
    assert isinstance(first, threading.Thread)
    first.join(timeout=10)
    assert warm.start("other templates") is None
    assert fresh == ["templates"]


@pytest.mark.parametrize(("web_warm", "started"), [(True, 1), (False, 0)])
def test_the_app_warms_when_asked(
    tmp_path: Path, fresh: list[Any], web_warm: bool, started: int
) -> None:
    app = create_app(make_settings(tmp_path, web_warm=web_warm))
    with Client(app) as client:
        assert client.get("/").status_code == 200
    for thread in warm._started:
        thread.join(timeout=10)
    assert fresh == [app.state.templates] * started


def test_serve_asks_for_it_and_tests_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().web_warm is False
    assert _settings(None, None, None, {"certfile": None, "keyfile": None}).web_warm is True
    monkeypatch.setenv("FURIKAERI_WEB_WARM", "1")  # how the workers of --workers read it
    assert Settings().web_warm is True


def test_a_failure_only_leaves_the_process_cold(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_templates: Any) -> int:
        raise OSError("templates unreadable")

    monkeypatch.setattr(warm, "compile_templates", broken)
    with caplog.at_level(logging.WARNING, logger="furikaeri.web.warm"):
        warm.warm(templates=make_templates())
    assert "warming the server process failed" in caplog.text


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        url = migrated_sqlite(tmp_path / "warm.sqlite3")
    else:
        databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
        url = databases.migrated()
    store = open_store(url)
    store.engine.dispose()  # whatever opening it left in the pool: start from none
    yield store
    store.close()
    if request.param == "postgresql":
        databases.drop(url)


def _connects(store: Store) -> list[Any]:
    made: list[Any] = []
    event.listen(store.engine, "connect", lambda conn, _record: made.append(conn))
    return made


@pytest.mark.parametrize(("pages", "opened"), [(4, 4), (1, 1), (0, 1), (40, None)])
def test_as_many_connections_as_pages_at_once_stay_in_the_pool(
    fresh_store: Store, pages: int, opened: int | None
) -> None:
    made = _connects(fresh_store)
    kept = fresh_store.engine.pool.size()  # type: ignore[attr-defined]
    expected = opened or kept  # never more than the pool keeps (5 on PostgreSQL, 20 SQLite)
    assert warm.open_connections(fresh_store, pages=pages) == expected
    assert len(made) == expected
    assert fresh_store.engine.pool.checkedin() == expected  # type: ignore[attr-defined]


def test_pages_at_once_then_open_no_connection(fresh_store: Store) -> None:
    warm.open_connections(fresh_store, pages=4)
    made = _connects(fresh_store)
    ready = threading.Barrier(4)

    def page() -> None:
        with fresh_store.session(readonly=True) as session:
            ready.wait(timeout=10)  # all four hold a connection at once
            from furikaeri.store import revision

            revision(session)

    threads = [threading.Thread(target=page) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=20)
    assert made == []


def test_warming_writes_nothing(fresh_store: Store) -> None:
    from furikaeri.store import revision

    with fresh_store.session(readonly=True) as session:
        before = revision(session)
    warm.open_connections(fresh_store, pages=4)
    with fresh_store.session(readonly=True) as session:
        assert revision(session) == before


def test_the_app_passes_its_store_and_thread_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[dict[str, Any]] = []
    monkeypatch.setattr(warm, "_started", [])
    monkeypatch.setattr(warm, "warm", lambda **options: given.append(options))
    app = create_app(make_settings(tmp_path, web_warm=True, web_threads=3))
    with Client(app) as client:
        assert client.get("/").status_code == 200
    for thread in warm._started:
        thread.join(timeout=10)
    assert given[0]["store"] is app.state.store
    assert given[0]["connections"] == 3
