"""`furikaeri mail import` files its notices in batches (furikaeri.inbox.file_imported, one
transaction per batch; store.record_notices, a constant number of lookups per batch): the
same records whatever the batch size, a failing batch leaves nothing while the batches before
it stay, and importing again files only what is missing. SQLite, and PostgreSQL when set."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError

from furikaeri import store as st
from furikaeri.inbox import file_imported
from furikaeri.mail.importer import iter_eml_files
from furikaeri.store import Application, Notice, Rejection, Store, open_store

REJECT = "山田様\n\n{stage}面接の結果、誠に残念ながら今回はご期待に添いかねる結果となりました。\n今後のご活躍をお祈り申し上げます。\n\n{company} 人事部"
PASS = "山田様\n\n{stage}面接の結果、次の選考にお進みいただくことになりました。\n日程は追ってご連絡いたします。\n\n{company} 人事部"
INVITE = "山田様\n\n{company} 採用担当です。{stage}面接の日程についてご連絡いたします。\nご都合のよい日時をお知らせください。\n\n{company} 人事部"


def _mail(folder: Path, n: int, company: str, body: str, stage: str, msgid: str = "") -> None:
    msg = EmailMessage()
    msg["From"] = f"{company} 採用担当 <saiyo@example.co.jp>"
    msg["To"] = "yamada@example.jp"
    msg["Subject"] = f"{stage}面接について（{company}）"
    msg["Date"] = f"Mon, {1 + n % 27:02d} Jun 2026 10:00:00 +0900"
    msg["Message-ID"] = msgid or f"<m{n}@example.co.jp>"
    msg.set_content(body.format(company=company, stage=stage))
    (folder / f"{n:03d}.eml").write_bytes(bytes(msg))


def _mails(folder: Path) -> list[Any]:
    """Invitations, passes and rejections of four companies, in order; one text sent again
    under another Message-ID (a duplicate by content)."""
    folder.mkdir()
    n = 0
    for round_, stage in enumerate(("一次", "二次")):
        for company in ("株式会社あおば", "株式会社いろは", "ささき商事株式会社", "株式会社とまと"):
            for body in (INVITE, PASS if round_ == 0 else REJECT):
                _mail(folder, n, company, body, stage)
                n += 1
    _mail(folder, n, "株式会社いろは", REJECT, "二次", msgid="<again@example.co.jp>")
    return list(iter_eml_files([folder]))


def _state(store: Store) -> dict[str, Any]:
    with store.session(readonly=True) as s:
        apps = {a.id: a.company for a in s.scalars(select(Application))}
        return {
            "applications": sorted(
                (a.company, a.stage, a.status, a.channel) for a in s.scalars(select(Application))
            ),
            "notices": sorted(
                (n.message_id or "", apps.get(n.application_id or 0, ""), n.label, n.stage)
                for n in s.scalars(select(Notice))
            ),
            "rejections": sorted(
                (apps[r.application_id], r.stage, r.notice_id is not None, r.interview_id)
                for r in s.scalars(select(Rejection))
            ),
        }


def test_the_batch_size_does_not_change_what_is_filed(store: Store, tmp_path: Path) -> None:
    items = _mails(tmp_path / "mail")
    with store.session() as s:  # recorded by hand before the mail came: linked, not doubled
        app = st.create_application(s, company="株式会社とまと", stage="二次")
        iv = st.add_interview(s, application_id=app.id, stage="二次", result="pending")
        st.record_rejection(s, application_id=app.id, interview_id=iv.id, stage="二次")
    summary = file_imported(store, items, batch=5)
    assert (summary.filed, summary.duplicates) == (16, 1)
    assert summary.applications_created == 3 and summary.rejections == 4
    expected = _state(store)
    assert len(expected["rejections"]) == 4  # とまと's own one linked to its notice
    assert ("株式会社とまと", "二次", True, iv.id) in expected["rejections"]
    # Filed again: nothing new, every notice a duplicate.
    again = file_imported(store, items, batch=3)
    assert (again.filed, again.duplicates) == (0, 17)
    assert _state(store) == expected


@pytest.mark.parametrize("batch", [1, 4, 100])
def test_each_batch_size_gives_the_same_records(
    batch: int, migrated_url: Any, tmp_path: Path
) -> None:
    items = _mails(tmp_path / "mail")
    reference, batched = open_store(migrated_url("one")), open_store(migrated_url("many"))
    try:
        for item in items:  # one notice per call and per transaction
            file_imported(reference, [item])
        summary = file_imported(batched, items, batch=batch)
        assert summary.filed == 16
        assert _state(batched) == _state(reference)
    finally:
        reference.close()
        batched.close()


def _selects(store: Store, items: list[Any]) -> int:
    count = 0

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        nonlocal count
        count += statement.lstrip().upper().startswith("SELECT")

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        file_imported(store, items, batch=1000)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return count


def test_lookups_do_not_grow_with_the_mails(migrated_url: Any, tmp_path: Path) -> None:
    items = _mails(tmp_path / "mail")
    few, many = open_store(migrated_url("few")), open_store(migrated_url("many"))
    try:
        assert _selects(few, items[:4]) == _selects(many, items)
    finally:
        few.close()
        many.close()


FAIL_SQLITE = """CREATE TRIGGER refuse BEFORE INSERT ON notices
WHEN NEW.company = 'ささき商事株式会社' BEGIN SELECT RAISE(ABORT, 'refused'); END"""
FAIL_PG = [
    """CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN
    IF NEW.company = 'ささき商事株式会社' THEN RAISE EXCEPTION 'refused'; END IF;
    RETURN NEW; END $$ LANGUAGE plpgsql""",
    "CREATE TRIGGER refuse BEFORE INSERT ON notices FOR EACH ROW EXECUTE FUNCTION refuse()",
]


def test_a_failing_batch_leaves_nothing_and_the_batches_before_stay(
    store: Store, tmp_path: Path
) -> None:
    items = _mails(tmp_path / "mail")  # ささき商事's first mail is the 5th: batch 3 of size 2
    postgres = store.engine.dialect.name == "postgresql"
    with store.engine.begin() as conn:
        for sql in FAIL_PG if postgres else [FAIL_SQLITE]:
            conn.exec_driver_sql(sql)
    with pytest.raises(DBAPIError):
        file_imported(store, items, batch=2)
    with store.session(readonly=True) as s:
        filed = sorted(str(m) for m in s.scalars(select(Notice.message_id)))
    assert filed == [f"<m{n}@example.co.jp>" for n in range(4)]  # batches 1 and 2 only
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER refuse" + (" ON notices" if postgres else ""))
    summary = file_imported(store, items, batch=2)  # imported again: the rest is filed
    assert (summary.filed, summary.duplicates) == (12, 5)
