"""diagnose(): the ten causes ranked from three sources; the data it reads; the store wrapper."""

from __future__ import annotations

import datetime as dt

from furikaeri import store as st
from furikaeri.catalogue import CAUSE_IDS, causes
from furikaeri.demo import load_demo
from furikaeri.diagnosis import (
    AnswerInput,
    CareerInput,
    ReplyInput,
    _next_step_catalogue,
    diagnose,
    diagnose_interview,
    diagnose_rejection,
    selfcheck_questions,
)
from furikaeri.store import Store

GENERIC = AnswerInput(
    "当社を志望された理由を教えてください。",
    "食品業界で自分の営業経験を活かし、力を発揮したいと考えたからです。成長できる環境で働きたいと思い、安定している御社を志望しました。",
    "motivation",
)
GOOD_PR = AnswerInput(
    "これまでの仕事で成果を上げた経験を教えてください。",
    "前職では、取引が止まっていた顧客30社を半年かけて訪問し直しました。まず過去の注文履歴を洗い出し、各社の繁忙期に合わせて提案の時期を変えたところ、12社との取引が再開し、担当地域の売上が前年より15%伸びました。",
    "self_pr",
)


def _by_id(result):  # type: ignore[no-untyped-def]
    return {c.id: c for c in result.causes}


def test_all_ten_causes_are_ranked_with_catalogue_advice() -> None:
    result = diagnose(answers=[GENERIC])
    assert sorted(c.id for c in result.causes) == sorted(CAUSE_IDS)
    assert result.causes[0].id == "motivation"
    top = result.causes[0]
    assert top.advice == causes()["motivation"].advice
    assert top.evidence[0].source == "analyzer" and top.evidence[0].code == "motivation.generic"
    assert "食品業界" in top.evidence[0].detail
    assert [c.score for c in result.causes] == sorted(
        (c.score for c in result.causes), reverse=True
    )


def test_a_reply_outranks_any_guess() -> None:
    result = diagnose(
        answers=[GENERIC],
        self_check={"motivation.research": "no", "motivation.only_here": "no"},
        replies=[ReplyInput("feedback", ("skills",), "必須条件の経験年数に届いていませんでした。")],
    )
    first = result.causes[0]
    assert (first.id, first.level, first.level_label) == ("skills", "reply", "会社からの指摘")
    assert first.evidence[0].source == "reply" and "経験年数" in first.evidence[0].detail
    assert result.causes[1].id == "motivation"
    assert "会社からの返信で指摘された点" in first.summary and "可能性" not in first.summary


def test_self_check_answers_are_evidence_with_their_polarity() -> None:
    result = diagnose(
        self_check={
            "communication.voice": "no",
            "relative.competitive": "yes",
            "manners.entry": "yes",
        }
    )
    by_id = _by_id(result)
    assert by_id["communication"].score == 2 and by_id["communication"].stands_out
    assert by_id["relative"].score == 2  # "yes" is the concern for this one
    assert by_id["manners"].score == 0
    assert result.controllable == [by_id["communication"]]
    partly = diagnose(self_check={"communication.voice": "partly"})
    assert _by_id(partly)["communication"].level == "low"


def test_fit_and_relative_are_separate_and_not_defects() -> None:
    result = diagnose(answers=[GENERIC])
    assert [c.id for c in result.uncontrollable] == ["culture_fit", "relative"]
    assert all(not c.controllable for c in result.uncontrollable)
    assert all(c.controllable for c in result.controllable)
    assert "欠点ではありません" in result.uncontrollable_note
    assert result.uncontrollable_note not in result.messages  # it heads its own section


def test_nothing_controllable_is_said_plainly() -> None:
    result = diagnose(answers=[GOOD_PR], self_check={"communication.voice": "yes"})
    assert result.nothing_controllable and result.enough_data
    assert "相性" in result.headline and "比較" in result.headline
    assert result.controllable == []
    assert [s.id for s in result.next_steps] == ["reselect", "keep_going"]
    assert result.strengths  # what went well is kept


def test_with_no_record_it_asks_for_more_instead_of_judging() -> None:
    result = diagnose()
    assert not result.enough_data and not result.nothing_controllable
    assert "材料が少ない" in result.headline


def test_declined_reply_is_reassuring_and_names_nothing() -> None:
    result = diagnose(replies=[ReplyInput("declined", (), "お答えできません。")])
    assert any("開示しない" in m for m in result.messages)
    assert all(c.level != "reply" for c in result.causes)


def test_next_steps_follow_the_top_causes() -> None:
    result = diagnose(
        answers=[GENERIC],
        self_check={"communication.voice": "no", "communication.conclusion": "no"},
    )
    ids = [s.id for s in result.next_steps]
    top = result.controllable[0].id
    assert top in result.next_steps[0].causes
    assert {"self_analysis", "mock_interview"} <= set(ids) and ids[-1] == "keep_going"


def test_unjudgeable_answers_become_notes() -> None:
    result = diagnose(answers=[AnswerInput("q", "x" * 30_000, None), AnswerInput("q", "   ", None)])
    assert len(result.notes) == 1 and "判定できませんでした" in result.notes[0]


def test_to_dict_is_json_ready() -> None:
    import json

    data = diagnose(answers=[GENERIC]).to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False))["controllable"][0] == "motivation"
    assert data["causes"][0]["stands_out"] is True and data["causes"][-1]["stands_out"] is False
    assert len(data["causes"]) == 10


# --- the data ---------------------------------------------------------------------------------


def test_selfcheck_data_covers_every_cause() -> None:
    questions = selfcheck_questions()
    assert len({q.id for q in questions}) == len(questions)
    assert len({q.text for q in questions}) == len(questions)
    for q in questions:
        assert q.cause in CAUSE_IDS and q.id.startswith(q.cause + ".")
        assert q.concern in ("yes", "no")
        assert q.text.strip() and not q.text.endswith("。")
    per_cause = {cid: [q for q in questions if q.cause == cid] for cid in CAUSE_IDS}
    for cid, items in per_cause.items():
        assert items, f"no self-check question for {cid}"
        if causes()[cid].controllable and cid != "short_tenure":
            assert len(items) >= 2, f"{cid} needs at least two questions"


def test_next_steps_cover_the_causes_and_the_domain() -> None:
    steps = _next_step_catalogue()
    covered = {c for s in steps for c in s.causes}
    assert covered == set(CAUSE_IDS)
    assert {c for s in steps for c in s.causes} <= set(CAUSE_IDS)
    titles = "".join(s.title + s.detail for s in steps)
    for must in ("自己分析", "模擬面接", "履歴書", "職務経歴書", "ES", "応募先"):
        assert must in titles
    assert any(not s.causes for s in steps)  # one step always applies


SHORT_STAY = CareerInput("株式会社まえの", dt.date(2025, 4, 1), dt.date(2025, 11, 30))
LONG_STAY = CareerInput("株式会社むかし", dt.date(2018, 4, 1), dt.date(2025, 3, 31))
CURRENT_JOB = CareerInput("株式会社いま", dt.date(2026, 1, 1), None)


def test_a_short_stay_in_the_career_is_context_for_short_tenure() -> None:
    result = diagnose(answers=[GOOD_PR], career=[LONG_STAY, SHORT_STAY, CURRENT_JOB])
    tenure = _by_id(result)["short_tenure"]
    assert [e.source for e in tenure.evidence] == ["profile"]
    assert (
        # April to the end of November: about 8 months (whole months alone would say 7).
        "約8か月" in tenure.evidence[0].message and "株式会社まえの" in tenure.evidence[0].message
    )
    assert not tenure.stands_out  # context alone is not a finding


def test_a_short_stay_and_an_unexplained_self_check_stand_out_together() -> None:
    check = {"short_tenure.explained": "no"}
    with_career = _by_id(diagnose(self_check=check, career=[SHORT_STAY]))["short_tenure"]
    without = _by_id(diagnose(self_check=check))["short_tenure"]
    assert with_career.score > without.score


def test_a_short_stay_said_to_be_explained_adds_nothing() -> None:
    check = {"short_tenure.explained": "yes"}
    result = diagnose(answers=[GOOD_PR], self_check=check, career=[SHORT_STAY])
    assert not _by_id(result)["short_tenure"].evidence


# --- from the store -----------------------------------------------------------------------------


def test_diagnose_interview_reads_qa_self_check_and_reply(store: Store) -> None:
    with store.session() as s:
        load_demo(s, today=dt.date(2026, 6, 1))
        aoba = st.find_application(s, "あおば食品")
        assert aoba is not None
        second = next(i for i in aoba.interviews if i.stage == "二次")
        minato = st.find_application(s, "みなと電機")
        assert minato is not None
        first_minato = minato.interviews[0].id
    result = diagnose_interview(store, second.id, save=True)
    assert result.title == "株式会社あおば食品 二次面接（2026年5月2日）"
    assert result.causes[0].id == "motivation" and result.causes[0].level == "reply"
    sources = {e.source for e in result.causes[0].evidence}
    assert sources == {"reply", "analyzer", "self_check"}
    assert {"reverse_question", "negative_reason"} <= {c.id for c in result.controllable}
    with store.session(readonly=True) as s:
        saved = st.get_interview(s, second.id).diagnoses
        assert len(saved) == 1 and saved[0].result["causes"][0]["id"] == "motivation"
        again = diagnose_interview(s, second.id)  # a session works too
    assert again.title == result.title
    # みなと電機's first interview was passed: no rejection to explain.
    import pytest

    from furikaeri.diagnosis import NotARejection

    with pytest.raises(NotARejection, match="通過"):
        diagnose_interview(store, first_minato)


def test_diagnose_interview_of_a_missing_interview(store: Store) -> None:
    import pytest

    with pytest.raises(st.NotFound):
        diagnose_interview(store, 12345)


def test_the_demo_answers_trigger_findings(store: Store) -> None:
    from furikaeri.analyzer import CORE_CODES

    with store.session() as s:
        load_demo(s, today=dt.date(2026, 6, 1))
        # Passed rounds have no rejection to diagnose.
        ids = [i.id for a in st.list_applications(s) for i in a.interviews if i.result != "passed"]
    codes = {
        e.code
        for iid in ids
        for c in diagnose_interview(store, iid).causes
        for e in c.evidence
        if e.source == "analyzer"
    }
    assert len(codes & set(CORE_CODES)) >= 4, codes


def test_diagnose_rejection_with_and_without_an_interview(store: Store) -> None:
    with store.session() as s:
        load_demo(s, today=dt.date(2026, 6, 1))
        by_company = {r.application.company: r.id for r in st.list_rejections(s)}
        app = st.create_application(
            s, company="株式会社くじら商事", applied_on="2026-05-01", today=dt.date(2026, 6, 1)
        )
        rej = st.record_rejection(s, application_id=app.id, stage="書類", today=dt.date(2026, 6, 1))
        req = st.save_feedback_request(
            s, rejection_id=rej.id, subject="s", body="b", today=dt.date(2026, 6, 1)
        )
        st.record_reply(
            s,
            feedback_request_id=req.id,
            text="必須の経験年数に届きませんでした。",
            label="feedback",
            causes=["skills"],
            today=dt.date(2026, 6, 1),
        )
    aoba = diagnose_rejection(store, by_company["株式会社あおば食品"])
    assert aoba.causes[0].id == "motivation" and aoba.title.endswith("二次面接（2026年5月2日）")
    paper = diagnose_rejection(store, by_company["株式会社つばさ物産"])
    assert not paper.enough_data and paper.title == "株式会社つばさ物産 書類（2026年5月12日）"
    kujira = diagnose_rejection(store, rej.id)
    assert kujira.causes[0].id == "skills" and kujira.causes[0].level == "reply"


def test_diagnosis_from_the_store_reads_the_profile_career(store: Store) -> None:
    with store.session() as s:
        st.save_profile(
            s,
            name="山田 花子",
            career=[
                {"company": "株式会社まえの", "start_date": "2025-04-01", "end_date": "2025-10-31"}
            ],
        )
        app = st.create_application(s, company="株式会社くじら商事", applied_on="2026-05-01")
        rej = st.record_rejection(s, application_id=app.id, stage="書類")
        rejection_id = rej.id
    tenure = _by_id(diagnose_rejection(store, rejection_id))["short_tenure"]
    assert [e.code for e in tenure.evidence] == ["profile.short_stay"]
