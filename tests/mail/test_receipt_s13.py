"""Session 13 (s13-answers4): an application receipt (応募・エントリーの受付、自動送信) tells
what comes next, a result or a contact, and decides nothing: other. A receipt that asks the
reader to book an interview now invites. Mails written for these tests (none from the
evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

RECEIPTS = [
    (
        "ご応募受付のお知らせ",
        "小林様\n\n下記の求人へのご応募を受け付けました。\n■職種：生産管理\n"
        "書類選考の結果は、合否にかかわらず10日以内にご連絡いたします。\n"
        "※このメールは送信専用アドレスから自動でお送りしています。",
    ),
    (
        "エントリー完了のお知らせ",
        "中村様\n\nこの度は当社の新卒採用にエントリーいただき、ありがとうございます。\n"
        "今後の説明会や選考の日程は、マイページにて順次お知らせいたします。\n\n"
        "株式会社アサヒ精機 採用チーム",
    ),
    (
        "応募書類を受領しました",
        "加藤様\n\n履歴書と職務経歴書を確かに受け取りました。\n"
        "書類選考を通過された方にのみ、面接日程のご連絡を差し上げます。\n\n"
        "株式会社リバーサイド 人事課",
    ),
]


@pytest.mark.parametrize(("subject", "body"), RECEIPTS)
def test_an_application_receipt_is_other(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "other"


def test_a_receipt_that_books_the_interview_invites() -> None:
    body = (
        "吉田様\n\nご応募ありがとうございます。\n当社では書類選考を行わず、応募者全員と面接を"
        "しております。\n下記のページから面接の日時をご予約ください。\n\n有限会社ミナミ 採用係"
    )
    assert (
        classify_notice(subject="ご応募ありがとうございます", body=body).label == "interview_invite"
    )
