"""The one web handler of :class:`~furikaeri.errors.FurikaeriError`.

A route that takes a form declares, before it calls the core, how the form is shown again
(:func:`on_error`); when the core raises, the handler shows that form with each message next to
its field (HTMX requests get the form's fragment, as `render` decides) and the error's status.
Anything else (a GET, a row that does not exist) gets the error page with the message.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import Request
from starlette.responses import Response

from furikaeri.errors import FurikaeriError
from furikaeri.web.render import render

Rerender = Callable[[dict[str, str]], Response]


def on_error(request: Request, show: Rerender) -> None:
    """Declare how this request shows a user error: ``show(errors)`` renders the form again."""
    request.state.rerender = show


def furikaeri_error(request: Request, exc: Exception) -> Response:
    """Sync on purpose: Starlette runs it in the thread pool, so a re-render may read the store."""
    assert isinstance(exc, FurikaeriError)
    show: Rerender | None = getattr(request.state, "rerender", None)
    if show is not None and exc.status < 500 and exc.status != 404:
        response = show(exc.field_errors())
        response.status_code = exc.status
        return response
    context = {"message": exc.message, "unsaved": unsaved(request)}
    return render(request, "error.html", context, status_code=exc.status)


def unsaved(request: Request) -> list[str]:
    """What a form posted to a row that is gone (an answer typed for an interview deleted in
    another tab, a reply for a request deleted with its application) had in its text fields:
    the error page shows it, so that it can be copied, rather than dropping it."""
    posted: dict[str, str] = getattr(request.state, "posted", None) or {}
    return [text for key, value in posted.items() if _written(key, text := value.strip())]


def _written(key: str, text: str) -> bool:
    """Text a person wrote, not an id, a date, an address or a choice."""
    if key in _TECHNICAL or key.endswith("_id") or len(text) < 2:
        return False
    return not text.isascii() or any(c.isspace() for c in text)


_TECHNICAL = frozenset({"csrf_token", "form_token", "version", "position", "attempt_no", "back"})
