"""Notices read in context (sentences written for these tests, not the eval cases): who is
addressed, whether a sentence describes the process in general, stock phrases that say nothing
alone; indirect rejections, English notices and bookings without the usual labels."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

INDIRECT_REJECTIONS = [
    # The position is filled, in a mail about the reader's own application.
    "経理職の募集枠はすでに埋まりましたため、佐々木様の選考はここまでとさせてください。",
    "ご応募いただきありがとうございました。採用予定人数に達したため、本求人の募集を締め切りました。",
    "本ポジションは充足いたしました。ご応募ありがとうございました。",
    "面接にお越しいただきありがとうございました。既に入社予定者が決定しておりますので、ご連絡申し上げます。",
    # No place to offer.
    "誠に恐縮ですが、現在のところ佐々木様にお任せできるポストをご用意することがかないませんでした。",
    "残念ながら、今回ご経験を生かしていただける機会をご提供することができかねます。",
    # Someone else was chosen.
    "今回は別の応募者の方で選考を進めさせていただくことになりました。",
    "検討の結果、ほかの候補者を優先することといたしました。",
    # The selection ends here (も as well as を・は).
    "つきましては、佐々木様の選考もこれにて終了とさせていただきます。",
    # An agent's wording.
    "先方企業とのマッチングが今回は成立しませんでした。",
    "先方のご判断で、採用は難しい状況とのことです。",
]


@pytest.mark.parametrize("body", INDIRECT_REJECTIONS)
def test_indirect_rejections(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "rejection"


ENGLISH = [
    ("rejection", "We have decided not to move forward with your candidacy."),
    ("rejection", "We won't be moving forward at this time. Thank you for applying."),
    ("rejection", "After review, the team chose to proceed with another candidate."),
    ("rejection", "The role has been filled. We appreciate your interest."),
    ("rejection", "We regret to inform you that your application was unsuccessful."),
    (
        "pass",
        "Good news: you passed the first interview and we'd like to invite you to the next round.",
    ),
    ("offer", "We are happy to extend an offer for the Backend Engineer role."),
    ("interview_invite", "Your interview has been scheduled for Monday at 3 PM."),
]


@pytest.mark.parametrize(("label", "body"), ENGLISH)
def test_english_notices(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


BOOKINGS = [
    "ご連絡ありがとうございます。では、15日の14時でお願いいたします。",
    "明後日11時、渋谷オフィス4階にてお待ちしております。",
    "当日は印鑑と職務経歴書をご持参ください。",
    "お名前を受付でお伝えいただければ、担当が伺います。",
    "先日お伝えした日程が確定しましたので、改めてお知らせいたします。",
    "来週の面談を設定させていただきました。",
]


@pytest.mark.parametrize("body", BOOKINGS)
def test_a_booking_without_the_usual_labels_is_an_invitation(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "interview_invite"


PASSES = [
    "一次面接の結果、佐々木様には最終選考へ進出いただくこととなりました。",
    "ぜひもう一度お会いしたく、次の面接を設定させてください。",
    "We would like to move forward with your application.",
]


@pytest.mark.parametrize("body", PASSES)
def test_passes(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "pass"


OFFERS = [
    "ぜひ当社の一員としてお迎えしたく、ご連絡いたしました。",
    "採用通知書を郵送いたしましたので、ご確認ください。",
    "入社手続きのご案内をお送りします。",
]


@pytest.mark.parametrize("body", OFFERS)
def test_offers_without_the_word_naitei(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "offer"


def test_a_closed_listing_is_no_rejection_without_an_application() -> None:
    body = "お気に入りの求人は採用予定人数に達したため、掲載を終了しました。"
    assert classify_notice(subject=None, body=body).label == "other"


GENERAL = [
    # Addressed to many readers: the hiring process, not this reader's result.
    "会員の皆さま\n\n当社では書類選考通過後に一次面接を行い、最終面接を経て内定を出しています。",
    "応募者各位\n\n今年度の内定式は4月に行います。皆様のご健勝をお祈り申し上げます。",
    # A call to apply.
    "選考を通過された方には個別にご連絡します。皆様のご応募を心よりお待ちしております。",
    # The process described in the non-past.
    "書類選考と二度の面接を経て内定となります。",
    "採用の流れは、エントリー、適性検査、面接、内定です。",
    # Stock phrases together, and nothing about this reader.
    "厳正なる選考を心がけております。ご健康をお祈りいたします。",
    # Scout mail.
    "スカウトのご連絡です。一度お会いしてお話しできれば幸いです。",
]


@pytest.mark.parametrize("body", GENERAL)
def test_selection_words_in_a_general_sense_are_other(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "other"


RESULTS_DESPITE_CONTEXT = [
    # A rejection phrase still decides in mail to many (a closing notice to every applicant).
    ("rejection", "応募者の皆様へ\n\n誠に勝手ながら、本求人の募集を中止いたしました。"),
    # The past tense, or the reader named: a result, even after 「を経て」.
    ("offer", "二度の面接を経て、佐々木様の内定が決定いたしました。"),
    # 「またのご応募をお待ちしております」 closes a rejection; it calls no one to apply.
    (
        "rejection",
        "ご応募いただきありがとうございました。残念ながら今回はご縁がありませんでした。またのご応募をお待ちしております。",
    ),
    (
        "rejection",
        "先日は面接にお越しいただきありがとうございました。佐々木様の今後のご活躍をお祈りいたします。",
    ),
]


@pytest.mark.parametrize(("label", "body"), RESULTS_DESPITE_CONTEXT)
def test_results_are_still_read(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


INFORMAL_INVITES = [
    "履歴書ありがとうございます！3/4(火)の10時〜11時のどこかで、オンラインで少しお話しできればと思います。",
    "次の月曜、午後3時ごろに事務所へ来られますか？",
    "店長が面接をしたいと申しておりますので、土曜の11:30に店舗までお越しいただけますか。",
]


@pytest.mark.parametrize("body", INFORMAL_INVITES)
def test_a_meeting_asked_for_at_a_time_is_an_invitation(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "interview_invite"


def test_a_meeting_phrase_without_a_time_is_not_an_invitation() -> None:
    body = "ご応募ありがとうございます。いずれお会いできれば嬉しいです。"
    assert classify_notice(subject=None, body=body).label == "other"


@pytest.mark.parametrize(
    "body",
    [
        "面談ありがとうございました。社内で相談し、ぜひ正式に選考へ進んでいただきたいと考えています。",
        "カジュアル面談のお礼です。よろしければ本選考へのご参加をご検討ください。",
    ],
)
def test_going_on_to_the_formal_selection_is_a_pass(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "pass"


RELAYED = [
    (
        "rejection",
        "先方から「別の候補者で進めることにしました」とのご連絡がありました。力及ばず申し訳ございません。",
    ),
    ("rejection", "人事の方より「今回はご縁がなかった」とのことでした。"),
    # Quoted words that are not the company's answer stay quoted.
    ("other", "先輩インタビュー：「ご縁がなかった」と言われた日のことを今も覚えています。"),
]


@pytest.mark.parametrize(("label", "body"), RELAYED)
def test_the_company_s_answer_relayed_in_quotes(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


NOT_NOTICES = [
    # Called off.
    "面接キャンセルのご連絡、承りました。",
    "社内都合により、来週の面接は中止とさせていただきます。",
    # Written by the candidate to the company.
    "株式会社あおば 人事部御中\n\n面接日程の変更をお願いしたく、ご連絡いたしました。",
    "採用ご担当者様\n\n先日の一次面接のお礼を申し上げたく、ご連絡しました。",
]


@pytest.mark.parametrize("body", NOT_NOTICES)
def test_calls_off_and_the_candidate_s_own_mail_are_other(body: str) -> None:
    assert classify_notice(subject=None, body=body).label == "other"


def test_a_meeting_called_off_with_a_reason_that_rejects_is_a_rejection() -> None:
    body = "採用予定人数に達したため、ご応募いただいた方の面接は中止とさせていただきます。"
    assert classify_notice(subject=None, body=body).label == "rejection"


MORE = [
    ("rejection", "After much thought, we've decided to go in a different direction."),
    ("offer", "We'd be thrilled to have you join the team; the formal offer will follow."),
    ("pass", "We'd like to move you on to a case interview with the director."),
    ("interview_invite", "佐々木さん、20日の10時に駅前の事務所でどうでしょう？"),
    ("interview_invite", "面接日時のご確認です。12月3日（水）16:00〜、オンラインで行います。"),
    ("interview_invite", "明後日の面談について、念のためご連絡いたします。"),
]


@pytest.mark.parametrize(("label", "body"), MORE)
def test_more_ways_to_say_it(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("label", "body"),
    [
        # A wish for the reader's health closes any letter: no rejection, even with 面接 nearby.
        (
            "other",
            "面接官アンケートへのご協力をお願いいたします。末筆ながらご健勝をお祈りいたします。",
        ),
        ("other", "面接のご感想をお寄せください。皆様のご多幸をお祈り申し上げます。"),
        # A wish for success in the job search after an application is the お祈り of a rejection.
        ("rejection", "ご応募ありがとうございました。佐々木様の今後のご活躍をお祈り申し上げます。"),
    ],
)
def test_closing_wishes(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


def test_a_filled_position_in_english() -> None:
    body = "Thank you for your patience. We have filled the role and will not be moving forward."
    assert classify_notice(subject=None, body=body).label == "rejection"


@pytest.mark.parametrize(
    ("label", "body"),
    [
        ("rejection", "書類選考の結果、今回は不通過となりました。"),
        ("rejection", "今回は選考対象外とさせていただきます。"),
        ("rejection", "採用を差し控えさせていただくことになりました。"),
        ("rejection", "今回は面談の機会を設けられませんでした。"),
        ("rejection", "今回は佐々木様と一緒に働くことは叶いませんでした。"),
        ("pass", "一次面接の結果、次の面接にもぜひ来ていただきたいと思っています。"),
        ("pass", "引き続き選考を進めさせていただきたく、候補日をお送りします。"),
        ("pass", "次のステップとして、役員との面談を設定させてください。"),
        ("offer", "ぜひ当社に入社していただきたいと考えております。"),
        ("offer", "正社員としてお迎えすることが決定しました。"),
        # Near misses: the next step of a job ad, a selection still going on.
        ("other", "次のステップは書類選考です。応募はこちらから。"),
        ("other", "引き続き選考中ですので、今しばらくお待ちください。"),
    ],
)
def test_plain_words_for_each_result(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("label", "body"),
    [
        (
            "rejection",
            "先日はありがとうございました。今回はごめんなさい、ということでお願いします。",
        ),
        ("pass", "ぜひ次回の社長面接にもご参加いただきたく、ご連絡しました。"),
        ("offer", "We are glad to offer you the position of QA Engineer."),
        ("interview_invite", "来週、一度事務所に来ませんか？金曜の17時以降なら空いています。"),
    ],
)
def test_plain_and_casual_wording(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("label", "body"),
    [
        # A negated pass phrase is a rejection, not a pass.
        ("rejection", "Sadly, we won't be able to move forward with your application."),
        ("rejection", "今回はご要望にお応えすることが叶わない結果となりました。"),
        ("offer", "役員面接の結果、佐々木様をお迎えしたいという結論になりました。"),
        (
            "interview_invite",
            "Could you join a short video call with our team lead on Monday at 10:00?",
        ),
    ],
)
def test_negated_passes_and_plain_offers(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("label", "body"),
    [
        # To many readers without a slot: the process described.
        ("other", "応募者の皆様\n\n来年度から、二次面接は対面で実施いたします。"),
        # To many readers with a slot: a group interview.
        (
            "interview_invite",
            "応募者各位\n\n一次面接を下記のとおり実施いたします。\n日時：1月8日（木）13:00〜",
        ),
    ],
)
def test_mail_to_many_invites_only_with_a_slot(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label
