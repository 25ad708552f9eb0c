"""`furikaeri practice analyze-audio`: measure a recorded answer. Parse, call furikaeri.audio,
render. Heavy imports (PyAV, numpy) stay inside the command (cold start)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from furikaeri.audio import TranscriptSource


def analyze_audio(
    file: Annotated[Path, typer.Argument(help="録音ファイル（wav, webm/opus, ogg, m4a, mp3）")],
    transcript: Annotated[
        str | None, typer.Option(help="話した内容の文字起こし（話す速さ・つなぎ言葉を測ります）")
    ] = None,
    transcript_file: Annotated[
        Path | None, typer.Option(help="文字起こしを読むファイル（UTF-8）")
    ] = None,
    calibration: Annotated[
        Path | None,
        typer.Option(help="普段の声で読んだ校正用の録音（声の大きさをこれと比べます）"),
    ] = None,
    transcribe: Annotated[
        bool,
        typer.Option(
            help="文字起こしがないとき、FURIKAERI_WHISPER_MODEL / FURIKAERI_VOSK_MODEL の"
            "ローカルモデルで文字起こしする"
        ),
    ] = True,
    as_json: Annotated[bool, typer.Option("--json", help="JSON で出力")] = False,
) -> None:
    """録音した回答の長さ・沈黙・声の大きさ・話す速さ・つなぎ言葉を測ります（ファイルは変更しません）。"""
    from furikaeri import audio
    from furikaeri.errors import FurikaeriError

    text = transcript
    if transcript_file is not None:
        try:
            text = transcript_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise FurikaeriError(f"文字起こしのファイルを読めません: {transcript_file}") from exc
    decoded = audio.decode(file)
    calibration_lufs = audio.calibration_loudness(calibration) if calibration else None
    source: TranscriptSource = "typed"
    if not (text and text.strip()) and transcribe:
        from furikaeri.settings import get_settings
        from furikaeri.transcribe import local_transcript

        text, source = local_transcript(decoded, settings=get_settings())
    metrics = audio.measure_samples(
        decoded, transcript=text, transcript_source=source, calibration_lufs=calibration_lufs
    )
    if as_json:
        typer.echo(json.dumps(metrics.to_dict(), ensure_ascii=False, indent=2))
        return
    for line in metrics.observations:
        typer.echo(f"・{line}")
    if metrics.transcript and metrics.transcript_source != "typed":
        typer.echo(f"文字起こし（{metrics.transcript_source}）: {metrics.transcript}")


def register(app: typer.Typer) -> None:
    app.command("analyze-audio")(analyze_audio)
