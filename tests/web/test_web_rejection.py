"""「面接に落ちた」 through the web: notice → word → request (timing, copy, .eml, mailto) →
self-check → diagnosis → next steps; the reply updates the diagnosis; dashboard and demo."""

from __future__ import annotations

import datetime as dt
import email
import json
from email.policy import default as default_policy
from typing import Any

import pytest
from support import agent_comments_notice, no_questions_notice
from web_helpers import Client, browser_fields, page_form, post_rejection, sent_request, soup

from furikaeri import store
from furikaeri.diagnosis import diagnose_rejection
from furikaeri.web.render import FLASH_COOKIE

NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)
PASS_NOTICE = (
    "山田 花子 様\n\n先日は一次面接にお越しいただき、ありがとうございました。\n"
    "選考の結果、一次面接を通過されましたのでご連絡いたします。\n二次面接の日程をご案内いたします。\n"
    "株式会社ミナトロジ 人事部"
)
REPLY = (
    "山田様\n\nご連絡ありがとうございます。営業での成果は高く評価しておりましたが、"
    "志望動機について、弊社でなければならない理由が伝わりにくい印象がございました。\n株式会社ミナトロジ 人事部"
)


def _path(response: Any) -> str:
    return str(response.headers["location"]).removeprefix("http://testserver")


def _record(client: Client, **fields: str) -> str:
    data = {
        "subject": "選考結果のご連絡",
        "body": NOTICE,
        "stage": "一次",
        "date": dt.date.today().isoformat(),
        **fields,
    }
    response = client.send_form("/rejection", data, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")
    return _path(response)


def _form_fields(form: Any) -> dict[str, str]:
    data = {
        i["name"]: i.get("value", "")
        for i in form.select("input[name]")
        if i.get("type") != "checkbox"
    }
    data.update({t["name"]: t.text for t in form.select("textarea[name]")})
    return data


def test_the_whole_flow_from_an_empty_database(client: Client) -> None:
    assert soup(client.get("/")).select_one("[data-testid=empty-dashboard]")
    flow = _record(client)
    word = soup(client.get(flow))
    assert "ご縁がなかった" in word.select_one("[data-testid=word]").text
    assert "あなたという人への評価ではありません" in word.text
    # The notice created the application; the dashboard now says what to do today.
    today = soup(client.get("/")).select_one("[data-testid=today]")
    assert "今日中にフィードバック依頼を送りましょう" in today.text
    assert "株式会社ミナトロジ" in today.text

    draft = _redraft(client, flow, name="山田花子", email="hanako@example.com")
    assert "今日送るのが最適" in draft.select_one("[data-testid=timing]").text
    assert draft.select_one("#mail-subject")["value"]
    body = draft.select_one("#mail-body").text
    assert "山田花子" in body and "株式会社ミナトロジ" in body and "御社" not in body
    assert draft.select_one("#mailto-link")["href"].startswith("mailto:?subject=")
    assert draft.select('[data-copy-target="mail-body"]')

    fields = _form_fields(draft.select_one("#mail-form"))
    eml = client.send_form("/mail/eml", fields)
    assert eml.headers["content-type"].startswith("message/rfc822")
    message = email.message_from_bytes(eml.content, policy=default_policy)
    assert message["X-Unsent"] == "1"
    assert "株式会社ミナトロジ" in message.get_content()

    response = client.send_form(
        flow + "/request", {**fields, "action": "sent"}, follow_redirects=False
    )
    assert _path(response) == flow + "/selfcheck"
    selfcheck = soup(client.get(flow + "/selfcheck"))
    assert len(selfcheck.select("fieldset.selfcheck-q")) >= 5
    answers = {"q.motivation.research": "no", "q.motivation.only_here": "no"}
    response = client.send_form(flow + "/selfcheck", answers, follow_redirects=False)
    assert _path(response) == flow + "/diagnosis"

    diagnosis = soup(client.get(flow + "/diagnosis"))
    standing = [s["data-cause"] for s in diagnosis.select("[data-testid=diagnosis] .cause")]
    assert standing[0] == "motivation"
    assert {"culture_fit", "relative"} <= set(standing)  # said kindly, never omitted
    nxt = soup(client.get(flow + "/next"))
    assert nxt.select(".next-steps li")
    assert nxt.select_one('a[href="/analyze"]')

    # The sent request is no longer a to-do; the profile remembers the name for next time.
    assert not soup(client.get("/")).select_one("[data-testid=today]")
    sent = soup(client.get(flow + "/request"))
    already = sent.select_one("[data-testid=already-sent]").text
    assert "すでに送信済みとして記録しています" in already
    assert not sent.select_one("#mail-form") and not sent.select_one("[data-testid=timing]")
    with client.app.state.store.session(readonly=True) as session:
        assert store.get_profile(session).name == "山田花子"


def test_the_web_diagnosis_is_the_cores(client: Client) -> None:
    flow = _record(client)
    client.send_form(
        flow + "/selfcheck", {"q.self_pr.episode": "no", "q.communication.voice": "partly"}
    )
    expected = diagnose_rejection(client.app.state.store, int(flow.rsplit("/", 1)[1]))
    shown = [s["data-cause"] for s in soup(client.get(flow + "/diagnosis")).select(".cause")]
    core = [c.id for c in (*expected.controllable, *expected.minor, *expected.uncontrollable)]
    assert shown == core


def test_a_document_stage_rejection_is_diagnosed_from_its_reply(client: Client) -> None:
    with client.app.state.store.session() as session:
        app = store.create_application(session, company="株式会社くじら商事")
        rejection = store.record_rejection(session, application_id=app.id, stage="書類")
        request = store.save_feedback_request(
            session, rejection_id=rejection.id, subject="お願い", body="本文"
        )
        store.record_reply(
            session,
            feedback_request_id=request.id,
            text="募集要件の実務経験年数に届いていないと判断いたしました。",
            label="feedback",
            causes=["skills"],
        )
        rejection_id = rejection.id
    page = soup(client.get(f"/rejections/{rejection_id}/diagnosis"))
    skills = page.select_one('.cause[data-cause="skills"]')
    assert skills is not None and "会社からの返信" in skills.text


def test_a_reply_is_classified_and_updates_the_diagnosis_and_the_rate(client: Client) -> None:
    flow = _record(client)
    draft = _redraft(client, flow, name="山田花子")
    client.send_form(
        flow + "/request", {**_form_fields(draft.select_one("#mail-form")), "action": "sent"}
    )
    page = soup(client.get(flow + "/request"))
    action = page.select_one("form.reply-form")["action"]
    response = client.send_form(action, {"text": "", "received_on": ""})
    assert response.status_code == 422
    assert "返信の本文を入力してください" in soup(response).select_one("#text-error").text
    response = client.send_form(action, {"text": REPLY, "received_on": "2999-01-01"})
    assert response.status_code == 422
    assert soup(response).select_one("#f-text").text == REPLY  # nothing lost
    response = client.send_form(action, {"text": REPLY, "received_on": ""}, follow_redirects=False)
    after_page = soup(client.get(_path(response)))
    assert "返信を記録し" in after_page.select_one("[data-testid=reply-result]").text
    assert "志望動機" in after_page.select_one("[data-testid=reply-result]").text
    motivation = after_page.select_one('.cause[data-cause="motivation"]')
    assert motivation is not None and "会社からの返信" in motivation.text
    rate = soup(client.get("/feedback")).select_one("[data-testid=reply-rate]").text
    assert "1件のうち" in rate and "10社に1社" in rate


def test_a_pasted_mail_that_is_not_a_rejection_is_questioned(client: Client) -> None:
    data = {"subject": "選考結果", "body": PASS_NOTICE, "stage": "一次", "date": ""}
    response = client.send_form("/rejection", data)
    assert response.status_code == 422
    page = soup(response)
    assert "通過" in page.select_one("#body-error").text
    assert page.select_one("#f-body").text == PASS_NOTICE
    assert page.select_one('input[name="confirm_rejection"]')
    response = client.send_form(
        "/rejection", {**data, "confirm_rejection": "1"}, follow_redirects=False
    )
    assert response.status_code == 303


def test_rejection_dates_are_checked_and_a_company_is_required(client: Client) -> None:
    response = client.send_form("/rejection", {"company": "", "body": "", "date": "2026-01-01"})
    assert "会社名を入力する" in soup(response).select_one("#company-error").text
    future = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    response = client.send_form("/rejection", {"company": "株式会社サンプル", "date": future})
    assert response.status_code == 422
    assert "未来の日付" in soup(response).select_one("#date-error").text
    assert soup(response).select_one("#f-company")["value"] == "株式会社サンプル"


def test_a_rejection_for_a_recorded_application_keeps_its_interview(client: Client) -> None:
    response = client.send_form(
        "/applications",
        {
            "company": "株式会社サンプル",
            "channel": "agent",
            "status": "active",
            "agent_name": "佐藤",
            "agent_company": "キャリアリンク",
        },
        follow_redirects=False,
    )
    app_url = _path(response)
    response = client.send_form(
        app_url + "/interviews",
        {"stage": "二次", "format": "online", "result": "pending"},
        follow_redirects=False,
    )
    interview_url = _path(response)
    flow = _record(client, application_id=app_url.rsplit("/", 1)[1], body="", stage="二次")
    page = soup(client.get(flow + "/selfcheck"))
    assert page.select_one(f'a[href="{interview_url}"]')
    draft = _redraft(client, flow, name="山田花子")
    assert draft.select_one("#f-variant option[selected]")["value"] == "agent"
    assert "佐藤" in draft.select_one("#mail-body").text


def test_the_demo_button_fills_an_empty_database_once(client: Client) -> None:
    response = client.send_form("/demo")
    page = soup(response)
    assert not page.select_one("[data-testid=empty-dashboard]")
    columns = page.select("[data-testid=stage-board] .stage-col")
    assert len(columns) >= 2
    assert page.select_one("[data-testid=reply-rate]")
    count = page.h2.text
    assert soup(client.send_form("/demo")).h2.text == count  # not loaded twice


def test_export_downloads_the_same_json_as_the_cli(client: Client) -> None:
    client.send_form("/demo")
    response = client.get("/export.json")
    assert response.headers["content-disposition"].startswith("attachment;")
    data = json.loads(response.text)
    assert data["format"] == "furikaeri-export"
    assert data["tables"]["applications"]


def test_user_text_is_escaped_through_the_whole_flow(client: Client) -> None:
    evil = "<script>alert(1)</script>株式会社エビル"
    flow = _record(client, company=evil, body="", stage="一次")
    client.send_form(
        flow + "/request",
        {"subject": evil, "body": evil, "action": "sent", "variant": "standard", "name": evil},
    )
    pages = [
        "/",
        "/feedback",
        flow,
        flow + "/request",
        flow + "/selfcheck",
        flow + "/diagnosis",
        flow + "/next",
    ]
    for path in pages:
        text = client.get(path).text
        assert "<script>alert" not in text, path
        assert "&lt;script&gt;" in text, path


def test_htmx_gets_the_word_and_the_diagnosis_as_fragments(client: Client) -> None:
    flow = _record(client)
    for path, marker in [(flow, "word"), (flow + "/diagnosis", "diagnosis")]:
        response = client.get(path, headers={"HX-Request": "true"})
        assert "<html" not in response.text
        assert soup(response).select_one(f"[data-testid={marker}]")


def _eml(body: str, *, message_id: str = "<notice-1@minatologi.example>") -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "株式会社ミナトロジ 採用担当 <saiyo@minatologi.example>"
    msg["To"] = "hanako@example.com"
    msg["Subject"] = "選考結果のご連絡"
    msg["Date"] = "Mon, 23 Nov 2026 10:00:00 +0900"
    msg["Message-ID"] = message_id
    msg.set_content(body, charset="iso-2022-jp")
    return bytes(msg)


def test_an_uploaded_eml_is_read_like_a_pasted_notice_and_filed_once(client: Client) -> None:
    def upload(raw: bytes) -> Any:
        files = {"eml": ("notice.eml", raw, "message/rfc822")}
        data = {"csrf_token": client.csrf(), "stage": "一次", "date": ""}
        return client.post("/rejection", data=data, files=files, follow_redirects=False)

    first = upload(_eml(NOTICE))
    assert first.status_code == 303
    page = soup(client.get(_path(first)))
    assert "株式会社ミナトロジ" in page.h1.text
    assert "2026年11月23日" in page.text
    again = upload(_eml(NOTICE))
    assert _path(again) == _path(first)
    assert again.cookies.get(FLASH_COOKIE) == "rejection_again"  # one-time, not a query
    assert soup(client.get(_path(again))).select_one("[data-testid=already-recorded]")
    with client.app.state.store.session(readonly=True) as session:
        assert len(store.list_rejections(session)) == 1
    bad = upload(b"\x00\x01 not a mail")
    assert bad.status_code == 422
    assert "メールとして読めませんでした" in soup(bad).select_one("#eml-error").text


def test_a_mail_imported_by_the_cli_can_be_picked(client: Client) -> None:
    with client.app.state.store.session() as session:
        outcome = store.record_notice(
            session,
            label="rejection",
            company="株式会社ミナトロジ",
            stage="一次",
            date=dt.date.today(),
            subject="選考結果のご連絡",
            body=NOTICE,
            message_id="<x@y>",
        )
        rejection_id = outcome.rejection.id
    page = soup(client.get("/rejection"))
    link = page.select_one(f'a[href="/rejections/{rejection_id}"]')
    assert link is not None and "株式会社ミナトロジ" in link.text
    # The flow then works on it, even though no interview was recorded before the mail.
    client.send_form(f"/rejections/{rejection_id}/selfcheck", {"q.self_pr.episode": "no"})
    diagnosis = soup(client.get(f"/rejections/{rejection_id}/diagnosis"))
    assert diagnosis.select_one('.cause[data-cause="self_pr"]')


def test_the_draft_asks_for_a_name_first(client: Client) -> None:
    flow = _record(client)
    page = soup(client.get(flow + "/request"))
    assert "名前を入力して" in page.select_one(".field-error").text
    assert "--" not in page.select_one(".field-error").text  # no command-line wording
    assert not page.select_one("#mail-form")


def test_a_rejection_without_a_stage_is_not_the_round_already_passed(client: Client) -> None:
    """QA P2 #6: the pass notice of 一次 is recorded (as in a database from before passes moved
    the application on: still at 一次, its interview pending); 「どの選考で」 left empty."""
    db = client.app.state.store
    with db.session() as session:
        app = store.create_application(session, company="株式会社みなと電機")
        interview = store.add_interview(session, application_id=app.id, stage="一次")
        store.record_notice(session, label="pass", company="株式会社みなと電機", stage="一次")
        app.stage, interview.result = "一次", "pending"
        app_id, interview_id = app.id, interview.id
    flow = _record(client, application_id=str(app_id), body="", stage="")
    with db.session(readonly=True) as session:
        rejection = store.get_rejection(session, int(flow.rsplit("/", 1)[1]))
        assert rejection.stage == "二次"
        assert rejection.interview_id != interview_id
        assert session.get(store.Interview, interview_id).result == "pending"


def test_a_chosen_application_that_went_further_is_asked_about(client: Client) -> None:
    """QA P2 #5 on the form: a 書類 rejection for an application closed at 一次 is not filed
    under it; the form says why and nothing is recorded."""
    db = client.app.state.store
    with db.session() as session:
        app = store.create_application(session, company="ひかりソフト株式会社")
        store.add_interview(session, application_id=app.id, stage="一次")
        store.record_rejection(session, application_id=app.id, stage="一次")
        app_id = app.id
    data = {"application_id": str(app_id), "stage": "書類", "body": "", "subject": ""}
    page = soup(client.send_form("/rejection", data))
    assert "応募を選ばずに" in page.select_one(".field-error").text
    with db.session(readonly=True) as session:
        assert [r.stage for r in store.list_rejections(session)] == ["一次"]
    # By company name instead: a new application of the same company takes it.
    _record(client, company="株式会社ひかりソフト", stage="書類", body="")
    with db.session(readonly=True) as session:
        rows = sorted(store.list_applications(session), key=lambda a: a.id)
        assert [(a.stage, [r.stage for r in a.rejections]) for a in rows] == [
            ("一次", ["一次"]),
            ("書類", ["書類"]),
        ]


def _redraft(client: Client, flow: str, **fields: str) -> Any:
    """「下書きを作る」 (a POST: the name never goes into the URL)."""
    response = client.send_form(flow + "/request/draft", {"variant": "", **fields})
    assert response.status_code == 200
    return soup(response)


def test_an_uploaded_utf16_nul_laden_or_empty_eml_is_read_or_named(client: Client) -> None:
    """Hostile uploads on 「面接に落ちた」: a mail saved as UTF-16 or holding a NUL byte is read
    like any mail; an empty file is named at the file's field (it was taken as no file at all,
    and the page asked for a company instead)."""

    def upload(raw: bytes, name: str = "notice.eml") -> Any:
        files = {"eml": (name, raw, "message/rfc822")}
        data = {"csrf_token": client.csrf(), "stage": "一次", "date": ""}
        return client.post("/rejection", data=data, files=files, follow_redirects=False)

    plain = _eml(NOTICE).decode("ascii")  # ISO-2022-JP: 7-bit
    for n, raw in enumerate(
        [
            plain.replace("notice-1", "u16").encode("utf-16"),
            plain.replace("notice-1", "u16le").encode("utf-16-le"),
            plain.replace("notice-1", "nul").encode("ascii").replace(b"\r\n\r\n", b"\r\n\r\n\x00"),
        ]
    ):
        recorded = upload(raw)
        assert recorded.status_code == 303, (n, soup(recorded).select_one("#eml-error"))
        assert "株式会社ミナトロジ" in soup(client.get(_path(recorded))).h1.text
    empty = upload(b"", name="からっぽ.eml")
    assert empty.status_code == 422
    error = soup(empty).select_one("#eml-error")
    assert error is not None and "からっぽ.eml" in error.text and "空" in error.text


def test_the_word_after_a_first_round_says_nothing_of_earlier_rounds(client: Client) -> None:
    data = {"company": "株式会社ミナトロジ", "stage": "一次", "form_token": "t-word-1"}
    response = client.send_form("/rejection", data, follow_redirects=False)
    page = soup(client.get(str(response.headers["location"])))
    assert page.select_one("[data-testid=word]") is not None
    assert not page.select("[data-testid=rounds]")


# --- the word after the notice never asks for what is already in hand ----------------------

SHORT_REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"


def _first_step(client: Client, rejection_id: int) -> str:
    found = soup(client.get(f"/rejections/{rejection_id}")).select_one("[data-testid=first-step]")
    assert found is not None
    return found.get_text()


def test_comments_quoted_by_the_agent_are_not_asked_for_again(client: Client) -> None:
    rid = post_rejection(client, company="", body=agent_comments_notice("山田 太郎"))
    said = _first_step(client, rid)
    assert "コメントを聞くこと" not in said and "フィードバックをお願いすること" not in said
    assert "企業からのコメントを読み" in said and "お礼" in said


@pytest.mark.parametrize("stage", ["一次", "書類"])
def test_a_reply_in_hand_is_not_asked_for_again(client: Client, stage: str) -> None:
    rid = post_rejection(client, stage=stage)
    request_id = sent_request(client, rid)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_reply(s, feedback_request_id=request_id, text=SHORT_REPLY, label="feedback")
    said = _first_step(client, rid)
    assert "お願いすること" not in said and "聞くこと" not in said
    assert "返信を読み" in said


def test_a_notice_that_answers_no_questions_is_not_followed_by_a_request(client: Client) -> None:
    rid = post_rejection(client, company="", body=no_questions_notice("山田 太郎"))
    said = _first_step(client, rid)
    assert "フィードバックをお願いすること" not in said
    assert "送るならお礼だけ" in said and "二つ" in said


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({}, "その日のうちにフィードバックをお願いすること"),
        ({"stage": "書類"}, "その日のうちにフィードバックをお願いすること、応募書類と求人票"),
    ],
    ids=["interview", "documents"],
)
def test_a_plain_notice_still_asks_the_company(
    client: Client, fields: dict[str, str], expected: str
) -> None:
    said = _first_step(client, post_rejection(client, **fields))
    assert "次にできることは三つです" in said and expected in said


# --- a .eml holding only the body, uploaded: read as the CLI reads it ----------------------

_BARE = (
    "山田太郎様\n\nこの度は弊社の一次面接にお越しいただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ミナトロジ 人事部 中村\n"
)


@pytest.mark.parametrize("codec", ["utf-8", "cp932"])
def test_an_uploaded_body_without_headers_is_recorded(client: Client, codec: str) -> None:
    data = {**browser_fields(page_form(client, "/rejection", "/rejection")), "date": "2026-12-01"}
    files = {"eml": ("notice.eml", _BARE.encode(codec), "message/rfc822")}
    r = client.post("/rejection", data=data, files=files)
    assert r.status_code == 200 and "/rejections/" in str(r.url)
    assert soup(r).h1.get_text(strip=True) == "株式会社ミナトロジの結果"
    assert "2026年12月1日" in soup(r).get_text()  # the date typed stays: the file has none
