"""Where someone speaks (webrtcvad gated by energy), the pauses between, and the BS.1770
loudness of the speech."""

from __future__ import annotations

import itertools

import numpy as np

from furikaeri.audio.norms import norms
from furikaeri.audio.types import RATE, AudioError, Span


def _frame_view(samples: np.ndarray, frame: int) -> np.ndarray:
    n = len(samples) // frame
    return samples[: n * frame].reshape(n, frame)


def _frame_dbfs(frames: np.ndarray) -> np.ndarray:
    rms = np.sqrt(np.mean(np.square(frames, dtype=np.float64), axis=1))
    return 20 * np.log10(np.maximum(rms, 1e-10))


def _vad_flags(frames: np.ndarray) -> np.ndarray:
    import webrtcvad

    vad = webrtcvad.Vad(norms().vad.mode)
    pcm = (np.clip(frames, -1.0, 1.0) * 32767).astype("<i2")
    return np.fromiter((vad.is_speech(row.tobytes(), RATE) for row in pcm), bool, len(pcm))


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) frame indices of the runs of True."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def speech_segments(samples: np.ndarray) -> list[Span]:
    """Where someone speaks: webrtcvad AND enough energy, short gaps bridged, clicks dropped."""
    conf = norms().vad
    frame = RATE * conf.frame_ms // 1000
    frames = _frame_view(samples, frame)
    if not len(frames):
        return []
    db = _frame_dbfs(frames)
    floor = float(np.percentile(db, 10))
    loud = (db >= conf.min_frame_dbfs) & (db >= floor + conf.min_above_floor_db)
    if not loud.any() and floor >= conf.min_frame_dbfs:
        loud = db >= conf.min_frame_dbfs  # sound throughout (no quiet frame to call a floor)
    flags = loud & _vad_flags(frames) if loud.any() else loud
    step = conf.frame_ms / 1000
    merged: list[list[int]] = []
    for start, end in _runs(flags):
        if merged and (start - merged[-1][1]) * step < conf.bridge_gap_s:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return [
        Span(round(s * step, 2), round(e * step, 2))
        for s, e in merged
        if (e - s) * step >= conf.min_speech_s
    ]


def gaps(segments: list[Span], *, at_least: float) -> list[Span]:
    """Silences between speech segments lasting ``at_least`` seconds (leading and trailing
    silence is not a pause: the recording started early or stopped late)."""
    return [
        Span(a.end_s, b.start_s)
        for a, b in itertools.pairwise(segments)
        if b.start_s - a.end_s >= at_least
    ]


def loudness(samples: np.ndarray, segments: list[Span] | None = None) -> float | None:
    """BS.1770 integrated loudness (LUFS) of ``segments`` of ``samples`` (all when None);
    None when there is too little sound to gate (under 0.4 s) or it is below the gate."""
    import pyloudnorm

    if segments is not None:
        parts = [samples[int(s.start_s * RATE) : int(s.end_s * RATE)] for s in segments]
        samples = np.concatenate(parts) if parts else np.zeros(0, np.float32)
    if len(samples) < int(0.4 * RATE):
        return None
    value = pyloudnorm.Meter(RATE).integrated_loudness(samples.astype(np.float64))
    return round(float(value), 1) if np.isfinite(value) else None


def require_speech(samples: np.ndarray) -> list[Span]:
    segments = speech_segments(samples)
    if not segments:
        raise AudioError(
            "声が検出されませんでした（無音です）。マイクが有効か、音量が小さすぎないかを確かめて、録音し直してください。",
            field="audio",
        )
    return segments
