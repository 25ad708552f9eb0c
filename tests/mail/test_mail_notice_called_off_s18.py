"""Notices of session 18: what a refusal calls off, read from its clause (an event, an
appointment moved to other days, a recruitment the reader never applied to, the reader's other
applications declined by an agent after an offer), and a rejection word denied through the
copula (「見送りになったわけではありません」). True rejections with the same verbs stay. Our own
sentences, written apart from the eval and blind cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


NOT_REJECTIONS = [
    # An event called off.
    (
        "説明会について",
        "大雪の予報のため、2月8日のオンライン会社説明会の開催は見送らせていただきます。",
    ),
    ("お知らせ", "誠に残念ながら、今年の就職フェアへの出展を見送ることとなりました。"),
    ("セミナーの件", "先日ご案内した業界研究セミナーですが、講師の都合で実施が難しくなりました。"),
    ("工場見学", "今月予定していた工場見学会の実施は見合わせることになりました。"),
    # An appointment moved, with other days offered.
    (
        "面接日程のご相談",
        "山下様\n明日の一次面接ですが、担当者の急用により当日の実施が難しくなってしまいました。"
        "恐れ入りますが、3月10日（月）14:00か3月11日（火）10:00でご都合はいかがでしょうか。",
    ),
    # A recruitment withdrawn, the reader not an applicant.
    (
        "採用情報",
        "ご登録者様\nご関心をお寄せいただいた営業職の求人ですが、企業の都合により募集が見送られました。",
    ),
    (
        "ご紹介予定だった求人",
        "中野様\nお伝えしていたB社の求人は、ご応募前に募集自体が中止となりました。別の求人をご紹介します。",
    ),
    # Other applications declined by the agent.
    (
        "入社決定おめでとうございます",
        "林様\n内定承諾ありがとうございます。現在選考中の他社様への応募は、私からご連絡して見送りとさせていただきます。",
    ),
    # A rejection word denied through the copula.
    (
        "選考状況",
        "岡様\n結果のご連絡が遅くなっておりますが、見送りになったわけではございません。もう少々お待ちください。",
    ),
    (
        "ご連絡遅延のお詫び",
        "岡様\n結果のご連絡が遅れておりますが、不採用と決まったわけではありません。判断は来週の予定です。",
    ),
]

REJECTIONS = [
    (
        "選考結果",
        "岡様\n慎重に検討いたしました結果、今回は採用を見送らせていただくこととなりました。",
    ),
    (
        "二次面接の結果",
        "岡様\n二次面接にお越しいただきありがとうございました。選考の結果、次回面接の実施は見送ることといたしました。",
    ),
    (
        "選考について",
        "岡様\nご応募いただきありがとうございました。本ポジションの募集を中止することとなり、岡様の選考もここで終了とさせていただきます。",
    ),
    (
        "選考結果",
        "岡様\n他の応募者の方との比較の結果、今回は見送りとさせていただきます。",
    ),
    (
        "選考結果",
        "岡様\nご経験が不足しているわけではございませんが、今回は不採用となりました。",
    ),
    (
        "選考結果",
        "岡様\nご応募ありがとうございました。日程の調整が難しく、今回は選考を見送らせていただきます。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_what_is_called_off_is_not_the_application(subject: str, body: str) -> None:
    assert _label(subject, body) != "rejection"


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_the_same_verbs_about_the_candidate_stay_rejections(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"
