"""DNS rebinding: the server answers only requests addressed to this machine by name (or, when
it listens beyond it with a password, by its IP address or a configured host name)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from web_helpers import LOCAL_URL, Client, all_routes, make_settings, soup

from furikaeri.web.app import create_app
from furikaeri.web.security import CSP, HostPolicy

FOREIGN = ["evil.example:8765", "evil.example", "127.0.0.1.evil.example:8765", "", "a:b:c"]


def _requests(app: object) -> list[tuple[str, str]]:
    routes = all_routes(app.routes)  # type: ignore[attr-defined]
    assert any(path.startswith("/static") for path, _ in routes)  # mounts are included
    return [
        (method, re.sub(r"\{[^}]+\}", "app.css" if path.startswith("/static") else "1", path))
        for path, methods in routes
        for method in sorted(methods - {"HEAD"})
    ]


def test_every_route_refuses_a_foreign_host(client: Client) -> None:
    requests = _requests(client.app)
    assert len(requests) >= 30
    token = client.csrf()  # even with a valid token read from the page (the rebinding attack)
    for host in FOREIGN:
        for method, path in requests:
            response = client.request(
                method, path, headers={"Host": host, "X-CSRF-Token": token}, data={"a": "b"}
            )
            assert response.status_code == 400, (host, method, path, response.status_code)
            assert "受け付けていません" in response.text
            assert response.headers["content-security-policy"] == CSP
            assert response.headers["connection"] == "close"


def test_the_export_is_not_readable_through_a_rebound_name(client: Client) -> None:
    client.send_form("/demo")
    assert client.get("/export.json").status_code == 200
    refused = client.get("/export.json", headers={"Host": "evil.example:8765"})
    assert refused.status_code == 400
    assert "あおば食品" not in refused.text and soup(refused).html["lang"] == "ja"  # type: ignore[index]


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8765", "localhost:8765", "[::1]:8765", "localhost", "127.0.0.2:1234"]
)
def test_local_names_are_answered(client: Client, host: str) -> None:
    assert client.get("/", headers={"Host": host}).status_code == 200


def test_beyond_this_machine_ip_addresses_and_configured_names_are_answered(
    tmp_path: Path,
) -> None:
    settings = make_settings(
        tmp_path, host="0.0.0.0", password="himitsu", allowed_hosts="mypc.local, nas.home"
    )
    with Client(create_app(settings), base_url=LOCAL_URL) as c:
        for host in ["192.168.1.5:8765", "mypc.local:8765", "NAS.home", "localhost:8765"]:
            response = c.get("/", headers={"Host": host}, auth=("me", "himitsu"))
            assert response.status_code == 200, host
        assert c.get("/", headers={"Host": "evil.example:8765"}).status_code == 400


def test_the_policy_on_loopback_refuses_other_ip_addresses() -> None:
    policy = HostPolicy(bound="127.0.0.1")
    assert policy.accepts("127.0.0.1:8765") and policy.accepts("[::1]")
    assert not policy.accepts("192.168.1.5:8765")
    assert not policy.accepts("localhost:port")
    assert not policy.accepts(None)


def test_serve_honours_furikaeri_host_and_port(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from furikaeri.cli import app

    started: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    monkeypatch.setenv("FURIKAERI_HOST", "::1")
    monkeypatch.setenv("FURIKAERI_PORT", "9123")
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = CliRunner().invoke(app, ["serve", "--no-browser", "--db", db])
    assert result.exit_code == 0, result.output
    assert "http://[::1]:9123/" in result.output
    result = CliRunner().invoke(app, ["serve", "--no-browser", "--db", db, "--port", "9200"])
    assert started == [
        {"host": "::1", "port": 9123, "log_level": "warning"},
        {"host": "::1", "port": 9200, "log_level": "warning"},
    ]


def test_serve_on_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from furikaeri.cli import app

    runner = CliRunner()
    db = "postgresql+psycopg://nobody:wrong@127.0.0.1:1/none"
    served = runner.invoke(app, ["serve", "--no-browser", "--db", db])
    other = runner.invoke(app, ["db", "upgrade", "--db", db])
    assert served.exit_code == other.exit_code == 2
    assert served.stderr.strip().count("\n") == 0 and "Traceback" not in served.output
    assert served.stderr.startswith("エラー: データベースを開けません")
    assert served.stderr == other.stderr


def test_serve_on_a_bad_or_busy_port_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """QA P1 #2: --port 99999 and a port in use: one line, exit 2 (bad option) / 1 (in use)."""
    import socket

    from typer.testing import CliRunner

    from furikaeri.cli import app

    started: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda *a, **k: started.append(k))
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out_of_range = runner.invoke(app, ["serve", "--no-browser", "--db", db, "--port", "99999"])
    assert out_of_range.exit_code == 2
    assert "Traceback" not in out_of_range.output and "65535" in out_of_range.output
    monkeypatch.setenv("FURIKAERI_PORT", "70000")
    from_env = runner.invoke(app, ["serve", "--no-browser", "--db", db])
    assert from_env.exit_code == 2
    assert (
        from_env.stderr.strip()
        == "エラー: ポート番号は 1〜65535 の範囲で指定してください（指定: 70000）。"
    )
    monkeypatch.delenv("FURIKAERI_PORT")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        in_use = runner.invoke(app, ["serve", "--no-browser", "--db", db, "--port", str(port)])
    assert in_use.exit_code == 1
    assert in_use.stderr.strip().count("\n") == 0 and "Traceback" not in in_use.output
    assert f"ポート {port} はすでに使われています" in in_use.stderr
    assert started == []
