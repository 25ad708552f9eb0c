"""Import from .eml files, an mbox and a real dovecot IMAP server (read-only)."""

from __future__ import annotations

import mailbox
import ssl
from datetime import date
from pathlib import Path

import pytest
from mail_samples import Imap, make_mail

from furikaeri.mail.importer import (
    ImportedMail,
    MailImportError,
    iter_eml_files,
    iter_imap,
    iter_mbox,
)

EXPECTED = {
    "<iso2022@example.co.jp>": ("rejection", "一次"),
    "<sjis@example.co.jp>": ("pass", "書類"),
    "<b64@example.co.jp>": ("offer", "最終"),
    "<qp@example.co.jp>": ("interview_invite", "一次"),
    "<html@example.co.jp>": ("rejection", "二次"),
}


def _labels(items: list[ImportedMail]) -> dict[str | None, tuple[str, str | None] | None]:
    return {
        i.parsed.message_id: (i.notice.label, i.notice.stage) if i.notice else None for i in items
    }


def _write_emls(tmp_path: Path, mails: dict[str, bytes]) -> Path:
    folder = tmp_path / "mails"
    folder.mkdir()
    for name, raw in mails.items():
        (folder / f"{name}.eml").write_bytes(raw)
    return folder


def _write_mbox(path: Path, mails: dict[str, bytes]) -> Path:
    box = mailbox.mbox(str(path))
    for raw in mails.values():
        box.add(raw)
    box.close()
    return path


def test_eml_folder_is_classified_and_other_mail_has_no_notice(
    tmp_path: Path, mails: dict[str, bytes]
) -> None:
    items = list(iter_eml_files([_write_emls(tmp_path, mails)]))
    assert _labels(items) == {**EXPECTED, "<news@example.co.jp>": None}
    assert all(i.source.endswith(".eml") for i in items)


def test_mbox(tmp_path: Path, mails: dict[str, bytes]) -> None:
    items = list(iter_mbox(_write_mbox(tmp_path / "box.mbox", mails)))
    assert _labels(items) == {**EXPECTED, "<news@example.co.jp>": None}
    assert items[0].source.endswith("box.mbox#1")


def test_duplicates_are_skipped_by_message_id_across_sources(
    tmp_path: Path, mails: dict[str, bytes]
) -> None:
    seen: set[str] = set()
    first = list(iter_eml_files([_write_emls(tmp_path, mails)], seen=seen))
    again = list(iter_mbox(_write_mbox(tmp_path / "box.mbox", mails), seen=seen))
    assert len(first) == len(mails) and again == []


def test_empty_mbox_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty.mbox").write_bytes(b"")
    with pytest.raises(MailImportError, match="空"):
        list(iter_mbox(tmp_path / "empty.mbox"))


def test_a_file_that_is_not_an_mbox(tmp_path: Path) -> None:
    (tmp_path / "x.mbox").write_text("こんにちは")
    with pytest.raises(MailImportError, match="mbox 形式ではありません"):
        list(iter_mbox(tmp_path / "x.mbox"))


def test_a_malformed_mail_raises_or_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.eml"
    bad.write_bytes(b"\x00\x01\x02")
    good = tmp_path / "good.eml"
    good.write_bytes(make_mail(subject="内定のご連絡", body="内定です。", msgid="good"))
    with pytest.raises(MailImportError, match=r"bad\.eml"):
        list(iter_eml_files([bad, good]))
    errors: list[str] = []
    items = list(iter_eml_files([bad, good], on_error=lambda src, exc: errors.append(src)))
    assert [i.parsed.message_id for i in items] == ["<good@example.co.jp>"]
    assert errors == [str(bad)]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MailImportError, match="見つかりません"):
        list(iter_eml_files([tmp_path / "nope.eml"]))


# --- IMAP -----------------------------------------------------------------------------------


def _flags(server: Imap) -> dict[int, tuple[bytes, ...]]:
    from imapclient import IMAPClient

    ctx = ssl.create_default_context(cafile=str(server.ca_file))
    with IMAPClient(server.host, port=server.tls_port, ssl=True, ssl_context=ctx) as client:
        client.login(server.user, server.password)
        client.select_folder("INBOX", readonly=True)
        return {
            uid: data[b"FLAGS"]
            for uid, data in client.fetch(client.search("ALL"), ["FLAGS"]).items()
        }


def _ctx(server: Imap) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file))


@pytest.mark.imap
def test_imap_over_tls_reads_everything_and_marks_nothing_seen(imap_server: Imap) -> None:
    progress: list[tuple[int, int]] = []
    items = list(
        iter_imap(
            host=imap_server.host, port=imap_server.tls_port, user=imap_server.user,
            password=imap_server.password, ssl_context=_ctx(imap_server),
            progress=lambda done, total: progress.append((done, total)),
        )
    )  # fmt: skip
    assert _labels(items) == {**EXPECTED, "<news@example.co.jp>": None}
    assert items[0].source.startswith("imap://127.0.0.1/INBOX;UID=")
    assert progress[-1] == (6, 6)
    flags = _flags(imap_server)
    assert len(flags) == 6
    assert all(b"\\Seen" not in f and b"\\Deleted" not in f for f in flags.values())


@pytest.mark.imap
def test_imap_starttls_and_since(imap_server: Imap) -> None:
    items = list(
        iter_imap(
            host=imap_server.host, port=imap_server.port, user=imap_server.user,
            password=imap_server.password, starttls=True, ssl_context=_ctx(imap_server),
            since=date(2026, 11, 18),
        )
    )  # fmt: skip
    assert {i.parsed.message_id for i in items} == {
        "<b64@example.co.jp>", "<qp@example.co.jp>", "<html@example.co.jp>", "<news@example.co.jp>",
    }  # fmt: skip
    assert all(b"\\Seen" not in f for f in _flags(imap_server).values())


@pytest.mark.imap
def test_imap_wrong_password_is_a_clear_error_without_the_password(imap_server: Imap) -> None:
    with pytest.raises(MailImportError, match="ログインできません") as info:
        list(
            iter_imap(
                host=imap_server.host, port=imap_server.tls_port, user=imap_server.user,
                password="wrong-secret-123", ssl_context=_ctx(imap_server),
            )
        )  # fmt: skip
    assert "wrong-secret-123" not in str(info.value)


@pytest.mark.imap
def test_imap_untrusted_certificate_is_refused(imap_server: Imap) -> None:
    # Still named a certificate problem (unlike TLS spoken to a plain port).
    with pytest.raises(MailImportError, match="TLS") as info:
        list(
            iter_imap(
                host=imap_server.host, port=imap_server.tls_port, user=imap_server.user,
                password=imap_server.password,
            )
        )  # fmt: skip
    assert "証明書" in str(info.value)


@pytest.mark.imap
def test_imap_missing_folder(imap_server: Imap) -> None:
    with pytest.raises(MailImportError, match="フォルダー"):
        list(
            iter_imap(
                host=imap_server.host, port=imap_server.tls_port, user=imap_server.user,
                password=imap_server.password, ssl_context=_ctx(imap_server), folder="NoSuch",
            )
        )  # fmt: skip


def test_imap_unreachable_host_is_a_clear_error() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(MailImportError, match="接続できません"):
        list(iter_imap(host="127.0.0.1", port=port, user="u", password="p", timeout=5))


def test_imap_unknown_host_is_a_clear_error() -> None:
    with pytest.raises(MailImportError, match=r"見つかりません|接続"):
        list(iter_imap(host="no-such-host.invalid", user="u", password="p", timeout=5))
