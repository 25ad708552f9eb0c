"""Public-sector and institutional selection mail: a city's or a prefecture's 採用試験 told by
number and form, a ministry's 官庁訪問, a final pass that enters a list before any offer, a
waiting list moved up, an internship's seats given by 書類選考, a reminder to those who sit a
later stage. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.notice.context import _stage_takers
from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.notice.waitlist import _waitlisted
from furikaeri.mail.text import normalize

PUBLIC_NOTICES = [
    # A form's number (様式第N号) is no newsletter's issue: the result is the reader's.
    (
        "令和8年度 みなと区職員採用選考 一次選考の結果",
        "上田 光 様\n\n一次選考(論文・適性検査)の結果、あなたは合格となりました。\n"
        "二次選考の案内は追って郵送します。受験を取りやめる場合は様式第4号の届を提出してください。",
        "pass",
    ),
    # A building's number (第N号館) neither: a ministry's interview goes on.
    (
        "面談結果のご連絡",
        "本日はお越しいただきありがとうございました。\n"
        "面談の結果、引き続き次の段階にお進みいただくこととなりました。\n"
        "明朝9時に中央合同庁舎第2号館の受付までお越しください。",
        "pass",
    ),
    (
        "【予約完了】官庁訪問のご案内",
        "官庁訪問のご予約を承りました。\n日時:6月27日(金) 9:30\n"
        "場所:中央合同庁舎第4号館 1階\n当日は面談を複数回行います。",
        "interview_invite",
    ),
    # A newsletter's issue number still marks bulk mail.
    (
        "キャリア通信 第22号",
        "今号では、内定者が語る面接のコツを特集しています。\n配信停止はマイページから。",
        "other",
    ),
    # A final pass entered in a list; the offer is told as coming after a step still ahead.
    (
        "最終合格通知",
        "野田 翼 様\n\nあなたは令和8年度 さくら町職員採用試験に最終合格しました。\n"
        "採用内定の通知は、健康診断の後に改めてお送りします。",
        "pass",
    ),
    # An offer made stays an offer, its paper coming after a procedure.
    (
        "内定のご連絡",
        "大野様\n\n最終面接の結果、内定となりました。\n"
        "内定通知書は、入社手続きのご案内の後に郵送いたします。",
        "offer",
    ),
    # A waiting list moved up: the earlier standing described, the pass decided now.
    (
        "繰上げ合格のご連絡",
        "受験番号 B-118\n\n補欠となっていたあなたを、合格者に繰り上げることとしました。\n"
        "今後の手続きは別途お知らせします。",
        "pass",
    ),
    (
        "選考結果のお知らせ",
        "石田様\n\n最終選考の結果、補欠とさせていただくこととなりました。\n"
        "欠員が生じた場合には改めてご連絡いたします。",
        "other",
    ),
    # An internship's seats given by 書類選考: a stage passed.
    (
        "ウィンタープログラム 選考結果",
        "松井 樹 様\n\nエントリーシートによる選考の結果、松井様を本プログラムの参加者として"
        "選出いたしました。\n詳細は後日お送りします。",
        "pass",
    ),
    (
        "ワークショップ参加決定",
        "書類選考の結果、2日間のワークショップにご参加いただくことが決まりました。\n"
        "事前課題は来週お送りします。",
        "pass",
    ),
    # A lottery is no selection.
    (
        "抽選結果のお知らせ",
        "抽選の結果、ワークショップにご参加いただけることになりました。\n当日は本社へお越しください。",
        "other",
    ),
    # Those who sit a later stage greeted together: the reminder books each of them.
    (
        "面接試験の前日連絡",
        "第3次選考受験者各位\n\n明日の面接試験について、以下をご確認ください。\n"
        "1 集合:9時15分\n2 会場:県庁西庁舎 4階\n3 持ち物:受験票",
        "interview_invite",
    ),
    # Every applicant greeted: the results are published, no one's own.
    (
        "第1次試験の結果発表",
        "第1次試験受験者各位\n\n合格者の受験番号を本日ホームページに掲載しました。",
        "other",
    ),
    (
        "第2次試験の結果発表",
        "第2次試験受験者の皆様へ\n\n第2次試験の合格者の受験番号を、本日10時に県のサイトに掲載しました。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), PUBLIC_NOTICES)
def test_public_sector_and_programme_notices(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("salutation", "takers"),
    [
        ("第3次選考受験者各位", True),
        ("最終面接対象者の皆様へ", True),
        ("二次面接を受検される皆様へ", True),
        ("面接試験受験者の皆さま", True),
        ("第1次試験受験者各位", False),
        ("職員採用試験受験者の皆様", False),
        ("説明会参加者の皆様", False),
        ("受験者各位", False),
    ],
)
def test_a_later_stages_takers_are_greeted(salutation: str, takers: bool) -> None:
    assert _stage_takers(_notice_rules(), normalize(salutation)) is takers


@pytest.mark.parametrize(
    ("sentence", "placed"),
    [
        ("補欠となっていた貴殿を、合格者に繰り上げることとしました。", False),
        ("補欠としてお待ちいただいていた高木様に、ご連絡いたします。", False),
        ("補欠合格となっていた皆様のうち、2名を繰り上げます。", True),
        ("最終選考の結果、補欠となりました。", True),
        ("補欠となった旨をお知らせします。", True),
    ],
)
def test_a_waiting_list_told_as_the_readers_past(sentence: str, placed: bool) -> None:
    assert bool(_waitlisted(_notice_rules(), [sentence])) is placed
