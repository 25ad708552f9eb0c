"""A file over the upload limit (QA P3): the form comes back with what was typed and a message
at the file's field, instead of the generic error page; the file's bytes are never kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from web_helpers import Client, soup

from furikaeri import store
from furikaeri.web.security import MAX_BODY_BYTES, MAX_UPLOAD_BYTES

BIG_EML = b"Subject: =?utf-8?b?6YG4?=\r\nFrom: a@example.jp\r\n\r\n" + b"a" * (MAX_BODY_BYTES + 10)
TYPED = {
    "company": "株式会社おおきい",
    "stage": "一次",
    "date": "2026-11-30",
    "subject": "選考結果のご連絡",
    "body": "残念ながら今回はご期待に沿えない結果となりました。",
}


def _rejections(client: Client) -> int:
    with client.app.state.store.session(readonly=True) as session:
        return session.query(store.Rejection).count()


def _check_form_kept(response: object) -> None:
    page = soup(response)  # type: ignore[arg-type]
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert page.select_one("input[name=company]")["value"] == TYPED["company"]
    assert page.select_one("input[name=subject]")["value"] == TYPED["subject"]
    assert page.select_one("textarea[name=body]").text == TYPED["body"]
    error = page.select_one("#eml-error").text
    assert "5MB" in error and "貼り付け" in error
    assert "送信できる大きさ" not in page.text


def test_an_eml_over_the_limit_keeps_the_form(client: Client) -> None:
    data = {"csrf_token": client.csrf(), "form_token": "t-big-1", **TYPED}
    response = client.post(
        "/rejection", data=data, files={"eml": ("big.eml", BIG_EML, "message/rfc822")}
    )
    _check_form_kept(response)
    assert _rejections(client) == 0  # nothing recorded from a file that was not read


def test_an_eml_over_the_limit_streamed_without_a_length_keeps_the_form(client: Client) -> None:
    """No Content-Length: the body is counted as it streams, and the file dropped there."""
    import httpx

    data = {"csrf_token": client.csrf(), "form_token": "t-big-2", **TYPED}
    request = httpx.Request(
        "POST",
        "http://127.0.0.1/rejection",
        data=data,
        files={"eml": ("big.eml", BIG_EML, "message/rfc822")},
    )
    body = request.read()

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 256 * 1024):
            yield body[start : start + 256 * 1024]

    response = client.post(
        "/rejection", content=chunks(), headers={"Content-Type": request.headers["content-type"]}
    )
    _check_form_kept(response)


def test_a_file_just_under_the_limit_is_still_read(client: Client) -> None:
    raw = (
        "Subject: 選考結果のご連絡\r\nFrom: jinji@example.jp\r\nContent-Type: text/plain; "
        "charset=utf-8\r\n\r\n株式会社ちいさい 人事部です。残念ながら今回はご期待に沿えない結果と"
        "なりました。\r\n"
    ).encode()
    data = {"csrf_token": client.csrf(), "form_token": "t-small", "company": "株式会社ちいさい"}
    response = client.post(
        "/rejection",
        data=data,
        files={"eml": ("a.eml", raw, "message/rfc822")},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert _rejections(client) == 1


def test_a_document_over_the_limit_keeps_the_form(client: Client) -> None:
    data = {"csrf_token": client.csrf(), "kind": "es", "title": "ES（学生時代）"}
    big = b"a" * (MAX_UPLOAD_BYTES + 1024 * 1024)
    response = client.post("/documents", data=data, files={"file": ("es.txt", big, "text/plain")})
    assert response.status_code == 422
    page = soup(response)
    assert page.select_one("input[name=title]")["value"] == "ES（学生時代）"
    assert "大きすぎます" in page.select_one("#file-error").text


@pytest.mark.parametrize("where", ["field", "many files"])
def test_what_remains_over_the_limit_is_still_refused(client: Client, where: str) -> None:
    """Text fields (or small files) adding up past the body limit: the 413 page, as before."""
    data = {"csrf_token": client.csrf()}
    if where == "field":
        data["body"] = "a" * (MAX_BODY_BYTES + 1)
        files = {"eml": ("a.eml", b"Subject: x\r\n\r\nx", "message/rfc822")}
    else:
        part = b"a" * (MAX_UPLOAD_BYTES // 2)
        files = {f"f{i}": (f"{i}.txt", part, "text/plain") for i in range(3)}  # type: ignore[misc]
    response = client.post("/rejection", data=data, files=files)
    assert response.status_code == 413
    assert soup(response).select_one("h1").text == "送信できる大きさを超えています"
