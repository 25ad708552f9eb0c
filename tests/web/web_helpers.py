"""Helpers shared by the web tests (imported by name: tests/web is on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient
from support import require

from furikaeri.settings import get_settings

__all__ = ["Client", "make_settings", "require", "soup"]


def make_settings(tmp_path: Path, **overrides: Any) -> Any:
    db = tmp_path / "web.sqlite3"
    return get_settings(database_url=f"sqlite:///{db}", data_dir=tmp_path, **overrides)


class Client(TestClient):
    """TestClient that knows the page's CSRF token and parses HTML."""

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
