"""Shared fixtures. Tests use real things: files under tmp_path, the real CLI, real servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from support import IN_CI, require

__all__ = ["IN_CI", "require"]


@pytest.fixture(autouse=True)
def _own_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """No test may touch the user's real data: the default database lives in a temp dir."""
    data = tmp_path_factory.mktemp("furikaeri-data")
    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(data))
    # The validated-data cache (catalogue.checked_data) is kept out of the user's cache dir too.
    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.delenv("FURIKAERI_DATABASE_URL", raising=False)
    yield data
