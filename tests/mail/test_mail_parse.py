"""Decoding real Japanese mail: charsets, transfer encodings, HTML-only, attachments, bad bytes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from mail_samples import make_mail

from furikaeri.mail.parse import MailParseError, decode_bytes, html_to_text, parse_message


@pytest.mark.parametrize(
    ("name", "subject", "fragment"),
    [
        ("iso2022", "一次面接の結果について", "採用を見送らせていただく"),
        ("sjis", "書類選考結果のお知らせ", "①次の面接"),  # cp932 character in 'Shift_JIS'
        ("base64", "内定のご連絡", "髙島屋ホールディングス株式会社"),
        ("qp", "一次面接のご案内", "日時：12月10日(木)14:00〜"),
    ],
)
def test_each_encoding_decodes(
    mails: dict[str, bytes], name: str, subject: str, fragment: str
) -> None:
    parsed = parse_message(mails[name])
    assert parsed.subject == subject
    assert fragment in parsed.body_text
    assert parsed.from_ is not None and "saiyo@example.co.jp" in parsed.from_
    assert "\r" not in parsed.body_text


def test_html_only_body_becomes_text(mails: dict[str, bytes]) -> None:
    parsed = parse_message(mails["html"])
    assert parsed.html_only
    assert "今回はご期待に沿えない結果となりました" in parsed.body_text
    assert "color" not in parsed.body_text and "<" not in parsed.body_text
    assert parsed.body_text.splitlines()[0] == "山田様"


def test_attachments_are_skipped_but_named(mails: dict[str, bytes]) -> None:
    parsed = parse_message(mails["base64"])
    assert parsed.attachments == ("労働条件通知書.pdf",)
    assert "PDF" not in parsed.body_text


def test_header_fields(mails: dict[str, bytes]) -> None:
    parsed = parse_message(mails["iso2022"])
    assert parsed.message_id == "<iso2022@example.co.jp>"
    assert parsed.to == "taro@example.jp"
    assert parsed.date == datetime(2026, 11, 2, 9, 0, tzinfo=timezone(timedelta(hours=9)))
    assert parsed.to_dict()["date"] == "2026-11-02T09:00:00+09:00"


def test_raw_8bit_shift_jis_subject_is_decoded() -> None:
    raw = "Subject: 選考結果のご連絡\r\nFrom: a@example.jp\r\n\r\n本文です。\r\n".encode("cp932")
    parsed = parse_message(raw)
    assert parsed.subject == "選考結果のご連絡"
    assert parsed.body_text == "本文です。"


def test_undeclared_iso_2022_jp_body_is_detected() -> None:
    raw = b"Subject: test\r\nFrom: a@example.jp\r\n\r\n" + "今回は見送りとなりました。".encode(
        "iso2022_jp"
    )
    assert parse_message(raw).body_text == "今回は見送りとなりました。"


def test_multipart_alternative_prefers_plain_text() -> None:
    raw = (
        b'Subject: x\r\nFrom: a@example.jp\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b'--b\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n' + "平文".encode() + b"\r\n"
        b'--b\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<p>'
        + b"HTML"
        + b"</p>\r\n--b--\r\n"
    )
    parsed = parse_message(raw)
    assert (parsed.body_text, parsed.html_only) == ("平文", False)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "空"),
        (b"   \r\n", "空"),
        (b"\x00\x01\x02binary", "バイナリ"),
        ("ただの文章です。ヘッダーはありません。".encode(), "ヘッダー"),
    ],
)
def test_what_is_not_a_mail_is_refused_clearly(raw: bytes, message: str) -> None:
    with pytest.raises(MailParseError, match=message):
        parse_message(raw)


def test_undecodable_body_is_refused_clearly() -> None:
    raw = (
        b'Subject: x\r\nFrom: a@example.jp\r\nContent-Type: text/plain; charset="utf-8"\r\n\r\n'
        + bytes(range(0x80, 0xFF)) * 4
    )
    with pytest.raises(MailParseError, match="文字コード"):
        parse_message(raw)


def test_unknown_charset_falls_back_to_guessing() -> None:
    assert decode_bytes("内定".encode("cp932"), "x-unknown-charset") == "内定"


@pytest.mark.parametrize("codec", ["utf-8", "cp932"])
def test_japanese_mislabelled_as_latin1(codec: str) -> None:
    assert decode_bytes("選考結果".encode(codec), "ISO-8859-1") == "選考結果"


def test_euc_jp() -> None:
    assert decode_bytes("見送り".encode("euc_jp"), "EUC-JP") == "見送り"


def test_html_to_text_keeps_blocks_and_unescapes() -> None:
    html = "<div>山田様</div><script>alert(1)</script><p>A&amp;B&nbsp;社<br>二行目</p>"
    assert html_to_text(html).split("\n") == ["山田様", "", "A&B\xa0社", "二行目"]


def test_make_mail_helper_is_a_real_mail() -> None:
    raw = make_mail(subject="件名", body="本文", msgid="x")
    assert raw.startswith(b"From: ") and b"\r\n\r\n" in raw


# --- hostile files: UTF-16, NUL bytes, empty (a mail or a clear message, never a traceback) ---

HOSTILE_NOTICE = make_mail(
    subject="【株式会社ほしぞら】一次面接の結果",
    msgid="hostile",
    body="山田様\n\n慎重に検討しました結果、今回は採用を見送らせていただきます。\n\n株式会社ほしぞら 人事部",
)


def _utf16(raw: bytes, codec: str, bom: bytes = b"") -> bytes:
    """The mail as a Windows editor saves it ("Unicode"): the whole file in UTF-16."""
    return bom + raw.decode("utf-8").encode(codec)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(_utf16(HOSTILE_NOTICE, "utf-16"), id="utf-16 with BOM"),
        pytest.param(_utf16(HOSTILE_NOTICE, "utf-16-le"), id="utf-16-le, no BOM"),
        pytest.param(_utf16(HOSTILE_NOTICE, "utf-16-be"), id="utf-16-be, no BOM"),
        pytest.param(_utf16(HOSTILE_NOTICE, "utf-16-be", b"\xfe\xff"), id="utf-16-be with BOM"),
        pytest.param(
            HOSTILE_NOTICE.replace("今回".encode(), "今\x00回".encode()), id="NUL in body"
        ),
        pytest.param(HOSTILE_NOTICE.replace(b"Subject:", b"Sub\x00ject:"), id="NUL in header"),
        pytest.param(HOSTILE_NOTICE + b"\x00" * 8, id="NULs at the end"),
    ],
)
def test_a_utf16_or_nul_laden_mail_is_read_as_the_mail_it_is(raw: bytes) -> None:
    assert parse_message(raw) == parse_message(HOSTILE_NOTICE)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\x00" * 64, "バイナリ"),
        (b"\xff\xfe", "空"),  # a UTF-16 BOM and nothing else
        ("   \r\n".encode("utf-16"), "空"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "バイナリ"),
    ],
)
def test_an_empty_or_binary_file_is_a_clear_message(raw: bytes, message: str) -> None:
    with pytest.raises(MailParseError, match=message):
        parse_message(raw)
