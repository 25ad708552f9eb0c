"""`furikaeri serve`: the web app on this machine. Heavy imports stay inside the command."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Annotated, Any

import typer

from furikaeri.cli_support import fail

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765


def check_binding(host: str, password: str | None) -> None:
    """Refuse to listen beyond this machine without a password, and any password shorter than
    MIN_PASSWORD_LENGTH: the data is personal."""
    from furikaeri.web.security import MIN_PASSWORD_LENGTH, is_loopback

    if password and len(password) < MIN_PASSWORD_LENGTH:
        raise fail(
            f"FURIKAERI_PASSWORD が短すぎます（{len(password)}文字）。"
            f"{MIN_PASSWORD_LENGTH}文字以上にしてください（推測されにくい長い文が安全です）。"
        )

    if not is_loopback(host) and not password:
        raise fail(
            f"{host} で待ち受けると、このパソコン以外からも接続できるようになります。"
            "環境変数 FURIKAERI_PASSWORD にパスワードを設定してから起動してください"
            "（ブラウザでは、そのパスワードでログインします）。"
            f"自分のパソコンだけで使うなら --host {DEFAULT_HOST}（既定）のままにしてください。"
        )


def _settings(
    host: str | None, port: int | None, db: str | None, tls: dict[str, Path | None]
) -> Any:
    from furikaeri.settings import get_settings

    # A served process warms itself as it starts (furikaeri.web.warm); the workers read it
    # from the environment (_run_workers).
    return get_settings(host=host, port=port, database_url=db, web_warm=True, **tls)


def _tls_options(settings: Any) -> dict[str, Any]:
    """uvicorn's TLS options; both files or neither, and readable."""
    cert, key = settings.certfile, settings.keyfile
    if not cert and not key:
        return {}
    if not cert or not key:
        raise fail("TLS には --certfile と --keyfile の両方を指定してください。")
    for path in (cert, key):
        if not Path(path).is_file():
            raise fail(f"ファイルがありません: {path}")
    _check_pair(str(cert), str(key))
    return {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}


def _check_pair(cert: str, key: str) -> None:
    """Load the pair as uvicorn will, before it starts: a file that is not PEM, or a key that
    does not match the certificate, ended in uvicorn's traceback (「SSLError: [SSL] PEM lib」)."""
    import ssl

    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(cert, key, password=lambda: b"")
    except ssl.SSLError as exc:
        raise fail(
            f"証明書と秘密鍵を読み込めません: {cert} / {key}（PEM 形式のファイルか、秘密鍵が"
            f"この証明書のものか、パスワードのない鍵かを確かめてください。{exc.reason or exc}）"
        ) from exc
    except OSError as exc:
        reason = exc.strerror or exc
        raise fail(f"証明書と秘密鍵を読み込めません: {cert} / {key}（{reason}）") from exc


def check_port(host: str, port: int) -> None:
    """One line instead of a traceback or uvicorn's log line: a port out of range is a bad
    option (exit 2); a port this machine cannot listen on (in use, not allowed) exits 1. The
    probe binds and closes at once, as the server will (SO_REUSEADDR, like asyncio)."""
    import socket

    if not 1 <= port <= 65535:
        raise fail(f"ポート番号は 1〜65535 の範囲で指定してください（指定: {port}）。")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        raise fail(f"待ち受けるアドレス {host} が見つかりません（{exc}）。") from exc
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                message = (
                    f"ポート {port} はすでに使われています。--port で別の番号を指定してください。"
                )
            else:
                message = f"{host}:{port} で待ち受けられません（{exc.strerror or exc}）。"
            raise fail(message, code=1) from exc


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "localhost"
    return f"[{host}]" if ":" in host else host


def _open_browser_later(url: str) -> None:
    import threading
    import webbrowser

    # Opened after a short delay so that the server is listening when the page loads.
    threading.Timer(1.0, webbrowser.open, args=(url,)).start()


def _run_workers(settings: Any, workers: int, tls: dict[str, Any]) -> None:
    """Several server processes: each builds the app from the same settings, passed on in the
    environment. The CSRF secret and the schema are made once here, before they start."""
    import os

    import uvicorn

    from furikaeri.store.database import open_store
    from furikaeri.web.app import signing_secret

    signing_secret(settings)
    open_store(settings.database_url).close()  # migrations run once, not in every worker
    if settings.certfile:
        os.environ["FURIKAERI_CERTFILE"] = str(settings.certfile)
    os.environ.update(
        FURIKAERI_DATABASE_URL=settings.database_url,
        FURIKAERI_DATA_DIR=str(settings.data_dir),
        FURIKAERI_HOST=settings.host,
        FURIKAERI_PORT=str(settings.port),
        FURIKAERI_WEB_WARM=str(int(settings.web_warm)),
    )
    uvicorn.run(
        "furikaeri.web.app:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        log_level="warning",
        **tls,
    )


def register(app: typer.Typer) -> None:
    @app.command()
    def serve(
        host: Annotated[
            str | None,
            typer.Option(
                help=f"待ち受けるアドレス（既定は FURIKAERI_HOST、なければ {DEFAULT_HOST}）"
            ),
        ] = None,
        port: Annotated[
            int | None,
            typer.Option(
                min=1,
                max=65535,
                help=f"待ち受けるポート（既定は FURIKAERI_PORT、なければ {DEFAULT_PORT}）",
            ),
        ] = None,
        no_browser: Annotated[
            bool, typer.Option("--no-browser", help="ブラウザを自動で開かない")
        ] = False,
        db: Annotated[
            str | None, typer.Option(help="データベースの URL（既定は設定のとおり、SQLite）")
        ] = None,
        workers: Annotated[
            int,
            typer.Option(min=1, max=64, help="サーバーのプロセス数（PostgreSQL で多人数向け）"),
        ] = 1,
        certfile: Annotated[
            Path | None, typer.Option(help="TLS（HTTPS）の証明書ファイル（PEM）")
        ] = None,
        keyfile: Annotated[
            Path | None, typer.Option(help="TLS（HTTPS）の秘密鍵ファイル（PEM）")
        ] = None,
    ) -> None:
        """Web アプリを起動します（既定は http://127.0.0.1:8765、このパソコンからのみ接続可）。"""
        import uvicorn
        from sqlalchemy.exc import SQLAlchemyError

        from furikaeri.cli_store import store_failure
        from furikaeri.web.app import create_app, password_of

        settings = _settings(host, port, db, {"certfile": certfile, "keyfile": keyfile})
        host, port = settings.host, settings.port  # the options, else FURIKAERI_HOST / _PORT
        # The app enforces exactly the password the check sees: both read it from settings.
        check_binding(host, password_of(settings))
        tls = _tls_options(settings)
        check_port(host, port)
        try:  # also migrates, and checks the database once before any worker starts
            web_app: Any = create_app(settings)
        except (SQLAlchemyError, OSError) as exc:  # one line, as every other command
            raise store_failure(exc) from exc
        if workers > 1:  # each worker builds its own app; this one only checked the database
            web_app.state.store.close()
            web_app = None
        url = f"{'https' if tls else 'http'}://{_url_host(host)}:{port}/"
        typer.echo(f"furikaeri を {url} で起動します（終了は Ctrl+C）。")
        if not no_browser:
            _open_browser_later(url)
        if web_app is not None:
            uvicorn.run(web_app, host=host, port=port, log_level="warning", **tls)
            return
        _run_workers(settings, workers, tls)
