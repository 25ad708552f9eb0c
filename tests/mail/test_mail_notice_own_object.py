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
