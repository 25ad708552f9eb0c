"""QA session 11, the CLI on a database it may read but not write."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri.cli import app

runner = CliRunner()

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
