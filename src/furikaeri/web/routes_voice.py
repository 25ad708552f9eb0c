"""話し方チェック: a recorded answer measured on this machine. The browser posts the recording
(recorder.js, or a chosen file without JavaScript); the server decodes it with PyAV in memory,
measures it (furikaeri.audio) and answers with the metrics fragment. The audio is dropped once
measured unless the user ticked 「この録音を保存する」 (furikaeri.recordings)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Request, UploadFile
from starlette.responses import FileResponse, RedirectResponse, Response

from furikaeri import recordings
from furikaeri.errors import FurikaeriError
from furikaeri.web.errors import on_error
from furikaeri.web.render import render
from furikaeri.web.security import MAX_UPLOAD_BYTES, TOO_LARGE_FIELD

router = APIRouter()

PAGE = "practice/voice.html"
FRAGMENT = "practice/_voice_result.html"


def _data_dir(request: Request) -> Path:
    return Path(request.app.state.settings.data_dir)


def voice_context(**extra: Any) -> dict[str, Any]:
    """What `practice/_voice.html` needs (the practice answer form passes it on too)."""
    from furikaeri.audio import norms

    limits = norms().limits
    return {
        "voice": {
            "sentence": norms().calibration.sentence,
            "max_seconds": int(limits.max_duration_s),
            "max_bytes": min(limits.max_bytes, MAX_UPLOAD_BYTES),
            "max_upload_mb": round(min(limits.max_bytes, MAX_UPLOAD_BYTES) / 1e6),
            "max_minutes": round(limits.max_duration_s / 60),
        },
        **extra,
    }


@router.get("/practice/voice", name="voice_page")
def voice_page(request: Request) -> Response:
    return render(request, PAGE, voice_context())


def _calibration(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if -90.0 < number < 10.0 else None


def _read(upload: UploadFile | None, *, dropped: bool = False) -> bytes:
    """The posted recording. ``dropped``: the server dropped it for its size before reading
    (security.TOO_LARGE_FIELD names the field)."""
    if dropped:
        mb = MAX_UPLOAD_BYTES // (1024 * 1024)
        raise FurikaeriError(
            f"録音ファイルが大きすぎます（この画面では {mb}MB まで）。"
            "短く録り直すか、`furikaeri practice analyze-audio` で確かめてください。",
            field="audio",
        )
    if upload is None or (not upload.filename and not upload.size):
        raise FurikaeriError("録音（音声ファイル）が送られていません。", field="audio")
    try:
        return upload.file.read()
    finally:
        upload.file.close()  # Starlette's spool file (if any) is unnamed and goes with it


@router.post("/practice/audio", name="voice_measure")
def voice_measure(
    request: Request,
    audio: Annotated[UploadFile | None, File()] = None,
    purpose: Annotated[str, Form()] = "answer",
    calibration_lufs: Annotated[str, Form()] = "",
    transcript: Annotated[str, Form()] = "",
    transcript_source: Annotated[str, Form()] = "typed",
    keep_recording: Annotated[str, Form()] = "",
    analyze: Annotated[str, Form()] = "",
    too_large: Annotated[list[str] | None, Form(alias=TOO_LARGE_FIELD)] = None,
) -> Response:
    """Measure the posted recording (purpose "calibration": the reference loudness only).
    Writes nothing unless ``keep_recording``; then the audio and its metrics are kept."""
    form = {"transcript": transcript, "calibration_lufs": calibration_lufs}
    on_error(request, lambda errors: _show(request, {"voice_error": _first(errors), "form": form}))
    data = _read(audio, dropped="audio" in (too_large or []))
    context = _measure(
        data,
        settings=request.app.state.settings,
        purpose=purpose,
        calibration_lufs=_calibration(calibration_lufs),
        transcript=transcript,
        source=transcript_source,
    )
    kept = context.get("metrics_dict")
    if kept is not None and keep_recording:
        context["saved"] = recordings.save(
            _data_dir(request),
            data,
            container_format=kept["source"]["format"],
            metrics=kept,
        )
    if kept is not None:
        context["metrics_json"] = _form_json(kept, recording=context.get("saved"))
    said = context["metrics"].transcript if context.get("metrics") is not None else None
    if analyze and said:
        from furikaeri.web.routes_analyze import analysis_context

        context["answer_check"] = analysis_context(said, question=None, kind=None, company=None)
    return _show(request, {**context, "form": form})


def _first(errors: dict[str, str]) -> str:
    return next(iter(errors.values()), "")


def _measure(
    data: bytes,
    *,
    settings: Any,
    purpose: str,
    calibration_lufs: float | None,
    transcript: str,
    source: str,
) -> dict[str, Any]:
    """Decode and measure (a sync route: FastAPI runs it in the thread pool). Without a
    transcript, a local model set in the settings transcribes the speech."""
    from furikaeri import audio
    from furikaeri.transcribe import local_transcript

    if purpose == "calibration":
        return {"calibrated_lufs": audio.calibration_loudness(data), "purpose": purpose}
    decoded = audio.decode(data)
    text: str | None = transcript.strip() or None
    kind: audio.TranscriptSource = "typed"
    if source in audio.ASR_SOURCES:  # recognised, perhaps corrected since: fillers may be few
        kind = source  # type: ignore[assignment]
    if text is None:
        text, kind = local_transcript(decoded, settings=settings)
    metrics = audio.measure_samples(
        decoded, transcript=text, transcript_source=kind, calibration_lufs=calibration_lufs
    )
    out = metrics.to_dict()
    out.pop("speech_segments")  # long, and of no use to whoever keeps the metrics
    return {"metrics": metrics, "metrics_dict": out, "purpose": purpose}


def _form_json(metrics: dict[str, Any], *, recording: str | None) -> str:
    """The metrics for the form's hidden `audio_metrics` field: without the transcript (it has
    its own field) and, when the recording was kept, with its name under ``recording``."""
    out = {k: v for k, v in metrics.items() if k != "transcript"}
    if recording:
        out["recording"] = recording
    return json.dumps(out, ensure_ascii=False)


def _show(request: Request, context: dict[str, Any]) -> Response:
    return render(request, PAGE, voice_context(**context), fragment=FRAGMENT)


@router.get("/practice/recordings", name="recordings_index")
def recordings_index(request: Request) -> Response:
    items = recordings.list_recordings(_data_dir(request))
    return render(request, "practice/recordings.html", {"recordings": items})


@router.get("/practice/recordings/{name}", name="recording_file")
def recording_file(request: Request, name: str) -> Response:
    item = recordings.get(_data_dir(request), name)
    return FileResponse(item.path, media_type=item.media_type)


@router.post("/practice/recordings/{name}/delete", name="recording_delete")
def recording_delete(request: Request, name: str) -> Response:
    recordings.delete(_data_dir(request), name)
    return RedirectResponse(request.url_for("recordings_index").path, status_code=303)
