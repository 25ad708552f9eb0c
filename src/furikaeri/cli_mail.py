"""`furikaeri mail ...` commands: classify, draft, check, import."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="メール: 選考結果メールの判定、フィードバック依頼の下書き・チェック、取り込み。",
    no_args_is_help=True,
    rich_markup_mode=None,
)
