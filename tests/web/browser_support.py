"""Browser test support: `furikaeri serve` on a free port with a fresh SQLite database, and
Playwright's Python package driving Debian's Chromium (no browser download).

The fixtures (server, browser, page) are registered once, in conftest.py: a session-scoped
browser imported into several test modules would start Playwright once per module, and a second
sync Playwright in the same thread fails. Test modules import only the helpers (``_shot``,
``CHROMIUM``, ``ARTIFACTS``...) from here."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import free_port
from web_helpers import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, require

__all__ = ["ARTIFACTS", "CHROMIUM", "CHROMIUM_ARGS", "_shot", "browser", "page", "server"]


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"furikaeri serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"furikaeri serve did not answer at {url}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real command, as `make run` starts it, minus the browser."""
    port = free_port()
    db = f"sqlite:///{tmp_path / 'browser.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FURIKAERI_")}
    env["FURIKAERI_DATA_DIR"] = str(tmp_path)  # nothing written outside the test's directory
    cmd = [sys.executable, "-m", "furikaeri", "serve", "--no-browser", "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--db", db], env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


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


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    yield page
    context.close()
    # A CSP violation or a script error shows up here: the pages must run clean.
    assert not problems, problems


def _shot(page: Any, name: str, *, full: bool = True) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)
