"""The furikaeri command line: parse, call the core, render. Heavy imports stay inside commands
so that `furikaeri analyze` starts fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from furikaeri import cli_mail, cli_plan, cli_practice, cli_store, cli_web
from furikaeri.cli_support import Commands, fail, json_line, safe_output

app = typer.Typer(
    help="furikaeri（振り返り）: 面接に落ちた経験を、次の面接に活かすためのツール。",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    cls=Commands,
)
app.add_typer(cli_mail.app, name="mail")
app.add_typer(cli_practice.app, name="practice")
cli_store.register(app)
cli_web.register(app)
cli_plan.register(app)


def _read_text(text: str | None, file: Path | None) -> str:
    if file is not None:
        return _read_file(file)
    if text == "-" or (text is None and not sys.stdin.isatty()):
        try:  # NUL is no text (the web drops it too): 「\0\0」 is an empty answer, not 2字
            return sys.stdin.read().replace("\x00", "")
        except UnicodeDecodeError as exc:
            raise fail(f"標準入力を UTF-8 として読めません ({exc.reason})") from exc
    if text is None:
        raise fail("回答を引数・--file・標準入力（-）のいずれかで渡してください。")
    return text


def _read_file(file: Path) -> str:
    from furikaeri.documents import decode_text

    try:
        data = file.read_bytes()
    except OSError as exc:
        raise fail(f"ファイルを読めません: {file} ({exc.strerror or exc})") from exc
    text = decode_text(data)
    if text is None:
        raise fail(
            f"{file} の文字コードを読み取れません（UTF-8・Shift_JIS・EUC-JP のテキストを"
            "読めます）。テキストエディタで UTF-8 として保存し直してください。"
        )
    # An editor ends the file with a line break; it is no part of the answer.
    return text.rstrip("\r\n").replace("\x00", "")


@app.command()
def analyze(
    text: Annotated[str | None, typer.Argument(help="回答の文章（- で標準入力）")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="回答を読むファイル")] = None,
    question: Annotated[str | None, typer.Option("--question", "-q", help="面接官の質問")] = None,
    kind: Annotated[
        str | None,
        typer.Option(
            help="質問の種類（self_intro, motivation, self_pr, reason_for_leaving, "
            "reverse_questions, short_tenure, other）。省略時は質問から推定"
        ),
    ] = None,
    company_name: Annotated[str | None, typer.Option(help="応募先の会社名")] = None,
    company_profile_file: Annotated[
        Path | None, typer.Option(help="応募先について知っていること（理念・事業・製品）のファイル")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
    jsonl: Annotated[
        str | None, typer.Option(help="JSONL を一括で判定（FILE または -）。書式は README 参照")
    ] = None,
) -> None:
    """面接での回答を、よくある不採用の原因に照らして判定します。"""
    if jsonl is not None:
        raise typer.Exit(_analyze_jsonl(jsonl))
    from furikaeri.analyzer import Company
    from furikaeri.analyzer import analyze as run

    answer = _read_text(text, file)
    profile = None
    if company_profile_file is not None:
        profile = _read_text(None, company_profile_file)
    company = Company(name=company_name, profile=profile) if company_name or profile else None
    result = run(answer, question=question, kind=kind, company=company)
    from furikaeri.launch import show_analysis

    show_analysis(result, as_json=as_json)


def _analyze_jsonl(source: str) -> int:
    """Stream the batch contract; returns the exit status (1 if any line failed)."""
    from furikaeri.analyzer import analyze_records
    from furikaeri.progress import line_source

    failed = False
    with line_source(source, label="判定中") as lines:
        for rec in analyze_records(lines):
            failed = failed or "error" in rec
            sys.stdout.write(json_line(rec))
    sys.stdout.flush()
    return 1 if failed else 0


def main() -> None:
    safe_output()
    app()


if __name__ == "__main__":
    main()
