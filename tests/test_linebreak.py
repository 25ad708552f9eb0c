"""Japanese line breaking in the terminal (禁則処理): closing punctuation never starts a line,
an opening bracket never ends one, and words are not cut, in `furikaeri diagnose`, `analyze`
and the mail commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri.cli import app
from furikaeri.linebreak import NO_END, NO_START, wrap

CLOSING = NO_START - {"・"}  # output lines may begin with a bullet (a new paragraph)

PARAGRAPHS = [
    "あなたの回答には、前職への不満（残業が多い、上司が話を聞いてくれない）が含まれています。"
    "面接官は「入社しても同じ理由で辞めるのでは」と受け取りがちです。",
    "会社は成長している業界なので、安定していると思いました。2.5秒以上の沈黙が4回ありました。",
    "「至らなかった点」を教えていただけないでしょうか。ご多忙のところ恐縮ですが、よろしくお願いいたします。",
    "English words like furikaeri and Python 3.12 stay whole, ね。",
]
WORDS = ["多い", "聞いて", "くれない", "成長", "業界", "2.5秒", "至らなかった", "furikaeri", "3.12"]


def _check(lines: list[str], width: int, text: str) -> None:
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    for i, line in enumerate(lines):
        assert cell_len(line) <= width, (width, line)
        if i:
            assert line[:1] not in NO_START, (width, lines)
        if i < len(lines) - 1:
            assert line[-1:] not in NO_END, (width, lines)


@pytest.mark.parametrize("width", [16, 20, 24, 31, 40, 57, 80])
@pytest.mark.parametrize("text", PARAGRAPHS)
def test_no_line_starts_with_closing_punctuation_and_words_stay_whole(
    text: str, width: int
) -> None:
    lines = wrap(text, width)
    _check(lines, width, text)
    if width >= 24:
        for word in WORDS:
            if word in text:
                assert any(word in line for line in lines), (word, lines)


def test_a_run_wider_than_the_line_is_folded_without_a_closing_mark_at_a_line_start() -> None:
    text = "ああああああああああ。」ああああ"
    lines = wrap(text, 10)
    _check(lines, 10, text)


def test_diagnose_output_keeps_the_rules(tmp_path: Path) -> None:
    runner = CliRunner(env={"COLUMNS": "46"})
    db = migrated_sqlite(tmp_path / "d.sqlite3")
    assert runner.invoke(app, ["demo", "--db", db]).exit_code == 0
    result = runner.invoke(app, ["diagnose", "2", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.output.splitlines() if line.strip()]
    assert len(lines) > 20
    assert not [line for line in lines if line[0] in CLOSING], result.output
    assert not [line for line in lines if line[-1] in NO_END], result.output


def test_analyze_and_mail_output_keep_the_rules() -> None:
    runner = CliRunner(env={"COLUMNS": "38"})
    outputs = [
        runner.invoke(app, ["analyze", PARAGRAPHS[0], "--kind", "reason_for_leaving"]).output,
        runner.invoke(
            app, ["mail", "draft", "--name", "山田", "--company", "株式会社A", "--notice-date",
                  "2026-01-05"],
        ).output.split("────")[-1],  # the notes after the mail itself (which is not wrapped)
    ]  # fmt: skip
    for output in outputs:
        lines = [line.strip(" │") for line in output.splitlines() if line.strip(" │")]
        assert not [line for line in lines if line[0] in CLOSING], output
