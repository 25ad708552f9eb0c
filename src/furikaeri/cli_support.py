"""What every CLI module shares: how a command stops on bad input."""

from __future__ import annotations

from typing import Any

import typer
from typer._click.core import Context  # typer vendors click: its own Context type
from typer.core import TyperGroup

from furikaeri.errors import FurikaeriError


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``エラー: message`` on stderr; the caller raises the returned Exit."""
    typer.echo(f"エラー: {message}", err=True)
    return typer.Exit(code)


class Commands(TyperGroup):
    """The root command group. Its one wrapper turns a :class:`FurikaeriError` raised by any
    command (sub-commands included) into ``エラー: message`` and the error's exit code."""

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except FurikaeriError as exc:
            raise fail(exc.message, exc.exit_code) from exc
