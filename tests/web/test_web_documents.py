"""書類チェック and 必須条件の照合 in the web: upload a real .docx and an encrypted PDF, paste a
posting; bad input keeps what was typed; nothing is written by a check."""

from __future__ import annotations

import io

from web_helpers import Client, soup

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
