"""`furikaeri practice`: the practice room in the terminal (Rich prompts), the question bank and
the history. The same core as the web (furikaeri.practice); answers land in the same database.

`furikaeri practice` alone starts a session, as `furikaeri practice start` does.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from typing import TYPE_CHECKING, Annotated, Any

import typer

from furikaeri import cli_voice
from furikaeri.cli_store import DbOption, open_store_or_fail
from furikaeri.cli_support import fail
from furikaeri.dates import ja_date

if TYPE_CHECKING:
    from rich.console import Console

    from furikaeri.practice import Feedback

app = typer.Typer(
    help="模擬面接で練習します（回答ごとにフィードバック、やり直し、深掘りの質問）。",
    invoke_without_command=True,
    rich_markup_mode=None,
)

cli_voice.register(app)  # furikaeri practice analyze-audio

SKIP, QUIT = "/skip", "/quit"


CauseOption = Annotated[
    list[str] | None, typer.Option("--cause", help="練習する原因（複数可。省略時は診断から）")
]
ApplicationOption = Annotated[
    int | None, typer.Option(help="この応募先に合わせて練習する（応募の ID）")
]
CountOption = Annotated[int, typer.Option(help="質問の数（5〜10）")]
TimeLimitOption = Annotated[
    int | None, typer.Option("--time-limit", help="1問の制限時間（秒: 60, 90, 120, 180）")
]
AudienceOption = Annotated[
    str | None, typer.Option(help="new_grad（新卒）または mid_career（中途）")
]


@app.callback()
def practice_main(
    ctx: typer.Context,
    cause: CauseOption = None,
    application: ApplicationOption = None,
    count: CountOption = 5,
    audience: AudienceOption = None,
    time_limit: TimeLimitOption = None,
    db: DbOption = None,
) -> None:
    """模擬面接で練習します。サブコマンドなしで `start` と同じです。"""
    if ctx.invoked_subcommand is None:
        start(
            cause=cause,
            application=application,
            count=count,
            audience=audience,
            time_limit=time_limit,
            db=db,
        )


@app.command("questions")
def questions(
    kind: Annotated[str | None, typer.Option(help="質問の種類（例: self_pr, motivation）")] = None,
    cause: Annotated[str | None, typer.Option(help="練習になる原因（例: self_pr）")] = None,
    audience: AudienceOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
) -> None:
    """質問集の質問を一覧します（種類・原因・対象で絞り込み）。"""
    from furikaeri.analyzer import KINDS
    from furikaeri.question_bank import AUDIENCES, bank, trainable_causes

    if kind is not None and kind not in KINDS:
        raise fail(f"質問の種類 {kind!r} はありません。使える種類: {', '.join(KINDS)}")
    if cause is not None and cause not in trainable_causes():
        raise fail(f"原因 {cause!r} は練習できません。使える原因: {', '.join(trainable_causes())}")
    if audience is not None and audience not in AUDIENCES:
        raise fail(f"対象は {', '.join(AUDIENCES)} のどちらかです。")
    found = bank().select(kind=kind, cause=cause, audience=audience)
    if as_json:
        rows = [q.model_dump(mode="json") for q in found]
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for q in found:
        typer.echo(f"{q.id}\t[{q.kind}]\t{q.text}\t（{'・'.join(q.causes)}）")
    typer.echo(f"{len(found)}問")


@app.command("start")
def start(
    cause: CauseOption = None,
    application: ApplicationOption = None,
    count: CountOption = 5,
    audience: AudienceOption = None,
    time_limit: TimeLimitOption = None,
    db: DbOption = None,
) -> None:
    """模擬面接を始めます。回答は複数行で書き、空行で確定します（/skip でとばす、/quit で終了）。"""
    from rich.console import Console

    from furikaeri import practice as core
    from furikaeri.store import NotFound, ValidationError

    console = Console()
    store = open_store_or_fail(db)
    try:
        with store.session() as session:
            weak = [w.id for w in core.weak_causes(session)]
            focus = "application" if application else ("causes" if cause or weak else "mixed")
            values = {
                "focus": focus,
                "causes": cause or [],
                "application_id": application,
                "count": count,
                "audience": audience or _audience(session),
                "time_limit_s": time_limit,
            }
            practice_id = core.start(session, core.read_start_form(values, weak=weak)).id
        _run(console, store, practice_id)
    except ValidationError as exc:
        raise fail(" / ".join(exc.errors.values())) from exc
    except NotFound as exc:
        raise fail(str(exc), 1) from exc
    finally:
        store.close()


def _audience(session: Any) -> str:
    from furikaeri import store

    return "mid_career" if store.list_career(session) else "new_grad"


def _read_answer(console: Console) -> str | None:
    """Lines up to an empty line; None at the end of input."""
    lines: list[str] = []
    while True:
        try:
            line = console.input("")
        except EOFError:
            return "\n".join(lines) if lines else None
        if not line.strip():
            if lines:
                return "\n".join(lines)
            continue
        lines.append(line)
        if line.strip() in (SKIP, QUIT):
            return line.strip()


def _run(console: Console, store: Any, practice_id: int) -> None:
    """The session, question by question. Ctrl+C ends it as /quit does (the answers given are
    kept, a session with none is not recorded) and exits 130, as an interrupted command does."""
    from furikaeri import practice as core

    console.print("模擬面接を始めます。回答を入力し、空行で確定してください（/skip・/quit）。")
    try:
        _ask_all(console, store, practice_id)
    except KeyboardInterrupt:
        with store.session() as session:
            core.finish(session, practice_id)
        console.print("\n中断しました（確定していない回答は記録していません）。")
        _print_summary(console, store, practice_id)
        raise typer.Exit(130) from None
    _print_summary(console, store, practice_id)


def _ask_all(console: Console, store: Any, practice_id: int) -> None:
    from furikaeri import practice as core

    while True:
        with store.session(readonly=True) as session:
            view = core.session_view(session, practice_id)
            cur = view.current
            if cur is None:
                break
            limit = view.practice.time_limit_s
            _print_question(console, cur, view.total, limit)
        shown = time.monotonic()
        answer = _read_answer(console)
        if answer is None or answer == QUIT:
            with store.session() as session:
                core.finish(session, practice_id)
            break
        elapsed = round(time.monotonic() - shown)
        if limit and elapsed > limit:
            console.print(f"制限時間（{limit}秒）を{elapsed - limit}秒超えました。")
        if answer != SKIP and _answer_and_retry(
            console, store, practice_id, cur.index, answer, elapsed
        ):
            continue
        with store.session() as session:
            core.advance(session, practice_id, position=cur.index)


def _submit(
    console: Console,
    store: Any,
    practice_id: int,
    position: int,
    attempt: int,
    text: str,
    elapsed: int | None = None,
) -> Any:
    from furikaeri import practice as core

    try:
        with store.session() as session:
            done = core.submit_answer(
                session,
                practice_id,
                position=position,
                attempt_no=attempt,
                answer=text,
                elapsed_s=elapsed,
            )
            return core.analysis_from_dict(done.attempt.answer, done.attempt.analysis)
    except core.PracticeError as exc:
        console.print(f"[red]{exc.message}[/red]")
        return None


def _answer_and_retry(
    console: Console, store: Any, practice_id: int, position: int, answer: str, elapsed: int
) -> bool:
    """Judge the answer, offer one retry. True when the answer was refused (ask again)."""
    from rich.prompt import Confirm

    from furikaeri import practice as core

    first = _submit(console, store, practice_id, position, 1, answer, elapsed)
    if first is None:
        return True
    _print_feedback(console, core.feedback(first))
    try:
        again = Confirm.ask("もう一度答えますか（1回だけ）", console=console, default=False)
    except EOFError:
        again = False
    if not again:
        return False
    console.print("書き直した回答を入力してください（空行で確定）。")
    text = _read_answer(console)
    if not text or text in (SKIP, QUIT):
        return False
    retry = _submit(console, store, practice_id, position, 2, text)
    if retry is not None:
        _print_feedback(console, core.feedback(retry))
        comparison = core.compare(first, retry)
        console.print(f"[bold]{comparison.verdict}[/bold]")
        for heading, items in (
            ("1回目の指摘のうち、直ったもの", comparison.fixed),
            ("まだ残っている指摘", comparison.remaining),
            ("やり直しで新しく出た指摘", comparison.new),
        ):
            if items:
                console.print(f"{heading}：")
                for message in items:
                    console.print(f"　・{message}")
    return False


def _print_question(console: Console, cur: Any, total: int, limit: int | None) -> None:
    from rich.panel import Panel

    head = f"質問 {cur.number}/{total}"
    if cur.item.get("note"):
        head += f"　{cur.item['note']}"
    if limit:
        head += f"　制限時間 {limit}秒"
    console.print(Panel(cur.item["text"], title=head, title_align="left"))


def _print_feedback(console: Console, fb: Feedback) -> None:
    from furikaeri.report import print_analysis

    print_analysis(fb.analysis, console=console)
    if fb.fix is not None:
        console.print(f"[bold]いちばん直したい点：{fb.fix.cause_title}[/bold]")
        console.print(f"　書き直しのヒント：{fb.fix.hint}")


def _print_summary(console: Console, store: Any, practice_id: int) -> None:
    from furikaeri import practice as core

    with store.session() as session:
        s = core.summary(session, practice_id)
        if not s.answered and core.discard_if_unanswered(session, practice_id):
            console.print("回答がなかったので、この練習は記録しませんでした。")
            return
        console.print(f"[bold]練習のまとめ[/bold]　{s.answered}問に答えました。")
        for title, n in s.cause_counts:
            console.print(f"　{title}：{n}件")
        for row in s.rows:
            if row.view.first is None:
                continue
            latest = row.now if row.now is not None else 0
            trend = f"（{row.trend}）" if row.trend else ""
            console.print(f"・{row.view.item['text']}　指摘 {latest}件{trend}")
    console.print(
        f"記録しました（練習 ID {practice_id}）。`furikaeri practice history` で見られます。"
    )


@app.command("history")
def history(
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
    limit: Annotated[int, typer.Option(help="表示する件数")] = 20,
    db: DbOption = None,
) -> None:
    """これまでの練習と、回答ごとの指摘の数を表示します。"""
    from furikaeri.store import practice as st

    store = open_store_or_fail(db)
    try:
        store.local_user_id()  # read-only sessions need the local user to exist
        with store.session(readonly=True) as session:
            sessions = st.list_practice_sessions(session, limit=limit)
            attempts = st.attempts_for_sessions(session, [p.id for p in sessions])
            rows = [
                _history_row(p, [a for a in attempts if a.session_id == p.id]) for p in sessions
            ]
    finally:
        store.close()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("まだ練習の記録がありません。`furikaeri practice` で始められます。")
    for r in rows:
        status = "終了" if r["status"] == "finished" else "途中"  # as on /practice
        day = ja_date(dt.date.fromisoformat(r["created_at"][:10]))
        typer.echo(f"#{r['id']} {day} {status} 回答 {len(r['attempts'])}件")
        for a in r["attempts"]:
            tag = "（やり直し）" if a["attempt_no"] == 2 else ""
            typer.echo(f"　{a['question']}{tag}　指摘 {len(a['findings'])}件")


def _history_row(p: Any, attempts: list[Any]) -> dict[str, Any]:
    return {
        "id": p.id,
        "created_at": p.created_at.isoformat(),
        "status": p.status,
        "focus": p.focus,
        "causes": p.causes,
        "attempts": [
            {
                "question_key": a.question_key,
                "question": a.question,
                "attempt_no": a.attempt_no,
                "mode": a.mode,
                "findings": [f["code"] for f in a.analysis.get("findings", [])],
                "audio_metrics": a.audio_metrics,
            }
            for a in attempts
        ],
    }
