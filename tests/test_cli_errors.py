"""The CLI's one wrapper: any FurikaeriError from any command is `エラー: …` and its exit code."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from furikaeri.cli_support import Commands
from furikaeri.errors import FurikaeriError
from furikaeri.store.errors import NotFound


def _app() -> typer.Typer:
    app = typer.Typer(cls=Commands)
    sub = typer.Typer()
    app.add_typer(sub, name="sub")

    @app.command()
    def bad() -> None:
        raise FurikaeriError("入力が正しくありません。", field="--x")

    @sub.command()
    def missing() -> None:
        raise NotFound("応募（ID 9）が見つかりません。")

    return app


def test_an_error_is_one_line_and_its_exit_code() -> None:
    runner = CliRunner()
    bad = runner.invoke(_app(), ["bad"])
    assert bad.exit_code == 2 and "エラー: 入力が正しくありません。" in bad.output
    missing = runner.invoke(_app(), ["sub", "missing"])
    assert missing.exit_code == 1 and "エラー: 応募（ID 9）が見つかりません。" in missing.output
    assert "Traceback" not in bad.output + missing.output
