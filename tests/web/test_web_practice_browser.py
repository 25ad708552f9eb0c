"""A typed mock interview end to end in real Chromium: start from the menu, answer with the
timer running, feedback, one retry, the follow-up, the summary, the progress chart."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_web_browser import PHONE, _shot, browser, page, server  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.browser
FOLLOWUP = re.compile(r"^followup\.")

ABSTRACT_PR = "私の強みはコミュニケーション能力です。誰とでもすぐに打ち解けられます。"
EPISODE_PR = (
    "私の強みは調整力です。前職で営業と開発の意見が対立した際、双方に聞き取りを行い、"
    "週1回の定例会を提案しました。その結果、納期遅れが月5件から1件に減りました。"
)


def test_a_typed_practice_session(server: str, page: Any) -> None:  # noqa: F811
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
    page.fill("#answer-1", ABSTRACT_PR)
    _shot(page, "21-practice-question")
    page.get_by_role("button", name="回答する").click()

    fix = page.get_by_test_id("fix")
    expect(fix).to_contain_text("いちばん直したい点")
    expect(fix).to_have_attribute("data-code", "self_pr.abstract")
    expect(page.locator("mark.ev").first).to_be_visible()
    _shot(page, "22-practice-feedback")
    page.fill("#answer-2", EPISODE_PR)
    page.get_by_role("button", name="もう一度答える").click()

    expect(page.get_by_test_id("comparison")).to_contain_text("直りました")
    _shot(page, "23-practice-compared")
    page.get_by_role("button", name="次の質問へ").click()
    expect(page.get_by_test_id("question")).to_have_attribute("data-key", FOLLOWUP)
    expect(page.locator(".notice")).to_contain_text("深掘り")
    expect(page.get_by_test_id("parent-question")).to_contain_text("自己PRをお願いします")
    page.go_back()  # the Back button, then submitting the old page again
    page.get_by_role("button", name="次の質問へ").click()
    expect(page.get_by_test_id("practice-progress")).to_contain_text("質問 1 / 5")
    expect(page.get_by_test_id("question")).to_have_attribute("data-key", FOLLOWUP)

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
