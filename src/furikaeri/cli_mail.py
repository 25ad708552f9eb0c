"""`furikaeri mail ...` commands: classify, draft, check, import. Parse args, call
furikaeri.mail, render. Imports stay inside the commands (cold start)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from furikaeri.cli_store import DbOption, open_store_or_fail
from furikaeri.cli_support import fail, json_line

if TYPE_CHECKING:
    from furikaeri.mail.parse import ParsedMail

app = typer.Typer(
    help="メール: 選考結果メールの判定、フィードバック依頼の下書き・チェック、取り込み。",
    no_args_is_help=True,
    rich_markup_mode=None,
)


def _read_bytes(path: Path) -> bytes:
    if str(path) == "-":
        return sys.stdin.buffer.read()
    try:
        return path.read_bytes()
    except OSError as exc:
        raise fail(f"ファイルを読めません: {path} ({exc.strerror})") from exc


def _load_mail(path: Path) -> tuple[str | None, str, ParsedMail | None]:
    """(subject, body, parsed) from a mail file, or the body of a file with no header (parsed
    is then None), whatever the file's name: `mail import` reads the same file the same way."""
    from furikaeri.mail.parse import MailParseError, parse_mail_or_body

    raw = _read_bytes(path)
    try:
        parsed = parse_mail_or_body(raw)
    except MailParseError as exc:
        raise fail(f"{path}: {exc}") from exc
    if not parsed.headers:
        if not parsed.body_text.strip():
            raise fail(f"{path}: 本文が空です。")
        return None, parsed.body_text, None
    return parsed.subject, parsed.body_text, parsed


def _parse_date(value: str | None, option: str, *, past: bool = False) -> date | None:
    """A YYYY-MM-DD option, with the same messages as the web form (a day that does not
    exist is named as such); ``past``: a day still to come is refused."""
    if value is None:
        return None
    from furikaeri.store.validation import Checker

    check = Checker()
    day = check.date(option, value, allow_future=not past)
    if check.errors:
        raise fail(f"{option}: {check.errors[option]}")
    return day


def _checked_stage(stage: str | None) -> str | None:
    """A stage the letter can name (data/vocabulary.toml), else one line listing them."""
    from furikaeri.vocabulary import stage as known_stage
    from furikaeri.vocabulary import vocabulary

    if stage is None or known_stage(stage) is not None:
        return stage
    names = "、".join(s.name for s in vocabulary().stages)
    raise fail(f"--stage は次のいずれかで指定してください: {names}（指定: {stage}）")


@app.command()
def classify(
    file: Annotated[
        Path | None, typer.Argument(help="判定するメール（.eml またはテキスト、- で標準入力）")
    ] = None,
    reply: Annotated[
        bool, typer.Option("--reply", help="フィードバック依頼への企業からの返信として判定")
    ] = False,
    jsonl: Annotated[
        str | None, typer.Option(help="JSONL を一括で判定（FILE または -）。書式は README 参照")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
) -> None:
    """選考結果のメール（不採用・通過・面接案内・内定）や、企業からの返信を判定します。"""
    if jsonl is not None:
        raise typer.Exit(_classify_jsonl(jsonl, reply=reply))
    if file is None:
        raise fail("判定するメールのファイルか、--jsonl を指定してください。")
    subject, body, parsed = _load_mail(file)
    from furikaeri.mail.notice import classify_mail, classify_notice
    from furikaeri.mail.reply import classify_reply

    if reply:
        result: Any = classify_reply(body)
    elif parsed is not None:
        result = classify_mail(parsed)
    else:
        result = classify_notice(subject=subject, body=body)
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from furikaeri.mail.render import print_notice, print_reply

    if reply:
        print_reply(result)
    else:
        print_notice(result, subject=subject)


def _classify_jsonl(source: str, *, reply: bool) -> int:
    """Stream the batch contract; returns the exit status (1 if any line failed)."""
    from furikaeri.mail.batch import classify_records
    from furikaeri.progress import line_source

    failed = False
    with line_source(source, label="判定中") as lines:
        for rec in classify_records(lines, reply=reply):
            failed = failed or "error" in rec
            sys.stdout.write(json_line(rec))
    sys.stdout.flush()
    return 1 if failed else 0


@app.command()
def draft(
    name: Annotated[str, typer.Option("--name", help="あなたの氏名")],
    company: Annotated[
        str | None, typer.Option("--company", help="応募先の会社名（例: 株式会社〇〇）")
    ] = None,
    notice: Annotated[
        Path | None,
        typer.Option(
            "--notice", help="不採用の通知メール（.eml）。会社名・段階・通知日・宛先を読み取ります"
        ),
    ] = None,
    email: Annotated[
        str | None, typer.Option("--email", help="あなたのメールアドレス（署名）")
    ] = None,
    phone: Annotated[str | None, typer.Option("--phone", help="あなたの電話番号（署名）")] = None,
    department: Annotated[
        str | None, typer.Option("--department", help="宛先の部署（例: 人事部）")
    ] = None,
    person: Annotated[
        str | None, typer.Option("--person", help="宛先の担当者の姓（例: 佐藤）")
    ] = None,
    stage: Annotated[
        str | None, typer.Option("--stage", help="選考段階（書類, 一次, 二次, 最終 …）")
    ] = None,
    interview_date: Annotated[str | None, typer.Option(help="面接の日（YYYY-MM-DD）")] = None,
    notice_date: Annotated[
        str | None, typer.Option(help="不採用の通知を受け取った日（YYYY-MM-DD）")
    ] = None,
    variant: Annotated[
        str | None,
        typer.Option(
            "--variant",
            help="standard（標準）, short（短め）, thanks（お礼だけ）, agent（エージェント宛て）, "
            "phone（電話の台本）。省略時は、エージェント経由の通知なら agent、問い合わせに答えない"
            "という通知なら thanks、それ以外は standard",
        ),
    ] = None,
    agent_name: Annotated[
        str | None, typer.Option(help="キャリアアドバイザーの姓（agent のとき）")
    ] = None,
    agent_company: Annotated[
        str | None, typer.Option(help="エージェントの会社名（agent のとき）")
    ] = None,
    to: Annotated[
        str | None, typer.Option("--to", help="宛先のメールアドレス（.eml と mailto に入れます）")
    ] = None,
    eml: Annotated[
        Path | None,
        typer.Option("--eml", help="下書きを .eml ファイルに保存（メールソフトで開けます）"),
    ] = None,
    mailto: Annotated[bool, typer.Option("--mailto", help="mailto: リンクも表示")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
) -> None:
    """不採用の通知を受けたあとに送る、フィードバック依頼のメールを下書きします（送信はしません）。"""
    from furikaeri.mail.draft import draft_feedback_request
    from furikaeri.mail.request import plan_request

    read, notice_text = _read_notice(notice) if notice is not None else (None, "")
    plan = plan_request(
        read,
        notice_text=notice_text,
        channel="agent" if variant == "agent" else "direct",
        agent_name=agent_name or "",
        agent_company=agent_company or "",
        agent_email=to or "",
    )
    if plan.via_agent and variant not in (None, "agent"):
        typer.echo(
            "警告: エージェント経由の通知です。企業ではなく担当のキャリアアドバイザーに頼むのが"
            "基本です（--variant agent）。",
            err=True,
        )
    chosen = variant or plan.variant
    to_company = chosen != "agent"
    planned_route = to_company != plan.via_agent  # the plan's person and address fit the draft
    result = draft_feedback_request(
        candidate_name=name,
        company=company or (read.company if read else None) or "",
        candidate_email=email,
        candidate_phone=phone,
        department=department,
        person=person or (plan.person if planned_route else None),
        stage=_checked_stage(stage) or (read.stage if read else None),
        interview_date=_parse_date(interview_date, "--interview-date", past=True),
        notice_date=_parse_date(notice_date, "--notice-date", past=True)
        or (read.date if read else None),
        variant=chosen,
        agent_name=plan.agent_name,
        agent_company=plan.agent_company,
        to_address=to or (plan.to_address if planned_route else None),
        no_disclosure=bool(plan.no_disclosure),
        comments_received=bool(plan.comments),
    )
    if eml is not None:
        _write_atomic(eml, result.as_eml())
    link = result.mailto() if mailto else None
    if as_json:
        typer.echo(json.dumps({**result.to_dict(), "mailto": link}, ensure_ascii=False, indent=2))
        return
    from furikaeri.mail.render import print_draft

    print_draft(result, eml=eml, mailto=link)


def _read_notice(path: Path) -> tuple[Any, str]:
    """The rejection notice as the classifier reads it (with its Date, From and Reply-To),
    and its body text."""
    from furikaeri.mail.notice import classify_mail, classify_notice

    subject, body, parsed = _load_mail(path)
    if parsed is not None:
        return classify_mail(parsed), parsed.body_text
    return classify_notice(subject=subject, body=body), body


def _write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a failure leaves nothing half-written."""
    from furikaeri.files import write_whole

    try:
        write_whole(path, data)
    except OSError as exc:
        raise fail(f"保存できません: {path} ({exc.strerror})") from exc


@app.command()
def check(
    file: Annotated[
        Path, typer.Argument(help="チェックするメール（テキストまたは .eml、- で標準入力）")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
) -> None:
    """送る前のフィードバック依頼メールをチェックします（問題があれば終了コード 1）。"""
    from furikaeri.mail.check import check_mail, mail_as_text

    subject, body, parsed = _load_mail(file)
    text = mail_as_text(subject=subject, body=body) if parsed else body
    issues = check_mail(text)
    if as_json:
        typer.echo(json.dumps([i.to_dict() for i in issues], ensure_ascii=False, indent=2))
    else:
        from furikaeri.mail.render import print_check

        print_check(issues, text)
    raise typer.Exit(1 if issues else 0)


@app.command("import")
def import_(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=".eml ファイル・.eml を含むフォルダー・mbox ファイル"),
    ] = None,
    imap: Annotated[str | None, typer.Option("--imap", help="IMAP サーバーのホスト名")] = None,
    user: Annotated[str | None, typer.Option("--user", help="IMAP のユーザー名")] = None,
    port: Annotated[
        int | None, typer.Option("--port", help="IMAP のポート（既定: 993、STARTTLS は 143）")
    ] = None,
    folder: Annotated[str, typer.Option("--folder", help="IMAP のフォルダー")] = "INBOX",
    since: Annotated[
        str | None, typer.Option("--since", help="この日以降のメールだけ（YYYY-MM-DD）")
    ] = None,
    starttls: Annotated[
        bool, typer.Option("--starttls", help="STARTTLS で暗号化（ポート 143）")
    ] = False,
    no_tls: Annotated[
        bool, typer.Option("--no-tls", help="暗号化しない（信頼できるネットワークでだけ）")
    ] = False,
    ca_file: Annotated[
        Path | None, typer.Option("--ca-file", help="サーバー証明書を検証する CA ファイル")
    ] = None,
    insecure: Annotated[
        bool, typer.Option("--insecure", help="証明書を検証しない（テスト用）")
    ] = False,
    show_all: Annotated[bool, typer.Option("--all", help="選考に関係ないメールも表示")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="判定結果を表示するだけで、記録には保存しない")
    ] = False,
    confirm: Annotated[
        bool,
        typer.Option("--confirm", help="端末で、読み取った通知がどの応募のものかを1件ずつ確かめる"),
    ] = False,
    db: DbOption = None,
) -> None:
    """.eml・mbox・IMAP から選考のメールを読み込んで判定します（IMAP は読み取り専用）。

    IMAP のパスワードは環境変数 FURIKAERI_IMAP_PASSWORD かプロンプトで渡します。保存はしません。"""

    if not paths and not imap:
        raise fail(".eml・mbox のファイルか、--imap でサーバーを指定してください。")
    errors: list[str] = []
    try:
        items = _collect(
            paths or [],
            imap=imap,
            user=user,
            port=port,
            folder=folder,
            since=_parse_date(since, "--since"),
            starttls=starttls,
            no_tls=no_tls,
            ca_file=ca_file,
            insecure=insecure,
            errors=errors,
        )
        shown = items if show_all else [i for i in items if i.notice is not None]
        if as_json:
            typer.echo(json.dumps([i.to_dict() for i in shown], ensure_ascii=False, indent=2))
        else:
            from furikaeri.mail.render import print_import

            print_import(shown, total=len(items))
        if not dry_run:
            _file(items, db, confirm=confirm)
    except KeyboardInterrupt as exc:
        raise _interrupted(exc, saving=not dry_run) from None
    for err in errors:
        typer.echo(f"警告: {err}", err=True)
    raise typer.Exit(1 if errors else 0)


def _interrupted(exc: KeyboardInterrupt, *, saving: bool) -> typer.Exit:
    """Ctrl+C: say what was saved before it and that the same command continues (exit 130)."""
    from furikaeri.inbox import FilingInterrupted

    typer.echo("", err=True)  # past the progress line
    if not saving:
        typer.echo("中断しました（Ctrl+C）。--dry-run のため、何も保存していません。", err=True)
        return typer.Exit(130)
    if isinstance(exc, FilingInterrupted):
        done = exc.summary
        saved = (
            f"中断までに、メール {exc.total} 通のうち {done.handled} 通を処理し、"
            f"新しい通知 {done.filed} 件を記録に保存しました（取り込み済み {done.duplicates} 件）。"
        )
    else:  # still reading the mail: filing had not begun
        saved = "メールを読み込んでいる途中だったため、記録にはまだ何も保存していません（0 件）。"
    typer.echo(
        f"中断しました（Ctrl+C）。{saved}\n"
        "同じコマンドをもう一度実行すると、保存済みのメールは取り込み済みとして飛ばし"
        "（重複はできません）、残りだけを保存します。",
        err=True,
    )
    return typer.Exit(130)


def _file(items: list[Any], db: str | None, *, confirm: bool = False) -> None:
    """Save the recruiting notices in the store; the summary goes to stderr (stdout may be JSON).
    With ``confirm`` on a terminal, asks which application each filed notice belongs to.
    Ctrl+C raises FilingInterrupted with what was saved (also while confirming: all saved)."""
    from furikaeri.inbox import FilingInterrupted, file_imported
    from furikaeri.progress import counter

    store = open_store_or_fail(db)
    try:
        with counter("記録に保存中", total=len(items)) as advance:
            summary = file_imported(store, items, advance=advance)
        if confirm and summary.notice_ids:
            try:
                _confirm(store, summary.notice_ids)
            except KeyboardInterrupt:
                raise FilingInterrupted(summary, len(items)) from None
    finally:
        store.close()
    typer.echo(
        f"記録に保存しました: 新しい通知 {summary.filed} 件（応募の新規作成 "
        f"{summary.applications_created} 件、不採用 {summary.rejections} 件）、"
        f"取り込み済み {summary.duplicates} 件",
        err=True,
    )
    if summary.rejection_ids:  # with no interview recorded (書類選考), only this diagnoses it
        ids = " ".join(map(str, summary.rejection_ids[:5]))
        more = " など" if len(summary.rejection_ids) > 5 else ""
        typer.echo(
            f"不採用の記録 {ids}{more}: 振り返りは furikaeri diagnose --rejection "
            f"{summary.rejection_ids[0]} のように ID を指定して見られます。",
            err=True,
        )
    for reason in summary.skipped:
        typer.echo(f"警告: {reason}", err=True)


def _confirm(store: Any, notice_ids: list[int]) -> None:
    """Ask, notice by notice, which application it belongs to (Enter keeps the one found; an
    application ID moves it), then confirm them all at once. Prompts go to stderr. Not on a
    terminal: nothing is asked, and the notices wait on the web's /notices/confirm."""
    from furikaeri.store import list_applications
    from furikaeri.store.documents import assign_notices
    from furikaeri.store.models import Notice

    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        typer.echo(
            "端末ではないため、通知の確認は省きました。Web の「取り込んだ通知の確認」"
            "（/notices/confirm）で確かめられます。",
            err=True,
        )
        return
    with store.session() as session:
        apps = {a.id: a for a in list_applications(session)}
        typer.echo(
            "応募の一覧: " + "、".join(f"{i} {a.company}" for i, a in apps.items()), err=True
        )
        chosen: dict[int, int] = {}
        for nid in notice_ids:
            notice = session.get(Notice, nid)
            if notice is None or notice.application_id is None:
                continue
            current = apps[notice.application_id]
            subject = notice.subject or "件名なし"
            question = (
                f"「{subject}」は 応募 {current.id}（{current.company}）の通知です。"
                "よければ Enter、違えば応募の番号"
            )
            chosen[nid] = _ask_application(question, current.id, apps)
        moved = assign_notices(session, chosen)
    typer.echo(f"{len(chosen)} 件の通知を確認しました（選び直し {moved} 件）。", err=True)


def _ask_application(question: str, default: int, apps: dict[int, Any]) -> int:
    while True:
        answer = typer.prompt(question, default=str(default), err=True).strip()
        if answer.isdigit() and int(answer) in apps:
            return int(answer)
        typer.echo(f"応募の番号（{'・'.join(map(str, apps))}）で答えてください。", err=True)


def _collect(
    paths: list[Path], *, imap: str | None, errors: list[str], **imap_opts: Any
) -> list[Any]:
    """All imported mails, duplicates skipped across sources. Unreadable mails, and sources
    that cannot be read at all (an empty mbox, a missing file, an IMAP login refused), go to
    ``errors`` while the others are read; when no source could be read, a clear error."""
    seen: set[str] = set()

    def on_error(source: str, exc: Exception) -> None:
        errors.append(f"読めないメールを飛ばしました: {source}: {exc}")

    from furikaeri.mail.importer import MailImportError
    from furikaeri.progress import counter

    items: list[Any] = []
    failed: list[str] = []  # sources that could not be read at all (empty mbox, missing file)
    with counter("メールを読み込み中") as advance:
        for p in paths:
            try:
                for item in _file_source(p, seen=seen, on_error=on_error):
                    items.append(item)
                    advance(1)
            except MailImportError as exc:  # the other sources are still read and filed
                failed.append(exc.message)
    since = imap_opts["since"]
    if since is not None:  # IMAP filters on the server; files by their Date header
        items = [i for i in items if i.parsed.date is None or i.parsed.date.date() >= since]
    if imap:
        try:
            items += _imap_items(imap, seen=seen, on_error=on_error, **imap_opts)
        except MailImportError as exc:
            failed.append(exc.message)
    if failed and len(failed) == len(paths) + bool(imap):
        raise fail("\n".join(failed))  # nothing could be read: as before, one clear error
    errors += [f"読み込めないため飛ばしました: {message}" for message in failed]
    return items


def _file_source(p: Path, *, seen: set[str], on_error: Any) -> Any:
    from furikaeri.mail.importer import is_mbox, iter_eml_files, iter_mbox

    empty_box = p.is_file() and p.stat().st_size == 0 and p.suffix.lower() in ("", ".mbox")
    if (p.is_file() and is_mbox(p)) or empty_box:  # an empty mbox raises a clear error
        return iter_mbox(p, seen=seen, on_error=on_error)
    return iter_eml_files([p], seen=seen, on_error=on_error)


def _imap_items(
    host: str,
    *,
    user: str | None,
    port: int | None,
    folder: str,
    since: date | None,
    starttls: bool,
    no_tls: bool,
    ca_file: Path | None,
    insecure: bool,
    seen: set[str],
    on_error: Any,
) -> list[Any]:
    from furikaeri.mail.importer import iter_imap

    if not user:
        raise fail("--user で IMAP のユーザー名を指定してください。")
    if no_tls and (starttls or ca_file or insecure):
        raise fail("--no-tls は --starttls・--ca-file・--insecure と一緒に使えません。")
    password = _password(user)
    if no_tls:
        typer.echo(
            "警告: --no-tls のため、パスワードもメールも暗号化せずに送受信します。", err=True
        )
    ctx = None if no_tls else _ssl_context(ca_file, insecure)
    from furikaeri.mail.render import import_progress

    with import_progress() as progress:
        return list(
            iter_imap(
                host=host,
                user=user,
                password=password,
                folder=folder,
                port=port,
                tls=not no_tls,
                starttls=starttls,
                since=since,
                ssl_context=ctx,
                seen=seen,
                on_error=on_error,
                progress=progress,
            )
        )


def _password(user: str) -> str:
    """From FURIKAERI_IMAP_PASSWORD or a hidden prompt; never stored, echoed or logged."""
    import os

    password = os.environ.get("FURIKAERI_IMAP_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise fail("環境変数 FURIKAERI_IMAP_PASSWORD にパスワードを設定してください。")
    return str(typer.prompt(f"{user} のパスワード", hide_input=True, err=True))


def _ssl_context(ca_file: Path | None, insecure: bool) -> Any:
    import ssl

    if insecure:
        typer.echo("警告: --insecure のため、サーバー証明書を検証しません。", err=True)
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        return ctx
    try:
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise fail(f"CA ファイルを読めません: {ca_file}") from exc
