"""The pages' Core reads (rows of the columns a page shows) return what the ORM objects they
replaced held: the applications list, the dashboard's rejections, the feedback list, the board
and the reply rate (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from furikaeri import store as st
from furikaeri.reply_rate import AGENT, THANKS, feedback_rate
from furikaeri.store import Store
from furikaeri.store.models import Application, FeedbackRequest, Rejection, Reply
from furikaeri.synthetic import seed

TODAY = dt.date(2026, 12, 2)


def _more(session: Session) -> None:
    """Beyond the synthetic job search: every request variant and status, replies of each
    label (several on one request), a rejection without a date, hidden applications, closed
    statuses and stages the board does not know."""
    user = st.local_user_id(session)
    rejections = list(session.scalars(select(Rejection).order_by(Rejection.id)))
    variants = ("standard", "short", "thanks", "agent", "direct")
    statuses = ("sent", "replied", "declined", "no_reply", "drafted")
    labels = (
        (),
        ("feedback",),
        ("declined",),
        ("other",),
        ("declined", "feedback"),
        ("other",) * 3,
    )
    for n, rej in enumerate(rejections[:30]):
        fr = FeedbackRequest(
            user_id=user,
            rejection_id=rej.id,
            variant=variants[n % 5],
            status=statuses[(n // 5) % 5],
            drafted_on=TODAY,
            sent_on=TODAY if n % 3 else None,
        )
        fr.replies = [Reply(user_id=user, label=label, text="…") for label in labels[n % 6]]
        session.add(fr)
    rejections[3].date = None
    for app in session.scalars(select(Application).order_by(Application.id).limit(9)):
        app.archived = app.id % 2 == 0
    session.add_all(
        [
            Application(user_id=user, company="株式会社ほか", company_key="ほか", stage="面談"),
            Application(user_id=user, company="株式会社N", company_key="N", status="no_answer"),
            Application(user_id=user, company="Z社", company_key="Z", stage="", archived=True),
        ]
    )
    session.flush()


@pytest.fixture
def filled(store: Store) -> Store:
    with store.session() as session:
        seed(session, applications=60, today=TODAY)
        _more(session)
    return store


OPTIONS = [
    {"limit": 5},
    {"limit": 5, "include_archived": False},
    {"limit": 20, "since": TODAY - dt.timedelta(days=7), "unsent": True},
    {"limit": 50, "unsent": True, "include_archived": False},
]


@pytest.mark.parametrize("options", OPTIONS)
def test_rejection_rows_are_the_recent_rejections(filled: Store, options: dict[str, Any]) -> None:
    with filled.session(readonly=True) as session:
        rows = st.rejection_rows(session, with_statuses=True, **options)
        plain = st.rejection_rows(session, **options)
        objects = st.recent_rejections(session, **options)
        expected = [
            (
                r.id,
                r.application.company,
                r.stage,
                r.date,
                r.notice_id,
                tuple(fr.status for fr in r.feedback_requests),
            )
            for r in objects
        ]
    assert [tuple(vars_of(row)) for row in rows] == expected
    assert [row.request_statuses for row in plain] == [()] * len(plain)
    assert [row.id for row in plain] == [row[0] for row in expected]
    assert rows, "the options should find some rejections"


def vars_of(row: st.RejectionRow) -> tuple[Any, ...]:
    return (row.id, row.company, row.stage, row.date, row.notice_id, row.request_statuses)


FILTERS = [
    st.AppFilter(),
    st.AppFilter(q="サンプル001"),
    st.AppFilter(q="%_"),
    st.AppFilter(status="rejected", stage="一次", result="rejected"),
    st.AppFilter(status="active"),
    st.AppFilter(result="passed"),
]


@pytest.mark.parametrize("flt", FILTERS, ids=repr)
def test_search_rows_count_the_interviews(filled: Store, flt: st.AppFilter) -> None:
    with filled.session(readonly=True) as session:
        everything = list(
            session.scalars(
                select(Application)
                .options(selectinload(Application.interviews))
                .order_by(Application.updated_at.desc(), Application.id.desc())
            )
        )
        pages = [st.search_applications(session, flt, page=n, per_page=7) for n in (1, 2, 99)]
    wanted = [a for a in everything if _matches(a, flt)]
    assert pages[0].total == len(wanted)
    for found in pages:
        start = (found.page - 1) * 7
        expected = [
            (a.id, a.company, a.job_title, a.status, a.stage, a.channel, a.applied_on)
            for a in wanted[start : start + 7]
        ]
        shown = [
            (r.id, r.company, r.job_title, r.status, r.stage, r.channel, r.applied_on)
            for r in found.rows
        ]
        assert shown == expected
        counts = [len(a.interviews) for a in wanted[start : start + 7]]
        assert [r.interview_count for r in found.rows] == counts


def _matches(a: Application, f: st.AppFilter) -> bool:
    q = f.q.strip()
    return (
        (not f.q or q in a.company or q in a.job_title)
        and (not f.status or a.status == f.status)
        and (not f.stage or a.stage == f.stage)
        and (not f.result or any(i.result == f.result for i in a.interviews))
    )


def test_request_rows_are_the_requests_of_a_page_of_rejections(filled: Store) -> None:
    with filled.session(readonly=True) as session:
        objects = list(
            session.scalars(
                select(Rejection)
                .where(Rejection.feedback_requests.any())
                .options(
                    selectinload(Rejection.application),
                    selectinload(Rejection.feedback_requests).selectinload(FeedbackRequest.replies),
                )
                .order_by(Rejection.date.desc(), Rejection.id.desc())
            )
        )
        pages = [st.rejections_with_requests(session, page=n, per_page=8) for n in (1, 2, 3, 9)]
    assert pages[0].total == len(objects)
    for found in pages:
        start = (found.page - 1) * 8
        expected = [
            (r.id, r.application.company, r.stage, fr.status, fr.sent_on, len(fr.replies))
            for r in objects[start : start + 8]
            for fr in r.feedback_requests
        ]
        assert [
            (x.rejection_id, x.company, x.stage, x.status, x.sent_on, x.reply_count)
            for x in found.rows
        ] == expected


def test_board_columns_and_their_first_rows(filled: Store) -> None:
    for hidden in (True, False):
        with filled.session(readonly=True) as session:
            rows = st.board_rows(session, per_column=4, include_archived=hidden)
            apps = list(
                session.scalars(
                    select(Application).order_by(
                        Application.updated_at.desc(), Application.id.desc()
                    )
                )
            )
        columns: dict[tuple[str, str], list[Application]] = {}
        for a in apps:
            if hidden or not a.archived:
                key = (a.status, a.stage if a.status == "active" else "")
                columns.setdefault(key, []).append(a)
        expected = [
            (a.id, a.company, status, stage, len(members))
            for (status, stage), members in sorted(columns.items())
            for a in members[:4]
        ]
        assert [(r.id, r.company, r.status, r.stage, r.count) for r in rows] == expected


def test_reply_rate_counts_as_the_rule_says(filled: Store) -> None:
    with filled.session(readonly=True) as session:
        rate = feedback_rate(session)
        requests = list(
            session.scalars(select(FeedbackRequest).options(selectinload(FeedbackRequest.replies)))
        )
    sent = [fr for fr in requests if fr.status != "drafted"]
    direct = [fr for fr in sent if fr.variant not in (AGENT, THANKS)]
    agent = [fr for fr in sent if fr.variant == AGENT]

    def answered(fr: FeedbackRequest) -> bool:
        return fr.status in ("replied", "declined") or bool(fr.replies)

    def labels(fr: FeedbackRequest) -> set[str]:
        return {reply.label for reply in fr.replies}

    refused = [
        fr
        for fr in direct
        if "feedback" not in labels(fr) and (fr.status == "declined" or "declined" in labels(fr))
    ]
    assert (rate.sent, rate.answered) == (len(direct), sum(map(answered, direct)))
    assert rate.with_feedback == sum("feedback" in labels(fr) for fr in direct)
    assert rate.declined == len(refused) > 0
    assert (rate.agent_sent, rate.agent_answered) == (len(agent), sum(map(answered, agent)))


def test_passed_stages_are_what_the_loaded_interviews_say(filled: Store) -> None:
    """The diagnosis reads the passed rounds in one statement when the application's
    interviews are not loaded; it must agree with reading them from the objects."""
    from furikaeri.diagnosis import passed_rounds

    with filled.session() as session:
        apps = list(session.scalars(select(Application).order_by(Application.id)))
        for n, app in enumerate(apps[:12]):  # some rounds passed, one without a stage
            for i, interview in enumerate(app.interviews):
                interview.result = "passed" if (n + i) % 2 else interview.result
                interview.stage = "" if (n, i) == (3, 1) else interview.stage
    with filled.session(readonly=True) as session:
        ids = list(session.scalars(select(Application.id).order_by(Application.id)))
        quick = {i: passed_rounds(session.get(Application, i)) for i in ids}
    with filled.session(readonly=True) as session:
        loaded = session.scalars(
            select(Application).options(selectinload(Application.interviews))
        ).all()
        assert {a.id: passed_rounds(a) for a in loaded} == quick
        assert any(quick.values())


@pytest.mark.parametrize("since", [TODAY - dt.timedelta(days=7), TODAY - dt.timedelta(days=400)])
def test_the_dashboards_rejections_in_one_statement(filled: Store, since: dt.date) -> None:
    with filled.session(readonly=True) as session:
        unsent, recent = st.dashboard_rejections(
            session, since=since, unsent_limit=20, recent_limit=5
        )
        week = st.rejection_rows(session, since=since, unsent=True, limit=20)
        latest = st.rejection_rows(session, limit=5, include_archived=False, with_statuses=True)
    assert unsent == week and recent == latest
    assert unsent and any(row.request_statuses for row in recent)


def test_the_dashboards_board_and_counts_together(filled: Store) -> None:
    from furikaeri.demo import demo_companies

    companies = (*demo_companies(), "株式会社サンプル0001")
    with filled.session() as session:
        st.archive_closed(session)  # some hidden applications to count
    with filled.session(readonly=True) as session:
        rows, counts = st.dashboard_board(session, per_column=4, companies=companies)
        assert rows == st.board_rows(session, per_column=4, include_archived=False)
        assert counts == st.dashboard_counts(session, companies=companies)
    assert rows and counts.archived


def test_a_stage_outside_the_vocabulary_still_has_its_column(filled: Store) -> None:
    """The dashboard reads the first rows of the usual columns with the counts; an active
    application at a stage the vocabulary no longer offers (an old name) keeps its column."""
    with filled.session() as session:
        apps = session.scalars(
            select(Application)
            .where(Application.status == "active", Application.archived.is_(False))
            .order_by(Application.id)
        ).all()
        for app in apps[:3]:
            app.stage = "旧・グループ面接"
    with filled.session(readonly=True) as session:
        rows, _ = st.dashboard_board(session, per_column=2)
        assert rows == st.board_rows(session, per_column=2, include_archived=False)
    old = [r for r in rows if r.stage == "旧・グループ面接"]
    assert len(old) == 2 and {r.count for r in old} == {3}


def test_an_empty_dashboard_board(store: Store) -> None:
    with store.session() as session:
        assert st.dashboard_board(session, per_column=4) == ([], st.dashboard_counts(session))
        assert st.dashboard_rejections(session, since=TODAY, unsent_limit=20, recent_limit=5) == (
            [],
            [],
        )
