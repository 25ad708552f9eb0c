"""Settings: FURIKAERI_* environment variables, the SQLite default in the user data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from furikaeri.settings import Settings, get_settings
from furikaeri.store.database import resolve_url


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "DATA_DIR", "HOST", "PORT", "PASSWORD"):
        monkeypatch.delenv(f"FURIKAERI_{name}", raising=False)
    s = Settings()
    assert (s.host, s.port, s.password) == ("127.0.0.1", 8765, None)
    assert s.database_url == f"sqlite:///{s.data_dir / 'furikaeri.sqlite3'}"
    assert "furikaeri" in str(s.data_dir)


def test_environment_and_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("FURIKAERI_PASSWORD", "s3cret")
    monkeypatch.setenv("FURIKAERI_PORT", "9000")
    s = get_settings()
    assert s.database_url == f"sqlite:///{tmp_path / 'furikaeri.sqlite3'}"
    assert s.password is not None and s.password.get_secret_value() == "s3cret"
    assert "s3cret" not in repr(s)
    assert s.port == 9000
    monkeypatch.setenv("FURIKAERI_DATABASE_URL", "postgresql+psycopg://u:p@h/db")
    assert resolve_url(None) == "postgresql+psycopg://u:p@h/db"
    assert resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    assert get_settings(database_url="sqlite:///y.db", host=None).host == "127.0.0.1"
