"""`furikaeri plan` (the tasks after each diagnosis) and `furikaeri report` (the patterns as one
offline HTML file). Parse, call the core (furikaeri.plan, .patterns_report), render."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Annotated, Any

import typer

from furikaeri.cli_store import DbOption, open_store_or_fail
from furikaeri.cli_support import fail
from furikaeri.dates import ja_date

plan_app = typer.Typer(
    help="やることの計画（診断から作ったタスクと、自分で足したタスク）。",
    invoke_without_command=True,
    rich_markup_mode=None,
)


@plan_app.callback()
def plan_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
    show_done: Annotated[bool, typer.Option("--all", help="済んだタスクも表示する")] = False,
    db: DbOption = None,
) -> None:
    """やることの一覧（期限切れ・今日・これから）を表示します。"""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    from furikaeri.plan import plan_view, task_dict

    today = dt.date.today()
    store = open_store_or_fail(db)
    try:
        store.local_user_id()  # read-only sessions need the local user to exist
        with store.session(readonly=True) as session:
            view = plan_view(session, today=today)
            groups = _groups(view, show_done=show_done)
            data = {k: [task_dict(i, today=today) for i in v] for k, v in groups.items()}
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _print_plan(data)


def _groups(view: Any, *, show_done: bool) -> dict[str, tuple[Any, ...]]:
    groups = {
        "overdue": view.overdue,
        "today": view.today,
        "later": view.later,
        "undated": view.undated,
    }
    if show_done:
        groups["done"] = view.done
    return groups


_HEADINGS = {
    "overdue": "期限を過ぎたもの",
    "today": "今日やること",
    "later": "これから",
    "undated": "期日なし",
    "done": "済んだもの",
}


def _print_plan(data: dict[str, list[dict[str, Any]]]) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(highlight=False)
    if not any(data.values()):
        console.print("やることはまだありません。診断のあとの「次の一歩」で計画を作れます。")
        return
    base = _web_base()
    linked = False
    for key, items in data.items():
        if not items:
            continue
        console.print(f"[bold underline]{_HEADINGS[key]}[/bold underline]")
        for item in items:
            mark = "✓" if item["done"] else "・"
            due = f"（期日 {_day(item['due_on'])}）" if item["due_on"] else ""
            console.print(f"{mark}[bold]#{item['id']}[/bold] {escape(item['title'])}{due}")
            if item["link"]:
                linked = True
                for line in _where(item["link"], base):
                    console.print(f"    [dim]{escape(line)}[/dim]", soft_wrap=True)
    if linked:
        console.print(f"[dim]画面は `furikaeri serve` で開けます（{escape(base)}/）。[/dim]")


def _where(link: str, base: str) -> list[str]:
    """Where a task is done: the page by name with its full address, and for practice the
    command that does the same in the terminal."""
    from furikaeri.plan import task_place

    place = task_place(link)
    lines = [f"画面：{place.page}　{base}{place.link}"]
    if place.command:
        lines.append(f"端末なら：{place.command}")
    return lines


def _web_base() -> str:
    """The address `furikaeri serve` answers on with the current settings."""
    from furikaeri.settings import get_settings

    settings = get_settings()
    host = settings.host if settings.host not in ("0.0.0.0", "::", "") else "127.0.0.1"
    host = f"[{host}]" if ":" in host else host
    scheme = "https" if settings.certfile else "http"
    return f"{scheme}://{host}:{settings.port}"


@plan_app.command("done")
def plan_done(
    ctx: typer.Context,
    item_id: Annotated[int, typer.Argument(help="タスクの ID（furikaeri plan で表示）")],
    undo: Annotated[bool, typer.Option("--undo", help="済みの印を外す")] = False,
    db: DbOption = None,
) -> None:
    """タスクに済みの印を付けます。"""
    from furikaeri import store as core

    store = open_store_or_fail(_db(ctx, db))
    try:  # NotFound: the root command's one wrapper prints it (exit 1)
        with store.session() as session:
            title = core.set_action_done(session, item_id, done=not undo).title
    finally:
        store.close()
    typer.echo(f"{'済みの印を外しました' if undo else '済みにしました'}: #{item_id} {title}")


@plan_app.command("make")
def plan_make(
    ctx: typer.Context,
    rejection_id: Annotated[int, typer.Argument(help="不採用の記録の ID")],
    db: DbOption = None,
) -> None:
    """不採用の診断から、具体的なタスクの計画を作ります（作成済みのものは足しません）。"""
    from furikaeri.plan import make_plan

    store = open_store_or_fail(_db(ctx, db))
    try:
        with store.session() as session:
            rows = make_plan(session, rejection_id)
            titles = [f"#{r.id} {r.title}（期日 {ja_date(r.due_on)}）" for r in rows]
    finally:
        store.close()
    if not titles:
        typer.echo("新しく足すタスクはありませんでした（この不採用の計画は作成済みです）。")
    for line in titles:
        typer.echo(line)


def report(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="書き出す HTML ファイル", dir_okay=False)
    ],
    db: DbOption = None,
) -> None:
    """応募全体の傾向（通過率・原因の推移）を、オフラインで開ける HTML に書き出します。"""
    from furikaeri.patterns_report import build_patterns, render_report

    store = open_store_or_fail(db)
    try:
        store.local_user_id()  # read-only sessions need the local user to exist
        with store.session(readonly=True) as session:
            html = render_report(build_patterns(session))
    finally:
        store.close()
    from furikaeri.files import write_whole

    try:
        write_whole(output, html)  # whole or not at all; owner-only (the report is personal)
    except OSError as exc:
        raise fail(f"ファイルに書き込めません: {output} ({exc.strerror or exc})") from exc
    typer.echo(f"{output} に書き出しました。ブラウザで開けます（印刷にも対応しています）。")


def _db(ctx: typer.Context, db: str | None) -> str | None:
    """--db after the subcommand (`plan make 1 --db …`, as every other command takes it) or
    before it (`plan --db … make 1`)."""
    return db or (ctx.obj or {}).get("db")


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")
    app.command("report")(report)


def _day(iso: str) -> str:
    """A date of the plan's JSON (ISO) as the user reads it (「2026年12月9日」)."""
    return ja_date(dt.date.fromisoformat(iso))
