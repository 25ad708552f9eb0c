"""Forwarded notices, who signs a notice, where to answer, what the notice says about questions,
and which date is the notice's: furikaeri.mail.forward, .contacts and classify_mail."""

from __future__ import annotations

from datetime import date

import pytest
from forward_samples import AGENT, REPLY, STYLES, forward_mails

from furikaeri.mail import contacts
from furikaeri.mail.forward import parse_loose_date, split_forward
from furikaeri.mail.notice import classify_mail, classify_notice
from furikaeri.mail.parse import parse_message


@pytest.mark.parametrize("name", sorted(STYLES))
def test_each_forward_style_is_read_as_the_notice_it_forwards(name: str) -> None:
    result = classify_mail(parse_message(forward_mails()[name]))
    assert result.label == "rejection"
    assert result.forwarded is not None
    assert result.company == "株式会社ミナトロジ" and result.stage == "一次"
    # The notice was sent on the 20th; it was forwarded on the 23rd.
    assert result.date == date(2026, 11, 20)
    assert not result.via_agent
    # The forwarder's own address is not where the request goes: the company's is.
    assert result.reply_to == "saiyo@minatologi.example"
    assert result.person == "中村"


@pytest.mark.parametrize("name", sorted(AGENT))
def test_an_agents_forward_is_via_agent_with_the_advisor_and_the_agents_address(
    name: str,
) -> None:
    result = classify_mail(parse_message(forward_mails()[name]))
    assert result.label == "rejection" and result.via_agent
    assert result.company == "株式会社ミナトロジ"
    assert result.advisor == "佐藤"
    assert result.reply_to == "sato@careerlink.example"
    assert result.person is None  # the request goes to the advisor, not to 中村
    assert result.date == date(2026, 11, 20)


def test_a_reply_quoting_the_mail_it_answers_is_not_a_forward() -> None:
    assert split_forward(subject="Re: 別件のご相談", body=REPLY) is None
    assert classify_notice(subject="Re: 別件のご相談", body=REPLY).label != "rejection"


def test_quoted_lines_without_forward_words_stay_ignored() -> None:
    body = "山田様\n\nご返信ありがとうございます。\n\n> 不採用のご連絡をいただきました。\n"
    assert split_forward(subject="Re: 選考結果", body=body) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026年11月20日(金) 10:00", date(2026, 11, 20)),
        ("Fri, Nov 20, 2026 at 10:00 AM", date(2026, 11, 20)),
        ("Friday, November 20, 2026 10:00 AM", date(2026, 11, 20)),
        ("Fri, 20 Nov 2026 10:00:00 +0900", date(2026, 11, 20)),
        ("2026/11/20 10:00", date(2026, 11, 20)),
        ("20 November 2026 10:00", date(2026, 11, 20)),
        ("そのうち", None),
        ("2026年2月30日", None),
    ],
)
def test_forwarded_date_headers(value: str, expected: date | None) -> None:
    assert parse_loose_date(value) == expected


@pytest.mark.parametrize(
    ("signature", "expected"),
    [
        ("株式会社ミナトロジ\n人事部 採用担当 中村", "中村"),
        ("株式会社ミナトロジ 人事部\n採用担当：佐々木 花子", "佐々木"),
        ("株式会社ミナトロジ\n人事部 採用担当\n長谷川 一郎", "長谷川"),
        ("株式会社ミナトロジ 人事部の田中です。\nよろしくお願いいたします。", "田中"),
        ("株式会社ミナトロジ\n人事部 採用担当", None),
        ("株式会社ミナトロジ 採用チーム", None),
    ],
)
def test_the_person_signing_a_notice(signature: str, expected: str | None) -> None:
    body = "山田様\n\n今回は見送らせていただくこととなりました。\n\n" + signature
    assert contacts.signer(body) == expected


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        ("ご不明点は saiyo@a.example までご連絡ください。", {}, "saiyo@a.example"),
        ("本文", {"reply_to": "中村 <nakamura@a.example>"}, "nakamura@a.example"),
        ("本文", {"from_": "採用担当 <saiyo@a.example>"}, "saiyo@a.example"),
        ("本文", {"from_": "<no-reply@a.example>"}, None),
        ("本メールは送信専用です。", {"from_": "noreply@a.example"}, None),
    ],
)
def test_the_reply_address(body: str, headers: dict[str, str], expected: str | None) -> None:
    assert contacts.reply_address(body, **headers) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "なお、選考の内容に関するお問い合わせにはお答えいたしかねます。",
        "選考結果の理由については開示しておりませんので、ご了承ください。",
        "合否の理由に関するご質問にはお答えできかねますこと、ご容赦ください。",
        "選考内容についてのお問い合わせには、回答を差し控えさせていただいております。",
        "不採用の理由についてはお伝えできませんので、あらかじめご了承ください。",
    ],
)
def test_a_notice_saying_questions_are_not_answered(sentence: str) -> None:
    body = "山田様\n\n今回は採用を見送らせていただくこととなりました。\n" + sentence
    assert classify_notice(subject=None, body=body).no_disclosure


@pytest.mark.parametrize(
    "sentence",
    [
        "ご不明な点がございましたら、お気軽にお問い合わせください。",
        "選考についてのご質問は、面接の際にお答えいたします。",
        "今後のご活躍をお祈り申し上げます。",
    ],
)
def test_a_notice_that_says_nothing_about_questions(sentence: str) -> None:
    body = "山田様\n\n今回は採用を見送らせていただくこととなりました。\n" + sentence
    assert classify_notice(subject=None, body=body).no_disclosure == []


def test_the_date_header_is_the_notice_date_not_a_deadline_in_the_body() -> None:
    raw = forward_mails()["gmail"]
    parsed = parse_message(raw)
    assert parsed.date is not None and parsed.date.date() == date(2026, 11, 23)
    direct = classify_notice(
        subject="二次面接のご案内",
        body="二次面接の日程は12月3日(木)、ご返信は11月27日までにお願いします。",
        sent=date(2026, 11, 20),
    )
    assert direct.date == date(2026, 11, 20)
