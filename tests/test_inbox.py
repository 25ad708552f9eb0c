"""`furikaeri mail import` files recruiting notices in the store: reopen the DB and look."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app

JST = timezone(timedelta(hours=9))
runner = CliRunner()


def _eml(
    folder: Path,
    name: str,
    *,
    subject: str,
    body: str,
    sender: str,
    msgid: str,
    charset: str = "utf-8",
) -> Path:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = "山田太郎 <taro@example.com>"
    msg["Date"] = format_datetime(datetime(2026, 11, 20, 18, 5, tzinfo=JST))
    msg["Message-ID"] = msgid
    msg.set_content(body, charset=charset)
    path = folder / name
    path.write_bytes(bytes(msg))
    return path


def _mails(folder: Path) -> None:
    _eml(
        folder,
        "reject.eml",
        subject="【株式会社ソラマチ電機】一次面接の結果について",
        body="山田様\n\n先日は一次面接にお越しいただきありがとうございました。\n慎重に検討いたしました結果、"
        "誠に残念ながら今回はご期待に沿えない結果となりました。\n\n株式会社ソラマチ電機 人事部",
        sender="株式会社ソラマチ電機 採用担当 <saiyo@sora.example>",
        msgid="<r1@sora.example>",
        charset="iso-2022-jp",
    )
    _eml(
        folder,
        "invite.eml",
        subject="二次面接のご案内",
        body="山田様\n\n書類選考を通過されましたので、一次面接のご案内をお送りします。\n"
        "下記の日程からご都合の良い日時をお知らせください。\n\nこまち保育サービス株式会社 採用チーム",
        sender="こまち保育サービス株式会社 <jinji@komachi.example>",
        msgid="<i1@komachi.example>",
    )
    _eml(
        folder,
        "news.eml",
        subject="今週のセール情報",
        body="ポイント2倍キャンペーン開催中！",
        sender="ショップ <news@shop.example>",
        msgid="<n1@shop.example>",
    )


def test_import_files_notices_and_rejections(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _mails(folder)
    db = f"sqlite:///{tmp_path / 'f.sqlite3'}"
    result = runner.invoke(app, ["mail", "import", str(folder), "--db", db])
    assert result.exit_code == 0, result.output
    assert "記録に保存しました" in result.output

    saved = store.open_store(db)
    with saved.session(readonly=True) as s:
        apps = {a.company: a for a in store.list_applications(s)}
        assert set(apps) == {"株式会社ソラマチ電機", "こまち保育サービス株式会社"}
        assert apps["株式会社ソラマチ電機"].status == "rejected"
        (rejection,) = store.list_rejections(s)
        assert rejection.application.company == "株式会社ソラマチ電機"
        assert rejection.stage == "一次"
        assert len(store.list_notices(s)) == 2  # the shop newsletter is not recruiting mail
    saved.close()

    again = runner.invoke(app, ["mail", "import", str(folder), "--db", db])
    assert again.exit_code == 0 and "取り込み済み 2 件" in again.output
    saved = store.open_store(db)
    with saved.session(readonly=True) as s:
        assert len(store.list_notices(s)) == 2 and len(store.list_rejections(s)) == 1
    saved.close()


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    _mails(folder)
    db = tmp_path / "f.sqlite3"
    result = runner.invoke(
        app, ["mail", "import", str(folder), "--dry-run", "--db", f"sqlite:///{db}"]
    )
    assert result.exit_code == 0 and "記録に保存" not in result.output
    assert not db.exists()
