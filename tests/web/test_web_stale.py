"""Every edit form refuses a stale save: an application, an interview, an answer, a document
(書類), a feedback request draft, the profile, a worksheet, a plan task (all through one helper,
furikaeri.web.deps.kept_input). Two tabs open the same form; the first saves; the second save is
refused (409) with the message, the first save stays, the second tab's input is shown back in
the form (nothing lost) beside what is saved now, and the kept form saved again (after checking)
goes through. The same content posted twice is no conflict; a button pressed on a page opened
before a change (連絡なしで終了, 返信なしとして閉じる) does not undo it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from bs4 import Tag
from web_helpers import (
    Client,
    browser_fields,
    new_application,
    page_form,
    rejection_with_sent_request,
    reply_form,
    soup,
)

from furikaeri import store

STALE = "別の画面で更新されています"


TODAY = dt.date.today()


def _rows(client: Client, *, named: bool = True) -> dict[str, int]:
    """An application, an interview with one answer, a rejection and a plan task; a profile
    with a name (the draft page signs with it) unless ``named`` is False."""
    with client.app.state.store.session() as session:  # type: ignore[attr-defined]
        app = store.create_application(session, company="株式会社かぜ", job_title="営業")
        iv = store.add_interview(session, application_id=app.id, stage="一次", date=TODAY)
        qa = store.add_qa(
            session, interview_id=iv.id, question="志望動機を教えてください。", answer="最初の回答"
        )
        rej = store.record_rejection(session, application_id=app.id, interview_id=iv.id, date=TODAY)
        task = store.add_action_item(session, title="最初のやること")
        sheet = store.save_worksheet(
            session, kind="values", fields={"values": "最初の価値観"}, kinds=["values"]
        )
        doc = store.save_document(session, kind="career", text="最初の職務経歴")
        if named:
            store.save_profile(session, name="山田 太郎", email="taro@example.jp")
        return {
            "app": app.id,
            "iv": iv.id,
            "qa": qa.id,
            "rej": rej.id,
            "task": task.id,
            "sheet": sheet.id,
            "doc": doc.id,
        }


@dataclass(frozen=True)
class Case:
    """One edit form: where it is (``page``, ``action`` from the ids), the field a tab edits,
    and how to read the saved value back."""

    name: str
    page: str
    action: str
    field: str
    saved: Callable[[Any, dict[str, int]], str]
    named: bool = True


def _application(session: Any, ids: dict[str, int]) -> str:
    return str(store.get_application(session, ids["app"]).job_title)


def _interview(session: Any, ids: dict[str, int]) -> str:
    return str(store.get_interview(session, ids["iv"]).impression)


def _document(session: Any, ids: dict[str, int]) -> str:
    return str(store.get_document(session, ids["doc"]).text)


def _answer(session: Any, ids: dict[str, int]) -> str:
    return str(session.get(store.QA, ids["qa"]).answer)


def _draft(session: Any, ids: dict[str, int]) -> str:
    return str(store.get_rejection(session, ids["rej"]).feedback_requests[-1].body)


def _profile(session: Any, _ids: dict[str, int]) -> str:
    return str(store.get_profile(session).phone)


def _sheet(session: Any, ids: dict[str, int]) -> str:
    return str(session.get(store.Worksheet, ids["sheet"]).fields["values"])


def _task(session: Any, ids: dict[str, int]) -> str:
    return str(session.get(store.ActionItem, ids["task"]).title)


CASES = [
    Case(
        "application", "/applications/{app}/edit", "/applications/{app}", "job_title", _application
    ),
    Case("interview", "/interviews/{iv}/edit", "/interviews/{iv}", "impression", _interview),
    Case("document", "/documents/{doc}", "/documents/{doc}", "text", _document),
    Case("answer", "/interviews/{iv}", "/qas/{qa}", "answer", _answer),
    Case("draft", "/rejections/{rej}/request", "/rejections/{rej}/request", "body", _draft),
    Case("profile", "/profile", "/profile", "phone", _profile),
    Case("profile, first save", "/profile", "/profile", "phone", _profile, named=False),
    Case("worksheet", "/worksheets/values?id={sheet}", "/worksheets/values", "values", _sheet),
    Case("plan task", "/plan", "/plan/{task}", "title", _task),
]


def _two_tabs(client: Client, case: Case, ids: dict[str, int]) -> tuple[str, dict[str, str]]:
    page, action = case.page.format(**ids), case.action.format(**ids)
    first = browser_fields(page_form(client, page, action))
    second = browser_fields(page_form(client, page, action))
    assert first["version"] == second["version"]
    return action, second


def _saved(client: Client, case: Case, ids: dict[str, int]) -> str:
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        return case.saved(session, ids)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_second_tab_is_refused_and_keeps_its_input(client: Client, case: Case) -> None:
    ids = _rows(client, named=case.named)
    action, second = _two_tabs(client, case, ids)
    first = {**second, case.field: "一つ目のタブで保存した内容"}
    assert client.post(action, data=first).status_code == 200  # saved, the next page

    mine = {**second, case.field: "二つ目のタブで書いた内容"}
    r = client.post(action, data=mine)
    assert r.status_code == 409
    assert STALE in r.text
    assert _saved(client, case, ids) == "一つ目のタブで保存した内容"  # the first save stays
    page = soup(r)
    current = page.find(attrs={"data-testid": "current-values"})
    assert isinstance(current, Tag) and "一つ目のタブで保存した内容" in current.get_text()
    form = page.find("form", attrs={"action": action})
    assert isinstance(form, Tag)
    kept = browser_fields(form)
    assert kept[case.field] == "二つ目のタブで書いた内容"  # shown back, not lost
    assert kept["version"] != second["version"]

    assert client.post(action, data=kept).status_code == 200  # checked, saved again
    assert _saved(client, case, ids) == "二つ目のタブで書いた内容"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_one_tab_saves_twice_in_a_row(client: Client, case: Case) -> None:
    """The version moves with each save: the form reopened after a save saves again."""
    ids = _rows(client, named=case.named)
    page, action = case.page.format(**ids), case.action.format(**ids)
    for text in ("一回目", "二回目"):
        data = {**browser_fields(page_form(client, page, action)), case.field: text}
        assert client.post(action, data=data).status_code == 200
        assert _saved(client, case, ids) == text


def test_a_task_ticked_in_another_tab_makes_its_open_edit_form_stale(client: Client) -> None:
    ids = _rows(client)
    action, stale = _two_tabs(client, CASES[-1], ids)
    done = browser_fields(page_form(client, "/plan", f"/plan/{ids['task']}/done"))
    client.post(f"/plan/{ids['task']}/done", data=done)
    r = client.post(action, data={**stale, "title": "古い画面から"})
    assert r.status_code == 409 and STALE in r.text
    assert _saved(client, CASES[-1], ids) == "最初のやること"
    # Done, the task has no edit form in the list: the refused input is shown on its own.
    form = soup(r).find(attrs={"data-testid": "stale-task"})
    assert isinstance(form, Tag)
    assert browser_fields(form)["title"] == "古い画面から"


def test_the_profile_saved_by_a_draft_makes_the_profile_form_stale(client: Client) -> None:
    """The first name typed on the draft page becomes the profile's: a profile form opened
    before it is stale."""
    ids = _rows(client, named=False)
    stale = browser_fields(page_form(client, "/profile", "/profile"))
    redraft = f"/rejections/{ids['rej']}/request/draft"
    page = browser_fields(page_form(client, f"/rejections/{ids['rej']}/request", redraft))
    drafted = client.post(redraft, data={**page, "name": "山田 花子", "email": "h@example.jp"})
    mail = soup(drafted).find("form", attrs={"id": "mail-form"})
    assert isinstance(mail, Tag)
    assert client.post(f"/rejections/{ids['rej']}/request", data=browser_fields(mail)).is_success
    r = client.post("/profile", data={**stale, "name": "古い画面の名前"})
    assert r.status_code == 409
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        assert store.get_profile(session).name == "山田 花子"


def test_closing_from_a_stale_silence_page_keeps_a_result_recorded_meanwhile(
    client: Client,
) -> None:
    """/silence/<id> opened while the application waited; the rejection then arrived (mail
    import, another tab); 「連絡なしで終了」 pressed on the old page turned the rejected
    application into 連絡なしで終了, dropping the rejection from the funnel. Now nothing
    changes and the page says how it ended."""
    import datetime as dt

    from furikaeri import store

    three_weeks = (dt.date.today() - dt.timedelta(days=21)).isoformat()
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        quiet = store.create_application(s, company="株式会社しずか", applied_on=three_weeks)
        store.add_interview(s, application_id=quiet.id, stage="一次", date=three_weeks)
        app_id = quiet.id
    stale = page_form(client, f"/silence/{app_id}", f"/applications/{app_id}/no-answer")
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_rejection(s, application_id=app_id, stage="一次", date=dt.date.today())
    r = client.post(f"/applications/{app_id}/no-answer", data=browser_fields(stale))
    assert r.status_code == 200
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.get_application(s, app_id).status == "rejected"
    assert "不採用" in soup(r).select_one("[data-testid=already-closed]").get_text()


def test_a_stale_no_reply_button_does_not_undo_a_recorded_reply(client: Client) -> None:
    """「返信なしとして閉じる」 on a page opened before the reply was recorded (another tab) set
    the request to 返信なし with its reply still there: the reply rate lost it."""
    from furikaeri import store

    rid, request_id = rejection_with_sent_request(client)
    stale = page_form(client, f"/rejections/{rid}/request", f"/feedback/{request_id}/status")
    reply = {
        **reply_form(client, rid, request_id),
        "text": "逆質問がなく、意欲が伝わりませんでした。",
    }
    assert client.post(f"/feedback/{request_id}/reply", data=reply).status_code == 200
    fields = browser_fields(stale)
    fields["status"] = "no_reply"  # the button's value
    assert client.post(f"/feedback/{request_id}/status", data=fields).status_code == 200
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert s.get(store.FeedbackRequest, request_id).status == "replied"


def _new_interview(client: Client, app_id: int) -> int:
    url = f"/applications/{app_id}/interviews"
    data = browser_fields(page_form(client, f"{url}/new", url))
    data.update(stage="一次", date="2026-11-02", result="pending")
    r = client.post(url, data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1].split("#")[0])


def test_a_stale_interview_form_does_not_set_a_rejection_back_to_pending(client: Client) -> None:
    """The edit page opened before the rejection was recorded (in another tab): saving it must
    not set the result back to 結果待ち. Refused, the input kept, the current result shown; a
    second save after checking goes through."""
    iv = _new_interview(client, new_application(client))
    stale = browser_fields(page_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))
    other = {**stale, "result": "rejected"}
    assert client.post(f"/interviews/{iv}", data=other).status_code == 200

    mine = {**stale, "impression": "緊張して結論から話せなかった"}
    r = client.post(f"/interviews/{iv}", data=mine)
    assert r.status_code == 409
    assert "別の画面で更新されています" in r.text
    page = soup(r)
    current = page.find(attrs={"data-testid": "current-values"})
    assert isinstance(current, Tag) and "不採用" in current.get_text()
    form = page.find("form", attrs={"action": f"/interviews/{iv}"})
    assert isinstance(form, Tag)
    kept = browser_fields(form)
    assert kept["impression"] == "緊張して結論から話せなかった"
    assert (
        browser_fields(page_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))["result"]
        == "rejected"
    )

    kept["result"] = "rejected"  # the user checked the current values
    assert client.post(f"/interviews/{iv}", data=kept).status_code == 200
    saved = browser_fields(page_form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}"))
    assert (saved["result"], saved["impression"]) == ("rejected", "緊張して結論から話せなかった")


def test_a_stale_application_form_does_not_overwrite_a_newer_status(client: Client) -> None:
    app_id = new_application(client)
    url = f"/applications/{app_id}"
    stale = browser_fields(page_form(client, f"{url}/edit", url))
    assert client.post(url, data={**stale, "status": "offer"}).status_code == 200

    r = client.post(url, data={**stale, "job_title": "法人営業"})
    assert r.status_code == 409
    assert "別の画面で更新されています" in r.text
    form = soup(r).find("form", attrs={"action": url})
    assert isinstance(form, Tag)
    assert browser_fields(form)["job_title"] == "法人営業"
    assert "内定" in soup(r).find(attrs={"data-testid": "current-values"}).get_text()  # type: ignore[union-attr]
    assert browser_fields(page_form(client, f"{url}/edit", url))["status"] == "offer"


# --- the same edit form posted twice (a second click on a slow network, Back and resubmit) ---


def _application_title(session: object, ids: dict[str, int]) -> str:
    return str(store.get_interview(session, ids["iv"]).application.job_title)  # type: ignore[arg-type]


def _impression(session: object, ids: dict[str, int]) -> str:
    return str(store.get_interview(session, ids["iv"]).impression)  # type: ignore[arg-type]


def _app_of(client: Client, ids: dict[str, int]) -> dict[str, int]:
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        return {**ids, "app": store.get_interview(s, ids["iv"]).application_id}


DOUBLE = [
    *CASES,
    Case(
        "application",
        "/applications/{app}/edit",
        "/applications/{app}",
        "job_title",
        _application_title,
    ),
    Case("interview", "/interviews/{iv}/edit", "/interviews/{iv}", "impression", _impression),
]


@pytest.mark.parametrize("case", DOUBLE, ids=[c.name for c in DOUBLE])
def test_the_same_edit_posted_twice_is_saved_once_without_a_conflict(
    client: Client, case: Case
) -> None:
    """A double click on 「保存」 posts the same form twice: the first save raised the row's
    version, so the second was refused (409) with 「このページを開いた後に別の画面で更新されて
    います」, although nothing else had changed it. The same content again is no conflict."""
    ids = _app_of(client, _rows(client, named=case.named))
    page, action = case.page.format(**ids), case.action.format(**ids)
    data = {**browser_fields(page_form(client, page, action)), case.field: "一度だけ保存した内容"}
    assert client.post(action, data=data).status_code == 200
    again = client.post(action, data=data)
    assert again.status_code == 200, again.text[:300]
    assert STALE not in again.text
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert case.saved(s, ids) == "一度だけ保存した内容"
    # a different content from the old form is still a conflict
    other = client.post(action, data={**data, case.field: "古いフォームの別の内容"})
    assert other.status_code == 409 and STALE in other.text
