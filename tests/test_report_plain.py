"""The plain report (report_plain: `furikaeri analyze` to a file or a pipe, without Rich's
console) is character for character what Rich prints there (report.print_analysis)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from furikaeri.analyzer import Analysis, analyze
from furikaeri.report import print_analysis
from furikaeri.report_plain import console_width, plain_report, rich_is_plain

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "furikaeri" / "data" / "samples"

# Written for these tests: findings with evidence, strengths, lines to wrap, paragraphs.
ANSWERS: list[tuple[str | None, str]] = [
    ("自己PRをお願いします。", "私の強みは責任感です。"),
    (
        "前職を辞めた理由を教えてください。",
        "上司が全然評価してくれず、会社の方針もころころ変わるので嫌になりました。",
    ),
    (None, "特にありません。"),
    ("何か質問はありますか。", "いえ、大丈夫です。"),
    (
        "学生時代に力を入れたことは何ですか。",
        "大学では軽音楽サークルの会計を三年間担当しました。部費の未納が毎月十件ほどあり、"
        "「払い忘れ」が原因だと分かったので、LINEで締め切りの三日前に連絡する仕組みを作りました。"
        "その結果、未納は月二件まで減り、翌年の合宿費を2.5万円から2万円に下げられました。",
    ),
    (
        "志望動機を教えてください。",
        "御社を志望した理由は二つあります。\n\n一つ目は、地域の物流を支える仕事に魅力を感じたこと"
        "です。\n二つ目は、前職で培ったWMS（倉庫管理システム）の運用経験を活かせると考えたから"
        "です。\n",
    ),
    (
        "あなたの短所は何ですか。",
        "　私の短所は心配性なところです。ｱﾙﾊﾞｲﾄでも、ｼﾌﾄの確認を何度もしてしまいました。"
        "ただ、その慎重さのおかげで発注ミスを防げたこともあります。",
    ),
    (
        "最近気になったニュースはありますか。",
        "インターナショナルビジネスコミュニケーションマネジメントスペシャリストプログラム"
        "という長い名前の研修が話題になっていました、とても長いカタカナの言葉でした。",
    ),
]


def _samples() -> list[tuple[str | None, str]]:
    lines = (SAMPLES / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    return [(row.get("question"), row["answer"]) for row in map(json.loads, lines)]


def _rich(result: Analysis, width: int) -> str:
    out = io.StringIO()
    print_analysis(result, console=Console(file=out, width=width, force_terminal=False))
    return out.getvalue()


@pytest.mark.parametrize("width", [64, 80, 81, 120])
def test_plain_report_is_what_rich_prints(width: int) -> None:
    for question, answer in ANSWERS + _samples():
        result = analyze(answer, question=question)
        assert plain_report(result, width) == _rich(result, width), (answer, width)


@pytest.mark.parametrize(
    ("answer", "width"),
    [
        ("特にありません。", 40),  # too narrow for the fixed lines
        ("特に\tありません。", 80),  # Rich expands tabs
        ("特にありません。\r", 80),  # and strips some control codes
        ("特にありません👍🏻‍♂️。", 80),  # an emoji sequence, measured by grapheme
    ],
)
def test_rich_prints_what_plain_text_cannot_promise(answer: str, width: int) -> None:
    assert plain_report(analyze(answer), width) is None


@pytest.mark.parametrize(
    "env",
    [
        {},
        {"FORCE_COLOR": "1"},
        {"FORCE_COLOR": ""},
        {"TTY_COMPATIBLE": "1", "FORCE_COLOR": ""},
        {"TTY_COMPATIBLE": "0", "FORCE_COLOR": "1"},
        {"COLUMNS": "100"},
        {"COLUMNS": "wide"},
    ],
)
def test_plain_and_width_as_rich_decides(env: dict[str, str]) -> None:
    console = Console(_environ=env)  # on sys.stdout, as print_analysis's
    assert rich_is_plain(env) is not console.is_terminal
    assert console_width(env) == console.width


def test_a_piped_analyze_imports_neither_rich_s_console_nor_pydantic(tmp_path: Path) -> None:
    """The quick path to a pipe: the data files' stamps (written by the first run) spare
    pydantic, the plain report spares Rich's console; the output is Rich's."""
    env = {**os.environ, "FURIKAERI_CACHE_DIR": str(tmp_path), "COLUMNS": "80"}
    env.pop("FORCE_COLOR", None)
    env.pop("TTY_COMPATIBLE", None)
    code = (
        "import sys; sys.argv = ['furikaeri', 'analyze', sys.argv[1]]\n"
        "from furikaeri import launch\n"
        "try:\n    launch.main()\n"
        "finally:\n"
        "    print(sorted(m for m in ('pydantic', 'rich.console') if m in sys.modules),"
        " file=sys.stderr)\n"
    )
    answer = "上司が全然評価してくれないので辞めました。"
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, answer], env=env, capture_output=True, text=True
        )
        for _ in range(2)
    ]
    assert runs[1].stderr.strip() == "[]"
    assert runs[0].stdout == runs[1].stdout == _rich(analyze(answer), 80)
