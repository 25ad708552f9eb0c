"""回答チェック: the live analysis returns the analyzer's findings with the evidence marked."""

from __future__ import annotations

from web_helpers import Client, browser_fields, page_form, soup

from furikaeri.analyzer import Analysis, Finding, Span, analyze
from furikaeri.web.highlight import segments

ABSTRACT = "私の強みはコミュニケーション能力です。えーと、御社で成長したいです。"


def test_htmx_gets_the_fragment_with_the_same_findings_as_the_analyzer(client: Client) -> None:
    response = client.htmx("/analyze", {"answer": ABSTRACT, "question": "自己PRをお願いします。"})
    assert response.status_code == 200
    assert "<html" not in response.text  # a fragment, not the page
    page = soup(response)
    codes = [li["data-code"] for li in page.select("li.finding")]
    expected = analyze(ABSTRACT, question="自己PRをお願いします。")
    assert codes == [f.code for f in expected.findings]
    marked = "".join(m.contents[0] for m in page.select("mark.ev"))
    assert "コミュニケーション能力" in marked


def test_without_htmx_the_whole_page_comes_back_with_the_answer_kept(client: Client) -> None:
    response = client.send_form("/analyze", {"answer": ABSTRACT, "kind": "self_pr"})
    page = soup(response)
    assert page.html is not None
    assert page.select_one("textarea#answer").text == ABSTRACT
    assert page.select_one("#kind option[selected]")["value"] == "self_pr"
    assert page.select("li.finding")


def test_an_empty_answer_is_a_prompt_and_a_bad_kind_is_a_japanese_message(client: Client) -> None:
    assert "回答を入力すると" in client.htmx("/analyze", {"answer": "  "}).text
    response = client.htmx("/analyze", {"answer": "はい", "kind": "nonsense"})
    assert "質問の種類" in soup(response).select_one(".error").text


def test_user_text_is_escaped_in_the_marked_answer(client: Client) -> None:
    answer = "<script>alert(1)</script>私の強みはコミュニケーション能力です。"
    response = client.htmx("/analyze", {"answer": answer, "kind": "self_pr"})
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text


def test_the_analysis_page_posts_with_a_debounce_and_no_inline_code(client: Client) -> None:
    form = soup(client.get("/analyze")).select_one("form.analysis-form")
    assert form["hx-post"] == "/analyze"
    assert "delay:" in form["hx-trigger"]
    assert form.select_one('input[name="csrf_token"]')["value"]


def test_segments_cover_the_answer_and_merge_overlapping_evidence() -> None:
    answer = "あいうえおかきくけこ"
    result = Analysis(
        answer=answer,
        kind="other",
        findings=(
            Finding("a.x", "self_pr", "high", "m", "a", (Span(0, 4, "あいうえ"),)),
            Finding("b.y", "communication", "low", "m", "a", (Span(2, 6, "うえおか"),)),
        ),
    )
    parts = segments(result)
    assert "".join(p.text for p in parts) == answer
    assert [(p.text, p.refs, p.severity) for p in parts] == [
        ("あい", (1,), "high"),
        ("うえ", (1, 2), "high"),
        ("おか", (2,), "low"),
        ("きくけこ", (), ""),
    ]


def test_a_crafted_kind_on_analyze_is_refused_with_the_japanese_names(client: Client) -> None:
    form = page_form(client, "/analyze", "/analyze")
    data = {**browser_fields(form), "answer": "前職では営業をしていました。", "kind": "x_kind"}
    r = client.post("/analyze", data=data)
    assert "質問の種類「x_kind」は使えません" in r.text
    assert "自己紹介（self_intro）" in r.text and "&#39;" not in r.text
