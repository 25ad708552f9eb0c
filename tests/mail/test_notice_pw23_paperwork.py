"""Session 23 (pw23): a reminder about the paperwork for joining is no offer, however its request
to send the documents is worded (a verb of [offer] `sending` asked of the reader, after a
condition on which documents are missing); an offer that also lists documents stays an offer."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rulebook import _notice_rules


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # spoken: 送ってもらえると助かります
            "入社書類まだ届いてないです",
            "上田さん\n\n総務の今井です。入社手続きの書類のうち、誓約書がまだ届いていません。"
            "来週の水曜までに送ってもらえると助かります。",
            "other",
        ),
        (  # a condition on what is missing, then the request (お送りください)
            "【再送】入社手続き書類について",
            "村上 様\n\n株式会社ひばり商事 総務部です。入社手続きに必要な書類の締切が迫っております。"
            "\n・通勤経路届\n・扶養控除等申告書\nまだお手元にある書類がございましたら、"
            "至急お送りください。",
            "other",
        ),
        (  # an agent passing the employer's reminder on: ご郵送いただけますか
            "入社書類の件（株式会社つばめ製作所）",
            "野口 様\n\nキャリアリンクの西田です。つばめ製作所様より、入社承諾書の原本が未着との"
            "ことでした。お手数ですが、今週中にご郵送いただけますでしょうか。",
            "other",
        ),
        (  # an offer that lists the documents stays an offer
            "内定のご連絡",
            "菅野 様\n\n株式会社ひばり商事 人事部です。選考の結果、菅野様に内定をお出しする"
            "ことになりました。\n入社手続きのため、以下の書類を送っていただけますと幸いです。"
            "\n・入社承諾書\n・身元保証書",
            "offer",
        ),
        (  # spoken offer, documents to send back
            "結果のお知らせ",
            "岩田さん\n\n面接ありがとうございました。ぜひうちに来てほしいので、採用とさせて"
            "いただきます。雇用契約書を郵送するので、サインして送り返してもらえますか。",
            "offer",
        ),
    ],
)
def test_paperwork_reminders(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_sending_words_are_sudachi_normalized_forms() -> None:
    for word in _notice_rules().start.sending:
        forms = {m[3] for m in _sentence_morphemes(word)}
        assert word in forms, word
