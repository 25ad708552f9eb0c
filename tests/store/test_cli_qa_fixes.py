"""Small CLI defects from the QA report (P3, "CLI"), through the real CLI (CliRunner), the
database reopened where a command writes."""

from __future__ import annotations

import json
from pathlib import Path

from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app

runner = CliRunner()


def _one_line_failure(result, code: int = 2) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)


def test_backup_does_not_overwrite_without_force(tmp_path: Path) -> None:
    url = migrated_sqlite(tmp_path / "db.sqlite3")
    db = store.open_store(url)
    with db.session() as s:
        store.create_application(s, company="株式会社あとから")
    db.close()
    target = tmp_path / "backup.sqlite3"
    target.write_bytes(b"an older backup")
    refused = runner.invoke(app, ["backup", str(target), "--db", url])
    assert "--force" in _one_line_failure(refused)
    assert target.read_bytes() == b"an older backup"
    forced = runner.invoke(app, ["backup", str(target), "--db", url, "--force"])
    assert forced.exit_code == 0, forced.output
    copy = store.open_store(f"sqlite:///{target}")
    with copy.session(readonly=True) as s:
        assert [a.company for a in store.list_applications(s)] == ["株式会社あとから"]
    copy.close()


def test_analyze_file_does_not_count_the_final_line_break(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("私の強みは粘り強さです。" * 1666 + "あ" * 8 + "\n", encoding="utf-8")
    assert len(answer.read_text(encoding="utf-8")) == 20_001
    result = runner.invoke(app, ["analyze", "--file", str(answer), "--json"])
    assert result.exit_code == 0, result.output
    assert "回答が長すぎます" not in result.output


def test_import_without_a_schema_says_so_and_lists_versions_in_order(tmp_path: Path) -> None:
    url = migrated_sqlite(tmp_path / "db.sqlite3")
    exported = tmp_path / "export.json"
    assert runner.invoke(app, ["export", str(exported), "--db", url]).exit_code == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    del data["schema"]
    exported.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["import", str(exported), "--db", migrated_sqlite(tmp_path / "b")])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "None" not in result.output and "版（schema）が書かれていません" in result.output
    listed = result.output.split("知っている版は ")[1].split(" です")[0].split(", ")
    assert listed == sorted(listed) and "0001" in listed


def test_diagnose_a_negative_id_is_refused_in_japanese(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    message = _one_line_failure(runner.invoke(app, ["diagnose", "-1", "--db", url]))
    assert "面接の ID は 1 以上" in message and "No such option" not in message
