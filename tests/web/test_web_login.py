"""Password mode: a login form and a session cookie (HttpOnly, SameSite=Strict, Secure over
TLS), backoff of failed logins per client, a minimum password length at start, and a TLS
certificate and key checked before the server starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tls_samples import CERT, KEY, OTHER_KEY
from typer.testing import CliRunner
from web_helpers import Client, make_settings, soup

from furikaeri.web.app import create_app
from furikaeri.web.security import CSP, LoginThrottle, SessionSigner

PASSWORD = "himitsu-no-kotoba"


@pytest.fixture
def locked(tmp_path: Path) -> Any:
    with Client(create_app(make_settings(tmp_path, password=PASSWORD))) as client:
        yield client


def _login(client: Client, password: str, next_url: str = "/") -> Any:
    token = soup(client.get("/login")).select_one("input[name=csrf_token]")["value"]
    form = {"csrf_token": token, "password": password, "next": next_url}
    return client.post("/login", data=form, follow_redirects=False)


def test_pages_need_a_login_and_the_form_gives_a_session(locked: Client) -> None:
    page = locked.get("/applications", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=/applications"
    assert page.headers["content-security-policy"] == CSP
    assert locked.get("/static/app.css").status_code == 200
    assert locked.post("/applications", data={}).status_code in (401, 403)

    assert _login(locked, "wrong-password").status_code == 401
    ok = _login(locked, PASSWORD, "/applications")
    assert ok.status_code == 303 and ok.headers["location"] == "/applications"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Secure" not in cookie
    assert locked.get("/applications").status_code == 200

    token = soup(locked.get("/")).select_one("meta[name=csrf-token]")["content"]
    out = locked.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303 and "Max-Age=0" in out.headers["set-cookie"]
    assert locked.get("/", follow_redirects=False).status_code == 303


def test_no_open_redirect_after_login(locked: Client) -> None:
    assert _login(locked, PASSWORD, "//evil.example/").headers["location"] == "/"


def test_failed_logins_back_off(locked: Client) -> None:
    codes = [_login(locked, "nope-nope-nope").status_code for _ in range(5)]
    assert codes[:3] == [401, 401, 401]
    assert 429 in codes[3:]
    refused = _login(locked, PASSWORD)  # even the right password waits its turn
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1


def test_throttle_backoff_grows_and_a_success_clears_it() -> None:
    throttle = LoginThrottle(free=2, cap=60)
    for _ in range(4):
        throttle.failed("1.2.3.4", 100.0)
    assert throttle.wait("1.2.3.4", 100.0) == 8.0
    assert throttle.wait("5.6.7.8", 100.0) == 0.0
    throttle.succeeded("1.2.3.4")
    assert throttle.wait("1.2.3.4", 100.0) == 0.0


def test_sessions_expire_and_die_with_a_new_password() -> None:
    signer = SessionSigner(b"k" * 32, PASSWORD)
    cookie = signer.issue(1000.0)
    assert signer.valid(cookie, 1001.0)
    assert not signer.valid(cookie, 1000.0 + 13 * 3600)
    assert not SessionSigner(b"k" * 32, "another-password").valid(cookie, 1001.0)
    # A tampered signature: change the last character to one it is not.
    tampered = cookie[:-1] + ("1" if cookie.endswith("0") else "0")
    assert not signer.valid(tampered, 1001.0)


def test_serve_refuses_a_short_password_and_takes_tls(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from furikaeri.cli import app

    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))
    started: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    monkeypatch.setenv("FURIKAERI_PASSWORD", "short")
    args = ["serve", "--host", "0.0.0.0", "--no-browser", "--db", db]
    short = CliRunner().invoke(app, args)
    assert short.exit_code == 2 and "12文字以上" in short.output and not started
    monkeypatch.setenv("FURIKAERI_PASSWORD", PASSWORD)
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    half = CliRunner().invoke(app, [*args, "--certfile", str(cert)])
    assert half.exit_code == 2 and "--keyfile" in half.output
    cert.write_text(CERT), key.write_text(KEY)  # a real pair: serve loads it before starting
    tls = CliRunner().invoke(app, [*args, "--certfile", str(cert), "--keyfile", str(key)])
    assert tls.exit_code == 0, tls.output
    assert "https://" in tls.output
    assert started[-1]["ssl_certfile"] == str(cert) and started[-1]["ssl_keyfile"] == str(key)


def test_the_session_cookie_is_secure_over_tls(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, password=PASSWORD)
    with Client(create_app(settings), base_url="https://127.0.0.1") as client:
        ok = _login(client, PASSWORD)
        assert "Secure" in ok.headers["set-cookie"]


# --- serve with a certificate that is not one -----------------------------------------------


@pytest.mark.parametrize(
    ("cert", "key", "said"),
    [
        ("not a certificate", "not a key", "PEM 形式"),
        (CERT, OTHER_KEY, "この証明書のもの"),
    ],
    ids=["not-pem", "another-certificate's-key"],
)
def test_serve_with_a_bad_certificate_pair_says_so_before_starting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, cert: str, key: str, said: str
) -> None:
    """uvicorn loaded the pair after the start line and ended in a traceback
    (「SSLError: [SSL] PEM lib」)."""
    from typer.testing import CliRunner

    from furikaeri.cli import app

    started: list[object] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    monkeypatch.setenv("FURIKAERI_DATA_DIR", str(tmp_path))
    cert_file, key_file = tmp_path / "c.pem", tmp_path / "k.pem"
    cert_file.write_text(cert), key_file.write_text(key)
    args = ["serve", "--no-browser", "--db", f"sqlite:///{tmp_path / 'x.sqlite3'}"]
    result = CliRunner().invoke(
        app, [*args, "--certfile", str(cert_file), "--keyfile", str(key_file)]
    )
    assert result.exit_code == 2, result.output
    assert "証明書と秘密鍵を読み込めません" in result.output and said in result.output
    assert not started and "Traceback" not in result.output
    ok_cert, ok_key = tmp_path / "ok.pem", tmp_path / "ok.key"
    ok_cert.write_text(CERT), ok_key.write_text(KEY)
    good = CliRunner().invoke(app, [*args, "--certfile", str(ok_cert), "--keyfile", str(ok_key)])
    assert good.exit_code == 0, good.output
    assert started and started[-1]["ssl_keyfile"] == str(ok_key)  # type: ignore[index]
