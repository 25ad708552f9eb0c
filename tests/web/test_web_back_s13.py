"""The create forms after the browser's Back: the same content posted again (the page reloaded,
so with a new one-time token) adds no second row; an older self-check form does not overwrite
answers changed since (store.access.check_seen, shown with web.deps.kept_input)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from web_helpers import Client, soup

from furikaeri import store
from furikaeri.store.models import (
    QA,
    ActionItem,
    Document,
    Interview,
    Rejection,
    SelfCheckAnswer,
    Worksheet,
)


def _fields(client: Client, url: str, action: str) -> dict[str, str]:
    """The hidden and filled fields of the page's form posting to ``action``, as rendered."""
    form = soup(client.get(url)).find("form", attrs={"action": action})
    assert form is not None, action
    fields = {i["name"]: str(i.get("value", "")) for i in form.find_all("input") if i.get("name")}
    checked = {i["name"]: i["value"] for i in form.find_all("input", checked=True)}
    return {**fields, **checked}


def _count(client: Client, model: Any) -> int:
    with client.app.state.store.session(readonly=True) as session:  # type: ignore[attr-defined]
        return int(session.scalar(select(func.count(model.id))) or 0)


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
    assert _count(client, Interview) == 1
    assert "すでに保存しています" in soup(page).get_text()
    other = _fields(
        client, f"/applications/{app_id}/interviews/new", f"/applications/{app_id}/interviews"
    )
    client.send_form(f"/applications/{app_id}/interviews", {**other, **typed, "stage": "二次"})
    assert _count(client, Interview) == 2  # different content: a second interview


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
    assert _count(client, QA) == 1
    assert "すでに保存しています" in soup(page).get_text()
    form = _fields(client, f"/interviews/{iv_id}", f"/interviews/{iv_id}/qas")
    client.send_form(f"/interviews/{iv_id}/qas", {**form, **typed, "answer": "粘り強さです。"})
    assert _count(client, QA) == 2


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
    assert _count(client, model) == 1
    assert "すでに保存しています" in soup(done).get_text()
    form = _fields(client, page, action)
    client.send_form(action, {**form, **typed, **other})
    assert _count(client, model) == 2  # different content: a second row
