"""Silence and memory: an application with no word two weeks after an interview is flagged
(one query), the polite mail asks when, never what, and passes the mail check's tone rules;
closing it as 連絡なし keeps it out of the funnel's denominators; a company's earlier rejection
comes back with what was learned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from furikaeri import store as st
from furikaeri.patterns_report import build_patterns
from furikaeri.silence import inquiry_mail, past_rejections, silent_applications
from furikaeri.store import Store

TODAY = dt.date(2026, 6, 30)


def test_silent_applications_are_flagged_and_asked_when(store: Store) -> None:
    with store.session() as s:
        quiet = st.create_application(s, company="株式会社しずか", applied_on="2026-05-01")
        st.add_interview(s, application_id=quiet.id, stage="一次", date="2026-06-10")
        recent = st.create_application(s, company="株式会社まだ", applied_on="2026-05-01")
        st.add_interview(s, application_id=recent.id, stage="一次", date="2026-06-25")
        answered = st.create_application(s, company="株式会社つうち", applied_on="2026-05-01")
        st.add_interview(s, application_id=answered.id, stage="一次", date="2026-06-01")
        st.record_notice(
            s, label="pass", company="株式会社つうち", stage="一次", date=dt.date(2026, 6, 8)
        )
        agent = st.create_application(
            s, company="株式会社なかま", channel="agent", agent_name="佐藤", applied_on="2026-05-01"
        )
        st.add_interview(s, application_id=agent.id, stage="二次", date="2026-06-01")
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with store.session(readonly=True) as s:
        found = silent_applications(s, today=TODAY)
    assert len([q for q in statements if "interviews" in q]) == 1
    assert [(x.company, x.days) for x in found] == [("株式会社なかま", 29), ("株式会社しずか", 20)]
    direct = inquiry_mail(found[1], name="山田 花子")
    assert "一次面接" in direct.subject and "山田 花子" in direct.body
    assert "時期" in direct.body and "貴社" not in direct.subject
    for word in ("理由", "なぜ", "結果を教え", "至らなかった"):
        assert word not in direct.body
    from furikaeri.mail.check import check_mail

    # No blunt question, pressure, reminder wording or casual word (missing parts are about
    # feedback requests, which this mail is not).
    assert not [i for i in check_mail(direct.body) if i.span is not None]
    via_agent = inquiry_mail(found[0], name="山田 花子", agent_email="sato@example.com")
    assert via_agent.body.startswith("佐藤様") and via_agent.mailto.startswith(
        "mailto:sato@example.com"
    )


def test_closing_as_no_answer_leaves_the_denominator(store: Store) -> None:
    with store.session() as s:
        for i in range(5):
            a = st.create_application(s, company=f"落ち{i}", applied_on="2026-05-01")
            iv = st.add_interview(
                s, application_id=a.id, stage="一次", date="2026-05-10", result="rejected"
            )
            st.record_rejection(
                s, application_id=a.id, interview_id=iv.id, stage="一次", date="2026-05-12"
            )
        quiet = st.create_application(s, company="しずか", applied_on="2026-05-01")
        st.add_interview(s, application_id=quiet.id, stage="一次", date="2026-05-10")
    with store.session(readonly=True) as s:
        waiting = {r.stage: r for r in build_patterns(s).rates}["一次"]
    assert (waiting.decided, waiting.waiting) == (5, 1)
    with store.session() as s:
        st.update_application(s, quiet.id, status="no_answer")
    with store.session(readonly=True) as s:
        p = build_patterns(s)
    first = {r.stage: r for r in p.rates}["一次"]
    assert (first.decided, first.waiting) == (5, 0) and p.out_of_funnel == {"no_answer": 1}
    assert p.funnel[2].reached == 6  # it did reach 一次


def test_a_company_that_rejected_within_a_year_comes_back_with_its_lessons(store: Store) -> None:
    with store.session() as s:
        old = st.create_application(s, company="株式会社あおば食品", applied_on="2026-01-10")
        iv = st.add_interview(
            s, application_id=old.id, stage="二次", date="2026-01-20", result="rejected"
        )
        rej = st.record_rejection(
            s, application_id=old.id, interview_id=iv.id, stage="二次", date="2026-01-25"
        )
        fr = st.save_feedback_request(
            s, rejection_id=rej.id, subject="s", body="b", sent_on="2026-01-25"
        )
        st.record_reply(
            s,
            feedback_request_id=fr.id,
            text="なぜ当社かが伝わりにくかった",
            label="feedback",
            causes=["motivation"],
        )
        st.save_diagnosis(s, interview_id=iv.id, result={"controllable": ["motivation"]})
        task = st.add_action_item(s, title="志望動機を書き直す", rejection_id=rej.id)
        st.set_action_done(s, task.id)
        new = st.create_application(s, company="あおば食品（株）", applied_on="2026-06-01")
        very_old = st.create_application(s, company="あおば食品", applied_on="2024-01-01")
        st.record_rejection(s, application_id=very_old.id, stage="書類", date="2024-02-01")
    with store.session(readonly=True) as s:
        past = past_rejections(s, new.company_key, exclude_application=new.id, today=TODAY)
    assert len(past) == 1
    assert past[0].stage == "二次" and past[0].feedback == ("なぜ当社かが伝わりにくかった",)
    assert past[0].causes and past[0].done == ("志望動機を書き直す",)
