"""Session 20, notices round 5: a casual offer in chat (「採用です」 ended by an emoji; 「合格です」
then a start at work asked), a pass told as a senior person wishing to meet the reader, 合格 in a
document's name or of a qualification's exam, and a correction that reports a pass after a verb
of saying in a humble form (「改めてお伝えいたしますと、」)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # a chat's verdict ended by an emoji, a start asked
        ("小林さん！採用です🎊 再来週の火曜から来られそうですか？", "offer"),
        ("結論から言うと採用です✨ シフトの希望を送ってくださいね", "offer"),
        # 合格 with no stage named, then work from a day asked of the reader
        (
            "昨日は面接ありがとうございました！結果ですが、合格です。来月の1日から働いてもらえますか？",
            "offer",
        ),
        ("先日の面接の件、合格です。再来週から来てほしいです。", "offer"),
        ("森さん！合格です🎉 来週の水曜から来てもらえますか？", "offer"),
        # near-misses: a question, a kind of hiring, a stage passed and the next step
        ("お問い合わせの件、採用ですか🤔 まだ店長が決めていないので少し待ってください", "other"),
        ("当店は学生さんも歓迎、未経験採用です😊 来週から働ける方ご応募ください", "other"),
        ("書類選考は合格です🎉 次は面接なので、来週のご都合を教えてください", "pass"),
        # a senior person wishes to meet the reader, the date to follow
        (
            "倉庫の見学と面接、ありがとうございました。主任たちの評判もよく、ぜひ一度社長と話して"
            "もらいたいということになりました。日程は来週あたりに連絡します。",
            "pass",
        ),
        (
            "先日はお店に来てくれてありがとう。オーナーが一度会ってみたいと言っているので、"
            "また日にちが決まったら連絡しますね。",
            "pass",
        ),
        (
            "先日の面談ではありがとうございました。社内で話し合い、代表とも面談の機会を設けたいと"
            "考えております。候補日は改めてお送りします。",
            "pass",
        ),
        # near-misses: an ad's wish of no one, a first interview by the boss, a rejection
        ("社長と直接話したいという方、大歓迎です。まずはお気軽にご応募ください。", "other"),
        (
            "見学と面接ありがとうございました。社長とも相談しましたが、今回は見送らせていただく"
            "ことになりました。",
            "rejection",
        ),
        # 合格 in a document's name: a credential asked for
        ("入社手続きのため、行政書士試験の合格証書の写しをご提出ください。", "other"),
        ("応募書類とあわせて、合格証明書のコピーを同封してください。", "other"),
        ("面接当日は、合格通知書の原本と筆記用具をお持ちください。", "other"),
        # a qualification's exam passed before: a credential, then an interview with a slot
        (
            "薬剤師国家試験に合格されているとのことで、ぜひ面接でお話を伺いたく存じます。\n"
            "日時：5月20日(水)14:00〜\n場所：本店2階",
            "interview_invite",
        ),
        # near-miss: this selection's pass, its notice sent by post
        (
            "書類選考の結果、合格となりました。合格通知書を郵送いたしますのでご確認ください。",
            "pass",
        ),
        # a correction after a wrong recipient: the pass told after a humble verb of saying
        (
            "昨日の選考結果のメールは、別の方へお送りすべきものでした。失礼いたしました。"
            "改めてお伝えいたしますと、山下様は書類選考を通過されており、一次面接へお進み"
            "いただく予定です。一次面接の日程は、近日中にご案内いたします。",
            "pass",
        ),
        (
            "ご報告いたしますと、石井様は二次面接を通過されました。最終面接の日程は追ってご連絡します。",
            "pass",
        ),
        # near-miss: a condition on the reader's reply still a condition
        (
            "ご返信いただくと、面接日程の調整に進めます。まずはご興味の有無をお知らせください。",
            "other",
        ),
    ],
)
def test_notice_label(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


def test_evidence_is_the_mails_words() -> None:
    body = "工場見学ありがとうございました。ぜひ一度社長と話してもらいたいということになりました。"
    found = classify_notice(subject=None, body=body)
    assert found.label == "pass"
    assert all(phrase in body for phrase in found.evidence)
