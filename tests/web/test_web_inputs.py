"""Inputs that used to break the web app: long answers, line breaks in names, oversized bodies,
a field over 1 MiB, impossible and far-future dates, and the connection after an error."""

from __future__ import annotations

import datetime as dt
import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from support import free_port
from web_helpers import Client, all_routes, soup

from furikaeri import store
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
