"""Notice and reply classification over our own Japanese sentences (never the eval cases),
with near misses that must not fire."""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

import pytest

from furikaeri.catalogue import CAUSE_IDS, DataFileError, load_data, validated
from furikaeri.mail.notice import NOTICE_LABELS, classify_notice
from furikaeri.mail.notice_schema import NoticeData
from furikaeri.mail.reply import classify_reply

REJECTIONS = [
    (
        "選考結果について",
        "佐藤様\n\nこのたびは当社へご応募いただき、ありがとうございました。\n社内で慎重に検討しました結果、今回は採用を見送ることとなりました。",
    ),
    (
        None,
        "先般の二次面接では貴重なお時間を頂戴しました。検討の結果、誠に遺憾ながら貴意に沿いかねる結果となりましたので、ご通知申し上げます。",
    ),
    (
        "【株式会社ほしぞら】面接結果",
        "残念ながら、今回はご縁がなかったということで、ご理解いただけますと幸いです。",
    ),
    (
        None,
        "厳正に選考いたしましたが、今回はご期待に添えない結果となりました。何卒ご了承ください。",
    ),
    (None, "選考の結果、誠に恐れ入りますが、本ポジションの選考は終了とさせていただきます。"),
    (None, "書類選考の結果、今回は次の選考にご案内することができませんでした。"),
    (None, "慎重に協議しましたが、今回はご一緒することが叶いませんでした。"),
    (None, "最終面接の結果、誠に残念ではございますが、今回は採用には至りませんでした。"),
    (None, "検討を重ねました結果、不採用とさせていただきます。"),
    (None, "今回は採用を見合わせることとなりました。"),
    (None, "残念ながら、ご希望に沿うことができない結果となりました。"),
    (None, "一次面接の結果、合格とはなりませんでしたことをお知らせいたします。"),
    (None, "他の候補者の方の採用が決定いたしましたので、ご連絡いたします。"),
    # Relayed by an agent.
    (
        None,
        "山田様\n\nいつもお世話になっております。キャリアアドバイザーの鈴木です。\n株式会社ゆうやけ様の一次面接の結果ですが、先方より今回はお見送りとのご連絡をいただきました。",
    ),
    (None, "企業様から、今回はご縁がなかったとの回答がありました。力及ばず申し訳ございません。"),
    # Hard-wrapped lines, full-width spaces.
    (
        None,
        "慎重に選考を進めました結果、誠に残念ながら今回は\nご希望に添いかねる結果となりました。\n　末筆ながら今後のご活躍をお祈り申し上げます。",
    ),
    # Only a prayer: an indirect notice still counts.
    (
        "選考結果のご連絡",
        "このたびはご応募いただき、ありがとうございました。\n貴殿の今後一層のご活躍を心よりお祈り申し上げます。",
    ),
    # 厳正なる選考の結果 before a rejection.
    (
        None,
        "厳正なる選考の結果、誠に不本意ではございますが、今回はご期待に沿いかねる結果となりました。",
    ),
]

PASSES = [
    (
        "一次面接通過のお知らせ",
        "先日は一次面接にご参加いただき、ありがとうございました。選考の結果、一次面接を通過されましたのでご連絡いたします。",
    ),
    (None, "書類選考の結果、ぜひ次の選考にお進みいただきたく、ご連絡差し上げました。"),
    (
        None,
        "二次面接の結果、合格となりましたので、最終面接のご案内をお送りします。日程をご返信ください。",
    ),
    (
        None,
        "寒さ厳しき折、ご健康をお祈り申し上げます。さて、先日の適性検査の結果、次のステップにお進みいただくこととなりました。",
    ),
]

OFFERS = [
    (None, "厳正なる選考の結果、山田様を採用することに決定いたしました。"),
    ("内々定のお知らせ", "最終面接の結果、内々定となりましたのでお知らせいたします。"),
    (
        None,
        "ぜひ当社にご入社いただきたく、採用内定のご連絡を差し上げます。入社承諾書をお送りします。",
    ),
    (
        None,
        "最終面接に合格されましたことをお知らせします。一緒に働けることを楽しみにしております。",
    ),
]

INVITES = [
    (
        "面接のご案内",
        "ご応募ありがとうございます。ぜひ一度お会いしたく、面接のご案内をお送りします。ご都合の良い日時を3つほどお知らせください。",
    ),
    (
        None,
        "師走の候、ご健康をお祈り申し上げます。\n一次面接を下記のとおり実施いたします。\n日時：1月8日(木)10:00\n場所：本社2階",
    ),
    (None, "カジュアル面談の日程調整のご連絡です。Zoomにて実施します。"),
]

OTHERS = [
    (
        "ご応募受付のお知らせ",
        "ご応募いただきありがとうございます。書類を確認のうえ、2週間以内に結果をご連絡いたします。",
    ),
    (None, "なお、不採用の場合も含め、選考結果は全員にメールでお知らせいたします。"),
    (None, "書類選考を通過された方にのみ、面接の日程をご連絡いたします。"),
    (
        None,
        "会社説明会へのご参加、誠にありがとうございました。アンケートへのご協力をお願いいたします。",
    ),
    (None, "合否にかかわらず、結果は1週間以内にご連絡いたします。"),
    (None, "ご希望に沿えるよう、日程を調整いたします。少々お待ちください。"),
    (None, "ご返信ありがとうございます。担当者より追ってご連絡いたします。"),
]


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_rejections_are_never_missed(subject: str | None, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [(s, b, "pass") for s, b in PASSES]
    + [(s, b, "offer") for s, b in OFFERS]
    + [(s, b, "interview_invite") for s, b in INVITES]
    + [(s, b, "other") for s, b in OTHERS],
)
def test_non_rejections_share_words_but_are_not_rejections(
    subject: str | None, body: str, label: str
) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_a_quoted_rejection_in_a_reply_thread_does_not_count() -> None:
    body = "ご連絡ありがとうございます。日程の件、承知しました。\n\n> 今回は採用を見送らせていただきます。"
    assert classify_notice(subject="Re: ご連絡", body=body).label == "other"


@pytest.mark.parametrize(
    ("subject", "body", "stage"),
    [
        ("【ご連絡】二次面接の結果について", "本文です。", "二次"),
        (None, "先日は最終面接にお越しいただき、ありがとうございました。", "最終"),
        (None, "１次面接の結果、通過となりました。２次面接のご案内です。", "一次"),
        (None, "書類選考の結果をお知らせします。", "書類"),
        (None, "適性検査を受検いただき、ありがとうございました。", "適性検査"),
        (None, "ご応募書類を受け付けました。", None),
    ],
)
def test_stage(subject: str | None, body: str, stage: str | None) -> None:
    assert classify_notice(subject=subject, body=body).stage == stage


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        ("【株式会社ほしぞら】選考結果", "本文", "株式会社ほしぞら"),
        (
            None,
            "今回は見送りとなりました。\n\nみなと工業株式会社 人事部 採用担当",
            "みなと工業株式会社",
        ),
        (None, "今回は見送りとなりました。\n\nさくら信用金庫 人事部", "さくら信用金庫"),
        (
            None,
            "キャリアアドバイザーの鈴木です。株式会社ゆうやけ様より、今回は見送りとのご連絡がありました。\n\n株式会社キャリアブリッジ 鈴木",
            "株式会社ゆうやけ",
        ),
        (None, "今回は見送りとなりました。", None),
    ],
)
def test_company(subject: str | None, body: str, company: str | None) -> None:
    assert classify_notice(subject=subject, body=body).company == company


def test_agent_relay_is_flagged() -> None:
    body = "転職エージェントの田中です。先方企業より、今回はお見送りとの連絡がありました。"
    result = classify_notice(subject=None, body=body)
    assert result.via_agent and result.label == "rejection"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("面接日は2026年12月3日です。", date(2026, 12, 3)),
        ("日時：12月3日(木)14:00", date(2026, 12, 3)),
        ("1月8日(木)に実施します。", date(2027, 1, 8)),
        ("2026/11/30 10:00 より", date(2026, 11, 30)),
        ("日付の記載なし", None),
    ],
)
def test_date_year_is_the_nearest_to_the_reference(body: str, expected: date | None) -> None:
    got = classify_notice(subject=None, body=body, reference=date(2026, 11, 25))
    assert got.mentioned_date == expected
    assert got.date is None  # a date in the body is never the notice's date


def test_the_notice_date_is_the_date_header_not_a_date_in_the_body() -> None:
    body = "一次面接の日程は12月3日(木)14:00、ご返信は11月27日までにお願いします。"
    got = classify_notice(subject=None, body=body, sent=date(2026, 11, 20))
    assert got.date == date(2026, 11, 20)
    assert got.mentioned_date == date(2026, 12, 3)


def test_notice_to_dict_is_json_ready() -> None:
    d = classify_notice(
        subject="内定のご連絡", body="内定です。2026年12月1日", sent=date(2026, 11, 20)
    ).to_dict()
    assert d["label"] == "offer" and d["date"] == "2026-11-20" and d["evidence"]
    assert d["mentioned_date"] == "2026-12-01"


# --- replies --------------------------------------------------------------------------------

FEEDBACK = [
    (
        "弊社を志望される理由がどの会社にも当てはまる内容に聞こえ、熱意が伝わりにくい印象でした。",
        ["motivation"],
    ),
    ("ご自身の強みについて、裏付けとなるエピソードが不足していると感じました。", ["self_pr"]),
    ("質問の意図と回答がずれている場面が何度かありました。", ["communication"]),
    ("お話が全体的に長く、結論が分かりにくい点が気になりました。", ["communication"]),
    ("最後の逆質問で、ご質問がなかった点は少し残念でした。", ["reverse_question"]),
    ("前職への不満が多く語られ、退職理由がネガティブな印象を受けました。", ["negative_reason"]),
    ("募集ポジションで必須としている法人営業の経験が不足していると判断いたしました。", ["skills"]),
    ("当日の遅刻と、言葉遣いが選考に影響いたしました。", ["manners"]),
    (
        "前職の在籍期間が短く、長く働いていただけるかという点に懸念がございました。",
        ["short_tenure"],
    ),
    ("当社の社風と、ご希望の働き方にギャップがあると判断いたしました。", ["culture_fit"]),
    # A comparison that names what the other candidate had more of describes that person: relative
    # only (s20: the blind reply pool labels 0 of 25 such replies skills; s11-mail had said skills).
    ("最終的には、より実務経験の豊富な方を採用することとなりました。", ["relative"]),
    ("ご経歴は魅力的でしたが、他の応募者の方と比較し、今回は見送りといたしました。", ["relative"]),
    # Praise, then a cause: only the cause counts.
    (
        "ご自身の経験を具体的にお話しいただき、好印象でした。一方で、弊社の方向性とは合致しないと判断しました。",
        ["culture_fit"],
    ),
    ("コミュニケーションは円滑でしたが、志望動機に具体性が乏しく感じられました。", ["motivation"]),
    # Two causes in one sentence.
    (
        "転職理由の説明が曖昧で、転職回数の多さに対する懸念も払拭できませんでした。",
        ["negative_reason", "short_tenure"],
    ),
    # Praise only: feedback about the candidate, no cause.
    ("面接では明るく丁寧な受け答えが印象的で、社内でも高く評価しておりました。", []),
]

NOT_CAUSES = [
    # Negative words denied, praise with cause topics.
    "志望動機について不足はございませんでした。総合的に判断させていただきました。",
    "自己PRは具体的で、魅力を感じました。",
    "落ち着いた話し方で、不安を感じさせない受け答えでした。",
    "身だしなみや言葉遣いは大変丁寧でした。",
]

DECLINED = [
    "恐れ入りますが、選考の経緯や理由につきましては開示しておりません。",
    "弊社の方針により、個別の評価についてはお伝えすることができません。ご理解のほどお願いいたします。",
    "選考内容に関するご質問への回答は差し控えさせていただいております。",
    "大変申し訳ございませんが、合否の理由はお答えしかねます。今後のご活躍をお祈りしております。",
]

OTHER_REPLIES = [
    "メールを拝見しました。担当部署に確認のうえ、後日ご連絡いたします。",
    "お問い合わせを受け付けました。回答までしばらくお待ちください。",
    "ご丁寧にありがとうございます。",
]


@pytest.mark.parametrize(("body", "causes"), FEEDBACK)
def test_feedback_names_its_causes(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


@pytest.mark.parametrize("body", NOT_CAUSES)
def test_praise_and_denied_frames_name_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


@pytest.mark.parametrize("body", DECLINED)
def test_declined(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])


@pytest.mark.parametrize("body", OTHER_REPLIES)
def test_acknowledgements_are_other(body: str) -> None:
    assert classify_reply(body).label == "other"


def test_a_refusal_that_still_gives_a_hint_is_feedback() -> None:
    body = "詳細な理由はお答えしかねますが、一点だけ申し上げますと、志望動機がやや弱い印象でした。"
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", ["motivation"])


# --- the data -------------------------------------------------------------------------------


def test_notice_data_passes_its_schema_and_has_every_label() -> None:
    data = validated("mail_notices.toml", NoticeData)
    for label in NOTICE_LABELS[:4]:
        assert getattr(data, label.replace("pass", "pass_")).strong, label


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["rejection"]["strong"].append("(?:見送"), "rejection.strong."),
        (lambda d: d["status"].pop("labels"), "status.labels"),
        (lambda d: d["polarity"].update(english_window=0), "polarity.english_window"),
        (lambda d: d["pass"].update(stage=["選考"]), "pass.stage"),
    ],
)
def test_a_malformed_notice_data_file_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_notices.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_notices.toml", NoticeData, data)


def test_reply_data_uses_only_catalogue_cause_ids_and_covers_them_all() -> None:
    data = load_data("mail_replies.toml")
    assert set(data["causes"]) == set(CAUSE_IDS)
    for rule in data["causes"].values():
        for p in rule.get("topics", []) + rule.get("hints", []) + rule.get("phrases", []):
            re.compile(p)
    for p in data["declined"] + data["evaluative"] + data["frames"]:
        re.compile(p)


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("残念ながら定員に達したため、会社説明会の受付を終了いたしました。", "other"),
        ("内定辞退のご連絡、承知いたしました。", "other"),
        ("応募書類は返却いたしませんので、あらかじめご了承ください。", "other"),
        ("明日の面接はGoogle Meetで行います。以下のURLからご参加ください。", "interview_invite"),
        (
            "書類選考の結果、今回は次のステップへお進みいただくことができなくなりました。",
            "rejection",
        ),
    ],
)
def test_near_misses(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


def test_our_own_feedback_request_is_not_a_rejection() -> None:
    from furikaeri.mail.draft import draft_feedback_request

    for variant in ("standard", "short", "agent"):
        d = draft_feedback_request(
            candidate_name="山田太郎", company="株式会社ほしぞら", variant=variant
        )
        assert classify_notice(subject=d.subject, body=d.body).label == "other"


def test_an_impossibility_about_logistics_is_not_a_rejection() -> None:
    body = "一次面接のご案内です。今回はオンラインでの実施となり、対面での面接はできません。日時：12月2日(水)10:00"
    assert classify_notice(subject=None, body=body).label == "interview_invite"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "面接のご案内です。ご希望の日時でのご案内ができかねますので、別の候補日をお知らせください。",
            "interview_invite",
        ),
        ("採用担当が不在のため、本日中のご返信ができかねます。", "other"),
    ],
)
def test_impossibilities_that_are_not_about_the_result(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


FOOTER = (
    "\n\n※本メールは送信専用のため、ご返信いただいてもお答えできかねます。\n株式会社サンプル 人事部"
)


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("ご連絡ありがとうございます。担当者に確認いたします。" + FOOTER, "other"),
        ("恐れ入りますが、選考理由についてはお答えしておりません。" + FOOTER, "declined"),
        ("設計業務のご経験が、今回求める水準に達していないとの判断でした。" + FOOTER, "feedback"),
    ],
)
def test_a_send_only_footer_is_not_a_refusal(body: str, label: str) -> None:
    assert classify_reply(body).label == label


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("比較的落ち着いてお話しされていましたが、志望動機がやや弱い印象でした。", ["motivation"]),
        ("結論から、より簡潔に話していただいた方が伝わりやすかったと思います。", ["communication"]),
        ("ご経験を活かしていただける場面も多いと感じました。", []),
    ],
)
def test_words_that_look_like_causes_but_are_not(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "今回は見送りとさせていただきますが、別の求人がある場合は改めてご連絡いたします。",
            "rejection",
        ),
        (
            "残念ながら今回はご縁がございませんでしたが、また機会がございましたらご応募ください。",
            "rejection",
        ),
        ("書類選考を通過されましたので、ご都合が悪い場合はお知らせください。", "pass"),
        ("不採用の場合は、書類を破棄いたしますのでご了承ください。", "other"),
        ("選考の結果、通過された場合のみ、一週間以内にご連絡いたします。", "other"),
    ],
)
def test_a_hypothetical_belongs_to_its_own_clause(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("厳正なる選考の結果、採用に至りましたことをお知らせいたします。", "offer"),
        (
            "電車の運転見合わせにより、面接の開始時刻を変更いたします。日時：12月4日(木)11:00",
            "interview_invite",
        ),
        ("合格・不合格にかかわらず、結果はメールでお知らせします。", "other"),
        ("内定を辞退される旨、承知いたしました。", "other"),
        ("合格発表は12月中旬を予定しております。", "other"),
        ("今回は採用を見合わせることとなりました。", "rejection"),
    ],
)
def test_words_shared_by_other_labels(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        (
            "ご自身の強みを説明できない場面があり、自己PRの具体性に欠けると感じました。",
            "feedback",
            ["self_pr"],
        ),
        ("スキル面でのミスマッチがあると判断いたしました。", "feedback", ["skills"]),
        (
            "弊社とのミスマッチを感じ、今回は見送りとさせていただきました。",
            "feedback",
            ["culture_fit"],
        ),
        (
            "お声がけいただいたものの、志望動機が伝わりにくい印象でした。",
            "feedback",
            ["motivation"],
        ),
        ("選考理由の説明は控えさせていただいております。", "declined", []),
    ],
)
def test_reply_edge_cases(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    "body",
    [
        "選考の詳細はお知らせできません。",
        "規定により、選考に関するご質問にはお応えできません。",
        "回答は差し控えさせていただきます。",
        "お伝えすることはできかねます。",
    ],
)
def test_more_ways_to_decline(body: str) -> None:
    assert classify_reply(body).label == "declined"


def test_company_is_the_signer_not_a_former_employer_named_in_the_body() -> None:
    body = "山田様\n\n前職の株式会社あさひ商事でのご経験を伺いました。\n今回は見送りとさせていただきます。\n\n株式会社みなと 人事部"
    assert classify_notice(subject=None, body=body).company == "株式会社みなと"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("今回の結果は見送りではございません。現在、社内で検討を続けております。", "other"),
        ("不採用ではなく、別ポジションでの選考にお進みいただきたくご連絡しました。", "pass"),
    ],
)
def test_denied_phrases(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


def test_results_announced_for_next_week_are_not_a_pass() -> None:
    body = (
        "本日は面接にお越しいただきありがとうございました。選考結果は次週中にメールでご連絡します。"
    )
    assert classify_notice(subject=None, body=body).label == "other"
