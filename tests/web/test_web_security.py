"""Security: CSRF on every state-changing route (enumerated, so a new one cannot skip it),
strict headers on every response, safe binding (password mode: test_web_login.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from starlette.routing import Route
from typer.testing import CliRunner
from web_helpers import LOCAL_URL, Client, make_settings, soup

from furikaeri.web.app import create_app
from furikaeri.web.security import CSP, is_loopback

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def _all_routes(routes: Any, prefix: str = "") -> list[tuple[str, set[str]]]:
    """(path, methods) of every endpoint, walking included routers (FastAPI keeps them nested)."""
    out: list[tuple[str, set[str]]] = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            inner = getattr(getattr(route, "include_context", None), "prefix", "")
            out += _all_routes(nested.routes, prefix + inner)
        elif isinstance(route, APIRoute | Route):
            out.append((prefix + route.path, set(route.methods or ())))
    return out


def _unsafe_routes(app: Any) -> list[tuple[str, str]]:
    return [
        (method, re.sub(r"\{[^}]+\}", "1", path))
        for path, methods in _all_routes(app.routes)
        for method in sorted(methods & UNSAFE)
    ]


def _get_pages(app: Any) -> list[str]:
    """Every GET page; ids are 1, which the demo data fills (see the fixture below)."""
    return [
        re.sub(r"\{[^}]+\}", "1", p) for p, methods in _all_routes(app.routes) if "GET" in methods
    ]


@pytest.fixture
def demo_client(client: Client) -> Client:
    client.send_form("/demo")
    return client


def test_the_app_has_state_changing_routes_to_protect(client: Client) -> None:
    # Guards the enumeration below against silently testing nothing.
    assert len(_unsafe_routes(client.app)) >= 5


def test_every_state_changing_route_refuses_a_request_without_token(client: Client) -> None:
    client.get("/")  # a valid CSRF cookie, but no token in the request
    for method, path in _unsafe_routes(client.app):
        response = client.request(method, path, data={"company": "x"})
        assert response.status_code == 403, (method, path, response.status_code)
        assert "再読み込み" in response.text


def test_every_state_changing_route_refuses_a_wrong_token(client: Client) -> None:
    client.get("/")
    for method, path in _unsafe_routes(client.app):
        response = client.request(method, path, data={"csrf_token": "forged"})
        assert response.status_code == 403, (method, path)
        response = client.request(method, path, headers={"X-CSRF-Token": "forged"})
        assert response.status_code == 403, (method, path)


def test_a_token_without_its_cookie_is_refused(client: Client) -> None:
    token = client.csrf()
    client.cookies.clear()
    response = client.post("/analyze", data={"csrf_token": token, "answer": "はい"})
    assert response.status_code == 403


def test_a_cookie_planted_by_another_site_is_refused(client: Client) -> None:
    # Another service on 127.0.0.1 (any port) can set cookies for us: the cookie is signed.
    client.cookies.set("furikaeri_csrf", "planted.abc")
    response = client.post("/analyze", data={"csrf_token": "planted", "answer": "はい"}, headers={})
    assert response.status_code == 403


def test_a_cross_origin_post_is_refused_even_with_a_token(client: Client) -> None:
    token = client.csrf()
    response = client.post(
        "/analyze",
        data={"csrf_token": token, "answer": "はい"},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403


def test_the_form_field_and_the_htmx_header_are_both_accepted(client: Client) -> None:
    assert client.send_form("/analyze", {"answer": "はい"}).status_code == 200
    assert client.htmx("/analyze", {"answer": "はい"}).status_code == 200


def test_security_headers_on_pages_static_files_and_errors(client: Client) -> None:
    for path in ["/", "/analyze", "/static/app.css", "/static/htmx.min.js", "/no-such-page"]:
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP, path
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-content-type-options"] == "nosniff"
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ]:
        assert directive in CSP
    assert "unsafe" not in CSP


def test_the_csrf_cookie_is_httponly_and_samesite(client: Client) -> None:
    cookie = client.get("/").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_no_page_has_inline_script_style_or_handlers(demo_client: Client) -> None:
    client = demo_client
    checked = 0
    for path in _get_pages(client.app):
        response = client.get(path)
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        if response.headers.get("content-disposition", "").startswith("attachment"):
            continue  # a download (the offline report) carries its own inline CSS on purpose
        checked += 1
        page = soup(response)
        for script in page.find_all("script"):
            assert script.get("src"), (path, script)
            assert not script.string, path
        assert not page.find_all("style"), path
        for tag in page.find_all(True):
            assert "style" not in tag.attrs, (path, tag.name)
            assert not [a for a in tag.attrs if a.startswith("on")], (path, tag.name)
            assert not [a for a in tag.attrs if a.startswith("hx-on")], (path, tag.name)
            assert not str(tag.get("href", "")).lower().startswith("javascript:"), path
    assert checked >= 15


def test_htmx_is_vendored_and_every_page_is_japanese_and_mobile_ready(
    demo_client: Client,
) -> None:
    client = demo_client
    for path in _get_pages(client.app):
        response = client.get(path)
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        page = soup(response)
        assert page.html is not None and page.html.get("lang") == "ja", path
        assert page.find("meta", attrs={"name": "viewport"}), path
        sources = [s["src"] for s in page.find_all("script")]
        assert all(str(src).startswith("/static/") for src in sources), sources


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.0.0.2", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.5", False),
        ("::", False),
        ("example.com", False),
    ],
)
def test_loopback_detection(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_serve_refuses_a_public_address_without_a_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from furikaeri.cli import app

    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))

    monkeypatch.delenv("FURIKAERI_PASSWORD", raising=False)
    started: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--no-browser", "--db", db])
    assert result.exit_code == 2
    assert "FURIKAERI_PASSWORD" in result.output
    assert not started


def test_serve_starts_with_a_password_or_on_loopback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from furikaeri.cli import app

    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))

    started: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    monkeypatch.setenv("FURIKAERI_PASSWORD", "himitsu-no-kotoba")
    result = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--no-browser", "--db", db])
    assert result.exit_code == 0, result.output
    monkeypatch.delenv("FURIKAERI_PASSWORD")
    result = CliRunner().invoke(app, ["serve", "--no-browser", "--port", "9999", "--db", db])
    assert result.exit_code == 0, result.output
    assert started == [
        {"host": "0.0.0.0", "port": 8765, "log_level": "warning"},
        {"host": "127.0.0.1", "port": 9999, "log_level": "warning"},
    ]


def test_a_post_the_browser_marks_as_from_another_site_is_refused(client: Client) -> None:
    token = client.csrf()
    data = {"csrf_token": token, "answer": "はい"}
    for site in ["cross-site", "same-site"]:
        response = client.post("/analyze", data=data, headers={"Sec-Fetch-Site": site})
        assert response.status_code == 403, site
    # Chromium sends Origin: null on same-origin posts under Referrer-Policy: no-referrer.
    headers = {"Sec-Fetch-Site": "same-origin", "Origin": "null"}
    assert client.post("/analyze", data=data, headers=headers).status_code == 200


def test_a_token_survives_a_restart_of_the_server(tmp_path: Path) -> None:
    # The same data directory, a new app: a page left open can still be submitted.
    with Client(create_app(make_settings(tmp_path))) as first:
        token = first.csrf()
        cookie = first.cookies.get("furikaeri_csrf")
    assert (tmp_path / "web-secret").stat().st_mode & 0o077 == 0
    with Client(create_app(make_settings(tmp_path))) as second:
        second.cookies.set("furikaeri_csrf", str(cookie))
        response = second.post("/analyze", data={"csrf_token": token, "answer": "はい"})
        assert response.status_code == 200


def test_an_unexpected_error_is_a_japanese_page_with_the_headers(settings: Any) -> None:
    app = create_app(settings)

    def boom() -> None:
        raise RuntimeError("boom")

    app.add_api_route("/boom", boom)
    with TestClient(app, raise_server_exceptions=False, base_url=LOCAL_URL) as c:
        response = c.get("/boom")
    assert response.status_code == 500
    assert response.headers["content-security-policy"] == CSP
    assert "予期しないエラー" in response.text
    assert "boom" not in response.text  # no internals shown


def test_the_csrf_refusal_is_a_japanese_page(client: Client) -> None:
    client.get("/")
    response = client.post("/applications", data={"company": "x"})
    assert response.status_code == 403
    page = soup(response)
    assert page.html is not None and page.html["lang"] == "ja"
    assert "再読み込み" in page.text


def test_serve_opens_the_browser_unless_told_not_to(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from furikaeri.cli import app

    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))

    opened: list[str] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: None)
    monkeypatch.setattr("furikaeri.cli_web._open_browser_later", opened.append)
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert opened == ["http://127.0.0.1:8765/"]
    assert "http://127.0.0.1:8765/" in result.output
    CliRunner().invoke(app, ["serve", "--db", db, "--no-browser"])
    assert len(opened) == 1
