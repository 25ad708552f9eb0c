"""The quick `furikaeri analyze` path (no Typer) gives what the full CLI gives."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from furikaeri.analyzer import analyze
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


SAMPLES = Path(__file__).resolve().parents[1] / "src" / "furikaeri" / "data" / "samples"


def test_patterns_compiled_for_one_text_find_the_same() -> None:
    """patterns.for_one_text (a short cold `furikaeri analyze`: no lookaheads, Split or
    Branches) changes how the patterns compile, not what they find: the samples, one by one
    and all in one text, analysed so in a fresh process say what they say here."""
    rows = [
        json.loads(line)
        for line in (SAMPLES / "answers.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    pairs = [(r.get("question"), r["answer"]) for r in rows]
    pairs += [(None, "\n".join(r["answer"] for r in rows)), (None, "マジでヤバいっす。えーと、")]
    code = (
        "import json, re, sys\n"
        "from furikaeri.patterns import for_one_text\n"
        "for_one_text()\n"
        "from furikaeri.analyzer import analyze\n"
        "from furikaeri.analyzer.lexicon import lexicon\n"
        "assert type(lexicon().casual_union) is re.Pattern\n"
        "pairs = json.loads(sys.stdin.read())\n"
        "print(json.dumps([analyze(a, question=q).to_dict() for q, a in pairs]))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(pairs),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == [analyze(a, question=q).to_dict() for q, a in pairs]
