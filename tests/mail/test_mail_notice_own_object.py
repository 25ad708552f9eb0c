"""Notices read for what the selection was of: a word of a matter no employer selects (a
scholarship, a contest, a school, a body's seat) makes a mail that matter's only when it names
what was applied for or selected, never when it is a benefit, a program or a passing mention in
a mail about a job. Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

_SIGNED = "\n\n株式会社ミドリ精工"  # (no 人事 nor 採用: the job is named nowhere else)

# A job's result that mentions a benefit, a program or the reader's own record: the matter's
# word is no object of the selection.
JOB_RESULTS = [
    (
        "選考結果のご連絡",
        "田中様\n\n面接では学生時代の委員会活動について詳しくお話しいただきました。\n"
        "慎重に選考いたしました結果、今回はご期待に沿えない結果となりました。",
        "rejection",
    ),
    (
        "選考結果",
        "田中様\n\n当社には海外留学制度もございますが、選考の結果、今回はご縁がありませんでした。",
        "rejection",
    ),
    (
        "書類審査結果のご連絡",
        "松田様\n\nポートフォリオを拝見しました。イラストコンテストでの受賞歴も素晴らしいものでした。\n"
        "慎重に審査した結果、今回はご希望に添えない結果となりました。",
        "rejection",
    ),
    (
        "選考結果",
        "田中様\n\n奨学金返還支援制度についてご質問をいただいた件も含め、社内で検討いたしました。\n"
        "選考の結果、誠に残念ながら見送りとさせていただきます。",
        "rejection",
    ),
    (
        "面接結果",
        "田中様\n\n大学院への入学をご予定とのことでしたが、選考の結果、今回は見送りとなりました。",
        "rejection",
    ),
    (
        "一次面接の結果",
        "田中様\n\n一次面接の結果、二次面接へお進みいただくことになりました。\n"
        "ご質問の奨学金返還支援については次回ご説明します。",
        "pass",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), JOB_RESULTS)
def test_a_matter_word_in_passing_leaves_the_job_result(
    subject: str, body: str, label: str
) -> None:
    assert notice_label(subject, body + _SIGNED) == label


# The matter named as what was applied for, compounded with the selection or its result, as the
# object of the selecting act, or as what was granted: the selection is the matter's.
MATTERS = [
    (
        "選考結果のご連絡",
        "岩崎様\n\n短期留学奨励プログラムへのご応募ありがとうございました。\n"
        "選考の結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n奨励プログラム事務局",
    ),
    (
        "審査結果のご連絡",
        "田中様\n\n当協会の理事への立候補ありがとうございました。\n"
        "審査の結果、今回は理事として選出されませんでした。\n\n協会事務局",
    ),
    (
        "写真コンテスト 二次審査結果",
        "応募者各位\n\n厳正な審査の結果、残念ながら入選には至りませんでした。\n\nコンテスト事務局",
    ),
    (
        "ご案内",
        "田中様\n\n入園の利用調整を行いました結果、今回はご希望の園に内定しませんでした。\n\n市役所 保育課",
    ),
]


@pytest.mark.parametrize(("subject", "body"), MATTERS)
def test_a_matter_named_as_the_object_is_other(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


def test_the_senders_own_name_applied_to_is_no_matter() -> None:
    """「ミナトロジにご応募」 signed by 株式会社ミナトロジ names the organiser."""
    body = (
        "山田様\n\nカナメテックにご応募いただきありがとうございました。\n"
        "選考の結果、今回はご期待に沿えない結果となりました。\n\n株式会社カナメテック"
    )
    assert notice_label("選考結果のご連絡", body) == "rejection"


# An exam's score with no hiring word: the qualification's result, the reader's own, no employer's
# decision — a number given as a field (受験番号) does not make it one.
EXAM_SCORES = [
    (
        "結果のお知らせ",
        "受験者各位\n\n受験番号：1234\n判定：不合格\n得点：55点（合格基準：60点）\n\n"
        "次回の受験申込は4月1日から受け付けます。\n\nITスキル認定協会",
    ),
    (
        "合否のお知らせ",
        "山田様\n\n受験番号：A-77\n合否：合格\n得点：82点（合格基準：70点）\n\n認定証は後日郵送します。",
    ),
    ("【試験結果】情報処理技術者試験", "受験番号：AP-0417\n結果：不合格（基準点60点）"),
    (
        "英語技能検定 一次試験結果",
        "受験番号：3055021\n一次試験：合格\n二次試験（面接）は11月10日に実施します。",
    ),
    (
        "大学院入試 第一次選考結果",
        "受験番号：M-118\n第一次選考（筆記試験）の結果、不合格となりました。",
    ),
    (
        "入学試験 合否結果",
        "本学入学試験の結果、不合格となりました。\nなお、二次募集の出願期間は1月10日からです。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), EXAM_SCORES)
def test_an_exam_score_is_other(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


# A public employer's exam, an employer's own test, and a job's result that mentions a
# certificate in passing stay the reader's selection.
EMPLOYERS_EXAMS = [
    (
        "みどり市職員採用試験 第1次試験結果",
        "受験番号：205\n第1次試験の結果、不合格となりました。",
        "rejection",
    ),
    ("第1次試験結果通知", "受験番号：318\n判定：合格\n\nあおば町 職員採用担当", "pass"),
    (
        "選考結果",
        "山田様\n\n日商簿記検定2級をお持ちとのことでしたが、書類選考の結果、今回は見送りとさせて"
        "いただきます。\n\nミドリ会計",
        "rejection",
    ),
    (
        "選考結果",
        "山田様\n\nTOEIC公開テストの結果もご提出いただきありがとうございました。\n"
        "書類選考の結果、今回はご期待に沿えない結果となりました。\n\nミドリ商事株式会社",
        "rejection",
    ),
    (
        "筆記試験の結果",
        "山田様\n\n筆記試験の結果、合格となりました。二次試験（面接）は6月3日に行います。",
        "pass",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), EMPLOYERS_EXAMS)
def test_an_employers_exam_stays(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


# Another person chosen: pointed back to (その方) as the one whose hiring is decided, or named as
# the one the company goes on working with; the reader's own step beside others is no choice.
OTHER_CHOSEN = [
    (
        "佐藤様\n\n同じポジションに即戦力の方がいらっしゃり、今回はその方の入社が決まりました。",
        "rejection",
    ),
    ("佐藤様\n\n社内で検討した結果、別の方と一緒に仕事を進めていくことになりました。", "rejection"),
    ("佐藤さん\n\nチームで話し合い、他の方と一緒にやっていくことに決めました。", "rejection"),
    (
        "佐藤様\n\n一次面接の結果、他の候補者の方と一緒に二次面接に進んでいただくことになりました。",
        "pass",
    ),
    ("佐藤様\n\n入社後は、他の新入社員の方と一緒に研修を受けていただくことになります。", "other"),
]


@pytest.mark.parametrize(("body", "label"), OTHER_CHOSEN)
def test_another_person_chosen(body: str, label: str) -> None:
    assert notice_label("ご連絡", body + _SIGNED) == label


# The next step's notice told late, other candidates' schedules named: no slot offered, nothing
# proposed; a slot or an interview asked for after the apology still invites.
DELAYS = [
    (
        "山田様\n\nほかの応募者様との日程調整の都合で、次回選考のご連絡が遅れております。\n"
        "今しばらくお待ちください。",
        "other",
    ),
    (
        "山田様\n\n面接日程の調整にお時間を要しており、ご案内が遅くなっております。\n"
        "決まり次第ご連絡いたします。",
        "other",
    ),
    (
        "山田様\n\n他の応募者の面接との兼ね合いで、二次面接の日程のご連絡は来週になります。",
        "other",
    ),
    (
        "山田様\n\n面接日程のご案内が遅くなり申し訳ございません。\n"
        "二次面接は下記のいずれかでお願いできますでしょうか。\n・6月3日（火）10:00\n・6月4日（水）14:00",
        "interview_invite",
    ),
    (
        "山田様\n\n日程調整のご連絡が遅くなりましたが、ぜひ一度面接にお越しいただきたく存じます。",
        "interview_invite",
    ),
]


@pytest.mark.parametrize(("body", "label"), DELAYS)
def test_a_delay_told_invites_to_nothing(body: str, label: str) -> None:
    assert notice_label("今後のご案内", body + _SIGNED) == label


# A pass told with fellow applicants: the reader goes along with them, so the step is the
# reader's; an event shared with others, or a class told apart, passes no one.
WITH_FELLOWS = [
    ("田中様\n\n他の学生の皆さんと一緒に、グループ面接へお進みいただきます。", "pass"),
    ("田中様\n\nほかの応募者の方々とご一緒に、最終選考に進んでいただきます。", "pass"),
    (
        "田中様\n\n同じく書類選考を通過された学生の皆さんと合同で、二次選考のグループワークを"
        "実施します。",
        "pass",
    ),
    ("田中様\n\n内定した先輩と一緒に座談会を行います。ぜひご参加ください。", "other"),
    ("田中様\n\n今回は他の候補者の方とご一緒することにいたしました。", "rejection"),
]


@pytest.mark.parametrize(("body", "label"), WITH_FELLOWS)
def test_a_step_with_fellow_applicants(body: str, label: str) -> None:
    assert notice_label("選考結果", body + _SIGNED) == label


# A program inside the reader's own company, a subsidy and a body's seat: the selection is of
# that matter, whatever the sender's HR unit or the reader's status is called.
IN_HOUSE = [
    (
        "社内公募 海外留学制度 選考結果",
        "営業部 坂本さん\n\n今年度の海外留学制度にご応募いただきありがとうございました。\n"
        "選考の結果、残念ながら今回は派遣者として選定されませんでした。\n\n人事部 人材開発課",
    ),
    (
        "資格取得支援 申請結果",
        "開発部 池田さん\n\n審査の結果、申請いただいた講座は対象外のため、今回は受講費用の補助を"
        "見送らせていただきます。\n\n人事部 教育担当",
    ),
    (
        "社宅入居申請の結果",
        "新入社員 山下さん\n\n社宅への入居申請について審査いたしました。\n"
        "基準を満たさないため、誠に残念ながら今回は入居をお認めすることができません。\n\n総務部",
    ),
    (
        "実行委員 選考結果",
        "山崎さん\n\n実行委員への立候補ありがとうございました。\n"
        "面談の結果、今回は委員として選出することができませんでした。\n"
        "当日のボランティアスタッフとしての参加は大歓迎です。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), IN_HOUSE)
def test_an_in_house_program_is_other(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"
