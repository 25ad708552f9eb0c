"""Access to the store from routes. The web layer opens it once per app and never writes SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Annotated, Any, NamedTuple
from urllib.parse import urlsplit, urlunsplit

from fastapi import Depends, Request
from starlette.datastructures import UploadFile
from starlette.responses import RedirectResponse

from furikaeri.web.security import MAX_PART_BYTES, TOO_LARGE_FIELD
from furikaeri.web.security import MAX_UPLOAD_BYTES as MAX_UPLOAD_BYTES  # one limit, re-exported


def open_store(settings: Any) -> Any:
    from furikaeri.store.database import open_store as open_db

    return open_db(settings.database_url)


def store_of(request: Request) -> Any:
    return request.app.state.store


async def _form_data(request: Request) -> dict[str, str]:
    """The posted form as plain strings (files are read by the routes that take them). NUL
    characters are dropped: they are invisible, and PostgreSQL cannot store them (a pasted
    NUL used to end in a 500 there)."""
    form = await request.form(max_part_size=MAX_PART_BYTES)
    posted = {
        key: value.replace("\x00", "")
        for key, value in form.items()
        if isinstance(value, str) and key != TOO_LARGE_FIELD
    }
    request.state.posted = posted  # an error page shows what was typed (web.errors.unsaved)
    return posted


FormData = Annotated[dict[str, str], Depends(_form_data)]


class Oversized(bytes):
    """Stands for a file the server dropped before reading it, for its size (the security
    middleware names its field in TOO_LARGE_FIELD): it holds no bytes, and its ``len()`` is
    over MAX_UPLOAD_BYTES, so the routes' and the core's size checks refuse it with their
    own message, at the file's field, and the rest of the form comes back as typed."""

    def __len__(self) -> int:
        return MAX_UPLOAD_BYTES + 1


async def _uploaded(request: Request) -> dict[str, bytes]:
    """Uploaded files by field name (empty when none was chosen; an :class:`Oversized` for a
    file dropped for its size)."""
    form = await request.form(max_part_size=MAX_PART_BYTES)
    files: dict[str, bytes] = {}
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            data = await value.read(MAX_UPLOAD_BYTES + 1)
            if data:
                files[key] = data
        elif key == TOO_LARGE_FIELD and isinstance(value, str):
            files[value] = Oversized()
    return files


Uploads = Annotated[dict[str, bytes], Depends(_uploaded)]


async def _chosen(request: Request) -> dict[str, str]:
    """The name of the file chosen in each file field, empty files included (``Uploads``
    leaves those out, as if no file had been chosen)."""
    form = await request.form(max_part_size=MAX_PART_BYTES)
    return {
        key: value.filename
        for key, value in form.multi_items()
        if isinstance(value, UploadFile) and value.filename
    }


ChosenFiles = Annotated[dict[str, str], Depends(_chosen)]


def page_number(value: str, *, digits: int = 5) -> int:
    """A page number from the query string: anything but a plain number of at most ``digits``
    digits is the first page (a mistyped page is no error page). isdecimal, not isdigit:
    「²」 is a digit that int() refuses."""
    return int(value) if value.isdecimal() and len(value) <= digits else 1


def differences(values: dict[str, Any], current: dict[str, Any] | None) -> dict[str, str]:
    """A stale edit form (refused by the store) shows the record as it is now: the current value
    of each field that differs from what the user posted (their input stays in the form)."""
    if not current:
        return {}
    return {
        name: value
        for name, value in current.items()
        if name != "version" and str(values.get(name, "")).strip() != str(value).strip()
    }


class Kept(NamedTuple):
    """A form shown again: the user's input, and beside it the current value of each field
    that differs from it (empty unless the save was refused as stale)."""

    values: dict[str, Any]
    current: dict[str, str]


def is_stale(errors: Mapping[str, str]) -> bool:
    """The save was refused as stale (:class:`~furikaeri.store.errors.Stale`, at ``version``)."""
    return "version" in errors


def kept_input(
    values: dict[str, Any], errors: Mapping[str, str], saved: Callable[[], Mapping[str, Any]]
) -> Kept:
    """The one way an edit form refused by the store comes back. The user's input always stays
    in the form. Refused as stale (saved in another page since the form was opened):
    ``saved()`` reads the record as it is now (its fields as the form shows them and its
    ``version``); the input comes back carrying that version, so that the next save (after
    checking) goes through, with the current value of each field that differs beside it.
    Any other refusal: the input as posted, nothing beside, and nothing read."""
    if not is_stale(errors):
        return Kept(values, {})
    record = saved()
    kept = {**values, "version": record.get("version", "")}
    return Kept(kept, differences(kept, dict(record)))


def pick(form: dict[str, str], names: Iterable[str]) -> dict[str, Any]:
    """Only the fields a service accepts; the token and unknown names are dropped."""
    return {name: form[name].strip() for name in names if name in form}


def redirect(url: str, *, done: str | None = None) -> RedirectResponse:
    """303: the browser follows a POST with a GET (no resubmission on reload). Only the path
    and query are sent, like every link: a redirect never depends on the Host header.
    ``done`` (a code of render.FLASH_MESSAGES or render.PAGE_NOTICES) makes the next page
    confirm what happened, once: a reload does not say it again."""
    from furikaeri.web.render import FLASH_COOKIE

    parts = urlsplit(url)
    path = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    response = RedirectResponse(path, status_code=303)
    if done:
        response.set_cookie(
            FLASH_COOKIE, done, max_age=60, path="/", httponly=True, samesite="strict"
        )
    return response
