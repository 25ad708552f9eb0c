"""Notices of session 17: a non-hiring selection named with の or について (a scholarship's, a
grant's, a club's, a contest's), a positive result on a non-hiring matter or a dealing, an
interview held over days with a slot to book after 「次のステップとして」, an earlier post's
rejection recalled in a clause of concession before the news, and a rejection written in hiragana
with spaces between words; near misses beside each. Our own sentences, written apart from the
eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


NOT_HIRING_SELECTION = [
    (
        "給付奨学生の選考結果",
        "当育英会奨学金の選考を行いました結果、誠に残念ながら不採用となりました。\n"
        "今後のご活躍をお祈り申し上げます。",
    ),
    (
        "作品審査のご報告",
        "写真展にご応募いただいた作品について審査いたしました結果、残念ながら入選には至りません"
        "でした。",
    ),
    (
        "査読結果",
        "ご投稿いただいた論文について、編集委員会にて審査を行った結果、掲載を見送らせていただく"
        "ことになりました。",
    ),
    (
        "アイデア公募の結果",
        "ご応募いただいた企画につきまして審査を行いました結果、今回は採用を見送らせていただきます。",
    ),
    (
        "派遣留学の選考結果",
        "2027年度海外派遣留学プログラムの選考の結果、今回は不合格となりました。\n"
        "次回の募集にもぜひ挑戦してください。",
    ),
]

HIRING_SELECTION = [
    (
        "選考結果のご連絡",
        "この度は事務職の選考にご参加いただきありがとうございました。\n"
        "誠に残念ながら今回は採用を見送らせていただくことになりました。",
    ),
    (
        "選考結果について",
        "弊社の新卒採用の選考にお越しいただきありがとうございました。\n"
        "選考の結果、残念ながらご期待に添えない結果となりました。",
    ),
    (
        "選考結果",
        "キッチンスタッフの選考の結果、今回は不採用とさせていただきます。",
    ),
    (
        "選考結果",
        "2026年度の選考の結果、誠に残念ながら不採用となりました。",
    ),
    (
        "選考結果",
        "ご応募いただいたABC商事につきまして、選考の結果、今回は見送りとなりました。",
    ),
    (
        "選考結果",
        "応募者の選考を行いました結果、残念ながら不採用となりました。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_HIRING_SELECTION)
def test_a_selection_of_a_matter_named_with_no_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), HIRING_SELECTION)
def test_a_hiring_selection_named_with_no_stays_a_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"


NOT_HIRING_GRANTED = [
    (
        "入居審査のご連絡",
        "お申し込みいただいた物件の入居審査を通過いたしました。契約手続きをご案内します。",
    ),
    ("奨学金", "本財団奨学金の選考の結果、採用が決定しました。"),
    ("一次審査通過", "短編小説賞にご応募いただいた作品が一次審査を通過いたしました。"),
    ("合格通知", "本学大学院の入学試験に合格されましたので通知いたします。"),
    ("審査結果", "ご応募いただいた作品の一次審査の結果、通過となりました。二次審査は来月です。"),
    ("選考結果", "留学奨学金の選考の結果、採用となりました。おめでとうございます。"),
]

HIRING_GRANTED = [
    (
        "書類選考通過のご連絡",
        "書類選考を通過されましたのでご連絡いたします。面接日程は追ってご案内します。",
        "pass",
    ),
    ("採用のご通知", "最終選考の結果、山田様の採用を決定いたしました。", "offer"),
    ("選考結果", "ご応募いただいたデザイナー職の一次選考の結果、通過となりました。", "pass"),
    ("選考結果", "営業職の選考の結果、採用となりました。おめでとうございます。", "offer"),
]


@pytest.mark.parametrize(("subject", "body"), NOT_HIRING_GRANTED)
def test_a_pass_on_a_matter_that_is_no_hiring_is_other(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), HIRING_GRANTED)
def test_a_hiring_pass_or_offer_stays(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


def test_an_interview_held_over_days_to_book_is_an_invitation() -> None:
    body = (
        "次のステップとして、集団面接を以下の日程で実施いたします。"
        "採用マイページから希望の枠をご予約ください。\n期間：6月2日〜6月6日"
    )
    assert _label("次回選考のご案内", body) == "interview_invite"


def test_the_next_step_with_no_slot_asked_stays_a_pass() -> None:
    body = (
        "書類選考の結果、次のステップとして適性検査を受検いただきます。詳細は追ってご連絡します。"
    )
    assert _label("選考結果", body) == "pass"


CONCEDED = [
    (
        "前回の経理職では残念な結果となりましたが、今回の総務職につきましては採用を決定いたしました。",
        "offer",
    ),
    (
        "以前ご応募いただいた営業職ではご縁がありませんでしたが、今回の企画職では書類選考を通過されました。",
        "pass",
    ),
    (
        "書類選考は残念ながら通過とはなりませんでしたが、別の職種で内定を出させていただくことになりました。",
        "offer",
    ),
]

NOT_CONCEDED = [
    "書類選考は通過されましたが、一次面接の結果、今回は採用を見送らせていただくことになりました。",
    "ご期待に沿えない結果となりましたが、今後のご活躍をお祈り申し上げます。",
]


@pytest.mark.parametrize(("body", "label"), CONCEDED)
def test_an_earlier_rejection_conceded_before_the_news(body: str, label: str) -> None:
    assert _label("選考結果のご連絡", body) == label


@pytest.mark.parametrize("body", NOT_CONCEDED)
def test_a_rejection_in_the_main_clause_stays(body: str) -> None:
    assert _label("選考結果のご連絡", body) == "rejection"


SPACED_REJECTIONS = [
    "ざんねんながら こんかいは さいようを みおくらせて いただく ことに なりました。",
    "もうしわけ ありませんが、 こんかいは ごえんが なかった と いう ことで、 ふさいよう と させて ください。",
    "めんせつの けっかですが、 ざんねんですが こんかいは さいよう できません。",
    "しんちょうに けんとう しましたが、 こんかいは おみおくり させて いただきます。",
]


@pytest.mark.parametrize("line", SPACED_REJECTIONS)
def test_a_rejection_spaced_in_hiragana(line: str) -> None:
    result = classify_notice(
        subject="めんせつの けっか",
        body=f"やまださま\n\nおうぼ ありがとう ございました。\n{line}\n\nパンや こむぎ",
    )
    assert result.label == "rejection"
    body = f"おうぼ ありがとう ございました。\n{line}"
    assert all(phrase in f"めんせつの けっか\n{body}" for phrase in result.evidence)


def test_a_shop_notice_spaced_in_hiragana_stays_other() -> None:
    body = (
        "おきゃくさま へ\n\nざんねんながら こんしゅうは おみせを おやすみ させて いただきます。\n"
        "らいしゅう また おまちして おります。\n\nパンや こむぎ"
    )
    assert _label("おやすみの おしらせ", body) == "other"


def test_an_interview_spaced_in_hiragana() -> None:
    body = (
        "やまださま\n\nおうぼ ありがとう ございます。\n"
        "めんせつを 5がつ10にち ごご2じから おみせで おこないます。\n\nはなや みどり"
    )
    assert _label("めんせつの ごあんない", body) == "interview_invite"


STEP_OFFERED = [
    (
        "【スカウト】書類選考免除のご案内",
        "山田様\nプロフィールを拝見し、スカウトをお送りしました。\n"
        "こちらの求人は、応募するだけで、書類選考なしで面接に進めます。\nぜひご応募ください。",
    ),
    ("おすすめ求人", "田中様\n書類選考なしで、面接に進める求人をピックアップしました。\n転職ナビ"),
]


@pytest.mark.parametrize(("subject", "body"), STEP_OFFERED)
def test_a_step_offered_to_whoever_applies_is_no_pass(subject: str, body: str) -> None:
    assert _label(subject, body) in ("other", "interview_invite")


def test_a_step_reached_after_a_result_stays_a_pass() -> None:
    body = "佐藤様\n書類選考の結果、面接に進めます。日程は追ってご連絡いたします。"
    assert _label("書類選考結果", body) == "pass"
