"""Notices of session 17 (third round): results of candidates named by an initial and shared
among colleagues, a scholarship granted in the passive beside its other 採用 words, a friend's
congratulation and a friend's own notice forwarded, a staffing agency's placement decided; near
misses beside each that stay hiring results. Our own sentences, written apart from the eval
cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


COLLEAGUES = [
    (
        "書類選考結果の共有",
        "採用チーム各位\n\n店長候補の書類選考結果です。\n・A氏：面接へ\n・B氏：見送り（店舗経験なし）\n"
        "・C氏：見送り\nB氏・C氏へは私から連絡します。",
    ),
    (
        "面接結果のご報告",
        "課長\n\n本日の面接の件、D様は通過、E様はお見送りといたしました。\n"
        "E様へのご連絡は明日いたします。",
    ),
    (
        "二次面接の結果",
        "面接官の皆さん\n\nお疲れさまです。二次面接の結果を共有します。\n"
        "・井上様：不合格（志望度が低い）\n・木下様：最終面接へ\nよろしくお願いします。",
    ),
]

NOT_COLLEAGUES = [
    (
        "一次面接の結果について",
        "応募者各位\n\n厳正な選考の結果、誠に残念ながら今回はご期待に添いかねる結果となりました。",
        "rejection",
    ),
    (
        "選考結果のお知らせ",
        "西田 様\n\n先日の一次面接の結果についてご連絡いたします。\n結果：見送り\n"
        "今回はご縁がなかったものとしてご了承ください。",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body"), COLLEAGUES)
def test_initials_told_among_colleagues_are_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_COLLEAGUES)
def test_reader_told_stays_a_result(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


SCHOLARSHIPS = [
    (
        "奨学生採用のお知らせ",
        "選考の結果、あなたは本学給付奨学生として採用されました。\n"
        "採用者説明会を5月8日に行いますので出席してください。",
    ),
    (
        "奨学金の選考結果",
        "審査の結果、奨学生として採用されましたのでお知らせします。\n"
        "採用通知書を同封しますので保管してください。",
    ),
    (
        "在学採用の結果",
        "第二種奨学金の採用が決定しました。在学採用の手続きを学生課で行ってください。",
    ),
]

HIRING = [
    (
        "採用決定のお知らせ",
        "先日の最終面接の結果、貴殿を正社員として採用することが決定しました。\n"
        "入社承諾書をご返送ください。",
        "offer",
    ),
    (
        "採用のご連絡",
        "選考の結果、あなたは当社の技術職として採用されましたのでお知らせします。\n"
        "入社日は4月1日です。",
        "offer",
    ),
]


@pytest.mark.parametrize(("subject", "body"), SCHOLARSHIPS)
def test_scholarship_granted_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), HIRING)
def test_hiring_granted_stays_an_offer(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


FRIENDS = [
    ("Re: 報告", "内定おめでとう！！やったね\nうちは二次でお祈りだったよ〜"),
    ("", "書類通ったんだってね、おめでとう。\n俺は昨日不採用の連絡来たわ"),
    ("Re: 結果", "最終合格おめでとう！\nわたしも先週やっと内定もらったよ。春から一緒に頑張ろ"),
    (
        "Fwd: 選考結果のご連絡",
        "これ見て、ダメだったよ…\n\n----- 転送メッセージ -----\n件名: 選考結果のご連絡\n\n"
        "高木 陽菜 様\n\n慎重に検討いたしました結果、誠に残念ながら今回は採用を見送らせて"
        "いただくことになりました。\n\n株式会社ミライ 人事部",
    ),
]

NOT_FRIENDS = [
    (
        "内定のご連絡",
        "川村 様\n\n内定おめでとうございます。\n最終面接の結果、川村様を採用することに決定"
        "いたしました。\n\n株式会社ソラ 人事部",
        "offer",
    ),
    (
        "【転送】選考結果",
        "野口様\n\nお世話になっております。エージェントの三浦です。企業様からの結果を転送いたします。"
        "\n\n----- 転送メッセージ -----\n野口 様\n誠に残念ながら、今回は採用を見送らせて"
        "いただくこととなりました。\n\n株式会社ウミ",
        "rejection",
    ),
    (
        "Fwd: 選考結果",
        "メモ：結果来た。\n\n----- 転送メッセージ -----\n堀 様\n"
        "選考の結果、今回はご縁がなかったものとさせていただきます。\n\n株式会社カゼ",
        "rejection",
    ),
    (
        "Fwd: 一次選考結果",
        "あんた宛てにこれ来てたよ。\n\n----- 転送メッセージ -----\n岡 様\n"
        "誠に残念ながら、今回はご期待に沿えない結果となりました。\n\n株式会社ツチ",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body"), FRIENDS)
def test_friend_congratulating_or_forwarding_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_FRIENDS)
def test_company_or_agent_stays_a_result(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


PLACEMENTS = [
    (
        "お仕事決定のご連絡",
        "先日の顔合わせの結果、ミツバ物流様での就業が決定いたしました。\n就業開始：3月3日\n"
        "時給：1,400円",
    ),
    (
        "就業のご案内",
        "派遣先企業様からお返事があり、来月1日からの勤務開始が決定しました。時給は1,650円です。",
    ),
]

NOT_PLACEMENTS = [
    (
        "顔合わせの結果",
        "先日は顔合わせにご参加いただきありがとうございました。\n"
        "誠に残念ながら、今回はご希望に沿えない結果となりました。",
        "rejection",
    ),
    (
        "ご登録ありがとうございます",
        "就業が決まり次第、担当からご連絡いたします。お仕事のご紹介をお待ちください。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PLACEMENTS)
def test_placement_decided_is_an_offer(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_PLACEMENTS)
def test_placement_near_misses(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label
