"""Web fixtures: a fresh app on a tmp_path SQLite database per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import browser, page, server  # noqa: F401 - registered once, here
from web_helpers import Client, make_settings

from furikaeri.web.app import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    return make_settings(tmp_path)


@pytest.fixture
def client(settings: Any) -> Iterator[Client]:
    with Client(create_app(settings)) as c:
        yield c
