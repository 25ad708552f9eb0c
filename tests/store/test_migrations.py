"""A database at every earlier revision, filled, then upgraded to the head: everything that was
there is still there (the demo job search, written with the columns that revision has)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import column as sql_column
from sqlalchemy import create_engine, insert, inspect, select
from sqlalchemy import table as sql_table
from sqlalchemy.orm import Session

from furikaeri.demo import load_demo
from furikaeri.store import create_application, delete_application, open_store
from furikaeri.store.migrate import current_revision, upgrade
from furikaeri.store.models import TABLES_IN_ORDER
from furikaeri.transfer import _reset_sequences, _revisions, export_data, schema_head

EARLIER = [rev for rev in _revisions() if rev != schema_head()]
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo_rows(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, Any]]]:
    source = open_store(f"sqlite:///{tmp_path_factory.mktemp('m') / 'demo.sqlite3'}")
    with source.session() as s:
        load_demo(s, today=TODAY)
    with source.session(readonly=True) as s:
        data = export_data(s)
    source.close()
    return data["tables"]


def _typed(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for name, value in row.items():
        kind = type(table.c[name].type).__name__
        if isinstance(value, str) and kind == "Date":
            out[name] = dt.date.fromisoformat(value)
        elif isinstance(value, str) and kind == "DateTime":
            out[name] = dt.datetime.fromisoformat(value)
    return out


def _fill(engine: Any, demo_rows: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Write the demo rows with only the columns the database's revision has."""
    present = inspect(engine)
    written: dict[str, int] = {}
    with engine.begin() as conn:
        for model in TABLES_IN_ORDER:
            table = model.__table__
            if not present.has_table(table.name):
                continue
            columns = {c["name"] for c in present.get_columns(table.name)}
            rows = [
                _typed(table, {k: v for k, v in r.items() if k in columns})
                for r in demo_rows[table.name]
            ]
            if rows:
                # Only the columns that revision has (no defaults of later columns).
                types = {c: table.c[c].type for c in columns if c in table.c}
                bare = sql_table(table.name, *(sql_column(c, types.get(c)) for c in columns))
                conn.execute(insert(bare), rows)
            written[table.name] = len(rows)
    return written


@pytest.mark.parametrize("revision", EARLIER)
def test_a_filled_database_at_an_earlier_revision_upgrades_to_head(
    revision: str,
    fresh_url: Callable[[str], str],
    demo_rows: dict[str, list[dict[str, Any]]],
) -> None:
    engine = create_engine(fresh_url(f"rev{revision}"))
    upgrade(engine, revision)
    written = _fill(engine, demo_rows)
    upgrade(engine, "head")
    assert current_revision(engine) == schema_head()
    with engine.connect() as conn:
        for model in TABLES_IN_ORDER:
            table = model.__table__
            if table.name not in written:
                continue
            ids = conn.execute(select(table.c.id).order_by(table.c.id)).scalars().all()
            assert ids == [r["id"] for r in demo_rows[table.name]], table.name
    engine.dispose()


def _shape(engine: Any) -> dict[str, Any]:
    """Every table's rows, foreign keys (with their ON DELETE), indexes and unique constraints."""
    found = inspect(engine)
    shape: dict[str, Any] = {}
    with engine.connect() as conn:
        for model in TABLES_IN_ORDER:
            table = model.__table__
            # Only the columns this revision has (a later one may add some, e.g. 0010).
            present = {c["name"] for c in found.get_columns(table.name)}
            columns = [c for c in table.c if c.name in present]
            rows = conn.execute(select(*columns).order_by(table.c.id)).mappings().all()
            shape[table.name] = {
                "rows": [dict(r) for r in rows],
                "fks": sorted(
                    (fk["constrained_columns"], fk["referred_table"], fk["options"])
                    for fk in found.get_foreign_keys(table.name)
                ),
                "indexes": sorted(
                    (ix["name"], ix["column_names"], bool(ix["unique"]))
                    for ix in found.get_indexes(table.name)
                ),
                "uniques": sorted(
                    uq["column_names"] for uq in found.get_unique_constraints(table.name)
                ),
            }
    return shape


def test_0008_keeps_every_row_key_and_index_and_stops_id_reuse(
    fresh_url: Callable[[str], str], demo_rows: dict[str, list[dict[str, Any]]]
) -> None:
    """0008 rebuilds the SQLite tables (AUTOINCREMENT is set only by CREATE TABLE): the rebuild
    must not cascade a delete from a parent to its children, nor lose a key or an index."""
    url = fresh_url("rev0007")
    engine = create_engine(url)
    upgrade(engine, "0007")
    _fill(engine, demo_rows)
    with Session(engine) as session, session.begin():
        _reset_sequences(session)  # PostgreSQL: past the ids written, as an import does
    before = _shape(engine)
    assert before["interviews"]["rows"] and before["replies"]["rows"]
    upgrade(engine, "0008")
    after = _shape(engine)
    added = ("ix_applications_user_status_updated", ["user_id", "status", "updated_at", "id"])
    after["applications"]["indexes"].remove((*added, False))  # the one index 0008 adds
    assert after == before
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()
    opened = open_store(url)
    with opened.engine.connect() as conn:
        if opened.engine.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    newest = max(r["id"] for r in demo_rows["applications"])
    with opened.session() as s:
        delete_application(s, newest)
    with opened.session() as s:
        again = create_application(
            s, company="株式会社あとから", applied_on="2026-05-01", today=TODAY
        )
    assert again.id > newest
    opened.close()


def test_0008_upgrades_a_database_that_already_had_a_broken_reference(
    fresh_url: Callable[[str], str], demo_rows: dict[str, list[dict[str, Any]]]
) -> None:
    """The check after the rebuild refuses only references the migration broke: a row whose
    parent was already missing (written with foreign keys off, by an old version) does not
    stop the database from opening, and is kept as it was."""
    url = fresh_url("orphan")
    engine = create_engine(url)
    if engine.dialect.name != "sqlite":
        engine.dispose()
        return  # PostgreSQL enforces its keys: no such row can exist there
    upgrade(engine, "0007")
    _fill(engine, demo_rows)
    raw = engine.raw_connection()
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("UPDATE interviews SET application_id = 99999 WHERE id = 1")
        raw.commit()
    finally:
        raw.close()
    engine.dispose()
    opened = open_store(url)  # upgrades to the head
    with opened.engine.connect() as conn:
        orphan = conn.exec_driver_sql("SELECT application_id FROM interviews WHERE id = 1")
        assert orphan.scalar() == 99999
    assert current_revision(opened.engine) == schema_head()
    opened.close()
