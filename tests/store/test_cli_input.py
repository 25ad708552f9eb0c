"""What the CLI is given: ids that are not positive numbers, --db after the id, answers and
JSONL in the encodings Japanese editors save (a BOM, Shift_JIS, UTF-16) or on stdin, NUL-only
input, a final line break, a target in a missing folder. Each is read, or refused with one
message in Japanese, never a traceback or Click's English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_support import clean_output, fresh_db, one_line_failure
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


@pytest.mark.parametrize(
    ("lines", "bad_line"),
    [
        (["私の強みは粘り強さです。"], 1),
        (["特にありません。", "給料が低かったので辞めました。"], 2),
    ],
)
@pytest.mark.parametrize("encoding", ["cp932", "euc_jp"])
def test_analyze_jsonl_not_in_utf8_names_the_line(
    tmp_path: Path, lines: list[str], bad_line: int, encoding: str
) -> None:
    src = tmp_path / "answers.jsonl"
    records = [
        json.dumps({"id": str(i), "answer": t}, ensure_ascii=False) for i, t in enumerate(lines)
    ]
    good = "".join(r + "\n" for r in records[:-1]).encode("utf-8")
    src.write_bytes(good + (records[-1] + "\n").encode(encoding))
    result = CliRunner().invoke(app, ["analyze", "--jsonl", str(src)])
    assert result.exit_code == 2
    assert f"{bad_line} 行目を UTF-8 として読めません" in clean_output(result)
    # The lines before it are judged and written (they were read in the same batch).
    judged = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert judged == [str(i) for i in range(bad_line - 1)]


@pytest.mark.parametrize("command", [["analyze", "--jsonl"], ["mail", "classify", "--jsonl"]])
def test_jsonl_saved_with_a_bom_is_read(tmp_path: Path, command: list[str]) -> None:
    """Windows メモ帳 saves UTF-8 with a BOM: the first record is still a record."""
    src = tmp_path / "bom.jsonl"
    rec = {
        "id": "a",
        "answer": "私の強みは粘り強さです。",
        "body": "今回は見送りとさせていただきます。",
    }
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps(rec, ensure_ascii=False).encode() + b"\n")
    result = CliRunner().invoke(app, [*command, str(src)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout.splitlines()[0])
    assert out["id"] == "a" and "error" not in out


def test_mail_classify_jsonl_from_stdin_in_shift_jis_is_a_clear_error() -> None:
    data = '{"id": "a", "body": "見送り"}\n'.encode("cp932")
    result = CliRunner().invoke(app, ["mail", "classify", "--jsonl", "-"], input=data)
    assert result.exit_code == 2
    assert "標準入力 の 1 行目を UTF-8 として読めません" in clean_output(result)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "make", "999"], "不採用の記録（ID 999）が見つかりません"),
        (["plan", "done", "7"], "やること（ID 7）が見つかりません"),
        (["plan", "done", "7", "--undo"], "やること（ID 7）が見つかりません"),
    ],
)
def test_plan_subcommands_take_db_after_the_id(
    tmp_path: Path, args: list[str], message: str
) -> None:
    """`furikaeri diagnose 2 --db …` works, so `plan make 1 --db …` must too (it was Click's
    English 「No such option: --db」)."""
    result = CliRunner().invoke(app, [*args, "--db", fresh_db(tmp_path)])
    assert result.exit_code == 1, result.output
    assert message in clean_output(result)
    before = CliRunner().invoke(app, ["plan", "--db", fresh_db(tmp_path), *args[1:]])
    assert message in clean_output(before)


ANSWER = "私の強みは粘り強さです。前職では新規開拓の件数を前年の1.5倍に増やしました。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932", "euc_jp", "utf-16"])
@pytest.mark.parametrize("option", ["--file", "--company-profile-file"])
def test_analyze_reads_the_encodings_japanese_editors_save(
    tmp_path: Path, encoding: str, option: str
) -> None:
    """メモ帳 saves UTF-8 with a BOM, 「ANSI」 (Shift_JIS) or 「Unicode」 (UTF-16); the web's
    document upload read them, `analyze --file` printed Python's English codec error."""
    src = tmp_path / "answer.txt"
    src.write_bytes(ANSWER.encode(encoding))
    args = ["analyze", "--file", str(src), "--json"]
    if option == "--company-profile-file":
        args = ["analyze", ANSWER, "--company-name", "株式会社あ", option, str(src), "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    if option == "--file":
        assert json.loads(result.stdout)["chars"] == len(ANSWER)


def test_analyze_of_a_file_no_encoding_reads_is_a_japanese_error(tmp_path: Path) -> None:
    src = tmp_path / "answer.txt"
    src.write_bytes(b"\xff\xfe\x00")  # a UTF-16 BOM and half a character
    result = CliRunner().invoke(app, ["analyze", "--file", str(src)])
    assert result.exit_code == 2
    out = clean_output(result)
    assert "文字コードを読み取れません" in out and "codec" not in out


def test_import_of_a_file_that_is_not_utf8_says_so_in_japanese(tmp_path: Path) -> None:
    src = tmp_path / "backup.json"
    src.write_bytes('{"format": "furikaeri-export", "note": "見送り"}'.encode("cp932"))
    result = CliRunner().invoke(app, ["import", str(src), "--db", fresh_db(tmp_path)])
    assert result.exit_code == 1
    out = clean_output(result)
    assert "UTF-8 の JSON ではありません" in out and "codec" not in out


runner = CliRunner()


def test_analyze_file_does_not_count_the_final_line_break(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text("私の強みは粘り強さです。" * 1666 + "あ" * 8 + "\n", encoding="utf-8")
    assert len(answer.read_text(encoding="utf-8")) == 20_001
    result = runner.invoke(app, ["analyze", "--file", str(answer), "--json"])
    assert result.exit_code == 0, result.output
    assert "回答が長すぎます" not in result.output


def test_diagnose_a_negative_id_is_refused_in_japanese(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    message = one_line_failure(runner.invoke(app, ["diagnose", "-1", "--db", url]))
    assert "面接の ID は 1 以上" in message and "No such option" not in message


def test_analyze_reads_nul_only_stdin_as_an_empty_answer() -> None:
    result = CliRunner().invoke(app, ["analyze", "-"], input="\x00\x00")
    assert result.exit_code == 2
    assert "回答が空です" in result.output
