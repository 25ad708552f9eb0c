"""The recording path in Chromium with a fake microphone: 録音, 停止, and the metrics land in the
page and in the form's hidden `audio_metrics` field; a denied microphone gets a Japanese message
and typing still works. The suite's one Playwright (conftest's `browser`) launches a second
Chromium with the fake device."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from audio_support import Script, wav_bytes
from browser_support import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser

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
