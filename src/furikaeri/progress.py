"""Reading JSONL input line by line, with a progress bar on stderr when it is a terminal."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console


@contextlib.contextmanager
def line_source(source: str, *, label: str) -> Iterator[Iterator[str]]:
    """Yield an iterator over the lines of ``source`` (a path or ``-`` for stdin).

    Constant memory: lines are read as they are consumed. When stderr is a terminal and the
    source is a file, a progress bar (by bytes read) is drawn on stderr. Lines are decoded
    one by one, so that a file saved in Shift_JIS stops with the line number instead of a
    traceback, and a UTF-8 BOM (Windows メモ帳) is not read as part of the first record.
    """
    stopped: list[str] = []  # the message of a line that could not be decoded
    if source == "-":
        yield _decoded(getattr(sys.stdin, "buffer", None) or sys.stdin, "標準入力", stopped)
    else:
        try:
            fh: IO[bytes] = open(source, "rb")  # noqa: SIM115
        except OSError as exc:
            typer.echo(f"エラー: ファイルを開けません: {source} ({exc.strerror})", err=True)
            raise typer.Exit(2) from exc
        with fh:
            raw: Iterable[bytes] = fh
            if sys.stderr.isatty():
                raw = _with_progress(fh, os.path.getsize(source), label)
            yield _decoded(raw, source, stopped)
    if stopped:
        # Said once the lines before it are all judged and written (a batch reads ahead).
        typer.echo(stopped[0], err=True)
        raise typer.Exit(2)


def _decoded(lines: Iterable[bytes | str], name: str, stopped: list[str]) -> Iterator[str]:
    """The lines as text; at a line that is not UTF-8 the input ends, with the message left
    in ``stopped`` for line_source to give after the lines before it."""
    for lineno, line in enumerate(lines, start=1):
        if isinstance(line, str):  # a text stdin (no .buffer): already decoded
            yield line
            continue
        try:
            text = line.decode("utf-8-sig" if lineno == 1 else "utf-8")
        except UnicodeDecodeError:
            stopped.append(
                f"エラー: {name} の {lineno} 行目を UTF-8 として読めません。"
                "Shift_JIS などで保存したファイルは、UTF-8 で保存し直してください。"
            )
            return
        yield text


def _with_progress(fh: IO[bytes], total: int, label: str) -> Iterator[bytes]:
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
            bar.advance(task, len(line))
            yield line


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


@contextlib.contextmanager
def counter(label: str, *, total: int | None = None) -> Iterator[Callable[[int], None]]:
    """Progress of a long step on stderr: a Rich bar on a terminal, else a plain line count
    (``label: 500 / 2000``) every ``PLAIN_EVERY`` items and at the end. Yields ``advance(n)``."""
    done = 0
    if sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(console=_stderr_console(), transient=True) as bar:
            task = bar.add_task(label, total=total)

            def advance_bar(n: int = 1) -> None:
                bar.advance(task, n)

            yield advance_bar
        return

    def advance_plain(n: int = 1) -> None:
        nonlocal done
        before, done = done, done + n
        if before // PLAIN_EVERY != done // PLAIN_EVERY:
            _plain(label, done, total)

    yield advance_plain
    if done % PLAIN_EVERY or done == 0:
        _plain(label, done, total)


PLAIN_EVERY = 500


def _plain(label: str, done: int, total: int | None) -> None:
    of = f" / {total}" if total is not None else ""
    print(f"{label}: {done}{of}", file=sys.stderr, flush=True)
