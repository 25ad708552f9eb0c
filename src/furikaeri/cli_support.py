"""What every CLI module shares: how a command stops on bad input."""

from __future__ import annotations

import typer


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print ``エラー: message`` on stderr; the caller raises the returned Exit."""
    typer.echo(f"エラー: {message}", err=True)
    return typer.Exit(code)
