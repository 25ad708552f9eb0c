"""A notice never moves an application backwards (QA P2 #5, #6 and the demo's pass notice):
a 書類 rejection for a company whose latest application already had its 一次面接, or was closed
at 一次, goes to a new application of the same company; a rejection recorded without a stage
is not the round already passed; a pass notice moves the application to the next round.
Through the real CLI (`furikaeri mail import`, `furikaeri demo`), then the database reopened."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from mail_samples import make_mail
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app as cli

runner = CliRunner()
DOCUMENTS = make_mail(
    subject="書類選考の結果について（株式会社ひかりソフト）", msgid="hikari-doc",
    body="見本様\n\nこの度は弊社にご応募いただき、ありがとうございました。\n"
    "書類選考の結果、誠に残念ながら今回はご縁がなかったものとしてご連絡申し上げます。\n"
    "今後のご活躍をお祈り申し上げます。\n\n株式会社ひかりソフト 人事部",
    date=datetime(2026, 11, 20, 10, 0),
)  # fmt: skip


def _db(tmp_path: Path) -> str:
    return migrated_sqlite(tmp_path / "f.sqlite3")


def _seed(url: str, *, closed: bool) -> int:
    db = store.open_store(url)
    with db.session() as s:
        app = store.create_application(s, company="ひかりソフト株式会社", applied_on="2026-10-20")
        iv = store.add_interview(s, application_id=app.id, stage="一次", date="2026-11-10")
        store.add_qa(
            s,
            interview_id=iv.id,
            question="あなたの強みを教えてください。",
            answer="粘り強さです。",
        )
        if closed:
            store.record_rejection(s, application_id=app.id, stage="一次", date="2026-11-14")
        app_id = int(app.id)
    db.close()
    return app_id


def _import(tmp_path: Path, url: str) -> None:
    folder = tmp_path / "mails"
    folder.mkdir(exist_ok=True)
    (folder / "a.eml").write_bytes(DOCUMENTS)
    result = runner.invoke(cli, ["mail", "import", str(folder), "--db", url])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def _applications(url: str) -> list[tuple[int, str, str, list[tuple[str, int | None]]]]:
    db = store.open_store(url)
    with db.session(readonly=True) as s:
        rows = [
            (int(a.id), a.status, a.stage, [(r.stage, r.interview_id) for r in a.rejections])
            for a in sorted(store.list_applications(s), key=lambda a: a.id)
        ]
    db.close()
    return rows


def test_a_documents_rejection_after_a_closed_first_interview_is_a_new_application(
    tmp_path: Path,
) -> None:
    url = _db(tmp_path)
    old = _seed(url, closed=True)
    _import(tmp_path, url)
    before, new = _applications(url)
    assert before[0] == old
    assert before[1:] == ("rejected", "一次", [("一次", before[3][0][1])])  # untouched
    assert before[3][0][1] is not None  # the 一次 rejection keeps its interview
    assert new[1:] == ("rejected", "書類", [("書類", None)])  # never linked to the 一次面接
    _import(tmp_path, url)  # the same mail again: nothing new
    assert len(_applications(url)) == 2


def test_a_documents_rejection_never_takes_an_open_interview(tmp_path: Path) -> None:
    url = _db(tmp_path)
    _seed(url, closed=False)
    _import(tmp_path, url)
    (old_id, status, stage, rejections), new = _applications(url)
    assert (status, stage, rejections) == ("active", "一次", [])
    assert new[1:] == ("rejected", "書類", [("書類", None)])
    db = store.open_store(url)
    with db.session(readonly=True) as s:
        interview = store.get_application(s, old_id).interviews[0]
        assert interview.result == "pending"
    db.close()


def test_the_demo_pass_notice_moves_the_application_on(tmp_path: Path) -> None:
    url = _db(tmp_path)
    result = runner.invoke(cli, ["demo", "--db", url])
    assert result.exit_code == 0, result.output
    db = store.open_store(url)
    with db.session(readonly=True) as s:
        minato = store.find_application(s, "株式会社みなと電機")
        assert minato is not None
        assert (minato.status, minato.stage) == ("active", "二次")
        assert [(i.stage, i.result) for i in minato.interviews] == [("一次", "passed")]
    db.close()


def test_a_stageless_rejection_after_a_pass_is_the_next_round(tmp_path: Path) -> None:
    url = _db(tmp_path)
    db = store.open_store(url)
    with db.session() as s:
        app = store.create_application(s, company="株式会社みなと電機", applied_on="2026-10-01")
        store.add_interview(s, application_id=app.id, stage="一次", date="2026-11-01")
        store.record_notice(s, label="pass", company="株式会社みなと電機", stage="一次")
        rejection = store.record_rejection(s, application_id=app.id, date="2026-11-20")
        assert rejection.stage == "二次" and rejection.interview_id is None
    with db.session(readonly=True) as s:
        interview = store.get_application(s, app.id).interviews[0]
        assert (interview.stage, interview.result) == ("一次", "passed")
    db.close()
