"""Helpers shared by the web tests (imported by name: tests/web is on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from support import migrated_sqlite, require

from furikaeri.settings import get_settings

__all__ = [
    "ARTIFACTS",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "LOCAL_URL",
    "Client",
    "make_settings",
    "require",
    "soup",
]


def make_settings(tmp_path: Path, **overrides: Any) -> Any:
    """Settings for an app on ``tmp_path``: its SQLite file (the one already there, else a
    copy of a database migrated once a session) and its data directory."""
    db = tmp_path / "web.sqlite3"
    if not db.exists():
        migrated_sqlite(db)
    return get_settings(database_url=f"sqlite:///{db}", data_dir=tmp_path, **overrides)


CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_URL = "http://127.0.0.1:8765"  # the server answers only local Host names


class Client(TestClient):
    """TestClient that knows the page's CSRF token and parses HTML."""

    def __init__(self, app: Any, **kw: Any) -> None:
        kw.setdefault("base_url", LOCAL_URL)
        super().__init__(app, **kw)

    def csrf(self) -> str:
        if not self.cookies.get("furikaeri_csrf"):
            self.get("/analyze")
        meta = soup(self.get("/analyze")).find("meta", attrs={"name": "csrf-token"})
        assert meta is not None
        return str(meta["content"])

    def send_form(self, url: str, data: dict[str, Any] | None = None, **kw: Any) -> httpx.Response:
        payload = {"csrf_token": self.csrf(), **(data or {})}
        return self.post(url, data=payload, **kw)

    def htmx(self, url: str, data: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"HX-Request": "true", "X-CSRF-Token": self.csrf()}
        return self.post(url, data=data or {}, headers=headers)


def soup(response: httpx.Response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def all_routes(routes: Any, prefix: str = "") -> list[tuple[str, set[str]]]:
    """(path, methods) of every endpoint, walking included routers; a mount (the static files)
    is listed as ``path/{path}`` with GET."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount, Route

    out: list[tuple[str, set[str]]] = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            inner = getattr(getattr(route, "include_context", None), "prefix", "")
            out += all_routes(nested.routes, prefix + inner)
        elif isinstance(route, APIRoute | Route):
            out.append((prefix + route.path, set(route.methods or ())))
        elif isinstance(route, Mount):
            out.append((prefix + route.path + "/{path}", {"GET"}))
    return out
