"""The smaller holes of issue 7: demo removal in one step, confirmation after saves and
deletes, the self-check wording, no career center for 転職 applicants, no new draft once a
reply has arrived, and 「どの選考で」 from the application's stage."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from web_helpers import Client, soup

from furikaeri import store
from furikaeri.cli import app as cli
from furikaeri.demo import NotOnlyDemo, load_demo, remove_demo
from furikaeri.diagnosis import CareerInput, diagnose


def _flash(response: Any) -> str:
    found = soup(response).select_one("[data-testid=flash]")
    return found.text if found else ""


# --- the demo ------------------------------------------------------------------------------


def test_the_demo_is_removed_in_one_step_from_the_cli(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'd.sqlite3'}"
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["demo", "--remove", "--db", db])
    assert result.exit_code == 0, result.output
    with store.open_store(db).session(readonly=True) as session:
        assert store.is_empty(session)
    assert runner.invoke(cli, ["demo", "--db", db]).exit_code == 0  # and can be loaded again


def test_removing_the_demo_refuses_when_the_user_added_or_edited_data(tmp_path: Path) -> None:
    db = store.open_store(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    with db.session() as session:
        load_demo(session, today=dt.date(2026, 1, 5))  # loaded on another day: still the demo
    with db.session() as session:
        store.create_application(session, company="株式会社わたしの応募")
    result = CliRunner().invoke(cli, ["demo", "--remove", "--db", str(db.engine.url)])
    assert result.exit_code == 1 and "何も削除しませんでした" in result.stderr
    with db.session(readonly=True) as session:
        assert len(store.list_applications(session)) == 6
    with db.session() as session:
        mine = store.find_application(session, "株式会社わたしの応募")
        assert mine is not None
        store.delete_application(session, mine.id)
    with db.session() as session:
        qa = session.query(store.QA).first()
        assert qa is not None
        store.update_qa(session, qa.id, answer=qa.answer + "（自分で書き足した）")
    with db.session() as session, pytest.raises(NotOnlyDemo, match="何も削除しませんでした"):
        remove_demo(session)  # an edited demo row is the user's now
    with db.session() as session:
        qa = session.query(store.QA).first()
        assert qa is not None and qa.answer.endswith("（自分で書き足した）")


def test_the_demo_is_removed_from_the_dashboard(client: Client) -> None:
    response = client.send_form("/demo")
    assert "デモデータを入れました" in _flash(response)
    button = soup(response).select_one("[data-testid=demo-remove]")
    assert button is not None
    response = client.send_form("/demo/remove")
    assert response.status_code == 200
    assert _flash(response) == "デモデータを削除しました。"
    assert soup(response).select_one("[data-testid=demo-button]")  # empty again: offered again
    assert not soup(response).select_one("[data-testid=demo-remove]")


def test_the_dashboard_refuses_to_remove_a_demo_with_own_data(client: Client) -> None:
    client.send_form("/demo")
    client.send_form("/applications", {"company": "株式会社じぶん", "channel": "direct",
                                       "status": "active"})  # fmt: skip
    response = client.send_form("/demo/remove")
    assert response.status_code == 409
    assert "何も削除しませんでした" in response.text
    assert "株式会社じぶん" in client.get("/applications").text


# --- confirmation after a redirect ---------------------------------------------------------


def test_saves_and_deletes_confirm_what_happened(client: Client, settings: Any) -> None:
    data = {"company": "株式会社サンプル", "channel": "direct", "status": "active"}
    created = client.send_form("/applications", data)
    assert _flash(created) == "追加しました。"
    url = str(created.url.path)
    assert _flash(client.send_form(url, {**data, "job_title": "営業"})) == "保存しました。"
    interview = client.send_form(url + "/interviews", {"stage": "一次", "format": "online",
                                                       "result": "pending"})  # fmt: skip
    assert _flash(interview) == "追加しました。"
    qa = client.send_form(interview.url.path + "/qas", {"question": "自己PR", "answer": "はい。"})
    assert _flash(qa) == "追加しました。"
    assert _flash(client.send_form("/qas/1/delete")) == "削除しました。"
    assert _flash(client.send_form(interview.url.path + "/delete")) == "削除しました。"
    assert _flash(client.send_form(url + "/delete")) == "削除しました。"
    # The page shown again later (a bookmark, reload) writes nothing and says only fixed text.
    path = Path(settings.database_url.removeprefix("sqlite:///"))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert _flash(client.get("/")) == ""  # shown once, then cleared
    client.cookies.set("furikaeri_flash", "<script>x</script>")
    assert _flash(client.get("/")) == ""  # only the fixed sentences exist
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# --- wording and routes --------------------------------------------------------------------


def test_the_self_check_does_not_speak_of_blanks_when_unknown_is_preselected(
    client: Client,
) -> None:
    client.send_form("/demo")
    page = soup(client.get("/rejections/1/selfcheck"))
    assert "空欄" not in page.text
    assert "「分からない」のままで構いません" in page.text
    checked = page.select("input[type=radio][value='']:checked")
    assert checked  # 分からない is what is preselected


def test_no_career_center_for_a_mid_career_applicant() -> None:
    answers = {"communication.conclusion": "no", "communication.voice": "no"}
    career = [CareerInput("株式会社まえ", dt.date(2020, 4, 1), dt.date(2025, 3, 31))]
    mid = diagnose(self_check=answers, career=career)
    details = " ".join(s.detail for s in mid.next_steps)
    assert "模擬面接" in details and "キャリアセンター" not in details
    assert "キャリアセンター" not in " ".join(
        s.detail for s in diagnose(self_check=answers, mid_career=True).next_steps
    )
    student = diagnose(self_check=answers, mid_career=False)
    assert "キャリアセンター" in " ".join(s.detail for s in student.next_steps)


def test_the_next_step_page_of_the_demo_has_no_career_center(client: Client) -> None:
    client.send_form("/demo")  # the demo is a 転職 with a career history
    for rid in (1, 2, 3, 4):
        response = client.get(f"/rejections/{rid}/next")
        assert response.status_code == 200
        assert "キャリアセンター" not in response.text


def test_after_a_reply_the_request_page_offers_no_new_draft(client: Client) -> None:
    client.send_form("/demo")  # あおば食品 (rejection 1) has a reply
    page = soup(client.get("/rejections/1/request", params={"name": "見本 太郎"}))
    assert page.select_one("[data-testid=replied]")
    assert not page.select_one("#mail-form") and not page.select_one("#draft-options")
    other = soup(client.get("/rejections/2/request", params={"name": "見本 太郎"}))
    assert other.select_one("#draft-options") and not other.select_one("[data-testid=replied]")


def test_which_stage_defaults_to_the_applications_current_stage(client: Client) -> None:
    data = {"company": "株式会社ステージ", "channel": "direct", "status": "active", "stage": "二次"}
    created = client.send_form("/applications", data, follow_redirects=False)
    app_id = created.headers["location"].split("/")[-1].split("?")[0]
    page = soup(client.get("/rejection", params={"application_id": app_id}))
    selected = page.select_one("#f-stage option[selected]")
    assert selected is not None and selected["value"] == "二次"
    option = page.select_one(f"#f-application_id option[value='{app_id}']")
    assert option is not None and option["data-stage"] == "二次"
    # Chosen without a stage (no script): the application's stage is used.
    response = client.send_form(
        "/rejection", {"application_id": app_id, "date": dt.date.today().isoformat()},
        follow_redirects=False,
    )  # fmt: skip
    assert response.status_code == 303
    assert "二次" in client.get(response.headers["location"]).text
