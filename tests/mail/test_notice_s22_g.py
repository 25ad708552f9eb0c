"""Session 22 (g): public employers' selection results. An appointment (任用) is a hiring noun
(「面接の結果、任用には至りませんでした」); the list entry told as a verbal noun after へ and の
(「採用候補者名簿への登載とはなりませんでした」); the stage's class word compounded with what is
done at the stage (「第２次試験の受験対象となりませんでした」); the right to sit the next stage said not to be held
(「第２次試験への受験資格はありません」「受験資格なし」)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice

_HIRING = "市職員採用試験 最終試験結果"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # --- 任用, a public employer's appointment, as a result noun
        (
            "会計年度任用職員 選考結果",
            "小川 様\n\n面接の結果、誠に残念ですが、任用には至りませんでした。\nご応募ありがとうございました。",
            "rejection",
        ),
        (
            "任期付職員の選考について",
            "今井 様\n\n厳正な選考の結果、あなたを任用することはできないこととなりました。",
            "rejection",
        ),
        # --- the list entry as a verbal noun
        (
            "教員採用選考 結果通知",
            "森 様\n\n最終選考の結果、あなたは採用候補者名簿への登載とはなりませんでした。",
            "rejection",
        ),
        (
            _HIRING,
            "受験番号 321\n\n選考の結果、採用候補者名簿への登載となりませんでした。",
            "rejection",
        ),
        # --- the stage's class word compounded with what is done there
        (
            "県職員採用試験 第１次試験結果",
            "受験番号 55\n\n判定：第２次試験の受験対象とはなりませんでした。",
            "rejection",
        ),
        # --- the right to sit the next stage, not held
        (
            "町職員採用試験 第１次試験結果",
            "受験番号 808\n\n　区　分：保健師\n　判　定：第２次試験への受験資格はありません",
            "rejection",
        ),
        (
            "県職員採用試験 第２次試験結果",
            "受験番号 14\n結果　最終面接の受験資格を有しません",
            "rejection",
        ),
        (
            "警察官採用試験 第１次試験結果",
            "受験番号 3\n\n合否　第２次試験への受験資格なし",
            "rejection",
        ),
        (
            "消防職員採用試験 第１次試験結果",
            "受験番号 90\n\n結果：第２次試験の受験対象となりました。\n第２次試験の日程は追ってお知らせします。",
            "pass",
        ),
    ],
)
def test_public_results(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject or None, body=body).label == label


@pytest.mark.parametrize(
    "body",
    [
        # a rule of the process, no reader's result
        "会計年度任用職員の任用期間は、原則として４月１日から翌年３月３１日までです。",
        "最終合格者は採用候補者名簿に登載され、欠員の状況に応じて任用されます。",
        "採用候補者名簿への登載の有無は、最終試験の結果により決定します。",
        "受験資格のない方は申し込むことができません。",
        "第２次試験の受験資格がない方には、個別の通知はいたしません。",
        "受験資格：平成１２年４月２日以降に生まれた方（学歴は問いません）",
    ],
)
def test_public_rules_are_no_result(body: str) -> None:
    assert classify_notice(subject=_HIRING, body=body).label != "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # an application's receipt: what to bring on the day is no interview booked
        (
            "町職員採用試験 申込受付のお知らせ",
            "受付番号 0912\n\n町職員採用試験（学校事務）の受験申込を受け付けました。\n"
            "受験票は後日メールで送ります。試験当日は受験票をご持参ください。",
            "other",
        ),
        (
            "エントリー受付完了",
            "北村 様\n\nエントリーを受け付けいたしました。面接に進まれた方は、"
            "成績証明書をご持参ください。",
            "other",
        ),
        # with a time of day, the same receipt books an interview
        (
            "ご応募ありがとうございます",
            "上田 様\n\nご応募を受け付けました。面接は１１月４日（火）１０時から本社で行います。"
            "当日は履歴書をご持参ください。",
            "interview_invite",
        ),
    ],
)
def test_receipts(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # a status value of offer or pass whose own predicate is negated
        ("受付番号 71\n\n判定：採用しない", "rejection"),
        ("受験番号 9\n合否：合格しませんでした", "rejection"),
        ("選考結果：任用に至らず\n\nご応募ありがとうございました。", "rejection"),
        ("受験番号 B-12\n\n選考結果：採用候補者名簿に登載しません", "rejection"),
        # affirmed, or a negation only inside a bracket after the value, it stays
        ("受験番号 12\n結果：合格（第２次試験に進めます）", "pass"),
        ("受験番号 31\n結果：合格（筆記試験は免除しない）", "pass"),
    ],
)
def test_negated_status_values(body: str, label: str) -> None:
    assert classify_notice(subject="市職員採用選考 結果通知", body=body).label == label
