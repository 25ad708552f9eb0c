"""Form defects from the QA report (P3, "Forms and validation", "Rejection…"): messages name
choices by their labels, a full-width e-mail address is width-folded, headings have no stray
half-width space. Through the web app (BeautifulSoup), the database reopened."""

from __future__ import annotations

from typing import Any

from web_helpers import Client, soup

from furikaeri import store
from furikaeri.web.render import FLASH_COOKIE


def _path(response: Any) -> str:
    return str(response.headers["location"]).removeprefix("http://testserver")


def test_a_tampered_choice_is_refused_with_labels_not_ids(client: Client) -> None:
    fields = {"company": "株式会社サンプル", "channel": "agent", "status": "waiting"}
    page = soup(client.send_form("/applications", fields))
    message = page.select_one(".field-error").text
    assert "選考中" in message and "不採用" in message
    assert not {"active", "rejected", "in_person"} & set(message.replace("、", " ").split())
    for raw in ("active", "rejected", "no_answer"):
        assert raw not in page.select_one(".error").text


def test_a_full_width_email_is_width_folded(client: Client) -> None:
    fields = {
        "company": "株式会社サンプル",
        "channel": "agent",
        "status": "active",
        "agent_email": "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ",
    }
    response = client.send_form("/applications", fields, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")
    with client.app.state.store.session(readonly=True) as session:
        (app,) = store.list_applications(session)
        assert app.agent_email == "taro@example.jp"


def test_the_recorded_heading_has_no_stray_space_and_says_when_recorded_before(
    client: Client,
) -> None:
    data = {"company": "株式会社ほしぞら", "stage": "一次", "body": "", "subject": ""}
    first = _path(client.send_form("/rejection", data, follow_redirects=False))
    shown = soup(client.get(first))
    assert shown.h1.text == "株式会社ほしぞらの結果"
    assert shown.select_one("[data-testid=flash]").text == "記録しました。"
    # A later visit (from the dashboard, weeks on) is no news: no 「記録しました」 (s4-qa).
    later = soup(client.get(first))
    assert later.h1.text == "株式会社ほしぞらの結果" and not later.select("[data-testid=flash]")
    again = _path(client.send_form("/rejection", data, follow_redirects=False))
    page = soup(client.get(again))
    assert page.select_one("[data-testid=already-recorded]")
    assert page.h1.text == "株式会社ほしぞらの結果（記録済み）"


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def test_the_focus_outline_has_3_to_1_contrast_on_cards_and_the_page() -> None:
    """QA P3: #9cc9bd had 1.8:1 on white (WCAG 1.4.11 asks 3:1 for a focus indicator)."""
    import re
    from importlib.resources import files

    css = files("furikaeri.web").joinpath("static/app.css").read_text(encoding="utf-8")
    variables = dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", css))
    rule = re.search(r":focus[^{]*\{[^}]*outline:\s*\d+px solid ([^;]+);", css)
    assert rule is not None
    colour = rule.group(1).strip()
    colour = variables[colour[6:-1]] if colour.startswith("var(--") else colour
    for background in (variables["card"], variables["bg"]):
        lighter, darker = sorted((_luminance(colour), _luminance(background)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 3, (colour, background)


def test_an_interview_more_than_a_year_ahead_can_be_confirmed(client: Client) -> None:
    """README: a date more than a year ahead is questioned, and the user can confirm it (the
    form refused it with no way to confirm)."""
    import datetime as dt

    with client.app.state.store.session() as session:
        app_id = store.create_application(session, company="株式会社さきざき").id
    far = (dt.date.today() + dt.timedelta(days=400)).isoformat()
    fields = {"stage": "一次", "date": far, "format": "in_person", "result": "pending"}
    asked = soup(client.send_form(f"/applications/{app_id}/interviews", fields))
    assert "1年以上先の日付です" in asked.select_one(".field-error").text
    assert asked.select_one("[data-testid=confirm-date] input[name=confirm_date]")
    confirmed = {**fields, "confirm_date": "1"}
    response = client.send_form(
        f"/applications/{app_id}/interviews", confirmed, follow_redirects=False
    )
    assert response.status_code == 303
    with client.app.state.store.session(readonly=True) as session:
        (interview,) = store.get_application(session, app_id).interviews
        assert interview.date.isoformat() == far


def test_a_declined_reply_is_explained_once(client: Client) -> None:
    """QA P3: after a 「開示しない」 reply the diagnosis said the same thing twice."""
    import datetime as dt

    today = dt.date.today()
    with client.app.state.store.session() as session:
        app = store.create_application(session, company="さくら不動産株式会社")
        rejection = store.record_rejection(session, application_id=app.id, stage="書類")
        request = store.save_feedback_request(
            session, rejection_id=rejection.id, subject="お願い", body="本文", sent_on=today
        )
        store.record_reply(
            session,
            feedback_request_id=request.id,
            text="選考の理由についてはお答えしておりません。",
            label="declined",
            received_on=today,
        )
        rejection_id = rejection.id
    client.cookies.set(FLASH_COOKIE, "reply_recorded")  # as just after the reply was posted
    page = soup(client.get(f"/rejections/{rejection_id}/diagnosis"))
    assert page.select_one("[data-testid=reply-result]")
    assert page.get_text().count("開示しない") == 1
