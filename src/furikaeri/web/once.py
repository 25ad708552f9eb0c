"""Writes that happen once per form: a one-time token (a hidden field, new on every render)
is claimed in the same transaction as the form's writes. Posting the same form again (Back
and resubmit, a second click on a slow connection) goes to where the first post led, with
``again`` appended to say it was already done; nothing is written twice."""

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
    same feedback reply pasted again): where to go, and the one-time notice (a flash code) that
    says so. The token stays unclaimed, as with ``kept``."""

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
    again: str = "",
    done: str | None = None,
    repeat: str = "already_saved",
    kept: str = "",
) -> Response:
    """Run ``work`` (which writes and returns the URL to go to) once for ``token``; ``done``
    (a flash code) confirms the first, successful write on the next page. A form posted again
    goes to the first post's page, ``again`` appended to its URL (or, without ``again``, with
    the flash ``repeat``: 「すでに保存しています」, or 「すでに削除しています」 for a delete, whose
    second post would otherwise delete whatever row SQLite gave the same id to meanwhile).
    ``kept``: the query ``work`` puts in its URL when it wrote nothing because the row was
    there already (the page says so): no ``done`` flash, and the token stays unclaimed; or
    ``work`` returns :class:`Already`, which says it with a flash instead of a query."""
    db = store_of(request)
    first = _done(db, token)
    if first is not None:
        return _again(first, again, repeat)
    try:
        with db.session() as session:
            claimed = store.claim_form_token(session, token)
            led = work(session)
            url = led.url if isinstance(led, Already) else led
            wrote = not isinstance(led, Already) and not (kept and kept in url)
            if claimed is not None:
                _settle(session, claimed, url, wrote=wrote)
    except IntegrityError:  # the same token committed meanwhile by a concurrent post
        first = _done(db, token)
        if first is None:
            raise
        return _again(first, again, repeat)
    if isinstance(led, Already):
        return redirect(url, done=led.done)
    return redirect(url, done=done if wrote else None)


def _settle(session: Session, claimed: store.FormToken, url: str, *, wrote: bool) -> None:
    """Record where the post led; a post that wrote nothing gives its token back, so the same
    form can still be corrected and posted (Back, another position: a new application)."""
    if wrote:
        claimed.result_url = url
    else:
        session.delete(claimed)


def _again(first: str, again: str, repeat: str) -> Response:
    """To where the first post led: with ``again`` in its URL, or (``again=""``) with the
    one-time sentence ``repeat`` (a flash code)."""
    return redirect(_with(first, again)) if again else redirect(first, done=repeat)


def used(request: Request, token: str) -> bool:
    """The form with this one-time token was already posted (:func:`once` answers it)."""
    return _done(store_of(request), token) is not None


def _done(db: store.Store, token: str) -> str | None:
    if not token:
        return None
    with db.session() as session:
        return store.used_form_token(session, token)


def _with(url: str, again: str) -> str:
    """``url`` with the query ``again`` (「?saved=again」) in place of its own: the first post
    may have led to a URL with a query (「?saved=same」), and two queries make neither readable."""
    if again in url:
        return url
    path, _, fragment = url.partition("#")
    return path.split("?", 1)[0] + again + (f"#{fragment}" if fragment else "")
