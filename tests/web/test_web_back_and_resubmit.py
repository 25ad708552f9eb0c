"""The browser's Back and a second click: a create form posted again (the same form on a slow
network, or the page reloaded with a new one-time token) adds no second row and says so once;
different content is a new row; a form refused with an error keeps its token; a delete posted
again deletes nothing more. POST /applications asks the store once whether the form is an
identical application of the last minutes (store.record_application says whether it reused one).
The tests on ``app_client`` run on SQLite and, when FURIKAERI_TEST_POSTGRES_URL is set, on
PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from bs4 import BeautifulSoup, Tag
from sqlalchemy import select
from web_helpers import (
    Client,
    add_application,
    browser_fields,
    count_rows,
    form_token,
    page_form,
    post_rejection,
    rejection_with_sent_request,
    reply_form,
    sent_request,
    soup,
)

from furikaeri import store
from furikaeri.store import applications, models
from furikaeri.store.models import (
    QA,
    ActionItem,
    Document,
    Interview,
    Rejection,
    SelfCheckAnswer,
    Worksheet,
)
from furikaeri.web.render import FLASH_COOKIE


def _fields(client: Client, url: str, action: str) -> dict[str, str]:
    """The hidden and filled fields of the page's form posting to ``action``, as rendered."""
    form = soup(client.get(url)).find("form", attrs={"action": action})
    assert form is not None, action
    fields = {i["name"]: str(i.get("value", "")) for i in form.find_all("input") if i.get("name")}
    checked = {i["name"]: i["value"] for i in form.find_all("input", checked=True)}
    return {**fields, **checked}


def _application(client: Client) -> int:
    form = _fields(client, "/applications/new", "/applications")
    done = client.send_form("/applications", {**form, "company": "株式会社もどる"})
    assert done.status_code == 200
    return int(done.url.path.rsplit("/", 1)[1])


def test_an_interview_posted_again_after_a_reload_is_one_interview(client: Client) -> None:
    app_id = _application(client)
    typed = {"stage": "一次", "date": "2026-11-20", "impression": "緊張した"}
    for _ in range(2):  # Back reloads the form: a new token, the same content
        form = _fields(
            client, f"/applications/{app_id}/interviews/new", f"/applications/{app_id}/interviews"
        )
        page = client.send_form(f"/applications/{app_id}/interviews", {**form, **typed})
        assert page.status_code == 200
    assert count_rows(client, Interview) == 1
    assert "すでに保存しています" in soup(page).get_text()
    other = _fields(
        client, f"/applications/{app_id}/interviews/new", f"/applications/{app_id}/interviews"
    )
    client.send_form(f"/applications/{app_id}/interviews", {**other, **typed, "stage": "二次"})
    assert count_rows(client, Interview) == 2  # different content: a second interview


def test_an_answer_posted_again_after_a_reload_is_one_answer(client: Client) -> None:
    app_id = _application(client)
    form = _fields(
        client, f"/applications/{app_id}/interviews/new", f"/applications/{app_id}/interviews"
    )
    iv = client.send_form(f"/applications/{app_id}/interviews", {**form, "stage": "一次"})
    iv_id = int(iv.url.path.rsplit("/", 1)[1])
    typed = {"question": "自己PRをお願いします。", "answer": "私の強みは粘り強さです。"}
    for _ in range(2):
        form = _fields(client, f"/interviews/{iv_id}", f"/interviews/{iv_id}/qas")
        page = client.send_form(f"/interviews/{iv_id}/qas", {**form, **typed})
        assert page.status_code == 200
    assert count_rows(client, QA) == 1
    assert "すでに保存しています" in soup(page).get_text()
    form = _fields(client, f"/interviews/{iv_id}", f"/interviews/{iv_id}/qas")
    client.send_form(f"/interviews/{iv_id}/qas", {**form, **typed, "answer": "粘り強さです。"})
    assert count_rows(client, QA) == 2


def _rejection(client: Client) -> int:
    client.send_form("/demo")
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        rejection = store.recent_rejections(session)[0]
        return int(rejection.id)


def _answers(client: Client, rejection_id: int) -> dict[str, str]:
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        rejection = session.get(Rejection, rejection_id)
        assert rejection is not None and rejection.interview_id is not None
        stmt = select(SelfCheckAnswer).where(SelfCheckAnswer.interview_id == rejection.interview_id)
        return {r.question_id: r.answer for r in session.scalars(stmt)}


def test_an_older_self_check_form_does_not_overwrite_newer_answers(client: Client) -> None:
    rid = _rejection(client)
    url = action = f"/rejections/{rid}/selfcheck"
    old = _fields(client, url, action)  # the form as first opened (then Back to it later)
    name = next(k for k in old if k.startswith("q."))
    first = client.send_form(action, {**old, name: "no"})
    assert first.status_code == 200
    newer = _fields(client, url, action)
    client.send_form(action, {**newer, name: "yes"})  # changed since, in the newer form
    before = _answers(client, rid)
    assert before[name[2:]] == "yes"

    stale = client.send_form(action, {**old, name: "partly"})  # Back to the first form
    assert stale.status_code == 409
    assert _answers(client, rid) == before  # nothing overwritten
    page = soup(stale)
    assert "別の画面で更新されています" in page.get_text()
    box = page.find(attrs={"data-testid": "current-values"})
    assert box is not None and "はい" in box.get_text()  # the saved answer beside the input
    kept = page.find("input", attrs={"name": name, "checked": True})
    assert kept is not None and kept["value"] == "partly"  # the input stays

    again = _fields(client, url, action) | {
        i["name"]: str(i.get("value", "")) for i in page.find_all("input", attrs={"type": "hidden"})
    }
    again[name] = "partly"
    assert client.send_form(action, again).status_code == 200  # checked, saved on purpose
    assert _answers(client, rid)[name[2:]] == "partly"


def test_the_same_self_check_posted_twice_is_no_conflict(client: Client) -> None:
    rid = _rejection(client)
    action = f"/rejections/{rid}/selfcheck"
    form = _fields(client, action, action)
    name = next(k for k in form if k.startswith("q."))
    assert client.send_form(action, {**form, name: "no"}).status_code == 200
    assert client.send_form(action, {**form, name: "no"}).status_code == 200  # Back, same
    assert _answers(client, rid)[name[2:]] == "no"


@pytest.mark.parametrize(
    ("page", "action", "typed", "model", "other"),
    [
        ("/plan", "/plan", {"title": "自己PRのエピソードを一つ書き直す"}, ActionItem,
         {"title": "逆質問を三つ用意する"}),
        ("/documents", "/documents",
         {"kind": "es", "title": "志望動機", "text": "貴社の物流改革に惹かれ…"}, Document,
         {"text": "貴社の物流改革に惹かれました。"}),
        ("/worksheets/values", "/worksheets/values",
         {"values": "目の前の人の役に立つこと", "want": "長く付き合える営業"}, Worksheet,
         {"want": "提案型の営業"}),
    ],
)  # fmt: skip
def test_a_task_document_or_sheet_posted_again_after_a_reload_is_one_row(
    client: Client,
    page: str,
    action: str,
    typed: dict[str, str],
    model: Any,
    other: dict[str, str],
) -> None:
    for _ in range(2):  # Back reloads the form: a new token, the same content
        form = _fields(client, page, action)
        done = client.send_form(action, {**form, **typed})
        assert done.status_code == 200
    assert count_rows(client, model) == 1
    assert "すでに保存しています" in soup(done).get_text()
    form = _fields(client, page, action)
    client.send_form(action, {**form, **typed, **other})
    assert count_rows(client, model) == 2  # different content: a second row


# (company first posted, the same company as typed again, position, applied date)
SAME = [
    ("株式会社かぜ", "株式会社 かぜ", "営業", "2026-11-01"),
    ("みなと電機株式会社", "みなと電機㈱", "法人営業", "2026-10-20"),
    ("株式会社ひかりソフト", "(株)ひかりソフト", "", ""),
]


def _post(client: Client, **fields: str) -> Any:
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(fields)
    r = client.post("/applications", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return r


def _notices(page: BeautifulSoup) -> tuple[str, str]:
    """The flash (「追加しました。」) and the already-recorded notice of a page, "" when absent."""
    flash = page.find(attrs={"data-testid": "flash"})
    saved = page.find(attrs={"data-testid": "already-saved"})
    return (
        flash.get_text(strip=True) if flash else "",
        saved.get_text(strip=True) if saved else "",
    )


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every same_application lookup, by company."""
    calls: list[str] = []
    real = applications.same_application

    def counting(session: Any, **kw: Any) -> Any:
        calls.append(kw["company"])
        return real(session, **kw)

    monkeypatch.setattr(applications, "same_application", counting)
    return calls


@pytest.mark.parametrize(("company", "again", "job", "day"), SAME)
def test_a_new_application_is_added_with_one_lookup(
    client: Client, monkeypatch: pytest.MonkeyPatch, company: str, again: str, job: str, day: str
) -> None:
    calls = _counted(monkeypatch)
    r = _post(client, company=company, job_title=job, applied_on=day)
    assert "?" not in r.headers["location"]
    page = soup(client.get(r.headers["location"]))
    assert _notices(page) == ("追加しました。", "")
    assert company in page.get_text()
    assert calls == [company]


@pytest.mark.parametrize(("company", "again", "job", "day"), SAME)
def test_the_same_application_posted_again_is_reused_with_one_lookup(
    client: Client, monkeypatch: pytest.MonkeyPatch, company: str, again: str, job: str, day: str
) -> None:
    first = _post(client, company=company, job_title=job, applied_on=day).headers["location"]
    client.get(first)  # the flash of the first post, shown once
    calls = _counted(monkeypatch)
    second = _post(client, company=again, job_title=job, applied_on=day)
    assert second.headers["location"] == first  # a one-time notice, not ?saved=same
    assert second.cookies.get(FLASH_COOKIE) == "application_same"
    flash, saved = _notices(soup(client.get(second.headers["location"])))
    assert flash == ""  # nothing was added
    assert "数分前に記録しています" in saved
    assert calls == [again]
    listing = soup(client.get("/applications"))
    assert len(listing.find_all("a", href=first)) == 1


@pytest.mark.parametrize(
    ("confirm", "job"),
    [("1", "営業"), ("", "企画")],  # 「別の応募として保存する」 ticked; another position
)
def test_a_confirmed_or_different_application_is_a_new_one(
    client: Client, confirm: str, job: str
) -> None:
    first = _post(client, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    extra = {"confirm_duplicate": confirm} if confirm else {}
    other = _post(client, company="株式会社かぜ", job_title=job, applied_on="2026-11-01", **extra)
    assert other.headers["location"] != first.headers["location"]
    assert _notices(soup(client.get(other.headers["location"]))) == ("追加しました。", "")


@pytest.mark.parametrize(
    ("job", "same"),
    [("営業", True), ("企画", False)],  # posted again as it was; corrected to another position
)
def test_a_reused_form_keeps_its_token(client: Client, job: str, same: bool) -> None:
    """A reuse writes nothing, so its one-time token stays unused: Back and the same form
    posted again is reused again; corrected to another position, it is a new application."""
    first = _post(client, company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    reused = client.post("/applications", data=data, follow_redirects=False)
    assert reused.headers["location"] == first.headers["location"]
    assert reused.cookies.get(FLASH_COOKIE) == "application_same"
    r = client.post("/applications", data={**data, "job_title": job}, follow_redirects=False)
    assert (r.headers["location"] == reused.headers["location"]) is same
    flash, saved = _notices(soup(client.get(r.headers["location"])))
    assert (flash, bool(saved)) == (("", True) if same else ("追加しました。", False))
    assert (first.headers["location"] in r.headers["location"]) is same


def test_the_same_reply_pasted_again_from_a_new_page_is_recorded_once(client: Client) -> None:
    """The company's reply pasted a second time (the page reopened, another tab: a new one-time
    token) is the same reply: the diagnosis must not quote it twice."""
    from furikaeri import store

    rid, request_id = rejection_with_sent_request(client)
    url = f"/feedback/{request_id}/reply"
    text = "面接では、当社でなければならない理由が伝わってきませんでした。"
    first = {**reply_form(client, rid, request_id), "text": text}
    assert client.post(url, data=first, follow_redirects=False).status_code == 303
    # pasted again, with other line breaks, from a freshly opened page
    second = {**reply_form(client, rid, request_id), "text": f"\n{text}\r\n"}
    again = client.post(url, data=second, follow_redirects=False)
    assert again.status_code == 303
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1
    page = soup(client.get(again.headers["location"])).get_text()
    assert "この返信はすでに記録しています" in page
    assert page.count("当社でなければならない理由が伝わってきませんでした") == 1


def _new_form(client: Client) -> dict[str, str]:
    """The new-application form as a browser posts it: the confirmation box left unticked."""
    data = browser_fields(page_form(client, "/applications/new", "/applications"))
    assert "confirm_duplicate" not in data
    return data


def test_back_after_a_reload_does_not_record_the_application_twice(client: Client) -> None:
    """A full reload gives the form a new one-time token: the same company, position and date
    posted again minutes later is the same submission, shown as already recorded; ticking
    「別の応募として保存する」 records a second one."""
    form = _new_form(client)
    form.update(company="株式会社かぜ", job_title="営業", applied_on="2026-11-01")
    first = client.post("/applications", data=form, follow_redirects=False)
    assert first.status_code == 303
    again = _new_form(client)
    assert again["form_token"] != form["form_token"]
    again.update(company="株式会社 かぜ", job_title="営業", applied_on="2026-11-01")
    second = client.post("/applications", data=again, follow_redirects=False)
    assert second.status_code == 303
    assert second.headers["location"].split("?")[0] == first.headers["location"].split("?")[0]
    page = client.get(second.headers["location"])
    assert "数分前に記録しています" in page.text
    assert page.text.count("株式会社かぜ") >= 1
    listing = client.get("/applications")
    assert listing.text.count(f'href="{first.headers["location"].split("?")[0]}"') >= 1

    other = {**again, "job_title": "企画"}  # another position: another application
    r = client.post("/applications", data=other, follow_redirects=False)
    assert r.headers["location"].split("?")[0] != first.headers["location"].split("?")[0]

    confirm = _new_form(client)
    confirm.update(
        company="株式会社かぜ", job_title="営業", applied_on="2026-11-01", confirm_duplicate="1"
    )
    r = client.post("/applications", data=confirm, follow_redirects=False)
    assert r.headers["location"].split("?")[0] != first.headers["location"].split("?")[0]


def _messages(page: Tag) -> list[str]:
    """Every status message the page shows: the flash and the reply's own notice."""
    found = page.select("[data-testid=flash], [data-testid=reply-result] > p:first-child")
    return [m.get_text(strip=True) for m in found]


# --- a feedback reply submitted twice ---------------------------------------------------------

REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"


def test_a_reply_recorded_says_so_once(client: Client) -> None:
    rid = post_rejection(client)
    request_id = sent_request(client, rid)
    form = browser_fields(
        page_form(client, f"/rejections/{rid}/request", f"/feedback/{request_id}/reply")
    )
    r = client.post(f"/feedback/{request_id}/reply", data={**form, "text": REPLY})
    assert _messages(soup(r)) == ["返信を記録し、診断に反映しました。"]


@pytest.mark.parametrize("same_form", [True, False], ids=["double-click", "pasted-again"])
def test_a_reply_posted_twice_is_stored_once_and_said_once(client: Client, same_form: bool) -> None:
    """A double click on a slow network posts the same form twice; a reopened page posts it
    with a new token. Either way: one reply, and one message that says it was already there."""
    rid = post_rejection(client)
    request_id = sent_request(client, rid)
    url, page = f"/feedback/{request_id}/reply", f"/rejections/{rid}/request"
    first = {**browser_fields(page_form(client, page, url)), "text": REPLY}
    client.post(url, data=first)
    second = first if same_form else {**browser_fields(page_form(client, page, url)), "text": REPLY}
    again = client.post(url, data=second)
    assert again.status_code == 200
    assert "reply=" not in str(again.url)  # a one-time notice, not a query a reload repeats
    assert _messages(soup(again)) == [
        "この返信はすでに記録しています。同じ返信をもう一度記録することはしていません。"
    ]
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1
    assert soup(again).get_text().count("当社でなければならない理由が伝わってきませんでした") == 1


# --- 「送ったので記録して次へ」 pressed twice: one request, one message -----------------------


def test_a_request_marked_sent_twice_is_said_once(client: Client) -> None:
    rid = post_rejection(client)
    page = client.send_form(f"/rejections/{rid}/request/draft", {"name": "山田太郎"})
    form = soup(page).find("form", id="mail-form")
    assert isinstance(form, Tag)
    data = {**browser_fields(form), "action": "sent"}
    client.post(f"/rejections/{rid}/request", data=data)
    again = soup(client.post(f"/rejections/{rid}/request", data=data))
    said = [m.get_text(strip=True) for m in again.select("[data-testid=flash], .notice")]
    assert len(said) == 1 and "もう一度記録することはしていません" in said[0], said
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(store.get_rejection(s, rid).feedback_requests) == 1
    # Opened again later: no 「もう一度」, only that it was sent.
    later = soup(client.get(f"/rejections/{rid}/request")).select_one("[data-testid=already-sent]")
    assert later is not None and "もう一度" not in later.get_text()


# --- the same notice recorded again from a new form (pasted again, the .eml uploaded again) ---

AGENT_MAIL = """From: 佐藤 <sato@agent-career.example.jp>
To: taro@example.jp
Subject: =?utf-8?B?44CQ6YG46ICD57WQ5p6c44CR?=
Date: Thu, 03 Dec 2026 10:00:00 +0900
Message-ID: <agent-qa12@agent-career.example.jp>
Content-Type: text/plain; charset=utf-8

山田様

いつもお世話になっております。キャリアアドバイザーの佐藤です。
株式会社ほしぞら様の書類選考の結果について、企業様よりご連絡がありました。
誠に残念ながら、今回はお見送りとのことでした。

株式会社エージェントキャリア 佐藤
""".encode()


def _flash(r: object) -> list[str]:
    return [m.get_text(strip=True) for m in soup(r).select("[data-testid=flash]")]  # type: ignore[arg-type]


def test_the_same_notice_from_a_new_form_says_only_that_it_was_there(client: Client) -> None:
    """A second upload of the same notice from a freshly opened form wrote nothing, but the
    page said both 「記録しました。」 and 「この通知はすでに記録済みです」."""
    first = client.post(
        "/rejection",
        data=browser_fields(page_form(client, "/rejection", "/rejection")),
        files={"eml": ("n.eml", AGENT_MAIL, "message/rfc822")},
    )
    assert _flash(first) == ["記録しました。"]
    again = client.post(
        "/rejection",
        data=browser_fields(page_form(client, "/rejection", "/rejection")),
        files={"eml": ("n.eml", AGENT_MAIL, "message/rfc822")},
    )
    assert (
        again.url.path == first.url.path and not again.url.query
    )  # the notice rides in the flash cookie
    assert "記録しました。" not in _flash(again)
    assert "すでに記録済みです" in soup(again).get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(store.list_notices(s)) == 1


# --- double submits -------------------------------------------------------------------------


def test_the_interview_form_posted_twice_adds_one_interview(app_client: Client) -> None:
    app_id = add_application(app_client)
    url = f"/applications/{app_id}/interviews"
    data = {"stage": "一次", "date": "2026-11-10", "format": "online", "result": "pending"}
    data["form_token"] = form_token(app_client, f"{url}/new", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert again.headers["location"] == first.headers["location"]
    assert count_rows(app_client, models.Interview) == 1
    page = app_client.get(again.headers["location"])
    assert "すでに保存" in soup(page).select_one("[data-testid=flash]").get_text()


def _interview(client: Client) -> int:
    app_id = add_application(client)
    url = f"/applications/{app_id}/interviews"
    data = {"stage": "一次", "date": "2026-11-10", "format": "online", "result": "pending"}
    data["form_token"] = form_token(client, f"{url}/new", url)
    r = client.send_form(url, data, follow_redirects=False)
    return int(r.headers["location"].split("/")[-1])


def test_an_answer_posted_twice_is_recorded_once(app_client: Client) -> None:
    iv = _interview(app_client)
    url = f"/interviews/{iv}/qas"
    data = {"question": "志望動機を教えてください。", "answer": "成長できる環境だと思いました。"}
    data["form_token"] = form_token(app_client, f"/interviews/{iv}", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert count_rows(app_client, models.QA) == 1
    # A second, different answer from a freshly rendered form is recorded.
    data.update(
        question="自己PRをお願いします。",
        form_token=form_token(app_client, f"/interviews/{iv}", url),
    )
    app_client.send_form(url, data, follow_redirects=False)
    assert count_rows(app_client, models.QA) == 2


def test_a_reply_posted_twice_is_recorded_once(app_client: Client) -> None:
    app_id = add_application(app_client)
    form = {"application_id": str(app_id), "stage": "一次", "body": "今回はご縁がなかったものと"}
    form["form_token"] = form_token(app_client, "/rejection", "/rejection")
    rid = int(app_client.send_form("/rejection", form).url.path.split("/")[2])
    with app_client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = store.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
        request_id = fr.id
    url = f"/feedback/{request_id}/reply"
    data = {"text": "志望動機が当社でなければならない理由として伝わりませんでした。"}
    data["form_token"] = form_token(app_client, f"/rejections/{rid}/request", url)
    first = app_client.send_form(url, data, follow_redirects=False)
    again = app_client.send_form(url, data, follow_redirects=False)
    assert first.status_code == again.status_code == 303
    assert count_rows(app_client, models.Reply) == 1
    diagnosis = soup(app_client.get(again.headers["location"])).get_text()
    assert "企業からの返信 1件" in diagnosis


def test_plan_document_and_worksheet_forms_posted_twice_add_one_row(app_client: Client) -> None:
    data = {"title": "志望動機を書き直す", "form_token": form_token(app_client, "/plan", "/plan")}
    for _ in range(2):
        assert app_client.send_form("/plan", data, follow_redirects=False).status_code == 303
    assert count_rows(app_client, models.ActionItem) == 1

    doc = {"kind": "es", "title": "ES", "text": "私は御社の理念に共感しました。" * 3}
    doc["form_token"] = form_token(app_client, "/documents", "/documents")
    first = app_client.send_form("/documents", doc, follow_redirects=False)
    again = app_client.send_form("/documents", doc, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert count_rows(app_client, models.Document) == 1

    url = "/worksheets/why_company"
    sheet = {"reason": "物流のDXに取り組む姿勢", "form_token": form_token(app_client, url, url)}
    first = app_client.send_form(url, sheet, follow_redirects=False)
    again = app_client.send_form(url, sheet, follow_redirects=False)
    assert again.headers["location"] == first.headers["location"]
    assert count_rows(app_client, models.Worksheet) == 1


def test_a_refused_form_keeps_its_token_and_saves_once_when_fixed(app_client: Client) -> None:
    """A form sent back with an error keeps its one-time token, so fixing and sending it
    saves one record (the failed post claimed nothing)."""
    app_id = add_application(app_client)
    url = f"/applications/{app_id}/interviews"
    token = form_token(app_client, f"{url}/new", url)
    bad = {"stage": "一次", "date": "2026-02-30", "format": "online", "result": "pending"}
    refused = app_client.send_form(url, {**bad, "form_token": token})
    assert refused.status_code == 422
    kept = soup(refused).find("input", attrs={"name": "form_token"})
    assert kept is not None and kept["value"] == token
    good = {**bad, "date": "2026-11-10", "form_token": token}
    assert app_client.send_form(url, good, follow_redirects=False).status_code == 303
    assert count_rows(app_client, models.Interview) == 1


@pytest.mark.parametrize(
    ("url", "label"),
    [("/documents/999/delete", "書類"), ("/worksheets/why_company/999/delete", "自己分析のシート")],
)
def test_a_missing_record_is_named_in_japanese(app_client: Client, url: str, label: str) -> None:
    """A delete posted twice (a double click) finds nothing the second time: the message
    names the record in Japanese (it said 「Document（ID 999）が見つかりません」)."""
    r = app_client.send_form(url, {})
    assert r.status_code == 404
    assert f"{label}（ID 999）が見つかりません" in soup(r).get_text()


# --- deletes posted again -------------------------------------------------------------------


def _delete_token(client: Client, page: str, action: str) -> str:
    return form_token(client, page, action)


def test_a_delete_posted_again_does_not_delete_the_record_that_took_its_id(
    app_client: Client,
) -> None:
    """SQLite gave a deleted row's id to the next new row (before migration 0008). A delete
    form sent again (Back and resubmit, a second click) used to delete that unrelated new
    record; now it deletes nothing more and says 「すでに削除しています」."""
    old = add_application(app_client, company="株式会社けすつもり")
    url = f"/applications/{old}/delete"
    token = _delete_token(app_client, f"/applications/{old}", url)
    first = app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    assert first.status_code == 303
    new = add_application(app_client, company="株式会社だいじ")
    again = app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == first.headers["location"]
    with app_client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.get_application(s, new).company == "株式会社だいじ"
    flash = soup(app_client.get(again.headers["location"])).select_one("[data-testid=flash]")
    assert flash is not None and "すでに削除しています" in flash.get_text()


def test_a_bookmark_of_a_deleted_application_does_not_open_the_next_one(
    app_client: Client,
) -> None:
    """Ids are not reused (SQLite AUTOINCREMENT, migration 0008; PostgreSQL sequences): the old
    URL of a deleted company says it is gone instead of showing the company created after it."""
    old = add_application(app_client, company="株式会社けすつもり")
    url = f"/applications/{old}/delete"
    token = _delete_token(app_client, f"/applications/{old}", url)
    app_client.send_form(url, {"form_token": token}, follow_redirects=False)
    new = add_application(app_client, company="株式会社だいじ")
    assert new != old
    bookmark = app_client.get(f"/applications/{old}")
    assert bookmark.status_code == 404
    assert "株式会社だいじ" not in bookmark.text


def test_every_delete_form_carries_a_one_time_token(app_client: Client) -> None:
    iv = _interview(app_client)
    url = f"/interviews/{iv}/qas"
    qa = {"question": "自己PRをお願いします。", "answer": "私の強みは粘り強さです。"}
    qa["form_token"] = form_token(app_client, f"/interviews/{iv}", url)
    app_client.send_form(url, qa)
    plan = {"title": "志望動機を書き直す", "form_token": form_token(app_client, "/plan", "/plan")}
    app_client.send_form("/plan", plan)
    doc = {"kind": "es", "title": "ES", "text": "私は御社の理念に共感しました。"}
    doc["form_token"] = form_token(app_client, "/documents", "/documents")
    doc_page = app_client.send_form("/documents", doc).url.path
    sheet_url = "/worksheets/why_company"
    sheet = {"reason": "物流のDX", "form_token": form_token(app_client, sheet_url, sheet_url)}
    sheet_page = app_client.send_form(sheet_url, sheet)
    pages = {
        f"/interviews/{iv}": ("/delete", "/interviews/"),
        "/plan": ("/delete", "/plan/"),
        doc_page: ("/delete", "/documents/"),
        f"{sheet_page.url.path}?{sheet_page.url.query}": ("/delete", "/worksheets/"),
    }
    for page, (suffix, prefix) in pages.items():
        forms = [
            f
            for f in soup(app_client.get(page)).find_all("form")
            if str(f.get("action", "")).endswith(suffix)
            and str(f.get("action", "")).startswith(prefix)
        ]
        assert forms, page
        for form in forms:
            assert form.find("input", attrs={"name": "form_token"}) is not None, form["action"]
    qa_delete = soup(app_client.get(f"/interviews/{iv}")).find(
        "form", action=lambda a: bool(a) and a.startswith("/qas/") and a.endswith("/delete")
    )
    assert qa_delete is not None and qa_delete.find("input", attrs={"name": "form_token"})
