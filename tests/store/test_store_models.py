"""The store: migrations, pragmas, the service API, validation in Japanese, user scoping."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.cli import app as cli
from furikaeri.store import Store, open_store
from furikaeri.store.migrate import current_revision
from furikaeri.store.models import Application, Base, Notice, Rejection, User

TODAY = dt.date(2026, 5, 20)


def _app(s, **kw):  # type: ignore[no-untyped-def]
    fields = {"company": "株式会社あおば食品", "applied_on": "2026-04-01", "today": TODAY, **kw}
    return st.create_application(s, **fields)


def test_migrations_reach_head_and_match_the_models(store: Store) -> None:
    from alembic.script import ScriptDirectory

    from furikaeri.store.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config(store.engine)).get_current_head()
    assert current_revision(store.engine) == head
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_reopening_migrates_nothing_and_keeps_data(db_url: str) -> None:
    first = open_store(db_url)
    with first.session() as s:
        _app(s)
    first.close()
    again = open_store(db_url)
    with again.session(readonly=True) as s:
        assert [a.company for a in st.list_applications(s)] == ["株式会社あおば食品"]
    again.close()


def test_sqlite_runs_with_wal_foreign_keys_and_full_sync(tmp_path) -> None:  # type: ignore[no-untyped-def]
    opened = open_store(f"sqlite:///{tmp_path / 'deep' / 'dir' / 'x.sqlite3'}")
    with opened.engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "synchronous": 2,
        "busy_timeout": 30000,
    }
    assert (tmp_path / "deep" / "dir").stat().st_mode & 0o077 == 0
    opened.close()


def test_sqlite_keeps_the_connections_of_twenty_concurrent_sessions(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """20 pages at once (the web server's threads) reuse their connections the next time:
    none is closed on return and opened again (pragmas, schema read, cold cache)."""
    from contextlib import ExitStack

    from sqlalchemy import event

    opened = open_store(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    connects: list[object] = []
    event.listen(opened.engine, "connect", lambda *_: connects.append(None))

    def twenty_at_once() -> None:
        with ExitStack() as stack:
            for _ in range(20):
                session = stack.enter_context(opened.session(readonly=True))
                assert session.scalar(select(func.count()).select_from(User)) is not None

    twenty_at_once()
    first = len(connects)
    twenty_at_once()
    assert first > 0 and len(connects) == first
    opened.close()


def test_a_whole_job_search_through_the_api(store: Store) -> None:
    with store.session() as s:
        app = _app(s, channel="agent", agent_name="佐藤", agent_email="sato@example.com")
        iv = st.add_interview(
            s, application_id=app.id, stage="二次", date="2026-04-20", today=TODAY
        )
        st.add_qa(
            s,
            interview_id=iv.id,
            question="志望動機は？",
            answer="成長できる環境だからです。",
            kind="motivation",
        )
        st.add_qa(
            s,
            interview_id=iv.id,
            question="何か質問は？",
            answer="特にありません。",
            kind="reverse_questions",
        )
        app_id, iv_id = app.id, iv.id
    with store.session(readonly=True) as s:
        loaded = st.get_interview(s, iv_id)
        assert loaded.application.company == "株式会社あおば食品"
        assert [q.position for q in loaded.qas] == [0, 1]
        assert [q.kind for q in loaded.qas] == ["motivation", "reverse_questions"]
        assert st.get_application(s, app_id).stage == "二次"
        assert [i.id for i in st.list_interviews(s, application_id=app_id)] == [iv_id]


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("date", "2026-06-01", "未来の日付"),
        ("date", "2026-03-01", "応募日（2026年4月1日）より前"),
        ("date", "4月1日", "2026-04-01 のような形"),
        ("format", "video", "面接の形式"),
    ],
)
def test_interview_input_is_questioned_in_japanese(
    store: Store, field: str, value: str, needle: str
) -> None:
    with store.session() as s:
        app_id = _app(s).id
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.add_interview(s, application_id=app_id, today=TODAY, result="rejected", **{field: value})
    assert needle in err.value.errors[field]
    with store.session(readonly=True) as s:  # nothing half-written
        assert st.get_application(s, app_id).interviews == []


def test_a_scheduled_interview_may_be_in_the_future(store: Store) -> None:
    """A future date is questioned only once the result is known: an upcoming interview is
    recorded before it happens."""
    with store.session() as s:
        app_id = _app(s).id
    with store.session() as s:
        iv = st.add_interview(s, application_id=app_id, today=TODAY, date="2026-06-01")
        assert iv.result == "pending"
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.update_interview(s, iv.id, today=TODAY, result="rejected")
    assert "未来の日付" in err.value.errors["date"]


def test_application_validation_names_each_field(store: Store) -> None:
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.create_application(
            s,
            company=" ",
            channel="phone",
            agent_email="no-at-sign",
            applied_on="2027-01-01",
            today=TODAY,
        )
    assert set(err.value.errors) == {"company", "channel", "agent_email", "applied_on"}
    assert err.value.errors["company"] == "会社名を入力してください。"


def test_moving_applied_on_after_an_interview_is_questioned(store: Store) -> None:
    with store.session() as s:
        app = _app(s)
        st.add_interview(s, application_id=app.id, date="2026-04-10", today=TODAY)
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.update_application(s, app.id, applied_on="2026-04-15", today=TODAY)
    assert "面接日（2026年4月10日）" in err.value.errors["applied_on"]


def test_rows_of_another_user_are_not_found(store: Store) -> None:
    with store.session() as s:
        app_id = _app(s).id
        other = User(handle="career-center-student")
        s.add(other)
        s.flush()
        other_id = other.id
    with store.session() as s:
        assert st.list_applications(s, user_id=other_id) == []
        with pytest.raises(st.NotFound, match="応募（ID"):
            st.get_application(s, app_id, user_id=other_id)


def test_deleting_an_application_removes_what_hangs_on_it(store: Store) -> None:
    with store.session() as s:
        app = _app(s)
        iv = st.add_interview(
            s, application_id=app.id, stage="一次", date="2026-04-10", today=TODAY
        )
        st.add_qa(s, interview_id=iv.id, question="q", answer="a")
        out = st.record_notice(
            s, label="rejection", company="あおば食品", stage="一次", message_id="<m1>"
        )
        st.save_feedback_request(
            s, rejection_id=out.rejection.id, subject="s", body="b", today=TODAY
        )
    with store.session() as s:
        st.delete_application(s, app.id)
    with store.session(readonly=True) as s:
        for model in (st.Interview, st.QA, st.Rejection, st.FeedbackRequest):
            assert s.scalar(select(func.count()).select_from(model)) == 0
        # The notice goes too (s4-qa): 「その面接・記録をすべて削除します」, and a notice left
        # behind made the same mail a duplicate on the next import, recording nothing.
        assert st.list_notices(s) == []


def test_record_notice_matches_creates_and_skips_duplicates(store: Store) -> None:
    with store.session() as s:
        app = _app(s)
        iv = st.add_interview(
            s, application_id=app.id, stage="一次", date="2026-04-10", today=TODAY
        )
        passed = st.record_notice(
            s, label="pass", company="（株）あおば食品", stage="一次", message_id="<p>"
        )
        assert passed.application.id == app.id and passed.rejection is None
        assert iv.result == "passed"
        rej = st.record_notice(
            s,
            label="rejection",
            company="株式会社　あおば食品",
            stage="二次",
            date=dt.date(2026, 5, 1),
            subject="選考結果",
            body="本文",
            message_id="<r>",
        )
        assert rej.rejection is not None and rej.rejection.date == dt.date(2026, 5, 1)
        again = st.record_notice(s, label="rejection", company="あおば食品", message_id="<r>")
        assert again.duplicate and again.notice.id == rej.notice.id
        new = st.record_notice(
            s, label="interview_invite", company="ひかりソフト株式会社", stage="一次"
        )
        assert new.created_application and new.application.company == "ひかりソフト株式会社"
        nameless = st.record_notice(s, label="other", company=None)
        assert nameless.application is None
    with store.session(readonly=True) as s:
        aoba = st.get_application(s, app.id)
        assert (aoba.status, aoba.stage, len(aoba.rejections)) == ("rejected", "二次", 1)
        assert len(st.list_notices(s)) == 4
        assert len(st.list_applications(s)) == 2


def test_normalize_company() -> None:
    same = {"株式会社あおば食品", "(株)あおば食品", "㈱あおば食品", "あおば食品 株式会社", "ｱｵﾊﾞ"}
    keys = {st.normalize_company(n) for n in same - {"ｱｵﾊﾞ"}}
    assert keys == {"あおば食品"}
    assert st.normalize_company("ABC Co., Ltd.") == st.normalize_company("ＡＢＣ")


def test_feedback_request_and_reply_update_the_status(store: Store) -> None:
    with store.session() as s:
        app = _app(s)
        rej = st.record_rejection(s, application_id=app.id, date="2026-05-01", today=TODAY)
        req = st.save_feedback_request(
            s, rejection_id=rej.id, subject="お礼", body="本文", today=TODAY
        )
        assert (req.status, req.drafted_on) == ("drafted", TODAY)
        st.set_feedback_status(s, req.id, status="sent", sent_on="2026-05-02", today=TODAY)
        with pytest.raises(st.ValidationError, match="送信日"):
            st.record_reply(
                s,
                feedback_request_id=req.id,
                text="x",
                label="other",
                received_on="2026-05-01",
                today=TODAY,
            )
        reply = st.record_reply(
            s,
            feedback_request_id=req.id,
            text="志望動機が弱いと感じました。",
            label="feedback",
            causes=["motivation"],
            received_on="2026-05-10",
            today=TODAY,
        )
        assert (req.status, reply.causes) == ("replied", ["motivation"])
        declined = st.record_reply(
            s,
            feedback_request_id=req.id,
            text="お答えいたしかねます。",
            label="declined",
            today=TODAY,
        )
        assert req.status == "declined" and declined.causes == []
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.record_reply(s, feedback_request_id=req.id, text="x", label="feedback", causes=["luck"])
    assert "causes" in err.value.errors


def test_reply_without_label_is_read_by_the_core(store: Store) -> None:
    """The store files what it is given; furikaeri.replies reads an unlabelled reply first."""
    from furikaeri.replies import record_reply

    with store.session() as s:
        rej = st.record_rejection(s, application_id=_app(s).id, today=TODAY)
        req = st.save_feedback_request(s, rejection_id=rej.id, subject="s", body="b", today=TODAY)
        declined = record_reply(
            s,
            feedback_request_id=req.id,
            text="選考理由については開示しておりませんので、ご了承ください。",
            today=TODAY,
        )
        assert (declined.label, declined.causes, req.status) == ("declined", [], "declined")
        named = record_reply(
            s,
            feedback_request_id=req.id,
            text="志望動機が当社でなければならない理由として伝わりませんでした。",
            today=TODAY,
        )
        assert (named.label, named.causes, req.status) == ("feedback", ["motivation"], "replied")
        kept = record_reply(
            s, feedback_request_id=req.id, text="志望動機が弱い。", causes=["skills"], today=TODAY
        )
        assert kept.causes == ["skills"]  # the user's causes, the reader's label
        with pytest.raises(st.ValidationError) as err:
            record_reply(s, feedback_request_id=req.id, text=" ", received_on="x", today=TODAY)
        assert set(err.value.errors) == {"text", "received_on"}  # refused before reading


def test_the_store_runs_no_analyzer() -> None:
    """Layers: the store files what it is given; reading mail is the mail package's."""
    import ast
    from pathlib import Path

    package = Path(st.__file__).parent
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            assert not any(n.startswith("furikaeri.mail") for n in names), path.name


def test_rejection_date_before_application_is_questioned(store: Store) -> None:
    with store.session() as s:
        app_id = _app(s).id
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.record_rejection(s, application_id=app_id, date="2026-03-31", today=TODAY)
    assert "応募日" in err.value.errors["date"]


def test_self_check_upserts_and_clears(store: Store) -> None:
    with store.session() as s:
        iv = st.add_interview(s, application_id=_app(s).id, date="2026-04-10", today=TODAY)
        st.save_self_check(s, interview_id=iv.id, answers={"a": "no", "b": "yes"})
        st.save_self_check(s, interview_id=iv.id, answers={"a": "partly", "b": None})
    with store.session(readonly=True) as s:
        got = {a.question_id: a.answer for a in st.get_interview(s, iv.id).self_checks}
    assert got == {"a": "partly"}
    with pytest.raises(st.ValidationError), store.session() as s:
        st.save_self_check(s, interview_id=iv.id, answers={"a": "maybe"})


def test_profile_with_career_history(store: Store) -> None:
    career = [
        {
            "company": "ほしぞら物流",
            "role": "営業",
            "start_date": "2019-04-01",
            "end_date": "2024-03-31",
        },
        {"company": "はやて通信", "role": "", "start_date": "2024-04-01", "end_date": ""},
    ]
    with store.session() as s:
        st.save_profile(s, name="見本 太郎", email="taro@example.com", career=career, today=TODAY)
    with store.session(readonly=True) as s:
        profile = st.get_profile(s)
        assert profile.name == "見本 太郎"
        assert [(c.company, c.end_date) for c in profile.career] == [
            ("ほしぞら物流", dt.date(2024, 3, 31)),
            ("はやて通信", None),
        ]
    bad = [{"company": "x", "start_date": "2024-04-01", "end_date": "2023-01-01"}]
    with pytest.raises(st.ValidationError) as err, store.session() as s:
        st.save_profile(s, name="x", email="bad", career=bad, today=TODAY)
    assert set(err.value.errors) == {"email", "career.0.end_date"}
    assert "入社日" in err.value.errors["career.0.end_date"]


def test_action_items(store: Store) -> None:
    with store.session() as s:
        item = st.add_action_item(s, title="企業研究", cause="motivation")
        st.add_action_item(s, title="模擬面接")
        st.set_action_done(s, item.id)
    with store.session(readonly=True) as s:
        assert [(i.title, i.done) for i in st.list_action_items(s)] == [
            ("模擬面接", False),
            ("企業研究", True),
        ]
        assert [i.title for i in st.list_action_items(s, done=False)] == ["模擬面接"]
    with pytest.raises(st.ValidationError), store.session() as s:
        st.add_action_item(s, title="x", cause="luck")


def test_is_empty_ignores_the_bare_local_user(store: Store) -> None:
    with store.session() as s:
        st.local_user_id(s)
        assert st.is_empty(s)
        st.add_action_item(s, title="x")
        assert not st.is_empty(s)


@pytest.mark.parametrize("shared", [True, False], ids=["one-store", "two-engines"])
def test_two_threads_writing_at_once_never_see_database_is_locked(tmp_path, shared: bool) -> None:  # type: ignore[no-untyped-def]
    url = migrated_sqlite(tmp_path / "busy.sqlite3")
    opened = open_store(url)
    with opened.session() as s:
        app_id = _app(s).id
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def writer(tag: str) -> None:
        # One store shared by threads (the web app) or one engine each (CLI beside the web).
        mine = opened if shared else open_store(url, migrate=False)
        try:
            start.wait()
            for i in range(15):
                with mine.session() as s:  # read, then write in the same transaction
                    n = len(st.get_application(s, app_id).interviews)
                    st.add_interview(s, application_id=app_id, stage=f"{tag}{i}-{n}", today=TODAY)
        except BaseException as exc:
            errors.append(exc)
        finally:
            if not shared:
                mine.close()

    threads = [threading.Thread(target=writer, args=(t,)) for t in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with opened.session(readonly=True) as s:
        assert len(st.get_application(s, app_id).interviews) == 30
    opened.close()


def test_readonly_sessions_refuse_writes(store: Store) -> None:
    from sqlalchemy.exc import DBAPIError

    with store.session() as s:
        st.local_user_id(s)
    with pytest.raises(DBAPIError, match=r"(?i)read.?only"), store.session(readonly=True) as s:
        st.add_action_item(s, title="x")
    with store.session() as s:  # the pooled connection is writable again
        st.add_action_item(s, title="y")
    with store.session(readonly=True) as s:
        assert [i.title for i in st.list_action_items(s)] == ["y"]


def test_a_mail_rejection_links_to_one_recorded_by_hand(store: Store) -> None:
    with store.session() as s:
        app = _app(s)
        manual = st.record_rejection(s, application_id=app.id, stage="一次", today=TODAY)
        out = st.record_notice(
            s,
            label="rejection",
            company="あおば食品",
            stage="一次",
            date=dt.date(2026, 5, 2),
            message_id="<x>",
        )
        assert out.rejection is not None and out.rejection.id == manual.id
        assert (manual.notice_id, manual.date) == (out.notice.id, dt.date(2026, 5, 2))
        assert len(app.rejections) == 1


def test_a_form_key_with_a_row_id_is_not_in_the_message() -> None:
    """`mail import --confirm` printed 「エラー: notice.12: 選んだ応募…」."""
    from furikaeri.store.errors import ValidationError

    err = ValidationError({"notice.12": "選んだ応募（株式会社かぜ）には…"})
    assert str(err) == "選んだ応募（株式会社かぜ）には…"
    assert err.field_errors() == {"notice.12": "選んだ応募（株式会社かぜ）には…"}
    assert str(ValidationError({"company": "会社名を入力してください。"})).startswith("company: ")


def test_the_agent_company_from_the_advisors_self_introduction() -> None:
    from furikaeri.mail.contacts import agent_contact

    mail = "山田 様\n\nお世話になっております。リクルートエージェントの佐藤です。\n残念ながら見送りとなりました。\n"
    assert agent_contact(mail).company == "リクルートエージェント"
    mail = "山田様\n株式会社キャリアリンクの高橋と申します。\n結果のご連絡です。\n"
    assert agent_contact(mail).company == "株式会社キャリアリンク"
    assert agent_contact("山田様\n人事部の中村です。\n結果のご連絡です。\n").company is None


def test_deleting_an_application_deletes_its_notices_so_the_mail_imports_again(
    store: Store, tmp_path: Path
) -> None:
    """An application deleted (with its rejection) takes the notices filed under it: the same
    mail imported again is recorded anew, not counted as 「取り込み済み」 with nothing saved,
    and no orphan notice is left for the confirm page."""
    mail = tmp_path / "notice.eml"
    mail.write_bytes(
        (
            "From: jinji@hoshi.example.jp\r\nSubject: 選考結果のご連絡\r\n"
            "Date: Tue, 1 Dec 2026 10:00:00 +0900\r\nMessage-ID: <abc123@hoshi.example.jp>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n山田 太郎 様\n\n株式会社ほしぞら 人事部です。\n"
            "先日は一次面接にお越しいただき、ありがとうございました。\n"
            "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
        ).encode()
    )
    url = str(store.engine.url.render_as_string(hide_password=False))
    runner = CliRunner()
    first = runner.invoke(cli, ["mail", "import", str(mail), "--db", url])
    assert first.exit_code == 0, first.output
    with store.session() as s:
        (app_id,) = s.scalars(select(Application.id)).all()
        st.delete_application(s, app_id)
    with store.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Notice)) == 0
    again = runner.invoke(cli, ["mail", "import", str(mail), "--db", url])
    assert again.exit_code == 0, again.output
    with store.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Rejection)) == 1
        assert s.scalar(select(func.count()).select_from(Notice)) == 1
