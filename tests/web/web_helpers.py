"""Helpers shared by the web tests (imported by name: tests/web is on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from bs4 import BeautifulSoup, Tag
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from support import migrated_sqlite, require

from furikaeri.settings import get_settings

__all__ = [
    "ARTIFACTS",
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "LOCAL_URL",
    "Client",
    "add_application",
    "browser_fields",
    "count_rows",
    "form_token",
    "make_settings",
    "new_application",
    "page_form",
    "post_rejection",
    "rejection_with_sent_request",
    "reply_form",
    "require",
    "sent_request",
    "soup",
]


def make_settings(tmp_path: Path, **overrides: Any) -> Any:
    """Settings for an app on ``tmp_path``: its SQLite file (the one already there, else a
    copy of a database migrated once a session) and its data directory."""
    db = tmp_path / "web.sqlite3"
    if not db.exists():
        migrated_sqlite(db)
    return get_settings(database_url=f"sqlite:///{db}", data_dir=tmp_path, **overrides)


CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_URL = "http://127.0.0.1:8765"  # the server answers only local Host names


class Client(TestClient):
    """TestClient that knows the page's CSRF token and parses HTML."""

    def __init__(self, app: Any, **kw: Any) -> None:
        kw.setdefault("base_url", LOCAL_URL)
        super().__init__(app, **kw)

    def csrf(self) -> str:
        if not self.cookies.get("furikaeri_csrf"):
            self.get("/analyze")
        meta = soup(self.get("/analyze")).find("meta", attrs={"name": "csrf-token"})
        assert meta is not None
        return str(meta["content"])

    def send_form(self, url: str, data: dict[str, Any] | None = None, **kw: Any) -> httpx.Response:
        payload = {"csrf_token": self.csrf(), **(data or {})}
        return self.post(url, data=payload, **kw)

    def htmx(self, url: str, data: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"HX-Request": "true", "X-CSRF-Token": self.csrf()}
        return self.post(url, data=data or {}, headers=headers)


def soup(response: httpx.Response) -> BeautifulSoup:
    return BeautifulSoup(response.text, "html.parser")


def browser_fields(form: Tag) -> dict[str, str]:
    """What a browser posts for ``form`` left as it is: inputs' values, each select's selected
    option (its first when none is), textareas' text."""
    data: dict[str, str] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            options = field.find_all("option")
            chosen = next((o for o in options if o.has_attr("selected")), options[0])
            data[str(name)] = str(chosen.get("value", ""))
        elif field.name == "textarea":
            data[str(name)] = field.get_text()
        else:
            data[str(name)] = str(field.get("value", ""))
    return data


def page_form(client: Client, url: str, action: str) -> Tag:
    """The form posting to ``action`` on the page at ``url``."""
    form = soup(client.get(url)).find("form", attrs={"action": action})
    assert isinstance(form, Tag)
    return form


def form_token(client: Client, url: str, action: str) -> str:
    """The one-time token of the form posting to ``action`` on the page at ``url``."""
    form = soup(client.get(url)).find("form", action=action)
    assert form is not None, f"no form {action} on {url}"
    field = form.find("input", attrs={"name": "form_token"})
    assert field is not None, f"the form {action} has no one-time token"
    return str(field["value"])


def count_rows(client: Client, model: Any) -> int:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return int(s.scalar(select(func.count(model.id))) or 0)


def new_application(client: Client, **fields: Any) -> int:
    """株式会社かぜ (営業) posted from the new-application form as a browser posts it, with
    ``fields`` besides; its id."""
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社かぜ", job_title="営業", **fields)
    r = client.post("/applications", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1].split("?")[0])


def add_application(client: Client, *, company: str = "株式会社ミナトロジ", **extra: str) -> int:
    """A direct, active application posted with its form's one-time token; its id."""
    data = {"company": company, "channel": "direct", "status": "active", **extra}
    data["form_token"] = form_token(client, "/applications/new", "/applications")
    r = client.send_form("/applications", data, follow_redirects=False)
    assert r.status_code == 303
    return int(r.headers["location"].split("/")[-1].split("?")[0])


def post_rejection(client: Client, **fields: str) -> int:
    """A rejection recorded through the 「面接に落ちた」 form, as a browser posts it (株式会社かぜ,
    一次, unless ``fields`` say otherwise); its id."""
    data = browser_fields(page_form(client, "/rejection", "/rejection"))
    data.update({"company": "株式会社かぜ", "stage": "一次", "body": "今回はご縁がなかったものと"})
    data.update(fields)
    return int(client.post("/rejection", data=data).url.path.split("/")[2])


def sent_request(client: Client, rejection_id: int) -> int:
    """A feedback request for the rejection, sent today; its id."""
    import datetime as dt

    from furikaeri import store

    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = store.save_feedback_request(
            s, rejection_id=rejection_id, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return int(fr.id)


def rejection_with_sent_request(client: Client) -> tuple[int, int]:
    """A rejection recorded through the form for a new application, and a feedback request sent
    for it today: (rejection id, request id)."""
    import datetime as dt

    from furikaeri import store

    app_id = new_application(client)
    data = browser_fields(page_form(client, "/rejection", "/rejection"))
    data.update(application_id=str(app_id), stage="一次", body="今回はご縁がなかったものと")
    rid = int(client.post("/rejection", data=data).url.path.split("/")[2])
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = store.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return rid, fr.id


def reply_form(client: Client, rejection_id: int, request_id: int) -> dict[str, str]:
    """The reply form of the request page, as a browser posts it."""
    form = page_form(client, f"/rejections/{rejection_id}/request", f"/feedback/{request_id}/reply")
    return browser_fields(form)


def all_routes(routes: Any, prefix: str = "") -> list[tuple[str, set[str]]]:
    """(path, methods) of every endpoint, walking included routers; a mount (the static files)
    is listed as ``path/{path}`` with GET."""
    from fastapi.routing import APIRoute
    from starlette.routing import Mount, Route

    out: list[tuple[str, set[str]]] = []
    for route in routes:
        nested = getattr(route, "original_router", None)
        if nested is not None:
            inner = getattr(getattr(route, "include_context", None), "prefix", "")
            out += all_routes(nested.routes, prefix + inner)
        elif isinstance(route, APIRoute | Route):
            out.append((prefix + route.path, set(route.methods or ())))
        elif isinstance(route, Mount):
            out.append((prefix + route.path + "/{path}", {"GET"}))
    return out
