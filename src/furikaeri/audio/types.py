"""Values the voice measurement shares: the sample rate, the error, spans and results."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import numpy as np

from furikaeri.errors import FurikaeriError

RATE = 16_000
TranscriptSource = Literal["typed", "browser", "whisper", "vosk"]
# Transcripts made by speech recognition: such engines tend to drop fillers.
ASR_SOURCES = frozenset({"browser", "whisper", "vosk"})


class AudioError(FurikaeriError):
    """A recording that cannot be measured (not audio, too long, silent ...)."""


@dataclass(frozen=True, slots=True)
class Span:
    start_s: float
    end_s: float

    @property
    def duration_s(self) -> float:
        return round(self.end_s - self.start_s, 2)


@dataclass(slots=True)
class VoiceMetrics:
    """What a recording shows. Times in seconds, loudness in LUFS / LU. ``observations`` are
    Japanese sentences of observable facts (「2.5秒以上の沈黙が4回」)."""

    duration_s: float
    speech_s: float
    span_s: float  # first sound to last sound: the basis of the per-minute rates
    long_pauses: list[Span]
    longest_pause_s: float
    loudness_lufs: float | None
    source: dict[str, Any]
    speech_segments: list[Span] = field(default_factory=list)
    calibration_lufs: float | None = None
    relative_loudness_lu: float | None = None
    quieter_than_calibration: bool | None = None
    transcript: str | None = None
    transcript_source: str | None = None
    chars: int | None = None
    chars_per_min: float | None = None
    fillers: dict[str, int] | None = None
    filler_count: int | None = None
    fillers_per_min: float | None = None
    fillers_may_be_undercounted: bool = False
    observations: list[str] = field(default_factory=list)

    @property
    def long_pause_count(self) -> int:
        return len(self.long_pauses)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["long_pause_count"] = self.long_pause_count
        return out


@dataclass(slots=True)
class Decoded:
    samples: np.ndarray  # float32 mono at RATE
    source: dict[str, Any]

    @property
    def duration_s(self) -> float:
        return len(self.samples) / RATE
