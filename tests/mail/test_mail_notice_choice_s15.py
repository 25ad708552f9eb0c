"""Notices of session 15 (second round): the verb of [chosen]'s first frame must be the
predicate the other person belongs to, read with Sudachi — not a piece of another noun (選 of
選考, 内定 of 内定者) and not after another predicate that took the person and closed its clause
(「他の方と相談して、」). Results put on hold while others are interviewed stay other; a real
choice of someone else is still a rejection. Our own sentences, written apart from the eval
cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

ON_HOLD = [
    "他の候補者の方の面接も続いているため、選考結果は一旦保留とさせていただきます。",
    "別の候補者の方を選考中のため、恐縮ですが最終回答は保留とさせてください。",
    "他の候補者と比較のうえ判断したいため、誠に勝手ながら選考を一時保留とさせていただきます。",
    "企業様より、他の候補者の選考状況を踏まえて判断したいとのことで、合否は来週になります。",
    "ほかの応募者の選考が終わるまで、結果のご連絡はもう少しお待ちください。",
    # other people's interviews: neither a choice nor an invitation to the reader
    "別の方の面接が入っているため、結果は来週になります。",
    "誠に申し訳ございませんが、選考結果のご連絡が当初の予定より遅れております。",
    "現在、他の候補者の方との面接を実施しているため、結果のご連絡まで1週間ほどお時間をください。",
]

NOT_CHOSEN = [
    "他の方と相談して、面接の日を決めました。12月10日14時に事務所までお越しください。",
    "他の担当の方と相談しまして、説明会の会場を決定いたしました。",
]

CHOSEN = [
    "慎重に検討いたしました結果、他の候補者の方を選ばせていただくことになりました。",
    "今回はより実務経験の豊富な方を選ばせていただきました。",
    "他の応募者の方と比較させていただいた結果、別の方の採用が決まりました。",
    "他の方の経験が豊富だったため、そちらの方を採用させていただきました。",
    "今回は他の方に来ていただくことに決めました。",
    "慎重に検討した結果、他の候補者の方で決定いたしました。",
    "他の応募者の方に経験があったため、その方の採用を決めました。",
    "他の応募者の方のご入社が決まりました。",
]


@pytest.mark.parametrize("body", ON_HOLD)
def test_a_result_on_hold_while_others_are_interviewed_is_other(body: str) -> None:
    assert classify_notice(subject="選考状況のご連絡", body=body).label == "other"


@pytest.mark.parametrize("body", NOT_CHOSEN)
def test_a_person_taken_by_another_predicate_is_not_chosen(body: str) -> None:
    assert classify_notice(subject="ご連絡", body=body).label != "rejection"


@pytest.mark.parametrize("body", CHOSEN)
def test_someone_else_chosen_is_still_a_rejection(body: str) -> None:
    result = classify_notice(subject="選考結果のご連絡", body=body)
    assert result.label == "rejection"
    assert all(e in body for e in result.evidence)


# Casual rejections: a noun of absence as the result's predicate (Sudachi reads ナシ as なし), a
# refraining decided on this occasion, a hiring of people negated in a decision, an apology on
# this occasion in a mail about a selection.
CASUAL_REJECTIONS = [
    "この前はありがとう。店長とも相談したんだけど、今回は採用はナシでお願いします。",
    "この間の面接の件だけど、今回は採用なしということで。ごめんなさい。",
    "先日はありがとうございました。社内で話し合った結果、今回はやめておくことにしました。",
    "面接の結果なんだけど、今回はごめんね。またどこかで。",
    "いろいろ考えたのですが、今年は新しい人は入れないことにしました。",
    "面接ありがとう。悪いけど、今回はバイトの子は雇わないことになった。",
    "面接ありがとうございました。うちは今年は新卒は採らないことになりました。",
    "面接の結果ですが、今回はやめておきます。ごめんなさい。",
]

# Near misses: the same words about something else.
CASUAL_OTHERS = [
    "今週の飲み会だけど、雨なので今回はやめておくことにしました。",
    "説明会のご案内です。今回は対面開催をやめて、オンラインにすることにしました。",
    "返信遅れてごめんね。面接の日だけど、来週の水曜14時はどう？持ち物は特にナシで大丈夫。",
    # a meeting put off, another to be arranged
    "面接の件ですが、台風が来ているので今回はやめておきます。日程を改めて連絡しますね。",
    "明日の面接ですが、台風のため今回はやめておくことにしました。別の日で調整させてください。",
    "面接の件、今回はやめておいて、来週にしましょうか。",
]

# No offer: a state described, or news of a result not there yet.
NO_OFFER = [
    "いつもお世話になっております。現在、内定なしの状態とのことですので、引き続き求人をご紹介します。",
    "本日時点で、企業様からの採用の連絡はなしです。回答があり次第お知らせいたします。",
    "内定の連絡はまだ届いていないとのこと、承知しました。他社の状況も教えてください。",
    "内定の連絡はまだありません。届き次第ご連絡します。",
    "本座談会は内定がない方もご参加いただけます。",
    "【募集要項】未経験者の採用はなしです。経験3年以上の方のみ応募可能です。",
    "ご状況を確認しました。現在は内定が出ていない状況ですね。",
]

STILL_OFFERS = [
    "最終面接の結果、内定のご連絡をさせていただきます。",
    "厳正なる選考の結果、山田様を内定とさせていただきます。",
]


@pytest.mark.parametrize("body", CASUAL_REJECTIONS)
def test_casual_rejections(body: str) -> None:
    result = classify_notice(subject="面接の件", body=body)
    assert result.label == "rejection"
    assert all(e in body for e in result.evidence)


@pytest.mark.parametrize("body", CASUAL_OTHERS)
def test_casual_words_about_something_else(body: str) -> None:
    assert classify_notice(subject="連絡", body=body).label != "rejection"


@pytest.mark.parametrize("body", NO_OFFER)
def test_no_offer_yet_is_neither_offer_nor_rejection(body: str) -> None:
    assert classify_notice(subject="ご状況について", body=body).label == "other"


@pytest.mark.parametrize("body", STILL_OFFERS)
def test_offers_still_read(body: str) -> None:
    assert classify_notice(subject="選考結果のご連絡", body=body).label == "offer"


# Bookings for the programmes named since 2023 (オープン・カンパニー, 仕事体験, a workplace visit):
# 日時・会場 and 「お越しください」 invite to the programme; an interview named outside it still counts.
EVENT_BOOKINGS = [
    (
        "オープン・カンパニー参加確定のお知らせ",
        "オープン・カンパニーへのご参加が確定しました。\n■日時　2月3日（水）10:00〜12:00\n"
        "■会場　東京本社\n■服装　私服でお越しください",
    ),
    (
        "仕事体験 参加確定",
        "1day仕事体験のご参加が確定しました。\n日時：1月12日 10:00〜17:00\n"
        "場所：本社3階研修室\n当日は10分前までにお越しください。",
    ),
    (
        "職場見学のご予約",
        "職場見学のご予約を承りました。\n日時：2月8日（月）14:00\n会場：横浜工場 正門受付\n"
        "お気をつけてお越しください。",
    ),
]

EVENT_INTERVIEWS = [
    (
        "早期選考のご案内",
        "オープン・カンパニーにご参加いただいた方を対象に、一次面接を実施します。\n"
        "日時：3月5日（金）10:00\n会場：本社 面接室\n履歴書をご持参のうえお越しください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), EVENT_BOOKINGS)
def test_a_programme_booking_is_other(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "other"


@pytest.mark.parametrize(("subject", "body"), EVENT_INTERVIEWS)
def test_an_interview_after_a_programme_still_invites(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "interview_invite"


def test_a_next_step_skipped_on_the_way_to_an_offer_is_no_rejection() -> None:
    for body in (
        "合格です。次の選考はなしで、そのまま内定となります。",
        "合格です。次の選考はありません。そのまま内定となります。",
    ):
        assert classify_notice(subject="選考結果", body=body).label in ("offer", "pass")


def test_neither_a_pass_nor_a_failure_is_on_hold() -> None:
    body = "選考結果は合格でも不合格でもなく、保留です。来週改めてご連絡します。"
    assert classify_notice(subject="選考結果", body=body).label == "other"
