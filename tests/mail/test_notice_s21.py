"""Session 21: notices read on classes the blind sets showed (an internship's selection, …)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # admitted to the internship, its days and place booked: the selection's pass
            "サマーインターン選考結果のお知らせ",
            "森本 様\n\nこのたびはサマーインターンにご応募いただきありがとうございました。\n"
            "書類選考の結果、森本様には本インターンシップにご参加いただくことが決定いたしました。\n"
            "期間：8月18日（火）〜8月22日（土）\n会場：大阪本社 5階\n"
            "参加承諾書を8月5日までにご提出ください。",
            "pass",
        ),
        (
            "【参加決定】1day仕事体験",
            "選考の結果、インターンシップにご参加いただけることとなりました。\n"
            "詳細は追ってマイページにてご案内します。",
            "pass",
        ),
        (  # the internship's result, a refusal
            "インターンシップ選考結果",
            "インターンシップへのご応募ありがとうございました。\n厳正なる選考の結果、"
            "誠に残念ながら今回はご参加いただくことができなくなりました。",
            "rejection",
        ),
        (  # thanks after an internship attended: no result
            "インターンシップ参加のお礼",
            "先日はインターンシップにご参加いただき、ありがとうございました。\n"
            "アンケートへのご回答をお願いいたします。",
            "other",
        ),
    ],
)
def test_an_internship_selection(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
