"""The routes of the flow in a real browser (Debian Chromium through Playwright): Back and
resubmit, a triple click on a slow connection, and the agent and 書類 flows end to end.
Screenshots go to test-artifacts/."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from browser_support import _shot

pytestmark = pytest.mark.browser

SIGNED = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ\n人事部 採用担当 中村"
)
AGENT = (
    "山田 花子 様\n\nいつもお世話になっております。キャリアリンクの佐藤です。\n"
    "株式会社ミナトロジ様の一次面接の結果について、企業様からご連絡がありましたので、"
    "以下に転送いたします。\n\n"
    "> 山田 花子 様\n> 慎重に選考を重ねました結果、今回はご期待に沿いかねる結果となりました。\n"
    "> 株式会社ミナトロジ 人事部\n\n"
    "株式会社キャリアリンク\nキャリアアドバイザー 佐藤 健\n"
)
DOCUMENTS = (
    "山田 花子 様\n\nこのたびは弊社の求人にご応募いただき、ありがとうございました。\n"
    "書類選考の結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ほしぞら 人事部"
)


def _counts(tmp_path: Path) -> tuple[int, int]:
    with sqlite3.connect(tmp_path / "browser.sqlite3") as db:
        apps = db.execute("select count(*) from applications").fetchone()[0]
        rejections = db.execute("select count(*) from rejections").fetchone()[0]
    return int(apps), int(rejections)


def _fill_notice(tab: Any, body: str, *, stage: str = "一次") -> None:
    tab.select_option("#f-stage", stage)
    tab.fill("#f-subject", "選考結果のご連絡")
    tab.fill("#f-body", body)


def test_back_and_resubmit_records_once(server: str, page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/rejection")
    _fill_notice(page, SIGNED)
    page.get_by_role("button", name="記録して次へ").click()
    expect(page.get_by_test_id("word")).to_be_visible()
    first = page.url
    page.go_back()
    expect(page.locator("#rejection-form")).to_be_visible()
    if not page.input_value("#f-body"):  # the page came back without its fields: type again
        _fill_notice(page, SIGNED)
    page.get_by_role("button", name="記録して次へ").click()
    expect(page.get_by_test_id("already-recorded")).to_be_visible()
    assert page.url.split("?")[0] == first
    _shot(page, "20-back-and-resubmit")
    assert _counts(tmp_path) == (1, 1)


def test_a_triple_click_on_a_slow_connection_posts_once(
    server: str,
    page: Any,
    tmp_path: Path,
) -> None:
    from playwright.sync_api import expect

    held: list[Any] = []

    def hold(route: Any) -> None:  # the slow connection: the POST waits until released
        if route.request.method == "POST":
            held.append(route)
        else:
            route.continue_()

    page.route("**/rejection", hold)
    page.goto(server + "/rejection")
    _fill_notice(page, SIGNED)
    button = page.get_by_role("button", name="記録して次へ")
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box is not None
    for _ in range(3):
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(150)
    # Without the guard, each click would abandon the pending post and send a new one.
    assert len(held) == 1
    posted = held[0].request.post_data_buffer
    held[0].continue_()
    expect(page.get_by_test_id("word")).to_be_visible()
    assert _counts(tmp_path) == (1, 1)
    # The server refuses the same form too (a click that got through without the script).
    headers = {"content-type": held[0].request.headers["content-type"]}
    again = page.request.post(server + "/rejection", data=posted, headers=headers)
    assert again.ok and "この通知はすでに記録済みです" in again.text()
    assert _counts(tmp_path) == (1, 1)


def test_the_agent_flow_end_to_end(server: str, page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/rejection")
    page.fill("#f-subject", "Fw: 一次面接の結果について")
    page.fill("#f-body", AGENT)
    page.get_by_role("button", name="記録して次へ").click()
    expect(page.locator("h1")).to_contain_text("株式会社ミナトロジ")
    page.get_by_role("link", name="次へ：フィードバック依頼の下書き").click()
    page.fill("#f-name", "山田 花子")
    page.get_by_role("button", name="下書きを作る").click()
    expect(page.locator("#f-variant")).to_have_value("agent")
    expect(page.get_by_test_id("agent-route")).to_contain_text("佐藤様")
    body = page.locator("#mail-body").input_value()
    # The agent company in the advisor's signature was kept on the application.
    assert body.startswith("株式会社キャリアリンク\n佐藤様") and "貴社" not in body
    assert "共有していただけないでしょうか" in body
    expect(page.locator("#mail-form")).not_to_contain_text("10社に1社")
    _shot(page, "22-agent-draft")
    page.get_by_role("button", name="送ったので記録して次へ").click()
    expect(page.locator("h1")).to_have_text("面接をふり返る")
    page.get_by_role("button", name="保存して診断を見る").click()
    expect(page.get_by_test_id("diagnosis")).to_be_visible()
    with sqlite3.connect(tmp_path / "browser.sqlite3") as db:
        channel, advisor = db.execute("select channel, agent_name from applications").fetchone()
        variant = db.execute("select variant from feedback_requests").fetchone()[0]
    assert (channel, advisor, variant) == ("agent", "佐藤", "agent")


def test_the_documents_flow_end_to_end(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/rejection")
    _fill_notice(page, DOCUMENTS, stage="書類")
    page.get_by_role("button", name="記録して次へ").click()
    expect(page.get_by_test_id("word")).to_contain_text("書類選考")
    expect(page.get_by_test_id("word")).not_to_contain_text("面接")
    page.get_by_role("link", name="次へ：フィードバック依頼の下書き").click()
    page.fill("#f-name", "山田 花子")
    page.get_by_role("button", name="下書きを作る").click()
    mail = page.locator("#mail-subject").input_value() + page.locator("#mail-body").input_value()
    assert "面接" not in mail and "応募書類" in mail
    expect(page.get_by_test_id("mail-issues")).to_have_count(0)
    _shot(page, "23-documents-draft")
    page.get_by_role("button", name="送ったので記録して次へ").click()
    expect(page.locator("h1")).to_have_text("応募書類をふり返る")
    page.check("input[name='q.skills.requirements'][value='no']")
    page.check("input[name='q.self_pr.numbers'][value='no']")
    _shot(page, "24-documents-selfcheck")
    page.get_by_role("button", name="保存して診断を見る").click()
    diagnosis = page.get_by_test_id("diagnosis")
    expect(diagnosis).to_be_visible()
    expect(page.locator("h1")).to_contain_text("書類選考")
    expect(diagnosis.locator(".cause[data-cause='skills']")).to_be_visible()
    expect(diagnosis.locator(".cause[data-cause='communication']")).to_have_count(0)
    _shot(page, "25-documents-diagnosis")
    page.get_by_role("link", name="次へ：次の一歩").click()
    expect(page.locator(".next-steps li .title").first).to_have_text(
        "履歴書・職務経歴書・ESを見直す"
    )


def test_the_rejection_select_is_searched_live_and_its_stage_follows(
    server: str, page: Any, tmp_path: Path
) -> None:
    """/rejection offers the 50 recent applications; typing in the search beside the select
    swaps its options (HTMX), and choosing one still sets 「どの選考で」 from its stage."""
    from playwright.sync_api import expect

    from furikaeri.store import open_store
    from furikaeri.synthetic import seed

    store = open_store(f"sqlite:///{tmp_path / 'browser.sqlite3'}")
    with store.session() as session:
        seed(session, applications=60)
    with store.session(readonly=True) as session:
        from furikaeri.store.models import Application

        wanted = session.query(Application).filter_by(company="株式会社サンプル0007").one()
        app_id, stage = str(wanted.id), wanted.stage
    store.close()
    page.goto(server + "/rejection")
    options = page.locator("#f-application_id option")
    expect(options).to_have_count(51)
    assert page.locator(f"#f-application_id option[value='{app_id}']").count() == 0  # older
    page.fill("#f-application_id-q", "サンプル0007")
    expect(options).to_have_count(2)
    page.select_option("#f-application_id", app_id)
    assert stage  # the seed gives it one (最終)
    expect(page.locator("#f-stage")).to_have_value(stage)
    _shot(page, "rejection-live-search")
