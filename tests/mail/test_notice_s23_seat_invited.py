"""A gathering's seat lost, in a mail that also opens or invites an application to the selection
(session 23, sl23): a stage or an application named in a sentence that permits or invites it
(「応募は可能です」「エントリーをお待ちしております」, with only a concession denied before:
「有無を問わず」「参加していなくても」) names no stage the reader was refused, so the mail is
about the seat (other). Its look-alikes stay rejections: an application or an interview itself
refused (「選考にご参加いただけません」「書類選考の結果…ご案内はできかねます」).
Sentences written for these tests (none from the evaluation sets)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.dealing import _application_open
from furikaeri.mail.notice.rulebook import _notice_rules


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "企業研究セミナーの抽選について",
            "森本様\n\nセミナーへのお申し込みが定員を大きく上回ったため抽選とさせていただき、"
            "残念ながら今回はご参加いただけないこととなりました。\n"
            "一次選考へのエントリーはセミナーの参加に関わらず可能です。\n\n人事課",
            "other",
        ),
        (
            "交流会の参加について",
            "大野さん\n\n社員交流会は満席のため、今回はご参加いただけないこととなりました。\n"
            "交流会に出ていなくても面接選考への応募は可能ですので、ご安心ください。\n\n採用係",
            "other",
        ),
        (
            "説明会予約結果",
            "石田様\n\n会社説明会は抽選となり、残念ながらご予約いただけませんでした。\n"
            "選考へのエントリーは学年を問わず受け付けております。\n\n採用グループ",
            "other",
        ),
        # The application or the selection itself refused: rejections.
        (
            "選考会について",
            "前田様\n\n選考会への応募者が定員を超えたため抽選を行い、"
            "今回は選考にご参加いただけないこととなりました。\n\n人事部",
            "rejection",
        ),
        (
            "書類選考結果",
            "藤田様\n\n書類選考の結果、残念ながら今回は説明会へのご案内はできかねます。\n\n人事",
            "rejection",
        ),
    ],
)
def test_seat_lost_with_application_invited(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("sentence", "opened"),
    [
        ("本選考への応募は説明会の参加有無にかかわらず可能です。", True),
        ("引き続きエントリーをお待ちしております。", True),
        ("面接選考には学年に限らずご応募ください。", True),
        ("応募を受け付けることができませんでした。", False),
        ("エントリーを受け付けました。", False),
        ("選考にはご参加いただけません。", False),
        ("応募は可能ですが、今回は見送りとなりました。", False),
    ],
)
def test_application_open(sentence: str, opened: bool) -> None:
    assert _application_open(_notice_rules(), sentence) is opened
