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

from furikaeri.mail.classify import classify_notice

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
