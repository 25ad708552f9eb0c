"""Reading JSONL input line by line, with a progress bar on stderr when it is a terminal."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console


@contextlib.contextmanager
def line_source(source: str, *, label: str) -> Iterator[Iterator[str]]:
    """Yield an iterator over the lines of ``source`` (a path or ``-`` for stdin).

    Constant memory: lines are read as they are consumed. When stderr is a terminal and the
    source is a file, a progress bar (by bytes read) is drawn on stderr.
    """
    if source == "-":
        yield iter(sys.stdin)
        return
    try:
        fh: IO[str] = open(source, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        typer.echo(f"エラー: ファイルを開けません: {source} ({exc.strerror})", err=True)
        raise typer.Exit(2) from exc
    with fh:
        if not sys.stderr.isatty():
            yield iter(fh)
            return
        yield _with_progress(fh, os.path.getsize(source), label)


def _with_progress(fh: IO[str], total: int, label: str) -> Iterator[str]:
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    with Progress(
        TextColumn(label),
        BarColumn(),
        TaskProgressColumn(),
        transient=True,
        console=_stderr_console(),
    ) as bar:
        task = bar.add_task(label, total=total)
        for line in fh:
            bar.advance(task, len(line.encode("utf-8")))
            yield line


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)
