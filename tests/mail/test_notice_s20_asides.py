"""A courtesy aside (「恐縮ですが、」「恐れ入りますが、」「申し訳ございませんが、」) is no clause of its
own: a condition before it still holds what follows, and a decision around it stays one."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "【自動送信】ご応募を受け付けました",
            "このたびはご応募ありがとうございます。\n"
            "書類選考を通過された方にのみ、10日以内にご連絡いたします。\n"
            "期日までにご連絡がない場合は、大変恐縮ですが、今回は見送りとさせていただいたものと"
            "ご了承ください。",
            "other",
        ),
        (
            "エントリー受付のお知らせ",
            "エントリーを受け付けました。面接にお進みいただく方にはメールでご案内します。\n"
            "ご案内が届かない場合は、誠に恐れ入りますが、今回はご縁がなかったものとお考えください。",
            "other",
        ),
        (
            "応募受付",
            "応募書類を確認のうえ、合格者のみにご連絡します。\n"
            "2週間以内に連絡がない場合は、申し訳ございませんが、不採用とご判断ください。",
            "other",
        ),
        # The decision, with the same aside: a rejection.
        (
            "選考結果のご連絡",
            "先日は一次面接にお越しいただきありがとうございました。\n"
            "慎重に検討いたしました結果、大変恐縮ですが、今回はご縁がなかったものとご了承ください。",
            "rejection",
        ),
        (
            "書類選考結果",
            "ご応募いただいた件につきまして、誠に恐れ入りますが、今回は採用を見送らせて"
            "いただくことになりました。",
            "rejection",
        ),
    ],
)
def test_a_courtesy_aside_keeps_the_condition(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
