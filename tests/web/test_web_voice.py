"""話し方チェック over HTTP: the upload is CSRF-checked, measured in memory, dropped unless the
user asked to keep it; bad recordings get a Japanese message and leave nothing behind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from audio_support import ANSWER, Script, encode, wav_bytes
from web_helpers import Client, soup

WEBM = encode(ANSWER.render(rate=48000), rate=48000, kind="webm")


def _upload(client: Client, data: bytes, *, htmx: bool = True, **fields: str) -> Any:
    headers = {"HX-Request": "true"} if htmx else {}
    payload = {"csrf_token": client.csrf(), **fields}
    files = {"audio": ("answer.webm", data, "audio/webm")}
    return client.post("/practice/audio", data=payload, files=files, headers=headers)


def _files(tmp_path: Path) -> list[Path]:
    return sorted(
        p
        for p in tmp_path.rglob("*")
        if p.is_file() and "sqlite3" not in p.name and p.name != "web-secret"
    )


def test_the_page_offers_the_recorder_without_asking_for_the_microphone(client: Client) -> None:
    page = soup(client.get("/practice/voice"))
    voice = page.select_one("[data-voice]")
    assert voice is not None and voice["data-upload-url"] == "/practice/audio"
    assert "基準の声を録音" in voice.text and "録音" in voice.text
    assert page.select_one("textarea[name=transcript]") is not None
    assert page.select_one("input[type=hidden][name=audio_metrics]") is not None
    # The browser recogniser is only offered with a note that the audio leaves the machine.
    assert "Google）のサーバーに送られ" in voice.text
    assert page.select_one("script[src='/static/recorder.js']") is not None
    assert not page.find("script", src=False)  # no inline script (CSP)


def test_an_upload_is_measured_and_not_kept(client: Client, tmp_path: Path) -> None:
    before = _files(tmp_path)
    r = _upload(client, WEBM, transcript="えー、私の強みは、あのー、粘り強さです。")
    assert r.status_code == 200
    metrics = soup(r).select_one("[data-testid=voice-metrics]")
    assert metrics is not None
    data = json.loads(str(metrics["data-audio-metrics"]))
    assert data["long_pause_count"] == 2 and data["fillers"] == {"えー": 1, "あのー": 1}
    assert "speech_segments" not in data
    assert "2.5秒以上の沈黙が2回" in metrics.text
    assert soup(r).select_one("[data-testid=voice-dropped]") is not None
    assert _files(tmp_path) == before  # nothing written anywhere


def test_without_csrf_token_the_upload_is_refused(client: Client) -> None:
    client.get("/practice/voice")
    r = client.post("/practice/audio", files={"audio": ("a.webm", WEBM, "audio/webm")})
    assert r.status_code == 403


def test_calibration_then_an_answer_quieter_than_it(client: Client) -> None:
    loud = wav_bytes(Script((3.0, -0.5, 3.0)).render(rate=16000, amplitude=0.6), rate=16000)
    r = _upload(client, loud, purpose="calibration")
    calibrated = soup(r).select_one("[data-testid=voice-calibrated]")
    assert calibrated is not None
    lufs = str(calibrated["data-calibration-lufs"])
    r = _upload(
        client,
        wav_bytes(ANSWER.render(rate=16000, amplitude=0.15), rate=16000),
        calibration_lufs=lufs,
    )
    data = json.loads(str(soup(r).select_one("[data-audio-metrics]")["data-audio-metrics"]))  # type: ignore[index]
    assert data["relative_loudness_lu"] == pytest.approx(-12.0, abs=0.7)
    assert data["quieter_than_calibration"] is True
    assert "小さめ" in r.text


def test_a_browser_transcript_is_flagged_and_the_answer_checked(client: Client) -> None:
    r = _upload(
        client,
        WEBM,
        transcript="私の強みはコミュニケーション能力です。",
        transcript_source="browser",
        analyze="1",
    )
    assert "少なく数えている可能性" in r.text
    assert soup(r).select_one("[data-testid=voice-metrics] [data-testid=analysis]") is not None


def test_kept_recordings_are_listed_played_and_deleted(client: Client, tmp_path: Path) -> None:
    r = _upload(client, WEBM, keep_recording="1", transcript="えー、はい。")
    assert soup(r).select_one("[data-testid=voice-saved]") is not None
    page = soup(client.get("/practice/recordings"))
    items = page.select("[data-testid=recordings] li")
    assert len(items) == 1 and "2回" in items[0].text and "えー、はい。" in items[0].text
    name = str(items[0]["data-name"])
    assert "削除します" in items[0].select_one("form")["data-confirm"]  # QA P3: asks first
    # The form's metrics name the kept recording (the transcript has its own field).
    form_metrics = json.loads(str(soup(r).select_one("[data-audio-metrics]")["data-audio-metrics"]))  # type: ignore[index]
    assert form_metrics["recording"] == name and "transcript" not in form_metrics
    audio = client.get(f"/practice/recordings/{name}")
    assert audio.status_code == 200 and audio.content == WEBM
    assert audio.headers["content-type"].startswith("audio/webm")
    r = client.send_form(f"/practice/recordings/{name}/delete", follow_redirects=False)
    assert r.status_code == 303
    assert soup(client.get("/practice/recordings")).select_one("[data-testid=no-recordings]")
    assert _files(tmp_path) == []
    assert client.get(f"/practice/recordings/{name}").status_code == 404


@pytest.mark.parametrize(
    "name", ["../web.sqlite3", "..%2Fweb.sqlite3", "x.webm", "20260101-000000-zzzzzzzz.webm"]
)
def test_recording_names_cannot_reach_other_files(client: Client, name: str) -> None:
    assert client.get(f"/practice/recordings/{name}").status_code == 404
    assert client.send_form(f"/practice/recordings/{name}/delete").status_code == 404


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"this is not audio" * 100, "音声ファイルとして読み取れません"),
        (wav_bytes(Script((-4.0,)).render(rate=16000), rate=16000), "声が検出されませんでした"),
        (encode(ANSWER.render(rate=8000), rate=8000, kind="wav", codec="adpcm_ms"), "adpcm_ms"),
        (encode(Script((-1800.0,)).render(rate=8000), rate=8000, kind="flac"), "長すぎます"),
    ],
)
def test_bad_recordings_get_a_message_and_nothing_is_kept(
    client: Client, tmp_path: Path, data: bytes, message: str
) -> None:
    r = _upload(client, data, keep_recording="1", transcript="残しておきたい文字起こし")
    assert r.status_code == 400
    assert message in soup(r).select_one("[data-testid=voice-error]").text  # type: ignore[union-attr]
    assert _files(tmp_path) == []
    # Without HTMX the whole page comes back, with the typed transcript still there.
    page = soup(_upload(client, data, htmx=False, transcript="残しておきたい文字起こし"))
    assert page.select_one("textarea[name=transcript]").text == "残しておきたい文字起こし"  # type: ignore[union-attr]
    assert message in page.text


def test_a_form_without_a_file_gets_a_message(client: Client) -> None:
    r = client.send_form("/practice/audio", {"transcript": "手で入力した回答"})
    assert r.status_code == 400 and "送られていません" in r.text


def test_the_partial_renders_inside_another_form_without_the_voice_context(client: Client) -> None:
    templates = client.app.state.templates  # type: ignore[attr-defined]
    html = templates.get_template("practice/_voice.html").render(
        {"url_for": lambda name, **kw: "/practice/audio", "csrf_token": "t"}
    )
    assert "data-voice" in html and "電車" in html


def test_the_browser_is_told_the_server_s_upload_limit(client: Client) -> None:
    from furikaeri.web.security import MAX_UPLOAD_BYTES

    voice = soup(client.get("/practice/voice")).select_one("[data-voice]")
    assert voice is not None and int(str(voice["data-max-bytes"])) <= MAX_UPLOAD_BYTES


def test_a_local_model_that_cannot_be_used_says_so_and_typing_still_works(tmp_path: Path) -> None:
    from web_helpers import make_settings

    from furikaeri.web.app import create_app

    try:
        import faster_whisper  # noqa: F401

        pytest.skip("faster-whisper is installed here")
    except ImportError:
        pass
    settings = make_settings(tmp_path, whisper_model=tmp_path)
    with Client(create_app(settings)) as client:
        r = _upload(client, WEBM)
        assert r.status_code == 400 and "furikaeri[whisper]" in r.text and "手で入力" in r.text
        r = _upload(client, WEBM, transcript="手で入力した回答です。")
        assert r.status_code == 200 and soup(r).select_one("[data-testid=voice-metrics]")


def test_a_recording_over_the_upload_limit_is_named_as_such(client: Client, tmp_path: Path) -> None:
    """The server drops a file over the limit before reading it; the page says it was too
    large (not 「送られていません」) and keeps the typed transcript."""
    from furikaeri.web.security import MAX_BODY_BYTES

    big = b"RIFF" + b"\0" * (MAX_BODY_BYTES + 1024)
    page = soup(_upload(client, big, htmx=False, transcript="残しておきたい文字起こし"))
    assert "大きすぎます" in page.text and "送られていません" not in page.text
    assert page.select_one("textarea[name=transcript]").text == "残しておきたい文字起こし"  # type: ignore[union-attr]
    assert _files(tmp_path) == []
