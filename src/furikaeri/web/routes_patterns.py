"""傾向 (patterns across all applications) and the report download. Thin: the core builds."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, Request
from starlette.responses import Response

from furikaeri.web.deps import store_of
from furikaeri.web.render import attachment, render

router = APIRouter()


@router.get("/patterns", name="patterns_page")
def patterns_page(request: Request) -> Response:
    from furikaeri.patterns_report import build_patterns, render_body

    with store_of(request).session(readonly=True) as session:
        body = render_body(build_patterns(session), links=True)
    return render(request, "patterns/page.html", {"body": body})


@router.get("/patterns/report.html", name="patterns_report")
def patterns_report(request: Request) -> Response:
    """The same as `furikaeri report -o FILE.html`: one offline HTML file to keep or print."""
    from furikaeri.patterns_report import build_patterns, render_report

    with store_of(request).session(readonly=True) as session:
        html = render_report(build_patterns(session))
    name = f"furikaeri-report-{dt.date.today().isoformat()}.html"
    return attachment(html, filename=name, media_type="text/html; charset=utf-8")
