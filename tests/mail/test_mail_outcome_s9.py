"""Session 9, notices read by general mechanisms rather than phrases: a result told by the
polarity of its predicate ([outcome] of data/mail_notices.toml: a positive outcome negated, a
negative evaluation, any predicate about the reader negated up to a verdict), a sentence about
a class of people, a plan or a flow (no decision), and the paperwork for joining (other, not
an offer). Cases written for these tests before and while the rules were built (none from the
evaluation sets), in notices_s9.jsonl: the six classes in several styles, ordinary notices of
every label, and near misses of the new readings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from furikaeri.mail.notice import classify_notice

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "notices_s9.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]
# Not one of the session's classes: a next round proposed as a meeting with the CEO.
LEFT = {"b6-p4"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_notice(case: dict) -> None:
    if case["id"] in LEFT:
        pytest.skip("left: a next round asked for as a meeting (「次はCEOとの面談を組ませて」)")
    got = classify_notice(subject=case.get("subject"), body=case["body"])
    assert got.label in case.get("accept", [case["expect"]]), got.evidence


@pytest.mark.parametrize(
    ("body", "evidence"),
    [
        (
            "健太さん\n結論から言うと、今回はベストなタイミングではないと判断しました。",
            "ベストなタイミングではない",
        ),
        ("山田様\n今回はご参加いただくには至りませんでした。", "至りませんでした"),
        ("小林さん\n今回の最終面接は厳しいという結果でした。", "厳しいという結果"),
    ],
)
def test_evidence_points_at_the_predicate(body: str, evidence: str) -> None:
    got = classify_notice(subject=None, body=body)
    assert got.label == "rejection"
    assert any(evidence in e for e in got.evidence), got.evidence


# The wordings of the class descriptions varied one element at a time (a compound noun, a
# hiragana spelling, a stage word, a quotation), after a salutation and thanks.
VARIANTS = [
    "結論として、お互いにとってベストタイミングではないと判断しました。",
    "結論として、今はベストなタイミングではないと判断しました。",
    "結論から言うと、お互いにとって今がベストなタイミングとは言えないと判断しました。",
    "話し合った結果、お互いにとって最良のタイミングではないという結論になりました。",
    "検討の結果、今回はタイミングが合わないと判断しました。",
    "ソラ社さんから書類選考の結果が来ました。今回はダメでした…すみません！",
    "ソラ社さんの結果、無理でした。すみません。",
    "ソラ社さんの書類、通らなかったです…。",
    "ソラ社さん、今回は書類通らずでした。",
    "ソラ社さんの一次、落ちちゃいました。ごめんなさい！",
    "ソラ社さんの結果ですが、今回は厳しかったです。",
    "今回はご参加いただくことがかないませんでした。",
    "今回はご参加いただける結果とはなりませんでした。",
    "今回は参加を実現できませんでした。",
    "残念ながら、今回はご参加いただけません。",
    "今回はご参加のご案内ができかねる結果となりました。",
    "今回は、ご一緒できるタイミングではないと考えております。",
    "今回はご縁をいただけない結果となりました。",
    "書類選考の結果はダメでした。必須要件の英語力が足りなかったようです。",
    "ソラ社さんから連絡があって、今回はNGとのことでした。",
]


@pytest.mark.parametrize("sentence", VARIANTS)
def test_variant_is_a_rejection(sentence: str) -> None:
    got = classify_notice(
        subject=None, body=f"山田さん\n\n先日はありがとうございました。\n{sentence}"
    )
    assert got.label == "rejection", got.evidence


# Policies, schedules and paperwork, some with the salutation on the line of the first sentence.
NOT_DECISIONS = [
    "ご応募者各位\n個人情報の取扱いについて。選考の結果、不採用となった場合の書類は当社で破棄いたします。",
    "ご応募者各位\n採用に至らなかった方の応募書類は、6か月以内に責任をもって廃棄いたします。内定者の書類は人事部で保管します。",
    "応募者の皆様へ\n残念ながらご縁がなかった皆様の個人情報は、選考終了後に削除いたします。",
    "ご応募者各位\n選考に漏れた方の書類は返却いたしません。",
    "山田様\nエントリーありがとうございます。選考はES、適性検査、一次面接、最終面接の順に進みます。各ステップの結果はマイページでお知らせします。6月から内々定を予定しております。",
    "山田様\nエントリーありがとうございます。今後の流れ：ES→適性検査→一次面接→最終面接。内々定は6月頃の予定です。",
    "山田様\nエントリーありがとうございます。最終面接を通過された方には、6月以降に内々定をお出しします。",
    "山田様\n入社日に向けて、雇用契約書、年金手帳、給与振込口座届、扶養控除申告書を3月20日までにご提出ください。",
    "山田様\n4月1日の入社日に向けて、必要書類（雇用契約書・年金手帳）のご提出期限は3月20日です。よろしくお願いいたします。",
    "山田様\n入社手続きに必要な書類を同封しました。記入のうえ、3月20日必着でご返送ください。",
]


@pytest.mark.parametrize("body", NOT_DECISIONS)
def test_policy_schedule_or_paperwork_is_other(body: str) -> None:
    got = classify_notice(subject=None, body=body)
    assert got.label == "other", got.evidence
