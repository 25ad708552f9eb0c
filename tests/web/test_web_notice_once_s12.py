"""A one-time notice shows once. After a feedback reply is recorded, the diagnosis page says so
(「返信を記録し、診断に反映しました」 and how the reply was read); reloading the page used to say it
again every time (it was the query ?reply=1). Now the redirect carries it as the one-time
flash cookie: the first page shows it and clears it, nothing in the URL repeats it, and no GET
writes to the database for it."""

from __future__ import annotations

import datetime as dt

import pytest
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

from furikaeri import store
from furikaeri.store.database import revision

REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"
RECORDED = "返信を記録し、診断に反映しました。"
AGAIN = "この返信はすでに記録しています。同じ返信をもう一度記録することはしていません。"


def _rejection_with_request(client: Client) -> tuple[int, int]:
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        app = store.create_application(s, company="株式会社かぜ")
        rej = store.record_rejection(s, application_id=app.id, stage="一次")
        fr = store.save_feedback_request(
            s, rejection_id=rej.id, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return int(rej.id), int(fr.id)


def _notices(client: Client, url: str) -> list[str]:
    page = soup(client.get(url))
    found = page.select("[data-testid=flash], [data-testid=reply-result] > p")
    return [m.get_text(strip=True) for m in found]


def _store_revision(client: Client) -> str | None:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return revision(s)


@pytest.mark.parametrize("same_form", [None, True, False], ids=["first", "double", "pasted"])
def test_the_reply_notice_shows_once_and_not_on_reload(
    client: Client, same_form: bool | None
) -> None:
    rid, request_id = _rejection_with_request(client)
    url, page = f"/feedback/{request_id}/reply", f"/rejections/{rid}/request"
    first = {**_browser_fields(_form(client, page, url)), "text": REPLY}
    posted = client.post(url, data=first)
    if same_form is not None:  # posted again: the same form, or a reopened one
        second = (
            first if same_form else {**_browser_fields(_form(client, page, url)), "text": REPLY}
        )
        posted = client.post(url, data=second)
    assert posted.url.path == f"/rejections/{rid}/diagnosis" and not posted.url.query
    shown = [m.get_text(strip=True) for m in soup(posted).select("[data-testid=reply-result] > p")]
    assert shown[0] == (RECORDED if same_form is None else AGAIN)
    assert "フィードバックあり" in shown[1]  # how the reply was read

    before = _store_revision(client)
    for _ in range(2):  # reloaded: the page, without the notice
        assert _notices(client, str(posted.url)) == []
    assert _store_revision(client) == before  # the GETs wrote nothing
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1


def test_an_old_reply_link_shows_no_notice(client: Client) -> None:
    """A bookmarked or shared 「?reply=1」 address: the page, with nothing to repeat."""
    rid, request_id = _rejection_with_request(client)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_reply(s, feedback_request_id=request_id, text=REPLY, label="feedback")
    assert _notices(client, f"/rejections/{rid}/diagnosis?reply=1") == []
    assert _notices(client, f"/rejections/{rid}/diagnosis?reply=again") == []
