"""Spoken answers: decode a recording and measure what can be observed in it.

Decoding is PyAV (its wheels carry FFmpeg), to mono 16 kHz float32. Voice activity is webrtcvad
on 30 ms frames, gated by energy so that digital silence and faint hiss never count as speech.
Loudness is ITU-R BS.1770 integrated loudness (pyloudnorm) of the speech only, compared with a
calibration sentence the same speaker read: 「声が小さい」 is relative, never an absolute level.
With a transcript: 字/分 over the speaking span and filler words a minute (Sudachi POS).

Norms and limits live in data/voice.toml. Nothing here writes a file; the caller decides what is
kept. Files over the limits, non-audio files, unsupported codecs and silence raise
:class:`AudioError` with a Japanese message.

The package: ``types`` (results), ``norms`` (data/voice.toml), ``decode``, ``activity`` (speech,
pauses, loudness), ``text`` (characters, fillers), ``measure``, ``observe`` (what to say).
"""

from __future__ import annotations

from furikaeri.audio.activity import gaps, loudness, speech_segments
from furikaeri.audio.decode import Source, decode
from furikaeri.audio.measure import calibration_loudness, measure, measure_samples
from furikaeri.audio.norms import VoiceNorms, norms
from furikaeri.audio.observe import observations
from furikaeri.audio.text import count_fillers, spoken_chars
from furikaeri.audio.types import (
    ASR_SOURCES,
    RATE,
    AudioError,
    Decoded,
    Span,
    TranscriptSource,
    VoiceMetrics,
)

__all__ = [
    "ASR_SOURCES",
    "RATE",
    "AudioError",
    "Decoded",
    "Source",
    "Span",
    "TranscriptSource",
    "VoiceMetrics",
    "VoiceNorms",
    "calibration_loudness",
    "count_fillers",
    "decode",
    "gaps",
    "loudness",
    "measure",
    "measure_samples",
    "norms",
    "observations",
    "speech_segments",
    "spoken_chars",
]
