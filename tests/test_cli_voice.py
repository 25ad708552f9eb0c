"""`furikaeri practice analyze-audio` through CliRunner, on generated recordings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from audio_support import ANSWER, Script, encode, wav_bytes
from typer.testing import CliRunner

from furikaeri.cli import app

runner = CliRunner()


@pytest.fixture
def answer(tmp_path: Path) -> Path:
    path = tmp_path / "answer.webm"
    path.write_bytes(encode(ANSWER.render(rate=48000), rate=48000, kind="webm"))
    return path


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, ["practice", "analyze-audio", *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def test_json_has_the_agreed_fields(answer: Path) -> None:
    code, out, _ = _run(str(answer), "--json", "--transcript", "えー、私の強みは粘り強さです。")
    assert code == 0, out
    data = json.loads(out)
    assert data["duration_s"] == pytest.approx(ANSWER.duration_s, abs=0.15)
    assert data["speech_s"] == pytest.approx(ANSWER.speech_s, rel=0.08)
    assert [round(p["start_s"]) for p in data["long_pauses"]] == [3, 10]
    assert set(data["long_pauses"][0]) == {"start_s", "end_s"}
    assert isinstance(data["loudness_lufs"], float)
    assert data["chars_per_min"] > 0 and data["fillers_per_min"] > 0
    assert data["fillers"] == {"えー": 1} and data["transcript_source"] == "typed"


def test_without_a_transcript_the_audio_metrics_still_work(answer: Path) -> None:
    code, out, _ = _run(str(answer), "--json", env={"FURIKAERI_WHISPER_MODEL": ""})
    assert code == 0
    data = json.loads(out)
    assert data["chars_per_min"] is None and data["fillers_per_min"] is None
    assert data["long_pause_count"] == 2


def test_calibration_makes_loudness_relative(tmp_path: Path, answer: Path) -> None:
    calibration = tmp_path / "calibration.wav"
    loud = Script((3.0, -0.5, 3.0)).render(rate=16000, amplitude=0.6)  # +6 dB over the answer
    calibration.write_bytes(wav_bytes(loud, rate=16000))
    code, out, _ = _run(str(answer), "--calibration", str(calibration))
    assert code == 0
    assert "普段の声）より" in out and "小さめ" in out
    assert "2.5秒以上の沈黙が2回" in out


def test_transcript_from_a_file(tmp_path: Path, answer: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("あのー、私は営業をしていました。", encoding="utf-8")
    code, out, _ = _run(str(answer), "--transcript-file", str(text), "--json")
    assert code == 0 and json.loads(out)["fillers"] == {"あのー": 1}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not audio at all" * 100, "音声ファイルとして読み取れません"),
        (wav_bytes(Script((-3.0,)).render(rate=16000), rate=16000), "声が検出されませんでした"),
    ],
)
def test_bad_files_get_a_message_and_exit_code_2(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    code, out, err = _run(str(path))
    assert code == 2 and message in err and "Traceback" not in out + err


def test_a_configured_whisper_model_without_the_package_says_how_to_install(
    answer: Path, tmp_path: Path
) -> None:
    try:
        import faster_whisper  # noqa: F401

        pytest.skip("faster-whisper is installed here")
    except ImportError:
        pass
    code, _, err = _run(str(answer), env={"FURIKAERI_WHISPER_MODEL": str(tmp_path)})
    assert code == 2 and "furikaeri[whisper]" in err
    # --no-transcribe measures without it.
    code, out, _ = _run(
        str(answer), "--no-transcribe", env={"FURIKAERI_WHISPER_MODEL": str(tmp_path)}
    )
    assert code == 0 and "文字起こしがない" in out
