"""Notices read for a schedule: invitations worded without the usual labels (labelled
lines under a heading, a booking by a link, a meeting proposed, other times offered after a
regret, an interview held over days), and what invites nobody (a programme booked, a meeting
put off, slot words without an interview, a trial shift). Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice

ENGLISH_INVITES = [
    (
        "Interview with Lumen",
        "Hi Sora,\n\nThanks for applying. We'd like to schedule a video call with our hiring "
        "manager.\nYou can book a slot here: https://lumen.example.com/book\n\nLumen Recruiting",
    ),
    (
        "Change of plan",
        "Hi Nao,\n\nOur interviewer is out sick on Tuesday, so we need to move your interview.\n"
        "Please choose a new time here: https://cal.example.com/nao\n\nSorry for the trouble.",
    ),
    (
        "Moving our chat",
        "Hi Rin,\n\nI have to move our interview planned for Friday. Could you grab another slot "
        "from my calendar? https://calendar.example.com/x\n\nThanks,\nKai",
    ),
    (
        "Let's talk",
        "Hi Jun,\n\nWe liked your application and would like to chat. Book a 30-min slot on my "
        "calendar: https://cal.example.com/lee\n\nLee",
    ),
    (
        "Next step",
        "Hello,\n\nWe would love to set up a call with our CTO. Please find a convenient time "
        "at https://book.example.com/cto\n\nBest,\nFern Labs",
    ),
]


ENGLISH_INVITES += [
    (
        "Interview scheduling",
        "Hi Kai,\n\nPlease use the link below to schedule your interview with our team.\n"
        "https://app.example.com/s/1\n\nThanks!",
    ),
    (
        "Can we move it?",
        "Hi Sho,\n\nCan we reschedule our interview to next week? Feel free to book any open "
        "slot here: https://cal.example.com/kim\n\nKim",
    ),
    (
        "Interview time change",
        "Hi Nana,\n\nDue to a conflict we'd like to move your interview. Here's a link to "
        "rebook: https://x.example/rebook",
    ),
]


ENGLISH_OTHER = [
    # a receipt, a portal, a newsletter: no interview of the reader's
    "Hi,\n\nWe received your application. You can book a time to visit our office fair on our site.",
    "Hello,\n\nYour account is ready. Choose a new password here: https://example.com/reset",
    "Thanks for subscribing. Pick a date for our webinar on careers in design.",
    "Hi,\n\nYou can now schedule interviews and view your applications in the candidate portal.",
    "Hi,\n\nWe got your application. If your profile matches, we'll send a link to book an "
    "interview.",
]


@pytest.mark.parametrize(("subject", "body"), ENGLISH_INVITES)
def test_english_booking_by_link_invites(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "interview_invite"


@pytest.mark.parametrize("body", ENGLISH_OTHER)
def test_english_slot_words_without_an_interview_invite_nobody(body: str) -> None:
    assert classify_notice(subject="Hello", body=body).label == "other"


def test_a_meeting_put_off_is_no_rejection() -> None:
    body = (
        "だいきさん\n\nすみません！明日15時の面談は、こちらの都合でいったん見送らせてください🙏\n"
        "別の日で30分いただけますか？"
    )
    assert notice_label("明日の面談について", body) != "rejection"


PROPOSED = [
    "バイトの応募ありがとう！ 一度お店で話そう。火曜か土曜の14時ごろどう？",
    "パートにご応募いただきありがとうございます。一度店舗でお話ししましょう。"
    "月曜の10時はいかがですか？",
    "応募してくれてありがとう。お店に来て話せたらと思ってます。木曜の夕方6時はどうかな？",
]


NOT_PROPOSED = [
    # A shift asked of staff: no application named.
    "来週のシフト、火曜か土曜の14時から入れるかな？ エプロンを持ってきてね。",
    # An application thanked, no meeting proposed: a result promised.
    "バイトの応募ありがとう！ 結果は金曜の18時ごろまでに連絡するね。どう決まっても連絡します。",
]


@pytest.mark.parametrize("body", PROPOSED)
def test_a_meeting_proposed_to_an_applicant_invites(body: str) -> None:
    assert (
        notice_label("応募ありがとう", "田村さん\n\n" + body + "\n\n店長 小池")
        == "interview_invite"
    )


@pytest.mark.parametrize("body", NOT_PROPOSED)
def test_no_meeting_proposed_is_no_invite(body: str) -> None:
    assert notice_label("連絡", "田村さん\n\n" + body + "\n\n店長 小池") != "interview_invite"


# A reply about an interview's date that regrets, with a notice's stock phrase, the date, time
# or place the reader asked for, then proposes other times: an invitation. A rejection that
# names a date elsewhere, or no other time, stays one.
RESCHEDULED = [
    "ご希望の金曜日は会議室が空いておらず、ご希望に添えず申し訳ございません。\n"
    "代わりに20日（月）10時か21日（火）15時の面接ではいかがでしょうか。",
    "あいにくご希望の日時は社長の出張と重なり、ご期待に沿えません。\n"
    "恐れ入りますが、面接は8日の14時か9日の11時のどちらがよろしいでしょうか。",
    "ご提示の午前中の時間帯は、誠に恐縮ながらご希望に添いかねます。\n"
    "二次面接を16時からでお願いできますと幸いですが、いかがでしょうか。",
]


STILL_REJECTED = [
    "選考の結果、残念ながら今回は面接の日程をご案内できないこととなりました。\n"
    "ご期待に沿えず申し訳ございません。",
    "慎重に検討した結果、ご期待に沿えない結果となりました。\n"
    "なお、12月10日14時からの会社説明会には引き続きご参加いただけます。",
]


@pytest.mark.parametrize("body", RESCHEDULED)
def test_a_date_regretted_then_other_times_proposed_invites(body: str) -> None:
    assert notice_label("Re: 面接日程について", "岡田様\n\n" + body + "\n\n人事部 野口") == (
        "interview_invite"
    )


@pytest.mark.parametrize("body", STILL_REJECTED)
def test_a_rejection_naming_a_date_elsewhere_still_rejects(body: str) -> None:
    assert notice_label("選考結果のご連絡", "岡田様\n\n" + body + "\n\n人事部 野口") == "rejection"


def test_an_interview_held_over_days_to_book_is_an_invitation() -> None:
    body = (
        "次のステップとして、集団面接を以下の日程で実施いたします。"
        "採用マイページから希望の枠をご予約ください。\n期間：6月2日〜6月6日"
    )
    assert notice_label("次回選考のご案内", body) == "interview_invite"


def test_the_next_step_with_no_slot_asked_stays_a_pass() -> None:
    body = (
        "書類選考の結果、次のステップとして適性検査を受検いただきます。詳細は追ってご連絡します。"
    )
    assert notice_label("選考結果", body) == "pass"


INVITED = [
    (
        "面接について",
        "村田様\n\n株式会社ヒカリ工業の採用担当です。\n\n"
        "日時：4月2日（水）11:00〜\n場所：本社2階 応接室\n持ち物：履歴書\n",
    ),
    (
        "一次面接について",
        "中村様\n\n【日時】11月8日（金）14:00〜14:45\n【場所】名古屋支店 3階\n【持ち物】筆記用具\n",
    ),
]


@pytest.mark.parametrize(("subject", "body"), INVITED)
def test_labelled_lines_under_an_interview_heading_invite(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "interview_invite"


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


_GOES_ON = ("pass", "interview_invite", "offer")


TRIAL = [
    # a trial at the workplace asked of the reader, or the reader's first day arranged
    (
        _GOES_ON,
        "話してみて、ぜひ一緒にやりたいと思いました。一度お試しで半日入ってもらえませんか？",
    ),
    (
        _GOES_ON,
        "まずはトライアルという形で3時間ほど働いてみませんか。来週で都合のいい日はありますか。",
    ),
    (_GOES_ON, "よかったら体験勤務で一日来てほしいです。平日と週末、どちらが良いですか？"),
    (_GOES_ON, "店長とも話して、ぜひ来てもらおうということになりました。"),
    (
        _GOES_ON,
        "スタッフと相談して、働いてもらおうという結論になりました。初日の日程を相談させてください。",
    ),
    (_GOES_ON, "もしよければ、試しに一日手伝ってもらえないかな？土曜か日曜でどうでしょう。"),
    (
        _GOES_ON,
        "面接ありがとう。一度ホールに立ってみてもらえますか？都合のいい曜日を教えてください。",
    ),
    (_GOES_ON, "よかったら来週、体験バイトで2時間くらい入ってみませんか？"),
    (
        _GOES_ON,
        "うちで一緒にやってほしいと思っています。研修日を決めたいので空いている日を教えてください。",
    ),
    (_GOES_ON, "オーナーと話して、ぜひうちに入ってもらうことに決めました。来週からお願いします。"),
    (_GOES_ON, "店長とも相談して、来てもらうことになりました！"),
    # near-misses: a trial thanked for, someone else engaged, an ad, an event's 仕事体験
    (("other",), "先日はお試しで入ってくれてありがとう。結果は来週お伝えします。"),
    (("rejection",), "今回は経験のある人に入ってもらおうという話になりました。ごめんなさい。"),
    (
        ("other",),
        "来月から新しいスタッフに来てもらうことになりました。シフト表を見ておいてください。",
    ),
    (("other",), "学生向けの仕事体験を開催します。当日は会場に直接来てください。"),
    (("other",), "まずは一度、マイページに入ってみてください。応募状況が確認できます。"),
    (("other",), "お試しでアプリに入ってみてください。求人の検索ができます。"),
]


@pytest.mark.parametrize(("accepted", "body"), TRIAL)
def test_a_trial_shift_asked_for(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(
        subject="先日はありがとうございました", body=f"原田さん\n\n{body}\n\n店長 北村"
    )
    assert got.label in accepted, (got.label, got.evidence)
