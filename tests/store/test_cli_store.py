"""The store commands through the real CLI (CliRunner), then the database reopened and checked:
--db as a URL or a plain file path, a file that is not SQLite or a folder, a database that may be
read but not written, a mail imported with control characters, an import without a schema."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support import migrated_sqlite
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


NOTICE = (
    "山田太郎様\n\nこの度は弊社の一次面接にお越しいただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ミナトロジ 人事部 中村\n"
)


def _read_only(tmp_path: Path) -> str:
    """A database with the demo in it, opened read-only (as a chmod 444 file is to its user;
    the tests run as root, who may write any file)."""
    db = tmp_path / "db.sqlite3"
    migrated_sqlite(db)
    assert runner.invoke(app, ["demo", "--db", f"sqlite:///{db}"]).exit_code == 0
    return f"sqlite:///file:{db}?mode=ro&uri=true"


@pytest.mark.parametrize(
    "command",
    [["plan"], ["diagnose", "2"], ["export", "{tmp}/out.json"]],
    ids=["plan", "diagnose", "export"],
)
def test_reading_a_read_only_database_works(tmp_path: Path, command: list[str]) -> None:
    db = _read_only(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "command",
    [["mail", "import", "{tmp}/notice.txt"], ["demo", "--remove"], ["plan", "done", "1"]],
    ids=["mail-import", "demo-remove", "plan-done"],
)
def test_writing_a_read_only_database_is_said_in_japanese(
    tmp_path: Path, command: list[str]
) -> None:
    db = _read_only(tmp_path)
    (tmp_path / "notice.txt").write_text(NOTICE, encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in command]
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 1, result.output
    assert "データベースに書き込めません（読み取り専用になっています）" in result.stderr
    assert str(tmp_path / "db.sqlite3") in result.stderr
    assert "Traceback" not in result.output and "OperationalError" not in result.output


ESCAPED_MAIL = (
    "From: hr@hoshizora.example.jp\n"
    "Subject: =?utf-8?B?6YG46ICD57WQ5p6c?=\x07\n"
    "Date: Thu, 03 Dec 2026 10:00:00 +0900\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "山田様\n\n株式会社\x1b[31mほしぞら人事部です。\n"
    "誠に残念ながら、今回はご期待に添いかねる結果となりました。\n\n株式会社\x1b[31mほしぞら 人事部\n"
).encode()


def test_a_mail_with_control_characters_is_imported_without_them(
    db_url: str, tmp_path: Path
) -> None:
    """An escape sequence in a notice went into the company name (and from there to every
    terminal table and mail subject); the names check now refuses one, so it must not reach
    it: decoded mail text keeps no control character but tab, line breaks and form feed."""
    from furikaeri.mail.parse import parse_message

    parsed = parse_message(ESCAPED_MAIL)
    assert "\x1b" not in parsed.body_text and "\x07" not in (parsed.subject or "")
    mail = tmp_path / "notice.eml"
    mail.write_bytes(ESCAPED_MAIL)
    result = runner.invoke(app, ["mail", "import", str(mail), "--db", db_url])
    assert result.exit_code == 0, result.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        companies = [a.company for a in st.list_applications(s)]
    opened.close()
    assert companies == ["株式会社[31mほしぞら"]  # visible text, harmless: the escape is gone


@pytest.mark.parametrize("command", [["plan"], ["demo"], ["diagnose", "1"], ["export", "-"]])
def test_a_db_that_is_not_sqlite_or_is_a_folder_is_said_in_japanese(
    tmp_path: Path, command: list[str]
) -> None:
    """「file is not a database」「unable to open database file」 were printed as SQLite
    said them."""
    text = tmp_path / "notes.sqlite3"
    text.write_text("応募のメモ\n" * 100, encoding="utf-8")
    result = runner.invoke(app, [*command, "--db", str(text)])
    assert result.exit_code == 2, result.output
    assert "SQLite のデータベースとして読めません" in result.output
    assert text.read_text(encoding="utf-8") == "応募のメモ\n" * 100  # untouched
    folder = tmp_path / "folder"
    folder.mkdir()
    result = runner.invoke(app, [*command, "--db", f"sqlite:///{folder}"])
    assert result.exit_code == 2, result.output
    assert "フォルダー" in result.output and "unable to open" not in result.output


def test_db_option_takes_a_plain_file_path(tmp_path: Path) -> None:
    """`--db /path/file.sqlite3` (no sqlite:/// prefix) is that SQLite file, not an English
    「Could not parse SQLAlchemy URL」."""
    target = tmp_path / "plain.sqlite3"
    runner = CliRunner()
    result = runner.invoke(app, ["demo", "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert "Could not parse" not in result.output
    reopened = open_store(f"sqlite:///{target}")
    with reopened.session(readonly=True) as s:
        assert not st.is_empty(s)
    reopened.close()
    backup = runner.invoke(app, ["backup", str(tmp_path / "copy.sqlite3"), "--db", str(target)])
    assert backup.exit_code == 0, backup.output
