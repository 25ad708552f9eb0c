"""The patterns page (/patterns) read with BeautifulSoup: practice progress for the recurring
causes with its server-made chart, and links to the practice room on those causes."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from web_helpers import Client, soup

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from test_patterns_report import _practise, seed


def _store(client: Client) -> Any:
    return client.app.state.store  # type: ignore[attr-defined]


def test_practice_progress_on_the_patterns_page(client: Client) -> None:
    with _store(client).session() as s:
        seed(s)
        _practise(s, "2026-05-03", [["self_pr"], ["self_pr"], ["motivation"], [], ["self_pr"]])
    page = soup(client.get("/patterns"))
    section = page.select_one("[data-testid=practice-progress]")
    assert section is not None
    chart = section.select_one("svg.chart")
    assert chart is not None and "練習" in chart.select_one("title").get_text()
    row = section.select_one("tr[data-month='2026-05']")
    assert row is not None and "5件" in row.get_text()
    assert "1件あたり 0.6" in row.select_one("td[data-cause=self_pr]").get_text()
    practice = "/practice?focus=causes&cause=self_pr&cause=motivation"
    assert section.select_one(f"a[href='{practice}']") is not None
    # The weakest stage (一次) sends to the same practice.
    assert page.select_one(f"[data-testid=weakest] a[href='{practice}']") is not None
    room = soup(client.get(practice))
    checked = {str(i["value"]) for i in room.select("input[name=causes][checked]")}
    assert checked == {"self_pr", "motivation"}


def test_no_practice_yet(client: Client) -> None:
    with _store(client).session() as s:
        seed(s)
    section = soup(client.get("/patterns")).select_one("[data-testid=practice-progress]")
    assert section is not None and section.select_one("svg") is None
    assert "まだ模擬面接の記録がありません" in section.get_text()


def test_the_application_form_takes_industry_job_type_and_size(client: Client) -> None:
    form = soup(client.get("/applications/new"))
    sizes = [str(o["value"]) for o in form.select("select[name=company_size] option")]
    assert sizes[0] == "" and "medium" in sizes
    data = {"company": "株式会社サンプル", "channel": "direct", "status": "active"}
    bad = client.send_form("/applications", {**data, "industry": "食品", "company_size": "huge"})
    assert bad.status_code == 422
    page = soup(bad)
    assert "企業規模" in page.select_one("#company_size-error").get_text()
    assert page.select_one("#f-industry")["value"] == "食品"  # what was typed stays
    made = client.send_form(
        "/applications",
        {**data, "industry": "食品", "job_type": "営業", "company_size": "medium"},
        follow_redirects=False,
    )
    assert made.status_code == 303
    shown = soup(client.get(made.headers["location"])).get_text()
    assert "食品" in shown and "中小企業（51〜300人）" in shown


def test_the_retargeting_view_is_honest_about_small_numbers(client: Client) -> None:
    from test_retarget import seed as seed_retarget

    with _store(client).session() as s:
        seed_retarget(s)
    section = soup(client.get("/patterns")).select_one("[data-testid=retarget]")
    assert section is not None
    industry = section.select_one("table[data-dimension=industry]")
    assert "67%" in industry.select_one("tr[data-group=食品]").get_text()
    small = industry.select_one("tr[data-group=建設]").get_text()
    assert "%" not in small and "割合なし" in small
    suggestion = section.select_one("[data-testid=retarget-suggestion]")
    assert suggestion is not None and "『食品』" in suggestion.get_text()


def test_patterns_has_one_table_per_heading(client: Client) -> None:
    """QA P3: two tables were both headed 「応募経路ごと」 (the routes are one of the groupings
    of 「応募先の選び方」)."""
    client.send_form("/demo")
    page = soup(client.get("/patterns"))
    headings = [h.get_text(strip=True) for h in page.select("main h2, main h3")]
    assert len(headings) == len(set(headings)), headings
    assert headings.count("応募経路ごと") == 1
    assert page.select_one("table[data-dimension=channel]") is not None
