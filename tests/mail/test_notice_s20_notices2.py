"""Session 20, notices round 2: a rejection said only under a condition of silence (「連絡が
なければ、不採用とお考えください」) in an application's receipt is no decision."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "応募受付のお知らせ",
            "ご応募ありがとうございます。面接に進んでいただく方にのみご連絡します。\n"
            "10日を過ぎても連絡がなければ、誠に残念ながら不採用とお考えください。",
            "other",
        ),
        (
            "エントリーありがとうございます",
            "書類を拝見し、お会いしたい方にはお電話します。\n"
            "来週末までに電話がなかったら、今回はご縁がなかったということでご了承ください。",
            "other",
        ),
        (
            "【自動返信】応募を受け付けました",
            "選考通過者にのみ3週間以内にご連絡します。\n"
            "ご連絡がないときは、今回は見送りとさせていただいたものとご理解ください。",
            "other",
        ),
        (
            "【自動返信】応募を受け付けました",
            "書類が届かなければ、選考の対象外となりますのでご注意ください。",
            "other",
        ),
        # The decision itself, said with the same words: a rejection.
        (
            "選考結果のご連絡",
            "先日は面接にお越しいただきありがとうございました。\n"
            "検討の結果、今回はご縁がなかったものとご理解いただければ幸いです。",
            "rejection",
        ),
        (
            "選考結果のご連絡",
            "ご応募ありがとうございました。連絡が遅くなりすみません。"
            "残念ながら今回は不採用とさせていただきます。",
            "rejection",
        ),
        # A courtesy that nothing stands in the way conditions nothing.
        (
            "内定のご連絡",
            "選考の結果、山田様を採用することに決定いたしました。\n"
            "問題なければ、同封の内定承諾書を今月末までにご返送ください。",
            "offer",
        ),
    ],
)
def test_silence_conditions(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
