"""Alembic environment for furikaeri. Configured in code by furikaeri.store.migrate."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from alembic import context

from furikaeri.store.database import make_engine, resolve_url
from furikaeri.store.models import Base

config = context.config
target_metadata = Base.metadata


def _violations(connection: Any) -> set[tuple[Any, ...]]:
    """SQLite's broken references: (table, rowid, parent table) of each row whose parent is
    missing. The key's number in its table is left out: a rebuild may list the keys in
    another order."""
    rows = connection.exec_driver_sql("PRAGMA foreign_key_check")
    return {(table, rowid, parent) for table, rowid, parent, _key in rows}


def _pending(connection: Any) -> bool:
    """False when the database is already at the head and the head is asked for: then the
    foreign keys are not checked (the check reads every table, ~20 ms at 1,000
    applications, which every open would pay)."""
    if context.get_revision_argument() != "head":
        return True
    from sqlalchemy import inspect

    if not inspect(connection).has_table("alembic_version"):
        return True
    current = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return bool(current != context.script.get_current_head())


@contextmanager
def _sqlite_keys_off(connection: Any) -> Iterator[None]:
    """Foreign keys off while the migrations run on SQLite: a batch migration rebuilds a table
    by copying it and dropping the old one, and a DROP TABLE with foreign keys on deletes the
    children (ON DELETE CASCADE). The pragma is a no-op inside a transaction, so it is set on
    the DBAPI connection before the first statement, and set back on whatever happens."""
    if connection.dialect.name != "sqlite":
        yield
        return
    raw = connection.connection.driver_connection
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        connection.rollback()  # nothing left open (a no-op after the commit)
        raw.execute("PRAGMA foreign_keys = ON")


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or make_engine(resolve_url(None))
    with engine.connect() as connection, _sqlite_keys_off(connection):
        # This begins the one transaction all migrations run in (all or nothing).
        check = connection.dialect.name == "sqlite" and _pending(connection)
        known = _violations(connection) if check else set()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        broken = _violations(connection) - known if check else set()
        if broken:  # rolled back: the database stays as it was
            raise RuntimeError(f"a migration broke foreign keys: {sorted(broken)[:5]}")
        connection.commit()


def run_migrations_offline() -> None:
    context.configure(
        url=resolve_url(None),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
