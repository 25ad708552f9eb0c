"""QA session 12: odd inputs and the routes a job seeker takes (agent, 書類, Back, double-click),
read as the user reads them (BeautifulSoup)."""

from __future__ import annotations

import pytest
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

from furikaeri import store

BIG = "99999999999999999999999"  # past any INTEGER column: the SQLite driver refuses it
GONE = "9999"  # an application deleted in another tab


# --- an application id past the column's range, typed into a URL or a form -------------------


@pytest.mark.parametrize(
    "url",
    [
        f"/skills?application_id={BIG}",
        f"/documents?application_id={BIG}",
        f"/rejection?application_id={BIG}",
        f"/worksheets/why_company?application_id={BIG}",
    ],
)
def test_a_huge_application_id_in_a_url_is_no_application(client: Client, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text[:300]


@pytest.mark.parametrize("app_id", [BIG, GONE], ids=["huge", "deleted"])
def test_a_document_for_a_missing_application_keeps_the_text(client: Client, app_id: str) -> None:
    """The document form posted with an application that is not there (deleted in another tab,
    or an id no row can have): the form comes back, the text typed still in it."""
    data = _browser_fields(_form(client, "/documents", "/documents"))
    data.update(text="私の強みは粘り強さです。", application_id=app_id)
    r = client.post("/documents", data=data)
    assert r.status_code in (200, 422), r.text[:300]
    assert "私の強みは粘り強さです。" in soup(r).get_text()


@pytest.mark.parametrize("app_id", [BIG, GONE], ids=["huge", "deleted"])
def test_a_worksheet_for_a_missing_application_keeps_what_was_written(
    client: Client, app_id: str
) -> None:
    data = _browser_fields(_form(client, "/worksheets/why_company", "/worksheets/why_company"))
    data.update(reason="物流の仕組みを変える仕事がしたいからです。", application_id=app_id)
    r = client.post("/worksheets/why_company", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "物流の仕組みを変える仕事がしたいからです。" in page.get_text()
    assert "が見つかりません（削除されたのかもしれません）" in page.get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_worksheets(s) == []


def test_a_practice_for_a_deleted_application_says_so_at_the_form(client: Client) -> None:
    data = _browser_fields(_form(client, "/practice", "/practice"))
    data.update(focus="application", application_id=GONE)
    r = client.post("/practice", data=data)
    assert r.status_code == 422, r.text[:300]
    assert "が見つかりません（削除されたのかもしれません）" in soup(r).get_text()
