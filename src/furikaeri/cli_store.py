"""Commands that need the store: db upgrade, diagnose, demo, export, import, backup, restore.

Parse, call the core (furikaeri.store, .diagnosis, .demo, .transfer), render. Nothing heavy is
imported at module level: `furikaeri analyze` must start fast.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from furikaeri.cli_support import fail

if TYPE_CHECKING:
    from furikaeri.diagnosis import Diagnosis
    from furikaeri.store import Store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="データベースの URL（既定は環境変数 FURIKAERI_DATABASE_URL、"
        "なければ SQLite ファイル）",
    ),
]

db_app = typer.Typer(help="データベースの管理。", no_args_is_help=True, rich_markup_mode=None)


def open_store_or_fail(db: str | None) -> Store:
    """Open (and migrate) the store, or exit with a clear message."""
    from sqlalchemy.exc import SQLAlchemyError

    from furikaeri.store import open_store

    try:
        return open_store(db)
    except (SQLAlchemyError, OSError) as exc:
        raise store_failure(exc) from exc


def store_failure(exc: BaseException) -> typer.Exit:
    """The one line every command prints when the database cannot be opened."""
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
    if "Could not parse SQLAlchemy URL" in reason:
        reason = (
            "URL として読めません（例: sqlite:////home/taro/furikaeri.sqlite3、"
            "postgresql+psycopg://…、またはファイルのパス ~/furikaeri.sqlite3）"
        )
    elif "file is not a database" in reason:  # --db names a text file, an export, …
        reason = "SQLite のデータベースとして読めません（別の種類のファイルか、壊れています）"
    elif "unable to open database file" in reason:  # a folder, or a folder not writable
        reason = (
            "ファイルを開けません（--db にフォルダーを指定していないか、"
            "そのフォルダーに書き込めるかを確かめてください）"
        )
    return fail(f"データベースを開けません: {reason}")


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """データベースを最新の形に更新します（起動時にも自動で行われます）。"""
    from furikaeri.store.migrate import current_revision

    store = open_store_or_fail(db)
    typer.echo(
        f"データベースは最新です（リビジョン {current_revision(store.engine)}）: {store.url}"
    )
    store.close()


def diagnose(
    interview_id: Annotated[int | None, typer.Argument(help="面接の ID")] = None,
    rejection: Annotated[
        int | None,
        typer.Option(
            "--rejection",
            help="不採用の記録の ID（面接のない書類選考など。Web の「面接に落ちた」の診断と同じ）",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
    save: Annotated[bool, typer.Option("--save", help="結果をデータベースにも保存する")] = False,
    db: DbOption = None,
) -> None:
    """面接の記録から、不採用の原因として考えられることを順に示します。"""
    from furikaeri.diagnosis import diagnose_interview, diagnose_rejection

    if (interview_id is None) == (rejection is None):
        raise fail(
            "面接の ID か、--rejection で不採用の記録の ID のどちらか一つを指定してください。"
        )
    if rejection is not None and save:
        raise fail("--save は面接の ID を指定したときだけ使えます。")
    what, given = ("面接", interview_id) if rejection is None else ("不採用の記録", rejection)
    if given is not None and given < 1:
        raise fail(f"{what}の ID は 1 以上の数で指定してください（指定: {given}）。")
    store = open_store_or_fail(db)
    try:
        if rejection is not None:  # 書類選考・エージェント経由: no interview recorded
            result = diagnose_rejection(store, rejection)
        else:
            assert interview_id is not None
            result = diagnose_interview(store, interview_id, save=save)
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    print_diagnosis(result)


def demo(
    db: DbOption = None,
    remove: Annotated[
        bool,
        typer.Option(
            "--remove", help="デモデータを削除する（デモ以外のデータがあるときは何もしない）"
        ),
    ] = False,
) -> None:
    """空のデータベースに、見本の就職・転職活動のデータを入れます（--remove で削除）。"""
    from furikaeri.demo import load_demo

    if remove:
        _remove_demo(db)
        return
    store = open_store_or_fail(db)
    try:
        with store.session() as session:
            summary = load_demo(session)
    finally:
        store.close()
    typer.echo(
        f"デモデータを入れました: 応募 {summary.applications} 件、面接 {summary.interviews} 件、"
        f"不採用 {summary.rejections} 件、フィードバック依頼 {summary.feedback_requests} 件、"
        f"返信 {summary.replies} 件。"
    )
    typer.echo("`furikaeri diagnose 2` で、二次面接で落ちた例の診断を見られます。")


def _remove_demo(db: str | None) -> None:
    from furikaeri.demo import NotOnlyDemo, remove_demo

    store = open_store_or_fail(db)
    try:
        with store.session() as session:
            removed = remove_demo(session)
    except NotOnlyDemo as exc:
        raise fail(str(exc), 1) from exc
    finally:
        store.close()
    typer.echo(f"デモデータを削除しました（{removed} 行）。データベースは空です。")


def export(
    file: Annotated[Path, typer.Argument(help="書き出す JSON ファイル", dir_okay=False)],
    db: DbOption = None,
) -> None:
    """すべてのデータを JSON ファイルに書き出します（バックアップ・移行用）。"""
    from furikaeri.transfer import export_file

    store = open_store_or_fail(db)
    try:
        counts = export_file(store, file)
    except OSError as exc:
        raise fail(f"ファイルに書き込めません: {file} ({exc.strerror or exc})") from exc
    finally:
        store.close()
    typer.echo(
        f"{file} に書き出しました（{_counts(counts)}）。個人情報を含むので扱いに注意してください。"
    )


def import_(
    file: Annotated[Path, typer.Argument(help="読み込む JSON ファイル", dir_okay=False)],
    db: DbOption = None,
) -> None:
    """furikaeri export で書き出したファイルを、空のデータベースに読み込みます。"""
    from furikaeri.transfer import import_file

    store = open_store_or_fail(db)
    try:
        counts = import_file(store, file)
    finally:
        store.close()
    typer.echo(f"{file} を読み込みました（{_counts(counts)}）。")


def _counts(counts: dict[str, int]) -> str:
    labels = {"applications": "応募", "interviews": "面接", "rejections": "不採用"}
    return "、".join(f"{label} {counts.get(name, 0)} 件" for name, label in labels.items())


def backup(
    file: Annotated[Path, typer.Argument(help="バックアップの保存先ファイル", dir_okay=False)],
    db: DbOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="同じ名前のファイルがあれば上書きする")
    ] = False,
) -> None:
    """SQLite のデータベースをバックアップします（サーバーを起動したままでよい）。"""
    from furikaeri.store.backup import backup as run_backup
    from furikaeri.store.database import resolve_url

    if file.exists() and not force:  # an older backup is not silently replaced
        raise fail(f"{file} はすでにあります。上書きするなら --force を付けてください。")
    open_store_or_fail(db).close()  # the schema is current before the copy
    run_backup(resolve_url(db), file)
    typer.echo(f"{file} にバックアップしました。個人情報を含むので扱いに注意してください。")


def restore(
    file: Annotated[Path, typer.Argument(help="furikaeri backup で作ったファイル", dir_okay=False)],
    db: DbOption = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="今のデータをバックアップの内容で置き換えることを確認")
    ] = False,
) -> None:
    """バックアップからデータベースを復元します（今のデータは置き換わります）。"""
    from furikaeri.store.backup import restore as run_restore
    from furikaeri.store.database import resolve_url

    url = resolve_url(db)
    if not yes:
        raise fail(
            "復元すると、今のデータはバックアップの内容で置き換わります。"
            "よければ --yes を付けてもう一度実行してください。"
        )
    run_restore(url, file)
    open_store_or_fail(url).close()  # a backup from an older furikaeri is migrated now
    typer.echo(f"{file} から復元しました。")


# --- rendering ------------------------------------------------------------------------------

_SOURCE = {
    "reply": "会社の返信",
    "praise": "会社の返信（良かった点）",
    "stage": "選考の段階",
    "analyzer": "回答の判定",
    "self_check": "セルフチェック",
    "profile": "職歴",
    "posting": "求人票との照合",
}
_LEVEL_STYLE = {
    "reply": "bold red",
    "high": "red",
    "medium": "yellow",
    "low": "cyan",
    "none": "dim",
}


def print_diagnosis(result: Diagnosis) -> None:
    """Readable output of a diagnosis (Rich). Wrapped lines keep their indentation."""
    from rich.console import Console

    console = Console(highlight=False)
    out = _Printer(console)
    if result.title:
        out.line(f"[bold reverse] {escape(result.title)}の振り返り [/bold reverse]")
    out.line(f"[bold]{result.headline}[/bold]")
    for message in result.messages:
        out.line(message)
    if result.controllable:
        out.heading("あなたが変えられること")
        for rank, cause in enumerate(result.controllable, start=1):
            _print_cause(out, f"{rank}. ", cause, with_advice=True)
    if result.minor:
        out.heading("小さな手がかり")
        out.line(result.minor_note, 2)
        for cause in result.minor:
            _print_cause(out, "・", cause, with_advice=False)
    out.heading("あなたのせいではないこと")
    out.line(result.uncontrollable_note, 2)
    for cause in result.uncontrollable:
        _print_cause(out, "・", cause, with_advice=False)
        out.line(escape(cause.summary if cause.level == "reply" else cause.advice[0]), 5)
    if result.praise or result.strengths:
        out.heading("よかった点")
        for text in result.praise:
            out.line(f"・「{escape(text)}」[dim]（会社からの返信）[/dim]", 2)
        for text in result.strengths:
            out.line(f"・{escape(text)}", 2)
    out.heading("次にやること")
    for step in result.next_steps:
        out.line(f"・[bold]{step.title}[/bold]", 2)
        out.line(step.detail, 4)
    for note in result.notes:
        out.line(f"[dim]注: {note}[/dim]")


class _Printer:
    def __init__(self, console: Any) -> None:
        self.console = console

    def line(self, markup: str, indent: int = 0) -> None:
        from rich.padding import Padding
        from rich.text import Text

        from furikaeri.linebreak import JaText

        # Wrapped the Japanese way (禁則処理); wrapped lines keep the indentation.
        text = JaText(Text.from_markup(markup))
        self.console.print(Padding(text, (0, 0, 0, indent), expand=False))

    def heading(self, title: str) -> None:
        self.console.print()
        self.line(f"[bold underline]{title}[/bold underline]")


def _print_cause(out: _Printer, head: str, cause: Any, *, with_advice: bool) -> None:
    style = _LEVEL_STYLE.get(cause.level, "")
    out.line(f"{head}[bold]{cause.title}[/bold]（[{style}]{cause.level_label}[/{style}]）", 2)
    if with_advice and cause.level == "reply":
        out.line(escape(cause.summary), 5)  # 「会社からの返信で指摘された点です…」
    for ev in cause.evidence:
        source = f"［{_SOURCE.get(ev.source, ev.source)}］"
        if ev.source == "reply" and ev.detail:  # the company's own sentence
            out.line(f"{source}「{escape(ev.detail)}」", 5)
            continue
        out.line(f"{source}{escape(ev.message)}", 5)
        if ev.detail:
            detail = f"「{ev.detail}」" if ev.source == "praise" else ev.detail
            out.line(f"[dim]{escape(detail)}[/dim]", 7)
    if with_advice:
        for advice in cause.advice:
            out.line(f"→{escape(advice)}", 5)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def register(app: typer.Typer) -> None:
    """Add the store-backed commands to the root app."""
    app.add_typer(db_app, name="db")
    # 「-1」 is read as a number (then refused in Japanese), not as an unknown option.
    app.command("diagnose", context_settings={"ignore_unknown_options": True})(diagnose)
    app.command("demo")(demo)
    app.command("export")(export)
    app.command("import")(import_)
    app.command("backup")(backup)
    app.command("restore")(restore)
