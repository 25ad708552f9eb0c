"""store.dashboard_counts: the dashboard's counts in one statement agree with the separate
counts they replace (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from furikaeri import store as st
from furikaeri.demo import demo_companies, has_demo, load_demo
from furikaeri.store import Store


def _separate(session: Session) -> tuple[int, int, int, int, bool]:
    sent, answered = st.feedback_counts(session)
    return (
        sent,
        answered,
        st.count_archived(session),
        st.count_unconfirmed(session),
        has_demo(session),
    )


def _together(session: Session) -> tuple[int, int, int, int, bool]:
    c = st.dashboard_counts(session, companies=demo_companies())
    return c.sent, c.answered, c.archived, c.unconfirmed, c.named


def test_empty(store: Store) -> None:
    with store.session() as session:
        assert _together(session) == _separate(session) == (0, 0, 0, 0, False)


def test_the_demo_and_changes_to_it(store: Store) -> None:
    with store.session() as session:
        load_demo(session)
    with store.session() as session:
        assert _together(session) == _separate(session)
        assert _together(session)[0] > 0 and _together(session)[4]
        st.archive_closed(session)
        app = st.create_application(session, company="株式会社ほか")
        st.record_notice(session, label="rejection", company=app.company, body="残念ながら")
    with store.session() as session:
        counts = _together(session)
        assert counts == _separate(session)
        assert counts[2] > 0 and counts[3] > 0
