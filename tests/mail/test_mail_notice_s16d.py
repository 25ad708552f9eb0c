"""Notices of session 16 (fourth set): a selection whose matter is no hiring (a loan applied
for, a school's admission, a volunteer's or a monitor's place, a scholarship), a friend's
personal mail recalling a failed interview, with near misses beside each. Our own sentences,
written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


NOT_HIRING = [
    (
        "審査結果のお知らせ",
        "この度はカーローンにお申し込みいただき、ありがとうございました。\n"
        "審査いたしました結果、誠に恐縮ですがご希望に沿いかねる結果となりました。",
    ),
    (
        "選考結果について",
        "本学の推薦入試に出願いただきありがとうございました。\n"
        "選考の結果、残念ながら今回はご期待に添えない結果となりました。",
    ),
    (
        "合唱団メンバー選考のご連絡",
        "市民合唱団の新メンバーにご応募いただきありがとうございました。\n"
        "選考の結果、今回はご参加いただけないこととなりました。",
    ),
    (
        "研究助成の選考結果",
        "当財団の研究助成にお申込みいただき、ありがとうございました。\n"
        "厳正な選考の結果、誠に残念ながら今回は不採択となりました。",
    ),
    (
        "留学プログラム選抜結果",
        "交換留学プログラムにご応募いただきありがとうございました。\n"
        "選考の結果、今回はご期待に沿えない結果となりました。",
    ),
]

HIRING = [
    (
        "選考結果のご連絡",
        "弊社にご応募いただいた件、選考の結果、今回はご期待に添いかねる結果となりました。",
    ),
    (
        "選考結果のご連絡",
        "ご応募いただいた件につきまして、慎重に検討いたしました結果、今回はご縁がなかったものと"
        "させていただきます。",
    ),
    (
        "選考結果のご連絡",
        "株式会社ハルカにご応募いただきありがとうございました。\n"
        "選考の結果、今回はご期待に沿えない結果となりました。",
    ),
    (
        "事務職選考結果",
        "経理事務職にお申込みいただきありがとうございました。\n"
        "書類選考の結果、今回は見送らせていただくことになりました。",
    ),
    (
        "ご応募の件",
        "うちのお店に応募してくれてありがとう。\n今回は経験のある方を優先し、お断りすることにしました。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_HIRING)
def test_a_selection_of_no_hiring_is_other(subject: str, body: str) -> None:
    assert _label(subject, "吉田様\n\n" + body) == "other"


@pytest.mark.parametrize(("subject", "body"), HIRING)
def test_a_hiring_selection_still_rejects(subject: str, body: str) -> None:
    assert _label(subject, "吉田様\n\n" + body) == "rejection"


FRIENDS = [
    "面接どうだった？ この前の会社は落ちたって言ってたけど、あそこはご縁がなかっただけだよ。",
    "二次面接で不合格だったって聞いたよ。残念だったね、でも次があるって！",
    "先月の会社は見送りになったって言ってたよね。気にしないで、また話そう。",
]

CASUAL_REFUSALS = [
    "応募ありがとう。残念だけど、今回は別の人にお願いすることにしたんだ。ごめんね。",
    "この前は来てくれてありがとう。うちとしては今回はごめんなさい、ということで。",
]


@pytest.mark.parametrize("body", FRIENDS)
def test_a_friends_mail_recalling_a_failure_is_other(body: str) -> None:
    assert _label("元気？", "あやへ\n\n" + body + "\n\nみき") == "other"


@pytest.mark.parametrize("body", CASUAL_REFUSALS)
def test_a_managers_casual_refusal_still_rejects(body: str) -> None:
    assert _label("応募の件", "あやさん\n\n" + body + "\n\nカフェ店長 佐藤") == "rejection"


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
    assert _label("応募ありがとう", "田村さん\n\n" + body + "\n\n店長 小池") == "interview_invite"


@pytest.mark.parametrize("body", NOT_PROPOSED)
def test_no_meeting_proposed_is_no_invite(body: str) -> None:
    assert _label("連絡", "田村さん\n\n" + body + "\n\n店長 小池") != "interview_invite"


@pytest.mark.parametrize(
    "body",
    [
        "ES選考の結果、誠に恐縮ながら今回はご期待に沿えない結果となりました。",
        "適性検査の審査の結果、今回はご縁がなかったものとさせていただきます。",
    ],
)
def test_a_hiring_stage_compounded_with_selection_still_rejects(body: str) -> None:
    assert _label("選考結果について", "吉田様\n\n" + body) == "rejection"


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
    assert _label("Re: 面接日程について", "岡田様\n\n" + body + "\n\n人事部 野口") == (
        "interview_invite"
    )


@pytest.mark.parametrize("body", STILL_REJECTED)
def test_a_rejection_naming_a_date_elsewhere_still_rejects(body: str) -> None:
    assert _label("選考結果のご連絡", "岡田様\n\n" + body + "\n\n人事部 野口") == "rejection"
