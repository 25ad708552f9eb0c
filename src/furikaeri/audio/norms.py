"""The norms and limits of data/voice.toml, validated at load (pydantic)."""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import validated


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    max_duration_s: float = Field(gt=0)
    max_bytes: int = Field(gt=0)
    min_duration_s: float = Field(ge=0)
    codecs: tuple[str, ...] = Field(min_length=1)


class VadNorms(_Strict):
    mode: int = Field(ge=0, le=3)
    frame_ms: Literal[10, 20, 30]
    min_frame_dbfs: float = Field(lt=0)
    min_above_floor_db: float = Field(ge=0)
    bridge_gap_s: float = Field(ge=0)
    min_speech_s: float = Field(ge=0)


class PauseNorms(_Strict):
    long_pause_s: float = Field(gt=0)


class LoudnessNorms(_Strict):
    quieter_than_calibration_lu: float = Field(gt=0)
    too_quiet_lufs: float = Field(lt=0)


class RateNorms(_Strict):
    good_min: int = Field(gt=0)
    good_max: int = Field(gt=0)
    fast_above: int = Field(gt=0)
    slow_below: int = Field(gt=0)
    min_chars: int = Field(ge=1)
    min_span_s: float = Field(gt=0)


class FillerNorms(_Strict):
    harmless_per_min: float = Field(gt=0)
    hurts_per_min: float = Field(gt=0)
    pos: tuple[tuple[str, str], ...]
    interjections: tuple[str, ...] = Field(min_length=1)
    standalone: tuple[str, ...]


class CalibrationNorms(_Strict):
    sentence: str = Field(min_length=5)
    min_speech_s: float = Field(gt=0)


class VoiceNorms(_Strict):
    limits: Limits
    calibration: CalibrationNorms
    vad: VadNorms
    pauses: PauseNorms
    loudness: LoudnessNorms
    rate: RateNorms
    fillers: FillerNorms


@cache
def norms() -> VoiceNorms:
    """The norms of data/voice.toml, validated (a malformed file raises DataFileError)."""
    return validated("voice.toml", VoiceNorms)
