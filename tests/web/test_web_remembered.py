"""The dashboard's and the practice menu's reads are remembered per store revision and day
(web.remembered): a view with nothing written since runs one statement for them, and a write
by any process (here: another Store on the same file, as another worker would be) is seen by
the next view."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from web_helpers import Client, make_settings

from furikaeri import store
from furikaeri.store import open_store
from furikaeri.synthetic import seed
from furikaeri.web.app import create_app


def _counting(engine: Any) -> list[str]:
    seen: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_: seen.append(sql))
    return seen


def test_a_second_view_reuses_the_reads_and_a_write_elsewhere_is_seen(tmp_path: Path) -> None:
    settings = make_settings(tmp_path)
    app = create_app(settings)
    with app.state.store.session() as session:
        seed(session, applications=12)
    seen = _counting(app.state.store.engine)
    with Client(app) as client:
        first = client.get("/")
        assert first.status_code == 200
        before = len(seen)
        again = client.get("/")
        assert again.text == first.text
        reads = [sql for sql in seen[before:] if not sql.startswith(("BEGIN", "PRAGMA"))]
        assert len(reads) == 1 and "store_revision" in reads[0]
        # Another process writes: the next view reads again and shows it.
        other = open_store(settings.database_url)
        with other.session() as session:
            store.create_application(session, company="株式会社ふりかえり新規")
        other.close()
        assert "株式会社ふりかえり新規" in client.get("/").text


def test_a_failed_write_keeps_the_revision_and_a_read_only_session_never_changes_it(
    tmp_path: Path,
) -> None:
    opened = open_store(make_settings(tmp_path).database_url)
    with opened.session(readonly=True) as session:
        start = store.revision(session)
    with opened.session(readonly=True) as session:
        assert store.revision(session) == start
    try:
        with opened.session() as session:
            store.create_application(session, company="書かれない会社")
            raise RuntimeError("rolled back")
    except RuntimeError:
        pass
    with opened.session(readonly=True) as session:
        assert store.revision(session) == start
    with opened.session() as session:
        store.create_application(session, company="書かれる会社")
    with opened.session(readonly=True) as session:
        assert store.revision(session) not in (None, start)
    opened.close()


def test_the_practice_menu_reuses_its_weak_causes_until_a_write(tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path))
    with app.state.store.session() as session:
        seed(session, applications=12)
    seen = _counting(app.state.store.engine)
    with Client(app) as client:
        assert client.get("/practice").status_code == 200
        first = len(seen)
        assert client.get("/practice").status_code == 200
        second = len(seen) - first
        assert second < first
        with app.state.store.session() as session:
            store.create_application(session, company="株式会社練習")
        now = len(seen)
        assert client.get("/practice").status_code == 200
        assert len(seen) - now > second  # read again after the write
