"""`furikaeri analyze` through the real CLI (Typer's CliRunner)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from furikaeri.cli import app

runner = CliRunner()


def test_readable_report_shows_finding_evidence_and_advice() -> None:
    result = runner.invoke(
        app, ["analyze", "私の強みは責任感です。", "--question", "自己PRをお願いします。"]
    )
    assert result.exit_code == 0, result.output
    assert "強みを名乗って" in result.output
    assert "根拠" in result.output and "責任感" in result.output and "改善" in result.output


def test_json_output() -> None:
    result = runner.invoke(
        app, ["analyze", "特にありません。", "--kind", "reverse_questions", "--json"]
    )
    data = json.loads(result.output)
    assert data["kind"] == "reverse_questions"
    assert data["findings"][0]["code"] == "reverse_question.none"


def test_answer_from_file_and_company_profile(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(
        "物流の分野で伸びている御社なら、自分も大きく変われると思いました。", encoding="utf-8"
    )
    profile = tmp_path / "company.txt"
    profile.write_text("倉庫管理システム『ハコブン』を提供。", encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "analyze",
            "--file",
            str(answer),
            "--kind",
            "motivation",
            "--company-name",
            "ミナトロジ",
            "--company-profile-file",
            str(profile),
            "--json",
        ],
    )
    codes = [f["code"] for f in json.loads(result.output)["findings"]]
    assert "motivation.generic" in codes


def test_answer_from_stdin() -> None:
    result = runner.invoke(
        app, ["analyze", "-", "--kind", "reverse_questions", "--json"], input="いえ、大丈夫です。\n"
    )
    assert json.loads(result.output)["findings"][0]["code"] == "reverse_question.none"


def test_jsonl_batch_contract(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "1", "answer": "特にありません。", "question": "何か質問はありますか。"}\n'
        "{broken\n"
        '{"id": "3", "answer": "初年度の賞与は何か月分ですか。", "kind": "reverse_questions", "expect": []}\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["analyze", "--jsonl", str(src)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["id"] == "1" and rows[0]["findings"][0]["code"] == "reverse_question.none"
    assert rows[1] == {"line": 2, "error": rows[1]["error"]}
    assert rows[2]["findings"][0]["code"] == "reverse_question.conditions"
    assert set(rows[0]) == {"id", "kind", "findings", "strengths", "chars", "spoken_seconds"}


def test_jsonl_from_stdin_all_good_exits_zero() -> None:
    result = runner.invoke(
        app,
        ["analyze", "--jsonl", "-"],
        input='{"id": "x", "answer": "特にありません。", "kind": "reverse_questions"}\n',
    )
    assert result.exit_code == 0
    assert json.loads(result.output)["id"] == "x"


def test_bad_input_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    for args in (
        ["analyze", "   "],
        ["analyze", "特にありません。", "--kind", "chat"],
        ["analyze", "--file", str(tmp_path / "missing.txt")],
        ["analyze", "--jsonl", str(tmp_path / "missing.jsonl")],
        ["analyze", "This is English."],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert "エラー" in result.output and "Traceback" not in result.output
