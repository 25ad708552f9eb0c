"""IMAP and mail headers as people meet them: TLS on a plain port, a Japanese folder name that
does not exist, a personal mail without a company, a folded From."""

from __future__ import annotations

import logging
import ssl

import pytest
from mail_samples import Imap, make_mail

from furikaeri.mail.importer import MailImportError, classify_parsed, iter_imap
from furikaeri.mail.parse import parse_message


def _ctx(server: Imap) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=str(server.ca_file))


@pytest.mark.imap
def test_tls_on_a_plain_port_is_named_as_such_not_as_a_certificate_problem(
    imap_server: Imap,
) -> None:
    with pytest.raises(MailImportError) as info:
        list(
            iter_imap(
                host=imap_server.host, port=imap_server.port, user=imap_server.user,
                password=imap_server.password, ssl_context=_ctx(imap_server), timeout=10,
            )
        )  # fmt: skip
    message = str(info.value)
    assert "証明書" not in message
    assert "--starttls" in message and "993" in message


@pytest.mark.imap
def test_a_missing_japanese_folder_is_one_clear_error_without_library_warnings(
    imap_server: Imap, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(MailImportError, match="フォルダーを開けません: 就職活動"):
        list(
            iter_imap(
                host=imap_server.host, port=imap_server.tls_port, user=imap_server.user,
                password=imap_server.password, ssl_context=_ctx(imap_server), folder="就職活動",
            )
        )  # fmt: skip
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not warnings, [r.getMessage() for r in warnings]
    out, err = capfd.readouterr()
    assert "decode" not in (out + err).lower()


def test_a_personal_mail_without_a_company_is_not_a_recruiting_mail() -> None:
    raw = make_mail(
        subject="来週の面接の練習、付き合うよ", sender="山田花子", msgid="personal",
        body="太郎へ\n\n来週の面接、緊張するよね。練習なら付き合うから声かけて。\n\n花子",
    )  # fmt: skip
    assert classify_parsed(parse_message(raw)) is None


def test_a_folded_from_keeps_the_space_before_the_address() -> None:
    raw = (
        b"From: =?utf-8?b?5qCq5byP5Lya56S+44G744GX44Ge44KJ?=\r\n <saiyo@example.co.jp>\r\n"
        b"Subject: =?utf-8?b?6YG46ICD57WQ5p6c?=\r\n =?utf-8?b?44Gu44GU6YCj57Wh?=\r\n"
        b"Date: Mon, 30 Nov 2026 10:00:00 +0900\r\n\r\nbody\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.from_ == "株式会社ほしぞら <saiyo@example.co.jp>"
    assert parsed.subject == "選考結果のご連絡"
