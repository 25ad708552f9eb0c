"""Fourth QA pass (s4-qa): NUL characters in forms and searches, and double submits of the
forms that add a record. Each test runs on SQLite and, when FURIKAERI_TEST_POSTGRES_URL is
set, on PostgreSQL (which refuses NUL: that is where a NUL used to end in a 500)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from support import PostgresDatabases
from web_helpers import Client, make_settings, soup

from furikaeri import store as svc
from furikaeri.settings import get_settings
from furikaeri.store import models
from furikaeri.web.app import create_app


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
    ]
)
def app_client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Client]:
    """A fresh app on SQLite, or on a PostgreSQL database of its own (both already migrated)."""
    if request.param == "sqlite":
        with Client(create_app(make_settings(tmp_path))) as c:
            yield c
        return
    databases: PostgresDatabases = request.getfixturevalue("postgres_databases")
    url = databases.migrated()
    settings = get_settings(database_url=url, data_dir=tmp_path)
    try:
        with Client(create_app(settings), raise_server_exceptions=False) as c:
            yield c
            c.app.state.store.close()  # type: ignore[attr-defined]
    finally:
        databases.drop(url)


def _count(client: Client, model: Any) -> int:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def _token(client: Client, url: str, action: str) -> str:
    form = soup(client.get(url)).find("form", action=action)
    assert form is not None, f"no form {action} on {url}"
    field = form.find("input", attrs={"name": "form_token"})
    assert field is not None, f"the form {action} has no one-time token"
    return str(field["value"])


def _application(client: Client, company: str = "株式会社ミナトロジ", **extra: str) -> int:
    data = {"company": company, "channel": "direct", "status": "active", **extra}
    data["form_token"] = _token(client, "/applications/new", "/applications")
    r = client.send_form("/applications", data, follow_redirects=False)
    assert r.status_code == 303
    return int(r.headers["location"].split("/")[-1].split("?")[0])


# --- NUL characters -------------------------------------------------------------------------


def test_a_nul_in_a_form_is_dropped_not_a_500(app_client: Client) -> None:
    """A NUL pasted into a field (PostgreSQL cannot store one) is dropped: the record is saved
    with the visible text, on both databases."""
    app_id = _application(app_client, company="株式会社\x00ミナトロジ", job_title="営業\x00")
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        app = svc.get_application(s, app_id)
        assert (app.company, app.job_title) == ("株式会社ミナトロジ", "営業")
    r = app_client.send_form("/profile", {"name": "山田\x00太郎"}, follow_redirects=False)
    assert r.status_code == 303
    r = app_client.send_form("/plan", {"title": "志望動機\x00を直す"}, follow_redirects=False)
    assert r.status_code == 303
    body = "誠に残念ながら、今回は\x00ご縁がなかったものとさせていただきます。"
    form = {"company": "株式会社ほしぞら\x00", "stage": "一次", "body": body}
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    r = app_client.send_form("/rejection", form, follow_redirects=False)
    assert r.status_code == 303
    page = app_client.get(r.headers["location"])
    assert page.status_code == 200 and "株式会社ほしぞら" in page.text


@pytest.mark.parametrize(
    "url",
    [
        "/applications?q=%00",
        "/applications?q=ミナト%00&status=%00&stage=%00&result=%00",
        "/application-choices?app_q=a%00b",
    ],
)
def test_a_nul_in_a_search_is_not_a_500(app_client: Client, url: str) -> None:
    _application(app_client)
    r = app_client.get(url)
    assert r.status_code == 200


# --- double submits -------------------------------------------------------------------------


def test_the_interview_form_posted_twice_adds_one_interview(app_client: Client) -> None:
    app_id = _application(app_client)
    url = f"/applications/{app_id}/interviews"
    data = {"stage": "一次", "date": "2026-11-10", "format": "online", "result": "pending"}
    data["form_token"] = _token(app_client, f"{url}/new", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert _count(app_client, models.Interview) == 1
    page = app_client.get(again.headers["location"])
    assert "すでに保存" in soup(page).select_one("[data-testid=flash]").get_text()


def _interview(client: Client) -> int:
    app_id = _application(client)
    url = f"/applications/{app_id}/interviews"
    data = {"stage": "一次", "date": "2026-11-10", "format": "online", "result": "pending"}
    data["form_token"] = _token(client, f"{url}/new", url)
    r = client.send_form(url, data, follow_redirects=False)
    return int(r.headers["location"].split("/")[-1])


def test_an_answer_posted_twice_is_recorded_once(app_client: Client) -> None:
    iv = _interview(app_client)
    url = f"/interviews/{iv}/qas"
    data = {"question": "志望動機を教えてください。", "answer": "成長できる環境だと思いました。"}
    data["form_token"] = _token(app_client, f"/interviews/{iv}", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert _count(app_client, models.QA) == 1
    # A second, different answer from a freshly rendered form is recorded.
    data.update(
        question="自己PRをお願いします。", form_token=_token(app_client, f"/interviews/{iv}", url)
    )
    app_client.send_form(url, data, follow_redirects=False)
    assert _count(app_client, models.QA) == 2


def test_a_reply_posted_twice_is_recorded_once(app_client: Client) -> None:
    app_id = _application(app_client)
    form = {"application_id": str(app_id), "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    rid = int(app_client.send_form("/rejection", form).url.path.split("/")[2])
    with app_client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = svc.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
        request_id = fr.id
    url = f"/feedback/{request_id}/reply"
    data = {"text": "志望動機が当社でなければならない理由として伝わりませんでした。"}
    data["form_token"] = _token(app_client, f"/rejections/{rid}/request", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert _count(app_client, models.Reply) == 1
    diagnosis = soup(app_client.get(again.headers["location"])).get_text()
    assert "企業からの返信 1件" in diagnosis


def test_plan_document_and_worksheet_forms_posted_twice_add_one_row(app_client: Client) -> None:
    data = {"title": "志望動機を書き直す", "form_token": _token(app_client, "/plan", "/plan")}
    for _ in range(2):
        assert app_client.send_form("/plan", data, follow_redirects=False).status_code == 303
    assert _count(app_client, models.ActionItem) == 1

    doc = {"kind": "es", "title": "ES", "text": "私は御社の理念に共感しました。" * 3}
    doc["form_token"] = _token(app_client, "/documents", "/documents")
    first = app_client.send_form("/documents", doc, follow_redirects=False)
    again = app_client.send_form("/documents", doc, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert _count(app_client, models.Document) == 1

    url = "/worksheets/why_company"
    sheet = {"reason": "物流のDXに取り組む姿勢", "form_token": _token(app_client, url, url)}
    first = app_client.send_form(url, sheet, follow_redirects=False)
    again = app_client.send_form(url, sheet, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert _count(app_client, models.Worksheet) == 1


def test_a_refused_form_keeps_its_token_and_saves_once_when_fixed(app_client: Client) -> None:
    """A form sent back with an error keeps its one-time token, so fixing and sending it
    saves one record (the failed post claimed nothing)."""
    app_id = _application(app_client)
    url = f"/applications/{app_id}/interviews"
    token = _token(app_client, f"{url}/new", url)
    bad = {"stage": "一次", "date": "2026-02-30", "format": "online", "result": "pending"}
    refused = app_client.send_form(url, {**bad, "form_token": token})
    assert refused.status_code == 422
    kept = soup(refused).find("input", attrs={"name": "form_token"})
    assert kept is not None and kept["value"] == token
    good = {**bad, "date": "2026-11-10", "form_token": token}
    assert app_client.send_form(url, good, follow_redirects=False).status_code == 303
    assert _count(app_client, models.Interview) == 1


# --- a 書類 rejection has no interview ------------------------------------------------------


def test_a_documents_rejection_is_not_shown_as_an_interview(app_client: Client) -> None:
    """Rejected at 書類: the round it is recorded on reads 「書類選考」, not 「書類面接」 with a
    format and a form for interview questions, and the list counts no interview."""
    app_id = _application(app_client, company="株式会社つばさ物産")
    form = {"application_id": str(app_id), "stage": "書類", "date": "2026-11-26"}
    form["body"] = "書類選考の結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。"
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    assert app_client.send_form("/rejection", form, follow_redirects=False).status_code == 303
    page = soup(app_client.get(f"/applications/{app_id}"))
    link = page.select_one("ul.list a.title")
    assert link is not None and link.get_text(strip=True).startswith("書類選考")
    assert "質問と回答" not in page.select_one("ul.list").get_text()
    interview = soup(app_client.get(str(link["href"])))
    assert interview.h1 is not None
    # The company is in the trail above, once (s11-qa: it used to be repeated in the heading).
    assert interview.h1.get_text(strip=True) == "書類選考"
    assert "面接" not in interview.h1.get_text() and "形式" not in interview.select_one("dl").text
    assert interview.select_one("[data-testid=no-interview]") is not None
    assert interview.find("form", action=lambda a: bool(a) and a.endswith("/qas")) is None
    listing = soup(app_client.get("/applications")).get_text()
    assert "面接 0回" in listing and "面接 1回" not in listing


def test_a_nul_only_answer_on_analyze_is_an_empty_answer(app_client: Client) -> None:
    r = app_client.send_form("/analyze", {"answer": "\x00\x00", "question": ""})
    assert r.status_code == 200
    result = soup(r).select_one(".analysis-result")
    assert result is not None
    assert "回答を入力すると" in result.get_text() and "2字" not in result.get_text()


def test_the_request_page_of_a_documents_rejection_names_no_interviewer(
    app_client: Client,
) -> None:
    form = {"company": "株式会社ほしぞら", "stage": "書類", "body": "今回はご縁がなかったものと"}
    form.update(date=dt.date.today().isoformat())
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    rid = app_client.send_form("/rejection", form).url.path.split("/")[2]
    banner = soup(app_client.get(f"/rejections/{rid}/request")).select_one("[data-testid=timing]")
    assert banner is not None
    assert "担当者の記憶" in banner.get_text() and "面接官" not in banner.get_text()


def test_a_sent_request_does_not_offer_to_skip_the_request(app_client: Client) -> None:
    """「依頼はしないで、振り返りへ進む」 is for a request not sent; once sent (or replied to), the
    page leads on with 振り返りへ進む / 診断を見る only."""
    form = {"company": "株式会社ほしぞら", "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    rid = int(app_client.send_form("/rejection", form).url.path.split("/")[2])
    page = soup(app_client.get(f"/rejections/{rid}/request"))
    assert page.select_one("[data-testid=skip-request]") is not None
    with app_client.app.state.store.session() as s:  # type: ignore[attr-defined]
        svc.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
    page = soup(app_client.get(f"/rejections/{rid}/request"))
    assert page.select_one("[data-testid=already-sent]") is not None
    assert page.select_one("[data-testid=skip-request]") is None
    assert "依頼はしないで" not in page.get_text()


def test_the_agent_route_asks_the_advisor_not_the_company(app_client: Client) -> None:
    """Applied through an agent: the word after the notice and the request page speak of the
    career advisor (who collects the company's comments), not of asking the company."""
    app_id = _application(
        app_client, channel="agent", agent_name="佐藤 花子", agent_company="リクルート"
    )
    form = {"application_id": str(app_id), "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    r = app_client.send_form("/rejection", form)
    word = soup(r).select_one("[data-testid=word]")
    assert word is not None and "アドバイザーに企業からのコメント" in word.get_text()
    assert "その日のうちにフィードバックをお願いすること" not in word.get_text()
    rid = r.url.path.split("/")[2]
    heading = soup(app_client.get(f"/rejections/{rid}/request")).h1
    assert heading is not None and "アドバイザー" in heading.get_text()


@pytest.mark.parametrize(
    ("url", "label"),
    [("/documents/999/delete", "書類"), ("/worksheets/why_company/999/delete", "自己分析のシート")],
)
def test_a_missing_record_is_named_in_japanese(app_client: Client, url: str, label: str) -> None:
    """A delete posted twice (a double click) finds nothing the second time: the message
    names the record in Japanese (it said 「Document（ID 999）が見つかりません」)."""
    r = app_client.send_form(url, {})
    assert r.status_code == 404
    assert f"{label}（ID 999）が見つかりません" in soup(r).get_text()


# --- deletes posted again -------------------------------------------------------------------


def _delete_token(client: Client, page: str, action: str) -> str:
    return _token(client, page, action)


def test_a_delete_posted_again_does_not_delete_the_record_that_took_its_id(
    app_client: Client,
) -> None:
    """SQLite gave a deleted row's id to the next new row (before migration 0008). A delete
    form sent again (Back and resubmit, a second click) used to delete that unrelated new
    record; now it deletes nothing more and says 「すでに削除しています」."""
    old = _application(app_client, company="株式会社けすつもり")
    url = f"/applications/{old}/delete"
    token = _delete_token(app_client, f"/applications/{old}", url)
    first = app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    assert first.status_code == 303
    new = _application(app_client, company="株式会社だいじ")
    again = app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == first.headers["location"]
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert svc.get_application(s, new).company == "株式会社だいじ"
    flash = soup(app_client.get(again.headers["location"])).select_one("[data-testid=flash]")
    assert flash is not None and "すでに削除しています" in flash.get_text()


def test_a_bookmark_of_a_deleted_application_does_not_open_the_next_one(
    app_client: Client,
) -> None:
    """Ids are not reused (SQLite AUTOINCREMENT, migration 0008; PostgreSQL sequences): the old
    URL of a deleted company says it is gone instead of showing the company created after it."""
    old = _application(app_client, company="株式会社けすつもり")
    url = f"/applications/{old}/delete"
    token = _delete_token(app_client, f"/applications/{old}", url)
    app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    new = _application(app_client, company="株式会社だいじ")
    assert new != old
    bookmark = app_client.get(f"/applications/{old}")
    assert bookmark.status_code == 404
    assert "株式会社だいじ" not in bookmark.text


def test_every_delete_form_carries_a_one_time_token(app_client: Client) -> None:
    iv = _interview(app_client)
    url = f"/interviews/{iv}/qas"
    qa = {"question": "自己PRをお願いします。", "answer": "私の強みは粘り強さです。"}
    qa["form_token"] = _token(app_client, f"/interviews/{iv}", url)
    app_client.send_form(url, qa)
    plan = {"title": "志望動機を書き直す", "form_token": _token(app_client, "/plan", "/plan")}
    app_client.send_form("/plan", plan)
    doc = {"kind": "es", "title": "ES", "text": "私は御社の理念に共感しました。"}
    doc["form_token"] = _token(app_client, "/documents", "/documents")
    doc_page = app_client.send_form("/documents", doc).url.path
    sheet_url = "/worksheets/why_company"
    sheet = {"reason": "物流のDX", "form_token": _token(app_client, sheet_url, sheet_url)}
    sheet_page = app_client.send_form(sheet_url, sheet)
    pages = {
        f"/interviews/{iv}": ("/delete", "/interviews/"),
        "/plan": ("/delete", "/plan/"),
        doc_page: ("/delete", "/documents/"),
        f"{sheet_page.url.path}?{sheet_page.url.query}": ("/delete", "/worksheets/"),
    }
    for page, (suffix, prefix) in pages.items():
        forms = [
            f
            for f in soup(app_client.get(page)).find_all("form")
            if str(f.get("action", "")).endswith(suffix)
            and str(f.get("action", "")).startswith(prefix)
        ]
        assert forms, page
        for form in forms:
            assert form.find("input", attrs={"name": "form_token"}) is not None, form["action"]
    qa_delete = soup(app_client.get(f"/interviews/{iv}")).find(
        "form", action=lambda a: bool(a) and a.startswith("/qas/") and a.endswith("/delete")
    )
    assert qa_delete is not None and qa_delete.find("input", attrs={"name": "form_token"})


def test_a_nul_in_an_uploaded_document_is_dropped(app_client: Client) -> None:
    data = {
        "kind": "es",
        "title": "ES",
        "form_token": _token(app_client, "/documents", "/documents"),
    }
    data["csrf_token"] = app_client.csrf()
    text = "私は\x00御社の理念に共感しました。".encode()
    r = app_client.post(
        "/documents",
        data=data,
        files={"file": ("es.txt", text, "text/plain")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (doc,) = svc.list_documents(s)
        assert doc.text == "私は御社の理念に共感しました。"


# --- values longer than their columns (PostgreSQL refuses them; SQLite kept them) -----------


@pytest.mark.parametrize(
    ("field", "limit"),
    [("job_title", 200), ("agent_name", 200), ("agent_company", 200), ("stage", 50)],
)
def test_an_over_long_application_field_is_a_message_not_a_500(
    app_client: Client, field: str, limit: int
) -> None:
    data = {"company": "株式会社ミナトロジ", "channel": "agent", "status": "active"}
    data[field] = "あ" * (limit + 1)
    data["form_token"] = _token(app_client, "/applications/new", "/applications")
    r = app_client.send_form("/applications", data)
    assert r.status_code == 422
    assert f"{limit}文字以内で入力してください（いまは{limit + 1}文字）" in soup(r).get_text()


def test_an_over_long_phone_or_role_in_the_profile_is_a_message(app_client: Client) -> None:
    r = app_client.send_form("/profile", {"name": "山田 太郎", "phone": "0" * 51})
    assert r.status_code == 422 and "50文字以内" in soup(r).get_text()
    career = {"career.0.company": "株式会社まえ", "career.0.role": "あ" * 201}
    career["career.0.start_date"] = "2020-04-01"
    r = app_client.send_form("/profile", {"name": "山田 太郎", **career})
    assert r.status_code == 422 and "200文字以内" in soup(r).get_text()


def test_a_notice_with_over_long_headers_is_recorded(app_client: Client) -> None:
    """A 700-character Message-ID and a long From name: clipped to the columns, recorded."""
    eml = (
        "Message-ID: <"
        + "m" * 700
        + "@x.example.jp>\nFrom: "
        + "人事" * 300
        + " <jinji@x.example.jp>\nSubject: 選考結果\nContent-Type: text/plain; charset=utf-8\n\n"
        "株式会社ながい\n誠に残念ながら、今回はご縁がなかったものとさせていただきます。\n"
    ).encode()
    data = {"stage": "一次", "form_token": _token(app_client, "/rejection", "/rejection")}
    data["csrf_token"] = app_client.csrf()
    r = app_client.post(
        "/rejection",
        data=data,
        files={"eml": ("a.eml", eml, "message/rfc822")},
        follow_redirects=False,
    )
    assert r.status_code == 303, soup(r).get_text()[:300]
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (notice,) = svc.list_notices(s)
        assert len(notice.message_id or "") <= 500 and len(notice.sender) <= 500


def test_a_tampered_variant_is_stored_as_the_standard_mail(app_client: Client) -> None:
    form = {"company": "株式会社ほしぞら", "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = _token(app_client, "/rejection", "/rejection")
    rid = app_client.send_form("/rejection", form).url.path.split("/")[2]
    sent = {"action": "sent", "subject": "件名", "body": "本文", "variant": "x" * 100}
    r = app_client.send_form(f"/rejections/{rid}/request", sent, follow_redirects=False)
    assert r.status_code == 303
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (fr,) = s.scalars(select(models.FeedbackRequest)).all()
        assert fr.variant == "standard"
