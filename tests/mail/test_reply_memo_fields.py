"""Evaluation-sheet lines (「項目：評価　コメント」): each field is a sentence of its own, however
long its comment, and an overall verdict on its own line judges no field above it."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import split_sentences

SHEET = (
    "評価メモ\n"
    "経験：A　店舗運営3年、売上管理も一通り経験あり\n"
    "志望度：C　当社でなければならない理由が最後まで聞けなかった\n"
    "退職理由：C　前職の上司への不満が中心で、今後どうしたいかの話がなかった\n"
    "身だしなみ：B\n"
    "総合：不採用"
)


def test_each_field_line_is_a_sentence() -> None:
    said = [original for original, _ in split_sentences(SHEET, items=True)]
    assert "志望度：C　当社でなければならない理由が最後まで聞けなかった" in said
    assert "総合：不採用" in said


def test_each_field_names_its_own_cause() -> None:
    reply = classify_reply(SHEET)
    assert reply.label == "feedback"
    assert set(reply.causes) == {"motivation", "negative_reason"}


@pytest.mark.parametrize(
    "body",
    [
        "評価シート\nマナー：A\n総合判定：不合格",
        "面接評価\n\nコミュニケーション：B\n\n総合評価：見送り",
        "所見\n身だしなみ：問題なし\n結果：不採用",
    ],
)
def test_a_verdict_line_judges_no_field_above_it(body: str) -> None:
    assert classify_reply(body).causes == []


def test_a_line_left_open_still_goes_on() -> None:
    body = "面接官より、\n志望度：もう少し当社を選ぶ理由を聞きたかったとのことです。"
    said = [original for original, _ in split_sentences(body, items=True)]
    assert len(said) == 1


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "面接官の所感です。【よかった点】店長としてのご経験は豊富でした【気になった点】"
            "最後のご質問がなく、入社への熱意が伝わりにくかった",
            ["reverse_question"],
        ),
        (
            "評価をお伝えします。【良かった点】はきはきとした話し方【懸念点】必須の資格をお持ちでない",
            ["skills"],
        ),
    ],
)
def test_fields_run_into_one_line_are_read_apart(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.causes == causes
    assert all(e in body for e in got.evidence)
