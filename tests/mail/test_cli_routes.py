"""The routes a rejection really takes, from the CLI: an agent's forwarded notice, a 書類
rejection, a notice signed by a person or saying questions are not answered, forwarded mail
over IMAP, and which date decides the timing advice."""

from __future__ import annotations

import datetime as dt
import imaplib
import json
import ssl
from datetime import date, datetime
from pathlib import Path

import pytest
from forward_samples import NOTICE, SUBJECT, forward_mails
from mail_samples import JST, Imap, make_mail
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app

runner = CliRunner()


def _eml(tmp_path: Path, name: str, raw: bytes) -> str:
    path = tmp_path / f"{name}.eml"
    path.write_bytes(raw)
    return str(path)


def _draft(tmp_path: Path, raw: bytes, *extra: str) -> dict[str, object]:
    args = ["mail", "draft", "--name", "山田 太郎", "--notice", _eml(tmp_path, "n", raw)]
    result = runner.invoke(app, [*args, "--json", *extra])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


@pytest.mark.parametrize("name", ["agent_quote", "agent_gmail"])
def test_draft_on_an_agents_forward_writes_to_the_advisor(tmp_path: Path, name: str) -> None:
    data = _draft(tmp_path, forward_mails()[name])
    body = str(data["body"])
    assert data["variant"] == "agent"
    assert body.startswith("佐藤様")
    assert "株式会社ミナトロジ" in body and "貴社" not in body and "採用ご担当者様" not in body
    assert data["to"] == "sato@careerlink.example"
    notes = " ".join(map(str, data["notes"]))  # type: ignore[call-overload]
    assert "10社に1社" not in notes


def test_draft_on_a_forwarded_notice_writes_to_the_signer_at_the_companys_address(
    tmp_path: Path,
) -> None:
    eml = tmp_path / "draft.eml"
    data = _draft(tmp_path, forward_mails()["gmail"], "--mailto", "--eml", str(eml))
    # The notice says questions are not answered: the thanks-only mail, asking for nothing.
    assert data["variant"] == "thanks"
    body = str(data["body"])
    assert "至らなかった点" not in body and "ありがとうございました" in body
    assert body.startswith("株式会社ミナトロジ\n中村様")
    assert data["to"] == "saiyo@minatologi.example"
    assert str(data["mailto"]).startswith("mailto:saiyo@minatologi.example?")
    assert b"To: saiyo@minatologi.example" in eml.read_bytes()
    # The notice says questions are not answered: the advice says so first.
    assert "お礼だけ" in str(data["notes"][0])  # type: ignore[index]


def test_draft_for_a_documents_rejection(tmp_path: Path) -> None:
    raw = make_mail(
        subject="書類選考の結果について",
        body="山田様\n\n書類選考の結果、今回はご期待に沿いかねる結果となりました。\n\n株式会社ほしぞら 人事部",
        msgid="docs1",
    )
    data = _draft(tmp_path, raw)
    assert "面接" not in str(data["body"]) + str(data["subject"])
    assert "応募書類" in str(data["body"])


def test_an_explicit_company_variant_on_an_agent_notice_warns(tmp_path: Path) -> None:
    path = _eml(tmp_path, "a", forward_mails()["agent_gmail"])
    args = ["mail", "draft", "--name", "山田", "--notice", path, "--variant", "standard"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "エージェント経由" in result.stderr


def test_classify_dates_a_notice_by_its_header_and_judges_its_age(tmp_path: Path) -> None:
    old = make_mail(
        subject="二次面接の結果について",
        body="山田様\n\n今回は見送らせていただくこととなりました。\n"
        "なお、応募書類は12月25日までに返却いたします。\n\n株式会社ほしぞら 人事部",
        msgid="old1",
        date=datetime(2026, 10, 1, 9, 0, tzinfo=JST),
    )
    path = _eml(tmp_path, "old", old)
    data = json.loads(runner.invoke(app, ["mail", "classify", path, "--json"]).stdout)
    assert data["date"] == "2026-10-01" and data["mentioned_date"] == "2026-12-25"
    text = runner.invoke(app, ["mail", "classify", path]).stdout
    assert "通知の日付: 2026年10月1日" in text
    if (dt.date.today() - date(2026, 10, 1)).days >= 7:
        assert "今日送るのが最適" not in text and "日たっています" in text


def test_classify_shows_the_forward_and_the_no_disclosure_line(tmp_path: Path) -> None:
    path = _eml(tmp_path, "f", forward_mails()["outlook_ja"])
    text = runner.invoke(app, ["mail", "classify", path]).stdout
    assert "不採用の通知" in text and "Outlook の転送" in text
    assert "お礼だけ" in text and "中村様" in text


def test_importing_an_agents_forward_files_an_agent_application(tmp_path: Path) -> None:
    db = migrated_sqlite(tmp_path / "m.sqlite3")
    path = _eml(tmp_path, "a", forward_mails()["agent_gmail"])
    result = runner.invoke(app, ["mail", "import", path, "--db", db])
    assert result.exit_code == 0, result.output
    opened = store.open_store(db)
    with opened.session(readonly=True) as s:
        (application,) = store.list_applications(s)
        assert application.company == "株式会社ミナトロジ"
        assert application.channel == "agent" and application.agent_name == "佐藤"
        assert application.agent_email == "sato@careerlink.example"
        (rejection,) = store.list_rejections(s)
        assert rejection.date == date(2026, 11, 20)
    opened.close()


def _append(imap: Imap, folder: str, mails: dict[str, bytes]) -> None:
    ctx = ssl.create_default_context(cafile=str(imap.ca_file))
    with imaplib.IMAP4_SSL(imap.host, imap.tls_port, ssl_context=ctx) as conn:
        conn.login(imap.user, imap.password)
        conn.create(folder)
        for raw in mails.values():
            conn.append(folder, "", imaplib.Time2Internaldate(datetime.now(tz=JST)), raw)


def test_forwarded_notices_over_imap(imap_server: Imap, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    mails = forward_mails()
    _append(imap_server, "Forwards", mails)
    monkeypatch.setenv("FURIKAERI_IMAP_PASSWORD", imap_server.password)
    args = [
        "mail", "import", "--imap", imap_server.host, "--port", str(imap_server.tls_port),
        "--user", imap_server.user, "--folder", "Forwards", "--ca-file", str(imap_server.ca_file),
        "--json", "--dry-run",
    ]  # fmt: skip
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == len(mails)
    for item in data:
        notice = item["notice"]
        assert notice["label"] == "rejection", item["subject"]
        assert notice["company"] == "株式会社ミナトロジ" and notice["date"] == "2026-11-20"
        assert notice["forwarded"]
        assert notice["via_agent"] == ("佐藤" in (item["from"] or ""))


def test_the_sample_notice_is_a_direct_rejection() -> None:
    from furikaeri.mail.notice import classify_notice

    assert classify_notice(subject=SUBJECT, body=NOTICE).label == "rejection"
