"""Readable Rich output for the mail commands. Side effect: prints to stdout."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

from furikaeri.dates import ja_date
from furikaeri.vocabulary import vocabulary

if TYPE_CHECKING:
    from furikaeri.mail.check import CheckIssue
    from furikaeri.mail.draft import Draft
    from furikaeri.mail.importer import ImportedMail
    from furikaeri.mail.notice import NoticeResult
    from furikaeri.mail.reply import ReplyResult

NOTICE_NAMES = {
    "rejection": "不採用の通知",
    "pass": "選考通過の通知",
    "interview_invite": "面接の案内",
    "offer": "内定の通知",
    "other": "選考結果ではないメール",
}
REPLY_NAMES = vocabulary().reply_labels.model_dump()  # data/vocabulary.toml


def _console() -> Console:
    # Japanese has no spaces to wrap at: the mail itself is printed unwrapped (copied as is);
    # prose goes through _say, wrapped the Japanese way.
    return Console(highlight=False, soft_wrap=True)


def _say(con: Console, text: str, *, bold_head: str = "") -> None:
    """Print Japanese prose wrapped with 禁則処理 (no 「。」 at a line start, no split words)."""
    from rich.text import Text

    from furikaeri.linebreak import JaText

    con.print(JaText(Text.assemble((bold_head, "bold"), text)), soft_wrap=False)


_FORWARD_NAMES = {
    "gmail": "Gmail の転送",
    "outlook": "Outlook の転送",
    "thunderbird": "転送メッセージ",
    "quote": "引用（>）での転送",
}


def print_notice(
    result: NoticeResult, *, subject: str | None = None, today: date | None = None
) -> None:
    """The label and what was read; for a rejection, how late a request would be, judged from
    the notice's own date (its Date header) against today."""
    con = _console()
    con.print(f"[bold]判定:[/bold] {NOTICE_NAMES[result.label]}")
    for name, value in (
        ("件名", subject),
        ("会社", result.company),
        ("段階", result.stage),
        ("通知の日付", ja_date(result.date) or None),
        ("本文中の日付", ja_date(result.mentioned_date) or None),
        ("転送", _FORWARD_NAMES.get(result.forwarded or "")),
        ("差出人", f"{result.person}様" if result.person else None),
        ("返信先", result.reply_to),
    ):
        if value:
            con.print(f"{name}: {value}", markup=False)
    if result.via_agent:
        advisor = f"（担当: {result.advisor}様）" if result.advisor else ""
        con.print(
            f"エージェント経由の連絡です{advisor}。依頼は企業ではなくアドバイザーに送ります。"
        )
    if result.evidence:
        con.print("根拠: " + "／".join(f"「{e}」" for e in result.evidence), markup=False)
    if result.label == "rejection":
        _print_request_advice(con, result, today)


def _print_request_advice(con: Console, result: NoticeResult, today: date | None) -> None:
    from furikaeri.mail.draft import timing_for

    if result.no_disclosure and not result.via_agent:
        con.print()
        _say(
            con,
            "この通知には、選考についての問い合わせには答えないという一文があります"
            f"（「{result.no_disclosure[0]}」）。依頼は送らないか、送るならお礼だけにしましょう。",
        )
    con.print()
    _say(con, timing_for(notice_date=result.date, today=today).message)
    con.print("下書き: furikaeri mail draft --name 氏名 --notice 通知メール.eml", soft_wrap=True)


def print_reply(result: ReplyResult) -> None:
    from furikaeri.catalogue import causes

    con = _console()
    _say(con, REPLY_NAMES[result.label], bold_head="判定: ")
    catalogue = causes()
    for cid in result.causes:
        cause = catalogue.get(cid)
        con.print(f"・{cause.title if cause else cid}（{cid}）", markup=False)
        if cid in result.sentences:
            con.print(f"  根拠: 「{result.sentences[cid]}」", markup=False)
    if result.label == "declined":
        for ev in result.evidence:
            con.print(f"  根拠: 「{ev}」", markup=False)
    for text in result.praise:
        con.print(f"良かった点: 「{text}」", markup=False)


def print_draft(draft: Draft, *, eml: object = None, mailto: str | None = None) -> None:
    con = _console()
    con.rule("下書き" if draft.variant != "phone" else "電話の台本")
    con.print(draft.as_text(), markup=False)
    con.rule()
    _say(con, draft.timing.message, bold_head="タイミング: ")
    for note in draft.notes:
        _say(con, f"・{note}")
    if eml is not None:
        con.print(
            f"\n.eml に保存しました: {eml}（メールソフトで開くと下書きになります）", markup=False
        )
    if mailto:
        con.print(f"\nmailto リンク:\n{mailto}", markup=False, soft_wrap=True)


def print_check(issues: list[CheckIssue], text: str) -> None:
    con = _console()
    if not issues:
        con.print("問題は見つかりませんでした。送る前に、宛先と名前をもう一度確認しましょう。")
        return
    con.print(f"[bold]{len(issues)} 件の指摘があります。[/bold]")
    for issue in issues:
        where = "（不足）"
        if issue.span is not None:
            line = text.count("\n", 0, issue.span[0]) + 1
            where = f"{line} 行目「{issue.span[2]}」"
        con.print()
        _say(con, f"・{where}: {issue.message}")
        _say(con, f"  直し方: {issue.fix}")


def print_import(items: list[ImportedMail], *, total: int) -> None:
    con = _console()
    table = Table(title=f"選考のメール {len(items)} 件（読み込んだメール {total} 件）")
    for col in ("日付", "件名", "判定", "会社", "段階"):
        table.add_column(col)
    for item in sorted(items, key=_when):
        p, n = item.parsed, item.notice
        table.add_row(
            ja_date(p.date),
            p.subject or "",
            NOTICE_NAMES[n.label] if n else "（選考以外）",
            (n.company if n else None) or "",
            (n.stage if n else None) or "",
        )
    con.print(table)


def _when(item: ImportedMail) -> str:
    return item.parsed.date.isoformat() if item.parsed.date else ""


@contextlib.contextmanager
def import_progress() -> Iterator[Callable[[int, int | None], None] | None]:
    """A progress display on stderr while mail is read (only on a terminal); the callback
    takes (done, total) with total None when unknown."""
    import sys

    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("メールを読み込み中", total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total)

        yield update
