"""QA session 10: the routes a job seeker takes through the web app, and what they read."""

from __future__ import annotations

import pytest
from web_helpers import Client, soup

from furikaeri.web.render import FLASH_COOKIE


def _practice(client: Client) -> str:
    data = {"focus": "mixed", "count": "5", "audience": "mid_career"}
    response = client.send_form("/practice", data, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"].split("?")[0]


def _summary_cells(client: Client, url: str) -> list[str]:
    rows = soup(client.get(url)).select("[data-testid=summary] tbody tr")
    return [row.find_all("td")[1].get_text(strip=True) for row in rows]


def test_questions_never_asked_are_not_called_skipped(client: Client) -> None:
    """「ここで練習を終える」 after one answer: the questions after it were never shown, so the
    summary must not say the user skipped (とばしました) them."""
    url = _practice(client)
    answer = "前職では法人営業として、新規開拓の件数を前年の1.5倍に増やしました。"
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": answer})
    client.send_form(url + "/next", {"position": "0"})
    client.send_form(url + "/next", {"position": "1"})  # the second question: skipped
    client.send_form(url + "/finish")
    cells = _summary_cells(client, url)
    assert cells[0].startswith("指摘")
    assert cells[1] == "とばしました"
    assert cells[2] == "とばしました"  # on screen when the session was ended, not answered
    assert cells[3:] and all(c == "出題前に終了" for c in cells[3:]), cells


def test_a_session_finished_at_once_skipped_only_the_first(client: Client) -> None:
    url = _practice(client)
    client.send_form(url + "/finish")
    cells = _summary_cells(client, url)
    assert cells[0] == "とばしました"
    assert set(cells[1:]) == {"出題前に終了"}
    assert "0問に答えました" in soup(client.get(url)).get_text()


def _confirm_form(client: Client) -> dict[str, str]:
    form = soup(client.get("/notices/confirm")).find("form", attrs={"data-testid": "confirm-form"})
    assert form is not None
    data: dict[str, str] = {}
    for select in form.find_all("select"):
        chosen = select.find("option", selected=True)
        data[str(select["name"])] = str(chosen["value"]) if chosen else ""
    return data


def _import_two(client: Client) -> list[int]:
    """Two rejection notices as `furikaeri mail import` records them (to be confirmed)."""
    from furikaeri import store

    ids = []
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        for company in ("株式会社ほしぞら", "株式会社みなと"):
            body = f"{company} 人事部です。慎重に検討した結果、今回は採用を見送らせていただきます。"
            done = store.record_notice(
                s, label="rejection", company=company, stage="一次", body=body
            )
            ids.append(done.application.id)
    return ids


def test_an_application_deleted_in_another_tab_is_a_choice_to_redo(client: Client) -> None:
    """The confirm page was open while one of the applications it offers was deleted in
    another tab: the form comes back (422) saying so at that notice, the other choices kept,
    instead of a 404 page that drops them all."""
    first, second = _import_two(client)
    extra = client.send_form(
        "/applications", {"company": "株式会社けす", "job_title": "営業", "status": "active"}
    )
    gone = int(str(extra.url).rsplit("/", 1)[1].split("?")[0])
    data = _confirm_form(client)
    keys = sorted(data)
    data[keys[0]], data[keys[1]] = str(gone), str(first)
    client.send_form(f"/applications/{gone}/delete")
    r = client.send_form("/notices/confirm", data)
    assert r.status_code == 422
    page = soup(r)
    error = page.select_one(f"#n-{keys[0].split('.')[1]}-error")
    assert error is not None and "削除されたようです" in error.text
    kept = page.find("select", attrs={"name": keys[1]}).find("option", selected=True)
    assert kept is not None and kept["value"] == str(first)
    again = page.find("select", attrs={"name": keys[0]}).find("option", selected=True)
    assert again is None  # 「選ぶ」 shows, not some other application
    assert second  # untouched


def test_a_notice_deleted_with_its_application_is_left_out(client: Client) -> None:
    first, _second = _import_two(client)
    data = _confirm_form(client)
    client.send_form(f"/applications/{first}/delete")
    r = client.send_form("/notices/confirm", data, follow_redirects=False)
    assert r.status_code == 303 and r.cookies.get(FLASH_COOKIE) == "notices_saved.0"


@pytest.mark.parametrize(
    "typed",
    ["2026年4月1日", "2026年4月1日（水）", "２０２６年４月１日", "2026.4.1", "2026/04/01"],
)
def test_a_date_typed_the_way_the_app_shows_dates_is_read(client: Client, typed: str) -> None:
    """The pages show 「2026年4月1日（水）」: a user copying that, or typing it in Japanese,
    got 「日付は 2026-04-01 のような形で入力してください」."""
    data = {"company": "株式会社ひづけ", "job_title": "営業", "applied_on": typed}
    r = client.send_form("/applications", data)
    assert r.status_code == 200, soup(r).select(".field-error")
    assert "2026年4月1日（水）" in soup(r).get_text()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("4月1日", "2026-04-01 のような形"),
        ("2026年2月30日", "2026年2月30日という日はありません"),
        ("令和8年4月1日", "2026-04-01 のような形"),
    ],
)
def test_a_date_that_cannot_be_read_keeps_the_form(
    client: Client, typed: str, message: str
) -> None:
    data = {"company": "株式会社ひづけ", "job_title": "営業", "applied_on": typed}
    r = client.send_form("/applications", data)
    assert r.status_code == 422
    assert message in soup(r).get_text()
    field = soup(r).find("input", attrs={"name": "company"})
    assert field is not None and field["value"] == "株式会社ひづけ"
