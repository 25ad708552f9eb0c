"""Charts and the plan in real Chromium: the patterns page's server-made SVG renders with its
Japanese labels (a CJK font, no network), screenshots kept in test-artifacts/."""

from __future__ import annotations

from typing import Any

import pytest
from browser_support import _shot

pytestmark = pytest.mark.browser


def test_patterns_charts_render_with_japanese_labels(server: str, page: Any) -> None:
    from playwright.sync_api import expect

    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/")
    page.get_by_test_id("demo-button").click()
    expect(page.get_by_test_id("plan-today")).to_be_visible()
    page.goto(server + "/rejections/1/next")
    page.get_by_role("button", name="やることの計画を作る").click()
    expect(page.get_by_test_id("plan-made")).to_contain_text("件のやることを作りました")
    _shot(page, "20-plan")
    page.goto(server + "/")
    expect(page.locator("[data-testid=plan-today] .next-small-step")).to_be_visible()
    _shot(page, "21-dashboard-next-step")

    page.goto(server + "/patterns")
    funnel = page.locator("[data-testid=funnel] svg.chart")
    expect(funnel).to_be_visible()
    box = funnel.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    # The labels are laid out as text with a font that has the glyphs (no tofu boxes).
    widths = page.eval_on_selector_all(
        "[data-testid=funnel] svg text", "els => els.map(e => e.getComputedTextLength())"
    )
    assert len(widths) >= 6 and all(w > 0 for w in widths)
    assert page.evaluate("document.fonts.check(\"16px 'Noto Sans CJK JP'\", '書類通過')")
    expect(page.locator("[data-testid=causes] svg.chart")).to_be_visible()
    expect(page.locator("[data-testid=feedback] svg.chart")).to_be_visible()
    _shot(page, "22-patterns")
    page.set_viewport_size({"width": 390, "height": 844})
    _shot(page, "23-patterns-phone", full=False)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    assert all(u.startswith(server) for u in requests), "no request may leave this machine"
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(server + "/skills?application_id=1")
    expect(page.get_by_test_id("skill-gap")).to_be_visible()
    expect(page.get_by_test_id("fit")).to_be_visible()
    _shot(page, "24-skills")
    page.goto(server + "/documents")
    page.fill("#f-title", "自己PRをしてください（400字以内）")
    page.fill("#f-char_limit", "400")
    page.fill(
        "#f-text",
        "私の強みはコミュニケーション能力です。責任感が強く、誰とでもすぐに打ち解けることができます。",
    )
    page.get_by_role("button", name="保存して確かめる").click()
    expect(page.get_by_test_id("char-share")).to_contain_text("8割")
    expect(page.locator(".finding[data-code='self_pr.abstract']")).to_be_visible()
    _shot(page, "25-documents")
    page.goto(server + "/worksheets/leaving")
    page.fill("#f-reason", "上司とそりが合わず、残業も多くて給料も低かったからです。")
    page.fill("#f-next", "チームで協力し合える環境で働きたい")
    page.get_by_role("button", name="保存してチェックする").click()
    expect(page.get_by_test_id("reframe")).to_be_visible()
    _shot(page, "26-worksheet-leaving")
