"""Writes that happen once per form: a one-time token (a hidden field, new on every render)
is claimed in the same transaction as the form's writes. Posting the same form again (Back
and resubmit, a second click on a slow connection) goes to where the first post led, with a
one-time notice (a flash code) saying it was already done; nothing is written twice."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.responses import Response

from furikaeri import store
from furikaeri.web.deps import redirect, store_of


@dataclass(frozen=True)
class Already:
    """What ``work`` returns when it wrote nothing because the record was there already (the
    same feedback reply pasted again, an identical application made minutes ago): where to go,
    and the one-time notice (a flash code) that says so. The token stays unclaimed, so the same
    form can still be corrected and posted."""

    url: str
    done: str


def new_token() -> str:
    """A fresh token for a form being rendered (not stored: GET never writes)."""
    return secrets.token_urlsafe(18)


def once(
    request: Request,
    token: str,
    work: Callable[[Session], str | Already],
    *,
    done: str | None = None,
    repeat: str = "already_saved",
) -> Response:
    """Run ``work`` (which writes and returns the URL to go to) once for ``token``; ``done``
    (a flash code) confirms the first, successful write on the next page. A form posted again
    goes to the first post's page with the one-time notice ``repeat`` (a code of
    render.FLASH_MESSAGES or render.PAGE_NOTICES): 「すでに保存しています」, or 「すでに削除して
    います」 for a delete, whose second post would otherwise delete whatever row SQLite gave the
    same id to meanwhile. ``work`` returns :class:`Already` when it wrote nothing because the
    record was there already: its own notice, no ``done``, and the token stays unclaimed."""
    db = store_of(request)
    first = _done(db, token)
    if first is not None:
        return redirect(first, done=repeat)
    try:
        with db.session() as session:
            claimed = store.claim_form_token(session, token)
            led = work(session)
            url = led.url if isinstance(led, Already) else led
            if claimed is not None:
                _settle(session, claimed, url, wrote=not isinstance(led, Already))
    except IntegrityError:  # the same token committed meanwhile by a concurrent post
        first = _done(db, token)
        if first is None:
            raise
        return redirect(first, done=repeat)
    return redirect(url, done=led.done if isinstance(led, Already) else done)


def _settle(session: Session, claimed: store.FormToken, url: str, *, wrote: bool) -> None:
    """Record where the post led; a post that wrote nothing gives its token back, so the same
    form can still be corrected and posted (Back, another position: a new application)."""
    if wrote:
        claimed.result_url = url
    else:
        session.delete(claimed)


def used(request: Request, token: str) -> bool:
    """The form with this one-time token was already posted (:func:`once` answers it)."""
    return _done(store_of(request), token) is not None


def _done(db: store.Store, token: str) -> str | None:
    if not token:
        return None
    with db.session() as session:
        return store.used_form_token(session, token)
