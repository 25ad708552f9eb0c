"""Session 13 (s13-answers2): an offer worded without 内定: the reader as the partner of
working together in the desiderative, or the wish to welcome the reader told as the decision or
the result of the selection ([offer] strong); a kind of person named after the reader (a
scout's 「〇〇様のような方に」) is no decision on the reader ([guards] hypothetical). Mails
written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

# (subject, body, labels accepted)
NOTICES = [
    (
        "最終選考の結果",
        "岡本様\n\n先日は最終面接にお越しいただきありがとうございました。\n"
        "役員で協議した結果、岡本様と一緒に働きたいという結論に至りました。\n"
        "給与や配属先の条件は、来週中に書面でお送りいたします。\n\n株式会社イズミ 人事部",
        {"offer"},
    ),
    (
        "面接結果のお知らせ",
        "三浦様\n\n二次面接ではありがとうございました。\n"
        "選考の結果、ぜひ当社にお迎えしたいと考えております。\n"
        "正式な処遇は後日あらためてご提示いたします。\n\n合同会社ハルカゼ 採用担当",
        {"offer"},
    ),
    (
        "選考結果について",
        "西田様\n\nこの度はご応募ありがとうございました。\n"
        "面接官一同、西田様に働いていただきたいとの判断に至りました。\n"
        "勤務条件につきましては別途ご案内いたします。\n\n株式会社トウカイ",
        {"offer"},
    ),
    # near-misses: a column on hiring, a scout's meeting, a rejection that mentions the wish
    (
        "【今週のコラム】採用の現場から",
        "読者の皆様\n\n今回は、人材をお迎えしたいと考える企業がどのような点を見ているかを紹介します。\n"
        "給与や条件の示し方についても次回取り上げます。\n\n転職コラム編集部",
        {"other"},
    ),
    (
        "【スカウト】ぜひ一度お話しませんか",
        "荒木様\n\n株式会社ミドリの採用担当です。\n"
        "荒木様のような方に、ぜひ一緒に働いていただきたいと考えております。\n"
        "まずはカジュアル面談で、仕事内容についてお話しできれば幸いです。\n\n株式会社ミドリ",
        {"other", "interview_invite"},
    ),
    (
        "選考結果のご連絡",
        "吉川様\n\n先日は面接にお越しいただきありがとうございました。\n"
        "慎重に協議した結果、誠に残念ながら今回はご期待に沿えない結果となりました。\n"
        "吉川様の今後のご活躍をお祈り申し上げます。\n\n株式会社サンセット",
        {"rejection"},
    ),
]


@pytest.mark.parametrize(("subject", "body", "labels"), NOTICES)
def test_offer_without_naitei(subject: str, body: str, labels: set[str]) -> None:
    assert classify_notice(subject=subject, body=body).label in labels
