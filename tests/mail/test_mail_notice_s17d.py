"""Notices of session 17 (fourth round): an offer or a pass that regrets a term hoped for (年収,
勤務地, 配属, 入社日, 職種) is no rejection; near misses beside it stay rejections (the term
regretted and no hire said, a regret said of the candidate's fit, a refusal beside the regret).
Our own sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


OFFERS = [
    (
        "条件のご提示",
        "井上様\n\n弊社にて井上様を採用させていただく方針となりました。\n"
        "誠に恐縮ながら、ご希望の年俸（900万円）にはご期待に沿えず、下記の条件でのご提示となります。\n"
        "・年俸：820万円\n・入社日：応相談",
    ),
    (
        "内定のご通知",
        "岡田様\n\n選考の結果、岡田様に内定をお出しすることとなりました。\n"
        "ご希望の勤務地につきましては、誠に申し訳ございませんがご希望に添えず、"
        "横浜事業所での勤務となります。",
    ),
    (
        "採用内定のご連絡",
        "前田さん\n\n面接ありがとうございました。前田さんには内定をお出しします！\n"
        "ただ、ご希望の配属先はご期待に沿えず、まずは総務部からのスタートになります。",
    ),
    (
        "採用決定のお知らせ",
        "藤田様\n\n選考の結果、藤田様の採用が決定いたしました。\n"
        "ご希望の入社日（3月1日）にはご希望に沿いかねる結果となりましたが、"
        "5月1日でのご入社をお願いしたく存じます。",
    ),
]

PASSES = [
    (
        "一次面接の結果",
        "石川様\n\n一次面接の結果、石川様には最終面接にお進みいただくこととなりました。\n"
        "なお、ご希望の職種（広報）での選考はご期待に沿えず、総務職での選考となります。",
    ),
    (
        "書類選考結果のお知らせ",
        "近藤様\n\n書類選考の結果、通過となりました。\n"
        "ご希望の勤務形態はご希望に添えず恐縮ですが、正社員での選考となります。",
    ),
]

REJECTIONS = [
    (
        "選考結果のご連絡",
        "坂本様\n\n慎重に検討いたしました結果、ご希望の職種での採用はご期待に沿えず、"
        "誠に申し訳ございません。\n坂本様の今後のご活躍をお祈り申し上げます。",
    ),
    (
        "選考結果について",
        "遠藤様\n\nご経験がご希望のポジションの要件に合致せず、誠に残念ながらご期待に沿えない結果と"
        "なりました。\n末筆ながら、遠藤様のご健勝をお祈り申し上げます。",
    ),
    (
        "選考結果",
        "青木様\n\nご希望の配属先につきましては、現在募集がなく、ご希望に沿えず申し訳ございません。\n"
        "今回は採用を見送らせていただくことになりました。",
    ),
    (
        "最終面接の結果",
        "西村様\n\nご希望の年収でのご採用は難しく、今回はご期待に沿えない結果となりました。",
    ),
    (  # thanks for a step already taken is no pass that would make the regret a term's
        "選考結果のご連絡",
        "山田様\n先日は二次面接に進んでいただきありがとうございました。\n"
        "ご希望の職種は採用枠が埋まってしまい、ご期待に沿えず申し訳ございません。",
    ),
    (
        "選考結果",
        "平野様\n\nご希望の年収にはご期待に沿えず申し訳ございません。\n"
        "条件を見直していただけるようでしたら、改めて採用を検討させていただきます。",
    ),
    (
        "選考結果",
        "本ポジションにつきましては、他の方で採用が決まりましたため、ご希望に添えず申し訳ございません。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OFFERS)
def test_offer_regretting_a_term_is_an_offer(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"


@pytest.mark.parametrize(("subject", "body"), PASSES)
def test_pass_regretting_a_term_is_a_pass(subject: str, body: str) -> None:
    assert _label(subject, body) == "pass"


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_regret_without_a_hire_stays_a_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"


def test_thanks_for_a_step_taken_is_no_pass() -> None:
    body = "山田様\n先日は最終面接にお進みいただき、誠にありがとうございました。\n引き続きよろしくお願いいたします。"
    assert _label("ご連絡", body) != "pass"
