"""Session 22: notices read on what session 22 changed (a class of people, or the reader said to
be of it)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the reader said not to match the class (a verb of becoming or matching after には)
            "選考結果のご連絡",
            "書類を拝見いたしましたが、あいにく今回の募集要件を満たす方には該当しないとの"
            "判断となりました。",
            "rejection",
        ),
        (  # the class as the reader's own (と, a verb of becoming)
            "二次選考結果",
            "慎重に審査いたしました結果、合格者とはなりませんでした。",
            "rejection",
        ),
        (  # a class named as a rule, no verb of membership after it: no result of the reader's
            "説明会のご案内",
            "書類選考を通過された方には、後日面接のご案内をお送りします。",
            "other",
        ),
        (
            "応募受付のお知らせ",
            "ご応募ありがとうございます。不合格者には結果のご連絡をいたしかねますので、"
            "ご了承ください。",
            "other",
        ),
    ],
)
def test_a_class_or_the_reader_of_it(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
