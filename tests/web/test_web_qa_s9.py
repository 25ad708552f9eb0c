"""QA session 9: unusual routes through the web forms."""

from __future__ import annotations

from typing import Any

from bs4 import Tag
from web_helpers import Client, soup


def _browser_fields(form: Tag) -> dict[str, str]:
    """What a browser posts for ``form`` left as it is: inputs' values, each select's selected
    option (its first when none is), textareas' text."""
    data: dict[str, str] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.name == "select":
            options = field.find_all("option")
            chosen = next((o for o in options if o.has_attr("selected")), options[0])
            data[str(name)] = str(chosen.get("value", ""))
        elif field.name == "textarea":
            data[str(name)] = field.get_text()
        else:
            data[str(name)] = str(field.get("value", ""))
    return data


def _form(client: Client, url: str, action: str) -> Tag:
    form = soup(client.get(url)).find("form", attrs={"action": action})
    assert isinstance(form, Tag)
    return form


def _new_application(client: Client, **fields: Any) -> int:
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社かぜ", job_title="営業", **fields)
    r = client.post("/applications", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1].split("?")[0])


def test_a_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    """「四次」 is a stage a mail import records (data/vocabulary.toml) but the form does not
    offer: editing the application (to mark an offer, say) must not silently clear it."""
    app_id = _new_application(client, stage="四次")
    form = _form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    select = form.find("select", attrs={"name": "stage"})
    assert isinstance(select, Tag)
    chosen = [o.get("value") for o in select.find_all("option") if o.has_attr("selected")]
    assert chosen == ["四次"]
    values = [o.get("value") for o in select.find_all("option")]
    assert values.index("三次") < values.index("四次") < values.index("最終")

    data = {**_browser_fields(form), "status": "offer"}
    assert client.post(f"/applications/{app_id}", data=data).status_code == 200
    edit = _form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    assert _browser_fields(edit)["stage"] == "四次"
    assert _browser_fields(edit)["status"] == "offer"


def test_an_interview_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    app_id = _new_application(client)
    url = f"/applications/{app_id}/interviews"
    data = _browser_fields(_form(client, f"{url}/new", url))
    data.update(stage="グループ", date="2026-11-02", result="passed")
    r = client.post(url, data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    iv = int(r.headers["location"].rsplit("/", 1)[1].split("#")[0])

    form = _form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert _browser_fields(form)["stage"] == "グループ"
    assert client.post(f"/interviews/{iv}", data=_browser_fields(form)).status_code == 200
    again = _form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert _browser_fields(again)["stage"] == "グループ"
