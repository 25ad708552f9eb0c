"""Security middleware: CSRF on every state-changing request, strict headers, a login session when
a password is set. Pure ASGI so that no route (FastAPI, raw Starlette or a mount) can skip it."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSRF_COOKIE = "furikaeri_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# One size limit, shared with the routes: an uploaded .eml may be MAX_UPLOAD_BYTES, and the body
# carrying it a little more (the other fields, multipart boundaries). A body over MAX_BODY_BYTES
# is refused before it is buffered (Content-Length, then counted as it streams). A single form
# field may be as large as the body: the route's own check then says what the limit is (a field
# over Starlette's default 1 MiB used to fail the form parse and read as a missing CSRF token).
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_BODY_BYTES = MAX_UPLOAD_BYTES + 256 * 1024
MAX_PART_BYTES = MAX_BODY_BYTES
# An oversized body is read and discarded up to this much, so the browser gets the answer page
# rather than a reset connection; past it the connection is closed.
_DRAIN_BYTES = 64 * 1024 * 1024
TOO_LARGE_TEXT = (
    f"送信された内容が大きすぎます。添付できる .eml ファイルは {MAX_UPLOAD_BYTES // 2**20}MB まで、"
    "一度に送れる内容は全体で約 5MB までです。"
    "ブラウザの「戻る」で前のページに戻ると、入力した内容が残っていることがあります。"
)

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only this machine can connect."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _host_name(header: str) -> str | None:
    """The name part of a Host header (``[::1]:8765`` -> ``::1``); None when malformed."""
    header = header.strip().lower()
    if header.startswith("["):
        name, sep, rest = header[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else rest
    else:
        name, sep, port = header.rpartition(":")
        if not sep or ":" in name:  # no port, or a bare IPv6 address without brackets
            name, port = header, ""
    if not name or (port and not port.isdigit()):
        return None
    return name


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostPolicy:
    """Which Host headers this server answers: the defence against DNS rebinding, where a page
    on evil.example re-points its name at 127.0.0.1 and reads our pages as its own origin.

    Always: localhost and loopback addresses. Bound beyond this machine (which requires a
    password): also the bound address, any IP literal (a rebinding attack needs a name), and
    the names in FURIKAERI_ALLOWED_HOSTS. Any port is accepted: the name is what an attacker
    controls, and the port a browser sends is always the one it connected to.
    """

    def __init__(self, *, bound: str = "127.0.0.1", allowed: tuple[str, ...] = ()) -> None:
        self.local_only = is_loopback(bound)
        self.names = {"localhost", bound.strip("[]").lower()} | {
            name.strip().strip("[]").lower() for name in allowed if name.strip()
        }

    def accepts(self, header: str | None) -> bool:
        name = _host_name(header or "")
        if name is None:
            return False
        if name in self.names or is_loopback(name):
            return True
        return not self.local_only and _is_ip(name)


HOST_REFUSED_TEXT = (
    "このアドレス（Host）からの接続は受け付けていません。"
    "ブラウザのアドレス欄に http://127.0.0.1:ポート番号/ または http://localhost:ポート番号/ "
    "を入力して開いてください（別の名前で使う場合は FURIKAERI_ALLOWED_HOSTS に設定します）。"
)


class HostMiddleware:
    """Refuses (400, a short Japanese page) any request whose Host the policy does not accept,
    before any route, mount or static file sees it."""

    def __init__(self, app: ASGIApp, *, policy: HostPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if self.policy.accepts(Headers(scope=scope).get("host")):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
            return
        page = _page("接続を受け付けられませんでした", HOST_REFUSED_TEXT, home=False)
        headers = {**SECURITY_HEADERS, "connection": "close"}
        await HTMLResponse(page, 400, headers=headers)(scope, receive, send)


class NulFreeQuery:
    """Drops encoded NUL characters (``%00``) from the query string before any route reads it:
    no search or filter means anything with them, and PostgreSQL refuses them in a query (a
    search for ``%00`` used to end in a 500 there)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        query = scope.get("query_string", b"") if scope["type"] == "http" else b""
        if b"%00" in query:
            scope = {**scope, "query_string": query.replace(b"%00", b"")}
        await self.app(scope, receive, send)


class CsrfSigner:
    """Signs the per-session token so a cookie planted by another local port is refused
    (cookies are not isolated by port, so a plain double-submit cookie is not enough)."""

    def __init__(self, secret: bytes | None = None) -> None:
        self._secret = secret or secrets.token_bytes(32)

    def _sig(self, token: str) -> str:
        return hmac.new(self._secret, token.encode(), hashlib.sha256).hexdigest()

    def new_cookie(self) -> tuple[str, str]:
        token = secrets.token_urlsafe(32)
        return token, f"{token}.{self._sig(token)}"

    def token_from_cookie(self, cookie: str | None) -> str | None:
        if not cookie or "." not in cookie:
            return None
        token, sig = cookie.rsplit(".", 1)
        return token if hmac.compare_digest(sig, self._sig(token)) else None


def _cookie_value(headers: Headers, name: str) -> str | None:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:  # a malformed Cookie header is treated as no cookie
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def _replay(messages: list[Message]) -> Receive:
    queue = list(messages)

    async def receive() -> Message:
        if queue:
            return queue.pop(0)
        return {"type": "http.disconnect"}

    return receive


def _declared_length(scope: Scope) -> int | None:
    try:
        return int(Headers(scope=scope).get("content-length", ""))
    except ValueError:
        return None


async def _buffer_body(scope: Scope, receive: Receive) -> list[Message] | None:
    """Read the whole request body; None when it is larger than MAX_BODY_BYTES, said by
    Content-Length (nothing is kept) or found while streaming (what was kept is dropped).
    A form with files (multipart) is an exception: its files over MAX_UPLOAD_BYTES are
    dropped as it streams and the rest is kept (:func:`_without_large_files`), so the form
    comes back with what was typed and a message at the file's field."""
    boundary = _multipart_boundary(scope)
    declared = _declared_length(scope)
    if declared is not None and declared > MAX_BODY_BYTES:
        if boundary:
            return await _without_large_files(scope, receive, boundary, [])
        await _drain(receive, 0)
        return None
    messages: list[Message] = []
    size = 0
    while True:
        message = await receive()
        messages.append(message)
        size += len(message.get("body", b""))
        more = message["type"] == "http.request" and message.get("more_body", False)
        if size > MAX_BODY_BYTES:
            if boundary:
                return await _without_large_files(scope, receive, boundary, messages, more=more)
            messages.clear()
            if more:
                await _drain(receive, size)
            return None
        if not more:
            return messages


# A form field naming a file field whose file was dropped for its size (web.deps.Uploads
# gives the route a stand-in for it).
TOO_LARGE_FIELD = "_too_large"


def _multipart_boundary(scope: Scope) -> bytes:
    from python_multipart.multipart import parse_options_header

    kind, options = parse_options_header(Headers(scope=scope).get("content-type", ""))
    return options.get(b"boundary", b"") if kind == b"multipart/form-data" else b""


class _Part:
    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.name = b""
        self.is_file = False
        self.data = bytearray()
        self.size = 0


class _FormStream:
    """A multipart body read as it streams: every part kept, except the bytes of a file part
    past MAX_UPLOAD_BYTES (the part is then dropped and its field named instead). ``kept``
    counts what is held, so a body of large text fields is still refused."""

    def __init__(self, boundary: bytes) -> None:
        from python_multipart.multipart import MultipartParser

        self.parts: list[_Part] = []
        self.kept = 0
        self._field = b""
        self._value = b""
        self.parser = MultipartParser(
            boundary,
            {
                "on_part_begin": self._begin,
                "on_header_field": self._header_field,
                "on_header_value": self._header_value,
                "on_header_end": self._header_end,
                "on_headers_finished": self._headers_done,
                "on_part_data": self._data,
            },
        )

    def _begin(self) -> None:
        self.parts.append(_Part())

    def _header_field(self, data: bytes, start: int, end: int) -> None:
        self._field += data[start:end]

    def _header_value(self, data: bytes, start: int, end: int) -> None:
        self._value += data[start:end]

    def _header_end(self) -> None:
        self.parts[-1].headers.append((self._field, self._value))
        self._field = self._value = b""

    def _headers_done(self) -> None:
        from python_multipart.multipart import parse_options_header

        part = self.parts[-1]
        for field, value in part.headers:
            if field.lower() == b"content-disposition":
                _, options = parse_options_header(value)
                part.name = options.get(b"name", b"")
                part.is_file = b"filename" in options

    def _data(self, data: bytes, start: int, end: int) -> None:
        part = self.parts[-1]
        part.size += end - start
        if part.is_file and part.size > MAX_UPLOAD_BYTES:
            self.kept -= len(part.data)
            part.data = bytearray()  # dropped: only its size is known
            return
        part.data += data[start:end]
        self.kept += end - start

    def body(self, boundary: bytes) -> bytes:
        """The form again, with a TOO_LARGE_FIELD part for each file dropped."""
        out = bytearray()
        for part in self.parts:
            out += b"--" + boundary + b"\r\n"
            if part.is_file and part.size > MAX_UPLOAD_BYTES:
                out += f'Content-Disposition: form-data; name="{TOO_LARGE_FIELD}"'.encode()
                out += b"\r\n\r\n" + part.name + b"\r\n"
                continue
            for field, value in part.headers:
                out += field + b": " + value + b"\r\n"
            out += b"\r\n" + part.data + b"\r\n"
        return bytes(out + b"--" + boundary + b"--\r\n")


async def _without_large_files(
    scope: Scope, receive: Receive, boundary: bytes, read: list[Message], *, more: bool = True
) -> list[Message] | None:
    """The multipart body with its oversized files dropped, as one message (Content-Length
    set to match); None when what remains is still over MAX_BODY_BYTES, the body cannot be
    parsed, or it goes on past _DRAIN_BYTES."""
    from python_multipart.exceptions import MultipartParseError

    stream = _FormStream(boundary)
    size = 0
    try:
        for message in read:
            size += len(message.get("body", b""))
            stream.parser.write(message.get("body", b""))
        read.clear()
        while more and size <= _DRAIN_BYTES and stream.kept <= MAX_BODY_BYTES:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            stream.parser.write(chunk)
            more = message["type"] == "http.request" and message.get("more_body", False)
    except MultipartParseError:
        stream.kept = MAX_BODY_BYTES + 1
    if more or stream.kept > MAX_BODY_BYTES:
        if more:
            await _drain(receive, size)
        return None
    body = stream.body(boundary)
    headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"content-length"]
    scope["headers"] = [*headers, (b"content-length", str(len(body)).encode())]
    return [{"type": "http.request", "body": body, "more_body": False}]


async def _drain(receive: Receive, size: int) -> None:
    """Read and discard the rest of an oversized body (up to _DRAIN_BYTES), keeping nothing."""
    while size <= _DRAIN_BYTES:
        message = await receive()
        size += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


async def _form_token(scope: Scope, messages: list[Message]) -> str | None:
    content_type = Headers(scope=scope).get("content-type", "")
    if not content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
        return None
    request = Request(scope, _replay(messages))
    try:
        form = await request.form(max_part_size=MAX_PART_BYTES)
    except Exception:  # unparseable body: no token
        return None
    value = form.get(CSRF_FIELD)
    await form.close()
    return value if isinstance(value, str) else None


def _same_origin(headers: Headers) -> bool:
    """Defence in depth behind the token: refuse what the browser says came from elsewhere.
    With Referrer-Policy no-referrer, Chromium sends ``Origin: null`` on same-origin form posts,
    so "null" is left to the token; Sec-Fetch-Site names another port as same-site."""
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = headers.get("origin")
    if origin is None or origin == "null":
        return True
    return urlsplit(origin).netloc == headers.get("host", "")


FORBIDDEN_TEXT = (
    "この操作は受け付けられませんでした（CSRF トークンが無いか、古くなっています）。"
    "ページを再読み込みしてから、もう一度お試しください。"
)


class SecurityMiddleware:
    """Adds the headers, issues the CSRF cookie, and refuses unsafe requests without a token."""

    def __init__(self, app: ASGIApp, *, signer: CsrfSigner, secure_cookie: bool = False) -> None:
        self.app = app
        self.signer = signer
        self.secure_cookie = secure_cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        token = self.signer.token_from_cookie(_cookie_value(headers, CSRF_COOKIE))
        new_cookie = None
        if token is None:
            token, new_cookie = self.signer.new_cookie()
        scope.setdefault("state", {})["csrf_token"] = token
        send = self._wrap_send(send, new_cookie)
        if scope["method"] not in SAFE_METHODS:
            messages = await _buffer_body(scope, receive)
            if messages is None:
                await _app_page(scope, send, TOO_LARGE_TEXT, 413)
                return
            if not await self._token_ok(scope, messages, new_cookie is None):
                await _forbidden(scope, receive, send)
                return
            receive = _replay(messages)
        await self._call_app(scope, receive, send)

    async def _call_app(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer an unexpected error here, with the headers, then let it be logged as usual
        (Starlette's own error page would be sent outside this middleware)."""
        started = False

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception:
            if not started:
                await _server_error(scope, receive, tracking)
            raise

    async def _token_ok(self, scope: Scope, messages: list[Message], had_cookie: bool) -> bool:
        headers = Headers(scope=scope)
        if not had_cookie or not _same_origin(headers):
            return False
        expected = scope["state"]["csrf_token"]
        sent = headers.get(CSRF_HEADER) or await _form_token(scope, messages)
        return bool(sent) and hmac.compare_digest(str(sent), expected)

    def _wrap_send(self, send: Send, new_cookie: str | None) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    out[name] = value
                if message.get("status", 200) >= 500 or message.get("status") == 413:
                    # After an error the connection's state is not trusted: close it cleanly
                    # so the next request starts on a fresh one.
                    out["connection"] = "close"
                if new_cookie is not None:
                    out.append("set-cookie", self._cookie_header(new_cookie))
            await send(message)

        return wrapped

    def _cookie_header(self, value: str) -> str:
        secure = "; Secure" if self.secure_cookie else ""
        return f"{CSRF_COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict{secure}"


def _page(title: str, message: str, *, home: bool = True) -> str:
    """A minimal Japanese page for answers given before (or instead of) the app's templates."""
    link = '<p><a href="/">ダッシュボードへ</a></p>' if home else ""
    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<title>{title}</title><link rel="stylesheet" href="/static/app.css"></head>'
        f'<body><main class="container"><h1>{title}</h1><p class="error" role="alert">{message}</p>'
        f"{link}</main></body></html>"
    )


_HEADINGS = {413: "送信できる大きさを超えています"}


async def _app_page(scope: Scope, send: Send, message: str, status: int) -> None:
    """The app's own error page (header, navigation, styles) when its templates are at hand,
    else the minimal page. The request body is not read again."""
    app = scope.get("app")
    templates = getattr(getattr(app, "state", None), "templates", None)
    receive = _replay([{"type": "http.request", "body": b""}])
    if templates is not None:
        try:
            response: Response = templates.TemplateResponse(
                Request(scope, receive),
                "error.html",
                {
                    "message": message,
                    "heading": _HEADINGS.get(status, ""),
                    "csrf_token": scope["state"].get("csrf_token", ""),
                },
                status_code=status,
            )
        except Exception:  # a template problem must not hide the answer
            response = HTMLResponse(_page("送信を受け付けられませんでした", message), status)
    else:
        response = HTMLResponse(_page("送信を受け付けられませんでした", message), status)
    await response(scope, receive, send)


async def _forbidden(scope: Scope, receive: Receive, send: Send) -> None:
    text = (
        FORBIDDEN_TEXT
        + "ブラウザの「戻る」で前のページに戻ると、入力した内容が残っていることがあります。"
    )
    response: Response = HTMLResponse(_page("送信を受け付けられませんでした", text), 403)
    await response(scope, receive, send)


async def _server_error(scope: Scope, receive: Receive, send: Send) -> None:
    text = (
        "申し訳ありません。予期しないエラーが発生しました。"
        "入力内容は保存されていない可能性があります。"
    )
    await HTMLResponse(_page("エラーが発生しました", text), 500)(scope, receive, send)


# --- password mode (serving beyond 127.0.0.1) ---------------------------------------------

SESSION_COOKIE = "furikaeri_session"
SESSION_HOURS = 12
MIN_PASSWORD_LENGTH = 12
_OPEN_PATHS = ("/login", "/static/")


class SessionSigner:
    """Stateless login sessions: ``expiry.nonce.signature``. The key is derived from the server
    secret and the password, so changing the password ends every session; no password hash is
    stored anywhere (the password itself comes from FURIKAERI_PASSWORD at start)."""

    def __init__(self, secret: bytes | None, password: str) -> None:
        base = secret or secrets.token_bytes(32)
        self.key = hmac.new(base, b"session:" + password.encode(), hashlib.sha256).digest()
        self.password = password.encode()

    def password_ok(self, candidate: str) -> bool:
        return hmac.compare_digest(candidate.encode(), self.password)

    def issue(self, now: float) -> str:
        body = f"{int(now) + SESSION_HOURS * 3600}.{secrets.token_urlsafe(16)}"
        return f"{body}.{self._sign(body)}"

    def valid(self, cookie: str | None, now: float) -> bool:
        if not cookie or cookie.count(".") != 2:
            return False
        body, sig = cookie.rsplit(".", 1)
        expiry = body.split(".", 1)[0]
        return hmac.compare_digest(sig, self._sign(body)) and expiry.isdigit() and int(expiry) > now

    def _sign(self, body: str) -> str:
        return hmac.new(self.key, body.encode(), hashlib.sha256).hexdigest()


class LoginThrottle:
    """Failed logins per client address, with exponential backoff: after ``free`` failures
    each further attempt waits 2, 4, 8… seconds (at most ``cap``). A success clears it."""

    def __init__(self, *, free: int = 3, cap: float = 900.0, max_clients: int = 10_000) -> None:
        self.free, self.cap, self.max_clients = free, cap, max_clients
        self._failures: dict[str, tuple[int, float]] = {}  # client -> (count, last failure)

    def wait(self, client: str, now: float) -> float:
        """Seconds this client must still wait before the next attempt (0: it may try)."""
        count, last = self._failures.get(client, (0, 0.0))
        if count < self.free:
            return 0.0
        delay = min(self.cap, 2.0 ** (count - self.free + 1))
        return max(0.0, last + delay - now)

    def failed(self, client: str, now: float) -> None:
        if len(self._failures) >= self.max_clients:  # forget the oldest half: bounded memory
            for key, _ in sorted(self._failures.items(), key=lambda kv: kv[1][1])[
                : self.max_clients // 2
            ]:
                del self._failures[key]
        count, _ = self._failures.get(client, (0, 0.0))
        self._failures[client] = (count + 1, now)

    def succeeded(self, client: str) -> None:
        self._failures.pop(client, None)


class LoginMiddleware:
    """Password mode: every path but the login page and static files needs a valid session
    cookie. A page asked for without one redirects to the login form (HTMX gets HX-Redirect);
    anything else is 401."""

    def __init__(self, app: ASGIApp, *, signer: SessionSigner) -> None:
        self.app = app
        self.signer = signer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_OPEN_PATHS):
            await self.app(scope, receive, send)
            return
        import time

        headers = Headers(scope=scope)
        if self.signer.valid(_cookie_value(headers, SESSION_COOKIE), time.time()):
            await self.app(scope, receive, send)
            return
        target = "/login?next=" + quote(scope["path"], safe="/")
        if scope["method"] in ("GET", "HEAD") and headers.get("hx-request") != "true":
            response: Response = Response(status_code=303, headers={"location": target})
        else:
            response = HTMLResponse(
                _page("ログインが必要です", "もう一度ログインしてください。"),
                401,
                headers={"hx-redirect": target},
            )
        await response(scope, receive, send)


def session_cookie(value: str, *, secure: bool, max_age: int = SESSION_HOURS * 3600) -> str:
    """The Set-Cookie value: HttpOnly, SameSite=Strict, and Secure when served over TLS."""
    flags = "; Secure" if secure else ""
    return f"{SESSION_COOKIE}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Strict{flags}"
