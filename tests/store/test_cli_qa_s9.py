"""QA session 9: the CLI with odd arguments says what went wrong once, in Japanese."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from furikaeri.cli import app


def test_export_to_a_missing_folder_names_the_file_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    target = tmp_path / "no-such-folder" / "backup.json"
    result = CliRunner().invoke(app, ["export", str(target), "--db", db])
    assert result.exit_code == 2
    assert (
        f"エラー: ファイルに書き込めません: {target} (No such file or directory)" in result.output
    )
    assert result.output.count(str(target)) == 1
    assert "Errno" not in result.output and "Traceback" not in result.output


def test_an_id_that_is_not_a_positive_number_is_refused_in_japanese() -> None:
    """`plan done -5` (read by Click as an option) and `diagnose abc`: Typer's English errors."""
    for args in (["plan", "done", "-5"], ["diagnose", "abc"], ["plan", "done", "abc"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "エラー: ID は" in result.output and "1 以上の整数" in result.output, result.output
        assert "Usage" not in result.output and "Invalid value" not in result.output
