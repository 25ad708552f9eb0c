"""The diagnosis page is remembered per inputs (furikaeri.diagnosis): editing an answer through
the web changes the diagnosis shown on the next view."""

from __future__ import annotations

from web_helpers import Client, soup

from furikaeri import store

BLAME = "前の会社は上司が最悪で、会社のせいで成果が出せませんでした。"
NEUTRAL = "前職では顧客30社を訪問し直し、12社との取引を再開させました。"


def _evidence_of(client: Client, rejection_id: int) -> dict[str, str]:
    """cause id -> the text of its card (standing out or minor) on the diagnosis page."""
    response = client.get(f"/rejections/{rejection_id}/diagnosis")
    assert response.status_code == 200
    cards = soup(response).select("[data-testid=diagnosis] section.cause[data-cause]")
    return {str(card["data-cause"]): card.get_text(" ", strip=True) for card in cards}


def test_editing_an_answer_changes_the_diagnosis_shown(client: Client) -> None:
    with client.app.state.store.session() as session:
        app = store.create_application(session, company="株式会社あおば")
        iv = store.add_interview(session, application_id=app.id, stage="二次", result="rejected")
        qa = store.add_qa(session, interview_id=iv.id, question="退職理由は？", answer=BLAME)
        rej = store.record_rejection(
            session, application_id=app.id, interview_id=iv.id, stage="二次"
        )
        qa_id, rejection_id = qa.id, rej.id
    first = _evidence_of(client, rejection_id)
    assert _evidence_of(client, rejection_id) == first  # the remembered one, the same page
    assert "negative_reason" in first and "上司が最悪" in first["negative_reason"]
    saved = client.send_form(
        f"/qas/{qa_id}", {"question": "退職理由は？", "answer": NEUTRAL}, follow_redirects=False
    )
    assert saved.status_code == 303
    after = _evidence_of(client, rejection_id)
    assert "negative_reason" not in after
    assert "上司が最悪" not in " ".join(after.values())


def _codes(client: Client, interview_id: int) -> set[str]:
    page = soup(client.get(f"/interviews/{interview_id}"))
    return {str(li["data-code"]) for li in page.select("[data-testid=analysis] li[data-code]")}


def test_the_interview_page_shows_the_analysis_of_the_answer_as_saved_now(
    client: Client,
) -> None:
    with client.app.state.store.session() as session:
        app = store.create_application(session, company="株式会社あおば")
        iv = store.add_interview(session, application_id=app.id, stage="二次", result="rejected")
        qa = store.add_qa(session, interview_id=iv.id, question="退職理由は？", answer=BLAME)
        qa_id, interview_id = qa.id, iv.id
    blamed = _codes(client, interview_id)
    assert _codes(client, interview_id) == blamed  # viewed again: the remembered analysis
    assert any(code.startswith("negative_reason.") for code in blamed)
    client.send_form(f"/qas/{qa_id}", {"question": "退職理由は？", "answer": NEUTRAL})
    assert not any(code.startswith("negative_reason.") for code in _codes(client, interview_id))
