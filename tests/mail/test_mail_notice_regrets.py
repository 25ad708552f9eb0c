"""Notices whose refusing words are about something else than the application: a term hoped for
refused beside an offer (the hope told with a verb), an event the company planned to join, the
documents sent back for a fix, a friend quoting the company's stock phrase, and a posting closed
on a count of hires. Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

CASES = [
    # a term hoped for, told with a verb, refused or fallen short of, beside an offer
    (
        "内定のご連絡",
        "大川様\n\n厳正な選考の結果、大川様に内定をお出しすることとなりました。\n"
        "ご要望いただいていた名古屋支店への配属は今回見送りとなりましたが、2年目以降に再度相談できます。",
        "offer",
    ),
    (
        "内定のご連絡",
        "田辺様\n\n最終選考の結果、採用を内定いたしました。\n"
        "ご希望されていた月給35万円には届かず、ご提示できるのは32万円となります。",
        "offer",
    ),
    # the hope named, the application itself refused: no offer anywhere
    (
        "選考結果",
        "田辺様\n\nご希望いただいていた営業職での採用は見送りとさせていただきます。\n"
        "またの機会がございましたらよろしくお願いいたします。",
        "rejection",
    ),
    # a plan told in a concession, then called off
    (
        "出展中止のお知らせ",
        "学生の皆様\n\n来月の就職フェアに出展を予定しておりましたが、都合により今回は見送ることといたしました。",
        "other",
    ),
    (
        "選考結果",
        "三宅様\n\n三宅様の採用を予定しておりましたが、社内で再検討し、今回は見送ることといたしました。",
        "rejection",
    ),
    # documents sent back for a fix and asked for again
    (
        "書類の件",
        "堀様\n\nお送りいただいた応募書類に押印がなかったため、ご返送いたします。"
        "押印のうえ、改めてご郵送ください。確認後に面接日をご案内します。",
        "other",
    ),
    (
        "選考結果",
        "堀様\n\n慎重に選考いたしましたが、今回はご期待に添いかねる結果となりました。"
        "お預かりした履歴書はご返送いたします。",
        "rejection",
    ),
    # a friend's own rejection with the company's sentence quoted
    (
        "だめだった",
        "二次で落ちた…「今後のご健勝をお祈り申し上げます」だってさ。",
        "other",
    ),
    # a hire counted in people closing the posting
    (
        "パート募集の件",
        "北村様\n\n2名の採用が決まりましたので、募集を終了いたしました。ご応募いただいたのに申し訳ありません。",
        "rejection",
    ),
    (
        "採用のご連絡",
        "北村様\n\n面接ありがとうございました。北村様の採用が決まりましたので、来週から来てください。",
        "offer",
    ),
]


@pytest.mark.parametrize(("subject", "body", "expected"), CASES)
def test_refusals_of_something_else(subject: str, body: str, expected: str) -> None:
    assert notice_label(subject, body) == expected
