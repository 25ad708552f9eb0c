"""Session 12 (s12-mail): notices. A seat at a seminar refused (満席のためご参加いただけません) in a
mail that names no selection is no result; an invitation's words as the subject of a delay
(「面接日程のご案内が遅くなり」) invite nobody; a negated result told of a class of people
(「通過されなかった方へのご連絡はいたしかねます」) is a policy, not this reader's result; a mail
about a gathering's seats (満席, 抽選) naming no stage, application or hiring refuses a seat. A stage
glossed in brackets (「次の選考（GD）にご案内」), the next round told as set (「次は部長面接と
なります」) and another staff member chosen (「別のスタッフで決定」) are read; a booking accepted
under its lines or right after its time (「上記にて承りました」「10時〜で承知しました」), in a mail
naming the interview or the reader's application, invites; 「選考をクローズ」 ends a selection like
終了; 「内定直結」 is a route, no offer.
Sentences written for these tests, with their look-alikes."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

CASES = [
    # A seat at an event refused: no selection named.
    (
        "seat-full",
        "【満席】会社説明会のご案内",
        "中川様\n\n会社説明会へのお申込みありがとうございます。\n誠に申し訳ございませんが、定員に達したため、今回はご参加いただけません。\n次回の日程はマイページでお知らせします。\n\n株式会社ミドリ電工 人事部",
        {"other"},
    ),
    (
        "seat-closed",
        None,
        "中川様\n\nオンラインセミナーは受付を締め切りました。恐れ入りますが、今回はご出席いただくことができません。\n録画を後日お送りいたします。\n\nキャリアフォーラム事務局",
        {"other"},
    ),
    # The same refusal after a selection is a result.
    (
        "seat-selected",
        "インターンシップ選考結果",
        "中川様\n\nインターンシップにご応募いただきありがとうございました。\n選考の結果、今回はご参加いただくことができません。\n\n株式会社ミドリ電工 人事部",
        {"rejection"},
    ),
    # A delay of the company's own notice.
    (
        "late-invite",
        None,
        "中川様\n\n面接日程のご連絡が遅れており、申し訳ございません。\n現在、書類選考を進めております。結果は来週中にお知らせいたします。\n\n株式会社ミドリ電工 採用担当",
        {"other"},
    ),
    (
        "late-then-slot",
        None,
        "中川様\n\n面接日程のご案内が遅くなり申し訳ございません。\n12月9日（火）14時はいかがでしょうか。\n\n株式会社ミドリ電工 採用担当",
        {"interview_invite"},
    ),
    # A policy for the people who did not pass.
    (
        "policy-unpassed",
        "エントリー受付のお知らせ",
        "中川様\n\nエントリーありがとうございます。\n合格されなかった方へのご連絡はいたしかねますので、あらかじめご了承ください。\n\n株式会社ミドリ電工 採用担当",
        {"other"},
    ),
    (
        "unpassed-reader",
        None,
        "中川様\n\n書類選考の結果、今回は通過されませんでした。\n\n株式会社ミドリ電工 採用担当",
        {"rejection"},
    ),
    # A stage glossed in brackets; the next round told as set.
    (
        "gloss",
        None,
        "中川様\n\n適性検査の受検ありがとうございました。\n結果、次の選考（グループ面接）にご案内いたします。\n日程はマイページからご予約ください。\n\n株式会社ミドリ電工",
        {"pass", "interview_invite"},
    ),
    (
        "next-set",
        None,
        "中川様\n\n一次面接おつかれさまでした。先方の評価も高く、次は社長面接となります。\n日程は追ってご連絡します。\n\nキャリアゲート 坂本",
        {"pass", "interview_invite"},
    ),
    (
        "flow-next",
        "ご応募ありがとうございます",
        "中川様\n\nご応募ありがとうございます。\n書類選考の次は最終面接となります。\n選考結果は1週間以内にご連絡いたします。\n\n株式会社ミドリ電工",
        {"other"},
    ),
    # Another staff member chosen, and a staff member only consulted.
    (
        "staff-chosen",
        None,
        "中川様\n\nご紹介予定のお仕事ですが、先方にてほかのスタッフに決まりました。\nまた別のお仕事をご紹介します。\n\nスタッフサービス 大西",
        {"rejection"},
    ),
    (
        "staff-consulted",
        "採用のご連絡",
        "中川さん\n\nぜひうちで働いてほしいです。\nシフトは他のスタッフと相談して決めますね。来週から来られますか？\n\nカフェ・モカ 店長",
        {"offer"},
    ),
    # A booking accepted under its lines or after its time; an acceptance of something else.
    (
        "accepted-above",
        "Re: 二次面接の件",
        "中川様\n\nご返信ありがとうございます。\n\n12月10日（水）15:00〜\n\n上記にて承りました。\n\n株式会社ミドリ電工 人事部",
        {"interview_invite"},
    ),
    (
        "accepted-time",
        "Re: 面接について",
        "中川様\n\n12/10（水）15時〜で了解しました。当日はよろしくお願いします。\n\n株式会社ミドリ電工",
        {"interview_invite"},
    ),
    (
        "accepted-seminar",
        "Re: 説明会の予約",
        "中川様\n\n12月10日（水）15:00〜\n\n上記にて承りました。\n\n株式会社ミドリ電工 人事部",
        {"other"},
    ),
    (
        "accepted-call",
        None,
        "中川様\n\nお問い合わせの件、承知しました。\n12月10日（水）15時頃にお電話いたします。\n\n株式会社ミドリ電工",
        {"other"},
    ),
    # A seat drawn by lot for an event; the same refusal after an application.
    (
        "seat-lottery",
        "説明会抽選結果",
        "中川様\n\n会社説明会へお申し込みいただきありがとうございます。\n抽選の結果、今回はご参加いただけないこととなりました。\n\n株式会社ミドリ電工",
        {"other"},
    ),
    (
        "seat-topic-event",
        "面接対策セミナー満席のお知らせ",
        "中川様\n\n面接対策セミナーは満席となりました。今回はご参加いただけませんが、次回をお待ちください。\n\nキャリアナビ事務局",
        {"other"},
    ),
    # Seats run out, told in any words; a gathering named without its seats decides nothing.
    (
        "seat-wish",
        None,
        "中川様\n\n説明会は予定人数に達したため満席となりました。\nご希望に沿えず申し訳ございません。\n\n株式会社ミドリ電工",
        {"other"},
    ),
    (
        "seat-english",
        None,
        "Dear 中川さん,\n\nOur webinar on Dec 5 is fully booked. We regret to inform you that we cannot offer you a seat this time.\n\nEvents Team",
        {"other"},
    ),
    (
        "fair-agent",
        None,
        "中川様\n\nキャリアゲートの坂本です。合同企業説明会でお話しされたA社様ですが、今回は見送りとのご連絡がありました。",
        {"rejection"},
    ),
    (
        "session-then-rejected",
        None,
        "Dear 中川さん,\n\nThank you for attending our information session. The session was at capacity, and unfortunately we will not be moving forward with your application.",
        {"rejection"},
    ),
    # A route to an offer is ad copy; an offer made is one.
    (
        "offer-route",
        "内定直結！特別選考のご案内",
        "中川様\n\n内定直結の特別選考にご招待します。ご興味があればご返信ください。\n\n株式会社ミドリ電工",
        {"other", "interview_invite"},
    ),
    (
        "offer-made",
        None,
        "中川様\n\n最終面接の結果、中川様に内定をお出しすることとなりました。\n\n株式会社ミドリ電工",
        {"offer"},
    ),
    # The selection closed for the reader.
    (
        "closed",
        None,
        "中川様\n\nポジションの充足に伴い、今回は選考をクローズさせていただくことになりました。\n\nキャリアゲート 坂本",
        {"rejection"},
    ),
    # A booking settled under its lines, the mail naming the reader's application only.
    (
        "settled-application",
        "Re: 日程",
        "中川様\n\nこのたびはご応募いただきありがとうございます。\n\n12月5日（金）14:00〜15:00\n本社3階 会議室\n\n上記で確定しました。\n\n株式会社ミドリ電工 人事",
        {"interview_invite"},
    ),
    (
        "settled-event",
        "Re: 説明会",
        "中川様\n\nご応募いただきありがとうございます。\n\n12月5日（金）14:00〜15:00\n\n上記で確定しました。会社説明会の会場は本社です。",
        {"other"},
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "labels"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_s12_notice(subject: str | None, body: str, labels: set[str]) -> None:
    result = classify_notice(subject=subject, body=body)
    assert result.label in labels, (result.label, result.evidence)
