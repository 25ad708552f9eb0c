"""QA session 9: unusual routes through the web forms."""

from __future__ import annotations

from typing import Any

from bs4 import Tag
from web_helpers import Client, soup


def _browser_fields(form: Tag) -> dict[str, str]:
    """What a browser posts for ``form`` left as it is: inputs' values, each select's selected
    option (its first when none is), textareas' text."""
    data: dict[str, str] = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.get("type") in ("checkbox", "radio") and not field.has_attr("checked"):
            continue
        if field.name == "select":
            options = field.find_all("option")
            chosen = next((o for o in options if o.has_attr("selected")), options[0])
            data[str(name)] = str(chosen.get("value", ""))
        elif field.name == "textarea":
            data[str(name)] = field.get_text()
        else:
            data[str(name)] = str(field.get("value", ""))
    return data


def _form(client: Client, url: str, action: str) -> Tag:
    form = soup(client.get(url)).find("form", attrs={"action": action})
    assert isinstance(form, Tag)
    return form


def _new_application(client: Client, **fields: Any) -> int:
    data = _browser_fields(_form(client, "/applications/new", "/applications"))
    data.update(company="株式会社かぜ", job_title="営業", **fields)
    r = client.post("/applications", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    return int(r.headers["location"].rsplit("/", 1)[1].split("?")[0])


def test_a_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    """「四次」 is a stage a mail import records (data/vocabulary.toml) but the form does not
    offer: editing the application (to mark an offer, say) must not silently clear it."""
    app_id = _new_application(client, stage="四次")
    form = _form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    select = form.find("select", attrs={"name": "stage"})
    assert isinstance(select, Tag)
    chosen = [o.get("value") for o in select.find_all("option") if o.has_attr("selected")]
    assert chosen == ["四次"]
    values = [o.get("value") for o in select.find_all("option")]
    assert values.index("三次") < values.index("四次") < values.index("最終")

    data = {**_browser_fields(form), "status": "offer"}
    assert client.post(f"/applications/{app_id}", data=data).status_code == 200
    edit = _form(client, f"/applications/{app_id}/edit", f"/applications/{app_id}")
    assert _browser_fields(edit)["stage"] == "四次"
    assert _browser_fields(edit)["status"] == "offer"


def test_an_interview_stage_the_form_does_not_offer_survives_an_edit(client: Client) -> None:
    app_id = _new_application(client)
    url = f"/applications/{app_id}/interviews"
    data = _browser_fields(_form(client, f"{url}/new", url))
    data.update(stage="グループ", date="2026-11-02", result="passed")
    r = client.post(url, data=data, follow_redirects=False)
    assert r.status_code == 303, r.text
    iv = int(r.headers["location"].rsplit("/", 1)[1].split("#")[0])

    form = _form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert _browser_fields(form)["stage"] == "グループ"
    assert client.post(f"/interviews/{iv}", data=_browser_fields(form)).status_code == 200
    again = _form(client, f"/interviews/{iv}/edit", f"/interviews/{iv}")
    assert _browser_fields(again)["stage"] == "グループ"


def _rejection_with_request(client: Client) -> tuple[int, int]:
    """A rejection recorded through the form, and a feedback request sent for it today:
    (rejection id, request id)."""
    import datetime as dt

    from furikaeri import store

    app_id = _new_application(client)
    data = _browser_fields(_form(client, "/rejection", "/rejection"))
    data.update(application_id=str(app_id), stage="一次", body="今回はご縁がなかったものと")
    rid = int(client.post("/rejection", data=data).url.path.split("/")[2])
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        fr = store.save_feedback_request(
            s, rejection_id=rid, subject="件名", body="本文", sent_on=dt.date.today()
        )
        return rid, fr.id


def _reply_form(client: Client, rejection_id: int, request_id: int) -> dict[str, str]:
    form = _form(client, f"/rejections/{rejection_id}/request", f"/feedback/{request_id}/reply")
    return _browser_fields(form)


def test_the_same_reply_pasted_again_from_a_new_page_is_recorded_once(client: Client) -> None:
    """The company's reply pasted a second time (the page reopened, another tab: a new one-time
    token) is the same reply: the diagnosis must not quote it twice."""
    from furikaeri import store

    rid, request_id = _rejection_with_request(client)
    url = f"/feedback/{request_id}/reply"
    text = "面接では、当社でなければならない理由が伝わってきませんでした。"
    first = {**_reply_form(client, rid, request_id), "text": text}
    assert client.post(url, data=first, follow_redirects=False).status_code == 303
    # pasted again, with other line breaks, from a freshly opened page
    second = {**_reply_form(client, rid, request_id), "text": f"\n{text}\r\n"}
    again = client.post(url, data=second, follow_redirects=False)
    assert again.status_code == 303
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert len(s.get(store.FeedbackRequest, request_id).replies) == 1
    page = soup(client.get(again.headers["location"])).get_text()
    assert "この返信はすでに記録しています" in page
    assert page.count("当社でなければならない理由が伝わってきませんでした") == 1


def test_a_worksheet_over_the_limit_says_the_limit_with_grouped_digits(client: Client) -> None:
    """50,000 bytes pasted into a worksheet: refused with the number written as every other
    limit message writes it (「20,000」), the text kept in the form."""
    data = _browser_fields(_form(client, "/worksheets/values", "/worksheets/values"))
    text = "😀ﾃｽﾄ\x07" * 4001  # 20,005 characters, 56,014 bytes
    data["values"] = text
    r = client.post("/worksheets/values", data=data)
    assert r.status_code == 422
    page = soup(r)
    assert "20,000文字以内で入力してください（いまは20,005文字）" in page.get_text()
    kept = page.find("textarea", attrs={"name": "values"})
    assert kept is not None and len(kept.get_text()) >= 20_000


def test_an_unknown_question_kind_is_named_in_japanese(client: Client) -> None:
    app_id = _new_application(client)
    url = f"/applications/{app_id}/interviews"
    data = _browser_fields(_form(client, f"{url}/new", url))
    data.update(stage="一次", date="2026-11-02")
    iv = client.post(url, data=data, follow_redirects=False).headers["location"].split("/")[2]
    form = _browser_fields(_form(client, f"/interviews/{iv}", f"/interviews/{iv}/qas"))
    form.update(question="自己PRをお願いします。", answer="粘り強さです。", kind="self-pr")
    r = client.post(f"/interviews/{iv}/qas", data=form)
    assert r.status_code == 422
    text = soup(r).get_text()
    assert "質問の種類は次のいずれかを選んでください: 自己紹介、志望動機、自己PR・強み" in text
    assert "self_intro" not in text
    assert "粘り強さです。" in text  # the answer is kept


def test_moving_a_notice_onto_an_application_holding_the_same_text_is_a_message(
    client: Client,
) -> None:
    """The same mail recorded under two applications (the signature misread the company once,
    the user pasted it again under the right name): choosing the other application on
    /notices/confirm was a 500 (UNIQUE application_id, content_key). Now a message by the
    notice, and nothing of the batch saved."""
    import datetime as dt

    from furikaeri import store

    body = "慎重に選考いたしました結果、誠に残念ながら今回はご希望に沿いかねる結果となりました。"
    day = dt.date.today() - dt.timedelta(days=1)
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        misread = store.record_notice(
            s, label="rejection", company="株式会社か", stage="四次", date=day, body=body
        )
        right = store.record_notice(
            s, label="rejection", company="株式会社かぜ", stage="四次", date=day, body=body
        )
        other = store.record_notice(
            s, label="rejection", company="株式会社みぎ", stage="一次", date=day, body="別の本文"
        )
        notice_id, right_app = misread.notice.id, right.application.id
        other_id, misread_app = other.notice.id, misread.application.id
    form = _browser_fields(_form(client, "/notices/confirm", "/notices/confirm"))
    form.update({f"notice.{notice_id}": str(right_app), f"notice.{other_id}": str(misread_app)})
    r = client.post("/notices/confirm", data=form)
    assert r.status_code == 422
    row = soup(r).select_one(f"tr[data-notice='{notice_id}']")
    assert row is not None
    assert "同じ内容の通知がすでに記録されています" in row.get_text()
    assert "株式会社かぜ" in row.get_text()
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        notices = {n.id: n for n in store.list_notices(s)}
        assert notices[notice_id].application_id == misread_app
        assert notices[other_id].application_id != misread_app  # the batch is not half-saved
        assert not any(n.confirmed for n in notices.values())


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
    stale = _form(client, f"/silence/{app_id}", f"/applications/{app_id}/no-answer")
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        store.record_rejection(s, application_id=app_id, stage="一次", date=dt.date.today())
    r = client.post(f"/applications/{app_id}/no-answer", data=_browser_fields(stale))
    assert r.status_code == 200
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert store.get_application(s, app_id).status == "rejected"
    assert "不採用" in soup(r).select_one("[data-testid=already-closed]").get_text()


def test_a_stale_no_reply_button_does_not_undo_a_recorded_reply(client: Client) -> None:
    """「返信なしとして閉じる」 on a page opened before the reply was recorded (another tab) set
    the request to 返信なし with its reply still there: the reply rate lost it."""
    from furikaeri import store

    rid, request_id = _rejection_with_request(client)
    stale = _form(client, f"/rejections/{rid}/request", f"/feedback/{request_id}/status")
    reply = {
        **_reply_form(client, rid, request_id),
        "text": "逆質問がなく、意欲が伝わりませんでした。",
    }
    assert client.post(f"/feedback/{request_id}/reply", data=reply).status_code == 200
    fields = _browser_fields(stale)
    fields["status"] = "no_reply"  # the button's value
    assert client.post(f"/feedback/{request_id}/status", data=fields).status_code == 200
    with client.app.state.store.session(readonly=True) as s:  # type: ignore[attr-defined]
        assert s.get(store.FeedbackRequest, request_id).status == "replied"


def test_an_over_long_posting_on_skills_groups_its_digits(client: Client) -> None:
    form = _browser_fields(_form(client, "/skills", "/skills/check"))
    form["posting"] = "必須：法人営業の経験3年以上😀ｶﾀｶﾅ。" * 3000  # 60,000 characters
    r = client.post("/skills/check", data=form)
    assert r.status_code == 422
    assert "求人票が長すぎます（60,000字）" in soup(r).get_text()
    assert "15,000字以内" in soup(r).get_text()
