"""Notices of session 16 (third set): a step passed to another person (「別の候補者の方に次の
選考へ」), a result told by number to 受験者各位, a screening that hires no one (a tenancy, a card,
a loan, a ticket), a qualification's exam, bulk mail thanking its subscribers, and an offer in
plain words (「来月から来てもらいたい」). Near misses beside each. Our own sentences, written apart
from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


STEP_TO_OTHERS = [
    "社内で検討いたしました結果、今回は他の候補者の方に次の面接へお進みいただくことになりました。",
    "選考の結果、今回は別の応募者の方々に最終選考へ進んでいただくこととなりました。",
    "協議の結果、今回は別の方を二次面接へご案内することとなりました。",
]

STEP_TO_READER = [
    "選考の結果、中野様には次の選考へお進みいただくこととなりました。",
    "書類選考の結果、他の候補者の方々とともに一次面接へお進みいただきたく存じます。",
    "他の方にはすでにご連絡しておりますが、中野様には二次面接へお進みいただくことになりました。",
]


@pytest.mark.parametrize("body", STEP_TO_OTHERS)
def test_a_step_passed_to_another_person_rejects(body: str) -> None:
    assert _label("選考結果のご連絡", "中野様\n\n" + body) == "rejection"


@pytest.mark.parametrize("body", STEP_TO_READER)
def test_the_readers_own_step_still_passes(body: str) -> None:
    assert _label("選考結果のご連絡", "中野様\n\n" + body) == "pass"


BY_NUMBER = [
    "受験番号B-0415の方は、採用内定者となりませんでした。",
    "受験番号 2231 番の方は、最終合格者に該当しませんでした。",
    "受験番号D-3310の方は、採用候補者名簿に登載されませんでした。",
]


def _by_number(line: str) -> str:
    body = f"受験者各位\n\n職員採用試験の結果をお知らせします。\n{line}\n\n〇〇市 人事課"
    return _label("採用試験結果のお知らせ", body)


@pytest.mark.parametrize("line", BY_NUMBER)
def test_a_result_told_by_number_is_the_holders(line: str) -> None:
    assert _by_number(line) == "rejection"


def test_a_holder_said_to_be_of_the_class_is_not_rejected() -> None:
    # (read as other for now: 「合格者となりました」 is no pass phrase of its own)
    assert _by_number("受験番号C-0087の方は、第1次試験の合格者となりました。") != "rejection"


def test_a_process_told_to_many_still_decides_nothing() -> None:
    body = (
        "受験者各位\n\n最終合格者には、採用内定の通知を郵送いたします。"
        "合否に関するお問い合わせにはお答えできません。"
    )
    assert _label("採用試験について", body) == "other"


NOT_HIRING = [
    (
        "入居審査のご連絡",
        "このたびはメゾン若葉へのお申し込みありがとうございました。審査の結果、"
        "誠に恐縮ながら今回はご契約を見送らせていただきます。",
    ),
    (
        "審査結果のお知らせ",
        "所定の審査の結果、誠に残念ながらクレジットカードの発行を見送らせていただくことになりました。",
    ),
    (
        "お借り入れの審査について",
        "慎重に審査いたしました結果、今回はご融資をお断りさせていただくこととなりました。",
    ),
    (
        "抽選結果のお知らせ",
        "厳正なる抽選の結果、残念ながら今回はチケットをご用意することができませんでした。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_HIRING)
def test_a_screening_that_hires_no_one_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, "森様\n\n" + body) == "other"


STILL_HIRING = [
    (
        "書類審査結果",
        "ご応募ありがとうございました。慎重に審査いたしました結果、今回は採用を見送らせていただきます。",
    ),
    (
        "選考結果",
        "業務委託のご応募ありがとうございました。選考の結果、今回はご契約を見送らせていただきます。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), STILL_HIRING)
def test_a_screening_of_applicants_still_rejects(subject: str, body: str) -> None:
    assert _label(subject, "森様\n\n" + body) == "rejection"


EXAMS = [
    (
        "検定試験 合格のお知らせ",
        "第171回日商簿記検定試験(3級)の結果、合格となりました。合格証書は後日お送りします。",
    ),
    ("合否のお知らせ", "本年度の資格試験の合否判定の結果、あなたは不合格となりました。"),
]


@pytest.mark.parametrize(("subject", "body"), EXAMS)
def test_a_qualifications_exam_is_no_selection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


def test_an_employers_written_test_still_passes() -> None:
    body = "筆記試験の結果、合格となりました。つきましては一次面接の日程をご調整ください。"
    assert _label("筆記試験の結果", "上田様\n\n" + body) in ("pass", "interview_invite")


def test_a_licence_asked_for_is_no_exam() -> None:
    body = "井上さん\n先日はどうも。今回は免許を持っている人に来てもらうことにしました。悪いね。"
    assert _label("面接の件", body) == "rejection"


def test_a_newsletter_thanking_its_subscribers_reports_nothing() -> None:
    body = (
        "いつも転職通信をご購読いただきありがとうございます。今月は「書類で見送られる理由」特集です。\n"
        "・不合格が続くときの職務経歴書\n・見送りの連絡を受けたあとの動き方"
    )
    assert _label("転職通信 1月号", body) == "other"


PLAIN_OFFERS = [
    "ぜひ来月から週4日くらいで来てもらいたいと思っています。希望のシフトを教えてください。",
    "店長とも相談して、5月1日から働いていただきたいと考えています。",
    "来週の水曜日から入ってもらえると助かります。",
    "先方から、来月から来てほしいとのことです!",
]


@pytest.mark.parametrize("body", PLAIN_OFFERS)
def test_a_start_at_work_asked_after_an_interview_is_an_offer(body: str) -> None:
    assert _label("面接の件", "面接おつかれさまでした。\n" + body) == "offer"


NO_START = [
    # an interview asked for, no interview held (staff), a start refused, someone else's start
    (
        "面接のご案内",
        "ご応募ありがとうございます。来週から面接を行いますので、お店に来てください。",
    ),
    ("シフト", "来月から土日も入ってもらえますか。よろしくお願いします。"),
    ("面接の結果", "面接ありがとうございました。来月から来てもらうのは難しくなりました。"),
    ("面接のお礼", "面接ありがとうございました。来月から働いてもらう方はもう決まっています。"),
]


@pytest.mark.parametrize(("subject", "body"), NO_START)
def test_no_start_asked_of_the_reader_is_no_offer(subject: str, body: str) -> None:
    assert _label(subject, "工藤さん\n\n" + body) != "offer"


def test_a_column_signed_by_its_editors_reports_nothing() -> None:
    body = (
        "こんにちは、就活ナビ編集部です。\n"
        "「今回は見送らせていただきます」という文面は、人格の否定ではありません。\n"
        "今週の記事:\n・お祈りメールへの返信マナー\n・不合格から学ぶ面接の改善点"
    )
    assert _label("【就活コラム】不採用通知の読み方", body) == "other"


def test_the_evidence_names_the_class_the_reader_is_not_of() -> None:
    body = "受験者各位\n\n受験番号A-1102の方は、採用内定者となりませんでした。"
    result = classify_notice(subject="試験結果", body=body)
    assert result.label == "rejection"
    assert "採用内定者" in result.evidence


LIKED_DIGESTS = [
    "3社の企業があなたのプロフィールに興味を示しています。この機会にぜひ応募して、次の選考ステップへお進みください。",
    "気になる企業に応募すると、書類選考なしで次の選考へ進めます。",
]


@pytest.mark.parametrize("body", LIKED_DIGESTS)
def test_a_step_reached_by_applying_first_is_no_pass(body: str) -> None:
    assert _label("企業から「いいね」が届きました", "村田様\n\n" + body) == "other"


def test_an_application_made_then_a_step_still_passes() -> None:
    body = "弊社求人に応募していただき、書類選考の結果、次の選考へお進みいただくことになりました。"
    assert _label("選考結果", "村田様\n\n" + body) == "pass"


def test_a_column_collecting_articles_reports_nothing() -> None:
    body = (
        "山本さん、こんにちは。\n今回はご縁がなかった、という連絡を受け取ると誰でもへこみます。"
        "今週はそんなときに読みたい記事を集めました。\n■ 見送りメールの受け止め方\n■ 面接で落ちる理由"
    )
    assert _label("【就活ラボ】選考に落ちたとき", body) == "other"


@pytest.mark.parametrize(
    ("subject", "label"), [("入居審査結果のご連絡", "other"), ("書類審査結果のご連絡", "rejection")]
)
def test_the_subject_names_what_was_screened(subject: str, label: str) -> None:
    body = "中島様\n\n慎重に審査いたしました結果、誠に恐縮ながら今回は見送らせていただきます。"
    assert _label(subject, body) == label


def test_a_qualifications_advice_on_the_cv_is_no_hiring() -> None:
    body = (
        "おめでとうございます。日商簿記検定2級に合格されました。\n"
        "合格証書は履歴書の資格欄にも記載できます。\n\n〇〇商工会議所"
    )
    assert _label("【合格通知】日商簿記検定 2級", "山田様\n\n" + body) == "other"
