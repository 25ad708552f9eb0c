"""One handler for every user error: the form again with the message by its field, or the error
page with the error's status; never a traceback."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from starlette.responses import Response
from web_helpers import Client, soup

from furikaeri.errors import FurikaeriError
from furikaeri.web.app import create_app
from furikaeri.web.errors import on_error
from furikaeri.web.render import render


class Refused(FurikaeriError):
    status = 409


def _app(settings: Any) -> Any:
    app = create_app(settings)

    @app.get("/boom")
    def boom() -> Response:
        raise Refused("その操作はできません。")

    @app.post("/form")
    def form(request: Request) -> Response:
        def show(errors: dict[str, str]) -> Response:
            return render(request, "error.html", {"message": errors.get("company", "")})

        on_error(request, show)
        raise FurikaeriError("会社名を入力してください。", field="company")

    return app


def test_an_error_without_a_form_is_the_error_page_with_its_status(settings: Any) -> None:
    with Client(_app(settings)) as client:
        response = client.get("/boom")
    assert response.status_code == 409
    assert "その操作はできません。" in soup(response).select_one(".error").text


def test_an_error_about_a_field_shows_the_form_again(settings: Any) -> None:
    with Client(_app(settings)) as client:
        response = client.send_form("/form")
    assert response.status_code == 400
    assert "会社名を入力してください。" in response.text


def test_store_validation_is_422_with_every_message_by_its_field(client: Client) -> None:
    response = client.send_form("/applications", {"company": "", "applied_on": "昨日"})
    assert response.status_code == 422
    page = soup(response)
    assert page.select(".error")  # each message next to its input
    assert client.get("/applications/999").status_code == 404
