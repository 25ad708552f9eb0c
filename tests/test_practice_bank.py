"""The practice question bank: its schema, its coverage, and the follow-up an answer earns."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from typer.testing import CliRunner

from furikaeri.analyzer import KINDS, analyze
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.catalogue import load_data
from furikaeri.cli import app
from furikaeri.question_bank import (
    BankError,
    bank,
    choose_followup,
    own_key,
    own_question,
    parse_bank,
    trainable_causes,
)

runner = CliRunner()


def test_the_bank_has_at_least_80_questions_with_unique_ids_and_texts() -> None:
    qs = bank().questions
    assert len(qs) >= 80
    assert len({q.id for q in qs}) == len(qs)
    assert len({q.text for q in qs}) == len(qs)


def test_every_kind_and_every_trainable_cause_is_covered() -> None:
    assert {q.kind for q in bank().questions} == set(KINDS)
    for cause in trainable_causes():
        assert len(bank().select(cause=cause)) >= 5, cause


def test_fit_and_relative_are_never_trained() -> None:
    assert "culture_fit" not in trainable_causes()
    assert "relative" not in trainable_causes()


@pytest.mark.parametrize("audience", ["new_grad", "mid_career"])
def test_each_audience_has_a_full_set(audience: str) -> None:
    for kind in KINDS:
        if audience == "new_grad" and kind in ("reason_for_leaving", "short_tenure"):
            continue
        assert bank().select(kind=kind, audience=audience), (audience, kind)
    assert len(bank().select(audience=audience)) >= 60


def test_new_graduates_get_gakuchika_and_mid_career_the_career_history() -> None:
    grad = {q.text for q in bank().select(audience="new_grad")}
    mid = {q.text for q in bank().select(audience="mid_career")}
    assert any("学生時代に力を入れた" in t for t in grad)
    assert not any("学生時代に力を入れた" in t for t in mid)
    assert any("経歴" in t for t in mid)
    assert not any("転職" in t or "前職" in t for t in grad)


def test_the_analyzer_never_reads_a_bank_question_as_another_kind() -> None:
    """Each question is judged as its own kind; the kind rules must not contradict it."""
    for q in bank().questions:
        assert infer_kind(q.text) in (q.kind, "other"), (q.id, infer_kind(q.text))


def test_every_question_can_be_followed_up() -> None:
    b = bank()
    for q in b.questions:
        assert all(f in b.followups for f in q.followups)
        assert q.default is None or q.default in b.followups


def _raw() -> dict[str, Any]:
    return copy.deepcopy(load_data("practice.toml"))


def _break_kind(d: dict[str, Any]) -> None:
    d["questions"][0]["kind"] = "weather"


def _break_cause(d: dict[str, Any]) -> None:
    d["questions"][0]["causes"] = ["relative"]


def _break_followup(d: dict[str, Any]) -> None:
    d["questions"][0]["default"] = "no_such_followup"


def _break_code(d: dict[str, Any]) -> None:
    d["followups"]["episode"]["on_findings"] = ["self_pr.nonexistent"]


def _duplicate(d: dict[str, Any]) -> None:
    d["questions"].append(dict(d["questions"][0]))


def _extra_field(d: dict[str, Any]) -> None:
    d["questions"][0]["difficulty"] = 3


def _no_causes(d: dict[str, Any]) -> None:
    d["questions"][0]["causes"] = []


def _bad_audience(d: dict[str, Any]) -> None:
    d["questions"][0]["audience"] = "students"


def _empty_ending(d: dict[str, Any]) -> None:
    d["asking"]["endings"].append("")


def _no_asking(d: dict[str, Any]) -> None:
    del d["asking"]


@pytest.mark.parametrize(
    "breaker",
    [
        _break_kind,
        _break_cause,
        _break_followup,
        _break_code,
        _duplicate,
        _extra_field,
        _no_causes,
        _bad_audience,
        _empty_ending,
        _no_asking,
    ],
)
def test_a_broken_bank_is_refused_at_load(breaker: Any) -> None:
    raw = _raw()
    breaker(raw)
    with pytest.raises(BankError):
        parse_bank(raw)


def _followup_for(question_id: str, answer: str) -> str | None:
    q = bank().get(question_id)
    assert q is not None
    result = analyze(answer, question=q.text, kind=q.kind).to_dict()
    fu = choose_followup(q.followups, q.default, result)
    return fu.id if fu else None


@pytest.mark.parametrize(
    ("question_id", "answer", "expected"),
    [
        # An abstract 自己PR: the interviewer asks for the episode.
        (
            "pr.basic",
            "私の強みはコミュニケーション能力です。誰とでもすぐに打ち解けられます。",
            "episode",
        ),
        ("pr.strength", "責任感が強いところです。任された仕事は最後までやり遂げます。", "episode"),
        # A generic motivation: why us and not a competitor.
        (
            "motivation.basic",
            "業界のリーディングカンパニーであり、成長できる環境だと感じたからです。",
            "why_us",
        ),
        # An episode with no result: how did it turn out?
        (
            "exp.difficulty",
            "前職で大きなトラブルが起きたとき、関係部署に毎日連絡を取り、対応の順番を決めて進めました。",
            "result",
        ),
        # Complaints about the former employer: what do you want next?
        ("leaving.reason", "上司とそりが合わず、残業も多かったので辞めました。", "what_next"),
        # No reverse question at all.
        ("reverse.basic", "特にありません。", "reverse_more"),
        # An unexplained short stay.
        ("tenure.short", "いろいろあって辞めることにしました。", "stay"),
    ],
)
def test_the_follow_up_digs_where_the_answer_is_weak(
    question_id: str, answer: str, expected: str
) -> None:
    assert _followup_for(question_id, answer) == expected


def test_a_solid_answer_gets_the_question_s_own_follow_up() -> None:
    answer = (
        "私の強みは粘り強さです。前職で新規開拓の担当になった際、断られた企業にも提案内容を"
        "変えて3回訪問しました。その結果、半年で12社と契約し、目標の120%を達成しました。"
    )
    assert _followup_for("pr.basic", answer) == bank().get("pr.basic").default  # type: ignore[union-attr]


def test_the_most_severe_finding_chooses_the_follow_up() -> None:
    findings = [
        {"code": "communication.too_long", "severity": "medium"},
        {"code": "self_pr.abstract", "severity": "high"},
    ]
    fu = choose_followup(["episode"], None, {"findings": findings, "strengths": []})
    assert fu is not None and fu.id == "episode"
    only_long = {"findings": findings[:1], "strengths": []}
    fu = choose_followup(["episode"], None, only_long)
    assert fu is not None and fu.id == "in_short"  # universal follow-ups apply everywhere


def test_own_questions_get_a_stable_key_and_their_kind_s_follow_ups() -> None:
    assert own_key("志望動機を教えてください。") == own_key("志望動機を 教えてください")
    assert own_key("志望動機を教えてください") != own_key("自己PRをお願いします")
    q = own_question("弊社を志望した理由は？", "motivation")
    assert q.kind == "motivation" and "why_us" in q.followups and q.causes == ("motivation",)


def _questions(*args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["practice", "questions", *args, "--json"])
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.output)
    return rows


def test_cli_lists_the_bank_as_json() -> None:
    rows = _questions()
    assert len(rows) == len(bank().questions)
    assert {"id", "text", "kind", "causes"} <= set(rows[0])


def test_cli_filters_by_kind_and_cause() -> None:
    rows = _questions("--kind", "self_pr")
    assert rows and all(r["kind"] == "self_pr" for r in rows)
    rows = _questions("--cause", "negative_reason", "--audience", "mid_career")
    assert rows and all("negative_reason" in r["causes"] for r in rows)
    assert all(r["audience"] in ("all", "mid_career") for r in rows)


@pytest.mark.parametrize("args", [["--kind", "weather"], ["--cause", "relative"]])
def test_cli_refuses_an_unknown_filter(args: list[str]) -> None:
    result = runner.invoke(app, ["practice", "questions", *args])
    assert result.exit_code == 2
    assert "エラー" in result.output


@pytest.mark.parametrize(
    ("topic", "words"),
    [
        ("自己紹介", ["自己紹介", "経歴"]),
        ("志望動機", ["志望", "当社なのですか", "応募した理由"]),
        ("転職理由・退職理由", ["転職を考えた", "辞めた理由", "退職を決めた"]),
        ("自己PR", ["自己PR", "強み", "アピール"]),
        ("強み・弱み", ["短所", "弱み"]),
        ("成功体験・失敗体験", ["成功体験", "失敗"]),
        ("困難を乗り越えた経験", ["困難", "乗り越え", "挫折"]),
        ("チームでの役割", ["チーム"]),
        ("キャリアプラン", ["キャリアプラン", "5年後", "10年後"]),
        ("短期離職の理由", ["短期間", "半年", "在籍期間"]),
        ("ブランク", ["ブランク", "離職中"]),
        ("入社後の貢献", ["入社後", "貢献"]),
        ("逆質問の時間", ["質問はありますか", "聞いておきたい"]),
        ("ガクチカ", ["学生時代に力を入れた"]),
        ("職務経歴", ["仕事内容", "活かせる"]),
    ],
)
def test_the_common_topics_are_all_there(topic: str, words: list[str]) -> None:
    found = [q for q in bank().questions if any(w in q.text for w in words)]
    assert len(found) >= 2 or (topic in ("ガクチカ",) and found), topic


def test_the_standard_interview_flow_names_real_questions() -> None:
    from furikaeri.practice import STANDARD_FLOW

    for audience, ids in STANDARD_FLOW.items():
        for qid in ids:
            q = bank().get(qid)
            assert q is not None, qid
            assert q.fits(audience), (audience, qid)
