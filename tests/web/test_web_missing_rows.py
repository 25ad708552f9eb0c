"""A URL or a form naming a row that is not there (deleted in another tab, or an id past the
column's range): the page without it, the form again with a message and what was typed, or a 404
page that keeps the typed text; never a 500."""

from __future__ import annotations

import datetime as dt

import pytest
from web_helpers import Client, browser_fields, page_form, post_rejection, sent_request, soup

from furikaeri import store

BIG = "99999999999999999999999"  # past any INTEGER column: the SQLite driver refuses it
GONE = "9999"  # an application deleted in another tab
REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"


# --- a reply for a request past the column's range, typed or left in another tab -----------


@pytest.mark.parametrize("request_id", ["99999999999999999999999", "2147483648", "999999"])
def test_a_reply_to_a_request_that_cannot_exist_is_a_404_page(
    client: Client, request_id: str
) -> None:
    r = client.send_form(f"/feedback/{request_id}/reply", {"text": REPLY, "form_token": "t"})
    assert r.status_code == 404
    assert "フィードバック依頼" in soup(r).get_text() and "見つかりません" in soup(r).get_text()


def test_a_reply_to_a_request_deleted_in_another_tab_is_a_404_page(client: Client) -> None:
    rid = post_rejection(client)
    request_id = sent_request(client, rid)
    page, url = f"/rejections/{rid}/request", f"/feedback/{request_id}/reply"
    form = {**browser_fields(page_form(client, page, url)), "text": REPLY}
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        app_id = store.get_rejection(s, rid).application_id
    client.send_form(f"/applications/{app_id}/delete")
    r = client.post(url, data=form)
    assert r.status_code == 404 and "見つかりません" in soup(r).get_text()


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
    data = browser_fields(page_form(client, "/documents", "/documents"))
    data.update(text="私の強みは粘り強さです。", application_id=app_id)
    r = client.post("/documents", data=data)
    assert r.status_code in (200, 422), r.text[:300]
    assert "私の強みは粘り強さです。" in soup(r).get_text()


@pytest.mark.parametrize("app_id", [BIG, GONE], ids=["huge", "deleted"])
def test_a_worksheet_for_a_missing_application_keeps_what_was_written(
    client: Client, app_id: str
) -> None:
    data = browser_fields(page_form(client, "/worksheets/why_company", "/worksheets/why_company"))
    data.update(reason="物流の仕組みを変える仕事がしたいからです。", application_id=app_id)
    r = client.post("/worksheets/why_company", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "物流の仕組みを変える仕事がしたいからです。" in page.get_text()
    assert "が見つかりません（削除されたのかもしれません）" in page.get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_worksheets(s) == []


def test_a_practice_for_a_deleted_application_says_so_at_the_form(client: Client) -> None:
    data = browser_fields(page_form(client, "/practice", "/practice"))
    data.update(focus="application", application_id=GONE)
    r = client.post("/practice", data=data)
    assert r.status_code == 422, r.text[:300]
    assert "が見つかりません（削除されたのかもしれません）" in soup(r).get_text()


def test_confirming_a_notice_onto_a_huge_application_id_is_a_message(client: Client) -> None:
    """/notices/confirm posted with an application id past the column's range was a 500."""

    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        done = store.record_notice(
            s,
            label="rejection",
            company="株式会社かぜ",
            stage="一次",
            date=dt.date.today(),
            body="誠に残念ながら今回はご希望に沿いかねる結果となりました。",
        )
        notice_id, app_id = done.notice.id, done.application.id
    form = browser_fields(page_form(client, "/notices/confirm", "/notices/confirm"))
    r = client.post("/notices/confirm", data={**form, f"notice.{notice_id}": BIG})
    assert r.status_code == 422, r.text[:300]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert [n.application_id for n in store.list_notices(s)] == [app_id]


def test_a_rejection_for_an_application_deleted_meanwhile_keeps_the_notice(
    client: Client,
) -> None:
    """「面接に落ちた」 opened with an application chosen, the application deleted in another
    tab, then the pasted notice posted: a 404 page dropped the notice. Now the form comes back
    with it, saying the application is gone."""
    body = "誠に残念ながら、今回はご期待に添いかねる結果となりました。"
    data = browser_fields(page_form(client, "/rejection", "/rejection"))
    data.update(application_id=GONE, body=body)
    r = client.post("/rejection", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "見つかりません（削除されたのかもしれません）" in page.get_text()
    assert body in page.get_text()


# --- a form posted to a row deleted meanwhile: the 404 page keeps what was typed --------------

ANSWER = "御社の物流を支える仕組みに惹かれました。前職では配送計画を見直し、遅延を月5件から1件に減らしました。"


@pytest.mark.parametrize(
    ("url", "fields"),
    [
        ("/interviews/9999/qas", {"question": "志望動機を教えてください。", "answer": ANSWER}),
        ("/feedback/9999/reply", {"text": ANSWER, "received_on": "2026-12-01"}),
        ("/qas/9999", {"question": "志望動機", "answer": ANSWER, "version": "1"}),
    ],
    ids=["answer", "reply", "answer-edit"],
)
def test_a_form_posted_to_a_deleted_row_shows_what_was_typed(
    client: Client, url: str, fields: dict[str, str]
) -> None:
    """An answer typed for an interview deleted in another tab (or a reply for a request
    deleted with its application) got a bare 404 page, the text gone."""
    r = client.post(url, data={"csrf_token": client.csrf(), **fields})
    assert r.status_code == 404
    kept = soup(r).select_one("[data-testid=unsaved-input]")
    assert kept is not None and ANSWER in kept.get_text()
    assert "2026-12-01" not in kept.get_text() and "9999" not in kept.get_text()


def test_a_missing_page_without_a_form_shows_no_unsaved_block(client: Client) -> None:
    r = client.get("/interviews/9999")
    assert r.status_code == 404
    assert soup(r).select_one("[data-testid=unsaved-input]") is None
