"""Audio with known truth for the voice tests: speech-like bursts (a voiced harmonic tone with a
syllable-rate envelope, which webrtcvad takes for speech as it does a voice) separated by
silences of known length, at known levels; WAV bytes of them; the same re-encoded by PyAV; and
Japanese speech from espeak-ng."""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SYLLABLES_HZ = 4.5  # about the rate of Japanese morae in careful speech


def voiced(seconds: float, *, rate: int, amplitude: float = 0.3, f0: float = 140.0) -> np.ndarray:
    """A speech-like burst: 19 harmonics of a slowly wavering f0, amplitude-modulated."""
    t = np.arange(int(seconds * rate)) / rate
    phase = 2 * np.pi * np.cumsum(f0 * (1 + 0.1 * np.sin(2 * np.pi * 0.7 * t))) / rate
    harmonics = [k for k in range(1, 20) if k * f0 < rate / 2]
    signal = sum(np.sin(k * phase) / k for k in harmonics)
    signal = signal * (0.55 + 0.45 * np.sin(2 * np.pi * SYLLABLES_HZ * t))
    return (amplitude * signal / np.max(np.abs(signal))).astype(np.float64)


def tone(seconds: float, *, rate: int, amplitude: float = 0.3) -> np.ndarray:
    return amplitude * np.sin(2 * np.pi * 440 * np.arange(int(seconds * rate)) / rate)


def noise(seconds: float, *, rate: int, amplitude: float = 0.3) -> np.ndarray:
    rng = np.random.default_rng(int(seconds * 1000))
    return amplitude / 3 * rng.standard_normal(int(seconds * rate))


@dataclass(frozen=True)
class Script:
    """Speech and silence in order: positive numbers speak, negative ones are silent."""

    parts: tuple[float, ...]

    @property
    def speech_s(self) -> float:
        return sum(p for p in self.parts if p > 0)

    @property
    def duration_s(self) -> float:
        return sum(abs(p) for p in self.parts)

    def pauses(self, at_least: float) -> list[tuple[float, float]]:
        """(start, end) of the inner silences lasting at least ``at_least`` seconds."""
        out, t = [], 0.0
        for i, p in enumerate(self.parts):
            inner = 0 < i < len(self.parts) - 1
            if p < 0 and inner and -p >= at_least:
                out.append((t, t - p))
            t += abs(p)
        return out

    def render(
        self,
        *,
        rate: int,
        amplitude: float = 0.3,
        noise_dbfs: float | None = None,
        burst: str = "voiced",
    ) -> np.ndarray:
        """The script as samples; ``burst`` is "voiced" (speech-like), "tone" (440 Hz) or
        "noise" (white, ``amplitude`` its RMS / 3)."""
        make = {"voiced": voiced, "tone": tone, "noise": noise}[burst]
        pieces = [
            make(p, rate=rate, amplitude=amplitude) if p > 0 else np.zeros(int(-p * rate))
            for p in self.parts
        ]
        signal = np.concatenate(pieces)
        if noise_dbfs is not None:
            rng = np.random.default_rng(7)
            signal = signal + 10 ** (noise_dbfs / 20) * rng.standard_normal(len(signal))
        return signal


# 2 long pauses (3.0 s and 4.0 s), one short (1.0 s) that is not a long pause.
ANSWER = Script((-0.5, 2.0, -3.0, 1.5, -1.0, 2.0, -4.0, 1.0, -0.5))


def wav_bytes(signal: np.ndarray, *, rate: int, channels: int = 1) -> bytes:
    """16-bit PCM WAV; stereo repeats the signal in both channels."""
    pcm = (np.clip(signal, -1.0, 1.0) * 32767).astype("<i2")
    if channels == 2:
        pcm = np.repeat(pcm, 2)
    buf = io.BytesIO()
    with wave.open(buf, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm.tobytes())
    return buf.getvalue()


# (container format, codec, sample rate the codec wants)
ENCODINGS = {
    "webm": ("webm", "libopus", 48000),
    "ogg": ("ogg", "libopus", 48000),
    "mp3": ("mp3", "libmp3lame", 44100),
    "m4a": ("ipod", "aac", 44100),
}


def encode(
    signal: np.ndarray, *, rate: int, kind: str, codec: str | None = None, seekable: bool = True
) -> bytes:
    """``signal`` (mono float, at ``rate``) encoded by PyAV as ``kind`` (see ENCODINGS)."""
    import av

    fmt, default_codec, codec_rate = ENCODINGS.get(kind, (kind, kind, rate))
    if codec_rate != rate:
        signal = _resample(signal, rate, codec_rate)
    buf: io.RawIOBase | io.BytesIO = io.BytesIO() if seekable else _Unseekable()
    out = av.open(buf, "w", format=fmt)
    stream = out.add_stream(codec or default_codec, rate=codec_rate, layout="mono")
    pcm = (np.clip(signal, -1.0, 1.0) * 32767).astype(np.int16).reshape(1, -1)
    step = codec_rate * 10
    for i in range(0, pcm.shape[1], step):
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(pcm[:, i : i + step]), format="s16", layout="mono"
        )
        frame.rate = codec_rate
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
    out.close()
    return bytes(buf.getvalue()) if isinstance(buf, io.BytesIO) else bytes(buf.data)


class _Unseekable(io.RawIOBase):
    """A write-only stream that cannot seek: muxers leave the duration out (as a browser does)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b: bytes) -> int:  # type: ignore[override]
        self.data += bytes(b)
        return len(b)


def _resample(signal: np.ndarray, rate: int, to: int) -> np.ndarray:
    t_out = np.arange(int(len(signal) * to / rate)) / to
    return np.interp(t_out, np.arange(len(signal)) / rate, signal)


ESPEAK = shutil.which("espeak-ng")


def espeak(text: str, path: Path) -> np.ndarray:
    """Japanese speech by espeak-ng (22.05 kHz mono), as float samples; also left at ``path``."""
    assert ESPEAK is not None
    subprocess.run([ESPEAK, "-v", "ja", "-s", "200", "-w", str(path), text], check=True)
    with wave.open(str(path), "rb") as src:
        rate = src.getframerate()
        assert rate == ESPEAK_RATE, rate
        pcm = np.frombuffer(src.readframes(src.getnframes()), "<i2")
    return pcm.astype(np.float64) / 32768


ESPEAK_RATE = 22050
