"""やること in the web: made from the next-step page, shown on the dashboard (the next small
step, today's and overdue), added, edited, reordered and ticked; bad input keeps what was typed."""

from __future__ import annotations

import datetime as dt

from web_helpers import Client, soup

from furikaeri import store


def _demo(client: Client) -> None:
    client.send_form("/demo", follow_redirects=False)


def test_the_plan_from_a_diagnosis_to_the_dashboard(client: Client) -> None:
    _demo(client)
    page = soup(client.get("/rejections/1/next"))
    form = page.select_one("[data-testid=plan-make] form")
    assert form is not None
    made = client.send_form(str(form["action"]), follow_redirects=False)
    assert made.status_code == 303
    again = client.send_form(str(form["action"]))  # a double-click adds nothing
    assert "作成済み" in again.text
    plan = soup(client.get("/plan"))
    titles = [a.get_text() for a in plan.select("[data-testid=plan-list] .task .title")]
    assert any("株式会社あおば食品" in t for t in titles), titles
    link = plan.select_one("[data-testid=plan-list] .task a.title")
    assert link is not None and str(link["href"]).startswith("/")
    hrefs = [str(a["href"]) for a in plan.select("[data-testid=plan-list] .task a.title")]
    assert not [h for h in hrefs if h.startswith("/analyze")], hrefs
    practice = [h for h in hrefs if h.startswith("/practice?")]
    assert practice, hrefs
    # The practice task opens the practice room with its cause already chosen.
    room = soup(client.get(practice[0]))
    checked = [str(i["value"]) for i in room.select("input[name=causes][checked]")]
    focus = room.select_one("input[name=focus][value=causes]")
    assert len(checked) == 1 and f"cause={checked[0]}" in practice[0]
    assert focus is not None and focus.has_attr("checked")
    home = soup(client.get("/"))
    step = home.select_one("[data-testid=plan-today] .next-small-step")
    assert step is not None and step.get_text(strip=True)


def test_add_edit_reorder_and_tick(client: Client) -> None:
    today = dt.date.today().isoformat()
    client.send_form("/plan", {"title": "一つ目", "due_on": today})
    client.send_form("/plan", {"title": "二つ目"})
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        first, second = (i.id for i in store.list_action_items(s))
    home = soup(client.get("/"))
    assert "一つ目" in home.select_one("[data-testid=plan-today]").get_text()
    plan = soup(client.get("/plan"))  # QA P3: each edit form had id="f-title" too
    ids = [tag["id"] for tag in plan.select("[id]")]
    assert len(ids) == len(set(ids))
    assert all(plan.select_one(f"#{label['for']}") for label in plan.select("label[for]"))
    client.send_form(f"/plan/{second}/move", {"direction": "up"})
    client.send_form(
        f"/plan/{first}", {"title": "一つ目（直した）", "due_on": today, "detail": "メモ"}
    )
    client.send_form(f"/plan/{first}/done", {"done": "1", "back": "dashboard"})
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        items = {i.id: i for i in store.list_action_items(s)}
        assert items[second].position < items[first].position or items[first].done
        assert items[first].done and items[first].title == "一つ目（直した）"


def test_a_past_due_date_is_refused_and_the_input_kept(client: Client) -> None:
    past = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    response = client.send_form("/plan", {"title": "履歴書を直す", "due_on": past})
    assert response.status_code == 422
    page = soup(response)
    assert "過去" in page.select_one(".error").get_text()
    assert page.select_one("#f-title")["value"] == "履歴書を直す"
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_action_items(s) == []
