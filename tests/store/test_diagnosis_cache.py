"""Remembered diagnoses (furikaeri.diagnosis): a diagnosis read twice with the same inputs is
reused; a change to any input (an answer, the self-check, a reply, the career history, the
posting) gives a fresh one. Against the real store (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from furikaeri import diagnosis as dg
from furikaeri import store as st
from furikaeri.replies import record_reply
from furikaeri.store import Store

BLAME = "前の会社は上司が最悪で、会社のせいで成果が出せませんでした。"
NEUTRAL = "前職では顧客30社を訪問し直し、12社との取引を再開させました。"


@pytest.fixture(autouse=True)
def _empty_memory() -> None:
    dg.forget_remembered()


def _rejection(store: Store, answer: str) -> tuple[int, int]:
    """(qa id, rejection id) of an interview with one answer and a rejection."""
    with store.session() as session:
        app = st.create_application(session, company="株式会社あおば")
        iv = st.add_interview(session, application_id=app.id, stage="二次", result="rejected")
        qa = st.add_qa(
            session, interview_id=iv.id, question="退職の理由を教えてください。", answer=answer
        )
        rej = st.record_rejection(session, application_id=app.id, interview_id=iv.id, stage="二次")
        return qa.id, rej.id


def _diagnose(store: Store, rejection_id: int) -> Any:
    with store.session(readonly=True) as session:
        return dg.diagnose_rejection(session, rejection_id)


def _score(result: Any, cause: str) -> int:
    return next(c.score for c in result.causes if c.id == cause)


def test_the_same_inputs_reuse_the_diagnosis(store: Store) -> None:
    _, rid = _rejection(store, BLAME)
    first, second = _diagnose(store, rid), _diagnose(store, rid)
    assert second == first
    # The same object under the title: remembered, not computed again.
    assert second.causes is first.causes


def test_changing_an_answer_changes_the_diagnosis(store: Store) -> None:
    qa_id, rid = _rejection(store, BLAME)
    before = _diagnose(store, rid)
    assert _score(before, "negative_reason") > 0
    with store.session() as session:
        st.update_qa(session, qa_id, answer=NEUTRAL)
    after = _diagnose(store, rid)
    assert _score(after, "negative_reason") == 0
    assert after.causes is not before.causes


def test_the_self_check_a_reply_and_the_career_each_change_it(store: Store) -> None:
    _, rid = _rejection(store, NEUTRAL)
    seen = [_diagnose(store, rid)]
    with store.session() as session:
        rej = st.get_rejection(session, rid)
        assert rej.interview_id is not None
        st.save_self_check(
            session, interview_id=rej.interview_id, answers={"motivation.research": "no"}
        )
    seen.append(_diagnose(store, rid))
    assert _score(seen[-1], "motivation") > _score(seen[-2], "motivation")
    with store.session() as session:
        request = st.save_feedback_request(session, rejection_id=rid, subject="件名", body="本文")
        record_reply(
            session,
            feedback_request_id=request.id,
            text="逆質問がなかった点が気になりました。今後のご活躍をお祈りいたします。",
        )
    seen.append(_diagnose(store, rid))
    assert seen[-1].sources["replies"] == 1
    with store.session() as session:
        start, end = dt.date(2024, 4, 1), dt.date(2024, 9, 30)
        st.save_profile(
            session, career=[{"company": "前の会社", "start_date": start, "end_date": end}]
        )
    seen.append(_diagnose(store, rid))
    assert _score(seen[-1], "short_tenure") > _score(seen[-2], "short_tenure")
    assert len({dg.fingerprint({"d": d.causes}) for d in seen}) == len(seen)


def test_changing_the_posting_changes_the_skills_evidence(store: Store) -> None:
    _, rid = _rejection(store, NEUTRAL)
    before = _diagnose(store, rid)
    with store.session() as session:
        app = st.get_rejection(session, rid).application
        st.update_application(
            session, app.id, job_posting="【必須】\n・法人営業の経験3年以上\n・普通自動車免許"
        )
    after = _diagnose(store, rid)
    assert _score(after, "skills") > _score(before, "skills")
    assert after.sources["posting"] >= 1 and before.sources["posting"] == 0


def test_memory_is_bounded(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The bound is read where the memory lives; the package only re-exports its value.
    monkeypatch.setattr("furikaeri.diagnosis.memory.REMEMBERED", 2)
    ids = [_rejection(store, f"{NEUTRAL}（{n}）")[1] for n in range(4)]
    for rid in ids:
        _diagnose(store, rid)
    assert len(dg._remembered_results) == 2


def test_many_rejections_diagnosed_at_once_are_each_one_s_diagnosis(store: Store) -> None:
    """The demo's job search (interviews, 書類, replies, a passed round, a posting)."""
    from furikaeri.demo import load_demo

    with store.session() as session:
        load_demo(session)
    ids = _rejection_ids(store)
    assert len(ids) >= 3
    with store.session(readonly=True) as session:
        one_by_one = [dg.diagnose_rejection(session, rid) for rid in ids]
    dg.forget_remembered()
    with store.session(readonly=True) as session:
        assert dg.diagnose_rejections(session, ids) == one_by_one


def _rejection_ids(store: Store) -> list[int]:
    from sqlalchemy import select

    from furikaeri.store import Rejection

    with store.session(readonly=True) as session:
        return list(session.scalars(select(Rejection.id).order_by(Rejection.id.desc())))


def test_diagnosing_more_rejections_reads_no_more_statements(migrated_url: Any) -> None:
    from sqlalchemy import event

    from furikaeri.store import open_store
    from furikaeri.synthetic import seed

    counts = []
    for size in (4, 16):
        opened = open_store(migrated_url(f"seeded{size}"))
        try:
            with opened.session() as session:
                seed(session, applications=size)
            ids = _rejection_ids(opened)
            count = 0

            def seen(*_: Any) -> None:
                nonlocal count
                count += 1

            event.listen(opened.engine, "before_cursor_execute", seen)
            with opened.session(readonly=True) as session:
                dg.diagnose_rejections(session, ids)
            at_ids, count = count, 0
            dg.forget_remembered()
            with opened.session(readonly=True) as session:
                dg.diagnose_latest_rejections(session, 12)
            counts.append((len(ids), at_ids, count))
        finally:
            opened.close()
    (few, at_few, latest_few), (many, at_many, latest_many) = counts
    assert many > few and at_many == at_few
    assert latest_many == latest_few


def test_the_latest_rejections_are_found_by_the_diagnoses_own_statement(store: Store) -> None:
    """The practice menu's weak causes: the newest rejections (by date, then id; one without a
    date last) diagnosed as when their ids are read first, in that order."""
    from furikaeri.demo import load_demo
    from furikaeri.store import practice as sp

    with store.session() as session:
        load_demo(session)
        app = st.create_application(session, company="株式会社日付なし")
        st.record_rejection(session, application_id=app.id, stage="書類")  # no date
        for day in (dt.date(2026, 11, 30), dt.date(2026, 11, 30)):  # a tie: by id
            other = st.create_application(session, company=f"株式会社{day}")
            st.record_rejection(session, application_id=other.id, stage="書類", date=day)
    with store.session(readonly=True) as session:
        for limit in (1, 2, 3, 12):
            ids = sp.latest_rejection_ids(session, limit=limit)
            expected = dg.diagnose_rejections(session, ids)
            dg.forget_remembered()
            assert dg.diagnose_latest_rejections(session, limit) == expected


def test_a_read_only_session_reads_the_career_once(store: Store) -> None:
    """The practice menu's diagnoses and its audience both read the career: one statement in
    a read-only session; a writing session reads it anew (it may have changed it)."""
    from sqlalchemy import event

    career = [{"company": "株式会社まえ", "role": "営業", "start_date": "2020-04-01"}]
    with store.session() as session:
        assert st.career_rows(session) == []
        st.save_profile(session, name="山田", career=career)
        assert st.career_rows(session) == [("株式会社まえ", dt.date(2020, 4, 1), None)]
    seen: list[str] = []

    def count(_conn: Any, _cur: Any, statement: str, *_: Any) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.session(readonly=True) as session:
            first = st.career_rows(session)
            assert st.career_rows(session) == first == [("株式会社まえ", dt.date(2020, 4, 1), None)]
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    assert sum("career_entries" in s for s in seen) == 1
