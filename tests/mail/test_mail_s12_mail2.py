"""Session 12 (s12-mail2): who a mail to a group addresses. A group salutation (「2026年卒業予定の
皆様」「応募者各位」) narrowed to those chosen for the next step (「…のうち、一次面接の対象となる方へ
ご案内しております」「二次面接にお進みいただく方にお送りしています」) addresses the reader as one of
them: the invitation it carries is the reader's. A group told of the process, invited to a
seminar, promised results later, or reminded to book a seminar stays a mail about the process; a
reminder of a booked interview stays other (rule of [guards] `reminder`).
Sentences written for these tests, with their look-alikes."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

INVITE = {"interview_invite", "pass"}

CASES = [
    # A group narrowed to those chosen, told as this mail's addressees.
    (
        "narrowed-entry",
        "一次面接予約のご案内",
        "2027年卒業予定の皆様\n\n株式会社シラカバ製薬 新卒採用チームです。\nエントリーシートをお送りいただいた皆様のうち、一次面接の対象となる方へご案内しております。\nマイページより面接日時をご予約ください。\n予約締切：6月12日\n所要時間：約25分（オンライン）",
        INVITE,
    ),
    (
        "narrowed-advance",
        "二次面接の予約について",
        "選考にお進みの皆さま\n\n株式会社トキワ電設 人事です。\n一次面接を受けられた方の中から、二次面接へお進みいただく方にお送りしています。\n下記ページから6月20日までにご都合の良い枠をお選びください。\n面接は本社で40分ほどです。\nhttps://example.org/book",
        INVITE,
    ),
    (
        "narrowed-target",
        "面接日程のご予約",
        "応募者各位\n\nこのたびはご応募ありがとうございます。\n書類選考を通過された方を対象に本メールをお送りしております。\n面接予約フォームより日程をご登録ください。締切は8月3日です。\n面接時間：30分／場所：渋谷オフィス",
        INVITE,
    ),
    (
        "narrowed-wish",
        "面接のお願い",
        "求人にご応募いただいた皆さん\n\n有限会社ハマダ電気の浜田です。\n書類を拝見して、ぜひお会いしたい方にだけこのメールを送っています。\nフォームから9月12日までに面接の日をお選びください。\n面接は事務所で30分程度です。",
        INVITE,
    ),
    (
        "narrowed-this-mail",
        "最終面接のご案内",
        "二次面接受験者の皆様\n\n株式会社カエデ商会 人事部です。\n二次面接を受けられた方のうち、最終面接にお進みいただく方へのご案内です。\nマイページで最終面接の日時を7月1日までにご予約ください。\n面接は本社で約1時間です。",
        INVITE,
    ),
    (
        "narrowed-te-form",
        "次回選考のご案内",
        "会社見学会にご参加いただいた皆様\n\n株式会社ツバキ運輸です。\nご参加いただいた方のうち、面接に進んでいただく方に本メールをお送りしております。\n6月8日までにマイページで面接日時をご予約ください。\n所要時間：40分、本社（神戸）",
        INVITE,
    ),
    # How results are sent, told to every applicant: a policy, not this mail's addressees.
    (
        "results-policy",
        "選考結果のご連絡について",
        "応募者各位\n\n書類選考の結果は、通過された方にのみご連絡しております。\n面接は6月中旬に本社で行う予定です。",
        {"other"},
    ),
    # A group told of the process in general.
    (
        "process-described",
        "【採用だより】面接までの流れ",
        "2027年卒業予定の皆様\n\n株式会社シラカバ製薬です。\n今号では選考の流れをお伝えします。\nエントリーシートを通過された方には一次面接（約25分）をご案内し、その後最終面接へ進んでいただきます。\n面接はマイページからの予約制です。",
        {"other"},
    ),
    # A seminar offered to everyone registered.
    (
        "seminar-all",
        "会社説明会の予約受付中",
        "エントリーいただいた皆様\n\n株式会社トキワ電設です。\n会社説明会の予約を受け付けています。マイページからお申し込みください。\n予約締切：5月30日\n所要時間：90分／会場：本社またはオンライン",
        {"other"},
    ),
    # Results promised to every applicant, the next step to those who pass (a promise: には).
    (
        "results-later",
        "選考結果のご連絡時期",
        "応募者各位\n\n書類選考の結果は6月10日までに全員へお知らせいたします。\n通過された方には、その際に面接のご予約方法をご案内いたします。\n今しばらくお待ちください。",
        {"other"},
    ),
    # A reminder to book a seminar, to all who have not booked.
    (
        "seminar-reminder",
        "【リマインド】説明会予約は明日まで",
        "まだ説明会をご予約されていない皆様\n\n説明会の予約締切は明日6月2日正午です。\nマイページからご予約ください。\n所要時間：60分、オンライン",
        {"other"},
    ),
    # A group narrowed by a wish, not a selection.
    (
        "narrowed-by-wish",
        "社員訪問の受付",
        "エントリーいただいた皆様のうち、社員訪問をご希望の方へ\n\nマイページよりご希望の社員と日時をご予約ください（締切：6月5日）。\n所要時間：30分、オンライン",
        {"other"},
    ),
    # A reminder of an interview the reader booked: other, as the earlier rule reads it.
    (
        "interview-reminder",
        "【リマインド】一次面接のご案内",
        "吉岡 様\n\n株式会社カエデ商会 人事部です。\nご予約いただいた一次面接は明後日6月14日 10:00からです。\n会場：本社3階受付\n所要時間：約30分",
        {"other"},
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "labels"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_s12_mail2_notice(subject: str | None, body: str, labels: set[str]) -> None:
    result = classify_notice(subject=subject, body=body)
    assert result.label in labels, (result.label, result.evidence)
