"""Notices read for what they say about this application, now (sentences written for these
tests): a previous application's result is context; a change to a booked interview and a
list of the topics one may ask about invite to nothing."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

# A re-application: the earlier result is told as past context, the result that counts is
# the one about this application. Hard negatives keep their label: a rejection now after a
# pass then, a rejection that only mentions an earlier interview of the same application.
REAPPLIED = [
    (
        "pass",
        "山本様\n\n前回のご応募では見送りとさせていただきましたが、今回は書類選考を通過されましたので"
        "ご連絡いたします。一次面接の日程は追ってご案内します。\n\n株式会社ミナトシステム 人事部",
    ),
    (
        "pass",
        "以前ご応募いただいた際には残念ながらご縁がございませんでしたが、このたびの再応募につきまして"
        "社内で検討した結果、一次面接にお進みいただくことになりました。",
    ),
    (
        "pass",
        "田中さん、お世話になっております。キャリアブリッジの佐藤です。\n昨年は最終面接で不採用と"
        "なりましたが、今回は書類選考通過とのことです。おめでとうございます。",
    ),
    (
        "pass",
        "Hi Ken,\nAlthough we were unable to move forward with your application last year, I'm happy"
        " to let you know that you have passed the CV screening this time.",
    ),
    (
        "pass",
        "去年はお断りしちゃったけど、今回は書類通過です！次は店長と話してもらえますか。",
    ),
    (
        "offer",
        "2年前のご応募の際は見送りとさせていただきましたが、この度、内定のご連絡を差し上げます。",
    ),
    (
        "interview_invite",
        "前回は残念ながら不採用となりましたが、再度のご応募ありがとうございます。"
        "面接の日時ですが、5月12日（火）14:00〜でいかがでしょうか。",
    ),
    (
        "pass",
        "前回ご紹介した株式会社アサヒ精工は不採用でしたが、今回のコトブキ物流は書類通過です。",
    ),
    (
        "offer",
        "Thank you for applying again. Last year we were impressed by your interview, and this"
        " time we have decided to offer you the position of data analyst.",
    ),
    (
        "pass",
        "昨年度の選考ではご縁がありませんでしたが、今年度は最終面接に進んでいただくことになりました。",
    ),
    (
        "pass",
        "We were not able to offer you a place when you applied in 2023, but this time we would"
        " love to move you forward to the final round.",
    ),
    (
        "offer",
        "昨年の最終面接ではご縁がありませんでしたが、今年は内定をお出しすることになりました。",
    ),
    (
        "interview_invite",
        "前回は書類選考で見送りとなってしまいましたが、今回はぜひ面接でお会いしたいと考えて"
        "おります。日程は以下からお選びください。",
    ),
    # Hard negatives.
    (
        "rejection",
        "以前ご応募いただいた際の書類も拝見しましたが、今回も見送りとさせていただきます。",
    ),
    ("rejection", "前回の選考に引き続き、今回も残念ながらご縁がありませんでした。"),
    (
        "rejection",
        "昨年も最終面接まで進んでいただきましたが、今回は採用を見送ることとなりました。",
    ),
    ("rejection", "昨年ご応募いただいた件につき、選考の結果、見送りとなりました。"),
    (
        "rejection",
        "Thanks for reapplying. As before, we have decided not to move forward with your"
        " application.",
    ),
    (
        "rejection",
        "前回のご応募では書類選考を通過されましたが、今回は見送りとさせていただきます。",
    ),
    (
        "rejection",
        "前回はご縁がありませんでしたが、今回もご期待に沿えない結果となりました。",
    ),
    (
        "rejection",
        "前回の面接ではお時間をいただきありがとうございました。選考の結果、誠に残念ながら見送り"
        "となりました。",
    ),
    ("rejection", "先日の面接の結果、今回は採用を見送らせていただくことになりました。"),
    (
        "rejection",
        "We enjoyed meeting you again after your previous application. Unfortunately we will not"
        " be moving forward with your application this time.",
    ),
    (
        "other",
        "前回は見送りとなりましたが、再度ご応募いただきありがとうございます。書類選考の結果は"
        "1週間以内にご連絡いたします。",
    ),
]


@pytest.mark.parametrize(("label", "body"), REAPPLIED)
def test_the_result_of_this_application_counts(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


# A booked interview postponed or moved by the company, with no new slot offered: a change
# request, not an invitation. A new slot offered, or a slot to pick, is still one.
POSTPONED = [
    (
        "other",
        "誠に申し訳ございませんが、担当者の急な出張により、3月5日（木）に予定しておりました二次面接を"
        "延期させていただきたく存じます。新しい日程につきましては改めてご連絡いたします。",
    ),
    (
        "other",
        "明日予定していた面接ですが、面接官の体調不良のため延期とさせてください。"
        "改めて日程をご相談させてください。",
    ),
    (
        "other",
        "Unfortunately our hiring manager has to travel next week, so we need to postpone your"
        " interview scheduled for Tuesday. We'll be in touch with new times shortly.",
    ),
    (
        "other",
        "企業様より、12日の一次面接について、ご担当者様のご都合により日程を延期したいとのご連絡が"
        "ありました。新しい日程が決まり次第お知らせします。",
    ),
    ("other", "ごめんなさい、土曜の面接ですが、店の都合で一旦延期させてください。また連絡します。"),
    (
        "other",
        "【面接日程変更のお願い】\n社内の都合により、11月20日の面接日時の変更をお願いしたく"
        "ご連絡いたしました。大変恐縮ですが、改めて候補日をお送りいたします。",
    ),
    (
        "other",
        "【重要】一次面接延期のお知らせ\n12月3日（水）14:00より予定しておりました一次面接につきまして、"
        "担当者の出張に伴い延期とさせていただきます。新しい面接日時は改めてご案内いたします。",
    ),
    (
        "other",
        "Your interview on 12/4 at 3pm needs to be moved because the interviewer is travelling."
        " We will send new options soon.",
    ),
    ("other", "面接の日時を変更させていただきたく、ご連絡しました。候補日は追ってお送りします。"),
    (
        "other",
        "田中様\n\n12月5日（金）10時からの二次面接ですが、面接官の急な出張のため、延期させて"
        "いただけますでしょうか。後日改めて日程調整のご連絡を差し上げます。",
    ),
    (
        "other",
        "先日ご予約いただいた一次面接（11/20 15:00）について、弊社都合により変更をお願いしたく"
        "存じます。新しい日程は追ってご連絡いたします。",
    ),
    (
        "other",
        "Hi Sam, I am sorry but we have to push back your onsite interview on Thursday as our"
        " lead engineer is travelling. I will send over new dates once I have them.",
    ),
    # Hard negatives: a new slot offered, or asked for now.
    (
        "interview_invite",
        "We need to reschedule your interview on 3/12. Please let us know which days work for"
        " you next week.",
    ),
    (
        "interview_invite",
        "先日ご案内した面接は延期となりましたが、新しい日程として3月12日（木）10:00〜は"
        "いかがでしょうか。",
    ),
    (
        "interview_invite",
        "We need to reschedule your interview. Could you pick a slot from the times below?\n"
        "- Mon 3 March 10:00\n- Tue 4 March 15:00",
    ),
    (
        "interview_invite",
        "面接日程の変更を承りました。新しい日時は3月10日（火）14:00となります。"
        "当日は本社受付にてお名前をお伝えください。",
    ),
    (
        "rejection",
        "延期となっておりました最終面接の件ですが、社内で検討の結果、誠に残念ながら今回は"
        "見送りとさせていただくことになりました。",
    ),
    (
        "interview_invite",
        "一次面接のご案内です。\n日時：12月3日（水）14:00〜\n場所：本社3階\n"
        "ご都合が悪い場合は日程の変更も承りますので、お知らせください。",
    ),
    (
        "interview_invite",
        "面接日程の変更のご依頼、承知いたしました。それでは12月8日（火）16:00からでお願いいたします。",
    ),
    (
        "pass",
        "一次面接は通過です。二次面接は担当者の出張のため少し先になりますが、改めて日程をご連絡します。",
    ),
]


@pytest.mark.parametrize(("label", "body"), POSTPONED)
def test_a_postponed_interview_invites_to_nothing_new(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


# A notice to all applicants (a holiday, a closure, maintenance) that lists the kinds of
# inquiries or services affected names topics, not an interview of the reader's. Hard
# negatives: an invitation or a result that mentions the holiday.
LISTED = [
    (
        "other",
        "応募者の皆様へ\n年末年始休業のお知らせ\n12月28日（土）から1月5日（日）まで休業いたします。"
        "期間中にいただいた選考結果、面接日程の調整等のお問い合わせには、1月6日（月）以降順次"
        "対応いたします。",
    ),
    (
        "other",
        "夏季休業のお知らせ\n誠に勝手ながら、8月10日〜8月16日は夏季休業とさせていただきます。"
        "休業期間中の面接日程のご相談、選考状況の確認などのお問い合わせは、8月17日以降に"
        "ご返信いたします。",
    ),
    (
        "other",
        "Our office will be closed from 24 December to 2 January. Replies to questions about"
        " interview scheduling, application status or offers will be delayed until 3 January.",
    ),
    (
        "other",
        "【休業のお知らせ】弊社は4/29〜5/6までGW休業となります。企業様との面接調整、選考結果の"
        "ご連絡等は5/7より再開いたします。",
    ),
    (
        "other",
        "マイページメンテナンスのお知らせ\n11月3日（日）2:00〜6:00の間、面接予約・日程変更・"
        "選考結果の確認などの機能がご利用いただけません。",
    ),
    (
        "other",
        "採用窓口 臨時休業のご案内\n社内研修のため、6月14日（金）は終日お休みをいただきます。"
        "面接のご予約、内定後の手続きに関するご質問などは、6月17日（月）以降にお願いいたします。",
    ),
    (
        "other",
        "【お知らせ】採用担当 不在のお知らせ\n8月13日〜16日は不在となります。その間の面接日程調整、"
        "内定承諾書の受付等は8月17日より対応いたします。",
    ),
    (
        "other",
        "システムメンテナンスのお知らせ\n12月10日 1:00〜5:00 マイページが停止します。この間、"
        "面接日程の予約・変更、適性検査の受検はできません。",
    ),
    (
        "other",
        "Our recruitment team is away for the holidays from 23 December. Emails about interviews,"
        " offers or application status will be answered from 5 January.",
    ),
    # Hard negatives.
    ("rejection", "選考の結果、誠に残念ながら次の選考へのご案内はできません。"),
    (
        "rejection",
        "社内で確認いたしましたが、今回は採用を見送らせていただきます。なお、選考内容に関する"
        "お問い合わせにはお答えできません。",
    ),
    (
        "interview_invite",
        "一次面接のご案内です。年末年始は休業のため、1月7日（火）10:00〜、1月8日（水）14:00〜の"
        "いずれかでご都合をお知らせください。",
    ),
    (
        "interview_invite",
        "休業明けの1月6日（月）14:00から面接を実施いたします。本社3階までお越しください。",
    ),
    (
        "rejection",
        "年末のお忙しい時期に恐縮ですが、選考の結果、今回は採用を見送らせていただきます。"
        "なお、年末年始休業中のお問い合わせには1月6日以降に対応いたします。",
    ),
    (
        "pass",
        "書類選考の結果、通過となりました。なお、12月28日から1月5日は休業のため、面接日程の"
        "調整等のご連絡は1月6日以降となります。",
    ),
]


@pytest.mark.parametrize(("label", "body"), LISTED)
def test_listed_kinds_of_inquiry_invite_nobody(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


# A round of notices of every kind, written after the classes above were fixed, to check
# that the fixes are not fitted to their sentences (new wordings of the three classes among
# them), and a few more hard negatives.
MIXED = [
    (
        "rejection",
        None,
        "山田様\nこの度は弊社の求人にご応募いただきありがとうございました。慎重に検討いたしましたが、今回はご希望に添いかねる結果となりました。",
    ),
    (
        "rejection",
        None,
        "Dear Ken, thank you for your time last week. We've decided to offer the role to someone whose experience lines up more closely with the team's immediate needs.",
    ),
    (
        "rejection",
        None,
        "先日はお店まで来てくれてありがとう。いろいろ考えたんだけど、今回は別の方に来てもらうことにしました。ごめんなさいね。",
    ),
    (
        "rejection",
        "選考結果のご連絡",
        "書類選考の結果、誠に残念ではございますが、貴意に沿うことができませんでした。",
    ),
    ("rejection", None, "企業様より、今回はご縁がなかったとのご連絡をいただきました。"),
    (
        "rejection",
        None,
        "After careful consideration we have decided that we will not be taking your application further.",
    ),
    ("pass", None, "一次面接お疲れさまでした。結果は合格です。次は社長との面接になります。"),
    (
        "pass",
        None,
        "Thanks for the chat on Tuesday! The team would like to invite you to the final round.",
    ),
    (
        "pass",
        "書類選考結果のお知らせ",
        "厳正なる選考の結果、書類選考を通過されましたのでお知らせいたします。",
    ),
    (
        "interview_invite",
        None,
        "ご応募ありがとうございます。一度お店でお話ししたいので、来週の火曜か水曜の夕方は空いてますか？",
    ),
    (
        "interview_invite",
        None,
        "Hi Aya, thanks for applying. Are you free for a 30-minute video call on Thursday 12 March at 2pm?",
    ),
    (
        "interview_invite",
        "面接日時確定のご連絡",
        "3月14日（金）15:00〜16:00、本社5階会議室にてお待ちしております。",
    ),
    ("offer", None, "最終面接の結果、ぜひ当社に入社していただきたく、内定のご連絡をいたします。"),
    (
        "offer",
        None,
        "We're delighted to offer you the position of Junior Designer. Your contract is attached.",
    ),
    (
        "other",
        None,
        "【採用通信 vol.12】今月は内定者インタビューをお届けします。選考に通過するコツも紹介！",
    ),
    (
        "other",
        None,
        "ご応募ありがとうございます。書類選考の結果は2週間以内にメールでお知らせします。",
    ),
    (
        "other",
        None,
        "会社説明会のご案内\n日時：4月3日（木）14:00〜\n説明会後、希望者はそのまま一次面接を受けることもできます。",
    ),
    (
        "other",
        None,
        "選考に合格された方には、後日面接日程をご連絡いたします。今しばらくお待ちください。",
    ),
    (
        "other",
        None,
        "皆様の今後のご健勝をお祈り申し上げます。なお当社では厳正なる選考のうえ採用を決定しております。",
    ),
    (
        "other",
        None,
        "前回のご応募ありがとうございました。現在、新しいポジションの募集を開始しましたので、ご興味があればぜひご応募ください。",
    ),
    (
        "pass",
        None,
        "昨年は残念ながら不採用となりましたが、今回のエントリーでは書類選考を通過されました。一次面接の候補日を追ってご連絡します。",
    ),
    (
        "other",
        None,
        "本日予定していた一次面接ですが、こちらの都合で延期させてください。日程はまたご連絡します。",
    ),
    (
        "other",
        "年末年始休業のお知らせ",
        "12/28〜1/4は休業いたします。この期間の選考結果の通知や面接の日程調整などはお休みをいただきます。",
    ),
    (
        "other",
        None,
        "Office holiday notice: our hiring team is out from 24 Dec to 2 Jan, so interview scheduling and offer letters will pause until we return.",
    ),
    (
        "rejection",
        None,
        "今回はポジションがすでに埋まってしまったため、採用を見送らせていただきます。",
    ),
    ("rejection", None, "大変恐縮ですが、今回は他の候補者の方で採用枠が埋まりました。"),
    (
        "other",
        None,
        "佐藤様からご紹介いただいた田中様について、内定が決まりましたのでご報告します。",
    ),
    (
        "interview_invite",
        None,
        "書類を拝見しました。ぜひ一度面接させてください。ご都合の良い日時を3つほどお知らせいただけますか。",
    ),
    (
        "interview_invite",
        None,
        "一時中断していた選考を再開し、一次面接を3月10日（火）14時に実施します。本社へお越しください。",
    ),
    (
        "pass",
        None,
        "休暇明けのご連絡となり失礼いたしました。一次面接の結果、次の選考へお進みいただくことに"
        "なりました。",
    ),
    (
        "interview_invite",
        None,
        "We will resume interviews in January; your final interview is booked for 8 January at"
        " 10:00.",
    ),
    ("other", None, "Interview scheduling will pause until we return on 3 January."),
    (
        "offer",
        None,
        "Thanks for your patience while we were closed. We are pleased to offer you the role.",
    ),
]


@pytest.mark.parametrize(("label", "subject", "body"), MIXED)
def test_notices_of_every_kind(label: str, subject: str | None, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# The three classes again: forwarded, relayed by an agent, English, a small shop.
CLASSES_AGAIN = [
    (
        "pass",
        "Fwd: 書類選考結果のご連絡",
        "通りました！\n\n---------- Forwarded message ---------\nFrom: 採用担当 <saiyo@example.co.jp>\nSubject: 書類選考結果のご連絡\n\n鈴木様\n前回のご応募時には見送りとさせていただきましたが、今回は書類選考を通過されましたのでご連絡いたします。",
    ),
    (
        "other",
        None,
        "キャリアアドバイザーの山口です。A社様より、明日の一次面接について、面接官のご都合で延期したいとのご連絡がありました。新しい候補日が届き次第お送りします。",
    ),
    (
        "other",
        None,
        "Hi Jun, quick heads up from the recruiting team: tomorrow's interview needs to be postponed because the hiring manager is sick. I'll send new slots once I have them.",
    ),
    (
        "other",
        None,
        "応募者各位\nお盆休みのため、8/11〜8/16の間は、選考結果のご連絡、面接日程のご相談、入社手続き等の対応を停止いたします。",
    ),
    (
        "other",
        None,
        "店長が入院したため、来週の面接はいったん延期でお願いします。落ち着いたらまた連絡しますね。",
    ),
    (
        "pass",
        None,
        "去年も応募してくれてたよね、その時はごめんね。今回は一次OKなので、次は店長と会ってください。",
    ),
    (
        "rejection",
        None,
        "前回に続きご応募いただきありがとうございました。大変申し訳ございませんが、今回も採用を見送ることとなりました。",
    ),
    (
        "interview_invite",
        None,
        "面接日程の延期についてご了承いただきありがとうございます。改めて、3月19日（木）11:00〜でいかがでしょうか。",
    ),
]


@pytest.mark.parametrize(("label", "subject", "body"), CLASSES_AGAIN)
def test_the_classes_in_other_words(label: str, subject: str | None, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# The notice classes of issue 10 in new words: indirect rejections, bookings without labels,
# selection words in a general or conditional sense, stock phrases; and event mail that
# shares a booking's words.
ISSUE_CLASSES = [
    (
        "rejection",
        None,
        "今回は、より現場経験の豊富な方にお願いすることになりました。せっかくお時間をいただいたのに申し訳ありません。",
    ),
    ("rejection", None, "慎重に協議を重ねました結果、今回はご縁を結ぶことが叶いませんでした。"),
    ("rejection", None, "Unfortunately, the position has now been filled by another applicant."),
    (
        "rejection",
        None,
        "We really enjoyed talking with you, but we've chosen to proceed with someone whose background is closer to what the team needs right now.",
    ),
    (
        "rejection",
        None,
        "誠に恐縮ながら、今回は採用枠に限りがあり、ご期待に沿うことができませんでした。",
    ),
    (
        "interview_invite",
        None,
        "それでは、12月9日（火）の14時からでお願いいたします。当日は1階受付でお名前をお伝えください。",
    ),
    (
        "interview_invite",
        None,
        "See you on Monday 3 March at 10:30 at our Shibuya office — just ask for Mika at reception.",
    ),
    (
        "interview_invite",
        None,
        "では水曜の15時にお店に来てください。履歴書だけ持ってきてもらえれば大丈夫です。",
    ),
    ("other", None, "当社の選考では、書類選考通過後に一次面接、最終面接を経て内定となります。"),
    (
        "other",
        None,
        "エントリーシートを提出された方には、通過の有無にかかわらず、1週間以内に結果をお知らせします。",
    ),
    (
        "other",
        None,
        "Successful applicants will be invited to an interview; we will contact shortlisted candidates only.",
    ),
    (
        "other",
        None,
        "この度はエントリーありがとうございました。厳正なる選考の上、改めてご連絡いたします。皆様のご健勝をお祈り申し上げます。",
    ),
    ("other", None, "【メルマガ】内定者が語る！選考を突破した自己PRのポイント"),
    ("pass", None, "先日の面接の結果、ぜひ次の選考にお進みいただきたく存じます。"),
    (
        "offer",
        None,
        "社内で協議した結果、ぜひ一緒に働いていただきたいと考えております。条件面のご説明の場を設けさせてください。",
    ),
    (
        "other",
        None,
        "お問い合わせいただいた選考状況ですが、現在社内で確認中です。もうしばらくお待ちください。",
    ),
    ("other", None, "会社説明会にぜひ来てください。日時：4月3日（木）14:00"),
    ("other", None, "お店の雰囲気を見にいつでも遊びに来てくださいね。"),
    ("other", None, "See you at the career fair on 3 March at 10:30!"),
]


@pytest.mark.parametrize(("label", "subject", "body"), ISSUE_CLASSES)
def test_the_issue_classes_in_new_words(label: str, subject: str | None, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
