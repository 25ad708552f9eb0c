"""Optional local transcription of a spoken answer: faster-whisper or vosk, with a model the user
downloaded and pointed to (FURIKAERI_WHISPER_MODEL / FURIKAERI_VOSK_MODEL). furikaeri never
downloads a model and never sends audio anywhere.

Only the speech segments found by voice activity are transcribed, and text a model places over
silence is dropped: Whisper-family models invent text in silence (「ご視聴ありがとうございました」).
Such models also tend to drop fillers, so the metrics flag filler counts from them as possible
undercounts; the user can correct the transcript before it is judged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from furikaeri.audio import RATE, AudioError, Decoded, Span, TranscriptSource, speech_segments

# Padding around each speech segment, so that word onsets are not cut.
PAD_S = 0.2
# Whisper reads at most 30 s at once; longer stretches of speech are cut at this length.
MAX_CHUNK_S = 28.0
# A piece of recognised text is kept when at least this share of its time is speech.
MIN_SPEECH_SHARE = 0.5
# Whisper keeps fillers more often when the prompt shows them (it imitates the prompt's style).
FILLER_PROMPT = "えー、あのー、えっと、まあ、その、面接での回答です。"


@dataclass(slots=True)
class Transcript:
    text: str
    source: str  # "whisper" or "vosk"
    dropped: list[str] = field(default_factory=list)  # text placed over silence, not kept


def engine(settings: Any) -> str | None:
    """Which local engine the settings point to ("whisper", "vosk"), or None."""
    if getattr(settings, "whisper_model", None):
        return "whisper"
    if getattr(settings, "vosk_model", None):
        return "vosk"
    return None


def chunks(segments: list[Span], duration_s: float) -> list[Span]:
    """Speech segments padded, merged where they touch, and cut to Whisper's window."""
    out: list[Span] = []
    for seg in segments:
        start, end = max(0.0, seg.start_s - PAD_S), min(duration_s, seg.end_s + PAD_S)
        if out and start <= out[-1].end_s and end - out[-1].start_s <= MAX_CHUNK_S:
            out[-1] = Span(out[-1].start_s, end)
            continue
        while end - start > MAX_CHUNK_S:
            out.append(Span(start, start + MAX_CHUNK_S))
            start += MAX_CHUNK_S
        out.append(Span(start, end))
    return out


def speech_share(start_s: float, end_s: float, segments: list[Span]) -> float:
    """The share of [start_s, end_s] covered by speech segments (0 for an empty interval)."""
    if end_s <= start_s:
        return 0.0
    covered = sum(max(0.0, min(end_s, s.end_s) - max(start_s, s.start_s)) for s in segments)
    return covered / (end_s - start_s)


def keep_over_speech(
    pieces: list[tuple[float, float, str]], segments: list[Span]
) -> tuple[list[str], list[str]]:
    """Split recognised (start_s, end_s, text) pieces, in recording time, into the texts placed
    over speech and those placed over silence."""
    kept: list[str] = []
    dropped: list[str] = []
    for start, end, text in pieces:
        text = text.strip()
        if not text:
            continue
        share = speech_share(start, end, segments)
        (kept if share >= MIN_SPEECH_SHARE else dropped).append(text)
    return kept, dropped


def transcribe(samples: np.ndarray, segments: list[Span], *, settings: Any) -> Transcript | None:
    """Transcribe the speech of ``samples`` (mono 16 kHz) with the configured local model;
    None when none is configured. Raises AudioError when the model cannot be loaded."""
    name = engine(settings)
    if name == "whisper":
        return _whisper(samples, segments, Path(settings.whisper_model))
    if name == "vosk":
        return _vosk(samples, segments, Path(settings.vosk_model))
    return None


def local_transcript(decoded: Decoded, *, settings: Any) -> tuple[str | None, TranscriptSource]:
    """The configured local model's transcript of ``decoded`` and its source; (None, "typed")
    when no model is configured. Raises AudioError when the model cannot be used."""
    if engine(settings) is None:
        return None, "typed"
    result = transcribe(decoded.samples, speech_segments(decoded.samples), settings=settings)
    if result is None:
        return None, "typed"
    return result.text, "whisper" if result.source == "whisper" else "vosk"


def _missing(package: str, extra: str, exc: Exception) -> AudioError:
    return AudioError(
        f"文字起こしには {package} が必要です（pip install 'furikaeri[{extra}]'）。"
        f"文字起こしは手で入力することもできます。（{exc}）"
    )


def _whisper(samples: np.ndarray, segments: list[Span], model_dir: Path) -> Transcript:
    try:
        from faster_whisper import WhisperModel
    except ImportError as exc:
        raise _missing("faster-whisper", "whisper", exc) from exc
    model = _whisper_model(WhisperModel, model_dir)
    pieces: list[tuple[float, float, str]] = []
    for chunk in chunks(segments, len(samples) / RATE):
        audio = samples[int(chunk.start_s * RATE) : int(chunk.end_s * RATE)]
        found, _info = model.transcribe(
            audio,
            language="ja",
            beam_size=1,
            vad_filter=False,  # ours already chose the speech
            condition_on_previous_text=False,  # a hallucination must not seed the next one
            initial_prompt=FILLER_PROMPT,
        )
        pieces += [(chunk.start_s + s.start, chunk.start_s + s.end, s.text) for s in found]
    kept, dropped = keep_over_speech(pieces, segments)
    return Transcript(text="".join(kept), source="whisper", dropped=dropped)


def _whisper_model(cls: Any, model_dir: Path) -> Any:
    if not model_dir.is_dir():
        raise AudioError(f"FURIKAERI_WHISPER_MODEL のフォルダが見つかりません: {model_dir}")
    try:
        return cls(str(model_dir), device="cpu", compute_type="int8", local_files_only=True)
    except Exception as exc:  # the library raises many kinds; the message says what to check
        raise AudioError(
            f"Whisper のモデルを読み込めませんでした（{model_dir}）。"
            f"faster-whisper 用（CTranslate2 形式）のモデルか確かめてください。（{exc}）"
        ) from exc


def _vosk(samples: np.ndarray, segments: list[Span], model_dir: Path) -> Transcript:
    try:
        import vosk
    except ImportError as exc:
        raise _missing("vosk", "vosk", exc) from exc
    if not model_dir.is_dir():
        raise AudioError(f"FURIKAERI_VOSK_MODEL のフォルダが見つかりません: {model_dir}")
    vosk.SetLogLevel(-1)
    try:
        model = vosk.Model(str(model_dir))
    except Exception as exc:
        raise AudioError(f"Vosk のモデルを読み込めませんでした（{model_dir}）。（{exc}）") from exc
    pcm = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2")
    texts: list[str] = []
    for chunk in chunks(segments, len(samples) / RATE):
        recognizer = vosk.KaldiRecognizer(model, RATE)
        recognizer.AcceptWaveform(
            pcm[int(chunk.start_s * RATE) : int(chunk.end_s * RATE)].tobytes()
        )
        # Vosk's Japanese models put spaces between words; Japanese text has none.
        texts.append(json.loads(recognizer.FinalResult()).get("text", "").replace(" ", ""))
    return Transcript(text="".join(texts), source="vosk")
