"""`furikaeri mail import` when one source is bad or the user presses Ctrl+C:
through the real CLI (CliRunner), then the SQLite file reopened to see what was saved; and a
document rejection imported from an agent diagnosed from the CLI."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mail_samples import Imap, make_mail
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app
from furikaeri.store.models import Application, Notice

# `furikaeri mail import` when one source is bad or the user presses Ctrl+C: through the real CLI
# (CliRunner), then the SQLite file reopened to see what was saved.


runner = CliRunner()


def _notice(n: int) -> bytes:
    company = f"株式会社ためし{n:03d}"
    body = f"山田様\n\n慎重に検討しました結果、今回は採用を見送らせていただきます。\n\n{company} 人事部"
    return make_mail(subject=f"【{company}】一次面接の結果", msgid=f"s13-{n}", body=body)


def _saved(db: str) -> tuple[set[str], int, int]:
    """Companies with an application, notices, and distinct Message-IDs among them."""
    opened = store.open_store(db)
    try:
        with opened.session(readonly=True) as session:
            companies = set(session.scalars(select(Application.company)))
            notices = session.scalar(select(func.count(Notice.id))) or 0
            ids = session.scalar(select(func.count(func.distinct(Notice.message_id)))) or 0
    finally:
        opened.close()
    return companies, notices, ids


def _mbox(path: Path, numbers: range) -> Path:
    box = mailbox.mbox(str(path))
    for n in numbers:
        box.add(_notice(n))
    box.close()
    return path


# --- one bad source among good ones ---------------------------------------------------------


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        ("empty.mbox", "mbox が空です"),
        ("empty", "mbox が空です"),
        ("missing.eml", "ファイルが見つかりません"),
    ],
)
def test_a_bad_second_file_does_not_stop_the_others(tmp_path: Path, bad: str, said: str) -> None:
    (tmp_path / "a.eml").write_bytes(_notice(1))
    (tmp_path / "c.eml").write_bytes(_notice(3))
    if bad != "missing.eml":
        (tmp_path / bad).write_bytes(b"")
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    args = [str(tmp_path / name) for name in ("a.eml", bad, "c.eml")]
    result = runner.invoke(app, ["mail", "import", *args, "--db", db])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"{said}: {tmp_path / bad}" in result.stderr
    assert "新しい通知 2 件" in result.stderr
    assert _saved(db) == ({"株式会社ためし001", "株式会社ためし003"}, 2, 2)


def test_an_unreadable_file_in_a_folder_does_not_stop_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    (folder / "a.eml").write_bytes(_notice(1))
    (folder / "b.eml").mkdir()  # found by *.eml, cannot be read as a file
    (folder / "c.eml").write_bytes(_notice(3))
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    result = runner.invoke(app, ["mail", "import", str(folder), "--db", db])
    assert result.exit_code == 1, result.output
    assert "b.eml" in result.stderr and "ファイルを読めません" in result.stderr
    assert _saved(db)[0] == {"株式会社ためし001", "株式会社ためし003"}


def test_every_file_good_exits_zero_and_every_file_bad_is_one_clear_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.eml").write_bytes(_notice(1))
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    assert (
        runner.invoke(app, ["mail", "import", str(tmp_path / "a.eml"), "--db", db]).exit_code == 0
    )
    (tmp_path / "empty.mbox").write_bytes(b"")
    both_bad = [str(tmp_path / "empty.mbox"), str(tmp_path / "missing.eml")]
    result = runner.invoke(app, ["mail", "import", *both_bad, "--db", db])
    assert result.exit_code == 2, result.output
    assert "mbox が空です" in result.stderr and "ファイルが見つかりません" in result.stderr
    assert _saved(db)[1] == 1  # nothing lost, nothing added


# --- Ctrl+C -----------------------------------------------------------------------------------


@pytest.fixture
def interrupt_second_notice_commit() -> Iterator[None]:
    """Ctrl+C at the commit of the second transaction that writes notices (SQLAlchemy's own
    session events): the first batch is committed, the second must leave nothing."""
    commits = {"n": 0}

    def flushed(session: Session, _ctx: Any) -> None:
        if any(isinstance(o, Notice) for o in session.new):
            session.info["notices"] = True

    def committing(session: Session) -> None:
        if session.info.pop("notices", False):
            commits["n"] += 1
            if commits["n"] == 2:
                raise KeyboardInterrupt

    event.listen(Session, "after_flush", flushed)
    event.listen(Session, "before_commit", committing)
    yield
    event.remove(Session, "before_commit", committing)
    event.remove(Session, "after_flush", flushed)


def test_ctrl_c_while_filing_says_what_was_saved_and_the_rerun_adds_only_the_rest(
    tmp_path: Path, interrupt_second_notice_commit: None
) -> None:
    box = _mbox(tmp_path / "inbox.mbox", range(230))  # batches of 200 and 30
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    result = runner.invoke(app, ["mail", "import", str(box), "--db", db])
    assert result.exit_code == 130, result.output
    assert "Traceback" not in result.output
    assert "中断しました" in result.stderr
    assert (
        "メール 230 通のうち 200 通を処理し、新しい通知 200 件を記録に保存しました" in result.stderr
    )
    assert "同じコマンドをもう一度実行すると" in result.stderr
    companies, notices, ids = _saved(db)
    assert (len(companies), notices, ids) == (200, 200, 200)  # the second batch left nothing


def test_the_same_command_after_ctrl_c_continues_without_duplicates(tmp_path: Path) -> None:
    box = _mbox(tmp_path / "inbox.mbox", range(230))
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    first = _mbox(tmp_path / "first.mbox", range(200))  # what the interrupted run had saved
    assert runner.invoke(app, ["mail", "import", str(first), "--db", db]).exit_code == 0
    again = runner.invoke(app, ["mail", "import", str(box), "--db", db])
    assert again.exit_code == 0, again.output
    assert "新しい通知 30 件" in again.stderr and "取り込み済み 200 件" in again.stderr
    companies, notices, ids = _saved(db)
    assert (len(companies), notices, ids) == (230, 230, 230)
    once_more = runner.invoke(app, ["mail", "import", str(box), "--db", db])
    assert "新しい通知 0 件" in once_more.stderr and _saved(db)[1] == 230


def test_ctrl_c_while_reading_the_mbox_saved_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = _mbox(tmp_path / "inbox.mbox", range(5))
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    real = mailbox.mbox.get_bytes
    calls = {"n": 0}

    def get_bytes(self: mailbox.mbox, key: str, from_: bool = False) -> bytes:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(self, key, from_)

    monkeypatch.setattr(mailbox.mbox, "get_bytes", get_bytes)
    result = runner.invoke(app, ["mail", "import", str(box), "--db", db])
    assert result.exit_code == 130, result.output
    assert "まだ何も保存していません（0 件）" in result.stderr
    assert "同じコマンドをもう一度実行すると" in result.stderr
    assert _saved(db)[1] == 0


def test_ctrl_c_with_dry_run_says_nothing_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = _mbox(tmp_path / "inbox.mbox", range(2))

    def interrupted(self: mailbox.mbox, key: str, from_: bool = False) -> bytes:
        raise KeyboardInterrupt

    monkeypatch.setattr(mailbox.mbox, "get_bytes", interrupted)
    result = runner.invoke(app, ["mail", "import", str(box), "--dry-run"])
    assert result.exit_code == 130
    assert "--dry-run のため、何も保存していません" in result.stderr


@pytest.mark.imap
def test_ctrl_c_during_the_imap_fetch(
    imap_server: Imap, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from imapclient import IMAPClient

    def fetch(self: IMAPClient, *args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    db = migrated_sqlite(tmp_path / "db.sqlite3")
    args = ["mail", "import", "--imap", imap_server.host, "--port", str(imap_server.tls_port),
            "--user", imap_server.user, "--ca-file", str(imap_server.ca_file), "--db", db]  # fmt: skip
    env = {"FURIKAERI_IMAP_PASSWORD": imap_server.password}
    with monkeypatch.context() as patch:
        patch.setattr(IMAPClient, "fetch", fetch)
        result = runner.invoke(app, args, env=env)
    assert result.exit_code == 130, result.output
    assert "まだ何も保存していません（0 件）" in result.stderr
    assert _saved(db)[1] == 0
    again = runner.invoke(app, args, env=env)
    assert again.exit_code == 0, again.output
    filed = _saved(db)[1]
    assert filed > 0
    runner.invoke(app, args, env=env)
    assert _saved(db)[1] == filed


# --- a rejection at 書類 through an agent, from the CLI alone ---------------------------------

AGENT_DOCUMENTS = make_mail(
    subject="【株式会社ほしぞら】書類選考結果のご連絡", msgid="s13-agent", sender="佐藤花子",
    body="山田様\n\nいつもお世話になっております。リクルートエージェントの佐藤です。\n"
    "先日ご応募いただきました株式会社ほしぞらの書類選考の結果、誠に残念ながら今回は見送りと"
    "なりました。\n企業からのコメント：「ご経験は魅力的ですが、必須要件のマネジメント経験が"
    "不足していると判断しました。」\n\n引き続きよろしくお願いいたします。\n株式会社リクルート 佐藤花子",
)  # fmt: skip


def test_a_document_rejection_imported_from_an_agent_can_be_diagnosed_from_the_cli(
    tmp_path: Path,
) -> None:
    """No interview is recorded for a rejection at 書類: `diagnose <interview id>` had nothing
    to take, and the CLI could not show what the web's diagnosis page shows."""
    import json

    (tmp_path / "agent.eml").write_bytes(AGENT_DOCUMENTS)
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    imported = runner.invoke(app, ["mail", "import", str(tmp_path / "agent.eml"), "--db", db])
    assert imported.exit_code == 0, imported.output
    assert "furikaeri diagnose --rejection 1" in imported.stderr
    opened = store.open_store(db)
    with opened.session(readonly=True) as session:
        rejection = store.get_rejection(session, 1)
        assert (rejection.stage, rejection.interview_id) == ("書類", None)
        assert rejection.application.channel == "agent"
    opened.close()

    result = runner.invoke(app, ["diagnose", "--rejection", "1", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    top = data["causes"][0]
    assert (top["id"], top["level"]) == ("skills", "reply")
    assert "マネジメント経験が不足" in top["evidence"][0]["detail"]
    text = runner.invoke(app, ["diagnose", "--rejection", "1", "--db", db])
    assert text.exit_code == 0 and "書類" in text.stdout


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([], "どちらか一つ"),
        (["1", "--rejection", "1"], "どちらか一つ"),
        (["--rejection", "1", "--save"], "--save は面接の ID"),
        (["--rejection", "0"], "1 以上"),
        (["--rejection", "9"], "不採用の記録（ID 9）が見つかりません"),
    ],
)
def test_diagnose_takes_an_interview_or_a_rejection(
    tmp_path: Path, args: list[str], said: str
) -> None:
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    result = runner.invoke(app, ["diagnose", *args, "--db", db])
    assert result.exit_code in (1, 2), result.output
    assert said in result.output and "Traceback" not in result.output
