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
    """SQLite's broken references (rows whose parent is missing); none checked elsewhere."""
    if connection.dialect.name != "sqlite":
        return set()
    return {tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")}


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
        known = _violations(connection)
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
        broken = _violations(connection) - known
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
