"""Inputs that used to break the web app: long answers, line breaks in names, oversized bodies,
a field over 1 MiB, impossible and far-future dates, dates typed as the pages show them,
control characters and NUL, values longer than their columns, limits said with grouped digits,
an .eml asked for with no mail in it, and the connection after an error. The tests on
``app_client`` run on SQLite and, when FURIKAERI_TEST_POSTGRES_URL is set, on PostgreSQL (which
refuses a NUL and an over-long value: that is where they used to end in a 500)."""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select
from support import free_port
from web_helpers import (
    Client,
    add_application,
    all_routes,
    browser_fields,
    form_token,
    page_form,
    soup,
)

from furikaeri import store
from furikaeri.store import models
from furikaeri.web.app import create_app
from furikaeri.web.security import MAX_BODY_BYTES, MAX_UPLOAD_BYTES

LONG_ANSWER = "貴社の物流ロボットに惹かれ、倉庫の自動化に携わりたいと考えました。" * 600


def _location(response: Any) -> str:
    return str(response.headers["location"])


def _application(client: Client, **fields: str) -> str:
    data = {"company": "株式会社サンプル", "channel": "direct", "status": "active", **fields}
    response = client.send_form("/applications", data, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")
    return _location(response)


def test_pages_with_answers_and_profiles_past_sudachis_limit_never_500(
    client: Client, settings: Any
) -> None:
    client.send_form("/demo")
    db = store.open_store(settings.database_url)
    with db.session() as session:
        qa = session.query(store.QA).first()
        assert qa is not None
        store.update_qa(session, qa.id, answer=LONG_ANSWER, kind="motivation")
        for app in store.list_applications(session):
            store.update_application(
                session, app.id, company_profile="理念は「物流を止めない」。" * 8000
            )
    db.close()
    for path, methods in all_routes(client.app.routes):
        if "GET" in methods and not path.startswith("/static"):
            url = re.sub(r"\{[^}]+\}", "1", path)
            response = client.get(url)
            assert response.status_code < 500, (url, response.status_code)
    page = client.get(f"/interviews/{qa.interview_id}")
    assert LONG_ANSWER[:30] in page.text  # the answer can still be read and edited


@pytest.mark.parametrize("value", ["山田\r\nBcc: x@example.jp", "山田\n太郎", "山田\u2028太郎"])
def test_a_line_break_in_the_name_is_a_field_error(client: Client, value: str) -> None:
    response = client.send_form("/profile", {"name": value})
    assert response.status_code == 422
    assert "改行" in soup(response).select_one(".field-error").text  # type: ignore[union-attr]


def test_a_line_break_in_the_company_is_a_field_error(client: Client) -> None:
    data = {"company": "株式会社\r\nBcc: x", "channel": "direct", "status": "active"}
    response = client.send_form("/applications", data)
    assert response.status_code == 422
    assert "改行" in response.text


def test_the_eml_of_a_mail_with_a_line_break_in_a_header_is_an_error_page(
    client: Client,
) -> None:
    for data in [
        {"subject": "お礼\r\nBcc: x@example.jp", "body": "本文"},
        {"subject": "お礼", "body": "本文", "to": "a@example.jp\r\nBcc: x@example.jp"},
        {"subject": "お礼", "body": "本文", "email": "me@example.jp\nBcc: x@example.jp"},
    ]:
        response = client.send_form("/mail/eml", data)
        assert response.status_code == 400, data
        assert "改行" in response.text and "戻る" in response.text
        assert soup(response).select_one("nav")  # the normal page, with the way back


def test_a_line_break_in_the_name_on_the_draft_page_is_a_message(client: Client) -> None:
    client.send_form("/demo")
    response = client.send_form("/rejections/2/request/draft", {"name": "山田\r\nBcc: x"})
    assert response.status_code == 200
    assert "改行" in response.text


def test_an_oversized_body_is_refused_by_its_content_length_before_reading(
    client: Client,
) -> None:
    token = client.csrf()
    response = client.post(
        "/analyze", data={"csrf_token": token, "answer": "あ" * (MAX_BODY_BYTES // 3 + 1)}
    )
    assert response.status_code == 413
    page = soup(response)
    assert "5MB" in page.text and "戻る" in page.text
    assert page.select_one("h1").text == "送信できる大きさを超えています"
    assert page.select_one("nav") and page.html["lang"] == "ja"  # type: ignore[index]
    assert response.headers["connection"] == "close"


def test_an_oversized_body_without_content_length_is_counted_as_it_streams(
    client: Client,
) -> None:
    token = client.csrf()

    def chunks() -> Iterator[bytes]:
        for _ in range(12):
            yield b"a" * (512 * 1024)

    response = client.post(
        "/analyze",
        content=chunks(),
        headers={"X-CSRF-Token": token, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413
    assert "大きすぎます" in response.text


def test_an_upload_just_over_the_file_limit_is_a_field_error(client: Client) -> None:
    token = client.csrf()
    raw = b"Subject: x\r\n\r\n" + b"a" * MAX_UPLOAD_BYTES
    response = client.post(
        "/rejection", data={"csrf_token": token}, files={"eml": ("a.eml", raw, "message/rfc822")}
    )
    assert response.status_code == 422
    assert "5MB" in response.text


def test_a_field_over_one_mebibyte_gets_the_field_message_not_the_csrf_one(
    client: Client,
) -> None:
    answer = "あ" * (400 * 1024)  # 1.2 MB in UTF-8
    for files in (None, {"dummy": ("d.txt", b"", "text/plain")}):  # urlencoded and multipart
        response = client.post(
            "/analyze", data={"csrf_token": client.csrf(), "answer": answer}, files=files
        )
        assert response.status_code < 500
        assert "CSRF" not in response.text
        assert "長すぎます" in response.text


def test_an_impossible_date_is_named_as_such(client: Client) -> None:
    response = client.send_form(
        "/applications",
        {
            "company": "株式会社A",
            "channel": "direct",
            "status": "active",
            "applied_on": "2026-02-30",
        },
    )
    assert response.status_code == 422
    error = soup(response).select_one(".field-error")
    assert error is not None and "2026年2月30日という日はありません" in error.text
    assert "形" not in error.text


def test_an_interview_date_far_ahead_is_refused(client: Client) -> None:
    url = _application(client, applied_on="2026-01-05")
    for result in ["pending", "rejected"]:
        response = client.send_form(
            url + "/interviews",
            {"stage": "一次", "format": "online", "result": result, "date": "2099-01-01"},
        )
        assert response.status_code == 422, result
        assert "先の日付" in response.text or "未来の日付" in response.text
    soon = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    response = client.send_form(
        url + "/interviews",
        {"stage": "一次", "format": "online", "result": "pending", "date": soon},
        follow_redirects=False,
    )
    assert response.status_code == 303  # a scheduled interview next week is fine


# --- a real server: the connection after an error ---------------------------------------------


@pytest.fixture
def live_server(settings: Any) -> Iterator[int]:
    import uvicorn

    app = create_app(settings)

    def boom() -> None:
        raise RuntimeError("boom")

    app.add_api_route("/boom", boom)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(5)


def _exchange(port: int, requests: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(requests)
        data = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                break
            if not chunk:
                break
            data += chunk
    return data


def test_after_a_500_the_connection_is_closed_cleanly(live_server: int) -> None:
    request = f"GET /boom HTTP/1.1\r\nHost: 127.0.0.1:{live_server}\r\n\r\n".encode()
    following = f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{live_server}\r\n\r\n".encode()
    data = _exchange(live_server, request + following)
    head = data.split(b"\r\n\r\n", 1)[0].lower()
    assert head.startswith(b"http/1.1 500")
    assert b"connection: close" in head
    assert data.count(b"HTTP/1.1 ") == 1  # closed: the pipelined request is not half-answered


def test_one_answer_limit_with_one_message_everywhere(client: Client, tmp_path: Any) -> None:
    from typer.testing import CliRunner

    from furikaeri.cli import app as cli
    from furikaeri.vocabulary import max_text_chars, text_too_long

    answer = "あ" * (max_text_chars() + 1)
    message = text_too_long(len(answer))
    # The live check and the analyze page.
    assert message in client.send_form("/analyze", {"answer": answer}).text
    # Saving it under an interview.
    url = _application(client)
    interview = client.send_form(
        url + "/interviews", {"stage": "一次", "format": "online", "result": "pending"}
    )
    saved = client.send_form(
        str(interview.url.path) + "/qas", {"question": "志望動機", "answer": answer}
    )
    assert saved.status_code == 422 and message in saved.text
    # The command line.
    path = tmp_path / "a.txt"
    path.write_text(answer, encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "-f", str(path)])
    assert result.exit_code == 2 and message in result.stderr


# --- dates typed the way the pages show them --------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["2026年4月1日", "2026年4月1日（水）", "２０２６年４月１日", "2026.4.1", "2026/04/01"],
)
def test_a_date_typed_the_way_the_app_shows_dates_is_read(client: Client, typed: str) -> None:
    """The pages show 「2026年4月1日（水）」: a user copying that, or typing it in Japanese,
    got 「日付は 2026-04-01 のような形で入力してください」."""
    data = {"company": "株式会社ひづけ", "job_title": "営業", "applied_on": typed}
    r = client.send_form("/applications", data)
    assert r.status_code == 200, soup(r).select(".field-error")
    assert "2026年4月1日（水）" in soup(r).get_text()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("4月1日", "2026-04-01 のような形"),
        ("2026年2月30日", "2026年2月30日という日はありません"),
        ("令和8年4月1日", "2026-04-01 のような形"),
    ],
)
def test_a_date_that_cannot_be_read_keeps_the_form(
    client: Client, typed: str, message: str
) -> None:
    data = {"company": "株式会社ひづけ", "job_title": "営業", "applied_on": typed}
    r = client.send_form("/applications", data)
    assert r.status_code == 422
    assert message in soup(r).get_text()
    field = soup(r).find("input", attrs={"name": "company"})
    assert field is not None and field["value"] == "株式会社ひづけ"


# --- limits said as every limit message says them ----------------------------------------------


def test_a_worksheet_over_the_limit_says_the_limit_with_grouped_digits(client: Client) -> None:
    """50,000 bytes pasted into a worksheet: refused with the number written as every other
    limit message writes it (「20,000」), the text kept in the form."""
    data = browser_fields(page_form(client, "/worksheets/values", "/worksheets/values"))
    text = "😀ﾃｽﾄ\x07" * 4001  # 20,005 characters, 56,014 bytes
    data["values"] = text
    r = client.post("/worksheets/values", data=data)
    assert r.status_code == 422
    page = soup(r)
    assert "20,000文字以内で入力してください（いまは20,005文字）" in page.get_text()
    kept = page.find("textarea", attrs={"name": "values"})
    assert kept is not None and len(kept.get_text()) >= 20_000


def test_an_over_long_posting_on_skills_groups_its_digits(client: Client) -> None:
    form = browser_fields(page_form(client, "/skills", "/skills/check"))
    form["posting"] = "必須：法人営業の経験3年以上😀ｶﾀｶﾅ。" * 3000  # 60,000 characters
    r = client.post("/skills/check", data=form)
    assert r.status_code == 422
    assert "求人票が長すぎます（60,000字）" in soup(r).get_text()
    assert "15,000字以内" in soup(r).get_text()


# --- /mail/eml with an empty or missing draft ------------------------------------------------


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


# --- control characters in a one-line field (a name that goes into headers and terminals) ---

ESCAPED = "株式会社\x1b[31mかぜ"


@pytest.mark.parametrize("value", [ESCAPED, "株式会社\x01かぜ", "株式会社かぜ\x7f"])
def test_a_company_name_with_a_control_character_is_refused_and_kept(
    client: Client, value: str
) -> None:
    """「a\\x01\\x02\\x1b[31mb」 was stored as a company name: `furikaeri plan` then printed the
    escape sequence to the terminal (recoloured it), and it went into the mail's subject."""
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(company=value, job_title="営業")
    r = client.post("/applications", data=data)
    assert r.status_code == 422, r.text[:300]
    page = soup(r)
    assert "制御文字" in page.get_text()
    field = page.find("input", attrs={"name": "company"})
    assert field is not None and field.get("value") == value  # what was typed stays
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_applications(s) == []


def test_a_tab_pasted_with_a_company_name_is_no_control_character(client: Client) -> None:
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社\tかぜ", job_title="営業")
    assert client.post("/applications", data=data, follow_redirects=False).status_code == 303


def test_a_pasted_notice_with_control_characters_records_a_clean_company(client: Client) -> None:
    """The notice's text is read as an imported mail's is: its control characters dropped, so
    the company it names is recorded (it was refused, or kept with the escape in it)."""
    data = browser_fields(page_form(client, "/rejection", "/rejection"))
    data.update(
        body=f"山田様\n\n{ESCAPED}人事部です。\n誠に残念ながら、今回はご期待に添いかねる結果となりました。"
        f"\n\n{ESCAPED} 人事部\x07"
    )
    r = client.post("/rejection", data=data)
    assert r.status_code == 200 and r.url.path.startswith("/rejections/"), r.text[:300]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (app,) = store.list_applications(s)
        assert "\x1b" not in app.company and "\x07" not in store.list_notices(s)[0].body


def test_a_mail_header_with_a_control_character_is_refused(client: Client) -> None:
    """/mail/eml wrote 「To: \\x1b@b.jp」 raw into the .eml's header."""
    data = {"csrf_token": client.csrf(), "subject": "件名", "body": "本文です。", "to": "\x1b@b.jp"}
    r = client.post("/mail/eml", data=data)
    assert r.status_code == 400
    assert "制御文字（U+001B）" in soup(r).get_text()


# --- NUL characters -------------------------------------------------------------------------


def test_a_nul_in_a_form_is_dropped_not_a_500(app_client: Client) -> None:
    """A NUL pasted into a field (PostgreSQL cannot store one) is dropped: the record is saved
    with the visible text, on both databases."""
    app_id = add_application(app_client, company="株式会社\x00ミナトロジ", job_title="営業\x00")
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        app = store.get_application(s, app_id)
        assert (app.company, app.job_title) == ("株式会社ミナトロジ", "営業")
    r = app_client.send_form("/profile", {"name": "山田\x00太郎"}, follow_redirects=False)
    assert r.status_code == 303
    r = app_client.send_form("/plan", {"title": "志望動機\x00を直す"}, follow_redirects=False)
    assert r.status_code == 303
    body = "誠に残念ながら、今回は\x00ご縁がなかったものとさせていただきます。"
    form = {"company": "株式会社ほしぞら\x00", "stage": "一次", "body": body}
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
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
    add_application(app_client)
    r = app_client.get(url)
    assert r.status_code == 200


def test_a_nul_only_answer_on_analyze_is_an_empty_answer(app_client: Client) -> None:
    r = app_client.send_form("/analyze", {"answer": "\x00\x00", "question": ""})
    assert r.status_code == 200
    result = soup(r).select_one(".analysis-result")
    assert result is not None
    assert "回答を入力すると" in result.get_text() and "2字" not in result.get_text()


def test_a_nul_in_an_uploaded_document_is_dropped(app_client: Client) -> None:
    data = {
        "kind": "es",
        "title": "ES",
        "form_token": form_token(app_client, "/documents", "/documents"),
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
        (doc,) = store.list_documents(s)
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
    data["form_token"] = form_token(app_client, "/applications/new", "/applications")
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
    data = {"stage": "一次", "form_token": form_token(app_client, "/rejection", "/rejection")}
    data["csrf_token"] = app_client.csrf()
    r = app_client.post(
        "/rejection",
        data=data,
        files={"eml": ("a.eml", eml, "message/rfc822")},
        follow_redirects=False,
    )
    assert r.status_code == 303, soup(r).get_text()[:300]
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (notice,) = store.list_notices(s)
        assert len(notice.message_id or "") <= 500 and len(notice.sender) <= 500


def test_a_tampered_variant_is_stored_as_the_standard_mail(app_client: Client) -> None:
    form = {"company": "株式会社ほしぞら", "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    rid = app_client.send_form("/rejection", form).url.path.split("/")[2]
    sent = {"action": "sent", "subject": "件名", "body": "本文", "variant": "x" * 100}
    r = app_client.send_form(f"/rejections/{rid}/request", sent, follow_redirects=False)
    assert r.status_code == 303
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        (fr,) = s.scalars(select(models.FeedbackRequest)).all()
        assert fr.variant == "standard"
