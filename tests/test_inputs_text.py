"""Text of any size and any code point: SudachiPy's 49,149-byte limit, lone surrogates,
width folding that keeps offsets, half-width katakana. Each case broke something before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import nlp
from furikaeri.analyzer import analyze
from furikaeri.cli import app

runner = CliRunner()

LONG_MOTIVATION = (
    "貴社の物流ロボットに惹かれ、倉庫の自動化に携わりたいと考えました。" * 600
)  # ~19k字


@pytest.mark.parametrize(
    "text",
    [
        "あ" * 16_384,  # one run of 49,152 bytes with no sentence end
        "私は営業です。" * 20_000,
        "㈱" * 30_000,  # Sudachi's normalisation lengthens it past the limit
        "ﷺ" * 5_000,  # 15,000 bytes in, 90,000 after normalisation
        "x" * 100_000,
        "a\ud800b",
        "",
    ],
)
def test_tokenize_accepts_any_text_and_keeps_offsets(text: str) -> None:
    clean = nlp.valid_text(text)
    tokens = nlp.tokenize(text)
    assert "".join(t.surface for t in tokens) == clean
    assert all(clean[t.begin : t.end] == t.surface for t in tokens)
    assert all(clean[m.begin() : m.end()] == m.surface() for m in nlp.morphemes(text))


def test_chunks_are_cut_after_sentence_ends_and_concatenate_to_the_text() -> None:
    text = "今日は晴れです。明日は雨でしょう！" * 3_000
    pieces = nlp.chunks(text)
    assert len(pieces) > 1 and "".join(pieces) == text
    assert all(p.endswith(("。", "！")) for p in pieces)
    assert all(len(p.encode()) <= nlp.SUDACHI_MAX_BYTES for p in pieces)


def test_a_long_answer_and_a_long_company_profile_are_analysed() -> None:
    assert len(LONG_MOTIVATION.encode()) > nlp.SUDACHI_MAX_BYTES
    result = analyze(LONG_MOTIVATION, kind="motivation")
    assert "communication.too_long" in [f.code for f in result.findings]
    profile = "物流ロボット「ハコベル」を開発する会社です。" * 5_000
    result = analyze(
        "貴社のハコベルに惹かれました。", kind="motivation", company={"profile": profile}
    )
    assert result.kind == "motivation"


def test_a_lone_surrogate_is_read_as_a_replacement_character() -> None:
    result = analyze("私の強みは\ud800責任感です。", kind="self_pr")
    assert "\ud800" not in json.dumps(result.to_dict(), ensure_ascii=False)
    for f in result.findings:
        for span in f.evidence:
            assert result.answer[span.start : span.end] == span.text


def test_half_width_katakana_alone_is_japanese() -> None:
    result = analyze("ｺﾐｭﾆｹｰｼｮﾝﾉｳﾘｮｸｶﾞｱﾘﾏｽ", kind="self_pr")
    assert result.kind == "self_pr"


@pytest.mark.parametrize("text", ["㈱ﾎﾞﾎﾞ", "ﾎﾞﾎﾞ㈱ですﾊﾟﾜﾊﾗ", "㈲ｶﾞｸﾁｶ①", "か\u3099ん"])
def test_fold_keeps_every_offset(text: str) -> None:
    folded = nlp.fold(text)
    assert len(folded) == len(text)
    # Each position folds on its own: what stands at i in the fold came from i in the text.
    for i, ch in enumerate(text):
        if folded[i] != "\u200b" and (i == 0 or folded[i - 1] != "\u200b"):
            assert folded[i] in (ch, nlp.fold(ch)), (i, ch, folded[i])
    assert nlp.fold("㈱ﾎﾞﾎﾞ") == "㈱\u200bボ\u200bボ"


def test_cli_analyze_a_long_answer_and_a_long_profile(tmp_path: Path) -> None:
    answer = tmp_path / "a.txt"
    answer.write_text(LONG_MOTIVATION, encoding="utf-8")
    profile = tmp_path / "p.txt"
    profile.write_text("理念は「物流を止めない」。" * 5_000, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "analyze",
            "-f",
            str(answer),
            "--kind",
            "motivation",
            "--company-profile-file",
            str(profile),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_cli_analyze_jsonl_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "answer": LONG_MOTIVATION, "kind": "motivation"}),
        json.dumps({"id": "\ud800", "answer": "私の強みは\ud800責任感です。", "kind": "self_pr"}),
        json.dumps({"id": 3, "answer": "はい", "company": {"profile": "理念" * 30_000}}),
        json.dumps({"id": 4, "answer": "あ" * 30_000}),
        "{bad",
        json.dumps({"id": 6, "answer": "特にありません。", "kind": "reverse_questions"}),
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines), encoding="utf-8", errors="surrogatepass")
    result = runner.invoke(app, ["analyze", "--jsonl", str(source)])
    assert result.exit_code == 1  # some lines failed, every line answered
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r.get("id", r.get("line")) for r in out] == [1, "\ud800", 3, 4, 5, 6]
    assert "findings" in out[0] and "findings" in out[1] and "findings" in out[2]
    assert "長すぎます" in out[3]["error"] and "error" in out[4]
    assert out[5]["findings"][0]["code"] == "reverse_question.none"


def test_cli_analyze_an_argument_with_undecodable_bytes() -> None:
    # argv bytes that are not UTF-8 arrive as lone surrogates (surrogateescape).
    result = runner.invoke(app, ["analyze", "私の強みは\udced\udca0\udc80責任感です。"])
    assert result.exit_code == 0, result.output


def test_mail_classify_jsonl_with_lone_surrogates_goes_on() -> None:
    text = (
        json.dumps({"id": "\ud800", "body": "今回は見送らせていただきます\ud800"})
        + "\n"
        + json.dumps({"id": 2, "body": "内定のご連絡です。"})
        + "\n"
    )
    result = runner.invoke(app, ["mail", "classify", "--jsonl", "-"], input=text)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["label"]) for r in out] == [("\ud800", "rejection"), (2, "offer")]


def test_importing_a_file_with_a_lone_surrogate_is_a_clear_error(tmp_path: Path) -> None:
    doc = {
        "format": "furikaeri-export", "version": 1, "schema": "0001",
        "tables": {"users": [{"id": 1, "handle": "local", "created_at": "2026-01-01T00:00:00"}],
                   "applications": [{"id": 1, "user_id": 1, "company": "\ud800A"}]},
    }  # fmt: skip
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    db = migrated_sqlite(tmp_path / "x.sqlite3")
    result = runner.invoke(app, ["import", str(path), "--db", db])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "読めない値" in result.stderr and "Traceback" not in result.output


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_folds_quick_check_never_skips_a_text_with_something_to_fold(text: str) -> None:
    assert nlp.fold(text) == nlp._fold_chars(text)


def test_every_character_nfkc_changes_is_seen_by_the_quick_check() -> None:
    import unicodedata

    for code in range(0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        assert nlp.fold(ch) == nlp._fold_chars(ch), hex(code)
    assert nlp.fold("ｶﾞｲﾄﾞ") == nlp._fold_chars("ｶﾞｲﾄﾞ")
    assert nlp.fold("か\u3099") == nlp._fold_chars("か\u3099")
    assert unicodedata.is_normalized("NFKC", "面接に落ちた")


def test_the_tokenizer_reads_what_a_full_one_reads() -> None:
    """nlp loads only some dictionary fields (nlp.FIELDS): every morpheme method the app
    calls answers as with all fields loaded."""
    from sudachipy import Dictionary, SplitMode

    from furikaeri.nlp import morphemes

    full = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    text = "御社の『ハコブン』に共感し、ｶﾀｶﾅや１２３件、見れる・食べれます、チョーやばいっす！"

    def read(m: object) -> tuple[object, ...]:
        return tuple(
            getattr(m, name)()
            for name in (
                "surface", "begin", "end", "word_id", "part_of_speech_id", "part_of_speech",
                "normalized_form", "dictionary_form", "synonym_group_ids", "is_oov",
            )
        )  # fmt: skip

    assert [read(m) for m in morphemes(text)] == [read(m) for m in full.tokenize(text)]
