"""Ids are never reused: a bookmarked URL (/applications/16) or an edit form left open must not
reach a record created after the one it was for was deleted. SQLite needs AUTOINCREMENT for
that (migration 0008); PostgreSQL sequences never hand a number out twice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import text

from furikaeri import store as st
from furikaeri.store import Store
from furikaeri.store.models import ID_KEPT_TABLES

TODAY = dt.date(2026, 5, 20)


def _app(s, company: str):  # type: ignore[no-untyped-def]
    return st.create_application(s, company=company, applied_on="2026-04-01", today=TODAY)


def test_deleting_the_newest_application_does_not_give_its_id_to_the_next(store: Store) -> None:
    with store.session() as s:
        _app(s, "株式会社まえから")
        gone = _app(s, "株式会社けすつもり").id
    with store.session() as s:
        st.delete_application(s, gone)
    with store.session() as s:
        new = _app(s, "株式会社だいじ").id
    assert new > gone


def test_deleting_the_newest_interview_does_not_give_its_id_to_the_next(store: Store) -> None:
    with store.session() as s:
        app = _app(s, "株式会社めんせつ")
        gone = st.add_interview(s, application_id=app.id, stage="一次", date="2026-04-10").id
    with store.session() as s:
        st.delete_interview(s, gone)
    with store.session() as s:
        new = st.add_interview(s, application_id=app.id, stage="二次", date="2026-04-20").id
    assert new > gone


def test_every_table_whose_ids_reach_a_url_keeps_them_on_sqlite(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        return  # sequences: the behaviour tests above hold on PostgreSQL
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
        sql = {name: ddl for name, ddl in rows}
    for table in ID_KEPT_TABLES:
        assert "AUTOINCREMENT" in sql[table].upper(), table
