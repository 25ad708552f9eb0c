"""プロフィール: name, contact and career history; the draft is signed with them; errors by
the row they belong to, with everything typed kept."""

from __future__ import annotations

from typing import Any

from web_helpers import Client, soup

from furikaeri import store
from furikaeri.store.database import open_store


def test_save_the_profile_and_reopen_the_database(client: Client, settings: Any) -> None:
    data = {
        "name": "山田 花子",
        "email": "hanako@example.jp",
        "phone": "090-1234-5678",
        "career.0.company": "株式会社まえの",
        "career.0.role": "法人営業",
        "career.0.start_date": "2019-04-01",
        "career.0.end_date": "2025-09-30",
        "career.1.company": "",  # a blank row is no entry
        "career.2.company": "株式会社いまの",
        "career.2.start_date": "2025-10-01",
    }
    response = client.send_form("/profile", data)
    assert response.status_code == 200
    page = soup(response)
    assert "保存しました" in page.text
    assert page.select_one("#f-career\\.1\\.company")["value"] == "株式会社いまの"
    with open_store(settings.database_url).session(readonly=True) as session:
        profile = store.get_profile(session)
        assert (profile.name, profile.email) == ("山田 花子", "hanako@example.jp")
        assert [c.company for c in profile.career] == ["株式会社まえの", "株式会社いまの"]
        assert profile.career[1].end_date is None


def test_errors_sit_by_their_row_and_nothing_typed_is_lost(client: Client) -> None:
    data = {
        "name": "山田 花子",
        "email": "not-an-address",
        "career.0.company": "",
        "career.0.role": "法人営業",  # a row with a role but no company
        "career.1.company": "株式会社まえの",
        "career.1.start_date": "2020-04-01",
        "career.1.end_date": "2019-03-31",
    }
    response = client.send_form("/profile", data)
    assert response.status_code == 422
    page = soup(response)
    assert page.select_one("#email-error") is not None
    assert page.select_one("#career\\.0\\.company-error") is not None
    assert "入社日" in page.select_one("#career\\.1\\.end_date-error").text
    assert page.select_one("#f-career\\.0\\.role")["value"] == "法人営業"
    assert page.select_one("#f-career\\.1\\.end_date")["value"] == "2019-03-31"
    assert page.select_one("#f-email")["value"] == "not-an-address"


def test_every_page_links_to_the_profile(client: Client) -> None:
    assert soup(client.get("/")).find("a", href="/profile") is not None
