"""`furikaeri backup` takes a consistent copy while another connection keeps writing, and
`furikaeri restore` brings it back (checked, migrated); both refuse what they cannot do."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

from typer.testing import CliRunner

from furikaeri import store as svc
from furikaeri.cli import app
from furikaeri.store import open_store

runner = CliRunner()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM applications").fetchone()[0])


def test_backup_while_writing_then_restore(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    url = f"sqlite:///{db}"
    live = open_store(url)
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            with live.session() as s:
                svc.create_application(s, company=f"株式会社書き込み{n}")
            n += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        copies = []
        for i in range(3):
            target = tmp_path / f"backup-{i}.sqlite3"
            result = runner.invoke(app, ["backup", str(target), "--db", url])
            assert result.exit_code == 0, result.output
            copies.append(target)
    finally:
        stop.set()
        writer.join()
    counts = [_count(c) for c in copies]
    assert counts == sorted(counts) and counts[-1] <= _count(db)
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600

    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    refused = runner.invoke(app, ["restore", str(copies[-1]), "--db", fresh])
    assert refused.exit_code == 2 and "--yes" in refused.output
    restored = runner.invoke(app, ["restore", str(copies[-1]), "--db", fresh, "--yes"])
    assert restored.exit_code == 0, restored.output
    again = open_store(fresh)
    with again.session(readonly=True) as s:
        assert len(svc.list_applications(s)) == counts[-1]
    again.close()
    live.close()


def test_backup_and_restore_refuse_clearly(tmp_path: Path) -> None:
    not_ours = tmp_path / "other.sqlite3"
    sqlite3.connect(not_ours).close()
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    result = runner.invoke(app, ["restore", str(not_ours), "--db", url, "--yes"])
    assert result.exit_code == 1 and "furikaeri のデータベースではありません" in result.output
    pg = runner.invoke(app, ["backup", str(tmp_path / "x"), "--db", "postgresql://u@h/d"])
    assert pg.exit_code != 0 and "Traceback" not in pg.output
