"""ログイン (password mode only): the form, a session cookie on the right password, backoff on
wrong ones (per client address), and logout."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from furikaeri.web.deps import FormData, redirect
from furikaeri.web.render import render
from furikaeri.web.security import LoginThrottle, SessionSigner, session_cookie

router = APIRouter()


def _safe_next(value: str) -> str:
    # Only a path on this site: never an open redirect.
    return value if value.startswith("/") and not value.startswith("//") else "/"


def _client(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _page(request: Request, *, next_url: str, error: str = "", status: int = 200) -> Response:
    context: dict[str, Any] = {"next_url": next_url, "error": error}
    return render(request, "login.html", context, status_code=status)


@router.get("/login", name="login_page")
def login_page(request: Request, next: str = "/") -> Response:
    if getattr(request.app.state, "sessions", None) is None:
        return redirect("/")
    return _page(request, next_url=_safe_next(next))


@router.post("/login", name="login")
def login(request: Request, form: FormData) -> Response:
    signer: SessionSigner | None = getattr(request.app.state, "sessions", None)
    next_url = _safe_next(form.get("next", "/"))
    if signer is None:
        return redirect(next_url)
    throttle: LoginThrottle = request.app.state.login_throttle
    client, now = _client(request), time.time()
    wait = throttle.wait(client, now)
    if wait > 0:
        message = f"ログインの失敗が続いたため、{int(wait) + 1}秒ほど待ってからお試しください。"
        response = _page(request, next_url=next_url, error=message, status=429)
        response.headers["retry-after"] = str(int(wait) + 1)
        return response
    if not signer.password_ok(form.get("password", "")):
        throttle.failed(client, now)
        return _page(request, next_url=next_url, error="パスワードが違います。", status=401)
    throttle.succeeded(client)
    response = redirect(next_url)
    secure = request.url.scheme == "https"
    response.headers.append("set-cookie", session_cookie(signer.issue(now), secure=secure))
    return response


@router.post("/logout", name="logout")
def logout(request: Request) -> Response:
    response = redirect("/login")
    secure = request.url.scheme == "https"
    response.headers.append("set-cookie", session_cookie("", secure=secure, max_age=0))
    return response
