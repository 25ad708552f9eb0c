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
    return render(request, "error.html", {"message": exc.message}, status_code=exc.status)
