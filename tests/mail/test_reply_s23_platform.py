"""Session 23: a job platform's or ATS's notice that the reader's message was sent, or that the
company's answer will show on the My Page (「企業へのメッセージが送信されました」「企業からの返信は
マイページに表示されます」), is no conduct of the candidate's: other. A real answer that ends with
such a footer keeps its label. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        (
            "【ハローキャリア】送信完了のお知らせ\n\n森 様\n\n株式会社ナギサ物流へのメッセージが"
            "送信されました。\n先方からの返信は、マイページの受信箱に表示されます。",
            "other",
            [],
        ),
        (
            "応募先企業へのご連絡が送られました。企業からのメッセージはマイページでご確認ください。",
            "other",
            [],
        ),
        (
            "採用担当の西田です。面接では、志望理由がどの会社にも言える内容に聞こえたという声が"
            "ありました。\n\n（ハローキャリアより送信）企業からのメッセージはマイページに"
            "表示されます。",
            "feedback",
            ["motivation"],
        ),
        (
            "恐れ入りますが、選考理由は開示しておりません。\n企業へのメッセージは"
            "マイページから送信されます。",
            "declined",
            [],
        ),
    ],
)
def test_platform_notice_of_a_message_sent(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
