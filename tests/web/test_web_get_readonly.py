"""GET never writes: every GET route (enumerated from the app, ids filled by the demo data)
leaves the SQLite database byte-identical, so a cross-site <img> cannot change anything and a
page visited first never makes `furikaeri demo` or `import` think the database has data."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner
from web_helpers import Client, all_routes


def _db_state(settings: Any) -> str:
    """Hash of the database file and its write-ahead log (writes land in the log first)."""
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    digest = hashlib.sha256()
    for part in (path, Path(f"{path}-wal")):
        digest.update(part.read_bytes() if part.exists() else b"-")
    return digest.hexdigest()


def _get_paths(app: Any) -> list[str]:
    paths = [
        re.sub(r"\{[^}]+\}", "app.css" if p.startswith("/static") else "1", p)
        for p, methods in all_routes(app.routes)
        if "GET" in methods
    ]
    # The draft page with the name typed (the case that used to create a profile).
    return [
        *paths,
        *(f"/rejections/{i}/request?name=山田太郎&email=taro@example.jp" for i in (1, 2)),
    ]


def _assert_gets_write_nothing(client: Client, settings: Any) -> int:
    client.get("/")  # the CSRF cookie first; the local user row exists since startup
    before = _db_state(settings)
    seen = 0
    for path in _get_paths(client.app):
        response = client.get(path)
        assert response.status_code < 500, (path, response.status_code)
        assert _db_state(settings) == before, path
        seen += 1
    return seen


def test_no_get_route_writes_to_an_empty_database(client: Client, settings: Any) -> None:
    assert _assert_gets_write_nothing(client, settings) >= 18
    # Nothing was created, so the demo is still offered and still loads.
    assert "デモデータ" in client.get("/").text
    assert client.send_form("/demo").status_code in (200, 303)
    assert "あおば食品" in client.get("/applications").text


def test_no_get_route_writes_to_a_database_with_data(client: Client, settings: Any) -> None:
    client.send_form("/demo")
    assert _assert_gets_write_nothing(client, settings) >= 18


def test_visiting_the_profile_page_leaves_the_database_importable(
    client: Client, settings: Any, tmp_path: Path
) -> None:
    from furikaeri.cli import app

    client.get("/profile")
    client.get("/rejections/1/request?name=x")
    result = CliRunner().invoke(app, ["demo", "--db", settings.database_url])
    assert result.exit_code == 0, result.output
