"""Error classes of session 9, mail round 2, read as patterns: a present lack of a place for
this reader (「ポジションのご用意がございません」) is a rejection; a lack of anything else
(駐車場, 昼食, 交通費) decides nothing. Sentences written for these tests (none from the
evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

NOTICES = [
    (
        "ご応募の件",
        "佐藤様\n\nこの度は弊社求人へご応募いただき、誠にありがとうございました。\n社内で検討いたしましたが、現在、佐藤様のご経験を活かしていただけるポジションのご用意がございません。\nまたの機会がございましたら、ぜひよろしくお願いいたします。\n\n株式会社ハヤテ工業 人事部",
        "rejection",
    ),
    (
        "エントリーについて",
        "田中様\n\nエントリーいただきありがとうございます。\n大変恐縮ですが、現時点では田中様のご希望に合うポジションがございません。\n今後募集が出ました際には改めてご案内させていただきます。\n\n株式会社ミドリ商事 採用担当",
        "rejection",
    ),
    (
        "ご応募について",
        "森様\n\nご応募ありがとうございました。\n今のところ、ご経歴を活かせる席がない状況でございます。\n\n株式会社シオン 人事",
        "rejection",
    ),
    (
        "駐車場のご案内",
        "渡辺様\n\n面接当日について補足いたします。\n当社には来客用の駐車場のご用意がございません。公共交通機関をご利用ください。\n\n株式会社ナギサ 総務部",
        "other",
    ),
    (
        "説明会について",
        "中村様\n\n会社説明会へのお申し込みありがとうございます。\n当日は昼食のご用意がございませんので、各自ご持参ください。\n\n株式会社アサヒ物流 人事部",
        "other",
    ),
    (
        "選考状況について",
        "吉田様\n\nご応募いただき誠にありがとうございます。\n現在書類を拝見しております。結果は一週間以内にご連絡いたします。\nなお、面接時の交通費のご用意はございませんのでご了承ください。\n\n株式会社ミナミ 採用担当",
        "other",
    ),
    (
        "今後のご案内",
        "吉田様\n\nご応募いただき誠にありがとうございます。\n吉田様のご希望に合うポジションがございましたら、改めてご連絡いたします。\n\n株式会社ミナミ 採用担当",
        "other",
    ),
    (
        "求人のご紹介について",
        "山本様\n\nいつもお世話になっております。エージェントの木村です。\nご紹介いただいた企業より連絡があり、現状では山本様にご案内できる枠のご用意がないとのことでした。\n引き続き別の求人をご紹介いたします。\n\nキャリアブリッジ 木村",
        "rejection",
    ),
    (
        "ご応募の件",
        "原田様\n\nご応募ありがとうございます。\n原田様のご希望の職種のポジションはございませんが、近隣の事業所での面接は可能です。\nご都合のよい日時をお知らせください。\n\n株式会社コモレビ",
        "interview_invite",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_round18(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_no_place_evidence_is_the_words() -> None:
    body = "佐藤様\n\n現在、佐藤様のご経験を活かしていただけるポジションのご用意がございません。"
    result = classify_notice(subject="ご応募の件", body=body)
    assert result.label == "rejection"
    assert "ポジションのご用意がございません" in result.evidence


# (body, expected label, expected causes, sorted)
REPLIES = [
    (
        "お問い合わせありがとうございます。\n地域の産業を支えたいというお気持ちは伝わりましたが、なぜ他の信用金庫や自治体ではなく当金庫なのかという点が最後まで見えませんでした。",
        "feedback",
        ["motivation"],
    ),
    (
        "触媒の研究を続けたいというご希望は明確でしたが、当研究所のどのテーマ、どのグループで何をしたいのかが具体的ではありませんでした。",
        "feedback",
        ["motivation"],
    ),
    (
        "担当所属の部署で確認したところ、回答が長く結論が分かりにくい場面が多くありました。",
        "feedback",
        ["communication"],
    ),
    (
        "最終的には他の候補者の方との比較となりました。その方には弊社が重視しているクラウド導入のご経験があり、そこが決め手となりました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "今回は、同じポジションに応募された別の方が、物流システムの開発経験をお持ちで、その点で差がつきました。",
        "feedback",
        ["relative", "skills"],
    ),
    (
        "他の候補者の方と比べても、〇〇様のご経験が決め手になるほどでしたが、今回は採用枠が一名のみでした。",
        "feedback",
        ["relative"],
    ),
    (
        "企業からのフィードバックです。\n・前職を半年で退職された理由が「なんとなく合わなかった」というもので、気になったとのことです。\n・その前の会社について「残業が多すぎてやってられなかった」と表現された点もマイナスだったそうです。",
        "feedback",
        ["negative_reason", "short_tenure"],
    ),
    (
        "・前職を1年で辞めた理由が「なんとなく合わなかった」で、気になったとのことです。",
        "feedback",
        ["short_tenure"],
    ),
    (
        "面接の最後に「従業員数を教えてください」とのご質問がありましたが、採用ページに掲載している内容でした。",
        "feedback",
        ["reverse_question"],
    ),
    (
        "面接では「残業はありますか」とのご質問をいただき、丁寧にお答えしました。",
        "other",
        [],
    ),
    (
        "企業に確認したところ、社内規定により回答しかねるとのことでした。大変申し訳ございません。\nなお、別のポジションであれば再応募が可能です。",
        "declined",
        [],
    ),
    (
        "面接官のご質問に回答しかねる場面が何度かありました。",
        "feedback",
        ["communication"],
    ),
    (
        "医療機器の開発を続けたいお気持ちは分かりましたが、当院のどの部門で何に取り組みたいのかのお話が具体的ではありませんでした。",
        "feedback",
        ["motivation"],
    ),
    ("ご自身の強みのお話が具体的ではありませんでした。", "feedback", ["self_pr"]),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_round18(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, causes)
