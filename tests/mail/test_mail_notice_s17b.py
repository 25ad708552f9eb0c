"""Notices of session 17 (second round): a matter no employer selects named by its domain (a
grant's 不採択, a paper's 査読, an ensemble's audition, a nursery's 利用調整, a scholarship's
採用する), a status line that asks (採否について), a decision about candidates reported among
colleagues, a friend's own news in plain words, and a curt pass; near misses beside each that stay
hiring results. Our own sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


OTHER_MATTERS = [
    (
        "助成金審査結果",
        "令和九年度の文化活動助成にご申請いただきありがとうございました。\n"
        "審査委員会で検討しました結果、残念ながら今回は不採択となりました。",
    ),
    (
        "【結果】提案課題の採否について",
        "ご提案いただいた研究課題につきまして、審査の結果、採択を見送ることとなりました。",
    ),
    (
        "査読結果のお知らせ",
        "先日ご投稿の論文は、査読の結果、誠に残念ながら不採録と決定いたしました。",
    ),
    (
        "団員オーディションの結果",
        "先日はオーディションにご参加いただきありがとうございました。\n"
        "検討の結果、今回のヴィオラパートは別の方にお願いすることになりました。\n"
        "ご期待に沿えず申し訳ありません。",
    ),
    (
        "出演者決定のご連絡",
        "公演の出演者選考の結果、今回はご縁がなかったものとさせていただきます。",
    ),
    (
        "奨学生決定通知",
        "審査の結果、貴殿を本年度の給付奨学生として採用することといたしました。",
    ),
    (
        "保育所の利用について",
        "四月からの保育所の利用調整を行いました結果、下記の園に内定しましたのでお知らせします。",
    ),
    (
        "入会のご案内",
        "入会審査の結果、会員としてお迎えすることになりました。年会費のお振込みをお願いします。",
    ),
]

HIRING = [
    (
        "選考結果",
        "採用選考委員会にて審査いたしました結果、今回はご期待に沿いかねる結果となりました。",
        "rejection",
    ),
    (
        "採用のご連絡",
        "面接の結果、あなたを契約社員として採用することに決定しました。入社日は別途ご連絡します。",
        "offer",
    ),
    (
        "内定のご連絡",
        "最終面接の結果、内定となりました。勤務先は本社経理部です。",
        "offer",
    ),
    (
        "書類選考結果",
        "ご応募いただいた事務職につきまして、選考の結果、不採用となりました。",
        "rejection",
    ),
    (
        "Re: 応募の件",
        "パート・アルバイト募集へのご応募ありがとうございました。今回は見送らせていただきます。",
        "rejection",
    ),
    ("選考結果", "選考の結果、今回はご縁がなかったということでご了承ください。", "rejection"),
    (
        "選考結果",
        "研究員の公募にご応募いただきありがとうございました。選考の結果、誠に残念ながら採用を"
        "見送らせていただきます。",
        "rejection",
    ),
    (
        "内定のお知らせ",
        "選考の結果、内定となりました。社宅への入居をご希望の場合はお知らせください。",
        "offer",
    ),
    (
        "選考結果",
        "ご提出いただいた論文等を拝見し、選考の結果、今回は採用を見送らせていただきます。",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OTHER_MATTERS)
def test_matter_no_employer_selects_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), HIRING)
def test_hiring_stays_hiring(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


COLLEAGUES = [
    (
        "候補者の件",
        "関係者各位\n\n先日面接した販売職の候補者ですが、協議の結果、今回は見送りとします。\n"
        "ご本人には人事から連絡します。",
    ),
    (
        "Re: 一次面接の結果",
        "木下課長\n\nお疲れ様です。一次面接の山本さんは通過、次回は課長面接でお願いします。",
    ),
    (
        "面接結果の共有",
        "開発チームの皆さん\n\n本日面接した村田さんには内定を出すことにしました。",
    ),
]

NOT_COLLEAGUES = [
    (
        "選考結果のご連絡",
        "応募者各位\n\n厳正なる選考の結果、誠に残念ながら今回はご期待に沿えない結果となりました。",
        "rejection",
    ),
    (
        "【ご報告】選考結果",
        "吉川様\n\nエージェントの森です。先日面接を受けられたB社から、今回は見送りとの連絡が"
        "ありました。",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body"), COLLEAGUES)
def test_candidates_told_among_colleagues_are_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_COLLEAGUES)
def test_reader_told_stays_a_result(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


FRIENDS = [
    ("報告〜", "あやちゃん\n\nやっと内定もらったよ！！第三志望だけど嬉しい〜\n今度ごはん行こ"),
    ("", "たくみへ\n\n前に話してた会社、二次面接受かった！次は役員面接らしい"),
    ("だめだった", "なっちゃん\n\n例の会社、不採用の通知来た…しばらく落ち込むわ"),
    ("", "お父さんへ\n物流の会社から内定出た。春から東京で働くことになりそう"),
    ("聞いて", "さきちゃん\n\nこの前の面接、だめだった〜。お祈りメール届いちゃった。"),
]

NOT_FRIENDS = [
    (
        "面接の件",
        "山田さん\n\n面接来てくれてありがとう！悪いけど今回は見送りで。またどこかで。",
        "rejection",
    ),
    (
        "内定のご連絡",
        "佐藤さん\n\n先日はありがとうございました。最終面接の結果、内定となりました！",
        "offer",
    ),
]


@pytest.mark.parametrize(("subject", "body"), FRIENDS)
def test_friends_own_news_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_FRIENDS)
def test_news_to_the_reader_stays(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


CURT = [
    (
        "Re: 履歴書",
        "履歴書見ました。ぜひ面接お願いしたいです。日程はこちらから連絡します。",
        ("interview_invite", "pass"),
    ),
    ("Re: 応募", "確認しました。二次面接に進んでもらいます。詳細は追って。", ("pass",)),
    ("Re: 応募", "書類拝見しました。今回は見送りとさせてください。", ("rejection",)),
    (
        "ご応募ありがとうございます",
        "面接をお願いしたい場合は、こちらから改めてご連絡いたします。",
        ("other",),
    ),
]


@pytest.mark.parametrize(("subject", "body", "labels"), CURT)
def test_curt_replies(subject: str, body: str, labels: tuple[str, ...]) -> None:
    assert _label(subject, body) in labels
