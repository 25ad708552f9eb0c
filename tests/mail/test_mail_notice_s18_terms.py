"""Notices of session 18 (terms and earlier offers): an offer or a pass that regrets a term of it
(the pay, the site, the posting, the day, the interview's form), a 内定 compounded into a matter
of an offer made before (its acceptance, what follows it), and a friend's own news in a chat
message with no salutation; near misses beside each that stay rejections or offers. Our own
sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


TERMS_REGRETTED = [
    (
        "offer",
        "内定のご通知",
        "選考の結果、青木様を採用内定とさせていただきます。\n"
        "ご希望の勤務地につきましては、残念ながら仙台事業所の枠が充足しており、札幌での勤務となります。\n"
        "ご期待に十分お応えできず申し訳ございません。",
    ),
    (
        "offer",
        "採用のご連絡",
        "面接の結果、ぜひ斉藤様に内定をお出ししたいと考えております。\n"
        "月給はご希望より低い金額となり、ご希望に添えず恐縮です。",
    ),
    (
        "pass",
        "一次面接の結果",
        "一次面接の結果、上野様には二次面接へお進みいただくこととなりました。\n"
        "二次面接をオンラインでご希望とのことでしたが、当社では対面のみで行っており、"
        "ご希望に添えず申し訳ありません。",
    ),
    (
        "pass",
        "書類選考通過のお知らせ",
        "書類選考の結果、次の選考へお進みいただくことになりました。\n"
        "ご希望の京都勤務は誠に残念ながら募集が充足しております。",
    ),
]

STILL_REJECTED = [
    (
        "選考結果",
        "誠に残念ながら、今回は採用を見送らせていただきます。ご期待に添えず申し訳ございません。\n"
        "よろしければ、人材データベースへのご登録をご検討ください。",
    ),
    (
        "選考結果",
        "ご希望の職種につきましては、ご希望に添いかねる結果となりました。\n"
        "別のポジションであればご案内できるかもしれません。",
    ),
    (
        "面接結果",
        "厳正な選考の結果、残念ながら次の面接の日時をご案内することはできません。\n"
        "ご希望に添えず申し訳ございません。",
    ),
]


@pytest.mark.parametrize(("want", "subject", "body"), TERMS_REGRETTED)
def test_a_term_regretted_beside_the_outcome_keeps_it(want: str, subject: str, body: str) -> None:
    assert _label(subject, body) == want


@pytest.mark.parametrize(("subject", "body"), STILL_REJECTED)
def test_a_regret_of_the_application_stays_a_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"


EARLIER_OFFERS = [
    (
        "承諾期限について",
        "H社の内定承諾期限ですが、先方のご厚意で再来週まで延ばしていただけました。",
    ),
    ("書類のお願い", "内定承諾書を今月中にご返送いただけますよう、お願い申し上げます。"),
]

NEW_OFFERS = [
    ("内定のご連絡", "最終面接の結果、森田様に内定をお出しすることになりました。"),
    ("【J社】内定", "J社から内定が出ました！承諾期限は今月末です。"),
]


@pytest.mark.parametrize(("subject", "body"), EARLIER_OFFERS)
def test_an_offer_made_before_is_no_new_offer(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), NEW_OFFERS)
def test_a_new_offer_stays(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"


CHAT_NEWS = [
    ("", "ついに内定もらった〜！！\n今夜はお祝いだ"),
    ("", "ねえ、第二志望から内定出たんだけど！\nどうしよう嬉しい"),
    ("", "やっと内定ゲットしたよ\n長かったわ"),
    ("", "最終面接受かった！\n来週また話そ"),
]

CASUAL_OFFERS = [
    (
        "面接のお礼",
        "小川さん\n\n先日はありがとう！ぜひうちで働いてほしいので、採用させてください。",
    ),
    ("採用のご連絡", "小川さん、内定出たよ！来月からよろしくね"),
]


@pytest.mark.parametrize(("subject", "body"), CHAT_NEWS)
def test_a_friends_own_news_in_a_chat_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), CASUAL_OFFERS)
def test_a_casual_offer_to_the_reader_stays(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"
