"""書類チェック and 必須条件の照合 in the web: upload a real .docx and an encrypted PDF, paste a
posting; bad input keeps what was typed; nothing is written by a check. A saved document's
edit form refuses a stale save (409) with the saved text beside the input, and a refused edit
comes back on the document's own page, whose form still edits that document (it used to come
back as the new-document form, so saving it again made a second document)."""

from __future__ import annotations

import io

from bs4 import Tag
from web_helpers import Client, browser_fields, page_form, soup

from furikaeri import store

SELF_PR = (
    "私の強みはコミュニケーション能力です。責任感が強く、誰とでもすぐに打ち解けることができます。"
)


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("自己PR")
    document.add_paragraph(SELF_PR)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _locked_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="pw", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _upload(client: Client, name: str, data: bytes, **fields: str) -> object:
    payload = {"csrf_token": client.csrf(), "kind": "career", "char_limit": "", **fields}
    return client.post(
        "/documents", data=payload, files={"file": (name, data)}, follow_redirects=False
    )


def test_a_docx_upload_is_saved_and_checked(client: Client) -> None:
    response = _upload(client, "職務経歴書.docx", _docx())
    assert response.status_code == 303
    page = soup(client.get(response.headers["location"]))
    finding = page.select_one("[data-testid=document-check] .finding[data-code='self_pr.abstract']")
    assert finding is not None and "コミュニケーション能力" in finding.get_text()
    assert (
        "職務経歴書.docx"
        in soup(client.get("/documents")).select_one("[data-testid=documents]").get_text()
    )


def test_an_encrypted_pdf_gets_a_message_and_the_typed_input_stays(client: Client) -> None:
    response = _upload(
        client, "locked.pdf", _locked_pdf(), title="自己PR（400字）", text="下書きの文章"
    )
    assert response.status_code == 422
    page = soup(response)
    assert "パスワード" in page.select_one("#file-error").get_text()
    assert page.select_one("#f-text").get_text() == "下書きの文章"
    assert page.select_one("#f-title")["value"] == "自己PR（400字）"
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.list_documents(s) == []


def test_an_es_answer_against_its_limit(client: Client) -> None:
    data = {"kind": "es", "title": "自己PRをしてください", "char_limit": "400", "text": SELF_PR}
    response = client.send_form("/documents", data)
    page = soup(response)
    assert "8割" in page.select_one("[data-testid=char-share]").get_text()
    bad = client.send_form("/documents", {**data, "char_limit": "たくさん"})
    assert (
        bad.status_code == 422
        and "字数制限" in soup(bad).select_one("#char_limit-error").get_text()
    )


def test_skills_from_a_stored_posting_and_a_pasted_one(client: Client) -> None:
    client.send_form("/demo")
    client.send_form("/skills/qualifications", {"qualifications": "普通自動車免許\nTOEIC 650点"})
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        aoba = next(a for a in store.list_applications(s) if a.company == "株式会社あおば食品")
        assert store.get_qualifications(s).startswith("普通自動車免許")
    page = soup(client.get(f"/skills?application_id={aoba.id}"))
    rows = page.select("[data-testid=skill-gap] tbody tr")
    assert rows and rows[0]["data-status"] == "met"  # 法人営業 3年以上: about 4.6 years
    pasted = client.send_form(
        "/skills/check", {"posting": "【必須】\n・TOEIC700点以上\n・普通自動車免許"}
    )
    statuses = [r["data-status"] for r in soup(pasted).select("[data-testid=skill-gap] tbody tr")]
    assert statuses == ["missing", "met"]
    empty = client.send_form("/skills/check", {"posting": "アットホームな職場です。"})
    assert empty.status_code == 422
    page = soup(empty)
    assert "読み取れません" in page.select_one("#posting-error").get_text()
    assert page.select_one("#f-posting").get_text() == "アットホームな職場です。"


def test_the_skills_fit_table_says_what_it_cannot_tell(client: Client) -> None:
    """QA P3: つばさ物産 showed 「0 / 1」 while the list below said 「判断できない」; its
    「ビジネスレベルの英語、海外営業経験3年以上」 was one condition."""
    client.send_form("/demo")
    page = soup(client.get("/skills"))
    rows = {
        tr.select_one("a").text: tr.select_one("[data-testid=fit-count]").text
        for tr in page.select("[data-testid=fit] tbody tr")
    }
    tsubasa = next(v for k, v in rows.items() if "つばさ物産" in k)
    assert " / 2" in tsubasa and "判断できない 1" in tsubasa
    retarget = page.select_one("[data-testid=retarget]").text
    assert "「ビジネスレベルの英語」" in retarget


def _document(client: Client) -> int:
    with client.app.state.store.session() as session:  # type: ignore[attr-defined]
        return store.save_document(session, kind="career", text="営業として5年勤務").id


def _documents(client: Client) -> list[str]:
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        return [d.text for d in store.list_documents(session)]


def test_a_stale_document_save_is_refused_and_the_input_is_kept(client: Client) -> None:
    doc = _document(client)
    url = f"/documents/{doc}"
    first = browser_fields(page_form(client, url, url))
    second = browser_fields(page_form(client, url, url))
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
    kept = browser_fields(form)
    assert kept["text"].strip() == "古い画面で書き直した職務経歴"
    assert kept["char_limit"] == "400"
    assert kept["version"] != second["version"]
    assert _documents(client) == ["法人営業として5年勤務"]  # the first save stays, nothing new

    assert client.post(url, data=kept).status_code == 200  # checked, saved again
    assert _documents(client) == ["古い画面で書き直した職務経歴"]


def test_an_invalid_edit_comes_back_on_the_documents_own_page(client: Client) -> None:
    doc = _document(client)
    url = f"/documents/{doc}"
    data = {**browser_fields(page_form(client, url, url)), "char_limit": "たくさん"}
    r = client.post(url, data={**data, "text": "書き直した文章"})
    assert r.status_code == 422
    form = soup(r).find("form", action=url)
    assert isinstance(form, Tag)  # the form still edits this document
    kept = browser_fields(form)
    assert (kept["text"].strip(), kept["char_limit"]) == ("書き直した文章", "たくさん")
    assert soup(r).find(attrs={"data-testid": "current-values"}) is None
    assert client.post(url, data={**kept, "char_limit": "400"}).status_code == 200
    assert _documents(client) == ["書き直した文章"]  # one document, edited
