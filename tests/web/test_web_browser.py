"""Real browser flows: `furikaeri serve` on a free port with a fresh SQLite database, driven
by Playwright's Python package with Debian's Chromium (no browser download). Screenshots are
kept in test-artifacts/ as artifacts."""

from __future__ import annotations

import json
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
from audio_support import Script, wav_bytes
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


# --- voice: the recording path in Chromium with a fake microphone --------------------------
# Here, not in a module of its own: one sync Playwright per process, and the `browser` fixture
# (session scope) is this module's. The fake microphone plays a generated answer with a known
# long silence; 録音, 停止, and the metrics land in the page and in the form's hidden
# `audio_metrics` field. A denied microphone gets a Japanese message and typing still works.
# Chromium loops the file: speech, a 3-second silence, speech, then a short gap.
FAKE_MIC = Script((1.5, -3.0, 2.0, -0.5))


@pytest.fixture(scope="module")
def mic_browser(browser: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A second Chromium from the suite's Playwright (one sync Playwright per process), with a
    fake microphone that plays a generated answer."""
    wav = tmp_path_factory.mktemp("mic") / "answer.wav"
    wav.write_bytes(wav_bytes(FAKE_MIC.render(rate=48000), rate=48000))
    args = [
        *CHROMIUM_ARGS,
        "--use-fake-device-for-media-stream",
        f"--use-file-for-fake-audio-capture={wav}",
    ]
    chromium = browser.browser_type.launch(executable_path=CHROMIUM, args=args)
    yield chromium
    chromium.close()


def _mic_page(browser: Any, *, microphone: bool) -> Any:
    # Granting the permission is what --use-fake-ui-for-media-stream does for every site;
    # without it, headless Chromium refuses the microphone as a user who said no.
    context = browser.new_context(locale="ja-JP", permissions=["microphone"] if microphone else [])
    page = context.new_page()
    page.set_default_timeout(20_000)
    problems: list[str] = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.problems = problems
    return page


def test_recording_with_a_fake_microphone_measures_the_silence(
    server: str, mic_browser: Any, tmp_path: Path
) -> None:
    from playwright.sync_api import expect

    page = _mic_page(mic_browser, microphone=True)
    page.goto(server + "/practice/voice")
    page.get_by_test_id("voice-record").click()
    expect(page.get_by_test_id("voice-record")).to_have_text("停止")
    page.wait_for_timeout(7_500)  # one loop of the file and a bit: holds the 3-second silence
    page.get_by_test_id("voice-record").click()
    metrics = page.get_by_test_id("voice-metrics")
    expect(metrics).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "20-voice-metrics.png"), full_page=True)
    data = json.loads(page.locator("input[name=audio_metrics]").input_value())
    assert data["duration_s"] > 6.0
    assert data["long_pause_count"] >= 1
    assert all(2.5 <= p["end_s"] - p["start_s"] <= 3.6 for p in data["long_pauses"])
    assert data["source"]["codec"] == "opus"
    expect(page.get_by_test_id("voice-dropped")).to_be_visible()
    assert not page.problems, page.problems
    page.context.close()


def test_calibration_then_answer_in_the_browser(server: str, mic_browser: Any) -> None:
    from playwright.sync_api import expect

    page = _mic_page(mic_browser, microphone=True)
    page.goto(server + "/practice/voice")
    page.get_by_test_id("voice-calibrate").click()
    page.wait_for_timeout(7_500)  # both spoken parts of the loop: the whole sentence
    page.get_by_test_id("voice-calibrate").click()
    expect(page.get_by_test_id("voice-calibrated")).to_be_visible()
    expect(page.get_by_test_id("voice-calibration-status")).to_contain_text("LUFS")
    page.fill("textarea[name=transcript]", "えー、私の強みは、あのー、粘り強さです。")
    page.get_by_test_id("voice-record").click()
    page.wait_for_timeout(7_500)
    page.get_by_test_id("voice-record").click()
    expect(page.get_by_test_id("voice-metrics")).to_be_visible()
    data = json.loads(page.locator("input[name=audio_metrics]").input_value())
    # The same fake voice: about as loud as its calibration.
    assert data["relative_loudness_lu"] is not None and abs(data["relative_loudness_lu"]) < 3.0
    assert data["fillers"] == {"えー": 1, "あのー": 1}
    # The calibration is remembered for the next answer on another page load.
    page.reload()
    expect(page.get_by_test_id("voice-calibration-status")).to_contain_text("LUFS")
    assert not page.problems, page.problems
    page.context.close()


def test_a_denied_microphone_says_so_and_typing_still_works(server: str, mic_browser: Any) -> None:
    from playwright.sync_api import expect

    page = _mic_page(mic_browser, microphone=False)
    page.goto(server + "/practice/voice")
    page.get_by_test_id("voice-record").click()
    error = page.locator("[data-voice-error]")
    expect(error).to_be_visible()
    expect(error).to_contain_text("マイクの使用が許可されませんでした")
    page.screenshot(path=str(ARTIFACTS / "21-voice-denied.png"), full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(ARTIFACTS / "22-voice-phone.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    # Inside a practice answer form, the transcript fills the form's empty `answer` field.
    page.evaluate(
        "() => { const t = document.createElement('textarea'); t.name = 'answer';"
        " document.querySelector('form.voice-form').prepend(t); }"
    )
    page.locator("textarea[name=transcript]").press_sequentially("手で入力した回答です。")
    expect(page.locator("textarea[name=transcript]")).to_have_value("手で入力した回答です。")
    expect(page.locator("textarea[name=answer]")).to_have_value("手で入力した回答です。")
    # ... but never over what the user wrote in the answer field itself.
    page.fill("textarea[name=answer]", "自分で書いた回答")
    page.locator("textarea[name=transcript]").press_sequentially("追記")
    expect(page.locator("textarea[name=answer]")).to_have_value("自分で書いた回答")
    expect(page.get_by_test_id("voice-record")).to_have_text("録音")
    assert not page.problems, page.problems
    page.context.close()
