"""Notices and their look-alikes (session 18, notices6): a favour asked of an employee declined,
documents returned after a result told before, someone's result heard in family chat, a visit
thanked for, a nursery's 内定, a casual refusal from a small studio and a plain 「採用です」.
Sentences are our own."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: 工場見学のお願い",
            "山本様\n工場見学のお願いをありがとうございます。あいにく今月は点検が続き、"
            "お時間を取ることが難しい状況です。ご期待に沿えず申し訳ありません。",
        ),
        (
            "先輩訪問について",
            "小林くん\n会社の雰囲気を知りたいって件、ありがとう。今月は出張続きで会えそうにない。"
            "期待に応えられなくて申し訳ない。同期の森を紹介するね。",
        ),
        (
            "ご連絡ありがとうございます",
            "川口さん\n職場を案内してほしいとの件ですが、繁忙期のため今回はご案内いたしかねます。"
            "ご期待に沿えずすみません。",
        ),
        (
            "Re: 相談",
            "松井さん\nOB訪問をご希望いただいた件、今回は日程が合わず難しい状況です。"
            "ご希望に沿えず申し訳ありません。",
        ),
        (
            "Re: OB訪問のお願い",
            "西田さん\nご連絡ありがとうございます。今月は出張が続き、お会いする時間が取れません。"
            "ご希望に沿えずすみません。採用ページの座談会なら若手と話せます。入社2年目の後輩も紹介できます。",
        ),
    ],
)
def test_a_favour_declined_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "選考結果は先週メールにてご連絡いたしましたが、お預かりしていた履歴書を本日返送いたしました。",
            "other",
        ),
        (
            "合否につきましては先日お知らせしたとおりです。応募書類は本日ご返却いたしました。",
            "other",
        ),
        ("選考の結果、応募書類をご返却いたします。今後のご活躍をお祈りいたします。", "rejection"),
        (
            "慎重に選考いたしましたが、今回は採用を見送らせていただきます。応募書類はご返却いたします。",
            "rejection",
        ),
    ],
)
def test_documents_returned_after_a_result_told_before(body: str, label: str) -> None:
    assert _label("応募書類について", f"中山様\n{body}\n株式会社カエデ 人事部") == label


@pytest.mark.parametrize(
    "body",
    [
        "弟、市役所の最終ダメだったって😢 週末ごはん行くので来られますか？",
        "いとこのまゆ、第一志望の出版社落ちたって。しばらくそっとしておいてあげてね",
        "お姉ちゃん、銀行の二次で不合格だったってさ。今日は早めに帰ります。",
    ],
)
def test_someones_result_heard_in_family_chat(body: str) -> None:
    assert _label("", body) == "other"


def test_a_refusal_relayed_with_an_apology_stays_a_rejection() -> None:
    body = "田中さん\n面接の結果、店長とも話しましたが今回はダメだったって。本当にごめんなさい。"
    assert _label("面接の結果", body) == "rejection"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "今日は朝早くから来ていただいて、ありがとうございました。結果は来週お伝えします。",
            "other",
        ),
        ("昨日は遠くから来てくれてありがとう。面接の結果は金曜に連絡するね。", "other"),
        ("面接ありがとうございました。ぜひ来月から来ていただきたいです。", "offer"),
        ("先日の面接の件、来週の月曜から来てもらえたら嬉しいです。", "offer"),
    ],
)
def test_a_coming_thanked_for_is_no_start(body: str, label: str) -> None:
    assert _label("面接のお礼", f"加藤さん\n{body}\n青果店 店主") == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "保育所等利用調整結果（内定）",
            "保護者様\n利用調整の結果、下記の施設に内定しましたので通知します。\n内定施設：つくし保育園",
            "other",
        ),
        (
            "保育所等利用調整結果通知（内定）について",
            "申請者様\n入所分の利用調整を行った結果、下記のとおり内定しました。\n"
            "内定後、入所前面接および健康診断を行います。",
            "other",
        ),
        (
            "採用内定のお知らせ",
            "坂井様\n最終面接の結果、坂井様の採用が内定いたしました。",
            "offer",
        ),
    ],
)
def test_a_nurserys_naitei_is_no_offer(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "先日は来てくれてありがとう。悩んだけど、今回は土日に入れる人をとることになって…ごめんね。",
            "rejection",
        ),
        (
            "作品を拝見しました。人物撮影の経験がある方を探していて、今回はお願いするのを控えさせてください。",
            "rejection",
        ),
        ("来週の撮影ですが、スタジオでの飲食は控えさせてください。", "other"),
        ("今回は近くに住む人に連絡をとって、撮影の段取りを決めました。", "other"),
    ],
)
def test_a_small_studios_casual_refusal(body: str, label: str) -> None:
    assert _label("先日の件", f"西村さん\n{body}\nスタジオ日和") == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("面接ありがとう。採用です！来週の月曜から来てください。", "offer"),
        ("先日はどうも。結論から言うと採用です。4月からよろしくお願いします。", "offer"),
        ("今回の募集は新卒採用です。説明会は3月5日13時からです。", "other"),
        ("面接の結果ですが、不採用です。ごめんなさい。", "rejection"),
    ],
)
def test_a_plain_saiyou_desu(body: str, label: str) -> None:
    assert _label("面接の件", f"原田さん\n{body}\nやまの農園") == label
