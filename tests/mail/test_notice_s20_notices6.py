"""Session 20, notices round 6: a negation asked is a guess or a request (「合致するのではないか」),
a condition on the reader's own wish or availability is a courtesy (「ご興味がございましたら、」),
a booked interview called off with no new slot, and an event's name glossed as an interview
(「登録面談（面接）」)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # A guess: 〜のではないか, ではないでしょうか, じゃないかな affirm.
        (
            "岡田様\n一次面接ではありがとうございました。\n岡田様のご経験は弊社の求める人物像に"
            "合致するのではないかと、面接官一同感じております。\nつきましては二次面接にお進み"
            "いただきたく、ご連絡いたしました。\n\n株式会社ミハマ工業 人事部",
            "pass",
        ),
        (
            "西田様\n以前は見送りのご連絡を差し上げましたが、新設部署に西田様の経歴こそ合うのでは"
            "ないかという声が上がりました。\n改めて面接の機会をいただけないでしょうか。\n"
            "ご都合のよい日時をお知らせください。\n\n株式会社ミハマ工業 人事部",
            "interview_invite",
        ),
        # A negation stays one: 合致しないのではないか, 合致しないと判断.
        (
            "西田様\n慎重に検討しましたが、ご経歴が募集要件に合致しないのではないかとの判断に"
            "至りました。\n誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n\n"
            "株式会社ミハマ工業",
            "rejection",
        ),
        (
            "西田様\n社内で検討した結果、今回のポジションの要件には合致しないと判断いたしました。"
            "\n\n株式会社ミハマ工業",
            "rejection",
        ),
        # A condition on the reader's interest or search: a courtesy; the invitation stands.
        (
            "森田様\n昨年は選考の結果、見送りとさせていただきましたが、このたび営業部で増員が"
            "決まりました。\nもし今も転職先をお探しで"
            "したら、改めて面接の機会を頂戴できませんでしょうか。\nご興味がございましたら、"
            "ご都合の良い日時をいくつかお知らせください。\n\n株式会社カザミ 人事 平井",
            "interview_invite",
        ),
        # A condition on a result stays hypothetical.
        (
            "森田様\n本日は一次面接にお越しいただきありがとうございました。\n結果は1週間以内に"
            "ご連絡いたします。\n一次面接を通過された場合は、二次面接のご案内を併せてお送り"
            "いたします。\n\n株式会社カザミ 採用担当",
            "other",
        ),
        (
            "森田様\n誠に残念ながら、今回は採用を見送らせていただくこととなりました。\nもし今後"
            "ご興味があれば、別職種の募集の際にまたご応募ください。\n\n株式会社カザミ",
            "rejection",
        ),
        # A booked interview called off, no new slot: other; a new slot: an invitation.
        (
            "村上さんすみません！明日の面接なんですが、オーナーが急に出張になってしまって、"
            "いったんキャンセルさせてください🙏 また日程決まったら連絡しますね。",
            "other",
        ),
        (
            "村上さん、明後日の面接の件ですが、担当が体調を崩してしまいまして…なしにさせて"
            "ください💦 またこちらから連絡します。",
            "other",
        ),
        (
            "村上様\n11月12日（水）に予定しておりました一次面接につきまして、社内の都合により"
            "変更をお願いしたくご連絡いたしました。\n代わりに11月14日（金）10時はいかがでしょうか。"
            "\n\n株式会社アサヒ工機 人事部",
            "interview_invite",
        ),
        # An event's name glossed as an interview: the reader's interview.
        (
            "山口様\nご応募ありがとうございます。個別指導スクールのぞみの佐野です。\n登録面談"
            "（面接）を実施したいのですが、火曜の17時か金曜の15時はいかがでしょう？\n場所は"
            "天王寺の教室です。",
            "interview_invite",
        ),
        # Not glossed, an event stays one.
        (
            "山口様\n会社説明会を開催したいと考えております。土曜の10時か日曜の14時は"
            "いかがでしょう？\n場所は梅田の事務所です。\n\n株式会社ナニワ商事 採用担当",
            "other",
        ),
    ],
)
def test_notice_s20_notices6(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # Called off, then a new slot offered: the new slot invites.
        (
            "川口様\n明日の面接ですが、こちらの都合でキャンセルさせてください。\n代わりに金曜の"
            "14時はいかがでしょうか。\n\n株式会社ヨツバ 採用担当",
            "interview_invite",
        ),
        (
            "川口様\n明日予定しておりました二次面接は、面接官の急病により中止とさせていただきます。"
            "\n改めての日程は追ってご連絡いたします。\n\n株式会社ヨツバ 人事部",
            "other",
        ),
    ],
)
def test_called_off_then_moved(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label
