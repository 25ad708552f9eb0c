"""s10-review: POST /applications asks the store once whether the form is an identical
application of the last minutes (store.record_application says whether it reused one)."""

from __future__ import annotations

from typing import Any

import pytest
from bs4 import BeautifulSoup
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

from furikaeri.store import applications
from furikaeri.web.render import FLASH_COOKIE

# (company first posted, the same company as typed again, position, applied date)
SAME = [
    ("株式会社かぜ", "株式会社 かぜ", "営業", "2026-11-01"),
    ("みなと電機株式会社", "みなと電機㈱", "法人営業", "2026-10-20"),
    ("株式会社ひかりソフト", "(株)ひかりソフト", "", ""),
]


def _post(client: Client, **fields: str) -> Any:
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(fields)
    r = client.post("/applications", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r


def _notices(page: BeautifulSoup) -> tuple[str, str]:
    """The flash (「追加しました。」) and the already-recorded notice of a page, "" when absent."""
    flash = page.find(attrs={"data-testid": "flash"})
    saved = page.find(attrs={"data-testid": "already-saved"})
    return (
        flash.get_text(strip=True) if flash else "",
        saved.get_text(strip=True) if saved else "",
    )


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every same_application lookup, by company."""
    calls: list[str] = []
    real = applications.same_application

    def counting(session: Any, **kw: Any) -> Any:
        calls.append(kw["company"])
        return real(session, **kw)

    monkeypatch.setattr(applications, "same_application", counting)
    return calls


@pytest.mark.parametrize(("company", "again", "job", "day"), SAME)
def test_a_new_application_is_added_with_one_lookup(
    client: Client, monkeypatch: pytest.MonkeyPatch, company: str, again: str, job: str, day: str
) -> None:
    calls = _counted(monkeypatch)
    r = _post(client, company=company, job_title=job, applied_on=day)
    assert "?" not in r.headers["location"]
    page = soup(client.get(r.headers["location"]))
    assert _notices(page) == ("追加しました。", "")
    assert company in page.get_text()
    assert calls == [company]


@pytest.mark.parametrize(("company", "again", "job", "day"), SAME)
def test_the_same_application_posted_again_is_reused_with_one_lookup(
    client: Client, monkeypatch: pytest.MonkeyPatch, company: str, again: str, job: str, day: str
) -> None:
    first = _post(client, company=company, job_title=job, applied_on=day).headers["location"]
    client.get(first)  # the flash of the first post, shown once
    calls = _counted(monkeypatch)
    second = _post(client, company=again, job_title=job, applied_on=day)
    assert second.headers["location"] == first  # a one-time notice, not ?saved=same
    assert second.cookies.get(FLASH_COOKIE) == "application_same"
    flash, saved = _notices(soup(client.get(second.headers["location"])))
    assert flash == ""  # nothing was added
    assert "数分前に記録しています" in saved
    assert calls == [again]
    listing = soup(client.get("/applications"))
    assert len(listing.find_all("a", href=first)) == 1


@pytest.mark.parametrize(
    ("confirm", "job"),
    [("1", "営業"), ("", "企画")],  # 「別の応募として保存する」 ticked; another position
)
def test_a_confirmed_or_different_application_is_a_new_one(
    client: Client, confirm: str, job: str
) -> None:
    first = _post(client, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    extra = {"confirm_duplicate": confirm} if confirm else {}
    other = _post(client, company="株式会社かぜ", job_title=job, applied_on="2026-11-01", **extra)
    assert other.headers["location"] != first.headers["location"]
    assert _notices(soup(client.get(other.headers["location"]))) == ("追加しました。", "")


@pytest.mark.parametrize(
    ("job", "same"),
    [("営業", True), ("企画", False)],  # posted again as it was; corrected to another position
)
def test_a_reused_form_keeps_its_token(client: Client, job: str, same: bool) -> None:
    """A reuse writes nothing, so its one-time token stays unused: Back and the same form
    posted again is reused again; corrected to another position, it is a new application."""
    first = _post(client, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    reused = client.post("/applications", data=data, follow_redirects=False)
    assert reused.headers["location"] == first.headers["location"]
    assert reused.cookies.get(FLASH_COOKIE) == "application_same"
    r = client.post("/applications", data={**data, "job_title": job}, follow_redirects=False)
    assert (r.headers["location"] == reused.headers["location"]) is same
    flash, saved = _notices(soup(client.get(r.headers["location"])))
    assert (flash, bool(saved)) == (("", True) if same else ("追加しました。", False))
    assert (first.headers["location"] in r.headers["location"]) is same
