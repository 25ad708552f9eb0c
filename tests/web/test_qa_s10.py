"""QA session 10: the routes a job seeker takes through the web app, and what they read."""

from __future__ import annotations

from web_helpers import Client, soup


def _practice(client: Client) -> str:
    data = {"focus": "mixed", "count": "5", "audience": "mid_career"}
    response = client.send_form("/practice", data, follow_redirects=False)
    assert response.status_code == 303
    return response.headers["location"].split("?")[0]


def _summary_cells(client: Client, url: str) -> list[str]:
    rows = soup(client.get(url)).select("[data-testid=summary] tbody tr")
    return [row.find_all("td")[1].get_text(strip=True) for row in rows]


def test_questions_never_asked_are_not_called_skipped(client: Client) -> None:
    """「ここで練習を終える」 after one answer: the questions after it were never shown, so the
    summary must not say the user skipped (とばしました) them."""
    url = _practice(client)
    answer = "前職では法人営業として、新規開拓の件数を前年の1.5倍に増やしました。"
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": answer})
    client.send_form(url + "/next", {"position": "0"})
    client.send_form(url + "/next", {"position": "1"})  # the second question: skipped
    client.send_form(url + "/finish")
    cells = _summary_cells(client, url)
    assert cells[0].startswith("指摘")
    assert cells[1] == "とばしました"
    assert cells[2] == "とばしました"  # on screen when the session was ended, not answered
    assert cells[3:] and all(c == "出題前に終了" for c in cells[3:]), cells


def test_a_session_finished_at_once_skipped_only_the_first(client: Client) -> None:
    url = _practice(client)
    client.send_form(url + "/finish")
    cells = _summary_cells(client, url)
    assert cells[0] == "とばしました"
    assert set(cells[1:]) == {"出題前に終了"}
    assert "0問に答えました" in soup(client.get(url)).get_text()
