"""Mail that names a codec which is not a character set (charset=idna, rot13, hex, undefined…)
or carries NUL bytes: read as an unknown charset or reported for that mail alone; the import
goes on and saves the rest; an upload is a field error, never a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
from mail_samples import make_mail
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app
from furikaeri.mail.parse import MailParseError, parse_message

BODY = "山田様\n\n慎重に検討しました結果、今回は採用を見送らせていただきます。\n\n株式会社ほしぞら 人事部"
NOT_CHARSETS = [
    "idna", "rot13", "hex", "undefined", "base64", "zlib", "punycode", "unicode_escape",
    "raw-unicode-escape", "bz2", "uu", "quopri", "no-such-charset",
]  # fmt: skip


def _mail(charset: str, msgid: str, body: str = BODY) -> bytes:
    return make_mail(
        subject="【株式会社ほしぞら】選考結果のご連絡", body=body, msgid=msgid, charset=charset,
        codec="utf-8",
    )  # fmt: skip


@pytest.mark.parametrize("charset", NOT_CHARSETS)
def test_a_codec_that_is_not_a_charset_is_read_as_unknown(charset: str) -> None:
    parsed = parse_message(_mail(charset, charset))
    assert "見送らせて" in parsed.body_text
    assert parsed.subject == "【株式会社ほしぞら】選考結果のご連絡"


def test_nul_bytes_are_a_per_mail_error_or_dropped() -> None:
    with pytest.raises(MailParseError):
        parse_message(b"\x00\x00From: x\r\n\x00")  # mostly NUL: a binary file
    early = parse_message(b"From: a@example.jp\r\nSubject: x\r\n\r\n\x00\x00")
    assert (early.subject, early.body_text) == ("x", "")  # a mail: its NULs are dropped
    late = _mail("utf-8", "late-nul", BODY + "\n" + "あ" * 3000 + "\x00")
    assert "\x00" not in parse_message(late).body_text  # PostgreSQL refuses NUL in text


def test_import_reads_the_good_mails_beside_the_bad_ones(tmp_path: Path) -> None:
    folder = tmp_path / "mails"
    folder.mkdir()
    for charset in NOT_CHARSETS:
        (folder / f"{charset}.eml").write_bytes(_mail(charset, charset))
    (folder / "binary.eml").write_bytes(b"\x00\x01\x02From: x")
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    result = CliRunner().invoke(app, ["mail", "import", str(folder), "--db", db])
    assert result.exit_code == 1, result.output  # one unreadable mail: reported, not fatal
    assert "Traceback" not in result.output
    assert "binary.eml" in result.stderr
    with store.open_store(db).session(readonly=True) as session:
        companies = {a.company for a in store.list_applications(session)}
    assert companies == {"株式会社ほしぞら"}  # duplicates by company: one application


def test_classify_a_mail_with_charset_undefined(tmp_path: Path) -> None:
    path = tmp_path / "u.eml"
    path.write_bytes(_mail("undefined", "u"))
    result = CliRunner().invoke(app, ["mail", "classify", str(path)])
    assert result.exit_code == 0, result.output
    assert "不採用" in result.output


def test_uploading_such_a_mail_is_never_a_500(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
    from web_helpers import Client, make_settings

    from furikaeri.web.app import create_app

    with Client(create_app(make_settings(tmp_path))) as client:
        for charset in ["undefined", "idna", "rot13"]:
            files = {"eml": ("n.eml", _mail(charset, f"web-{charset}"), "message/rfc822")}
            data = {"csrf_token": client.csrf(), "stage": "一次"}
            response = client.post("/rejection", data=data, files=files)
            assert response.status_code < 500, (charset, response.status_code)
        bad = {"eml": ("n.eml", b"From: a\r\nContent-Type: text/plain; charset=undefined\r\n"
                       b"Subject: =?undefined?b?5LiN?=\r\n\r\n\xff\xfe", "message/rfc822")}  # fmt: skip
        response = client.post("/rejection", data={"csrf_token": client.csrf()}, files=bad)
        assert response.status_code < 500


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--name", "山田\r\nBcc: x@example.jp"),
        ("--company", "株式会社\nA"),
        ("--to", "a@example.jp\r\nBcc: x@example.jp"),
        ("--email", "me@example.jp\nBcc: x@example.jp"),
        ("--agent-name", "鈴木\r\n"),
    ],
)
def test_mail_draft_refuses_a_line_break_in_a_name_or_address(
    tmp_path: Path, option: str, value: str
) -> None:
    args = ["mail", "draft", "--name", "山田", "--company", "株式会社A", "--variant", "agent"]
    args += [option, value, "--eml", str(tmp_path / "d.eml")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2, result.output
    assert "改行" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "d.eml").exists()
