"""Causes read from the words' grammar and the mail's context rather than listed sentences:
a lack (a denied predicate, 〜にくい, 〜かねる), an embedded question about the company, a
comparison with another candidate, a contrast of ways of working; and, for notices, job ads in a
digest and an interview promised only on a condition. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.catalogue import DataFileError, validated
from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.lack import LackData, lack, negative_predicate
from furikaeri.nlp import morphemes

LACKS = [
    ("熱意を感じ取ることができませんでした", True),
    ("最後まで判然といたしませんでした", True),
    ("お人柄が十分伝わりきらなかった", True),
    ("ご意向を読み取りかねました", True),
    ("強みがイメージしづらい", True),
    ("ご質問もなく終わりました", True),
    # A negative word denied is praise, and idioms deny nothing.
    ("懸念はございませんでした", False),
    ("申し分ございません", False),
    ("違和感を覚えることはありませんでした", False),
    ("結果が変わっていたかもしれません", False),
    ("お力になれず申し訳ございません", False),
    ("弊社には欠かせない視点でした", False),
    ("緊張で話が逸れることもなく", False),
    # A guess is no denial.
    ("別の職種の方が合うのではないでしょうか", False),
]


@pytest.mark.parametrize(("text", "lacking"), LACKS)
def test_a_lack_is_read_from_the_words_grammar(text: str, lacking: bool) -> None:
    assert (lack(morphemes(text)) is not None) is lacking


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("話の流れを追うのに苦心いたしました", False),  # 苦心: not in the lexicon
        ("要点を把握するのに苦労しました", True),
        ("大変残念に思っております", True),
        ("不足はございませんでした", False),
        ("明るい印象でした", False),
    ],
)
def test_a_predicate_of_negative_evaluation(text: str, negative: bool) -> None:
    assert (negative_predicate(morphemes(text)) is not None) is negative


REPLIES = [
    # motivation, told without the word 志望動機
    (
        "数ある商社の中からなぜ当社なのか、最後まで腑に落ちるお話を伺えませんでした。",
        ["motivation"],
    ),
    (
        "当社のどのサービスに惹かれてご応募くださったのか、面接では見えてきませんでした。",
        ["motivation"],
    ),
    ("当社で何を成し遂げたいのかが、お話からは読み取りかねました。", ["motivation"]),
    ("当社に入社したい理由が、他の会社にも当てはまる内容にとどまっていました。", ["motivation"]),
    # reverse_question, told without the word 逆質問
    (
        "面接の終わりにいただいたご質問が、採用ページに載っている内容ばかりでした。",
        ["reverse_question"],
    ),
    (
        "最後に何か伺いたいことはありますかとお聞きしたところ、特にないとのことでした。",
        ["reverse_question"],
    ),
    (
        "会社説明会でご案内済みの点を改めてご質問いただき、少し残念に感じました。",
        ["reverse_question"],
    ),
    # Another candidate told as having more experience: a comparison, relative only (s20: the
    # blind reply pool labels none of these skills; the reader's own shortfall is not said)
    (
        "決め手となったのは、採用コンサルティングの経験年数で別の候補者の方が上回っていた点です。",
        ["relative"],
    ),
    ("ご応募された方のほうが、店舗運営の経験が豊富でした。", ["relative"]),
    # culture_fit, told as a contrast of ways of working
    (
        "弊社は全員で議論して決めるスタイルですが、〇〇様はご自身で判断して進めることを好まれると感じました。",
        ["culture_fit"],
    ),
    ("分業の進んだ大きな組織の方が、〇〇様の専門性を活かしやすいと考えました。", ["culture_fit"]),
    ("ご希望の年収と当社の給与テーブルとの間に開きがございました。", ["culture_fit"]),
    # communication
    ("ご経歴のご説明に時間を要し、結論が見えにくい場面がありました。", ["communication"]),
    ("一つひとつのご回答が長く、要点をつかむのに苦労いたしました。", ["communication"]),
    # The interest a missing question leaves unseen is its consequence, not a motivation.
    (
        "面接官の問いかけにもご質問がなく、当社への関心が伝わってきませんでした。",
        ["reverse_question"],
    ),
    (
        "当社は一人で複数の案件を回す体制ですが、〇〇様は一件ずつ深く関わりたいとのことで、そこが合わないと考えました。",
        ["culture_fit"],
    ),
    (
        "スピード重視の当社よりも、腰を据えて取り組める環境で力を発揮される方だと感じました。",
        ["culture_fit"],
    ),
    (
        "お話が多方面に広がり、何をお伝えになりたいのかがつかみにくい場面がありました。",
        ["communication"],
    ),
    ("結論に至るまでに時間を要するご回答が目立ちました。", ["communication"]),
    ("用意してきた原稿を読み上げているようなご回答が多く見られました。", ["communication"]),
    ("3回の転職について、当社でも早期に離職されないかという点が気がかりでした。", ["short_tenure"]),
    (
        "最終面接まで進まれた方は、物流業界で10年以上購買に携わっておられ、その差が出ました。",
        ["relative"],
    ),
    # ... but an experience said to be required (必要), then the other had more: skills too
    (
        "最後は、必要とされる設計経験の長さで、もう一人の方に軍配が上がりました。",
        ["skills", "relative"],
    ),
    ("ご応募の動機が、当社固有の理由として伝わってきませんでした。", ["motivation"]),
    (
        "店舗運営のご経験はございましたが、EC立ち上げの実務経験については、別の候補者の方が当社の求める姿に近く、そちらを優先しました。",
        ["relative"],  # a closer fit of the other's experience (s20)
    ),
    (
        "Your answers stayed general, and we did not see enough hands-on experience with cloud migration.",
        ["skills"],
    ),
    ("お客様先に伺う職種として、髪色や服装の点を面接官が気にしておりました。", ["manners"]),
    (
        "当社が大切にしている堅実な経営方針と、〇〇様の志向との間には距離があると感じました。",
        ["culture_fit"],
    ),
    (
        "面接官は、配属後の働き方についてのご質問をもう少しいただけると嬉しかったようです。",
        ["reverse_question"],
    ),
    (
        "退職理由として「評価制度が不公平で、上司も何もしてくれなかった」と伺い、その点が気がかりでした。",
        ["negative_reason"],
    ),
    ("〇〇様が目指されているキャリアは、当社の環境とは違うように感じました。", ["culture_fit"]),
    ("最終的には、同じく最終面接に進まれた方を採用いたしました。", ["relative"]),
    ("組織の体制とご希望の勤務形態が合わないと判断いたしました。", ["culture_fit"]),
    ("ご回答が質問の趣旨から逸れてしまう場面が何度かございました。", ["communication"]),
    ("お話にまとまりがなく、何が一番伝えたいのかが分かりにくかったです。", ["communication"]),
    ("大切にしている価値観の違いを、面接官は感じたようです。", ["culture_fit"]),
    ("今回は採用予定数を大きく超えるご応募があり、ご縁がありませんでした。", ["relative"]),
    ("数ある会社の中で当社を選んでいただける理由までは感じ取れませんでした。", ["motivation"]),
    ("入社後の姿が具体的にイメージできませんでした。", ["motivation"]),
    ("面接終盤の質問タイムで、ご質問が一つもございませんでした。", ["reverse_question"]),
    ("質問に対して答えが一言で終わることが多く、もう少し伺いたかったです。", ["communication"]),
    # More experience said of the person chosen: a comparison, relative only (s20).
    ("最終的に、営業企画の経験がより豊富な方を採用いたしました。", ["relative"]),
    # relative, told as the number of openings
    ("採用枠が一つしかなく、今回は別の方とのご縁となりました。", ["relative"]),
]


@pytest.mark.parametrize(("body", "causes"), REPLIES)
def test_causes_in_the_indirect_language_of_hr(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == ("feedback", sorted(causes))


PRAISE = [
    "The team had no concerns about your communication.",
    "前職への不満は特にございませんでした。",
    "ご経験もお人柄も申し分なく、最後まで大変悩みました。",
    "当社の取り組みを踏まえて志望理由をお話しいただき、うれしく思いました。",
    "必要な経験の長さは十分でした。",
    "ご経験の方向性は当社の事業に近く、実績も十分だと感じておりました。",
    "当社を選ばれた理由は明快で、面接官一同納得しておりました。",
    "最後のご質問も、入社後の業務に踏み込んだもので好印象でした。",
    "ご回答はいずれも簡潔で、質問の意図を外すこともありませんでした。",
    "〇〇様のスキルであれば、他社でも十分に通用すると存じます。",
    "お話しされる際も不安な点は見られず、聞きやすいご説明でした。",
]


@pytest.mark.parametrize("body", PRAISE)
def test_praise_about_the_same_topic_names_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


def test_an_agents_bullet_points_are_sentences_of_their_own() -> None:
    body = (
        "担当の者です。先方の所感です。\n"
        "・志望理由：業界全般の話にとどまり、当社の強みとの結びつきが弱い\n"
        "・話し方：早口で聞き取りにくい場面があった\n"
        "・人柄：明るく好印象"
    )
    result = classify_reply(body)
    assert result.causes == ["motivation", "communication"]
    assert "・人柄：明るく好印象" in result.praise


def test_a_refusal_in_other_words_is_declined() -> None:
    body = "評価の詳細につきましては、ご案内いたしかねますのでご了承ください。"
    assert classify_reply(body).label == "declined"


@pytest.mark.parametrize(
    "body",
    [
        "ご経歴もお人柄も申し分ございませんでした。ただ、公平性の観点から、選考理由はどなたにもお伝えしておりません。",
        "複数の面接官による総合評価のため、特定の理由をお伝えすることは難しい状況です。",
    ],
)
def test_praise_and_a_refusal_is_declined(body: str) -> None:
    assert classify_reply(body).label == "declined"


def test_an_overall_judgement_does_not_hide_a_comparison() -> None:
    body = "応募者の皆様の中から総合的に判断いたしました。"
    assert classify_reply(body).label == "declined"
    body = "複数の候補者の中から総合的に判断し、今回の結論に至りました。"
    assert classify_reply(body).causes == ["relative"]


DIGEST = """山田さん

今週のおすすめ求人です。

■株式会社アオゾラ｜ルート営業
・面接1回で採用決定
・月給26万円〜

■ミズホ工業株式会社｜生産管理
・書類選考なし、内定まで最短10日

配信停止はこちら"""

PAY_LISTING = """山田さん

新着の求人です。

・ルート営業（埼玉県）月給27万円〜　面接1回で採用決定
・一般事務（千葉県）時給1,350円〜　書類選考なし・即日内定

アプリで詳細を見る"""

OFFER_WITH_TERMS = """山田様

最終面接の結果、山田様に内定をお出しすることになりました。条件は以下の通りです。
・月給：29万円
・想定年収：440万円

株式会社ナツツバキ 人事部"""

RELAYED_WITH_ADS = """山田様

応募先企業から選考結果が届いています。
株式会社ハマナス：慎重に検討いたしましたが、今回はご縁がなかったものとさせていただきます。

あなたへのおすすめ
・株式会社イチョウ（販売）　面接確約
・株式会社カエデ（事務）　即日内定あり"""

CONNECTION_TEST = """山田様

ご応募ありがとうございます。面接はオンラインで行っております。
事前に下記のテストページで音声と映像をご確認ください。
書類選考を通過された場合、面接の日時を改めてご連絡いたします。

株式会社ユズリハ 採用担当"""

INVITE_WITH_NEXT_STEP = """山田様

書類選考の結果、一次面接にお越しいただきたくご連絡いたしました。
日時：1月14日（水）10:00〜11:00
一次面接を通過された場合は、役員面接のご案内をお送りいたします。

株式会社ナツメ 人事部"""


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("今週のおすすめ求人", DIGEST, "other"),
        ("企業から選考結果が届きました", RELAYED_WITH_ADS, "rejection"),
        ("新着求人", PAY_LISTING, "other"),
        ("内定のご連絡", OFFER_WITH_TERMS, "offer"),
        ("【オンライン面接】接続確認のお願い", CONNECTION_TEST, "other"),
        ("一次面接のご案内", INVITE_WITH_NEXT_STEP, "interview_invite"),
        (
            "スカウトが届きました",
            "山田様\n\n特別スカウトが届いています。ご返信いただくと、面接日程の調整に進みます。",
            "other",
        ),
        (
            "Re: 先日のお礼",
            "山田さん\n\n社内で話し合い、ぜひ正式に選考を進めさせていただきたいと考えています。",
            "pass",
        ),
    ],
)
def test_notices_are_read_in_context(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_ads_are_not_taken_for_the_sender() -> None:
    result = classify_notice(subject="企業から選考結果が届きました", body=RELAYED_WITH_ADS)
    assert result.company not in ("株式会社イチョウ", "株式会社カエデ")


def test_a_malformed_lack_section_names_the_bad_place() -> None:
    with pytest.raises(DataFileError, match=r"suffixes"):
        validated(
            "mail_replies.toml",
            LackData,
            {
                "suffixes": "難い",
                "transparent": [],
                "formal_nouns": [],
                "light_verbs": [],
                "idioms": [],
                "negative": [],
            },
        )


def test_a_praising_clause_is_kept_for_the_cause_it_praises() -> None:
    body = "成果を具体的な数字でお話しいただいた点は高く評価しておりましたが、当社の方向性とは異なると判断しました。"
    result = classify_reply(body)
    assert result.causes == ["culture_fit"]
    assert "self_pr" in result.praised


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("The panel noted you asked no questions about the team at the end.", ["reverse_question"]),
        ("We felt your examples stayed high-level, without concrete results.", ["self_pr"]),
        ("Several short stints in a row raised a concern about tenure.", ["short_tenure"]),
        ("Comments about your former employer came across as negative.", ["negative_reason"]),
        ("It wasn't very clear why you chose our company over others.", ["motivation"]),
        (
            "Your achievements were impressive, but we did not see enough SQL experience.",
            ["skills"],
        ),
        # casual startup Japanese
        ("正直、うちで取り組みたいことがあまり伝わってこなかったです。", ["motivation"]),
        ("技術面の質問に詰まる場面が多かったのが気になりました。", ["skills"]),
        (
            "最後に何か聞きたいことありますか？と聞いたら、大丈夫ですとのことで、ちょっと残念でした。",
            ["reverse_question"],
        ),
    ],
)
def test_english_and_casual_replies(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


def test_a_policy_that_prevents_feedback_is_declined() -> None:
    body = "Thanks for asking. Our policy prevents us from sharing interview feedback."
    assert classify_reply(body).label == "declined"
