"""Session 19, notices round 5: a class negated with a focus particle (「合格者とはなりませんでした」),
a verdict in a request's form (「不採用でお願いします」), a scholarship's own gathering."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "受験番号 0412\n選考の結果、あなたは採用候補者とはなりませんでした。\n\n緑町役場 総務課",
            "rejection",
        ),
        (
            "受験番号 B-7\n第2次試験の結果、貴殿は合格者とはなりませんでしたので通知します。",
            "rejection",
        ),
        (
            "受験番号 19\n審査の結果、貴殿は採用予定者にも該当しませんでした。\n\n東町教育委員会",
            "rejection",
        ),
        (
            "パン工房むぎです。面接ありがとうございました。ごめんね、今回は不採用でお願いします🙏",
            "rejection",
        ),
        ("食堂ひなたです。今回は不採用でよろしくお願いします。", "rejection"),
        ("食堂ひなたです。不採用でも交通費はお支払いしますので領収書を送ってください。", "other"),
        (
            "一般財団法人ほしぞら奨学会です。\n選考の結果、あなたを奨学生として採用することが決定しました。"
            "\n7月に奨学生の認定式および交流会を開催します。",
            "other",
        ),
        (
            "株式会社ほしぞら商事 人事部です。\n選考の結果、あなたを正社員として採用することが決定しました。"
            "\n内定者交流会を7月に開催します。",
            "offer",
        ),
    ],
)
def test_notices5(body: str, label: str) -> None:
    assert classify_notice(subject="選考結果のご連絡", body=body).label == label
