"""Notices that tell no result of the reader's (session 18): a result not yet there, an agent
declining the reader's other applications beside an offer, a shift or a seat taken by someone
else, an offer made before and referred to in a clause, the writer's own offer reported to a
mentor; with near misses that keep their label. Sentences are our own."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


NOT_YET = [
    "三次面接の結果がまだ届いておりませんが、先方の部長が休暇中とのことでした。",
    "申し訳ございませんが、書類選考の結果はまだ出ておりません。",
    "残念ながら、一次面接の結果はまだ出ていません。もう少しお待ちください。",
    "最終面接の合否につきましては、現時点で未定でございます。",
    "結果はまだ出ておりませんが、残念ながら厳しいかもしれません。",
    "二次の結果はまだ届いていないとのことでした。",
    "採否はいまだ決定に至っておりません。今しばらくお待ちください。",
    "ごめんね、面接の結果はまだです。決まったら連絡するね。",
]


@pytest.mark.parametrize("line", NOT_YET)
def test_a_result_not_yet_there_is_no_rejection(line: str) -> None:
    assert _label("選考状況について", f"小野様\nいつもお世話になっております。\n{line}") == "other"


@pytest.mark.parametrize(
    "line",
    [
        # a real rejection told beside a result still to come
        "C社様の結果はまだ届いておりませんが、D社様は今回見送りとのご連絡がありました。",
        # a result told after a delay
        "ご連絡が遅くなり申し訳ございません。選考の結果、今回は採用を見送らせていただきます。",
        # a result that did not come, told in the past with no 'not yet'
        "面接の結果、残念ながら今回はご縁がありませんでした。",
    ],
)
def test_a_rejection_beside_a_wait_or_after_a_delay_stays(line: str) -> None:
    assert _label("選考結果のご連絡", f"小野様\n{line}") == "rejection"


@pytest.mark.parametrize(
    "line",
    [
        "選考中の他社については、見送り（辞退）の連絡を弊社から入れておきます。",
        "他社さんの選考は、こちらから見送りの連絡しておきますね。",
        "E社様の選考については、弊社より見送り（辞退）のご連絡を差し上げます。",
    ],
)
def test_an_agent_declining_other_applications_beside_an_offer(line: str) -> None:
    body = f"小野様\nエージェントの村井です。\nB社様より内定をいただきました。おめでとうございます。\n{line}"
    assert _label("内定のご連絡", body) == "offer"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "シフト",
            "原さん\nお疲れさま！来週金曜のシフトなんだけど、もう他の人で埋まっちゃった。ごめんね。",
        ),
        (
            "シフト",
            "原さん\n希望してくれた月曜の遅番は、もう別の子で決まっちゃいました。ごめんね！",
        ),
        ("係の件", "原さん\n今度の祭りの受付係、他の人にお願いすることにしました。ごめんね。"),
        (
            "見学会",
            "原様\n先日お申し込みいただいた工場見学会の枠は、他の方で埋まってしまいました。",
        ),
        (
            "ボランティア",
            "原様\n海岸清掃ボランティアの枠は他の方で埋まってしまいました。申し訳ありません。",
        ),
        (
            "説明会",
            "原様\n説明会のお席は、ほかの方で埋まってしまいました。またのご参加をお待ちしております。",
        ),
    ],
)
def test_a_duty_or_a_seat_taken_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "面接の件",
            "原さん\nこの前は面接に来てくれてありがとう。キッチンのバイト、もう他の子で埋まっちゃいました。ごめんね。",
        ),
        (
            "選考結果",
            "原様\nご応募いただきありがとうございました。募集していた枠は、すでに他の方で埋まってしまいました。",
        ),
        (
            "インターン",
            "原さん\n夏のインターン、応募が多くて、今回は別の学生さんにお願いすることになりました。",
        ),
    ],
)
def test_the_job_itself_taken_stays_a_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"


@pytest.mark.parametrize(
    "line",
    [
        "先週内定が出ましたG社様との入社日の調整ですが、5月1日で確定いたしました。",
        "内定を承諾いただいたJ社様より、配属先のご案内が届きました。",
        "内定が出ておりますL社様の入社手続きについて、必要書類をお送りします。",
    ],
)
def test_an_offer_made_before_referred_to_in_a_clause(line: str) -> None:
    assert _label("ご連絡", f"小野様\nエージェントの村井です。\n{line}") == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "ご報告",
            "中川先生\nご無沙汰しております。おかげさまで、志望していた商社から内定をいただきました。\n"
            "本当にありがとうございました。",
        ),
        (
            "報告です",
            "先輩、お疲れさまです！\n第一志望の会社から内定もらえました！ES見てもらったおかげです🙏",
        ),
    ],
)
def test_own_offer_reported_to_a_mentor(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "内定のご連絡",
            "小野様\nエージェントの村井です。\n先方より、小野様に内定をお出ししたいとのご連絡をいただきました！",
        ),
        (
            "内定です",
            "小野さん\nM社さんから内定いただきました🎉 小野さんの努力のおかげですね。おめでとうございます！",
        ),
        ("採用内定通知", "小野様\n厳正なる選考の結果、小野様を採用内定とさせていただきました。"),
    ],
)
def test_an_offer_told_stays_an_offer(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"
