"""Every edit form refuses a stale save, as the application and interview forms did (s9-qa2):
an application, an interview, an answer, a document (書類), a feedback request draft, the profile, a worksheet, a
plan task (all through one helper, furikaeri.web.deps.kept_input). Two tabs open the same form;
the first saves; the second save is refused (409) with the message, the first save stays, the
second tab's input is shown back in the form (nothing lost) beside what is saved now, and the
kept form saved again (after checking) goes through."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from bs4 import Tag
from test_web_qa_s9 import _browser_fields, _form
from web_helpers import Client, soup

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
    first = _browser_fields(_form(client, page, action))
    second = _browser_fields(_form(client, page, action))
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
    kept = _browser_fields(form)
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
        data = {**_browser_fields(_form(client, page, action)), case.field: text}
        assert client.post(action, data=data).status_code == 200
        assert _saved(client, case, ids) == text


def test_a_task_ticked_in_another_tab_makes_its_open_edit_form_stale(client: Client) -> None:
    ids = _rows(client)
    action, stale = _two_tabs(client, CASES[-1], ids)
    done = _browser_fields(_form(client, "/plan", f"/plan/{ids['task']}/done"))
    client.post(f"/plan/{ids['task']}/done", data=done)
    r = client.post(action, data={**stale, "title": "古い画面から"})
    assert r.status_code == 409 and STALE in r.text
    assert _saved(client, CASES[-1], ids) == "最初のやること"
    # Done, the task has no edit form in the list: the refused input is shown on its own.
    form = soup(r).find(attrs={"data-testid": "stale-task"})
    assert isinstance(form, Tag)
    assert _browser_fields(form)["title"] == "古い画面から"


def test_the_profile_saved_by_a_draft_makes_the_profile_form_stale(client: Client) -> None:
    """The first name typed on the draft page becomes the profile's: a profile form opened
    before it is stale."""
    ids = _rows(client, named=False)
    stale = _browser_fields(_form(client, "/profile", "/profile"))
    redraft = f"/rejections/{ids['rej']}/request/draft"
    page = _browser_fields(_form(client, f"/rejections/{ids['rej']}/request", redraft))
    drafted = client.post(redraft, data={**page, "name": "山田 花子", "email": "h@example.jp"})
    mail = soup(drafted).find("form", attrs={"id": "mail-form"})
    assert isinstance(mail, Tag)
    assert client.post(f"/rejections/{ids['rej']}/request", data=_browser_fields(mail)).is_success
    r = client.post("/profile", data={**stale, "name": "古い画面の名前"})
    assert r.status_code == 409
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        assert store.get_profile(session).name == "山田 花子"
