"""Helpers shared by the store tests (imported by name: tests/store is on sys.path)."""

from __future__ import annotations

from pathlib import Path

from furikaeri import store
from furikaeri.store import open_store

__all__ = ["clean_output", "companies", "fresh_db", "one_line_failure"]


def fresh_db(tmp_path: Path) -> str:
    """The URL of a SQLite file not made yet (the command given it creates and migrates it)."""
    return f"sqlite:///{tmp_path / 'fresh.sqlite3'}"


def clean_output(result: object) -> str:
    """A CliRunner result's output, asserted free of a traceback, Click's usage and a decoding
    error."""
    output = str(getattr(result, "output", ""))
    assert "Traceback" not in output and "Usage" not in output, output
    assert not isinstance(getattr(result, "exception", None), UnicodeDecodeError)
    return output


def one_line_failure(result, *, code: int = 2) -> str:  # type: ignore[no-untyped-def]
    """The one line a failed command wrote to stderr, its exit code asserted ``code``."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)


def companies(url: str) -> list[str]:
    """The company of every application in the database at ``url`` (opened, then closed)."""
    opened = open_store(url)
    with opened.session(readonly=True) as s:
        names = [a.company for a in store.list_applications(s)]
    opened.close()
    return names
