"""Commands that need the store: db, diagnose, serve, demo, export, import."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the store-backed commands to the root app."""
