"""Three classes of notice (session 22, h): a short line that runs on (its last mark a comma:
「参加者の皆様の議論を拝見し、」) is no salutation to many readers; a mail to many readers that
names its reader and asks to book a slot of an interview invites the reader to it; a
concession in a question (「落ちても…できますか」, an FAQ) asks about a rejection and tells
none."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.rulebook import _notice_rules


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # The others' discussion named in a letter to one reader: that reader's result decides.
        (
            "選考結果のご連絡",
            "井上 亮 様\n\n"
            "先日は集団面接にご参加いただきありがとうございました。\n"
            "参加者の皆様の発言を拝聴し、慎重に検討いたしました結果、\n"
            "まことに残念ながら、井上様は二次選考へお進みいただけないこととなりました。",
            "rejection",
        ),
        (
            "GD選考の結果",
            "大野 様\n\n"
            "受講者の皆さまの意見交換を拝見し、選考を行いました結果、\n"
            "大野様には次のステップへお進みいただくこととなりました。\n"
            "後日、面接日程をご案内いたします。",
            "pass",
        ),
        # The call to many still addresses them (ご+noun after の).
        (
            "会社説明会のお知らせ",
            "皆様のご参加をお待ちしております。\n説明会は毎月開催しています。",
            "other",
        ),
        # Many readers, each asked to book an interview slot: an invitation.
        (
            "一次面接のご案内",
            "2027年卒業予定 原田 光 様\n\n"
            "エントリーいただいた皆様を対象に、個人面接を実施いたします。\n"
            "■日時：マイページの予約画面からご希望の枠をお選びください\n"
            "■予約締切：4月3日（木）\n"
            "ご予約をお待ちしております。",
            "interview_invite",
        ),
        (
            "面接予約のお願い",
            "桑原 美咲 さま\n\n"
            "書類をご提出いただいた皆さまを対象として、一次面接を実施します。\n"
            "希望日をお選びのうえ、5月12日までにご予約ください。",
            "interview_invite",
        ),
        # The same booking asked of 皆様 or 各位 alone, no reader named: the process (a reminder).
        (
            "面接予約のお願い",
            "応募者の皆さま\n\n"
            "書類をご提出いただいた皆さまを対象として、一次面接を実施します。\n"
            "希望日をお選びのうえ、5月12日までにご予約ください。",
            "other",
        ),
        # The same booking for a seminar, or the process described with no booking: other.
        (
            "説明会のご案内",
            "エントリーいただいた皆様\n\n"
            "エントリーいただいた皆様を対象に、オンライン説明会を開催いたします。\n"
            "■日時：予約画面よりご希望の回をお選びください\n"
            "■予約締切：4月3日（木）",
            "other",
        ),
        (
            "選考の流れのご紹介",
            "エントリーいただいた皆様へ\n\n"
            "今年度の選考では、書類選考の後に一次面接と最終面接を実施する予定です。\n"
            "面接のご案内は書類選考を通過された方にのみお送りします。",
            "other",
        ),
        # An FAQ's question that concedes a rejection asks about it.
        (
            "よくあるご質問",
            "応募者の皆様へ\n\n"
            "Q. 書類選考で落ちても、別の職種に応募できますか？\n"
            "A. はい、可能です。\n"
            "Q. 面接は何回ありますか？\n"
            "A. 2回です。",
            "other",
        ),
        (
            "【Q&A】選考について",
            "Q：お見送りとなっても結果の連絡はもらえますか\n"
            "A：すべての方にメールでお知らせします。",
            "other",
        ),
        # A rejection with an FAQ footer stays a rejection; so does a statement that concedes.
        (
            "選考結果のお知らせ",
            "松田様\n\n"
            "厳正に選考いたしました結果、今回は採用を見送らせていただくこととなりました。\n\n"
            "【よくあるご質問】\n"
            "Q. 不採用になっても再応募できますか？\n"
            "A. 1年後から可能です。",
            "rejection",
        ),
        (
            "書類選考の結果",
            "前田様\n\n"
            "書類選考の結果、今回はご希望に沿いかねる結果となりました。\n"
            "何度読み返しても心のこもった書類でしたが、ご了承ください。",
            "rejection",
        ),
        # A compound particle (につきましても) is a topic, no concession.
        (
            "ポジションクローズのご連絡",
            "岩田様\n\n"
            "募集ポジションの計画変更により、岩田様の選考につきましても本日をもって終了と"
            "させていただきます。",
            "rejection",
        ),
    ],
)
def test_notice_s22_h(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_data_s22_h() -> None:
    rules = _notice_rules()
    assert rules.booking_asked.search("ご希望の枠をお選びください")
    assert rules.booking_asked.search("予約サイトより選択してください")
    assert not rules.booking_asked.search("選考の流れをご紹介します")
    assert {"て", "で"} <= rules.concessive
    assert {"つく", "関する", "対する"} <= rules.concessive_not_after
