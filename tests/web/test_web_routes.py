"""Every route of the 「面接に落ちた」 flow, not only the common one: via an agent, a 書類
rejection, a notice signed by a person that answers no questions, a passed round, and the same
notice reported twice (a repeated form, the .eml of a pasted notice, a same-day repeat). The
tests on ``app_client`` run on SQLite and, when FURIKAERI_TEST_POSTGRES_URL is set, on
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from typing import Any
from urllib.parse import unquote

import pytest
from web_helpers import (
    Client,
    add_application,
    browser_fields,
    form_token,
    page_form,
    post_rejection,
    soup,
)

from furikaeri import store
from furikaeri.web.render import FLASH_COOKIE


def _today() -> str:
    """Read per use, not at import: a run that crosses midnight must agree with the app."""
    return dt.date.today().isoformat()


SIGNED = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "なお、選考の内容に関するお問い合わせにはお答えいたしかねますので、ご了承ください。\n"
    "ご不明点は saiyo@minatologi.example までご連絡ください。\n\n"
    "株式会社ミナトロジ\n人事部 採用担当 中村"
)
AGENT = (
    "山田 花子 様\n\nいつもお世話になっております。キャリアリンクの佐藤です。\n"
    "株式会社ミナトロジ様の一次面接の結果について、企業様からご連絡がありましたので、"
    "以下に転送いたします。\n\n"
    "> 山田 花子 様\n> 慎重に選考を重ねました結果、今回はご期待に沿いかねる結果となりました。\n"
    "> 株式会社ミナトロジ 人事部\n\n"
    "株式会社キャリアリンク\nキャリアアドバイザー 佐藤 健\nsato@careerlink.example\n"
)
DOCUMENTS = (
    "山田 花子 様\n\nこのたびは弊社の求人にご応募いただき、ありがとうございました。\n"
    "書類選考の結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ほしぞら 人事部"
)


def _path(response: Any) -> str:
    return str(response.headers["location"]).removeprefix("http://testserver")


def _post(client: Client, **fields: str) -> Any:
    data = {"subject": "選考結果のご連絡", "date": _today(), **fields}
    return client.send_form("/rejection", data, follow_redirects=False)


def _count(client: Client) -> tuple[int, int]:
    with client.app.state.store.session(readonly=True) as s:
        return len(store.list_applications(s)), len(store.list_rejections(s))


def _notice(response: Any) -> str | None:
    """The one-time notice a redirect carries (the flash cookie, not a query)."""
    return response.cookies.get(FLASH_COOKIE)


def _rejection_id(path: str) -> int:
    return int(path.split("/")[2].split("?")[0])


# --- same notice twice ----------------------------------------------------------------------


def test_the_same_form_posted_twice_records_once(client: Client) -> None:
    token = soup(client.get("/rejection")).select_one("input[name=form_token]")["value"]
    first = _post(client, body=SIGNED, stage="一次", form_token=token)
    again = _post(client, body=SIGNED, stage="一次", form_token=token)
    assert again.status_code == 303
    assert _path(again) == _path(first) and _notice(again) == "rejection_again"
    assert _count(client) == (1, 1)
    page = soup(client.get(_path(again)))
    assert "すでに記録済み" in page.select_one("[data-testid=already-recorded]").text
    # Each render gives a new token; GET stores nothing.
    assert soup(client.get("/rejection")).select_one("input[name=form_token]")["value"] != token


def test_the_same_notice_pasted_again_with_a_new_form_is_found(client: Client) -> None:
    first = _post(client, body=SIGNED, stage="一次", form_token="a")
    # Pasted again, with other line breaks and spaces: the same notice.
    again = _post(client, body=SIGNED.replace("\n", "\r\n  "), stage="一次", form_token="b")
    assert _path(again) == _path(first) and _notice(again) == "rejection_again"
    assert _count(client) == (1, 1)


def test_the_eml_of_a_notice_already_pasted_is_not_filed_again(client: Client) -> None:
    first = _post(client, body=SIGNED, stage="一次", form_token="a")
    msg = EmailMessage()
    msg["From"] = "株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>"
    msg["Subject"] = "選考結果のご連絡"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0900"
    msg["Message-ID"] = "<pasted-before@minatologi.example>"
    msg.set_content(SIGNED)
    files = {"eml": ("notice.eml", bytes(msg), "message/rfc822")}
    data = {"csrf_token": client.csrf(), "stage": "一次", "date": "", "form_token": "c"}
    again = client.post("/rejection", data=data, files=files, follow_redirects=False)
    assert _path(again) == _path(first) and _notice(again) == "rejection_again"
    assert _count(client) == (1, 1)


def test_a_same_day_repeat_without_a_notice_is_found(client: Client) -> None:
    first = _post(client, company="株式会社ほしぞら", stage="二次", form_token="a")
    again = _post(client, company="株式会社ほしぞら", stage="二次", form_token="b")
    assert _path(again) == _path(first) and _notice(again) == "rejection_again"
    other = _post(client, company="株式会社ほしぞら", stage="最終", form_token="c")
    assert _path(other) != _path(first)
    assert _count(client) == (1, 2)


# --- what the notice says -------------------------------------------------------------------


def test_a_signed_notice_is_answered_to_the_signer_and_its_address(client: Client) -> None:
    path = _path(_post(client, body=SIGNED, stage="一次", form_token="a"))
    rid = _rejection_id(path)
    page = _redraft(client, rid)
    body = page.select_one("#mail-body").text
    assert body.startswith("株式会社ミナトロジ\n中村様")
    assert page.select_one("input[name=to]")["value"] == "saiyo@minatologi.example"
    assert page.select_one("#mailto-link")["href"].startswith("mailto:saiyo@minatologi.example?")
    banner = page.select_one("[data-testid=no-disclosure]").text
    assert "お答えいたしかね" in banner and "お礼だけ" in banner and "送らない" in banner


# --- via an agent ---------------------------------------------------------------------------


def test_an_agents_notice_leads_to_the_agent_variant_for_the_advisor(client: Client) -> None:
    path = _path(_post(client, body=AGENT, subject="Fw: 一次面接の結果", form_token="a"))
    with client.app.state.store.session(readonly=True) as s:
        (app,) = store.list_applications(s)
        assert app.company == "株式会社ミナトロジ" and app.channel == "agent"
        assert app.agent_name == "佐藤"
    page = _redraft(client, _rejection_id(path))
    assert page.select_one("#f-variant option[selected]")["value"] == "agent"
    body = page.select_one("#mail-body").text
    # The agent company in the advisor's signature is kept on the application.
    assert body.startswith("株式会社キャリアリンク\n佐藤様")
    assert "貴社" not in body and "採用ご担当者様" not in body
    assert "共有していただけないでしょうか" in body and "評価いただいた点" in body
    assert "10社に1社" not in page.select_one("#mail-form").text
    assert "佐藤様" in page.select_one("[data-testid=agent-route]").text


# --- 書類 -----------------------------------------------------------------------------------


def test_a_documents_rejection_speaks_of_documents_throughout(client: Client) -> None:
    path = _path(_post(client, body=DOCUMENTS, stage="書類", form_token="a"))
    rid = _rejection_id(path)
    word = soup(client.get(path)).select_one("[data-testid=word]").text
    assert "書類選考" in word and "面接" not in word
    request = _redraft(client, rid)
    mail = request.select_one("#mail-subject")["value"] + request.select_one("#mail-body").text
    assert "面接" not in mail and "応募書類" in mail
    selfcheck = soup(client.get(f"/rejections/{rid}/selfcheck"))
    assert selfcheck.h1.text == "応募書類をふり返る"
    names = {i["name"] for i in selfcheck.select("#selfcheck-form input[type=radio]")}
    assert "q.skills.requirements" in names and "q.communication.voice" not in names
    assert "面接" not in selfcheck.select_one("main").text.replace("「面接に落ちた」", "")
    saved = client.send_form(
        f"/rejections/{rid}/selfcheck", {"q.skills.requirements": "no"}, follow_redirects=False
    )
    assert saved.status_code == 303
    diagnosis = soup(client.get(f"/rejections/{rid}/diagnosis"))
    assert "書類選考" in diagnosis.h1.text
    skills = diagnosis.select_one(".cause[data-cause='skills']")
    assert skills is not None and "必須条件" in skills.text
    assert diagnosis.select_one(".cause[data-cause='communication']") is None
    steps = soup(client.get(f"/rejections/{rid}/next")).select(".next-steps li .title")
    assert steps[0].text == "履歴書・職務経歴書・ESを見直す"


# --- passed rounds --------------------------------------------------------------------------


def test_a_rejection_never_diagnoses_a_passed_round(client: Client) -> None:
    path = _path(_post(client, body=SIGNED, stage="二次", form_token="a"))
    rid = _rejection_id(path)
    with client.app.state.store.session() as s:
        rejection = store.get_rejection(s, rid)
        first = store.add_interview(
            s, application_id=rejection.application_id, stage="一次", result="passed"
        )
        store.add_qa(s, interview_id=first.id, question="自己PRをお願いします。",
                     answer="私の強みはコミュニケーション能力です。")  # fmt: skip
    page = client.get(f"/rejections/{rid}/diagnosis")
    assert page.status_code == 200
    assert "self_pr.abstract" not in page.text  # the passed round's answer is not evidence
    with client.app.state.store.session() as s:
        rejection = store.get_rejection(s, rid)
        store.update_interview(s, rejection.interview_id, result="passed")
    refused = client.get(f"/rejections/{rid}/diagnosis")
    assert refused.status_code == 409
    assert "通過" in soup(refused).text and "相性" not in soup(refused).text


def test_mailto_carries_the_address_unencoded_at(client: Client) -> None:
    path = _path(_post(client, body=SIGNED, stage="一次", form_token="a"))
    page = _redraft(client, _rejection_id(path))
    assert unquote(page.select_one("#mailto-link")["href"]).startswith(
        "mailto:saiyo@minatologi.example?subject="
    )


def test_the_application_form_posted_twice_saves_one_application(client: Client) -> None:
    token = soup(client.get("/applications/new")).select_one("input[name=form_token]")["value"]
    data = {
        "company": "株式会社ほしぞら",
        "channel": "direct",
        "status": "active",
        "form_token": token,
    }
    first = client.send_form("/applications", data, follow_redirects=False)
    again = client.send_form("/applications", data, follow_redirects=False)
    assert _path(again) == _path(first) and _notice(again) == "application_again"
    assert soup(client.get(_path(again))).select_one("[data-testid=already-saved]")
    assert _count(client) == (1, 0)
    # Editing keeps its own form (no token): saving twice is harmless there.
    edit = soup(client.get(_path(first) + "/edit"))
    assert edit.select_one("input[name=form_token]") is None


def _redraft(client: Client, rejection_id: int) -> Any:
    """「下書きを作る」 with the name (a POST: the name never goes into the URL)."""
    response = client.send_form(
        f"/rejections/{rejection_id}/request/draft", {"variant": "", "name": "山田 花子"}
    )
    assert response.status_code == 200
    return soup(response)


# --- a 書類 rejection's diagnosis offers what fits documents --------------------------------------


@pytest.mark.parametrize("self_checked", [False, True], ids=["fresh", "after-self-check"])
def test_a_documents_diagnosis_offers_the_documents_not_answers(
    client: Client, self_checked: bool
) -> None:
    """No interview took place: the page offers the documents check and the posting's
    requirements, never 「回答を追加」 or a mock interview (the self-check used to create an
    interview row, which brought 「回答を追加・修正する」 back)."""
    rid = post_rejection(client, stage="書類")
    if self_checked:
        form = page_form(client, f"/rejections/{rid}/selfcheck", f"/rejections/{rid}/selfcheck")
        client.post(f"/rejections/{rid}/selfcheck", data=browser_fields(form))
    page = soup(client.get(f"/rejections/{rid}/diagnosis"))
    text = page.get_text()
    assert "回答を追加" not in text and "回答 0件" not in text
    assert not page.select("[data-testid=practice-cause]")
    assert page.select_one("[data-testid=documents-check]")["href"].endswith("/documents")
    assert page.select_one("[data-testid=requirements-check]")["href"].endswith("/skills")
    for link in ("/documents", "/skills"):
        assert client.get(link).status_code == 200


def test_an_interview_diagnosis_still_offers_the_answers(client: Client) -> None:
    rid = post_rejection(client, stage="一次")
    form = page_form(client, f"/rejections/{rid}/selfcheck", f"/rejections/{rid}/selfcheck")
    client.post(f"/rejections/{rid}/selfcheck", data=browser_fields(form))
    page = soup(client.get(f"/rejections/{rid}/diagnosis"))
    assert "回答を追加・修正する" in page.get_text()
    assert not page.select("[data-testid=documents-check]")


# --- the dashboard's reminder names who is asked ------------------------------------------


@pytest.mark.parametrize(
    ("channel", "said", "not_said"),
    [
        (
            "agent",
            "今日中に担当のアドバイザーに企業からのコメントを聞きましょう",
            "フィードバック依頼を送りましょう",
        ),
        ("direct", "今日中にフィードバック依頼を送りましょう", "アドバイザー"),
    ],
)
def test_the_dashboard_reminder_names_the_advisor_for_an_agent(
    client: Client, channel: str, said: str, not_said: str
) -> None:
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社とおる", job_title="営業", channel=channel)
    if channel == "agent":
        data.update(agent_name="佐藤", agent_company="リクルート")
    app_id = client.post("/applications", data=data).url.path.split("/")[2]
    post_rejection(client, application_id=app_id, company="", date=dt.date.today().isoformat())
    today = soup(client.get("/")).select_one("[data-testid=today]")
    assert today is not None and said in today.get_text() and not_said not in today.get_text()


# --- a 書類 rejection has no interview ------------------------------------------------------


def test_a_documents_rejection_is_not_shown_as_an_interview(app_client: Client) -> None:
    """Rejected at 書類: the round it is recorded on reads 「書類選考」, not 「書類面接」 with a
    format and a form for interview questions, and the list counts no interview."""
    app_id = add_application(app_client, company="株式会社つばさ物産")
    form = {"application_id": str(app_id), "stage": "書類", "date": "2026-11-26"}
    form["body"] = "書類選考の結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。"
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    assert app_client.send_form("/rejection", form, follow_redirects=False).status_code == 303
    page = soup(app_client.get(f"/applications/{app_id}"))
    link = page.select_one("ul.list a.title")
    assert link is not None and link.get_text(strip=True).startswith("書類選考")
    assert "質問と回答" not in page.select_one("ul.list").get_text()
    interview = soup(app_client.get(str(link["href"])))
    assert interview.h1 is not None
    # The company is in the trail above, once (s11-qa: it used to be repeated in the heading).
    assert interview.h1.get_text(strip=True) == "書類選考"
    assert "面接" not in interview.h1.get_text() and "形式" not in interview.select_one("dl").text
    assert interview.select_one("[data-testid=no-interview]") is not None
    assert interview.find("form", action=lambda a: bool(a) and a.endswith("/qas")) is None
    listing = soup(app_client.get("/applications")).get_text()
    assert "面接 0回" in listing and "面接 1回" not in listing


def test_the_request_page_of_a_documents_rejection_names_no_interviewer(
    app_client: Client,
) -> None:
    form = {"company": "株式会社ほしぞら", "stage": "書類", "body": "今回はご縁がなかったものと"}
    form.update(date=dt.date.today().isoformat())
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    rid = app_client.send_form("/rejection", form).url.path.split("/")[2]
    banner = soup(app_client.get(f"/rejections/{rid}/request")).select_one("[data-testid=timing]")
    assert banner is not None
    assert "担当者の記憶" in banner.get_text() and "面接官" not in banner.get_text()


def test_the_agent_route_asks_the_advisor_not_the_company(app_client: Client) -> None:
    """Applied through an agent: the word after the notice and the request page speak of the
    career advisor (who collects the company's comments), not of asking the company."""
    app_id = add_application(
        app_client, channel="agent", agent_name="佐藤 花子", agent_company="リクルート"
    )
    form = {"application_id": str(app_id), "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    r = app_client.send_form("/rejection", form)
    word = soup(r).select_one("[data-testid=word]")
    assert word is not None and "アドバイザーに企業からのコメント" in word.get_text()
    assert "その日のうちにフィードバックをお願いすること" not in word.get_text()
    rid = r.url.path.split("/")[2]
    heading = soup(app_client.get(f"/rejections/{rid}/request")).h1
    assert heading is not None and "アドバイザー" in heading.get_text()
