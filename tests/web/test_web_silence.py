"""Silence, memory and tone in the web: the flag on the dashboard, the inquiry mail, closing as
連絡なし, hiding closed rejections, and a company's earlier rejection on the application page."""

from __future__ import annotations

import datetime as dt

from web_helpers import Client, soup

from furikaeri import store


def _seed(client: Client) -> tuple[int, int]:
    three_weeks = (dt.date.today() - dt.timedelta(days=21)).isoformat()
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        quiet = store.create_application(s, company="株式会社しずか", applied_on=three_weeks)
        store.add_interview(s, application_id=quiet.id, stage="一次", date=three_weeks)
        old = store.create_application(s, company="株式会社しずか", applied_on=three_weeks)
        store.record_rejection(s, application_id=old.id, stage="書類", date=three_weeks)
        return quiet.id, old.id


def test_silence_flag_mail_and_close(client: Client) -> None:
    quiet, _old = _seed(client)
    home = soup(client.get("/"))
    flag = home.select_one("[data-testid=silent]")
    assert flag is not None and "21日" in flag.get_text()
    page = soup(client.get(f"/silence/{quiet}"))
    body = page.select_one("#inquiry-body").get_text()
    assert "時期" in body and "理由" not in body
    assert page.select_one("[data-testid=inquiry-mail] a.button")["href"].startswith("mailto:")
    closing = page.select_one("[data-testid=close-no-answer]").find_parent("form")
    assert "連絡なしで終了" in closing["data-confirm"]  # QA P3: asks first
    client.send_form(f"/applications/{quiet}/no-answer")
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.get_application(s, quiet).status == "no_answer"
    assert soup(client.get("/")).select_one("[data-testid=silent]") is None
    # QA P3: a closed application is not offered as 「連絡が来ていない」 again.
    for closed, label in ((quiet, "連絡なしで終了"), (_old, "不採用")):
        page = soup(client.get(f"/silence/{closed}"))
        assert label in page.select_one("[data-testid=already-closed]").text
        assert page.select_one("[data-testid=close-no-answer]") is None


def test_hide_closed_rejections_from_the_dashboard(client: Client) -> None:
    _seed(client)
    board = soup(client.get("/")).select_one("[data-testid=stage-board]")
    assert "不採用" in board.get_text()
    client.send_form("/dashboard/closed", {"hide": "1"})
    home = soup(client.get("/"))
    assert "不採用" not in home.select_one("[data-testid=stage-board]").get_text()
    assert "1件を非表示" in home.select_one("[data-testid=plan-today]").get_text()
    client.send_form("/dashboard/closed", {"hide": "0"})
    assert "不採用" in soup(client.get("/")).select_one("[data-testid=stage-board]").get_text()


def test_an_earlier_rejection_by_the_same_company(client: Client) -> None:
    quiet, old = _seed(client)
    show = soup(client.get(f"/applications/{quiet}"))
    assert show.select_one("#memory")["hx-get"] == f"/applications/{quiet}/memory"
    memory = soup(client.get(f"/applications/{quiet}/memory", headers={"HX-Request": "true"}))
    assert memory.select_one("h1") is None  # HTMX gets the fragment only
    assert "前にも応募" in memory.select_one("[data-testid=memory]").get_text()
    assert (
        soup(client.get(f"/applications/{old}/memory")).select_one("[data-testid=memory]") is None
    )


def test_confirm_and_correct_several_notices_at_once(client: Client) -> None:
    day = dt.date.today() - dt.timedelta(days=3)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        right = store.create_application(
            s, company="株式会社みぎ", applied_on=day - dt.timedelta(days=30)
        )
        wrong = store.record_notice(
            s,
            label="rejection",
            company="株式会社ひだり",
            stage="一次",
            date=day,
            subject="選考結果",
        )
        ok = store.record_notice(
            s, label="pass", company="株式会社みぎ", stage="書類", date=day, subject="書類選考通過"
        )
        wrong_id, ok_id, right_id = wrong.notice.id, ok.notice.id, right.id
        left_id = wrong.application.id
    home = soup(client.get("/"))
    assert "2件" in home.select_one("[data-testid=unconfirmed]").get_text()
    page = soup(client.get("/notices/confirm"))
    assert len(page.select("[data-testid=confirm-form] tr[data-notice]")) == 2
    form = {f"notice.{wrong_id}": str(right_id), f"notice.{ok_id}": str(right_id)}
    response = client.send_form("/notices/confirm", form)
    assert (
        "1件を別の応募に移しました"
        in soup(response).select_one("[data-testid=notices-saved]").get_text()
    )
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        moved = store.get_application(s, right_id)
        assert moved.status == "rejected" and [r.stage for r in moved.rejections] == ["一次"]
        assert store.get_application(s, left_id).status == "active"
        assert all(n.confirmed for n in store.list_notices(s))
    assert soup(client.get("/")).select_one("[data-testid=unconfirmed]") is None
