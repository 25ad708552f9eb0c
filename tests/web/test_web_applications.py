"""応募 and 面接 pages: add, edit, delete, Q&A with analysis; validation next to the field;
what the user typed stays; every user text escaped; HTMX gets fragments."""

from __future__ import annotations

from bs4 import Tag
from web_helpers import Client, browser_fields, new_application, page_form, soup

from furikaeri.analyzer import Company, analyze

EVIL = "<script>alert('x')</script>株式会社エビル"


def _create(client: Client, **fields: str) -> str:
    data = {"company": "株式会社サンプル", "channel": "direct", "status": "active", **fields}
    response = client.send_form("/applications", data, follow_redirects=False)
    assert response.status_code == 303, response.text
    return response.headers["location"].removeprefix("http://testserver")


def test_add_show_edit_delete_an_application(client: Client) -> None:
    url = _create(client, job_title="法人営業", applied_on="2026-01-05")
    page = soup(client.get(url))
    assert page.h1.text == "株式会社サンプル"
    assert "法人営業" in page.text
    edit = soup(client.get(url + "/edit"))
    assert edit.select_one("#f-company")["value"] == "株式会社サンプル"
    assert edit.select_one("#f-applied_on")["value"] == "2026-01-05"
    response = client.send_form(
        url, {"company": "株式会社サンプル2", "status": "active", "channel": "agent"}
    )
    assert response.status_code == 200
    assert soup(response).h1.text == "株式会社サンプル2"
    listing = soup(client.get("/applications"))
    assert "株式会社サンプル2" in listing.select_one("[data-testid=application-list]").text
    client.send_form(url + "/delete")
    assert client.get(url).status_code == 404
    assert "まだ応募が記録されていません" in client.get("/applications").text


def test_errors_are_shown_next_to_the_field_and_the_input_is_kept(client: Client) -> None:
    data = {
        "company": "",
        "job_title": "企画職",
        "applied_on": "2999-01-01",
        "channel": "direct",
        "status": "active",
    }
    response = client.send_form("/applications", data)
    assert response.status_code == 422
    page = soup(response)
    assert "会社名を入力してください" in page.select_one("#company-error").text
    assert "未来の日付" in page.select_one("#applied_on-error").text
    assert page.select_one("#f-job_title")["value"] == "企画職"
    assert page.select_one("#f-applied_on")["value"] == "2999-01-01"
    assert page.select_one("#f-applied_on")["aria-invalid"] == "true"


def test_an_interview_before_the_application_is_questioned(client: Client) -> None:
    url = _create(client, applied_on="2026-03-01")
    data = {
        "stage": "一次",
        "date": "2026-02-01",
        "format": "online",
        "result": "pending",
        "impression": "緊張した",
    }
    response = client.send_form(url + "/interviews", data)
    assert response.status_code == 422
    page = soup(response)
    assert "応募日（2026年3月1日）より前" in page.select_one("#date-error").text
    assert page.select_one("#f-impression").text == "緊張した"


def test_every_user_text_is_escaped(client: Client) -> None:
    url = _create(client, company=EVIL, job_title=EVIL)
    for path in ["/", "/applications", url, url + "/edit", "/rejection"]:
        text = client.get(path).text
        assert "<script>alert" not in text, path
        assert "&lt;script&gt;" in text, path


def test_questions_and_answers_are_recorded_and_analysed(client: Client) -> None:
    url = _create(client, company_profile="物流の自動化ロボット「ハコベル」を開発")
    response = client.send_form(
        url + "/interviews",
        {"stage": "一次", "format": "online", "result": "pending"},
        follow_redirects=False,
    )
    interview = response.headers["location"].removeprefix("http://testserver")
    qa = {
        "question": "自己PRをお願いします。",
        "answer": "私の強みはコミュニケーション能力です。",
        "kind": "",
    }
    response = client.send_form(interview + "/qas", qa, follow_redirects=False)
    assert response.headers["location"].endswith("#qa-1")
    page = soup(client.get(interview))
    card = page.select_one("#qa-1")
    assert card.select_one("textarea").text == qa["answer"]
    assert "self_pr.abstract" in [li["data-code"] for li in card.select("li.finding")]
    assert card.select("mark.ev")
    assert card.select_one("form")["hx-post"] == "/analyze"
    # Editing keeps the answer; an empty question and answer is refused with a message.
    response = client.send_form("/qas/1", {"question": "", "answer": "", "kind": ""})
    assert response.status_code == 422
    assert "どちらかを入力" in soup(response).select_one("#qa-1").text
    client.send_form(
        "/qas/1",
        {"question": "志望動機は？", "answer": "成長できる環境だからです。", "kind": "motivation"},
    )
    assert (
        soup(client.get(interview)).select_one("#qa-1 textarea").text
        == "成長できる環境だからです。"
    )
    client.send_form("/qas/1/delete")
    assert not soup(client.get(interview)).select("#qa-1")


def test_live_analysis_of_a_recorded_answer_uses_the_company(client: Client) -> None:
    url = _create(
        client, company="株式会社ミナトロジ", company_profile="物流の自動化ロボットを開発"
    )
    app_id = url.rsplit("/", 1)[1]
    answer = "貴社のロボットで物流の人手不足を解決したいと考え、志望しました。"
    response = client.htmx(
        "/analyze", {"answer": answer, "kind": "motivation", "application_id": app_id}
    )
    assert response.status_code == 200
    codes = [li["data-code"] for li in soup(response).select("li.finding")]
    about = Company(name="株式会社ミナトロジ", profile="物流の自動化ロボットを開発")
    expected = analyze(answer, kind="motivation", company=about)
    assert codes == [f.code for f in expected.findings]


def test_unknown_ids_are_a_japanese_404(client: Client) -> None:
    for path in [
        "/applications/999",
        "/applications/abc",
        "/interviews/999",
        "/rejections/999",
        "/rejections/999/diagnosis",
    ]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "見つかりません" in response.text


def test_htmx_requests_get_the_fragment_only(client: Client) -> None:
    _create(client)
    response = client.get("/applications", headers={"HX-Request": "true"})
    assert "<html" not in response.text and "株式会社サンプル" in response.text
    response = client.get("/", headers={"HX-Request": "true"})
    assert "<html" not in response.text and "選考の状況" in response.text


def test_a_missing_record_is_a_japanese_404_page_on_every_kind_of_route(client: Client) -> None:
    for method, url in [
        ("get", "/applications/999"),
        ("get", "/interviews/999/edit"),
        ("get", "/rejections/999/diagnosis"),
        ("post", "/interviews/999/delete"),
        ("post", "/qas/999/delete"),
    ]:
        response = client.get(url) if method == "get" else client.send_form(url)
        assert response.status_code == 404, url
        assert "見つかりません" in soup(response).select_one("main").text, url
        assert "default-src" in response.headers["content-security-policy"]


def test_a_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    """「四次」 is a stage a mail import records (data/vocabulary.toml) but the form does not
    offer: editing the application (to mark an offer, say) must not silently clear it."""
    app_id = new_application(client, stage="四次")
    form = page_form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    select = form.find("select", attrs={"name": "stage"})
    assert isinstance(select, Tag)
    chosen = [o.get("value") for o in select.find_all("option") if o.has_attr("selected")]
    assert chosen == ["四次"]
    values = [o.get("value") for o in select.find_all("option")]
    assert values.index("三次") < values.index("四次") < values.index("最終")

    data = {**browser_fields(form), "status": "offer"}
    assert client.post(f"/applications/{app_id}", data=data).status_code == 200
    edit = page_form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    assert browser_fields(edit)["stage"] == "四次"
    assert browser_fields(edit)["status"] == "offer"


def test_an_interview_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    app_id = new_application(client)
    url = f"/applications/{app_id}/interviews"
    data = browser_fields(page_form(client, f"{url}/new", url))
    data.update(stage="グループ", date="2026-11-02", result="passed")
    r = client.post(url, data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    iv = int(r.headers["location"].rsplit("/", 1)[1].split("#")[0])

    form = page_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert browser_fields(form)["stage"] == "グループ"
    assert client.post(f"/interviews/{iv}", data=browser_fields(form)).status_code == 200
    again = page_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert browser_fields(again)["stage"] == "グループ"


def test_an_unknown_question_kind_is_named_in_japanese(client: Client) -> None:
    app_id = new_application(client)
    url = f"/applications/{app_id}/interviews"
    data = browser_fields(page_form(client, f"{url}/new", url))
    data.update(stage="一次", date="2026-11-02")
    iv = client.post(url, data=data, follow_redirects=False).headers["location"].split("/")[2]
    form = browser_fields(page_form(client, f"/interviews/{iv}", f"/interviews/{iv}/qas"))
    form.update(question="自己PRをお願いします。", answer="粘り強さです。", kind="self-pr")
    r = client.post(f"/interviews/{iv}/qas", data=form)
    assert r.status_code == 422
    text = soup(r).get_text()
    assert "質問の種類は次のいずれかを選んでください: 自己紹介、志望動機、自己PR・強み" in text
    assert "self_intro" not in text
    assert "粘り強さです。" in text  # the answer is kept
