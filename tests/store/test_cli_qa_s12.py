"""QA session 12: CLI commands interrupted (Ctrl+C), through CliRunner, the database reopened."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_cli_practice import EPISODE_PR, _rows
from typer.testing import CliRunner

from furikaeri import cli_practice
from furikaeri.cli import app

runner = CliRunner()


def _typed_then_ctrl_c(answers: list[str | None]) -> Iterator[str | None]:
    yield from answers
    raise KeyboardInterrupt


@pytest.mark.parametrize("answered", [0, 1], ids=["before-any-answer", "after-one-answer"])
def test_ctrl_c_in_practice_ends_it_as_quit_does(
    db_url: str, monkeypatch: pytest.MonkeyPatch, answered: int
) -> None:
    """Ctrl+C at a question left the session 途中 for ever (the CLI has no way back into it),
    an empty one cluttering `practice history`; now it ends as /quit: the answers given kept,
    none recorded when there were none, and a word said."""
    typed = _typed_then_ctrl_c([EPISODE_PR] * answered)
    monkeypatch.setattr(cli_practice, "_read_answer", lambda console: next(typed))
    result = runner.invoke(
        app, ["practice", "start", "--cause", "self_pr", "--db", db_url], input="n\n"
    )
    assert result.exit_code == 130, result.output
    assert "中断しました" in result.output and "Traceback" not in result.output
    sessions, attempts = _rows(db_url)
    if answered:
        assert [s.status for s in sessions] == ["finished"]
        assert [a.answer for a in attempts] == [EPISODE_PR]
    else:
        assert sessions == [] and "記録しませんでした" in result.output
