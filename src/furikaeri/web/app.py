"""The web app factory: `create_app(settings)` wires the store, templates, routes and security."""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from furikaeri.web.render import STATIC_DIR, make_templates, render
from furikaeri.web.security import (
    MAX_PART_BYTES,
    CsrfSigner,
    HostMiddleware,
    HostPolicy,
    LoginMiddleware,
    LoginThrottle,
    NulFreeQuery,
    SecurityMiddleware,
    SessionSigner,
)


def password_of(settings: Any) -> str | None:
    """The password as plain text, whether settings keep it as str or SecretStr."""
    value = getattr(settings, "password", None)
    if value is None:
        return None
    if hasattr(value, "get_secret_value"):
        value = value.get_secret_value()
    return str(value) or None


def signing_secret(settings: Any) -> bytes | None:
    """A secret kept in the data directory, so that a page left open across a restart of the
    server can still be submitted (a new secret would refuse its token, and lose the input)."""
    data_dir = getattr(settings, "data_dir", None)
    if data_dir is None:
        return None
    path = Path(data_dir) / "web-secret"
    try:
        if path.exists():
            return bytes.fromhex(path.read_text(encoding="ascii").strip())
        path.parent.mkdir(parents=True, exist_ok=True)
        secret = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secret.hex())
        return secret
    except (OSError, ValueError):
        return None  # a per-process secret still protects; only restarts are affected


def create_app(settings: Any = None) -> FastAPI:
    if settings is None:
        from furikaeri.settings import Settings

        settings = Settings()
    app = FastAPI(
        title="furikaeri",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        # A text field may be as large as the body the middleware lets through: the route's
        # own check then names the limit (1 MiB fields used to fail as "no CSRF token").
        form_limits={"max_part_size": MAX_PART_BYTES},
        lifespan=_lifespan(web_threads(settings), warm=bool(getattr(settings, "web_warm", False))),
    )
    app.state.settings = settings
    app.state.templates = make_templates()
    _attach_store(app, settings)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    _include_routes(app)
    _add_error_pages(app)
    secret = signing_secret(settings)
    password = password_of(settings)
    app.state.sessions = None
    if password:
        app.state.sessions = SessionSigner(secret, password)
        app.state.login_throttle = LoginThrottle()
        app.add_middleware(LoginMiddleware, signer=app.state.sessions)
    # Added last, so it runs first: even a 401 or a 404 carries the security headers.
    tls = bool(getattr(settings, "certfile", None))
    app.add_middleware(SecurityMiddleware, signer=CsrfSigner(secret), secure_cookie=tls)
    app.add_middleware(NulFreeQuery)
    # Outermost: a foreign Host header (DNS rebinding) is refused before anything else runs.
    app.add_middleware(HostMiddleware, policy=host_policy(settings))
    return app


def web_threads(settings: Any) -> int:
    """How many threads run the sync pages at once (``FURIKAERI_WEB_THREADS``; 0: AnyIO's)."""
    from furikaeri.settings import WEB_THREADS

    return int(getattr(settings, "web_threads", WEB_THREADS))


def _lifespan(threads: int, *, warm: bool) -> Any:
    """Sets AnyIO's default thread limiter for this server's event loop (it is per loop, so
    it is set once the loop runs). 0 keeps AnyIO's default (40). ``warm``: the process loads
    what its first pages need in the background (furikaeri.web.warm)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if threads:
            import anyio.to_thread

            anyio.to_thread.current_default_thread_limiter().total_tokens = threads
        if warm:
            from furikaeri.web import warm as warming

            # As many connections as pages run at once (0 threads: AnyIO's 40).
            warming.start(app.state.templates, store=app.state.store, connections=threads or 40)
        yield

    return lifespan


def host_policy(settings: Any) -> HostPolicy:
    allowed = getattr(settings, "allowed_host_names", ())
    return HostPolicy(bound=str(getattr(settings, "host", "127.0.0.1")), allowed=tuple(allowed))


def _attach_store(app: FastAPI, settings: Any) -> None:
    from furikaeri.web.deps import open_store

    app.state.store = open_store(settings)
    # Pages read in read-only sessions; the one local user must exist before the first one.
    app.state.store.local_user_id()
    app.state.has_store = True


def _include_routes(app: FastAPI) -> None:
    from furikaeri.web import (
        routes_analyze,
        routes_applications,
        routes_documents,
        routes_feedback,
        routes_home,
        routes_interviews,
        routes_login,
        routes_patterns,
        routes_plan,
        routes_practice,
        routes_profile,
        routes_rejection,
        routes_silence,
        routes_voice,
        routes_worksheets,
    )

    for module in (
        routes_home,
        # Before any `/practice/{id}` route: /practice/voice and /practice/recordings are pages.
        routes_voice,
        routes_analyze,
        routes_applications,
        routes_interviews,
        routes_rejection,
        routes_feedback,
        routes_profile,
        routes_practice,
        routes_plan,
        routes_patterns,
        routes_documents,
        routes_worksheets,
        routes_silence,
        routes_login,
    ):
        app.include_router(module.router)


_STATUS_TEXT = {
    400: "リクエストの内容を読み取れませんでした。",
    404: "ページが見つかりません。削除されたか、アドレスが違う可能性があります。",
    405: "この操作はこのページでは使えません。",
    422: "入力の形式が正しくありません。",
}


def _only_path_errors(exc: RequestValidationError) -> bool:
    return all(err.get("loc", ("",))[0] == "path" for err in exc.errors())


def _add_error_pages(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 422)
        if isinstance(exc, RequestValidationError) and _only_path_errors(exc):
            status = 404  # /applications/abc names no application
        message = _STATUS_TEXT.get(status, "エラーが発生しました。")
        detail = getattr(exc, "detail", None)
        if isinstance(detail, str) and status == 404 and detail != "Not Found":
            message = detail
        context = {"message": message, "unsaved": unsaved(request)}
        return render(request, "error.html", context, status_code=status)

    from furikaeri.errors import FurikaeriError
    from furikaeri.web.errors import furikaeri_error, unsaved

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, http_error)
    # Every user error (the store's NotFound is a 404 among them) in one shape.
    app.add_exception_handler(FurikaeriError, furikaeri_error)
