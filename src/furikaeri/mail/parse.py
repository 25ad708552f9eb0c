"""Decode real Japanese mail into text: ISO-2022-JP, Shift_JIS/cp932, EUC-JP, UTF-8, QP, base64,
HTML-only bodies (converted with the stdlib ``html.parser``); attachments are skipped. Pure."""

from __future__ import annotations

import email
import email.header
import email.utils
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import Message
from html.parser import HTMLParser

from furikaeri.errors import FurikaeriError
from furikaeri.text_chars import text_only

# Declared charsets that lie: Japanese mail labelled iso-2022-jp or shift_jis routinely contains
# vendor characters (①, ㈱, 髙) only the wider codecs know.
_WIDER = {
    "iso-2022-jp": ("iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3"),
    "shift_jis": ("cp932", "shift_jis_2004"),
    "shift-jis": ("cp932", "shift_jis_2004"),
    "sjis": ("cp932",),
    "x-sjis": ("cp932",),
    "euc-jp": ("euc_jis_2004", "cp932"),
}
_GUESSES = ("utf-8", "cp932", "euc_jis_2004")
_LATIN = {"iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"}
_KEY_HEADERS = ("from", "to", "subject", "date", "message-id", "mime-version", "content-type")


class MailParseError(FurikaeriError, ValueError):
    """The bytes are not a readable mail (the message is Japanese and user-facing)."""


class NoHeadersError(MailParseError):
    """Text with no mail header at all: a body saved on its own (:func:`parse_mail_or_body`)."""


@dataclass(frozen=True)
class ParsedMail:
    message_id: str | None
    subject: str | None
    from_: str | None
    to: str | None
    date: datetime | None
    body_text: str
    html_only: bool = False
    attachments: tuple[str, ...] = field(default_factory=tuple)
    reply_to: str | None = None
    headers: bool = True  # False: a body saved on its own (no subject, sender or date)

    def to_dict(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "subject": self.subject,
            "from": self.from_,
            "to": self.to,
            "date": self.date.isoformat() if self.date else None,
            "html_only": self.html_only,
            "attachments": list(self.attachments),
        }


def parse_message(raw: bytes) -> ParsedMail:
    """Parse one RFC 5322 message; raises MailParseError for bytes that are not a mail."""
    raw = utf16_as_utf8(raw)
    if not raw.strip():
        raise MailParseError("メールが空です。")
    if _looks_binary(raw[:4096]):
        raise MailParseError("メールではなくバイナリファイルのようです。")
    # A mail never holds NUL (RFC 5322); one that slipped in (a broken mailer, a copy) is
    # dropped, as in the decoded text, rather than refusing the whole mail.
    raw = raw.replace(b"\x00", b"")
    try:
        return _parse(raw)
    except MailParseError:
        raise
    except (LookupError, ValueError) as exc:  # UnicodeError is a ValueError
        # A header or part the stdlib cannot take apart: this mail is skipped, not the import.
        raise MailParseError(f"メールを読み取れません（{type(exc).__name__}）。") from exc


def parse_mail_or_body(raw: bytes) -> ParsedMail:
    """A file as a user saves a mail: the whole mail, or its body alone (copied into a text
    file, or a .eml saved without headers), which has no subject, sender, date or Message-ID.
    `mail classify` and `mail import` both read files so, and agree on them."""
    try:
        return parse_message(raw)
    except NoHeadersError:
        text = decode_bytes(utf16_as_utf8(raw), None).strip()
        return ParsedMail(message_id=None, subject=None, from_=None, to=None, date=None,
                          body_text=text, headers=False)  # fmt: skip


_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Control bytes a text mail does not contain (tab, LF, FF, CR and ISO-2022-JP's ESC are text).
_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B})


def utf16_as_utf8(raw: bytes) -> bytes:
    """A mail saved in UTF-16 (a Windows editor's "Unicode"), with or without its BOM, as the
    UTF-8 bytes of the same text; any other bytes unchanged. Without a BOM, the ASCII header
    lines give it away: every other byte is zero."""
    codec = next((c for bom, c in _UTF16_BOMS if raw.startswith(bom)), None)
    body = raw[2:] if codec else raw
    codec = codec or _utf16_without_bom(raw[:1024])
    if codec is None:
        return raw
    try:
        return body.decode(codec).replace("\x00", "").encode("utf-8")
    except UnicodeError as exc:  # an odd length, a lone surrogate: not UTF-16 after all
        if body is raw:
            return raw
        raise MailParseError("UTF-16 のファイルとして読み取れません。") from exc


def _utf16_without_bom(head: bytes) -> str | None:
    if len(head) < 16:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / len(head[1::2])
    if odd > 0.3 and even < 0.02:
        return "utf-16-le"
    if even > 0.3 and odd < 0.02:
        return "utf-16-be"
    return None


def _looks_binary(head: bytes) -> bool:
    """More than a tenth control bytes (NUL included): an image, an archive, not a mail."""
    return sum(byte in _CONTROL for byte in head) * 10 > len(head)


def _parse(raw: bytes) -> ParsedMail:
    msg = email.message_from_bytes(raw)
    if not any(msg.get(h) is not None for h in _KEY_HEADERS):
        raise NoHeadersError("メールのヘッダー（From・Subject・Date など）が見つかりません。")
    body, html_only, attachments = _body(msg)
    return ParsedMail(
        message_id=_clean_id(msg.get("Message-ID")),
        subject=_header(msg, "Subject"),
        from_=_header(msg, "From"),
        to=_header(msg, "To"),
        date=_date(msg.get("Date")),
        body_text=body,
        html_only=html_only,
        attachments=tuple(attachments),
        reply_to=_header(msg, "Reply-To"),
    )


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, its wider relatives, then common guesses; without
    control characters (ISO-2022-JP's ESC is the codec's, gone once decoded; one left went
    on into a company name, a terminal, a header)."""
    for name in _candidates(charset, data):
        try:
            return text_only(data.decode(name))
        except (LookupError, ValueError):  # UnicodeError included
            continue
    text = data.decode(charset if charset and _known(charset) else "utf-8", errors="replace")
    text = text_only(text)
    if text.count("\ufffd") > max(3, len(text) // 10):
        raise MailParseError(f"本文の文字コード（{charset or '不明'}）を解読できません。")
    return text


def _candidates(charset: str | None, data: bytes) -> list[str]:
    names: list[str] = []
    if charset:
        cs = charset.lower().strip()
        if cs in _LATIN and any(b > 0x7F for b in data):
            names += ["utf-8", "cp932"]  # Japanese text mislabelled by the sending program
        names += [cs, *_WIDER.get(cs, ())]
    if b"\x1b$" in data:  # ISO-2022-JP escape without a declared charset
        names += ["iso2022_jp_2", "iso2022_jp_ext"]
    names += list(_GUESSES)
    return list(dict.fromkeys(n for n in names if _known(n)))


# Codecs Python knows that are not a character set a mail can be written in: a label naming
# one (charset=idna, rot13, hex, undefined…) is treated as an unknown charset.
_NOT_CHARSETS = frozenset(
    {"undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape", "mbcs", "oem"}
)


def _known(name: str | None) -> bool:
    """True for a real text charset (codecs also knows rot13, hex, zlib and the like)."""
    import codecs

    if not name:
        return False
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return False
    real = info.name.replace("-", "_") not in _NOT_CHARSETS
    return bool(getattr(info, "_is_text_encoding", True)) and real


def _header(msg: Message, name: str) -> str | None:
    value = msg.get(name)
    if value is None:
        return None
    parts = []
    # A Header object (raw 8-bit bytes in the header) keeps its bytes; str() would lose them.
    # Unfold first (RFC 5322: a line break before white space is removed, the space kept):
    # decode_header drops the break and its space together, which glued a folded display
    # name to its address (山田<a@example.jp>).
    source = value if isinstance(value, email.header.Header) else _unfold(str(value))
    for chunk, cs in email.header.decode_header(source):
        if isinstance(chunk, bytes):
            try:
                parts.append(decode_bytes(chunk, cs))
            except MailParseError:
                parts.append(chunk.decode("utf-8", errors="replace"))
        else:
            parts.append(chunk)
    text = text_only(_raw_8bit("".join(parts)))
    return re.sub(r"\s*\n\s*", " ", text).strip() or None


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n(?=[ \t])", "", value)


def _raw_8bit(text: str) -> str:
    """Undo the parser's surrogateescape on raw 8-bit (unencoded Shift_JIS/UTF-8) headers."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    data = text.encode("utf-8", errors="surrogateescape")
    try:
        return decode_bytes(data, None)
    except MailParseError:
        return data.decode("utf-8", errors="replace")


def _clean_id(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None


def _body(msg: Message) -> tuple[str, bool, list[str]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        if _is_attachment(part):
            attachments.append(_filename(part))
            continue
        ctype = part.get_content_type()
        if ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(html_to_text(_part_text(part)))
    if plain:
        return _tidy("\n".join(plain)), False, attachments
    if html:
        return _tidy("\n".join(html)), True, attachments
    return "", False, attachments


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    if disposition.startswith("attachment"):
        return True
    if part.get_filename():
        return True
    return part.get_content_maintype() not in ("text",)


def _filename(part: Message) -> str:
    name = part.get_filename()
    if not name:
        return part.get_content_type()
    return _header_text(name)


def _header_text(value: str) -> str:
    chunks = email.header.decode_header(value)
    return "".join(decode_bytes(c, cs) if isinstance(c, bytes) else c for c, cs in chunks)


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    return decode_bytes(payload, part.get_content_charset())


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t\u3000]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


_BLOCK = {"br", "p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote"}
_SKIP = {"script", "style", "head", "title"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, one line per block element."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.out).split("\n"))
    return "\n".join(lines).strip("\n")
