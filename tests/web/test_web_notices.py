"""Notices filed from mail and /notices/confirm, where the user says which application each
belongs to: the dashboard asks to confirm only the notices filed without the user naming the
application; a choice that cannot be saved (an application deleted in another tab, one already
holding the same notice) comes back as a message by its notice, the other choices kept and
nothing of the batch half-saved."""

from __future__ import annotations

import datetime as dt

from web_helpers import Client, browser_fields, page_form, soup

from furikaeri import store
from furikaeri.web.render import FLASH_COOKIE

NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)


def _record(client: Client, **fields: str) -> None:
    data = {
        "subject": "選考結果のご連絡",
        "body": NOTICE,
        "stage": "一次",
        "date": dt.date.today().isoformat(),
        "form_token": f"t-{len(fields)}-{sorted(fields.items())}",
        **fields,
    }
    response = client.send_form("/rejection", data, follow_redirects=False)
    assert response.status_code == 303, soup(response).select(".field-error")


def _unconfirmed(client: Client) -> str | None:
    found = soup(client.get("/")).select_one("[data-testid=unconfirmed]")
    return found.text if found else None


def test_a_notice_pasted_for_a_chosen_application_is_not_to_confirm(client: Client) -> None:
    with client.app.state.store.session() as session:
        app_id = store.create_application(session, company="株式会社ミナトロジ").id
    _record(client, application_id=str(app_id))
    assert _unconfirmed(client) is None


def test_a_notice_pasted_with_the_company_typed_is_not_to_confirm(client: Client) -> None:
    _record(client, company="株式会社ミナトロジ")
    assert _unconfirmed(client) is None


def test_a_notice_filed_from_mail_is_still_to_confirm(client: Client) -> None:
    with client.app.state.store.session() as session:
        store.record_notice(
            session, label="rejection", company="株式会社ミナトロジ", stage="一次", body=NOTICE
        )
    said = _unconfirmed(client)
    assert said is not None and "メールから取り込んだ通知" in said and "（1件）" in said


def _confirm_form(client: Client) -> dict[str, str]:
    form = soup(client.get("/notices/confirm")).find("form", attrs={"data-testid": "confirm-form"})
    assert form is not None
    data: dict[str, str] = {}
    for select in form.find_all("select"):
        chosen = select.find("option", selected=True)
        data[str(select["name"])] = str(chosen["value"]) if chosen else ""
    return data


def _import_two(client: Client) -> list[int]:
    """Two rejection notices as `furikaeri mail import` records them (to be confirmed)."""
    from furikaeri import store

    ids = []
    with client.app.state.store.session() as s:  # type: ignore[attr-defined]
        for company in ("株式会社ほしぞら", "株式会社みなと"):
            body = f"{company} 人事部です。慎重に検討した結果、今回は採用を見送らせていただきます。"
            done = store.record_notice(
                s, label="rejection", company=company, stage="一次", body=body
            )
            ids.append(done.application.id)
    return ids


def test_an_application_deleted_in_another_tab_is_a_choice_to_redo(client: Client) -> None:
    """The confirm page was open while one of the applications it offers was deleted in
    another tab: the form comes back (422) saying so at that notice, the other choices kept,
    instead of a 404 page that drops them all."""
    first, second = _import_two(client)
    extra = client.send_form(
        "/applications", {"company": "株式会社けす", "job_title": "営業", "status": "active"}
    )
    gone = int(str(extra.url).rsplit("/", 1)[1].split("?")[0])
    data = _confirm_form(client)
    keys = sorted(data)
    data[keys[0]], data[keys[1]] = str(gone), str(first)
    client.send_form(f"/applications/{gone}/delete")
    r = client.send_form("/notices/confirm", data)
    assert r.status_code == 422
    page = soup(r)
    error = page.select_one(f"#n-{keys[0].split('.')[1]}-error")
    assert error is not None and "削除されたようです" in error.text
    kept = page.find("select", attrs={"name": keys[1]}).find("option", selected=True)
    assert kept is not None and kept["value"] == str(first)
    again = page.find("select", attrs={"name": keys[0]}).find("option", selected=True)
    assert again is None  # 「選ぶ」 shows, not some other application
    assert second  # untouched


def test_a_notice_deleted_with_its_application_is_left_out(client: Client) -> None:
    first, _second = _import_two(client)
    data = _confirm_form(client)
    client.send_form(f"/applications/{first}/delete")
    r = client.send_form("/notices/confirm", data, follow_redirects=False)
    assert r.status_code == 303 and r.cookies.get(FLASH_COOKIE) == "notices_saved.0"


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
    form = browser_fields(page_form(client, "/notices/confirm", "/notices/confirm"))
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
