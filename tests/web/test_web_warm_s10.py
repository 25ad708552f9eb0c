"""A served process warms itself as it starts (furikaeri.web.warm): the dictionary, the
analyzer's patterns, the reply reader's rules and the templates load in a background thread,
once a process, only when `furikaeri serve` asks (web_warm), and a failure only logs."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

import pytest
from web_helpers import Client, make_settings

from furikaeri import nlp
from furikaeri.cli_web import _settings
from furikaeri.settings import Settings
from furikaeri.web import warm
from furikaeri.web.app import create_app
from furikaeri.web.render import make_templates


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """A process that has not warmed yet, whose warming only records what it was given."""
    calls: list[Any] = []
    monkeypatch.setattr(warm, "_started", [])
    monkeypatch.setattr(warm, "warm", lambda *, templates, **_: calls.append(templates))
    return calls


# Pages whose templates a visitor's first requests compiled before.
@pytest.mark.parametrize(
    "name",
    [
        "dashboard/index.html",
        "dashboard/_board.html",
        "rejection/diagnosis.html",
        "rejection/_evidence.html",
        "analysis/page.html",
    ],
)
def test_warming_compiles_the_templates(name: str) -> None:
    templates = make_templates()
    assert warm.compile_templates(templates) > 50
    loaded = {key[1] for key in templates.env.cache}  # (loader ref, name) keys
    assert name in loaded


def test_warming_loads_the_dictionary_and_runs_the_samples() -> None:
    warm.warm(templates=make_templates())
    assert nlp._loaded  # the one shared Sudachi dictionary


def test_a_process_warms_once(fresh: list[Any]) -> None:
    first = warm.start("templates")
    assert isinstance(first, threading.Thread)
    first.join(timeout=10)
    assert warm.start("other templates") is None
    assert fresh == ["templates"]


@pytest.mark.parametrize(("web_warm", "started"), [(True, 1), (False, 0)])
def test_the_app_warms_when_asked(
    tmp_path: Path, fresh: list[Any], web_warm: bool, started: int
) -> None:
    app = create_app(make_settings(tmp_path, web_warm=web_warm))
    with Client(app) as client:
        assert client.get("/").status_code == 200
    for thread in warm._started:
        thread.join(timeout=10)
    assert fresh == [app.state.templates] * started


def test_serve_asks_for_it_and_tests_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().web_warm is False
    assert _settings(None, None, None, {"certfile": None, "keyfile": None}).web_warm is True
    monkeypatch.setenv("FURIKAERI_WEB_WARM", "1")  # how the workers of --workers read it
    assert Settings().web_warm is True


def test_a_failure_only_leaves_the_process_cold(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_templates: Any) -> int:
        raise OSError("templates unreadable")

    monkeypatch.setattr(warm, "compile_templates", broken)
    with caplog.at_level(logging.WARNING, logger="furikaeri.web.warm"):
        warm.warm(templates=make_templates())
    assert "warming the server process failed" in caplog.text
