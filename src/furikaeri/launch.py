"""The `furikaeri` entry point. The most common call, `furikaeri analyze "回答" [--json]
[-q 質問] [--kind 種類]`, runs without importing the Typer app: Typer coerces every option
through pydantic, and those imports alone cost more than loading the Sudachi dictionary. Any
other argument (help, files, batches, every other command) goes to the full CLI (cli.py), which
gives the same output for the same arguments (tests/test_cli_analyze.py checks both paths).
"""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from furikaeri.analyzer import Analysis

_OPTIONS = {"--question": "question", "-q": "question", "--kind": "kind"}
# Up to this many characters (answer and question), one process reading one text compiles its
# patterns without the lookaheads that speed up many texts (patterns.for_one_text): faster in
# total up to ~8,000 characters (measured: 300 characters 46 -> 35 ms of CPU, 8,000 131 -> 122).
ONE_TEXT_CHARS = 4000


def _quick_args(args: list[str]) -> tuple[str, dict[str, str], bool] | None:
    """(answer, options, as_json) when ``args`` are only an answer and the simple options."""
    text: str | None = None
    options: dict[str, str] = {}
    as_json = False
    items = iter(args)
    for arg in items:
        if arg == "--json":
            as_json = True
        elif arg in _OPTIONS:
            value = next(items, None)
            if value is None:
                return None
            options[_OPTIONS[arg]] = value
        elif arg.startswith("-") or text is not None:
            return None
        else:
            text = arg
    return (text, options, as_json) if text is not None else None


def quick_analyze(args: list[str], *, last: bool = False) -> int | None:
    """Run `analyze` without Typer; None when the arguments need the full CLI. ``last``: the
    process ends after this answer (main), so a short one compiles its patterns for one text
    (patterns.for_one_text: a setting of the whole process, never made in a caller's)."""
    parsed = _quick_args(args)
    if parsed is None:
        return None
    from furikaeri import nlp

    nlp.preload()  # the dictionary loads while the analyzer's modules import
    text, options, as_json = parsed
    if last and len(text) + len(options.get("question", "")) <= ONE_TEXT_CHARS:
        from furikaeri.patterns import for_one_text

        for_one_text()  # same findings; the patterns compile faster (see for_one_text)
    from furikaeri.analyzer import analyze
    from furikaeri.errors import FurikaeriError

    try:
        result = analyze(text, question=options.get("question"), kind=options.get("kind"))
    except FurikaeriError as exc:
        print(f"エラー: {exc.message}", file=sys.stderr)
        return exc.exit_code
    show_analysis(result, as_json=as_json)
    return 0


def show_analysis(result: Analysis, *, as_json: bool) -> None:
    """Print an analysis as JSON or as the readable report (both paths use this)."""
    if as_json:
        import json

        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    from furikaeri.report_plain import plain_report, rich_is_plain

    text = plain_report(result) if rich_is_plain() else None
    if text is not None:  # what Rich would print to a file or a pipe, without importing it
        sys.stdout.write(text)
        return
    from furikaeri.report import print_analysis

    print_analysis(result)


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["analyze"]:
        # A one-answer process (an argument is at most 128 KiB on Linux): no cyclic garbage
        # collection while ~40,000 objects are imported and the answer is read (~5 ms), and
        # frozen before exit so that the collection at shutdown does not walk them all (~10 ms).
        gc.disable()
        code = quick_analyze(args[1:], last=True)
        if code is not None:
            sys.stdout.flush()
            gc.freeze()
            raise SystemExit(code)
        gc.enable()
    from furikaeri.cli import main as full_cli

    full_cli()
