"""The document edit form (書類チェック, a saved document's page): a stale save is refused
(409) with the saved text beside the user's input; a refused edit (stale or invalid) comes back
on the document's own page, whose form still edits that document (it used to come back as the
new-document form, so saving it again made a second document)."""

from __future__ import annotations

from bs4 import Tag
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

from furikaeri import store


def _document(client: Client) -> int:
    with client.app.state.store.session() as session:  # type: ignore[attr-defined]
        return store.save_document(session, kind="career", text="営業として5年勤務").id


def _documents(client: Client) -> list[str]:
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        return [d.text for d in store.list_documents(session)]


def test_a_stale_document_save_is_refused_and_the_input_is_kept(client: Client) -> None:
    doc = _document(client)
    url = f"/documents/{doc}"
    first = _browser_fields(_form(client, url, url))
    second = _browser_fields(_form(client, url, url))
    assert first["version"] == second["version"]
    assert client.post(url, data={**first, "text": "法人営業として5年勤務"}).status_code == 200

    r = client.post(
        url, data={**second, "text": "古い画面で書き直した職務経歴", "char_limit": "400"}
    )
    assert r.status_code == 409
    assert "別の画面で更新されています" in r.text
    page = soup(r)
    current = page.find(attrs={"data-testid": "current-values"})
    assert isinstance(current, Tag)
    assert "法人営業として5年勤務" in current.get_text()
    assert "字数制限" in current.get_text() and "（空欄）" in current.get_text()
    form = page.find("form", action=url)
    assert isinstance(form, Tag)
    kept = _browser_fields(form)
    assert kept["text"].strip() == "古い画面で書き直した職務経歴"
    assert kept["char_limit"] == "400"
    assert kept["version"] != second["version"]
    assert _documents(client) == ["法人営業として5年勤務"]  # the first save stays, nothing new

    assert client.post(url, data=kept).status_code == 200  # checked, saved again
    assert _documents(client) == ["古い画面で書き直した職務経歴"]


def test_an_invalid_edit_comes_back_on_the_documents_own_page(client: Client) -> None:
    doc = _document(client)
    url = f"/documents/{doc}"
    data = {**_browser_fields(_form(client, url, url)), "char_limit": "たくさん"}
    r = client.post(url, data={**data, "text": "書き直した文章"})
    assert r.status_code == 422
    form = soup(r).find("form", action=url)
    assert isinstance(form, Tag)  # the form still edits this document
    kept = _browser_fields(form)
    assert (kept["text"].strip(), kept["char_limit"]) == ("書き直した文章", "たくさん")
    assert soup(r).find(attrs={"data-testid": "current-values"}) is None
    assert client.post(url, data={**kept, "char_limit": "400"}).status_code == 200
    assert _documents(client) == ["書き直した文章"]  # one document, edited
