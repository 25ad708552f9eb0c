"""Real browser flows: `furikaeri serve` on a free port with a fresh SQLite database, driven
by Playwright's Python package with Debian's Chromium (no browser download). Screenshots are
kept in test-artifacts/ as artifacts."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import require

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 390, "height": 844}
NOTICE = (
    "山田 花子 様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。\n\n株式会社ミナトロジ 人事部"
)

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"furikaeri serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"furikaeri serve did not answer at {url}")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """The real command, as `make run` starts it, minus the browser."""
    port = _free_port()
    db = f"sqlite:///{tmp_path / 'browser.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FURIKAERI_")}
    env["FURIKAERI_DATA_DIR"] = str(tmp_path)  # nothing written outside the test's directory
    cmd = [sys.executable, "-m", "furikaeri", "serve", "--no-browser", "--port", str(port)]
    proc = subprocess.Popen([*cmd, "--db", db], env=env, stdout=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", proc)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    require(os.path.exists(CHROMIUM), f"Chromium is needed at {CHROMIUM} (apt install chromium)")
    from playwright.sync_api import expect, sync_playwright

    # Two busy CI cores: give the debounced live checks time before calling them missing.
    expect.set_options(timeout=15_000)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(locale="ja-JP")
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    yield page
    context.close()
    # A CSP violation or a script error shows up here: the pages must run clean.
    assert not problems, problems


def _shot(page: Any, name: str, *, full: bool = True) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


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


# --- plan, patterns, skills, documents, worksheets (issue 9) ---


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
