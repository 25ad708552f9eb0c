"""自己分析 worksheets in the web: saved as written, checked by the analyzer; an empty sheet gets
a clear message; the reason for leaving gets a reframing suggestion; the episode bank."""

from __future__ import annotations

from web_helpers import Client, soup

from furikaeri import store
from furikaeri.worksheets import worksheet_kinds


def test_every_worksheet_page_opens(client: Client) -> None:
    for kind in worksheet_kinds():
        assert client.get(f"/worksheets/{kind}").status_code == 200
    assert client.get("/worksheets/nothing").status_code == 404
    index = soup(client.get("/worksheets"))
    assert len(index.select("[data-testid=worksheet-kinds] li")) == len(worksheet_kinds())


def test_an_empty_worksheet_is_refused_and_nothing_is_lost(client: Client) -> None:
    response = client.send_form("/worksheets/values", {"values": " ", "want": "", "avoid": ""})
    assert response.status_code == 422
    assert "何も書かれていません" in soup(response).select_one(".error").get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_worksheets(s) == []


def test_reason_for_leaving_with_a_reframing_suggestion(client: Client) -> None:
    data = {
        "reason": "上司とそりが合わず、残業も多くて給料も低かったからです。",
        "next": "チームで協力し合える環境で働きたい",
    }
    page = soup(client.send_form("/worksheets/leaving", data))
    check = page.select_one("[data-testid=worksheet-check]")
    assert check.select_one(".finding[data-code='negative_reason.blame']") is not None
    assert (
        "チームで協力し合える環境で働きたい" in check.select_one("[data-testid=reframe]").get_text()
    )
    assert page.select_one("#f-reason").get_text() == data["reason"]  # kept as written


def test_strengths_make_the_episode_bank_and_why_company_is_checked_against_it(
    client: Client,
) -> None:
    client.send_form("/demo")
    episode = {
        "strength": "粘り強さ",
        "situation": "前職で新規開拓の担当になり、半年間受注がありませんでした。",
        "action": "断られた理由を毎回記録し、提案資料を20回作り直しました。",
        "result": "翌年には新規受注を12件獲得しました。",
    }
    page = soup(client.send_form("/worksheets/strength", episode))
    assert page.select_one("[data-testid=worksheet-check] .finding") is None
    bank = soup(client.get("/worksheets")).select_one("[data-testid=episode-bank]")
    assert "粘り強さ" in bank.get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        aoba = next(a for a in store.list_applications(s) if a.company == "株式会社あおば食品")
    why = {
        "application_id": str(aoba.id),
        "reason": "成長できる環境で、安定している貴社で力を発揮したいからです。",
    }
    page = soup(client.send_form("/worksheets/why_company", why))
    assert page.select_one(".finding[data-code='motivation.generic']") is not None
    assert "株式会社あおば食品" in page.select_one("h1").get_text()


def test_the_check_is_live_as_the_user_types_and_saves_nothing(client: Client) -> None:
    page = soup(client.get("/worksheets/leaving"))
    form = page.select_one("[data-testid=worksheet-form]")
    # Debounced like the answer checker of the interview page; the check lands in its div.
    assert form["hx-post"] == "/worksheets/leaving/check"
    assert form["hx-trigger"] == "input delay:600ms" and form["hx-target"] == "#worksheet-check"
    assert page.select_one("#worksheet-check") is not None
    data = {"reason": "上司とそりが合わず、残業も多くて給料も低かったからです。", "next": ""}
    fragment = client.htmx("/worksheets/leaving/check", data)
    assert fragment.status_code == 200
    live = soup(fragment)
    assert live.select_one("html") is None  # the check alone
    box = live.select_one("#worksheet-check")
    assert box.select_one(".finding[data-code='negative_reason.blame']") is not None
    empty = soup(client.htmx("/worksheets/leaving/check", {"reason": "", "next": ""}))
    assert empty.select_one("#worksheet-check .hint") is not None  # says what is missing
    # Without HTMX the whole page comes back with what was typed.
    full = soup(client.send_form("/worksheets/leaving/check", data))
    assert full.select_one("#f-reason").get_text() == data["reason"]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_worksheets(s) == []  # a check never saves
