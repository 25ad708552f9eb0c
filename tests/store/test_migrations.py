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

from furikaeri.demo import load_demo
from furikaeri.store import open_store
from furikaeri.store.migrate import current_revision, upgrade
from furikaeri.store.models import TABLES_IN_ORDER
from furikaeri.transfer import _revisions, export_data, schema_head

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


@pytest.mark.parametrize("revision", EARLIER)
def test_a_filled_database_at_an_earlier_revision_upgrades_to_head(
    revision: str,
    fresh_url: Callable[[str], str],
    demo_rows: dict[str, list[dict[str, Any]]],
) -> None:
    engine = create_engine(fresh_url(f"rev{revision}"))
    upgrade(engine, revision)
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
