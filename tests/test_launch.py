"""The quick `furikaeri analyze` path (no Typer) gives what the full CLI gives."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from furikaeri.cli import app
from furikaeri.launch import _quick_args, quick_analyze

CASES = [
    ["特にありません。"],
    ["特にありません。", "--json"],
    ["成長できる環境で働きたいです。", "-q", "志望動機を教えてください。", "--json"],
    ["年収はどのくらいですか。", "--kind", "reverse_questions"],
    ["特にありません。", "--kind", "chat"],
    ["This is English."],
]


@pytest.mark.parametrize("args", CASES)
def test_the_quick_path_prints_what_typer_prints(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = quick_analyze(args)
    quick = capsys.readouterr()
    full = CliRunner().invoke(app, ["analyze", *args])
    assert code == full.exit_code
    assert quick.out == full.stdout
    assert quick.err.strip() == full.stderr.strip()


@pytest.mark.parametrize(
    "args", [[], ["-"], ["a", "b"], ["--file", "x"], ["--help"], ["a", "-q"], ["a", "--jsonl"]]
)
def test_anything_else_goes_to_the_full_cli(args: list[str]) -> None:
    assert _quick_args(args) is None
