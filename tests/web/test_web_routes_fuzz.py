"""Every route with odd inputs (an equivalent of schemathesis, which needs the OpenAPI schema the
app does not publish): odd path ids, odd query strings, and forms of odd values posted to every
write route. Nothing may answer 5xx."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from fastapi.routing import APIRoute
from web_helpers import Client

from furikaeri.synthetic import seed
from furikaeri.web.app import create_app

ODD_IDS = ["1", "0", "-1", "999999999", str(10**30), "abc", "１", "1.5", "%00", "%E3%81%82"]
ODD_VALUES = [
    "",
    " ",
    "x" * 60_000,
    "\x00",
    "<script>alert(1)</script>",
    "2026-02-30",
    "-1",
    "１２３",
    "NaN",
    "😀" * 50,
    "../../etc/passwd",
    "active",
    "rejected",
    "一次",
]
FIELDS = [
    "company", "company_profile", "job_title", "channel", "status", "stage", "applied_on",
    "date", "format", "result", "question", "answer", "kind", "application_id", "subject",
    "body", "text", "received_on", "sent_on", "variant", "name", "email", "phone", "action",
    "back", "career.0.company", "career.0.start_date", "q.motivation", "page", "q",
]  # fmt: skip


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from web_helpers import make_settings

    app = create_app(make_settings(tmp_path_factory.mktemp("fuzz")))
    with app.state.store.session() as session:
        seed(session, applications=3)
    with Client(app, raise_server_exceptions=False) as client:
        yield app, client


def _routes(app: Any) -> list[tuple[str, str]]:
    """(method, path) of every route, routers included however FastAPI nests them."""
    out = []
    pending = list(app.routes)
    while pending:
        route = pending.pop(0)
        if isinstance(route, APIRoute):
            out += [(method, route.path) for method in sorted(route.methods)]
        elif hasattr(route, "original_router"):
            pending += route.original_router.routes
    assert len(out) > 30, out  # every page and every write
    return out


def _paths(path: str) -> list[str]:
    names = re.findall(r"{(\w+)}", path)
    if not names:
        return [path]
    out = []
    for values in itertools.product(ODD_IDS, repeat=len(names)):
        filled = path
        for name, value in zip(names, values, strict=True):
            filled = filled.replace("{" + name + "}", value)
        out.append(filled)
    return out


def test_every_get_route_with_odd_ids_and_queries(site: Any) -> None:
    app, client = site
    bad = []
    for method, path in _routes(app):
        if method != "GET":
            continue
        for url in _paths(path):
            for query in ("", "?page=-5&q=%25&status=x&stage=%00&result=" + "y" * 3000):
                response = client.get(url + query)
                if response.status_code >= 500:
                    bad.append((url + query, response.status_code))
    assert bad == []


def test_every_write_route_with_odd_forms(site: Any) -> None:
    app, client = site
    token = client.csrf()
    bad = []
    seen: set[int] = set()
    for method, path in _routes(app):
        if method != "POST":
            continue
        for url in _paths(path)[:4]:  # an existing id, 0, -1 and a missing one
            for value in ODD_VALUES:
                form = {"csrf_token": token, **dict.fromkeys(FIELDS, value)}
                response = client.post(url, data=form, follow_redirects=False)
                seen.add(response.status_code)
                if response.status_code >= 500:
                    bad.append((url, value[:20], response.status_code))
            odd = client.post(url, content=b"\xff\xfe", headers={"X-CSRF-Token": token})
            if odd.status_code >= 500:
                bad.append((url, "raw bytes", odd.status_code))
    assert bad == []
    assert {303, 422} <= seen  # the forms got past CSRF: saved, or refused by field
