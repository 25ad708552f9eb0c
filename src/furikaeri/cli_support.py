"""What every CLI module shares: how a command stops on bad input."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from typer._click.core import Context  # typer vendors click: its own Context type
from typer.core import TyperGroup

from furikaeri.errors import FurikaeriError


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``エラー: message`` on stderr; the caller raises the returned Exit."""
    typer.echo(f"エラー: {message}", err=True)
    return typer.Exit(code)


def json_line(rec: dict[str, object]) -> str:
    """One JSON line of a batch; a value that is not valid Unicode (a lone surrogate) is
    written as a JSON escape instead of breaking the output stream."""
    line = json.dumps(rec, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(rec)
    return line + "\n"


def safe_output() -> None:
    """Text that cannot be encoded (lone surrogates from argv or a file) is printed replaced,
    never as a UnicodeEncodeError traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


class Commands(TyperGroup):
    """The root command group. Its one wrapper turns a :class:`FurikaeriError` raised by any
    command (sub-commands included) into ``エラー: message`` and the error's exit code."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except FurikaeriError as exc:
            raise fail(exc.message, exc.exit_code) from exc
