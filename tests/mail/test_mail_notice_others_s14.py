"""Notices where the decision is about someone else (session 14): a person described whom the
company goes on with (「経験の長い方と一緒にやっていくことに決めました」), the employer's choice
reported by an agent (先方は…方を優先して採用), a place filled before the reader's application
was read (「ご応募の直前に採用が決まってしまい、募集を締め切っておりました」), and a hire not yet made
(「まだ採用が決まっておりません」). Near-misses: the reader working with the team, a task done
together, a rescheduled interview, the reader's own hire. Our own sentences, written apart from
the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

_NOT_OFFER = ("rejection", "other")
_ANY_INVITE = ("other", "interview_invite")

CASES = [
    # someone else chosen, in casual or owner words
    (
        ("rejection",),
        "スタッフと話し合って、今回は接客の経験がもっと長い方と一緒にやっていくことにしました。",
    ),
    (("rejection",), "迷いましたが、今回は近くに住んでいる方と共に働くことに決めました。"),
    (("rejection",), "今回は、開発経験の豊富な方と一緒に進めていくこととなりました。"),
    (("rejection",), "先方は、マネジメント経験のある方を優先して採用されたとのことです。"),
    (("rejection",), "先方では、英語が堪能な方にお願いすることになったそうです。"),
    (("rejection",), "検討の結果、今回はほかの候補者と進めさせていただきたく存じます。"),
    # near-misses: the reader works with others, a task done together, a new date, an agent
    # telling what the employer wants (a job introduced, no one chosen)
    (
        ("other",),
        "先方は、販売経験のある方を採用したいとのことで、森様に合う求人かと存じます。",
    ),
    (
        ("offer", "other"),
        "今回は現場のスタッフの方と一緒に働いていただくことに決めました。入社日は4月1日です。",
    ),
    (
        _ANY_INVITE,
        "今回は、面接官の方と一緒に日程を決めることにしました。候補日は5月2日 10:00です。",
    ),
    (
        _ANY_INVITE,
        "担当者の都合により、面接は別の日程にすることにしました。ご都合をお知らせください。",
    ),
    (
        ("offer", "other"),
        "チームの皆と一緒にやっていくことに決めました。井上さんを採用いたします。",
    ),
    # filled before the application was read: never an offer
    (
        _NOT_OFFER,
        "ご応募をいただく前日に採用が決まってしまい、募集を締め切らせていただいておりました。",
    ),
    (_NOT_OFFER, "実は先週、別のスタッフの採用が決まっちゃいました。ごめんなさい。"),
    (_NOT_OFFER, "ご応募ありがとうございます。本求人の受付はすでに終了しております。"),
    (_NOT_OFFER, "ご応募いただいた時点で採用が決まっており、募集はクローズとなりました。"),
    # near-misses: the reader's own hire (the listing closed after it); a hire not yet made; a
    # deadline's label
    (
        ("offer",),
        "ご応募ありがとうございました。森様の採用が決まりましたので、本求人の募集は終了いたしました。",
    ),
    (("offer",), "面接の結果、採用が決定しましたので募集を締め切らせていただきます。"),
    (
        ("offer",),
        "木村様の採用が決まりましたので、ご連絡いたします。入社日は追ってお知らせします。",
    ),
    (("offer",), "厳正な選考の結果、採用が決まりました。おめでとうございます。"),
    (("other",), "この求人はまだ採用が決まっておりませんので、ご応募をお待ちしております。"),
    (
        _ANY_INVITE,
        "書類選考の結果のご連絡です。面接のご予約はマイページからお願いします。受付締切：6月1日 12:00",
    ),
]


@pytest.mark.parametrize(("accepted", "body"), CASES)
def test_who_the_decision_is_about(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"森様\n\n{body}\n\n採用担当")
    assert got.label in accepted, (got.label, got.evidence)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "今回は、経験がもう少し長い方と一緒にやっていくことに決めました。",
            "長い方と一緒にやっていくことに決め",
        ),
        ("ご応募の直前に採用が決まり、募集を締め切らせていただきました。", "募集を締め切ら"),
        ("ご推薦の前日に、先方で内定者が決まったとの連絡がありました。", "内定者が決まっ"),
    ],
)
def test_evidence_is_the_words(body: str, words: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"森様\n\n{body}")
    assert got.label == "rejection"
    assert words in got.evidence
