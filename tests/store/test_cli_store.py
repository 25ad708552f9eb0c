"""The store commands through the real CLI (CliRunner), then the database reopened and checked."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.cli import app
from furikaeri.store import open_store

runner = CliRunner()


def _run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def test_db_upgrade_creates_the_schema(fresh_url: Callable[[str], str]) -> None:
    db_url = fresh_url("main")
    result = _run("db", "upgrade", "--db", db_url)
    assert result.exit_code == 0, result.output
    from furikaeri.transfer import schema_head

    assert schema_head() in result.output
    opened = open_store(db_url, migrate=False)
    with opened.session(readonly=True) as s:
        assert st.is_empty(s)
    opened.close()


def test_db_upgrade_uses_the_environment_variable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    result = runner.invoke(app, ["db", "upgrade"], env={"FURIKAERI_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    assert (tmp_path / "env.sqlite3").exists()


def test_demo_fills_an_empty_database_once(db_url: str) -> None:
    result = _run("demo", "--db", db_url)
    assert result.exit_code == 0, result.output
    assert "応募 5 件" in result.output
    again = _run("demo", "--db", db_url)
    assert again.exit_code == 1
    assert "すでにデータがある" in again.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        apps = {a.company: a for a in st.list_applications(s)}
        assert len(apps) == 5
        assert apps["株式会社みなと電機"].status == "active"
        assert apps["株式会社みなと電機"].interviews[0].result == "passed"
        assert sum(1 for a in apps.values() if a.status == "rejected") == 4
        assert apps["ひかりソフト株式会社"].channel == "agent"
        replies = s.scalar(select(func.count()).select_from(st.Reply))
        assert replies == 1
        assert len(st.list_notices(s)) == 5
        assert st.get_profile(s).career
    opened.close()


def test_diagnose_renders_and_prints_json(db_url: str) -> None:
    assert _run("demo", "--db", db_url).exit_code == 0
    text = _run("diagnose", "2", "--db", db_url)
    assert text.exit_code == 0, text.output
    for needle in (
        "志望動機・企業理解が浅い",
        "会社からの指摘",
        "あなたのせいではないこと",
        "次にやること",
    ):
        assert needle in text.output
    as_json = _run("diagnose", "2", "--json", "--db", db_url)
    data = json.loads(as_json.output)
    assert data["causes"][0]["id"] == "motivation" and len(data["causes"]) == 10
    missing = _run("diagnose", "999", "--db", db_url)
    assert missing.exit_code == 1 and "見つかりません" in missing.output


def test_diagnose_save_keeps_the_result(db_url: str) -> None:
    _run("demo", "--db", db_url)
    assert _run("diagnose", "5", "--save", "--db", db_url).exit_code == 0
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        assert len(st.get_interview(s, 5).diagnoses) == 1
    opened.close()


def test_diagnose_refuses_a_passed_interview(db_url: str) -> None:
    _run("demo", "--db", db_url)
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        assert st.get_interview(s, 4).result == "passed"  # みなと電機's 一次
    opened.close()
    for args in (["diagnose", "4"], ["diagnose", "4", "--json"], ["diagnose", "4", "--save"]):
        result = _run(*args, "--db", db_url)
        assert result.exit_code == 1, result.output
        assert "通過" in result.output and "Traceback" not in result.output
        assert "相性" not in result.output and "比較" not in result.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        assert st.get_interview(s, 4).diagnoses == []
    opened.close()


def test_export_then_import_then_export_is_identical(fresh_url, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source, target = fresh_url("source"), fresh_url("target")
    _run("demo", "--db", source)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert _run("export", str(first), "--db", source).exit_code == 0
    imported = _run("import", str(first), "--db", target)
    assert imported.exit_code == 0, imported.output
    assert _run("export", str(second), "--db", target).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    refused = _run("import", str(first), "--db", target)
    assert refused.exit_code == 1 and "空のデータベース" in refused.output


def test_import_refuses_another_version(db_url: str, tmp_path: Path) -> None:
    doc = tmp_path / "v9.json"
    doc.write_text(
        json.dumps({"format": "furikaeri-export", "version": 9, "tables": {}}), encoding="utf-8"
    )
    result = _run("import", str(doc), "--db", db_url)
    assert result.exit_code == 1
    assert "バージョン 9" in result.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        assert st.is_empty(s)
    opened.close()


def test_cli_module_does_not_import_sqlalchemy() -> None:
    code = "import sys, furikaeri.cli; print('sqlalchemy' in sys.modules, 'furikaeri.store' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_an_unusable_database_url_is_a_short_error() -> None:
    result = _run("demo", "--db", "not a url")
    assert result.exit_code == 2
    assert "データベースを開けません" in result.output and "Traceback" not in result.output
