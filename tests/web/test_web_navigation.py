"""Finding one's way: the nav names each page as its title and reaches the preparation pages;
the trail above an interview names the company once."""

from __future__ import annotations

import pytest
from web_helpers import Client, post_rejection, soup

from furikaeri import store


def test_the_nav_names_pages_as_their_titles_and_reaches_the_preparation_pages(
    client: Client,
) -> None:
    """QA P3: nav 「依頼状況」 opened 「フィードバック依頼」; 自己分析・書類チェック・必須条件 were
    reachable only from /plan and from links."""
    nav = soup(client.get("/")).select_one("nav.site-nav")
    links = {a.text: a["href"] for a in nav.select("a")}
    for label, path in {
        "フィードバック依頼": "/feedback",
        "自己分析": "/worksheets",
        "書類チェック": "/documents",
        "必須条件": "/skills",
    }.items():
        assert links.get(label) == path, links
        title = soup(client.get(path)).title.text
        assert title.startswith(label if label != "必須条件" else "必須条件との照合"), title


# --- the trail above an interview names the company once --------------------------------------


@pytest.mark.parametrize("stage", ["一次", "書類"])
def test_the_interview_page_names_the_company_once(client: Client, stage: str) -> None:
    rid = post_rejection(client, stage=stage)
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        app_id = store.get_rejection(s, rid).application_id
    link = soup(client.get(f"/applications/{app_id}")).select_one("ul.list a.title")
    page = soup(client.get(str(link["href"])))
    trail, heading = page.select_one("[data-testid=trail]"), page.h1
    assert trail is not None and heading is not None
    assert (trail.get_text() + heading.get_text()).count("株式会社かぜ") == 1
    assert "株式会社かぜ" in page.title.get_text()
