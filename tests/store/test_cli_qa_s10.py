"""QA session 10: CLI commands with bad input answer in Japanese, never with a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from furikaeri.cli import app


def _db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"


def _clean(result: object) -> str:
    output = str(getattr(result, "output", ""))
    assert "Traceback" not in output and "Usage" not in output, output
    assert not isinstance(getattr(result, "exception", None), UnicodeDecodeError)
    return output


def test_practice_history_on_a_new_database_says_there_is_nothing_yet(tmp_path: Path) -> None:
    """The first command a user runs on a fresh database may be a read-only one."""
    result = CliRunner().invoke(app, ["practice", "history", "--db", _db(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "まだ練習の記録がありません" in _clean(result)


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
    assert f"{bad_line} 行目を UTF-8 として読めません" in _clean(result)
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
    assert "標準入力 の 1 行目を UTF-8 として読めません" in _clean(result)


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
    result = CliRunner().invoke(app, [*args, "--db", _db(tmp_path)])
    assert result.exit_code == 1, result.output
    assert message in _clean(result)
    before = CliRunner().invoke(app, ["plan", "--db", _db(tmp_path), *args[1:]])
    assert message in _clean(before)


@pytest.mark.parametrize(
    ("rounds", "status", "offers", "final"),
    [
        # 内定 then 辞退: the offer happened, the 最終 was passed.
        ([("一次", "passed"), ("二次", "passed"), ("最終", "passed")], "withdrawn", 1, (1, 1)),
        ([("一次", "passed"), ("最終", "passed")], "offer", 1, (1, 1)),
        # 辞退 before the 最終's result: out of the 最終 denominator, no offer.
        ([("一次", "passed"), ("二次", "passed"), ("最終", "pending")], "withdrawn", 0, (0, 0)),
        # 辞退 after passing 一次: counted up to 二次, nothing beyond.
        ([("一次", "passed")], "withdrawn", 0, (0, 0)),
    ],
)
def test_an_offer_declined_still_counts_as_an_offer(
    store: Any, rounds: list[tuple[str, str]], status: str, offers: int, final: tuple[int, int]
) -> None:
    from furikaeri import store as st
    from furikaeri.patterns_report import build_patterns

    with store.session() as s:
        a = st.create_application(s, company="株式会社ないてい", applied_on="2026-10-01")
        for stage, result in rounds:
            st.add_interview(s, application_id=a.id, stage=stage, date="2026-10-10", result=result)
        st.update_application(s, a.id, status=status)
    with store.session(readonly=True) as s:
        p = build_patterns(s)
    assert {f.label: f.reached for f in p.funnel}["内定"] == offers
    rates = {r.stage: r for r in p.rates}
    assert (rates["最終"].passed, rates["最終"].decided) == final


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
    out = _clean(result)
    assert "文字コードを読み取れません" in out and "codec" not in out


def test_import_of_a_file_that_is_not_utf8_says_so_in_japanese(tmp_path: Path) -> None:
    src = tmp_path / "backup.json"
    src.write_bytes('{"format": "furikaeri-export", "note": "見送り"}'.encode("cp932"))
    result = CliRunner().invoke(app, ["import", str(src), "--db", _db(tmp_path)])
    assert result.exit_code == 1
    out = _clean(result)
    assert "UTF-8 の JSON ではありません" in out and "codec" not in out
