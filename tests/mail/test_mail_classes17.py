"""Error classes of session 8, mail round 2b, read as patterns: a judged difficulty of giving
the candidate a place with an apology for the news itself (a rejection without stock words); a
skipped document stage before an invitation (no withdrawal); a test every applicant takes, with
a deadline and a decision still to come (procedure, no pass, no invitation); a booked later
round confirmed (an invitation). Replies: claims quoted in the candidate's own words (self_pr,
read by the answer analyzer); a comparison of amount (relative and skills); a lack denied
politely (「わけではございません」); experience judged as the episode of a self-PR (no skills);
the length of a talk about complaints (no communication). Sentences written for these tests
(none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

# (subject, body, expected label)
NOTICES = [
    (
        "選考結果について",
        "佐藤様\n\nこの度は当社にご応募いただきありがとうございました。\n社内で検討いたしましたが、現在の組織体制では佐藤様のご希望に沿う役割をお任せすることは困難であると判断いたしました。\nこのようなお知らせとなり大変申し訳ございません。\n\n株式会社ホクト電機 人事部",
        "rejection",
    ),
    (
        "面接結果のご連絡",
        "高橋様\n\n先日はお時間をいただきありがとうございました。\n面接官一同で協議した結果、高橋様の専門性を十分に発揮いただける業務を現時点でご提供することは難しいという結論に至りました。\nご期待に添えない連絡となり、誠に恐縮です。\n\n株式会社みどり設計",
        "rejection",
    ),
    (
        "選考のご連絡",
        "田中様\n\n一次面接へのご参加ありがとうございました。\n慎重に検討しましたが、今回は田中様にふさわしいポストをご用意できないと判断いたしました。\nご希望に沿えず申し訳ありません。\n\n採用担当",
        "rejection",
    ),
    (
        "面接のご案内",
        "渡辺様\n\nエントリーありがとうございます。\n弊社では書類による選考は実施しておりません。まずは一度お話しできればと考えております。\n以下の日程からご希望の日時をご返信ください。\n・5月12日（月）10:00〜\n・5月13日（火）14:00〜\n・5月15日（木）16:00〜\n会場：本社3階会議室\n持参物：履歴書、筆記用具\n\n株式会社つばさ工房",
        "interview_invite",
    ),
    (
        "ご来社のお願い",
        "中村様\n\nご応募いただき誠にありがとうございます。\n当社は応募書類での選考を行わず、全員の方と直接お会いしています。\nつきましては次の候補日よりご都合のよい日程をお選びください。\n6月3日 13:00／6月4日 10:30／6月6日 15:00\n場所：大阪支社\n持ち物：職務経歴書\n\n株式会社カナメ",
        "interview_invite",
    ),
    (
        "面談日程について",
        "小林様\n\nこの度はご応募ありがとうございました。\n書類選考はございませんので、ぜひ一度お会いしてお話を伺えればと存じます。\n下記の日時のうち、ご都合のよいものをお知らせください。\n7月1日（火）11:00\n7月2日（水）15:00\n場所：東京オフィス（渋谷区）\n\n株式会社ヒカリ",
        "interview_invite",
    ),
    (
        "適性検査受検のお願い",
        "加藤様\n\nご応募いただいた全員の方に、Webテストをお受けいただいております。\n受検期限：5月20日（火）23:59\n受検URL：https://example.com/test\n結果を踏まえ、面接へお進みいただけるかを判断させていただきます。\n\n株式会社シンワ 採用チーム",
        "other",
    ),
    (
        "【重要】Web適性検査のご案内",
        "吉田様\n\nエントリーいただいた皆様に適性検査の受検をお願いしております。\n期限：6月10日までにご受検ください。\nなお、検査の結果により次回選考のご案内をさせていただく場合がございます。\n\n採用担当",
        "other",
    ),
    (
        "SPI受検のご案内",
        "山本様\n\n本選考にエントリーいただいた方には、SPIの受検をお願いしております。\n締切は4月30日です。受検結果に基づき、面接にご案内するかどうかを決定いたします。\n\n株式会社アサヒ化成",
        "other",
    ),
    (
        "二次面接日程確定のお知らせ",
        "松本様\n\nご返信ありがとうございます。\nご希望の日程にて二次面接を確定いたしました。\n日時：5月22日（木）14:00〜15:00\n場所：本社5階\n面接官：営業部長 井上\n当日はお気をつけてお越しください。\n\n株式会社ウミネコ",
        "interview_invite",
    ),
    (
        "最終面接の日程について",
        "井上様\n\n日程のご調整ありがとうございました。\n最終面接は下記のとおり実施いたします。\n日時：6月2日（月）10:00\n場所：オンライン（Zoom）\n面接官：代表取締役 木村\n\n採用担当",
        "interview_invite",
    ),
    (
        "三次面接のご予約完了",
        "木村様\n\nご希望いただいた日時で三次面接のご予約を承りました。\n日時：7月8日 16:00\n会場：名古屋支店\n\n株式会社ミツバ",
        "interview_invite",
    ),
    (
        "選考結果のご連絡",
        "林様\n\n先日は一次面接にお越しいただきありがとうございました。\n選考の結果、林様には二次面接へお進みいただくこととなりました。\n日程は追ってご連絡いたします。\n\n採用担当",
        "pass",
    ),
    (
        "選考結果のご連絡",
        "清水様\n\n慎重に選考いたしました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。\n今後のご活躍をお祈り申し上げます。",
        "rejection",
    ),
    (
        "内定のご連絡",
        "森様\n\n最終面接の結果、森様を採用させていただくことが決定いたしました。内定のご連絡を申し上げます。\n入社承諾書をご返送ください。",
        "offer",
    ),
    (
        "面接のご案内",
        "池田様\n\n書類選考の結果、面接にお越しいただきたくご連絡いたしました。\n下記の日程からご都合のよい日時をお知らせください。\n5月1日 10:00／5月2日 14:00",
        "pass",
    ),
    (
        "会社説明会のご案内",
        "橋本様\n\n当社の会社説明会を開催いたします。\n日時：5月10日 13:00\n場所：本社ホール\nご参加をお待ちしております。",
        "other",
    ),
    (
        "ご応募ありがとうございます",
        "石川様\n\nご応募いただきありがとうございます。書類選考の結果は1週間以内にご連絡いたします。",
        "other",
    ),
    (
        "選考結果",
        "前田様\n\nご経験を活かせるポジションをご用意できましたので、ぜひ次の面接にお進みください。\n日程は別途ご連絡いたします。",
        "pass",
    ),
    (
        "選考結果のご連絡",
        "岡田様\n\n先日は最終面接にお越しいただきありがとうございました。\n役員とも相談いたしましたが、岡田様のご志向に合う業務をお任せすることは難しいとの結論になりました。\nこのようなご報告となり、心苦しく存じます。\n\n株式会社オルカ",
        "rejection",
    ),
    (
        "面接結果のご連絡",
        "岡田様\n\n内定のご連絡が遅くなり申し訳ございません。\n最終面接の結果、岡田様を採用させていただくことに決定いたしました。",
        "offer",
    ),
    (
        "面接のご案内",
        "藤田様\n\nご応募ありがとうございます。\n当社は書類審査を設けておらず、応募者の方全員とお会いしております。\nご都合のよい日時を以下からお選びください。\n8月5日 10:00\n8月6日 14:00\n場所：福岡本社\n持ち物：履歴書",
        "interview_invite",
    ),
    (
        "求人募集終了のお知らせ",
        "藤田様\n\nご応募いただいた求人は募集を終了したため、選考は行わずクローズとさせていただきました。",
        "other",
    ),
    (
        "Webテストのご案内",
        "後藤様\n\n書類選考の結果、次のステップとしてWebテストを受検していただきたく、ご連絡いたしました。\n受検期限：9月1日",
        "pass",
    ),
    (
        "適性検査について",
        "後藤様\n\n応募者の皆様にはオンラインの適性検査を受けていただいております。\n受検期限：9月3日（水）\n結果により、面接にご案内できるかどうかを判断いたします。",
        "other",
    ),
    (
        "二次面接の日程確定",
        "近藤様\n\n二次面接の日程が確定しましたのでご連絡いたします。\n日時：10月2日（木）13:00\n場所：本社7階\n面接官：人事部長",
        "interview_invite",
    ),
]

# (body, label, causes)
REPLIES = [
    (
        "正直に言うと、「リーダーシップあります」とか「粘り強いです」とかは何度も言ってくれたんだけど、実際に何をやってどうなったのかって具体的な話がほとんどなかったんだよね。そこが一番かな。",
        "feedback",
        ["self_pr"],
    ),
    (
        "うちの社長の感想だけど、「協調性には自信あります」って話はあったものの、チームで何をしてどんな成果が出たのかはよく分からなかった、って言ってたよ。",
        "feedback",
        ["self_pr"],
    ),
    (
        "面接官からは、強みは言えてるけど裏付けになるエピソードがなかったねって話が出てました。",
        "feedback",
        ["self_pr"],
    ),
    (
        "今回は経理実務のご経験が豊富な方からのご応募が多く、比較いたしますと、連結決算のご経験の点で及ばない結果となりました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "同職種での経験をお持ちの応募者が多数いらっしゃり、その中で検討した結果、マネジメント経験の年数という点で見劣りする形となりました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "他の候補者の方と比べて、Javaでの開発経験の期間がやや短かったことが決め手となりました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "企画力や前職でのご実績は高く評価しておりました。ただ、弊社の少人数でスピード重視の働き方とはやや合わないと判断いたしました。決して能力面の問題ではありません。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "マーケティングの知見や成果は申し分ありませんでした。一方で、当社が大切にしているチームで合意しながら進める文化との相性を考慮いたしました。スキルに不足があったわけではございません。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "以下の2点が課題でした。\n・志望動機が弊社ならではの内容になっていなかったこと\n・アルバイトでのリーダーのご経験が、強みを裏付けるエピソードとしては弱かったこと",
        "feedback",
        ["motivation", "self_pr"],
    ),
    (
        "主な理由は次の通りです。\n・当社を志望される理由がどの会社にも当てはまる内容だった点\n・ゼミでの幹事のご経験が、アピールされた強みの根拠として伝わりにくかった点",
        "feedback",
        ["motivation", "self_pr"],
    ),
    (
        "退職理由として、前職の残業の多さや上司への不満についてのお話が長く続き、後ろ向きな印象を受けました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "転職理由を伺った際、以前の会社の待遇や評価制度への不満が多く語られ、ネガティブな印象が残りました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "ご質問への回答が長く、結論が分かりにくい場面が多く見られました。",
        "feedback",
        ["communication"],
    ),
    (
        "申し訳ございませんが、選考の詳細についてはお伝えしておりません。ご了承ください。",
        "declined",
        [],
    ),
    ("お問い合わせありがとうございます。確認の上、後日ご連絡いたします。", "other", []),
    ("必須としている法人営業の経験が3年に満たなかった点が主な理由です。", "feedback", ["skills"]),
    (
        "設計経験の豊富な方からのご応募が多く、比較した結果、CADの実務期間という点で及ばない判断となりました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "ご提案力やご実績は大変魅力的でした。ただ、当社の地道にコツコツ進める社風とは合わないと判断いたしました。能力に問題があったわけではありません。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "・なぜ当社なのかが見えなかった点\n・部活動の主将のご経験が、アピールされた強みの根拠としては弱かった点",
        "feedback",
        ["motivation", "self_pr"],
    ),
    (
        "前職の上司の悪口や残業代が出なかったことについてのお話が長く、後ろ向きな印象でした。",
        "feedback",
        ["negative_reason"],
    ),
    ("ご経験年数が募集要件に満たなかったため、今回は見送りとなりました。", "feedback", ["skills"]),
    (
        "ご経験は十分でしたが、他の方の方がより当社のビジョンに共感されていました。",
        "feedback",
        ["motivation", "relative"],
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_round2b(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_round2b(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, causes)


def test_quoted_claims_name_self_pr() -> None:
    body = (
        "社長の話だと、「頑張れます」「粘り強いです」とは言うものの、"
        "実際に何をやってどうなったのかが見えなかったそうです。"
    )
    assert "self_pr" in classify_reply(body).causes


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "中川様\n\nご返信ありがとうございます。\nお選びいただいた日時で、最終面接を設定いたしました。"
            "\n日時：11月4日（火）15:00\n場所：本社8階 役員室\n面接官：取締役 山口",
            "interview_invite",
        ),
        (
            "中川様\n\n一次面接の結果、二次面接を設定させていただきたくご連絡しました。"
            "\n候補日時：11月5日 10:00／11月6日 14:00\n場所：本社",
            "pass",
        ),
    ],
)
def test_later_round_set_is_its_booking(body: str, label: str) -> None:
    assert classify_notice(subject="面接について", body=body).label == label


def test_many_applications_compared_by_amount() -> None:
    body = (
        "店舗運営のご経験がある方から多数のご応募を頂いており、比較いたしますと、"
        "店長としてのご経験期間の面で及ばない結果となりました。"
    )
    result = classify_reply(body)
    assert sorted(result.causes) == ["relative", "skills"]


def test_quotes_listed_with_a_claim_are_claims() -> None:
    body = (
        "面接した部長いわく、「やる気あります」「頑張ります」ばっかりで、"
        "前の仕事で何をしてどんな成果があったのかが全然見えなかったって。"
    )
    assert classify_reply(body).causes == ["self_pr"]
