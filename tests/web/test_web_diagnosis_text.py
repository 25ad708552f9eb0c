"""The diagnosis page (BeautifulSoup): each note in its section, the company's own sentence
under the cause it named, its praise as 良かった点, and a headline that agrees with the list."""

from __future__ import annotations

from typing import Any

from diagnosis_cases import MOTIVATION_SENTENCE, PRAISE, interview_with_reply
from web_helpers import Client, soup


def _page(client: Client, **kw: Any) -> Any:
    with client.app.state.store.session() as session:
        _, rejection_id = interview_with_reply(session, **kw)
    response = client.get(f"/rejections/{rejection_id}/diagnosis")
    assert response.status_code == 200
    return soup(response).select_one("[data-testid=diagnosis]")


def _intro(diagnosis: Any) -> str:
    """The text above the first section heading."""
    parts = []
    for child in diagnosis.children:
        if getattr(child, "name", None) in ("h2", "section"):
            break
        parts.append(child.get_text() if hasattr(child, "get_text") else str(child))
    return "".join(parts)


def test_the_not_a_fault_note_heads_the_fit_and_relative_section(client: Client) -> None:
    diagnosis = _page(client)
    note = diagnosis.select_one("[data-testid=uncontrollable-note]")
    assert note is not None and "次の二つは" in note.text
    section = diagnosis.select_one("[data-testid=uncontrollable]")
    assert note in section.descendants
    assert {c["data-cause"] for c in section.select(".cause")} == {"culture_fit", "relative"}
    intro = _intro(diagnosis)
    assert "次の二つは" not in intro
    assert "会社からの返信で指摘された点" not in intro
    # Said in the card of each cause the company named, and nowhere else.
    assert diagnosis.text.count("会社からの返信で指摘された点") == 2
    for cid in ("motivation", "reverse_question"):
        card = diagnosis.select_one(f'.cause[data-cause="{cid}"]')
        assert "会社からの返信で指摘された点" in card.select_one(".summary").text


def test_a_named_cause_shows_its_sentence_and_is_stated(client: Client) -> None:
    diagnosis = _page(client)
    card = diagnosis.select_one('.cause[data-cause="motivation"]')
    shown = card.select_one(".reply-sentence").text
    assert shown == f"「{MOTIVATION_SENTENCE}」"
    assert "お世話になっております" not in card.text and "山田様" not in card.text
    assert "可能性" not in card.select_one(".summary").text
    other = diagnosis.select_one('.cause[data-cause="reverse_question"] .reply-sentence')
    assert other.text == "「また、逆質問がなかった点も気になりました。」"


def test_praise_in_the_reply_is_a_good_point(client: Client) -> None:
    diagnosis = _page(client)
    heading = next(h for h in diagnosis.select("h2") if h.text == "良かった点")
    items = [li.text for li in diagnosis.select("[data-testid=strengths] li.praise")]
    assert heading and items == [f"「{PRAISE}」（会社からの返信）"]


def test_the_headline_does_not_contradict_the_list(client: Client) -> None:
    diagnosis = _page(client, reply=None, self_check={"communication.voice": "partly"})
    headline = diagnosis.select_one("[data-testid=headline]").text
    headings = [h.text for h in diagnosis.select("h2")]
    assert "はっきりした原因は見当たりません" in headline and "小さな手がかり" in headline
    assert "見直すとよさそうな点" not in headings and "小さな手がかり" in headings
    minor = diagnosis.select_one('.cause.minor[data-cause="communication"]')
    assert minor is not None


def test_the_draft_page_says_why_courtesy_matters(client: Client) -> None:
    with client.app.state.store.session() as session:
        _, rejection_id = interview_with_reply(session, reply=None)
    page = soup(client.send_form(f"/rejections/{rejection_id}/request/draft", {"name": "山田花子"}))
    form = page.select_one("#mail-form")
    assert form is not None and form.select_one("#mail-body")
    courtesy = [li.text for li in form.select("li") if "同じ業界" in li.text]
    assert len(courtesy) == 1 and "また関わる" in courtesy[0]


def test_the_phone_scripts_timing_banner_speaks_of_calling(client: Client) -> None:
    with client.app.state.store.session() as session:
        _, rejection_id = interview_with_reply(session, reply=None)  # no notice date
    page = soup(
        client.send_form(
            f"/rejections/{rejection_id}/request/draft", {"name": "山田花子", "variant": "phone"}
        )
    )
    banner = page.select_one("[data-testid=timing]").text
    assert "電話" in banner
    for word in ("送る", "送り", "お詫び", "文面"):
        assert word not in banner


def test_praise_of_the_self_pr_is_shown_above_the_guess(client: Client) -> None:
    """QA P2 #9: the page quoted praise for concrete numbers and still listed 「自己PRが抽象的」
    among the points to review."""
    from furikaeri import store

    reply = "法人営業での実績を具体的な数字で話されていた点は高く評価しております。"
    with client.app.state.store.session() as session:
        interview_id, rejection_id = interview_with_reply(
            session, reply=reply, self_check={"self_pr.episode": "no"}
        )
        store.add_qa(
            session,
            interview_id=interview_id,
            question="あなたの強みを教えてください。",
            answer="私の強みはコミュニケーション能力です。責任感も強いです。",
        )
    page = soup(client.get(f"/rejections/{rejection_id}/diagnosis"))
    diagnosis = page.select_one("[data-testid=diagnosis]")
    minor = diagnosis.select_one('.cause.minor[data-cause="self_pr"]')
    assert minor is not None
    assert not diagnosis.select('.cause:not(.minor)[data-cause="self_pr"]')
    first = minor.select_one("li.evidence")
    assert "source-praise" in first["class"]
    assert first.select_one(".reply-sentence").text == f"「{reply}」"


def test_a_final_rejection_after_passed_rounds(client: Client) -> None:
    """QA P3: a 最終 rejection after 一次・二次 said neither that those went well nor pointed
    to 志望度・相性, and its manners advice listed 入退室・服装 for casual wording alone."""
    from furikaeri import store

    with client.app.state.store.session() as session:
        app = store.create_application(session, company="株式会社さいご商事")
        for stage in ("一次", "二次"):
            store.add_interview(session, application_id=app.id, stage=stage, result="passed")
        final = store.add_interview(session, application_id=app.id, stage="最終", result="rejected")
        store.add_qa(
            session,
            interview_id=final.id,
            question="当社を志望した理由を教えてください。",
            answer="御社の物流の仕組みがやばいと思って、ここで働きたいと思いました。",
        )
        rejection = store.record_rejection(
            session, application_id=app.id, interview_id=final.id, stage="最終"
        )
        rejection_id = rejection.id
    diagnosis = soup(client.get(f"/rejections/{rejection_id}/diagnosis")).select_one(
        "[data-testid=diagnosis]"
    )
    intro = _intro(diagnosis)
    assert "一次・二次面接は通過しています" in intro
    assert "志望度" in intro and "相性" in intro
    manners = diagnosis.select_one('.cause[data-cause="manners"]')
    said = manners.select_one(".summary").text + manners.select_one(".advice").text
    assert "言葉づかい" in said
    assert "入退室" not in said and "服装" not in said
    word = soup(client.get(f"/rejections/{rejection_id}")).select("[data-testid=rounds]")
    assert "一次・二次面接は通過しています" in word[0].text and "志望度" in word[1].text
    steps = soup(client.get(f"/rejections/{rejection_id}/next")).select(".next-steps .title")
    titles = [t.text for t in steps]
    assert titles[0] == "志望度と相性を見直す" and len(titles) == len(set(titles))
