"""Docs can't drift: every CLI command and every setting appears in the README."""

from __future__ import annotations

from pathlib import Path

import typer

from furikaeri.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _command_paths(typer_app: typer.Typer, prefix: str = "furikaeri") -> list[str]:
    click_group = typer.main.get_command(typer_app)
    paths: list[str] = []

    def walk(cmd, path: str) -> None:  # type: ignore[no-untyped-def]
        subs = getattr(cmd, "commands", None)
        if not subs:
            paths.append(path)
            return
        for name, sub in subs.items():
            walk(sub, f"{path} {name}")

    walk(click_group, prefix)
    return paths


def test_every_cli_command_is_in_the_readme() -> None:
    missing = [p for p in _command_paths(app) if f"`{p}" not in README and f"{p} " not in README]
    assert not missing, f"commands missing from README.md: {missing}"


def test_readme_quickstart_has_the_two_commands() -> None:
    assert "make run" in README and "make test" in README


def test_every_setting_is_in_the_readme() -> None:
    from furikaeri.settings import Settings

    names = [f"FURIKAERI_{name.upper()}" for name in Settings.model_fields]
    missing = [n for n in names if n not in README]
    assert not missing, f"settings missing from README.md: {missing}"
