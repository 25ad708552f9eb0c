"""A one-time notice shows once. After a feedback reply is recorded, the diagnosis page says so
(「返信を記録し、診断に反映しました」 and how the reply was read); reloading the page used to say it
again every time (it was the query ?reply=1). Now the redirect carries it as the one-time
flash cookie: the first page shows it and clears it, nothing in the URL repeats it, and no GET
writes to the database for it. So do the other notices that were queries (?saved=same,
?saved=again, ?recorded=again, ?sent=again, ?notice=..., /plan?made=N, /profile?saved=1,
/skills?saved=1, /notices/confirm?saved=N): each after its post, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from httpx import Response
from web_helpers import Client, browser_fields, page_form, soup

from furikaeri import store
from furikaeri.store.database import revision
from furikaeri.web.render import FLASH_COOKIE

REPLY = "面接では、当社でなければならない理由が伝わってきませんでした。"


RECORDED = "返信を記録し、診断に反映しました。"


AGAIN = "この返信はすでに記録しています。同じ返信をもう一度記録することはしていません。"


def _rejection_with_request(client: Client) -> tuple[int, int]:
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        app = store.create_application(s, company="株式会社かぜ")
        rej = store.record_rejection(s, application_id=app.id, stage="一次")
        fr = store.save_feedback_request(
            s, rejection_id=rej.id, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return int(rej.id), int(fr.id)


def _notices(client: Client, url: str) -> list[str]:
    page = soup(client.get(url))
    found = page.select("[data-testid=flash], [data-testid=reply-result] > p")
    return [m.get_text(strip=True) for m in found]


def _store_revision(client: Client) -> str | None:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return revision(s)


@pytest.mark.parametrize("same_form", [None, True, False], ids=["first", "double", "pasted"])
def test_the_reply_notice_shows_once_and_not_on_reload(
    client: Client, same_form: bool | None
) -> None:
    rid, request_id = _rejection_with_request(client)
    url, page = f"/feedback/{request_id}/reply", f"/rejections/{rid}/request"
    first = {**browser_fields(page_form(client, page, url)), "text": REPLY}
    posted = client.post(url, data=first)
    if same_form is not None:  # posted again: the same form, or a reopened one
        second = (
            first if same_form else {**browser_fields(page_form(client, page, url)), "text": REPLY}
        )
        posted = client.post(url, data=second)
    assert posted.url.path == f"/rejections/{rid}/diagnosis" and not posted.url.query
    shown = [m.get_text(strip=True) for m in soup(posted).select("[data-testid=reply-result] > p")]
    assert shown[0] == (RECORDED if same_form is None else AGAIN)
    assert "フィードバックあり" in shown[1]  # how the reply was read

    before = _store_revision(client)
    for _ in range(2):  # reloaded: the page, without the notice
        assert _notices(client, str(posted.url)) == []
    assert _store_revision(client) == before  # the GETs wrote nothing
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1


def test_an_old_reply_link_shows_no_notice(client: Client) -> None:
    """A bookmarked or shared 「?reply=1」 address: the page, with nothing to repeat."""
    rid, request_id = _rejection_with_request(client)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_reply(s, feedback_request_id=request_id, text=REPLY, label="feedback")
    assert _notices(client, f"/rejections/{rid}/diagnosis?reply=1") == []
    assert _notices(client, f"/rejections/{rid}/diagnosis?reply=again") == []


# --- every other notice that was a query -------------------------------------------------------

ABSTRACT_PR = "私の強みはコミュニケーション能力です。誰とでもすぐに打ち解けられます。"


EPISODE_PR = (
    "私の強みは調整力です。前職で営業と開発の意見が対立した際、双方に聞き取りを行い、"
    "週1回の定例会を提案しました。その結果、納期遅れが月5件から1件に減りました。"
)


NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ミナトロジ 人事部"
)


def _twice(client: Client, page: str, action: str, **fields: Any) -> Response:
    """The same form posted twice (a double-click, Back and resubmit); the second's page."""
    data = {**browser_fields(page_form(client, page, action)), **fields}
    first = client.post(action, data=data, follow_redirects=False)
    assert first.status_code == 303, soup(first).select(".field-error")
    return client.post(action, data=data)


def _application_again(client: Client) -> Response:
    return _twice(client, "/applications/new", "/applications", company="株式会社かぜ")


def _application_same(client: Client) -> Response:
    """The identical application in a new form, minutes after: the one recorded is shown."""
    for _ in range(2):
        data = {**browser_fields(page_form(client, "/applications/new", "/applications"))}
        posted = client.post("/applications", data={**data, "company": "株式会社かぜ"})
    return posted


def _rejection_again(client: Client) -> Response:
    return _twice(client, "/rejection", "/rejection", body=NOTICE, stage="一次")


def _request_sent_again(client: Client) -> Response:
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        rid = store.record_rejection(
            s, application_id=store.create_application(s, company="株式会社かぜ").id, stage="一次"
        ).id
    mail = {"subject": "件名", "body": "お忙しいところ恐れ入ります。", "action": "sent"}
    client.send_form(f"/rejections/{rid}/request", mail)
    return client.send_form(f"/rejections/{rid}/request", mail)  # Back, and pressed again


def _practice(client: Client) -> tuple[str, dict[str, str]]:
    data = {"focus": "causes", "causes": "self_pr", "count": "5"}
    posted = client.post(
        "/practice", data={**browser_fields(page_form(client, "/practice", "/practice")), **data}
    )
    return posted.url.path, data


def _practice_started(client: Client) -> Response:
    data = {"focus": "causes", "causes": "self_pr", "count": "5"}
    return _twice(client, "/practice", "/practice", **data)


def _practice_duplicate(client: Client) -> Response:
    url, _ = _practice(client)
    answer = {"position": "0", "attempt_no": "1", "answer": ABSTRACT_PR}
    client.send_form(url + "/answer", answer)
    return client.send_form(url + "/answer", answer)


def _practice_followup(client: Client) -> Response:
    url, _ = _practice(client)
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "1", "answer": ABSTRACT_PR})
    client.send_form(url + "/answer", {"position": "0", "attempt_no": "2", "answer": EPISODE_PR})
    return client.send_form(url + "/next", {"position": "0"})


def _plan(client: Client, times: int) -> Response:
    client.send_form("/demo")
    action = str(
        soup(client.get("/rejections/1/next")).select_one("[data-testid=plan-make] form")["action"]
    )  # type: ignore[index]
    for _ in range(times):
        posted = client.send_form(action)
    return posted


def _notices_saved(client: Client) -> Response:
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        body = (
            "株式会社ほしぞら 人事部です。慎重に検討した結果、今回は採用を見送らせていただきます。"
        )
        store.record_notice(
            s, label="rejection", company="株式会社ほしぞら", stage="一次", body=body
        )
    form = soup(client.get("/notices/confirm")).find("form", attrs={"data-testid": "confirm-form"})
    return client.post("/notices/confirm", data=browser_fields(form))  # type: ignore[arg-type]


CASES: dict[str, tuple[Callable[[Client], Response], str, str]] = {
    # name: (the post(s), the notice the page says after them, the query it used to be)
    "application-again": (
        _application_again,
        "この応募はすでに保存済みです。同じ内容をもう一度保存することはしていません。",
        "saved=again",
    ),
    "application-same": (
        _application_same,
        "同じ会社・職種・応募日の応募を数分前に記録しています。",
        "saved=same",
    ),
    "rejection-again": (
        _rejection_again,
        "この通知はすでに記録済みです。同じ通知をもう一度記録することはしていません",
        "recorded=again",
    ),
    "request-sent-again": (
        _request_sent_again,
        "もう一度記録することはしていません。",
        "sent=again",
    ),
    "practice-started": (
        _practice_started,
        "この練習はすでに始まっています（同じフォームが二度送信されたため、1回分だけ始めました）。",
        "notice=started",
    ),
    "practice-duplicate": (
        _practice_duplicate,
        "この回答はすでに受け付けています（同じ回答が二度送信されたため、1回分だけ保存しました）。",
        "notice=duplicate",
    ),
    "practice-followup": (
        _practice_followup,
        "今の回答をふまえて、面接官がよくする深掘りの質問です。",
        "notice=followup",
    ),
    "plan-made": (lambda c: _plan(c, 1), "件のやることを作りました。", "made=3"),
    "plan-made-before": (lambda c: _plan(c, 2), "この診断の計画はすでに作成済みです。", "made=0"),
    "profile-saved": (
        lambda c: c.send_form("/profile", {"name": "山田花子"}),
        "保存しました。",
        "saved=1",
    ),
    "qualifications-saved": (
        lambda c: c.send_form("/skills/qualifications", {"qualifications": "普通自動車免許"}),
        "保存しました。",
        "saved=1",
    ),
    "notices-saved": (_notices_saved, "保存しました", "saved=2"),
}


def _text(response: Response) -> str:
    return soup(response).get_text()


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_notice_after_a_post_shows_once(client: Client, case: str) -> None:
    post, notice, old = CASES[case]
    posted = post(client)
    assert posted.status_code == 200 and posted.history, case  # the page after the redirect
    assert notice in _text(posted)
    # Nothing in the URL for a reload to repeat (a practice question's number, ?q=N, only keeps
    # each question a history entry of its own).
    assert not posted.url.query.replace(b"q=2", b"")
    page = str(posted.url)

    before = _store_revision(client)
    for _ in range(2):  # reloaded: the page, without the notice
        reloaded = client.get(page)
        assert reloaded.status_code == 200 and notice not in _text(reloaded)
    # An old address with the query (a bookmark, the history): no notice either.
    assert notice not in _text(client.get(f"{page}?{old}"))
    assert _store_revision(client) == before  # the GETs wrote nothing


def test_a_planted_or_stale_notice_cookie_shows_nothing_else(client: Client) -> None:
    """The cookie can only name one of the known notices; a count where none belongs, or none
    where one does, is no notice."""
    for value in ("plan_made", "plan_made.x", "profile_saved.3", "unknown", "plan_made.-1"):
        client.cookies.set(FLASH_COOKIE, value)
        page = soup(client.get("/plan"))
        assert page.select_one("[data-testid=plan-made]") is None, value
    client.cookies.set(FLASH_COOKIE, "plan_made.4")
    made = soup(client.get("/plan")).select_one("[data-testid=plan-made]")
    assert made is not None and "4 件" in made.get_text()
