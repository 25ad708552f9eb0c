"""What every CLI module shares: how a command stops on bad input."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

import typer
from typer._click.core import Context  # typer vendors click: its own Context type
from typer._click.exceptions import BadParameter, NoSuchOption
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
        except NoSuchOption as exc:
            # 「plan done -5」: a negative number reads as an option (Click's English error).
            if re.fullmatch(r"-\d+", exc.option_name):
                raise fail(f"ID は 1 以上の整数で指定してください（{exc.option_name}）。") from exc
            raise
        except BadParameter as exc:
            # 「diagnose abc」: an integer argument given something else.
            name = getattr(exc.param, "name", None) or ""
            if "valid integer" in exc.message:  # typer's integer coercion (pydantic int_parsing)
                if name.endswith("id"):
                    raise fail("ID は数字（1 以上の整数）で指定してください。") from exc
                raise fail(f"{_label(exc.param, name)} には整数を指定してください。") from exc
            raise


def _label(param: Any, name: str) -> str:
    """An option as it is typed (``--workers``), an argument by its name."""
    opts = [o for o in getattr(param, "opts", []) if o.startswith("--")]
    return opts[0] if opts else (name or "値")
