"""One URL, two renderings: a full page, or only its fragment when HTMX asks (HX-Request)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from starlette.responses import Response
from starlette.routing import NoMatchFound

from furikaeri.analyzer.types import SEVERITY_LABELS
from furikaeri.dates import ja_date, ja_month

TEMPLATES_DIR = Path(__file__).parent / "templates"
STATIC_DIR = Path(__file__).parent / "static"


def _ja_date(value: date | datetime | None) -> str:
    return ja_date(value, weekday=True)


def _feedback_status(code: str) -> str:
    from furikaeri.store.models import FEEDBACK_STATUS_LABELS

    return FEEDBACK_STATUS_LABELS.get(code, code)


# Confirmation after a redirect (POST → 303 → GET): the redirect sets a short-lived cookie with
# a code (deps.redirect(done=...)), the next full page shows its sentence and clears it. No
# database write, URLs stay as they are; a planted cookie can only show one of these sentences.
FLASH_COOKIE = "furikaeri_flash"
FLASH_MESSAGES = {
    "saved": "保存しました。",
    "created": "追加しました。",
    "deleted": "削除しました。",
    "recorded": "記録しました。",
    "already_saved": "すでに保存しています。同じ内容をもう一度保存することはしていません。",
    "already_deleted": "すでに削除しています。もう一度削除することはしていません。",
    "demo_loaded": "デモデータを入れました。試し終わったら、下の「デモデータを削除」で消せます。",
    "demo_removed": "デモデータを削除しました。",
}
# Codes a page turns into its own notice (in its own place and words: the diagnosis says how a
# feedback reply was read) instead of the flash sentence. Carried the same way: shown by the
# first full page after the redirect, then cleared, so a reload does not repeat it (a query
# such as ?saved=again did, on every reload). ``COUNTED`` ones carry a number: 「plan_made.3」.
PAGE_NOTICES = frozenset(
    {
        "reply_recorded",  # rejection/diagnosis.html: a feedback reply recorded
        "reply_again",  # ... the same reply posted or pasted again
        "application_again",  # applications/show.html: the same form posted again
        "application_same",  # ... an identical application recorded minutes ago
        "rejection_again",  # rejection/word.html: the same notice recorded again
        "request_sent_again",  # feedback/draft.html: 「送信済み」 pressed again
        "practice_started",  # practice/session.html: the start form posted again
        "practice_duplicate",  # ... the same answer posted again
        "practice_followup",  # ... the next question digs into the last answer
        "plan_made",  # plan/page.html: N tasks made from a diagnosis (0: made before)
        "profile_saved",  # profile/_form.html
        "qualifications_saved",  # skills/page.html
        "notices_saved",  # silence/confirm.html: saved, N notices moved to another application
    }
)
COUNTED = frozenset({"plan_made", "notices_saved"})


def notice(code: str, count: int | None = None) -> str:
    """The flash value for a page notice (``count`` for a COUNTED one): 「plan_made.3」."""
    return code if count is None else f"{code}.{count}"


def _page_notice(value: str) -> tuple[str | None, int | None]:
    """(code, count) of a page notice read from the cookie; anything else is no notice."""
    code, _, count = value.partition(".")
    if code not in PAGE_NOTICES or (code in COUNTED) != count.isdigit():
        return None, None
    return code, int(count) if count else None


def _new_form_token() -> str:
    """A one-time token for a form that adds a record (web/once.py); rendering stores nothing."""
    from furikaeri.web.once import new_token

    return new_token()


def _stage_phrase(name: str | None) -> str:
    """How a page names a round: 「一次面接」, 「書類選考」 (no interview), 「面接」 for none."""
    from furikaeri.vocabulary import stage

    found = stage(name)
    return found.phrase if found else f"{name or ''}面接"


def _stage_has_interview(name: str | None) -> bool:
    """False for a stage with no interview (書類, 適性検査): its record is no 面接."""
    from furikaeri.vocabulary import stage

    found = stage(name)
    return found.interview if found else True


def _candidates(router: Any) -> list[Any]:
    """The router's routes in matching order, included routers expanded (recent FastAPI keeps
    them as one entry each that resolves its routes through effective_route_contexts)."""
    found: list[Any] = []
    for route in router.routes:
        effective = getattr(route, "effective_route_contexts", None)
        found.extend(effective() if effective is not None else [route])
    return found


def _route_for(router: Any, name: str, keys: frozenset[str]) -> Any:
    """The route that builds ``name`` with these parameter names, found once per router.
    Starlette scans every route on each url_for (~0.4 ms here); a page with 100 links paid
    that scan 100 times. Whether a route matches depends only on the name and the parameter
    names, so the cached route builds exactly the path the full scan would."""
    cache: dict[tuple[str, frozenset[str]], Any] = router.__dict__.setdefault(
        "_furikaeri_url_routes", {}
    )
    key = (name, keys)
    if key not in cache:
        sample = dict.fromkeys(keys, "0")
        for route in _candidates(router):
            try:
                route.url_path_for(name, **sample)
            except NoMatchFound:
                continue
            except Exception:  # a convertor refused the sample: the name matched
                pass
            cache[key] = route
            break
        else:
            cache[key] = None
    return cache[key]


_PATHS_KEPT = 4096  # built paths remembered per router (then forgotten all at once)


def _route_path(router: Any, name: str, params: dict[str, Any]) -> str | None:
    """The path ``url_path_for`` builds for ``name`` and ``params`` (without the root path),
    remembered per router: a path depends only on the routes, the name and the values, and a
    page builds the same few hundred again and again (the dashboard ~100 per view)."""
    paths: dict[Any, str] = router.__dict__.setdefault("_furikaeri_paths", {})
    # Only str and int values are remembered: equal keys then mean equal values (1 == True
    # == 1.0 would not).
    plain = all(type(v) is int or type(v) is str for v in params.values())
    key = (name, *params.items()) if plain else None
    found = paths.get(key) if plain else None
    if found is not None:
        return found
    route = _route_for(router, name, frozenset(params))
    if route is None:
        return None
    path = str(route.url_path_for(name, **params))
    if plain:
        if len(paths) >= _PATHS_KEPT:
            paths.clear()
        paths[key] = path
    return path


def paths_for(request: Request) -> Any:
    """``url_for`` for the templates rendering ``request``: the path of a named route. Links
    are paths, not absolute URLs: they never depend on the Host header. Bound to the request
    rather than taking Jinja's context: a function that takes the context gets a derived copy
    of it on every call made inside a loop (the dashboard makes ~100)."""
    router = request.app.router
    root = request.scope.get("root_path", "").rstrip("/")

    def url_for(name: str, /, **params: Any) -> str:
        path = _route_path(router, name, params)
        if path is None:
            return request.url_for(name, **params).path  # raises the usual NoMatchFound
        return root + path

    return url_for


@pass_context
def _path_for(context: dict[str, Any], name: str, /, **params: Any) -> str:
    """``url_for`` where a template is rendered without :func:`render` (error pages)."""
    return str(paths_for(context["request"])(name, **params))


def _voice_defaults() -> dict[str, Any]:
    """What practice/_voice.html shows when the including page passed no `voice`."""
    from furikaeri.web.routes_voice import voice_context

    return dict(voice_context()["voice"])


_DICT_ATTRIBUTES = frozenset(dir(dict))


def _dict_keys_first(env: Any) -> Any:
    """``env.getattr`` that reads ``row.name`` of a plain dict as its key at once. Jinja tries
    the attribute first and, a dict having none by that name, reads the key after catching the
    AttributeError: ~5 µs a lookup instead of ~0.5, and the pages' dicts (board columns, to-do
    entries, Q&A cards) are read hundreds of times a view. Same result: a dict's only
    attributes are its class's, so a name not among them always went to the key."""
    plain = env.getattr

    def getattr_(obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return plain(obj, attribute)

    return getattr_


def make_templates() -> Jinja2Templates:
    # Jinja2Templates turns autoescape on for .html: every user text is escaped.
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    # The templates ship with the package: compiled once, never re-checked on disk (with
    # auto_reload every render stat()ed each template it extends or includes).
    templates.env.auto_reload = False
    templates.env.getattr = _dict_keys_first(templates.env)  # type: ignore[method-assign]
    templates.env.globals["url_for"] = _path_for
    templates.env.filters["ja_date"] = _ja_date
    templates.env.filters["feedback_status"] = _feedback_status
    templates.env.filters["ja_month"] = ja_month
    templates.env.globals["app_name"] = "furikaeri（振り返り）"
    templates.env.globals["voice_defaults"] = _voice_defaults
    templates.env.globals["new_form_token"] = _new_form_token
    templates.env.globals["stage_phrase"] = _stage_phrase
    templates.env.globals["stage_has_interview"] = _stage_has_interview
    templates.env.globals["severity_labels"] = SEVERITY_LABELS
    return templates


def is_htmx(request: Request) -> bool:
    # A boosted link wants the whole page; only targeted HTMX swaps get the fragment.
    return (
        request.headers.get("hx-request") == "true" and request.headers.get("hx-boosted") != "true"
    )


def render(
    request: Request,
    page: str,
    context: dict[str, Any] | None = None,
    *,
    fragment: str | None = None,
    status_code: int = 200,
) -> Response:
    """Render ``page``, or ``fragment`` (the `_*.html` the page includes) for HTMX requests."""
    templates: Jinja2Templates = request.app.state.templates
    name = fragment if fragment and is_htmx(request) else page
    code = request.cookies.get(FLASH_COOKIE, "") if name == page else ""
    flash = FLASH_MESSAGES.get(code)
    page_notice, count = _page_notice(code)
    ctx = {
        "csrf_token": request.state.csrf_token,
        "flash": flash,
        "page_notice": page_notice,
        "page_notice_count": count,
        "url_for": paths_for(request),
        **(context or {}),
    }
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    if flash is not None or page_notice is not None:
        response.delete_cookie(FLASH_COOKIE, path="/", httponly=True, samesite="strict")
    return response


def attachment(body: str | bytes, *, filename: str, media_type: str) -> Response:
    """A download saved as ``filename`` (RFC 6266: quoted when ASCII, UTF-8 encoded if not)."""
    if filename.isascii():
        disposition = f'attachment; filename="{filename}"'
    else:
        disposition = f"attachment; filename*=UTF-8''{quote(filename)}"
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})
