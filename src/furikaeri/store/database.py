"""Opening the store: engine setup (SQLite pragmas, BEGIN IMMEDIATE), migrations, sessions.

SQLite (the default) runs with WAL, foreign keys on, a busy timeout and ``synchronous=FULL``.
pysqlite's own transaction handling is switched off and every write session starts with
``BEGIN IMMEDIATE`` (the SQLAlchemy "Serializable isolation / Savepoints / Transactional DDL"
recipe), so a read-then-write transaction never fails with "database is locked": it waits for
the writer lock up front, within the busy timeout. Read-only sessions (``session(readonly=True)``)
use a plain ``BEGIN`` with ``PRAGMA query_only`` (reads run beside a writer; writes are refused).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, event, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from furikaeri.store.models import LOCAL_USER, StoreRevision, User

BUSY_TIMEOUT_MS = 30_000
# SQLite connections kept open for reuse. The web server runs each page in a thread of
# AnyIO's pool (40 threads) with a session open for the whole page; with SQLAlchemy's default
# (5 kept, 10 more opened as needed and closed on return) 20 concurrent requests opened and
# closed a connection for about one request in seven: each new one ran the pragmas, read
# the schema and started with a cold page cache. Connections open only when needed; the
# overflow keeps the pool from ever making a page wait while AnyIO has threads to spare.
SQLITE_POOL_SIZE = 20
SQLITE_POOL_OVERFLOW = 20
_READONLY = "furikaeri_readonly"
_QUERY_ONLY = "furikaeri_query_only"  # the PRAGMA query_only a connection has (connection.info)
_USER_KEY = "furikaeri_local_user_id"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_file(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_dir(url: str) -> None:
    path = _sqlite_file(url)
    if path is None:
        return
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        # Personal data: only the owner may read the directory.
        os.chmod(path.parent, 0o700)
    if not path.exists():
        # Created owner-only wherever --db points (SQLite gives its -wal and -shm files the
        # database file's mode); an existing file keeps the mode its owner chose.
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        readonly = bool(conn.get_execution_options().get(_READONLY, False))
        # A read-only session cannot write by mistake (a write there could hit "locked").
        # The pragma is the connection's setting (a rollback keeps it): set when it changes.
        state = conn.connection.info
        if state.get(_QUERY_ONLY) is not readonly:
            conn.exec_driver_sql(f"PRAGMA query_only = {int(readonly)}")
            state[_QUERY_ONLY] = readonly
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets the pragmas and BEGIN IMMEDIATE described above."""
    if is_sqlite(url):
        _prepare_sqlite_dir(url)
        # A file's pool (QueuePool) takes the sizes; an in-memory database has its own pool.
        sizes = {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_OVERFLOW}
        engine = create_engine(
            url,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
            **(sizes if _sqlite_file(url) is not None else {}),
        )
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


# SQLite's words for a file it may read but not write (chmod 444, a read-only mount or folder).
_UNWRITABLE = ("readonly database", "attempt to write a read-only")


@contextmanager
def unwritable_said(where: str) -> Iterator[None]:
    """A write refused because the database is read-only becomes :class:`Unwritable` (a
    Japanese message naming the file); any other database error passes as it is."""
    from furikaeri.store.errors import Unwritable

    try:
        yield
    except OperationalError as exc:
        if any(words in str(exc.orig) for words in _UNWRITABLE):
            raise Unwritable(where) from exc
        raise


def _where(engine: Engine) -> str:
    """The database as the user gave it: a SQLite file's path, else the URL (no password)."""
    if engine.dialect.name == "sqlite" and engine.url.database:
        return engine.url.database
    return engine.url.render_as_string(hide_password=True)


class Store:
    """An open database. Use :meth:`session` for a transaction (commit on success)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._where = _where(engine)  # named in Unwritable; worked out once, not per session
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        readonly: dict[str, bool] = {_READONLY: True}
        if engine.dialect.name == "postgresql":
            readonly["postgresql_readonly"] = True
        self._readonly = sessionmaker(
            bind=engine.execution_options(**readonly), expire_on_commit=False
        )

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """A session in one transaction: committed when the block ends, rolled back on error.

        Objects stay usable after the block (``expire_on_commit=False``), but relationships
        that were not loaded inside it cannot be loaded afterwards.
        """
        factory = self._readonly if readonly else self._sessions
        # A write in a read-only session is the code's mistake (GET never writes), not the
        # user's file: only writable sessions turn SQLite's refusal into Unwritable.
        said = nullcontext() if readonly else unwritable_said(self._where)
        with said, factory() as session, session.begin():
            yield session
            if not readonly:
                # Committed with the writes or not at all: a token seen again means that
                # nothing was written since (see revision()).
                session.execute(_NEW_REVISION, {"token": uuid.uuid4().hex})

    def local_user_id(self) -> int:
        """The local user's id, created on first use: read first, so a command that only
        reads works on a database it may not write (a read-only file, a backup)."""
        with self.session(readonly=True) as session:
            found = session.scalar(_LOCAL_USER)
        if found is not None:
            return int(found)
        with self.session() as session:
            return local_user_id(session)

    def close(self) -> None:
        self.engine.dispose()


# Built once, of the table's columns: every page asks it first.
_LOCAL_USER = select(User.__table__.c.id).where(User.__table__.c.handle == LOCAL_USER)


# Built once, of the table's columns.
_REVISION = StoreRevision.__table__.c
_NEW_REVISION = (
    update(StoreRevision)
    .values(token=bindparam("token"))
    .execution_options(synchronize_session=False)  # no StoreRevision object is ever loaded
)
_READ_REVISION = select(_REVISION.token).where(_REVISION.id == 1)


def revision(session: Session) -> str | None:
    """The store's revision: a token every write session replaces when it commits, in the
    same transaction (:meth:`Store.session`), random so that no two states of the data share
    one (a restored backup brings its own). The same token as before: nothing was written
    since, by any process. None when the row is missing (nothing can be reused then)."""
    return session.scalar(_READ_REVISION)


def local_user_id(session: Session) -> int:
    """The id of the one local user, created on first use (remembered for the session)."""
    cached = session.info.get(_USER_KEY)
    if cached is not None:
        return int(cached)
    found = session.scalar(_LOCAL_USER)
    if found is None:
        user = User(handle=LOCAL_USER)
        session.add(user)
        session.flush()
        found = user.id
    session.info[_USER_KEY] = found
    return found


def is_readonly(session: Session) -> bool:
    """Whether ``session`` is one of :meth:`Store.session`'s read-only sessions."""
    bind = session.get_bind()
    return bool(bind.get_execution_options().get(_READONLY, False))


def forget_local_user(session: Session) -> None:
    """Drop the remembered local user id (after the users table was rewritten)."""
    session.info.pop(_USER_KEY, None)


_SQLITE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def resolve_url(url: str | None = None) -> str:
    """``url`` if given, else FURIKAERI_DATABASE_URL, else the SQLite file in the data dir. A
    file path (``--db ~/furikaeri.sqlite3``: no ``scheme://``, a directory or a SQLite suffix)
    means a SQLite file; other text stays as given (and fails as a URL, creating no file)."""
    if not url:
        from furikaeri.settings import get_settings

        url = get_settings().database_url
    path = Path(url).expanduser()
    if "://" not in url and ("/" in url or os.sep in url or path.suffix in _SQLITE_SUFFIXES):
        return f"sqlite:///{path.resolve()}"
    return url


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open the database at ``url`` (see :func:`resolve_url`); run migrations to head first."""
    engine = make_engine(resolve_url(url))
    if migrate:
        from furikaeri.store.migrate import upgrade

        with unwritable_said(_where(engine)):
            upgrade(engine)  # an old database in a read-only file: said, not a traceback
    return Store(engine)


def is_empty(session: Session) -> bool:
    """True when no user data is stored (a bare local user row does not count)."""
    from furikaeri.store.models import TABLES_IN_ORDER

    for model in TABLES_IN_ORDER:
        if model is User:
            continue
        if session.scalar(select(model.__table__.c.id).limit(1)) is not None:
            return False
    return True
