"""Writes that happen once per form: a one-time token (a hidden field, new on every render)
is claimed in the same transaction as the form's writes. Posting the same form again (Back
and resubmit, a second click on a slow connection) goes to where the first post led, with
``again`` appended to say it was already done; nothing is written twice."""

from __future__ import annotations

import secrets
from collections.abc import Callable

from fastapi import Request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.web.deps import redirect, store_of


def new_token() -> str:
    """A fresh token for a form being rendered (not stored: GET never writes)."""
    return secrets.token_urlsafe(18)


def once(request: Request, token: str, work: Callable[[Session], str], *, again: str) -> Response:
    """Run ``work`` (which writes and returns the URL to go to) once for ``token``."""
    db = store_of(request)
    done = _done(db, token)
    if done is not None:
        return redirect(_with(done, again))
    try:
        with db.session() as session:
            claimed = store.claim_form_token(session, token)
            url = work(session)
            if claimed is not None:
                claimed.result_url = url
    except IntegrityError:  # the same token committed meanwhile by a concurrent post
        done = _done(db, token)
        if done is None:
            raise
        return redirect(_with(done, again))
    return redirect(url)


def _done(db: store.Store, token: str) -> str | None:
    if not token:
        return None
    with db.session() as session:
        return store.used_form_token(session, token)


def _with(url: str, again: str) -> str:
    return url if again in url else url + again
