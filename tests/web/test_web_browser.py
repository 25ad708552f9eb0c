"""Real browser flows: `furikaeri serve` on a free port with a fresh SQLite database, driven
by Playwright's Python package with Debian's Chromium (no browser download). Screenshots are
kept in test-artifacts/ as artifacts."""

from __future__ import annotations

import re
from typing import Any

import pytest
from browser_support import _shot

PHONE = {"width": 390, "height": 844}
NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)

pytestmark = pytest.mark.browser


def test_the_rejection_flow_from_an_empty_database_to_a_diagnosis(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/")
    expect(page.get_by_test_id("empty-dashboard")).to_be_visible()
    _shot(page, "01-empty-dashboard")

    page.get_by_role("link", name="面接に落ちた").first.click()
    page.select_option("#f-stage", "一次")
    page.fill("#f-subject", "選考結果のご連絡")
    page.fill("#f-body", NOTICE)
    _shot(page, "02-record-notice")
    page.get_by_role("button", name="記録して次へ").click()

    expect(page.get_by_test_id("word")).to_contain_text("あなたという人への評価ではありません")
    _shot(page, "03-word")
    flow_url = page.url
    page.get_by_role("link", name="次へ：フィードバック依頼の下書き").click()

    page.fill("#f-name", "山田 花子")
    page.fill("#f-email", "hanako@example.com")
    page.get_by_role("button", name="下書きを作る").click()
    expect(page.get_by_test_id("timing")).to_contain_text("今日")
    expect(page.locator("#mail-body")).to_contain_text("山田 花子")
    # The live check reads the edited mail: a blunt question is flagged, as typed.
    page.locator("#mail-body").press("Control+End")
    page.locator("#mail-body").type("\nなぜ落ちたのか教えてください。")
    expect(page.get_by_test_id("mail-issues")).to_contain_text("なぜ落ち")
    mailto = page.locator("#mailto-link").get_attribute("href")
    assert mailto and mailto.startswith("mailto:") and "%E3%81%AA%E3%81%9C" in mailto
    _shot(page, "04-feedback-draft")
    page.set_viewport_size(PHONE)
    _shot(page, "04b-feedback-draft-phone", full=False)
    page.set_viewport_size({"width": 1280, "height": 720})
    body = page.locator("#mail-body").input_value().replace("\nなぜ落ちたのか教えてください。", "")
    page.fill("#mail-body", body)
    expect(page.get_by_test_id("mail-issues")).to_have_count(0)
    page.get_by_role("button", name="送ったので記録して次へ").click()

    expect(page.locator("h1")).to_have_text("面接をふり返る")
    page.get_by_role("link", name="質問と回答を記録する").click()
    card = page.locator("#qa-new")
    card.locator("input[name=question]").fill("自己PRをお願いします。")
    card.locator("textarea[name=answer]").fill("私の強みはコミュニケーション能力です。")
    # Debounced live analysis through HTMX (the CSRF header comes from app.js).
    expect(card.locator("li.finding[data-code='self_pr.abstract']")).to_be_visible()
    expect(card.locator("mark.ev").first).to_be_visible()
    _shot(page, "05-live-analysis")
    card.get_by_role("button", name="追加する").click()
    expect(page.locator("#qa-1 textarea")).to_have_value("私の強みはコミュニケーション能力です。")

    page.get_by_role("link", name="「面接に落ちた」の振り返りに戻る").click()
    assert page.url == flow_url + "/selfcheck"
    page.check("input[name='q.motivation.research'][value='no']")
    page.check("input[name='q.self_pr.numbers'][value='no']")
    _shot(page, "06-selfcheck")
    page.get_by_role("button", name="保存して診断を見る").click()

    diagnosis = page.get_by_test_id("diagnosis")
    expect(diagnosis).to_be_visible()
    expect(diagnosis.locator(".cause[data-cause='self_pr']")).to_be_visible()
    expect(diagnosis.locator(".cause[data-cause='relative']")).to_be_visible()
    _shot(page, "07-diagnosis")
    page.set_viewport_size(PHONE)
    _shot(page, "08-diagnosis-phone", full=False)
    page.get_by_role("link", name="次へ：次の一歩").click()
    expect(page.locator(".next-steps li").first).to_be_visible()
    _shot(page, "09-next-steps-phone", full=False)


def test_the_demo_dashboard(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.get_by_test_id("demo-button").click()
    board = page.get_by_test_id("stage-board")
    expect(board).to_be_visible()
    assert board.locator(".stage-col").count() >= 2
    expect(page.get_by_test_id("reply-rate")).to_contain_text("10社に1社")
    _shot(page, "10-demo-dashboard")
    page.set_viewport_size(PHONE)
    _shot(page, "11-demo-dashboard-phone", full=False)
    # No horizontal scrolling on a phone.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], width
    page.get_by_role("link", name=re.compile("応募")).first.click()
    expect(page.get_by_test_id("application-list")).to_be_visible()
    _shot(page, "12-applications-phone", full=False)
    page.get_by_role("link", name="回答チェック").first.click()
    page.fill("#question", "前職を辞めた理由を教えてください。")
    page.fill("#answer", "上司とそりが合わず、給料も低かったので辞めました。")
    expect(page.locator("li.finding").first).to_be_visible()
    expect(page.locator("mark.ev").first).to_be_visible()
    _shot(page, "13-answer-check-phone")


PRACTICE_FOLLOWUP = re.compile(r"^followup\.")
PRACTICE_ABSTRACT_PR = "私の強みはコミュニケーション能力です。誰とでもすぐに打ち解けられます。"
PRACTICE_EPISODE_PR = (
    "私の強みは調整力です。前職で営業と開発の意見が対立した際、双方に聞き取りを行い、"
    "週1回の定例会を提案しました。その結果、納期遅れが月5件から1件に減りました。"
)


def test_a_typed_practice_session(server: str, page: Any) -> None:
    """A typed mock interview: the menu, the timer under the CSP, feedback, one retry, the
    follow-up, the Back button, the summary on a phone, the progress chart."""
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.get_by_role("link", name="模擬面接").first.click()
    page.check("input[name=focus][value=causes]")
    page.check("input[name=causes][value=self_pr]")
    page.select_option("#f-audience", "mid_career")
    page.select_option("#f-time_limit_s", "60")
    _shot(page, "20-practice-menu")
    page.get_by_role("button", name="練習を始める").click()

    question = page.get_by_test_id("question")
    expect(question).to_contain_text("自己PR")
    timer = page.locator("[data-timer-left]")
    expect(timer).not_to_have_text("1:00")  # the script runs under the CSP and counts down
    page.fill("#answer-1", PRACTICE_ABSTRACT_PR)
    _shot(page, "21-practice-question")
    page.get_by_role("button", name="回答する").click()

    fix = page.get_by_test_id("fix")
    expect(fix).to_contain_text("いちばん直したい点")
    expect(fix).to_have_attribute("data-code", "self_pr.abstract")
    expect(page.locator("mark.ev").first).to_be_visible()
    _shot(page, "22-practice-feedback")
    page.fill("#answer-2", PRACTICE_EPISODE_PR)
    page.get_by_role("button", name="もう一度答える").click()

    expect(page.get_by_test_id("comparison")).to_contain_text("直りました")
    _shot(page, "23-practice-compared")
    page.get_by_role("button", name="次の質問へ").click()
    expect(page.get_by_test_id("question")).to_have_attribute("data-key", PRACTICE_FOLLOWUP)
    expect(page.locator(".notice")).to_contain_text("深掘り")
    expect(page.get_by_test_id("parent-question")).to_contain_text("自己PRをお願いします")
    page.go_back()  # the Back button, then submitting the old page again
    page.get_by_role("button", name="次の質問へ").click()
    expect(page.get_by_test_id("practice-progress")).to_contain_text("質問 1 / 5")
    expect(page.get_by_test_id("question")).to_have_attribute("data-key", PRACTICE_FOLLOWUP)

    page.get_by_role("button", name="ここで練習を終える").click()
    expect(page.get_by_test_id("summary")).to_contain_text("1問に答えました")
    _shot(page, "24-practice-summary")
    page.set_viewport_size(PHONE)
    _shot(page, "24b-practice-summary-phone", full=False)
    # The results table scrolls inside its box; the page itself never scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.set_viewport_size({"width": 1280, "height": 720})
    page.get_by_role("link", name="練習の記録を見る").click()
    expect(page.locator("[data-testid=cause-chart] svg")).to_be_visible()
    _shot(page, "25-practice-progress")
