"""FURIKAERI_WEB_THREADS: how many sync pages run at once, set when the server starts."""

from __future__ import annotations

from pathlib import Path

import anyio.to_thread
import pytest
from pydantic import ValidationError
from web_helpers import Client, make_settings

from furikaeri.settings import Settings
from furikaeri.web.app import create_app


async def _tokens() -> float:
    return anyio.to_thread.current_default_thread_limiter().total_tokens


def test_the_setting_limits_the_threads_of_the_running_server(tmp_path: Path) -> None:
    with Client(create_app(make_settings(tmp_path, web_threads=3))) as client:
        assert client.portal is not None
        assert client.portal.call(_tokens) == 3
        assert client.get("/").status_code == 200  # a sync page runs in one of them


def test_four_by_default_and_zero_keeps_anyio_s_own(tmp_path: Path) -> None:
    with Client(create_app(make_settings(tmp_path))) as client:
        assert client.portal is not None
        assert client.portal.call(_tokens) == 4
    with Client(create_app(make_settings(tmp_path, web_threads=0))) as client:
        assert client.portal is not None
        assert client.portal.call(_tokens) == 40


def test_it_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FURIKAERI_WEB_THREADS", "8")
    assert Settings().web_threads == 8
    monkeypatch.setenv("FURIKAERI_WEB_THREADS", "-1")
    with pytest.raises(ValidationError):
        Settings()
