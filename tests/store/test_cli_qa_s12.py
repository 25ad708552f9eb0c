"""QA session 12: CLI commands interrupted (Ctrl+C), through CliRunner, the database reopened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_practice import EPISODE_PR, _rows
from typer.testing import CliRunner

from furikaeri import cli_practice, store
from furikaeri.cli import app
from furikaeri.store import open_store

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
        companies = [a.company for a in store.list_applications(s)]
    opened.close()
    assert companies == ["株式会社[31mほしぞら"]  # visible text, harmless: the escape is gone
