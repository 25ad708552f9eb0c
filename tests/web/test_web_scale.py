"""Each page runs the same number of SQL statements at 10 and at 100 applications: nothing is
loaded one row at a time (statements counted with a SQLAlchemy event listener)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from web_helpers import Client, make_settings

from furikaeri.store.models import Application, Interview, Rejection
from furikaeri.store.overview import PER_PAGE
from furikaeri.synthetic import seed
from furikaeri.web.app import create_app

PAGES = (
    "/",
    "/applications",
    "/applications?page=2",
    "/applications?q=サンプル&status=rejected&stage=一次&result=rejected",
    "/applications/{app}",
    "/applications/{app}/edit",
    "/applications/{app}/interviews/new",
    "/interviews/{interview}",
    "/interviews/{interview}/edit",
    "/rejection",
    "/rejection?app_q=サンプル&app_page=2",
    "/rejections/{rejection}",
    "/rejections/{rejection}/request",
    "/rejections/{rejection}/selfcheck",
    "/rejections/{rejection}/diagnosis",
    "/rejections/{rejection}/next",
    "/feedback",
    "/feedback?page=2",
    "/profile",
    "/practice",
    "/practice?app_q=サンプル&focus=application",
    "/analyze",
    "/notices/confirm",
    "/skills",
    "/skills?application_id={app}",
    "/documents",
    "/documents?app_q=サンプル",
    "/worksheets/why_company",
    "/worksheets/why_company?application_id={app}",
    "/application-choices?app_q=サンプル&selected={app}",
)


class Counted:
    def __init__(self, client: Client, ids: dict[str, int], engine: Any) -> None:
        self.client, self.ids, self.statements = client, ids, 0
        event.listen(engine, "before_cursor_execute", self._count)

    def _count(self, *_: Any) -> None:
        self.statements += 1

    def count(self, page: str) -> int:
        self.statements = 0
        response = self.client.get(page.format(**self.ids))
        assert response.status_code == 200, (page, response.status_code)
        return self.statements


def _site(tmp_path: Path, size: int) -> Iterator[Counted]:
    app = create_app(make_settings(tmp_path / str(size)))
    store = app.state.store
    with store.session() as session:
        seed(session, applications=size)
    with store.session(readonly=True) as session:
        ids = {
            "app": session.scalar(select(func.max(Application.id))),
            "interview": session.scalar(select(func.max(Interview.id))),
            "rejection": session.scalar(select(func.max(Rejection.id))),
        }
    with Client(app) as client:
        yield Counted(client, ids, store.engine)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[Counted]:
    yield from _site(tmp_path, 10)


@pytest.fixture
def large(tmp_path: Path) -> Iterator[Counted]:
    yield from _site(tmp_path, 100)


def test_every_page_runs_as_many_statements_at_100_applications_as_at_10(
    small: Counted, large: Counted
) -> None:
    few = {page: small.count(page) for page in PAGES}
    many = {page: large.count(page) for page in PAGES}
    assert many == few


def test_the_list_is_paged_searched_and_filtered(large: Counted) -> None:
    from web_helpers import soup

    client = large.client
    first = soup(client.get("/applications"))
    assert len(first.select("[data-testid=application-list] li")) == PER_PAGE
    assert "100件" in first.select_one("[data-testid=application-count]").text
    second = soup(client.get("/applications?page=2"))
    names = {a.text for a in second.select("a.title")}
    assert names and names.isdisjoint({a.text for a in first.select("a.title")})
    one = soup(client.get("/applications?q=サンプル0042"))
    assert [a.text for a in one.select("a.title")] == ["株式会社サンプル0042"]
    rejected = soup(client.get("/applications?status=rejected&result=rejected"))
    assert "50件" in rejected.select_one("[data-testid=application-count]").text
    assert "条件に合う応募はありません" in client.get("/applications?q=%25_%5C").text
    assert client.get("/applications?page=-1&status=x" + "y" * 500).status_code == 200


def test_the_dashboard_names_a_few_per_column_and_counts_all(large: Counted) -> None:
    from web_helpers import soup

    page = soup(large.client.get("/"))
    rejected = page.select_one(".stage-col.rejected")
    assert rejected.select_one(".count").text == "50"
    assert len(rejected.select("li")) == 12
    assert "status=rejected" in rejected.select_one(".more a")["href"]


def test_an_application_select_offers_the_recent_ones_and_a_search(large: Counted) -> None:
    """QA P2 #12: /documents, /worksheets, /skills and /notices/confirm listed every
    application (a 1,000-option select, ~1 s at 1,000 applications). Now: the 50 most recent
    (open ones first) plus the one chosen, and a search (HTMX, or the page with app_q)."""
    from web_helpers import soup

    from furikaeri.store import CHOICES

    client = large.client
    oldest = soup(client.get("/documents?application_id=1"))
    options = oldest.select("#f-application_id option")
    assert len(options) == CHOICES + 2  # 選ばない, the 50 recent, the chosen one
    assert oldest.select_one("#f-application_id option[selected]")["value"] == "1"
    search = oldest.select_one("form.app-search input[type=search]")
    assert search["hx-get"] == "/application-choices" and search["name"] == "app_q"
    url = "/application-choices?app_q=サンプル００４２&empty=選ばない"
    found = soup(client.get(url, headers={"HX-Request": "true"}))  # the options only
    assert [o.text for o in found.select("option")] == [
        "選ばない",
        "株式会社サンプル0042（エンジニア）",
    ]
    listed = soup(client.get(url))  # without HTMX: a page of links
    assert [a.text for a in listed.select("[data-testid=application-choices] a")] == [
        "株式会社サンプル0042（エンジニア）"
    ]
    page = soup(client.get("/worksheets/why_company?app_q=サンプル0042"))
    assert [o.text for o in page.select("#f-application_id option")][1:] == [
        "株式会社サンプル0042（エンジニア）"
    ]


@pytest.mark.parametrize(
    ("page", "empty"), [("/rejection", "新しい会社（下に会社名を入力）"), ("/practice", "選ばない")]
)
def test_the_rejection_and_practice_selects_offer_recent_ones_a_search_and_pages(
    large: Counted, page: str, empty: str
) -> None:
    """s4 QA: at 1,000 applications /rejection rendered a select of ≈430 options and /practice
    one of ≈500. Now: the 50 most recent (open ones first) plus the one chosen, a search (the
    options by HTMX, or the page again with app_q) and, without HTMX, pages of 50."""
    from web_helpers import soup

    from furikaeri.store import CHOICES

    client = large.client
    chosen = soup(client.get(f"{page}?application_id=1"))
    options = chosen.select("#f-application_id option")
    assert len(options) == CHOICES + 2  # the empty choice, the 50 recent, the chosen one
    assert options[0].text == empty and options[0]["value"] == ""
    assert chosen.select_one("#f-application_id option[selected]")["value"] == "1"
    search = chosen.select_one("form.app-search input[type=search]")
    assert search["hx-get"] == "/application-choices" and search["name"] == "app_q"
    assert chosen.select_one("form.app-search").find_parent("form") is None  # not nested
    found = soup(client.get(f"{page}?app_q=サンプル0042"))
    assert [o.text.split("（")[0] for o in found.select("#f-application_id option")][1:] == [
        "株式会社サンプル0042"
    ]
    first = soup(client.get(f"{page}?app_q=サンプル"))  # 100 match: two pages
    more = first.select_one("form.app-search [data-testid=app-choices-more]")
    assert more is not None and (more["name"], more["value"]) == ("app_page", "2")
    form = more.find_parent("form")  # a GET form: what a browser sends without HTMX
    sent = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    second = soup(client.get(page, params={**sent, "app_page": more["value"]}))
    assert second.select_one("[data-testid=app-choices-prev]")["value"] == "1"
    ids = [{o["value"] for o in p.select("#f-application_id option") if o["value"]}
           for p in (first, second)]  # fmt: skip
    assert len(ids[0]) == len(ids[1]) == CHOICES and ids[0].isdisjoint(ids[1])
    assert second.select_one("[data-testid=app-choices-more]") is None
    for odd in ("abc", "-1", "9" * 30):  # a mistyped page is the first page, not an error
        assert client.get(page, params={"app_page": odd}).status_code == 200


def test_the_rejection_select_keeps_each_applications_stage(large: Counted) -> None:
    """「どの選考で」 follows the application chosen (app.js reads data-stage): the options of
    the page and those the search sends (HTMX) both carry it."""
    from web_helpers import soup

    client = large.client
    page = soup(client.get("/rejection"))
    assert all(o.has_attr("data-stage") for o in page.select("#f-application_id option")[1:])
    search = page.select_one("form.app-search input[type=search]")
    assert '"stage": "1"' in search["hx-vals"]
    url = "/application-choices?app_q=サンプル0042&stage=1&empty=x"
    options = soup(client.get(url, headers={"HX-Request": "true"})).select("option")
    assert options[1].has_attr("data-stage")
