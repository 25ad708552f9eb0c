"""Notices read for who is addressed: a small employer's plain decision for another person
(no お祈り vocabulary), a referred person's result told to the employee who referred them, a
reminder of an interview already booked, and a next step after the documents were read."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # Another person, described by what they have or can do, engaged this time.
        (
            None,
            "井上さん\n先日はどうも。今回は免許を持っている人に来てもらうことにしました。悪いね。",
            "rejection",
        ),
        (
            None,
            "今回は平日の夜に入れる方にお願いすることになりました。ご足労いただいたのにすみません。",
            "rejection",
        ),
        (None, "女将とも話しましたが、今回は接客の経験がある方を採ることにしました。", "rejection"),
        (
            None,
            "今回は駅の近くに住んでいる学生さんを採ることにしました。ごめんなさい。",
            "rejection",
        ),
        (
            None,
            "We decided to give the job to someone who lives closer to the farm. Sorry!",
            "rejection",
        ),
        (None, "今回はもっと元気な方にお願いすることにしました。", "rejection"),
        (
            None,
            "We'll take on a student who lives nearby instead. Thanks for coming in.",
            "rejection",
        ),
        (
            None,
            "For now we're taking on someone who has run a food truck before. Best of luck!",
            "rejection",
        ),
        (
            None,
            "We went with a guy who has his own truck. Sorry, and thanks for coming.",
            "rejection",
        ),
        (None, "今回は、朝早くから働ける方を優先させていただきました。", "rejection"),
        # The reader engaged, or news to staff: no rejection.
        (
            None,
            "ぜひ森さんに土日の朝の仕込みをお願いしたいです。土曜の7時から来られますか？",
            "offer",
        ),
        (None, "ぜひ平田さんにお願いしたいです。来週から来られますか？", "offer"),
        (None, "平田さんにお願いしたいことがあります。履歴書をもう一部送ってください。", "other"),
        (
            None,
            "ぜひ井上さんに来ていただくことにしました。初日は来週火曜の8時からでお願いします。",
            "offer",
        ),
        ("新しい仲間", "スタッフ各位\n来月から経験のある方に来てもらうことになりました。", "other"),
        # A result about someone the reader referred is that person's, not the reader's.
        (
            "紹介者の方へ",
            "総務部 木村様\nご紹介いただいた西田様について、内定が決まりましたのでお知らせします。",
            "other",
        ),
        (
            None,
            "The friend you referred, Alex Kim, has been hired as a designer. Thank you!",
            "other",
        ),
        (None, "人事の原です。ご推薦いただいた川口さんについて、採用が決まりました。", "other"),
        (
            None,
            "Thank you for recommending Sam for the driver job. We have decided not to hire him.",
            "other",
        ),
        (None, "中川様からご推薦のあった後輩の方ですが、内定となりました。", "other"),
        # A reminder of a booked interview invites to nothing new; a time proposed does.
        (
            "【リマインド】最終面接",
            "大野様\n本日の最終面接は15時からです。\n場所：本社5階",
            "other",
        ),
        (None, "Reminder: your interview is on Friday.\nWhen: Friday 10:00-11:00", "other"),
        (None, "応募ありがとう。明日の11時にお店で面接はどうですか？", "interview_invite"),
        # After the documents, a next step the reader is asked to take is a pass.
        (
            None,
            "After reviewing your resume, we would like you to take a short online aptitude test as the next step.",
            "pass",
        ),
        (
            None,
            "エントリーシートを拝見し、次の選考として筆記試験を受けていただきたく存じます。7月1日までにお申し込みください。",
            "pass",
        ),
        (
            None,
            "We looked through your samples and would like you to complete a short translation test next.",
            "pass",
        ),
        (
            None,
            "履歴書を拝見しました。つきましては、筆記試験を受けていただきたく存じます。",
            "pass",
        ),
        (None, "履歴書を拝見しました。つきましては、結果は後日ご連絡いたします。", "other"),
    ],
)
def test_addressee(subject: str | None, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
