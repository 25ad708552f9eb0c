"""QA session 9, second pass: stale edit forms, Back after a reload, small messages."""

from __future__ import annotations

from bs4 import Tag
from test_web_qa_s9 import _browser_fields, _form, _new_application
from web_helpers import Client, soup


def _new_form(client: Client) -> dict[str, str]:
    """The new-application form as a browser posts it: the confirmation box left unticked."""
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    assert "confirm_duplicate" not in data
    return data


def _new_interview(client: Client, app_id: int) -> int:
    url = f"/applications/{app_id}/interviews"
    data = _browser_fields(_form(client, f"{url}/new", url))
    data.update(stage="一次", date="2026-11-02", result="pending")
    r = client.post(url, data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1].split("#")[0])


def test_a_stale_interview_form_does_not_set_a_rejection_back_to_pending(client: Client) -> None:
    """The edit page opened before the rejection was recorded (in another tab): saving it must
    not set the result back to 結果待ち. Refused, the input kept, the current result shown; a
    second save after checking goes through."""
    iv = _new_interview(client, _new_application(client))
    stale = _browser_fields(_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))
    other = {**stale, "result": "rejected"}
    assert client.post(f"/interviews/{iv}", data=other).status_code == 200

    mine = {**stale, "impression": "緊張して結論から話せなかった"}
    r = client.post(f"/interviews/{iv}", data=mine)
    assert r.status_code == 409
    assert "別の画面で更新されています" in r.text
    page = soup(r)
    current = page.find(attrs={"data-testid": "current-values"})
    assert isinstance(current, Tag) and "不採用" in current.get_text()
    form = page.find("form", attrs={"action": f"/interviews/{iv}"})
    assert isinstance(form, Tag)
    kept = _browser_fields(form)
    assert kept["impression"] == "緊張して結論から話せなかった"
    assert (
        _browser_fields(_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))["result"]
        == "rejected"
    )

    kept["result"] = "rejected"  # the user checked the current values
    assert client.post(f"/interviews/{iv}", data=kept).status_code == 200
    saved = _browser_fields(_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))
    assert (saved["result"], saved["impression"]) == ("rejected", "緊張して結論から話せなかった")


def test_a_stale_application_form_does_not_overwrite_a_newer_status(client: Client) -> None:
    app_id = _new_application(client)
    url = f"/applications/{app_id}"
    stale = _browser_fields(_form(client, f"{url}/edit", url))
    assert client.post(url, data={**stale, "status": "offer"}).status_code == 200

    r = client.post(url, data={**stale, "job_title": "法人営業"})
    assert r.status_code == 409
    assert "別の画面で更新されています" in r.text
    form = soup(r).find("form", attrs={"action": url})
    assert isinstance(form, Tag)
    assert _browser_fields(form)["job_title"] == "法人営業"
    assert "内定" in soup(r).find(attrs={"data-testid": "current-values"}).get_text()  # type: ignore[union-attr]
    assert _browser_fields(_form(client, f"{url}/edit", url))["status"] == "offer"


def test_back_after_a_reload_does_not_record_the_application_twice(client: Client) -> None:
    """A full reload gives the form a new one-time token: the same company, position and date
    posted again minutes later is the same submission, shown as already recorded; ticking
    「別の応募として保存する」 records a second one."""
    form = _new_form(client)
    form.update(company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    first = client.post("/applications", data=form, follow_redirects=False)
    assert first.status_code == 303
    again = _new_form(client)
    assert again["form_token"] != form["form_token"]
    again.update(company="株式会社 かぜ", job_title="営業", applied_on="2026-11-01")
    second = client.post("/applications", data=again, follow_redirects=False)
    assert second.status_code == 303
    assert second.headers["location"].split("?")[0] == first.headers["location"].split("?")[0]
    page = client.get(second.headers["location"])
    assert "数分前に記録しています" in page.text
    assert page.text.count("株式会社かぜ") >= 1
    listing = client.get("/applications")
    assert listing.text.count(f'href="{first.headers["location"].split("?")[0]}"') >= 1

    other = {**again, "job_title": "企画"}  # another position: another application
    r = client.post("/applications", data=other, follow_redirects=False)
    assert r.headers["location"].split("?")[0] != first.headers["location"].split("?")[0]

    confirm = _new_form(client)
    confirm.update(
        company="株式会社かぜ", job_title="営業", applied_on="2026-11-01", confirm_duplicate="1"
    )
    r = client.post("/applications", data=confirm, follow_redirects=False)
    assert r.headers["location"].split("?")[0] != first.headers["location"].split("?")[0]


def test_a_crafted_kind_on_analyze_is_refused_with_the_japanese_names(client: Client) -> None:
    form = _form(client, "/analyze", "/analyze")
    data = {**_browser_fields(form), "answer": "前職では営業をしていました。", "kind": "x_kind"}
    r = client.post("/analyze", data=data)
    assert "質問の種類「x_kind」は使えません" in r.text
    assert "自己紹介（self_intro）" in r.text and "&#39;" not in r.text
