"""`furikaeri backup` takes a consistent copy while another connection keeps writing, and
`furikaeri restore` brings it back (checked, migrated); both refuse what they cannot do (an
existing target without --force, a missing folder, a file that is not SQLite) and take file
names with URI characters (#, ?, %)."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from store_support import companies, one_line_failure
from support import migrated_sqlite
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


def test_backup_does_not_overwrite_without_force(tmp_path: Path) -> None:
    url = migrated_sqlite(tmp_path / "db.sqlite3")
    db = svc.open_store(url)
    with db.session() as s:
        svc.create_application(s, company="株式会社あとから")
    db.close()
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"an older backup")
    refused = runner.invoke(app, ["backup", str(target), "--db", url])
    assert "--force" in one_line_failure(refused)
    assert target.read_bytes() == b"an older backup"
    forced = runner.invoke(app, ["backup", str(target), "--db", url, "--force"])
    assert forced.exit_code == 0, forced.output
    copy = svc.open_store(f"sqlite:///{target}")
    with copy.session(readonly=True) as s:
        assert [a.company for a in svc.list_applications(s)] == ["株式会社あとから"]
    copy.close()


@pytest.mark.parametrize("name", ["backup#1.sqlite3", "bk?x.sqlite3", "50% 完了.sqlite3"])
def test_a_backup_whose_name_has_uri_characters_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The backup was opened as 「file:backup#1.sqlite3?mode=ro」: read up to the # (a
    fragment), a good backup was refused as 「furikaeri のデータベースではありません」, and an
    empty file 「backup」 appeared in the working directory."""
    monkeypatch.chdir(tmp_path)
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    opened = open_store(live)
    with opened.session() as s:
        svc.create_application(s, company="株式会社かぜ")
    opened.close()
    assert runner.invoke(app, ["backup", name, "--db", live]).exit_code == 0
    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    result = runner.invoke(app, ["restore", name, "--db", fresh, "--yes"])
    assert result.exit_code == 0, result.output
    assert companies(fresh) == ["株式会社かぜ"]
    assert sorted(p.name for p in tmp_path.iterdir() if "." not in p.name) == []


def test_restoring_a_file_that_is_not_sqlite_says_so_in_japanese(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"\x00\x01 not a database" * 100)
    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    result = runner.invoke(app, ["restore", str(junk), "--db", fresh, "--yes"])
    assert result.exit_code == 1
    assert "SQLite のデータベースとして読めません" in result.output
    assert "file is not a database" not in result.output


def test_a_backup_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    """It said 「[Errno 2] No such file or directory: 'nonexist/.x.sqlite3.10221.tmp'」."""
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    open_store(live).close()
    target = tmp_path / "missing" / "copy.sqlite3"
    result = runner.invoke(app, ["backup", str(target), "--db", live])
    assert result.exit_code == 1
    assert "バックアップ先のフォルダがありません" in result.output and ".tmp" not in result.output
