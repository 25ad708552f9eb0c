"""Evidence is whole words and phrases, and strengths are not credited inside a criticised
passage (both for the web page and the CLI, which print the analyzer's evidence)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc


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
