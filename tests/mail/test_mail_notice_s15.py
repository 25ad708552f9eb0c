"""Notices of session 15: a rule stated for a class of people (「応募資格を満たさない方については
選考の対象外とさせていただきます」, a relative clause before 方・者・人 as the topic, no past) is no
result of the reader's; English invitations that only book through a link (「grab another slot」
「choose a new time」「We'd like to schedule a video call with our hiring manager」). Rejections
told in a past, or to the reader by name, still count. Our own sentences, written apart from the
eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

GENERAL = [
    # a rule for whoever fits, in a receipt or a posting
    "応募書類を受け付けました。なお、必須条件を満たしていない方については選考の対象外とさせていただきます。",
    "エントリーありがとうございます。募集要件に該当しない方は選考の対象外となります。",
    "ご応募ありがとうございます。土日に勤務できない方につきましては、今回は採用を見送らせていただきます。",
    "求人のご案内です。年齢制限を超える者に関しては不採用とさせていただきます。",
    "Webエントリーを受け付けました。書類に不備がある人は選考の対象外となりますのでご注意ください。",
    # a class of applications, and the phrase inside the clause that describes the class
    "エントリーを受け付けました。要件を満たさない応募については選考の対象外とさせていただきます。",
    "受付完了です。必須資格を満たさないご応募はお断りしております。",
    "ご応募ありがとうございます。記入漏れのある申し込みは選考対象外となります。",
]

STILL_REJECTED = [
    "選考の結果、今回は採用を見送らせていただくこととなりました。",
    "多数ご応募いただいた方の中から慎重に検討した結果、今回は見送りとなりました。",
    "山田様については、誠に残念ながら今回は不採用とさせていただきます。",
    "今回は別の方にお願いすることになりました。ごめんなさい。",
    "経験のある方を優先したため、今回はお見送りとさせていただきました。",
    # the reader's own application as the topic: 今回の, or a past clause before it
    "今回のご応募については、誠に残念ながら見送らせていただきます。",
    "先日いただいたご応募につきましては、誠に残念ながら見送らせていただきます。",
    "要件を満たしていないため、今回は見送らせていただきます。",
    # other people as a topic before a comma: the result after it is the reader's again
    "他の候補者の方は経験が豊富で、今回は見送りとさせていただきます。",
]

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


@pytest.mark.parametrize("body", GENERAL)
def test_a_rule_for_a_class_of_people_is_no_result(body: str) -> None:
    assert classify_notice(subject="ご応募ありがとうございます", body=body).label == "other"


@pytest.mark.parametrize("body", STILL_REJECTED)
def test_a_result_told_still_rejects(body: str) -> None:
    assert classify_notice(subject="選考結果のご連絡", body=body).label == "rejection"


@pytest.mark.parametrize(("subject", "body"), ENGLISH_INVITES)
def test_english_booking_by_link_invites(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "interview_invite"


@pytest.mark.parametrize("body", ENGLISH_OTHER)
def test_english_slot_words_without_an_interview_invite_nobody(body: str) -> None:
    assert classify_notice(subject="Hello", body=body).label == "other"


# An internship's, an event's or a small employer's no, in plain words, and a call to apply to
# the main selection after it.
PLAIN_NO = [
    (
        "オープンカンパニー抽選結果",
        "森様\n\n厳正なる抽選の結果、残念ながら今回は落選となりました。\n"
        "本選考へのエントリーもお待ちしております。\n\n株式会社ハマナス",
    ),
    (
        "ウィンターインターンシップのご連絡",
        "小池様\n\n今回は小池様に参加枠をご用意することができませんでした。\n"
        "来年度の採用へのご応募もお待ちしております。\n\n株式会社カエデ",
    ),
    ("面接の結果", "原さん\n\n店で話したんですが、今回は採らないことになりました。ごめんね。"),
    ("バイトの件", "西さん\n\n迷ったんだけど、今回は別の子にお願いすることにしました。"),
    (
        "インターンの件",
        "上野さん\n\n今回はインターン生の受け入れが難しくなってしまいました。"
        "本選考でまた会えたらうれしいです！",
    ),
]

PLAIN_NOT_NO = [
    # to many readers, a newsletter, a rule for a class, a staff chat, a post's conditions
    (
        "会社説明会のご案内",
        "学生の皆様\n\n説明会の日程を公開しました。本選考へのエントリーもお待ちしております。",
    ),
    (
        "採用通信 vol.12",
        "新しい社員インタビューを公開しました。本選考へのエントリーもお待ちしております。\n"
        "配信停止はこちら",
    ),
    ("【求人】ホールスタッフ", "未経験の方は採用しておりません。経験者のみご応募ください。"),
    ("シフトの件", "他の子にも聞いてみて、シフトを決めますね。"),
    (
        "ご応募ありがとう",
        "今回は山田様のために面接枠をご用意いたしました。ご都合の良い日時をお知らせください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PLAIN_NO)
def test_a_plain_no_rejects(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "rejection"


@pytest.mark.parametrize(("subject", "body"), PLAIN_NOT_NO)
def test_near_misses_of_a_plain_no_are_no_rejection(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label != "rejection"


def test_others_as_the_topic_of_a_result_are_told_of() -> None:
    body = (
        "長田さん\n\n他の応募者の方は今回見送りになったけど、長田さんにはぜひ次に進んで"
        "ほしいです。次はオーナーと話してもらえますか。"
    )
    assert classify_notice(subject="面接の結果です", body=body).label in (
        "pass",
        "interview_invite",
    )
