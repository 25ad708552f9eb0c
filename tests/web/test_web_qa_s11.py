"""QA session 11: the routes a job seeker takes, read as the user reads them (BeautifulSoup)."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import Tag
from support import agent_comments_notice, no_questions_notice
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

from furikaeri import store


def _rejection(client: Client, **fields: str) -> int:
    """A rejection recorded through the 「面接に落ちた」 form, as a browser posts it."""
    data = _browser_fields(_form(client, "/rejection", "/rejection"))
    data.update({"company": "株式会社かぜ", "stage": "一次", "body": "今回はご縁がなかったものと"})
    data.update(fields)
    return int(client.post("/rejection", data=data).url.path.split("/")[2])


def _sent_request(client: Client, rejection_id: int) -> int:
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = store.save_feedback_request(
            s, rejection_id=rejection_id, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return int(fr.id)


def _messages(page: Tag) -> list[str]:
    """Every status message the page shows: the flash and the reply's own notice."""
    found = page.select("[data-testid=flash], [data-testid=reply-result] > p:first-child")
    return [m.get_text(strip=True) for m in found]


# --- 1. a feedback reply submitted twice ------------------------------------------------------

REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"


def test_a_reply_recorded_says_so_once(client: Client) -> None:
    rid = _rejection(client)
    request_id = _sent_request(client, rid)
    form = _browser_fields(
        _form(client, f"/rejections/{rid}/request", f"/feedback/{request_id}/reply")
    )
    r = client.post(f"/feedback/{request_id}/reply", data={**form, "text": REPLY})
    assert _messages(soup(r)) == ["返信を記録し、診断に反映しました。"]


@pytest.mark.parametrize("same_form", [True, False], ids=["double-click", "pasted-again"])
def test_a_reply_posted_twice_is_stored_once_and_said_once(client: Client, same_form: bool) -> None:
    """A double click on a slow network posts the same form twice; a reopened page posts it
    with a new token. Either way: one reply, and one message that says it was already there."""
    rid = _rejection(client)
    request_id = _sent_request(client, rid)
    url, page = f"/feedback/{request_id}/reply", f"/rejections/{rid}/request"
    first = {**_browser_fields(_form(client, page, url)), "text": REPLY}
    client.post(url, data=first)
    second = first if same_form else {**_browser_fields(_form(client, page, url)), "text": REPLY}
    again = client.post(url, data=second)
    assert again.status_code == 200
    assert "reply=" not in str(again.url)  # a one-time notice, not a query a reload repeats
    assert _messages(soup(again)) == [
        "この返信はすでに記録しています。同じ返信をもう一度記録することはしていません。"
    ]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1
    assert soup(again).get_text().count("当社でなければならない理由が伝わってきませんでした") == 1


# --- 4. /mail/eml with an empty or missing draft ------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [{}, {"subject": "", "body": ""}, {"subject": "面接のお礼", "body": " \n\u3000\n"}],
    ids=["missing", "empty", "blank-body"],
)
def test_an_eml_of_no_mail_is_refused_in_japanese(client: Client, fields: dict[str, str]) -> None:
    r = client.send_form("/mail/eml", fields)
    assert r.status_code == 400  # as a line break in a header: the input cannot make a mail
    assert r.headers["content-type"].startswith("text/html")
    assert "本文が空" in soup(r).get_text()


def test_an_eml_of_a_written_mail_is_still_given(client: Client) -> None:
    r = client.send_form("/mail/eml", {"subject": "", "body": "お世話になっております。"})
    assert r.status_code == 200 and r.headers["content-type"] == "message/rfc822"


# --- 3. a 書類 rejection's diagnosis offers what fits documents -----------------------------------


@pytest.mark.parametrize("self_checked", [False, True], ids=["fresh", "after-self-check"])
def test_a_documents_diagnosis_offers_the_documents_not_answers(
    client: Client, self_checked: bool
) -> None:
    """No interview took place: the page offers the documents check and the posting's
    requirements, never 「回答を追加」 or a mock interview (the self-check used to create an
    interview row, which brought 「回答を追加・修正する」 back)."""
    rid = _rejection(client, stage="書類")
    if self_checked:
        form = _form(client, f"/rejections/{rid}/selfcheck", f"/rejections/{rid}/selfcheck")
        client.post(f"/rejections/{rid}/selfcheck", data=_browser_fields(form))
    page = soup(client.get(f"/rejections/{rid}/diagnosis"))
    text = page.get_text()
    assert "回答を追加" not in text and "回答 0件" not in text
    assert not page.select("[data-testid=practice-cause]")
    assert page.select_one("[data-testid=documents-check]")["href"].endswith("/documents")
    assert page.select_one("[data-testid=requirements-check]")["href"].endswith("/skills")
    for link in ("/documents", "/skills"):
        assert client.get(link).status_code == 200


def test_an_interview_diagnosis_still_offers_the_answers(client: Client) -> None:
    rid = _rejection(client, stage="一次")
    form = _form(client, f"/rejections/{rid}/selfcheck", f"/rejections/{rid}/selfcheck")
    client.post(f"/rejections/{rid}/selfcheck", data=_browser_fields(form))
    page = soup(client.get(f"/rejections/{rid}/diagnosis"))
    assert "回答を追加・修正する" in page.get_text()
    assert not page.select("[data-testid=documents-check]")


# --- 6. the trail above an interview names the company once -----------------------------------


@pytest.mark.parametrize("stage", ["一次", "書類"])
def test_the_interview_page_names_the_company_once(client: Client, stage: str) -> None:
    rid = _rejection(client, stage=stage)
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        app_id = store.get_rejection(s, rid).application_id
    link = soup(client.get(f"/applications/{app_id}")).select_one("ul.list a.title")
    page = soup(client.get(str(link["href"])))
    trail, heading = page.select_one("[data-testid=trail]"), page.h1
    assert trail is not None and heading is not None
    assert (trail.get_text() + heading.get_text()).count("株式会社かぜ") == 1
    assert "株式会社かぜ" in page.title.get_text()


# --- 2. the word after the notice never asks for what is already in hand ---------------------


def _first_step(client: Client, rejection_id: int) -> str:
    found = soup(client.get(f"/rejections/{rejection_id}")).select_one("[data-testid=first-step]")
    assert found is not None
    return found.get_text()


def test_comments_quoted_by_the_agent_are_not_asked_for_again(client: Client) -> None:
    rid = _rejection(client, company="", body=agent_comments_notice("山田 太郎"))
    said = _first_step(client, rid)
    assert "コメントを聞くこと" not in said and "フィードバックをお願いすること" not in said
    assert "企業からのコメントを読み" in said and "お礼" in said


@pytest.mark.parametrize("stage", ["一次", "書類"])
def test_a_reply_in_hand_is_not_asked_for_again(client: Client, stage: str) -> None:
    rid = _rejection(client, stage=stage)
    request_id = _sent_request(client, rid)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_reply(s, feedback_request_id=request_id, text=REPLY, label="feedback")
    said = _first_step(client, rid)
    assert "お願いすること" not in said and "聞くこと" not in said
    assert "返信を読み" in said


def test_a_notice_that_answers_no_questions_is_not_followed_by_a_request(client: Client) -> None:
    rid = _rejection(client, company="", body=no_questions_notice("山田 太郎"))
    said = _first_step(client, rid)
    assert "フィードバックをお願いすること" not in said
    assert "送るならお礼だけ" in said and "二つ" in said


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "その日のうちにフィードバックをお願いすること"),
        ({"stage": "書類"}, "その日のうちにフィードバックをお願いすること、応募書類と求人票"),
    ],
    ids=["interview", "documents"],
)
def test_a_plain_notice_still_asks_the_company(
    client: Client, fields: dict[str, str], expected: str
) -> None:
    said = _first_step(client, _rejection(client, **fields))
    assert "次にできることは三つです" in said and expected in said


# --- an id past the column's range, typed or left in another tab --------------------------


@pytest.mark.parametrize("request_id", ["99999999999999999999999", "2147483648", "999999"])
def test_a_reply_to_a_request_that_cannot_exist_is_a_404_page(
    client: Client, request_id: str
) -> None:
    r = client.send_form(f"/feedback/{request_id}/reply", {"text": REPLY, "form_token": "t"})
    assert r.status_code == 404
    assert "フィードバック依頼" in soup(r).get_text() and "見つかりません" in soup(r).get_text()


def test_a_reply_to_a_request_deleted_in_another_tab_is_a_404_page(client: Client) -> None:
    rid = _rejection(client)
    request_id = _sent_request(client, rid)
    page, url = f"/rejections/{rid}/request", f"/feedback/{request_id}/reply"
    form = {**_browser_fields(_form(client, page, url)), "text": REPLY}
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        app_id = store.get_rejection(s, rid).application_id
    client.send_form(f"/applications/{app_id}/delete")
    r = client.post(url, data=form)
    assert r.status_code == 404 and "見つかりません" in soup(r).get_text()


# --- a .eml holding only the body, uploaded: read as the CLI reads it ----------------------

_BARE = (
    "山田太郎様\n\nこの度は弊社の一次面接にお越しいただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ミナトロジ 人事部 中村\n"
)


@pytest.mark.parametrize("codec", ["utf-8", "cp932"])
def test_an_uploaded_body_without_headers_is_recorded(client: Client, codec: str) -> None:
    data = {**_browser_fields(_form(client, "/rejection", "/rejection")), "date": "2026-12-01"}
    files = {"eml": ("notice.eml", _BARE.encode(codec), "message/rfc822")}
    r = client.post("/rejection", data=data, files=files)
    assert r.status_code == 200 and "/rejections/" in str(r.url)
    assert soup(r).h1.get_text(strip=True) == "株式会社ミナトロジの結果"
    assert "2026年12月1日" in soup(r).get_text()  # the date typed stays: the file has none


# --- 「送ったので記録して次へ」 pressed twice: one request, one message -----------------------


def test_a_request_marked_sent_twice_is_said_once(client: Client) -> None:
    rid = _rejection(client)
    page = client.send_form(f"/rejections/{rid}/request/draft", {"name": "山田太郎"})
    form = soup(page).find("form", id="mail-form")
    assert isinstance(form, Tag)
    data = {**_browser_fields(form), "action": "sent"}
    client.post(f"/rejections/{rid}/request", data=data)
    again = soup(client.post(f"/rejections/{rid}/request", data=data))
    said = [m.get_text(strip=True) for m in again.select("[data-testid=flash], .notice")]
    assert len(said) == 1 and "もう一度記録することはしていません" in said[0], said
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(store.get_rejection(s, rid).feedback_requests) == 1
    # Opened again later: no 「もう一度」, only that it was sent.
    later = soup(client.get(f"/rejections/{rid}/request")).select_one("[data-testid=already-sent]")
    assert later is not None and "もう一度" not in later.get_text()


# --- the dashboard's reminder names who is asked ------------------------------------------


@pytest.mark.parametrize(
    ("channel", "said", "not_said"),
    [
        (
            "agent",
            "今日中に担当のアドバイザーに企業からのコメントを聞きましょう",
            "フィードバック依頼を送りましょう",
        ),
        ("direct", "今日中にフィードバック依頼を送りましょう", "アドバイザー"),
    ],
)
def test_the_dashboard_reminder_names_the_advisor_for_an_agent(
    client: Client, channel: str, said: str, not_said: str
) -> None:
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社とおる", job_title="営業", channel=channel)
    if channel == "agent":
        data.update(agent_name="佐藤", agent_company="リクルート")
    app_id = client.post("/applications", data=data).url.path.split("/")[2]
    _rejection(client, application_id=app_id, company="", date=dt.date.today().isoformat())
    today = soup(client.get("/")).select_one("[data-testid=today]")
    assert today is not None and said in today.get_text() and not_said not in today.get_text()
