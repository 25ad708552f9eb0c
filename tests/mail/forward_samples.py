"""Forwarded notices as mail programs really write them (imported by name: tests/mail is on
sys.path). Each forwards the same rejection from 株式会社ミナトロジ, sent 2026-11-20."""

from __future__ import annotations

from datetime import datetime

from mail_samples import JST, make_mail

NOTICE = (
    "山田 太郎 様\n\n"
    "この度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "なお、選考の内容に関するお問い合わせにはお答えいたしかねますので、ご了承ください。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n"
    "株式会社ミナトロジ\n人事部 採用担当 中村\n"
)
SUBJECT = "【株式会社ミナトロジ】一次面接の結果について"

GMAIL = (
    "自分用に転送します。\n\n"
    "---------- Forwarded message ---------\n"
    "From: 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "Date: 2026年11月20日(金) 10:00\n"
    f"Subject: {SUBJECT}\n"
    "To: <taro@work.example>\n\n" + NOTICE
)
GMAIL_EN = (
    "---------- Forwarded message ---------\n"
    "From: 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "Date: Fri, Nov 20, 2026 at 10:00 AM\n"
    f"Subject: {SUBJECT}\n"
    "To: <taro@work.example>\n\n" + NOTICE
)
OUTLOOK = (
    "\n\n-----Original Message-----\n"
    "From: 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "Sent: Friday, November 20, 2026 10:00 AM\n"
    "To: taro@work.example\n"
    f"Subject: {SUBJECT}\n\n" + NOTICE
)
OUTLOOK_JA = (
    "ご参考までに転送いたします。\n\n"
    "________________________________\n"
    "差出人: 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "送信日時: 2026年11月20日 10:00\n"
    "宛先: taro@work.example\n"
    f"件名: {SUBJECT}\n\n" + NOTICE
)
THUNDERBIRD = (
    "\n\n-------- 転送メッセージ --------\n"
    f"件名: \t{SUBJECT}\n"
    "日付: \tFri, 20 Nov 2026 10:00:00 +0900\n"
    "差出人: \t株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "宛先: \ttaro@work.example\n\n" + NOTICE
)
AGENT_QUOTE = (
    "山田 太郎 様\n\n"
    "いつもお世話になっております。キャリアリンクの佐藤です。\n"
    "株式会社ミナトロジ様の一次面接の結果について、企業様からご連絡がありましたので、以下に転送いたします。\n\n"
    "2026年11月20日(金) 10:00 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>:\n"
    + "".join(f"> {line}\n" for line in NOTICE.splitlines())
    + "\n株式会社キャリアリンク\nキャリアアドバイザー 佐藤 健\n"
)
AGENT_GMAIL = (
    "山田様\n\nキャリアリンクの佐藤です。企業様より選考結果のご連絡がございましたので転送いたします。\n\n"
    "株式会社キャリアリンク キャリアアドバイザー 佐藤\n\n"
    "---------- Forwarded message ---------\n"
    "From: 株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>\n"
    "Date: 2026年11月20日(金) 10:00\n"
    f"Subject: {SUBJECT}\n"
    "To: <sato@careerlink.example>\n\n" + NOTICE
)
# A reply quoting the mail it answers is not a forward: the quoted rejection stays quoted.
REPLY = (
    "山田様\n\nご連絡ありがとうございます。面接日程について承知いたしました。\n\n"
    "-----Original Message-----\n"
    "From: 山田 太郎 <taro@work.example>\n"
    "Sent: Friday, November 20, 2026 10:00 AM\n"
    "Subject: 別件のご相談\n\n"
    "以前の応募では残念ながら不採用となりましたが、改めて応募いたしました。\n"
)

STYLES = {
    "gmail": ("Fwd: " + SUBJECT, GMAIL),
    "gmail_en": ("Fwd: " + SUBJECT, GMAIL_EN),
    "outlook": ("FW: " + SUBJECT, OUTLOOK),
    "outlook_ja": ("転送: " + SUBJECT, OUTLOOK_JA),
    "thunderbird": ("Fwd: " + SUBJECT, THUNDERBIRD),
}
AGENT = {
    "agent_quote": ("Fw: 一次面接の結果について", AGENT_QUOTE),
    "agent_gmail": ("Fwd: " + SUBJECT, AGENT_GMAIL),
}
FORWARDED_ON = datetime(2026, 11, 23, 21, 0, tzinfo=JST)


def forward_mails() -> dict[str, bytes]:
    """Each style as real RFC 5322 bytes, forwarded three days after the notice was sent."""
    out: dict[str, bytes] = {}
    for name, (subject, body) in STYLES.items():
        raw = make_mail(
            subject=subject, body=body, msgid=f"fwd-{name}", date=FORWARDED_ON, sender="山田 太郎"
        )
        out[name] = raw.replace(b"<saiyo@example.co.jp>", b"<taro@home.example>", 1)
    for name, (subject, body) in AGENT.items():
        raw = make_mail(
            subject=subject,
            body=body,
            msgid=f"fwd-{name}",
            date=FORWARDED_ON,
            sender="佐藤 健（キャリアリンク）",
        )
        out[name] = raw.replace(b"<saiyo@example.co.jp>", b"<sato@careerlink.example>", 1)
    return out
