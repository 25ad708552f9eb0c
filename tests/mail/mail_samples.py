"""Sample Japanese mails as real RFC 5322 bytes, shared by the mail tests (imported by name:
tests/mail is on sys.path)."""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

JST = timezone(timedelta(hours=9))


def _encoded_word(text: str, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode('ascii')}?="


def _encode_body(text: str, charset: str, cte: str) -> bytes:
    data = text.replace("\n", "\r\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def make_mail(
    *,
    subject: str,
    body: str,
    msgid: str,
    charset: str = "utf-8",
    cte: str = "8bit",
    subtype: str = "plain",
    date: datetime | None = None,
    attachment: tuple[str, bytes] | None = None,
    sender: str = "採用担当",
    codec: str | None = None,
) -> bytes:
    """A real mail as a Japanese mailer writes it (encoded-word headers, CRLF). ``codec``
    encodes while ``charset`` is declared: real 'Shift_JIS' mail is cp932 (①, 髙)."""
    codec = codec or charset
    when = date or datetime(2026, 11, 20, 10, 0, tzinfo=JST)
    head = [
        f"From: {_encoded_word(sender, codec).replace(f'?{codec}?', f'?{charset}?')} <saiyo@example.co.jp>",
        "To: taro@example.jp",
        f"Subject: {_encoded_word(subject, codec)}".replace(f"?{codec}?", f"?{charset}?"),
        f"Date: {format_datetime(when)}",
        f"Message-ID: <{msgid}@example.co.jp>",
        "MIME-Version: 1.0",
    ]
    part = (
        f'Content-Type: text/{subtype}; charset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {cte}\r\n\r\n"
    ).encode("ascii") + _encode_body(body, codec, cte)
    if attachment is None:
        return ("\r\n".join(head) + "\r\n").encode("ascii") + part
    name, data = attachment
    fname = _encoded_word(name, "utf-8")
    att = (
        f'Content-Type: application/pdf; name="{fname}"\r\n'
        f'Content-Disposition: attachment; filename="{fname}"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n"
    ).encode("ascii") + base64.encodebytes(data)
    head.append('Content-Type: multipart/mixed; boundary="==b0und=="')
    return (
        ("\r\n".join(head) + "\r\n\r\n--==b0und==\r\n").encode("ascii")
        + part
        + b"\r\n--==b0und==\r\n"
        + att
        + b"\r\n--==b0und==--\r\n"
    )


REJECTION_ISO = "株式会社みどり電機 人事部の田中です。\n一次面接にお越しいただき、ありがとうございました。\n慎重に検討いたしました結果、誠に残念ながら、今回は採用を見送らせていただくことになりました。\n\n株式会社みどり電機 人事部"
PASS_SJIS = "山田様\n\n書類選考の結果、通過となりましたのでお知らせいたします。①次の面接の日程は追ってご連絡いたします。\n\n株式会社はやせ商事 採用担当"
OFFER_B64 = "山田様\n\n最終面接の結果、内定とさせていただくことになりました。\n詳細は添付の資料をご確認ください。\n\n髙島屋ホールディングス株式会社 人事部"
INVITE_QP = "山田様\n\n一次面接のご案内をお送りします。\n日時：12月10日(木)14:00〜\n場所：本社5階\n\n株式会社ことり出版 採用担当"
REJECTION_HTML = "<html><head><style>p{color:red}</style></head><body><p>山田様</p><p>二次面接の結果につきまして、<b>慎重に選考</b>いたしましたが、今回はご期待に沿えない結果となりました。</p><p>株式会社そらまめ 採用チーム</p></body></html>"
NEWSLETTER = "いつもご利用ありがとうございます。今週のおすすめ商品をご紹介します。"


def sample_mails() -> dict[str, bytes]:
    """The test mailbox: one of each encoding Japanese recruiting mail really comes in."""
    return {
        "iso2022": make_mail(
            subject="一次面接の結果について",
            body=REJECTION_ISO,
            msgid="iso2022",
            charset="iso-2022-jp",
            cte="7bit",
            date=datetime(2026, 11, 2, 9, 0, tzinfo=JST),
        ),
        "sjis": make_mail(
            subject="書類選考結果のお知らせ",
            body=PASS_SJIS,
            msgid="sjis",
            charset="Shift_JIS",
            codec="cp932",
            cte="8bit",
            date=datetime(2026, 11, 5, 9, 0, tzinfo=JST),
        ),
        "base64": make_mail(
            subject="内定のご連絡",
            body=OFFER_B64,
            msgid="b64",
            charset="utf-8",
            cte="base64",
            date=datetime(2026, 11, 18, 9, 0, tzinfo=JST),
            attachment=("労働条件通知書.pdf", b"%PDF-1.4 test"),
        ),
        "qp": make_mail(
            subject="一次面接のご案内",
            body=INVITE_QP,
            msgid="qp",
            charset="utf-8",
            cte="quoted-printable",
            date=datetime(2026, 11, 19, 9, 0, tzinfo=JST),
        ),
        "html": make_mail(
            subject="選考結果のご連絡",
            body=REJECTION_HTML,
            msgid="html",
            charset="utf-8",
            cte="quoted-printable",
            subtype="html",
            date=datetime(2026, 11, 21, 9, 0, tzinfo=JST),
        ),
        "news": make_mail(
            subject="今週のおすすめ",
            body=NEWSLETTER,
            msgid="news",
            date=datetime(2026, 11, 22, 9, 0, tzinfo=JST),
            sender="ショップ",
        ),
    }


@dataclass(frozen=True)
class Imap:
    host: str
    port: int  # STARTTLS / plain
    tls_port: int  # implicit TLS
    user: str
    password: str
    ca_file: Path
    maildir: Path
