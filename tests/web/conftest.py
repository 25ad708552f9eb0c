"""Web fixtures: a fresh app on a tmp_path SQLite database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, Client, make_settings, require

from furikaeri.web.app import create_app


@pytest.fixture
def settings(tmp_path: Path) -> Any:
    return make_settings(tmp_path)


@pytest.fixture
def client(settings: Any) -> Iterator[Client]:
    with Client(create_app(settings)) as c:
        yield c


# --- the real browser (one per session, shared by every browser test module) ----------------


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require(os.path.exists(CHROMIUM), f"Chromium is needed at {CHROMIUM} (apt install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # Two busy CI cores: give the debounced live checks time before calling them missing.
    expect.set_options(timeout=15_000)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
