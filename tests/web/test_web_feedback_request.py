"""The feedback-request step as QA walked it (qa-report 2026-12-02): a saved draft reopens with
its text and is sent as edited (P1 #1); a notice that answers no questions gets the thanks-only
draft and no push on the dashboard (P2 #3); an agent's quoted company comments are feedback
(P2 #4); one reply-rate rule on every page (P2 #7); the ひとこと wording (P2 #13); no lateness
once sent (P2 #14); and the polish of the request flow (P3)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import unquote

import pytest
from support import agent_comments_notice, no_questions_notice
from web_helpers import Client, form_token, soup

from furikaeri import store
from furikaeri.replies import record_reply
from furikaeri.web.render import FLASH_COOKIE


def _today() -> dt.date:
    """Read per use, not at import: a run that crosses midnight must agree with the app."""
    return dt.date.today()


NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)
NO_QUESTIONS = no_questions_notice("山田 花子")
AGENT_COMMENTS = agent_comments_notice("山田 花子")


def _path(response: Any) -> str:
    return str(response.headers["location"]).removeprefix("http://testserver")


def _record(client: Client, body: str = NOTICE, **fields: str) -> str:
    data = {
        "subject": "選考結果のご連絡",
        "body": body,
        "stage": "一次",
        "date": _today().isoformat(),
    }
    response = client.send_form("/rejection", {**data, **fields}, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")
    return _path(response)


def _fields(form: Any) -> dict[str, str]:
    data = {i["name"]: i.get("value", "") for i in form.select("input[name]")}
    data.update({t["name"]: t.text for t in form.select("textarea[name]")})
    return data


def _redraft(client: Client, flow: str, **fields: str) -> Any:
    """「下書きを作る」: a POST with the page's CSRF token, never a GET with the name."""
    data = {"variant": "", "name": "山田花子", "email": "hanako@example.com", **fields}
    response = client.send_form(flow + "/request/draft", data)
    assert response.status_code == 200
    return soup(response)


def _requests(client: Client) -> list[Any]:
    with client.app.state.store.session(readonly=True) as session:
        rows = session.query(store.FeedbackRequest).order_by(store.FeedbackRequest.id).all()
        return [(r.status, r.subject, r.body, r.sent_on, r.variant) for r in rows]


# --- P1 #1: a saved draft reopens with its text, and sending records that text ----------------


def test_a_saved_draft_reopens_with_its_text_and_is_sent_as_edited(client: Client) -> None:
    flow = _record(client)
    page = _redraft(client, flow)
    fields = _fields(page.select_one("#mail-form"))
    fields["body"] += "\nEDITED"
    response = client.send_form(
        flow + "/request", {**fields, "action": "draft"}, follow_redirects=False
    )
    assert response.status_code == 303

    reopened = soup(client.get(flow + "/request"))
    assert reopened.select_one("#mail-body").text.endswith("EDITED")
    assert reopened.select_one("[data-testid=saved-draft]")
    assert "EDITED" in unquote(reopened.select_one("#mailto-link")["href"])

    # Send from the reopened page: the text on the page is what is recorded.
    sent = _fields(reopened.select_one("#mail-form"))
    client.send_form(flow + "/request", {**sent, "action": "sent"})
    (row,) = _requests(client)
    assert row[0] == "sent" and row[2].endswith("EDITED")


def test_asking_for_another_variant_gives_a_fresh_draft_and_keeps_the_saved_one(
    client: Client,
) -> None:
    flow = _record(client)
    fields = _fields(_redraft(client, flow).select_one("#mail-form"))
    client.send_form(flow + "/request", {**fields, "body": "EDITED", "action": "draft"})
    fresh = _redraft(client, flow, variant="short")
    assert "EDITED" not in fresh.select_one("#mail-body").text
    assert not fresh.select_one("[data-testid=saved-draft]")
    assert _requests(client)[0][2] == "EDITED"  # nothing written by drafting


# --- P3: once sent, the page says so; a second send rewrites nothing --------------------------


def test_once_sent_the_form_is_gone_and_a_resubmit_records_nothing(client: Client) -> None:
    flow = _record(client)
    fields = _fields(_redraft(client, flow).select_one("#mail-form"))
    client.send_form(flow + "/request", {**fields, "action": "sent"})
    before = _requests(client)

    page = soup(client.get(flow + "/request"))
    assert (
        "すでに送信済みとして記録しています" in page.select_one("[data-testid=already-sent]").text
    )
    assert not page.select_one("#mail-form") and not page.select_one("#draft-options")
    assert not page.select_one("[data-testid=timing]")

    # Back to the stale page and press the button again.
    stale = {**fields, "body": "CHANGED", "sent_on": "", "action": "sent"}
    response = client.send_form(flow + "/request", stale, follow_redirects=False)
    assert _path(response) == flow + "/request"  # s11-qa: the page says it, once (s12: once
    assert response.cookies.get(FLASH_COOKIE) == "request_sent_again"  # a reload does not)
    assert (
        "すでに送信済み"
        in soup(client.get(_path(response))).select_one(".flash, [role=status]").text
    )
    assert _requests(client) == before


# --- P2 #14: no lateness warning once a request is sent or replied -------------------------


def test_no_lateness_warning_once_the_request_is_sent(client: Client) -> None:
    old = (_today() - dt.timedelta(days=26)).isoformat()
    flow = _record(client, date=old)
    rid = int(flow.rsplit("/", 1)[1])
    assert "26日" in _redraft(client, flow).select_one("[data-testid=timing]").text
    with client.app.state.store.session() as session:
        fr = store.save_feedback_request(
            session, rejection_id=rid, subject="s", body="本文", sent_on=old
        )
        record_reply(session, feedback_request_id=fr.id, text="山田様\n理由は開示しておりません。")
    page = soup(client.get(flow + "/request"))
    assert not page.select_one("[data-testid=timing]")
    assert "日たっています" not in page.text and "見込みは小さく" not in page.text


def test_a_posted_reply_is_filed_with_the_readers_label_and_causes(client: Client) -> None:
    """The reply form has no label: the reader's label and causes are stored."""
    flow = _record(client)
    rid = int(flow.rsplit("/", 1)[1])
    with client.app.state.store.session() as session:
        fr = store.save_feedback_request(
            session, rejection_id=rid, subject="s", body="本文", sent_on=_today().isoformat()
        )
    action = f"/feedback/{fr.id}/reply"
    form = soup(client.get(flow + "/request")).find("form", action=action)
    assert form is not None
    text = "山田様\n志望動機が当社でなければならない理由として伝わりませんでした。"
    response = client.send_form(action, {**_fields(form), "text": text}, follow_redirects=False)
    assert response.status_code == 303
    with client.app.state.store.session(readonly=True) as session:
        (reply,) = session.query(store.Reply).all()
        assert (reply.label, reply.causes, reply.text) == ("feedback", ["motivation"], text)
        assert session.get(store.FeedbackRequest, fr.id).status == "replied"


# --- P2 #3: a notice that answers no questions: thanks only, and no push --------------------


def test_a_notice_that_answers_no_questions_gets_the_thanks_only_draft(client: Client) -> None:
    flow = _record(client, body=NO_QUESTIONS, stage="最終")
    page = _redraft(client, flow)
    assert page.select_one("#f-variant option[selected]")["value"] == "thanks"
    body = page.select_one("#mail-body").text
    assert "至らなかった点" not in body and "課題" not in body  # asks for nothing
    assert "ありがとうございました" in body and "ご発展" in body and "ご返信には及びません" in body
    banner = page.select_one("[data-testid=no-disclosure]").text
    assert "お礼だけ" in banner
    assert (
        "「選考の経緯や理由に関するお問い合わせにはお答えいたしかねます」" in banner
    )  # whole words
    assert not page.select_one("[data-testid=mail-issues]")  # the mail check passes it
    # The dashboard does not push a request for it.
    today = soup(client.get("/")).select_one("[data-testid=today]")
    assert today is None or "株式会社ほしぞら" not in today.text


def test_a_plain_notice_still_gets_the_request_and_the_nudge(client: Client) -> None:
    flow = _record(client)
    assert _redraft(client, flow).select_one("#f-variant option[selected]")["value"] == "standard"
    assert (
        "今日中にフィードバック依頼を送りましょう"
        in soup(client.get("/")).select_one("[data-testid=today]").text
    )


# --- P2 #4: the company comments an agent's notice quotes -------------------------------------


def test_an_agents_quoted_comments_are_feedback_and_get_thanks(client: Client) -> None:
    flow = _record(client, body=AGENT_COMMENTS, subject="一次面接の結果")
    with client.app.state.store.session(readonly=True) as session:
        (app,) = store.list_applications(session)
        assert app.company == "株式会社ふじみ精工"
        assert app.channel == "agent" and app.agent_name == "高橋"
        assert app.agent_company == "マイナビエージェント"
        assert app.agent_email == "takahashi@agent2.example.jp"

    diagnosis = soup(client.get(flow + "/diagnosis"))
    assert "まだ判断の材料が少ない" not in diagnosis.text
    assert "企業からの返信 1件" in diagnosis.text
    motivation = diagnosis.select_one('.cause[data-cause="motivation"]')
    assert motivation is not None and "当社でなければならない理由" in motivation.text
    assert diagnosis.select_one('.cause[data-cause="reverse_question"]')

    page = _redraft(client, flow)
    assert page.select_one("#f-variant option[selected]")["value"] == "agent"
    body = page.select_one("#mail-body").text
    assert body.startswith("マイナビエージェント\n高橋様")
    assert "コメントをお知らせいただき、ありがとうございました" in body
    assert "共有していただけないでしょうか" not in body and "確認していただけ" not in body
    assert "コメント" in page.select_one("[data-testid=agent-comments]").text
    # The comments are in hand: the dashboard does not push a request for them.
    today = soup(client.get("/")).select_one("[data-testid=today]")
    assert today is None or "株式会社ふじみ精工" not in today.text


# --- P2 #7: one reply-rate rule on the dashboard, /feedback and /patterns ---------------------


def _sent_requests(client: Client, *replies: tuple[str, str | None]) -> None:
    """One rejection and one sent request per (variant, reply text or None)."""
    with client.app.state.store.session() as session:
        for i, (variant, reply) in enumerate(replies):
            app = store.create_application(session, company=f"株式会社テスト{i}")
            rej = store.record_rejection(session, application_id=app.id, stage="一次")
            fr = store.save_feedback_request(
                session, rejection_id=rej.id, subject="s", body="本文", variant=variant,
                sent_on=_today().isoformat(),
            )  # fmt: skip
            if reply is not None:
                record_reply(session, feedback_request_id=fr.id, text=reply)


FEEDBACK = "山田様\n志望動機について、弊社でなければならない理由が伝わりにくい印象がございました。"
DECLINED = "山田様\n誠に恐縮ですが、選考の理由は開示しておりません。"


def _rate_texts(client: Client) -> list[str]:
    pages = [soup(client.get(url)) for url in ("/", "/feedback")]
    texts = [" ".join(p.select_one("[data-testid=reply-rate]").text.split()) for p in pages]
    patterns = soup(client.get("/patterns")).select_one("[data-testid=feedback]")
    return [*texts, " ".join(patterns.text.split())]


def test_every_page_counts_replies_by_the_same_rule(client: Client) -> None:
    _sent_requests(client, ("standard", FEEDBACK), ("agent", FEEDBACK), ("standard", DECLINED))
    for text in _rate_texts(client):
        assert "企業に直接送った依頼 2件のうち、返信があったのは 2件です" in text
        assert "%" not in text.replace("一般的な返信率10%", "")  # under 5 requests: counts only
        assert "そのうち 1件は「理由は開示しない」という返信で" in text
        assert "エージェント経由の依頼 1件（返信 1件）" in text


def test_a_percentage_from_five_direct_requests_on(client: Client) -> None:
    _sent_requests(client, *[("standard", None)] * 4, ("short", FEEDBACK), ("thanks", None))
    for text in _rate_texts(client):
        assert "企業に直接送った依頼 5件のうち、返信があったのは 1件（20%）です" in text


# --- P2 #13: the ひとこと page -----------------------------------------------------------------


def test_the_word_page_says_the_same_day(client: Client) -> None:
    word = soup(client.get(_record(client))).select_one("[data-testid=word]").text
    assert "通知が届いたその日のうちに" in word and "届いたうちに" not in word


# --- P3: the request flow's polish ------------------------------------------------------------


def test_the_draft_options_never_put_the_name_in_the_url(client: Client) -> None:
    flow = _record(client)
    form = soup(client.get(flow + "/request")).select_one("#draft-options")
    assert form["method"] == "post" and form["action"].endswith("/request/draft")
    assert form.select_one("input[name=csrf_token]")["value"]
    # Without the CSRF token the POST is refused.
    response = client.post(flow + "/request/draft", data={"name": "x", "variant": ""})
    assert response.status_code == 403


def test_the_phone_script_speaks_of_calling(client: Client) -> None:
    flow = _record(client)
    page = _redraft(client, flow, variant="phone")
    form = page.select_one("#mail-form")
    assert "電話でお願いしたので記録して次へ" in form.select_one("button[value=sent]").text
    assert "送ったので記録" not in form.text
    assert "礼を尽くした言葉で伝えましょう" in form.text and "文面で送りましょう" not in form.text


def test_the_reply_preview_skips_the_salutation(client: Client) -> None:
    flow = _record(client)
    rid = int(flow.rsplit("/", 1)[1])
    reply = "見本 花子 様\n\nご丁寧にご連絡いただきありがとうございます。\n法人営業でのご実績は高く評価しておりました。"
    with client.app.state.store.session() as session:
        fr = store.save_feedback_request(
            session, rejection_id=rid, subject="s", body="本文", sent_on=_today().isoformat()
        )
        record_reply(session, feedback_request_id=fr.id, text=reply)
    preview = soup(client.get(flow + "/request")).select_one("#requests .request p.muted").text
    assert "法人営業でのご実績" in preview and "見本" not in preview


def test_the_mail_check_quotes_whole_words(client: Client) -> None:
    mail = {"subject": "お願い", "body": "なぜ落ちたのか、今週中にご回答いただけますと幸いです。"}
    quotes = [q.text for q in soup(client.send_form("/mail/check", mail)).select("q")]
    assert "なぜ落ちた" in quotes and "今週中にご回答いただけます" in quotes


# --- 「下書きを作る」: personal data never comes from (or goes into) a URL ---------------------


def test_the_draft_page_ignores_a_name_and_address_in_the_url(client: Client) -> None:
    """QA P3: GET /rejections/N/request?name=…&email=… still signed the draft with them (an
    old link or the browser history carrying personal data). Only the variant is read."""
    flow = _record(client)
    page = soup(client.get(flow + "/request?name=山田花子&email=hanako@example.com&variant=short"))
    assert page.select_one("#f-name")["value"] == ""
    assert page.select_one("#f-email")["value"] == ""
    assert page.select_one("#mail-body") is None  # no name to sign with: asks for it
    assert "山田花子" not in page.text and "hanako@example.com" not in page.text
    assert page.select_one("#f-variant option[selected]")["value"] == "short"
    # 「下書きを作る」 is a POST with the CSRF token; the page's links carry no name.
    form = page.select_one("#draft-options")
    assert form["method"] == "post" and form.select_one("input[name=csrf_token]")
    assert not [a for a in page.select("a[href]") if "name=" in a["href"] or "email=" in a["href"]]


def test_redraft_needs_the_csrf_token_and_writes_nothing(client: Client) -> None:
    flow = _record(client)
    refused = client.post(flow + "/request/draft", data={"name": "山田花子"})
    assert refused.status_code == 403
    page = _redraft(client, flow)
    assert "山田花子" in page.select_one("#mail-body").text
    assert _requests(client) == []  # a draft shown is not a draft saved
    with client.app.state.store.session(readonly=True) as session:
        assert not store.get_profile(session).name  # nor is the name remembered yet


def test_reload_after_redraft_shows_the_same_draft(client: Client) -> None:
    """A reload re-posts the same form (the browser asks first): the same page again."""
    flow = _record(client)
    first = _redraft(client, flow, variant="short")
    again = _redraft(client, flow, variant="short")
    assert first.select_one("#mail-body").text == again.select_one("#mail-body").text
    assert again.select_one("#f-variant option[selected]")["value"] == "short"


def test_once_saved_the_name_comes_from_the_profile_not_the_url(client: Client) -> None:
    flow = _record(client)
    fields = _fields(_redraft(client, flow).select_one("#mail-form"))
    client.send_form(flow + "/request", {**fields, "action": "draft"})
    page = soup(client.get(flow + "/request?name=別人"))  # Back to the page, or an old link
    assert page.select_one("#f-name")["value"] == "山田花子"
    assert "別人" not in page.text


def test_the_drafted_pages_address_opened_again_is_the_draft_page(client: Client) -> None:
    flow = _record(client)
    response = client.get(flow + "/request/draft?name=山田花子", follow_redirects=False)
    assert response.status_code == 303
    assert _path(response) == flow + "/request"


def test_a_sent_request_does_not_offer_to_skip_the_request(app_client: Client) -> None:
    """「依頼はしないで、振り返りへ進む」 is for a request not sent; once sent (or replied to), the
    page leads on with 振り返りへ進む / 診断を見る only."""
    form = {"company": "株式会社ほしぞら", "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    rid = int(app_client.send_form("/rejection", form).url.path.split("/")[2])
    page = soup(app_client.get(f"/rejections/{rid}/request"))
    assert page.select_one("[data-testid=skip-request]") is not None
    with app_client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
    page = soup(app_client.get(f"/rejections/{rid}/request"))
    assert page.select_one("[data-testid=already-sent]") is not None
    assert page.select_one("[data-testid=skip-request]") is None
    assert "依頼はしないで" not in page.get_text()


@pytest.mark.parametrize(
    ("stage", "variant", "days", "wanted", "unwanted"),
    [
        ("書類", "standard", 0, "選考した担当者の記憶", "面接官"),
        ("書類", "standard", 9, "担当者の記憶が薄れ", "面接官"),
        ("一次", "standard", 9, "面接官の記憶が薄れ", "アドバイザー"),
        ("一次", "agent", 9, "日がたっていても頼んでかまいません", "見込みは小さく"),
        ("書類", "agent", 0, "アドバイザー", "面接官"),
    ],
)
def test_the_timing_banner_fits_the_route(
    stage: str, variant: str, days: int, wanted: str, unwanted: str
) -> None:
    """No interviewer to remember after a 書類 rejection; an agent's advisor collects the
    company's comments as routine, so a late request to them is not discouraged."""
    from furikaeri.mail.draft import draft_feedback_request

    today = dt.date(2026, 12, 3)
    draft = draft_feedback_request(
        candidate_name="山田 太郎",
        company="株式会社ほしぞら",
        stage=stage,
        notice_date=today - dt.timedelta(days=days),
        today=today,
        variant=variant,
        agent_name="鈴木",
    )
    assert wanted in draft.timing.message and unwanted not in draft.timing.message
