"""`furikaeri practice ...`: practising answers. Each area registers its commands here."""

from __future__ import annotations

import typer

from furikaeri import cli_voice

app = typer.Typer(
    help="練習: 模擬面接の回答を練習し、録音した回答の話し方を測ります。",
    no_args_is_help=True,
    rich_markup_mode=None,
)
cli_voice.register(app)
