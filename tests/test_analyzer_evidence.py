"""Evidence is whole words and phrases, and strengths are not credited inside a criticised
passage (both for the web page and the CLI, which print the analyzer's evidence)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc
from furikaeri.nlp import morphemes


@pytest.mark.parametrize(
    ("text", "cut", "whole"),
    [
        ("夜勤が多いので辞めました。", "夜勤が多", "夜勤が多い"),
        ("誰も相談に乗ってくれなかった。", "相談に乗ってくれな", "相談に乗ってくれなかった"),
        ("貴社は伸びている会社です。", "社は伸びている会社", "貴社は伸びている会社"),
        ("現場の声は無視されました。", "無視さ", "無視されました"),
        ("倉庫管理の仕事です。", "庫管理", "倉庫管理"),
        ("店長とは合わなかった。", "店長", "店長"),
    ],
)
def test_spans_are_widened_to_whole_words(text: str, cut: str, whole: str) -> None:
    doc = Doc(text)
    at = text.index(cut)
    assert doc.phrase(doc.span(at, at + len(cut))).text == whole


def test_a_word_boundary_follows_a_full_stop_before_any_kana_or_kanji() -> None:
    """What Doc.phrase relies on to snap a sentence cited whole without tokenizing it: Sudachi
    never reads 「。」 and a following kana or kanji as one word."""
    letters = [
        *range(0x3041, 0x3097),  # hiragana
        *range(0x30A1, 0x30FB),  # katakana
        *range(0x4E00, 0xA000),  # CJK unified ideographs
    ]
    joined = [
        c for c in map(chr, letters) if 4 not in {m.end() for m in morphemes(f"ですか。{c}です")}
    ]
    assert joined == []


def test_a_sentence_cited_whole_is_kept_as_it_is() -> None:
    text = "情報をどう共有されていますか。また、資料があれば教えてください。"
    doc = Doc(text)
    first = doc.sentences[0]
    span = doc.span(first.start, first.end)
    assert doc.phrase(span) is span
    assert doc.clauses_to_tokenize([span]) == []


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (
            "部長の方針が二転三転し、その結果、半年で三つの案件が中止になりました。",
            "reason_for_leaving",
        ),
        (
            "給料が安すぎて、その結果、副業を二つ掛け持ちする羽目になりました。",
            "reason_for_leaving",
        ),
    ],
)
def test_no_strength_inside_a_complaint(answer: str, kind: str) -> None:
    result = analyze(answer, kind=kind)
    assert "negative_reason.blame" in {f.code for f in result.findings}
    criticised = [s for f in result.findings for s in f.evidence]
    for strength in result.strengths:
        for span in strength.evidence:
            assert not any(c.start < span.end and span.start < c.end for c in criticised)
    assert "strength.result" not in {s.code for s in result.strengths}


def test_a_strength_in_another_sentence_is_kept() -> None:
    answer = (
        "前職では棚の配置を見直し、その結果、出荷の誤りを月2件まで減らしました。"
        "ただ、上司が話を全く聞いてくれず、限界でした。"
    )
    result = analyze(answer, kind="reason_for_leaving")
    assert "negative_reason.blame" in {f.code for f in result.findings}
    assert "strength.result" in {s.code for s in result.strengths}


Q_STRENGTHS = "あなたの強みを教えてください。"


def test_evidence_never_a_bare_reply() -> None:
    found = analyze(
        "はい。私は御社の化粧品を10年使ってきました。御社の理念に共感し、志望いたしました。",
        question=Q_STRENGTHS,
    ).findings
    assert found and all(s.text != "はい。" for f in found for s in f.evidence)
