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


def test_an_application_accepted_under_its_lines_is_no_booking() -> None:
    # 「以下の内容で…受け付けました」 under 応募日時: the application was accepted, not a slot
    body = (
        "山本様\n\nこのたびは株式会社サクラ工機の「品質保証」求人にご応募いただき、"
        "ありがとうございます。\n以下の内容でエントリーを受け付けました。\n\n"
        "受付日時：2026/11/03 21:10\n職種：品質保証\n\n"
        "書類選考の結果は5営業日以内にご連絡いたします。"
    )
    assert classify_notice(subject="エントリー受付完了", body=body).label == "other"


def test_a_slot_accepted_under_its_lines_still_books() -> None:
    body = (
        "山本様\n\n一次面接の日程につきまして、ご返信ありがとうございます。\n"
        "日時：11月12日（木）14:00〜15:00\n場所：本社3階\n"
        "上記の日程で承りました。当日はお気をつけてお越しください。"
    )
    assert classify_notice(subject="一次面接日程のご確認", body=body).label == "interview_invite"
