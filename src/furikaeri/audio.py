"""Spoken answers: decode a recording and measure what can be observed in it.

Decoding is PyAV (its wheels carry FFmpeg), to mono 16 kHz float32. Voice activity is webrtcvad
on 30 ms frames, gated by energy so that digital silence and faint hiss never count as speech.
Loudness is ITU-R BS.1770 integrated loudness (pyloudnorm) of the speech only, compared with a
calibration sentence the same speaker read: 「声が小さい」 is relative, never an absolute level.
With a transcript: 字/分 over the speaking span and filler words a minute (Sudachi POS).

Norms and limits live in data/voice.toml. Nothing here writes a file; the caller decides what is
kept. Files over the limits, non-audio files, unsupported codecs and silence raise
:class:`AudioError` with a Japanese message.
"""

from __future__ import annotations

import io
import itertools
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import validated
from furikaeri.errors import FurikaeriError

RATE = 16_000
TranscriptSource = Literal["typed", "browser", "whisper", "vosk"]
# Transcripts made by speech recognition: such engines tend to drop fillers.
ASR_SOURCES = frozenset({"browser", "whisper", "vosk"})


class AudioError(FurikaeriError):
    """A recording that cannot be measured (not audio, too long, silent ...)."""


# ------------------------------------------------------------------ norms (data/voice.toml)
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


# ------------------------------------------------------------------ results
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


# ------------------------------------------------------------------ decoding
@dataclass(slots=True)
class Decoded:
    samples: np.ndarray  # float32 mono at RATE
    source: dict[str, Any]

    @property
    def duration_s(self) -> float:
        return len(self.samples) / RATE


Source = str | os.PathLike[str] | bytes | BinaryIO

NOT_AUDIO = (
    "音声ファイルとして読み取れませんでした。wav・webm・ogg・m4a・mp3 の録音を選んでください。"
)


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:g}分" if seconds >= 60 else f"{seconds:g}秒"


def _size_of(source: Source) -> int | None:
    if isinstance(source, bytes):
        return len(source)
    if isinstance(source, str | os.PathLike):
        try:
            return Path(source).stat().st_size
        except OSError as exc:
            raise AudioError(f"ファイルを読めません: {source}", field="audio") from exc
    try:
        pos = source.tell()
        size = source.seek(0, io.SEEK_END)
        source.seek(pos)
        return size
    except (OSError, ValueError):
        return None


def _too_long(seconds: float) -> AudioError:
    limit = norms().limits.max_duration_s
    return AudioError(
        f"録音が長すぎます（約{_minutes(round(seconds))}）。1回の回答は{_minutes(limit)}までにしてください。",
        field="audio",
    )


def _check_size(source: Source) -> None:
    size = _size_of(source)
    limit = norms().limits.max_bytes
    if size is not None and size > limit:
        raise AudioError(
            f"ファイルが大きすぎます（{size / 1e6:.1f} MB）。"
            f"{limit / 1e6:g} MB までの録音にしてください。",
            field="audio",
        )
    if size == 0:
        raise AudioError("空のファイルです。録音をやり直してください。", field="audio")


def _open(source: Source) -> Any:
    import av

    arg: Any = io.BytesIO(source) if isinstance(source, bytes) else source
    if isinstance(arg, os.PathLike):
        arg = os.fspath(arg)
    try:
        return av.open(arg, mode="r", metadata_errors="ignore")
    except (av.FFmpegError, UnicodeDecodeError, ValueError, OSError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise AudioError(f"ファイルが見つかりません: {arg}", field="audio") from exc
        raise AudioError(NOT_AUDIO, field="audio") from exc


def _container_seconds(container: Any, stream: Any) -> float | None:
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / 1_000_000  # AV_TIME_BASE
    return None


def _audio_stream(container: Any) -> Any:
    if not container.streams.audio:
        raise AudioError("このファイルには音声が含まれていません。", field="audio")
    stream = container.streams.audio[0]
    codec = stream.codec_context.name
    if codec not in norms().limits.codecs:
        raise AudioError(
            f"この音声形式（{codec}）には対応していません。"
            "wav・webm(opus)・ogg・m4a(aac)・mp3 で保存してください。",
            field="audio",
        )
    seconds = _container_seconds(container, stream)
    if seconds is not None and seconds > norms().limits.max_duration_s:
        raise _too_long(seconds)
    return stream


def _frames(container: Any, stream: Any) -> Iterator[bytes]:
    """Decoded audio resampled to mono float32 at RATE, as raw bytes (cheaper than an array per
    20 ms frame); stops, raising, once past the duration limit."""
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    limit = int(norms().limits.max_duration_s * RATE)
    total = 0
    try:
        for frame in container.decode(stream):
            frame.pts = None  # the resampler needs no timestamps; a browser's odd ones upset it
            for out in resampler.resample(frame):
                total += out.samples
                if total > limit:
                    raise _too_long(total / RATE)
                yield bytes(out.planes[0])[: out.samples * 4]
        for out in resampler.resample(None):
            yield bytes(out.planes[0])[: out.samples * 4]
    except av.FFmpegError as exc:
        if total == 0:
            raise AudioError(NOT_AUDIO, field="audio") from exc
        # A truncated upload: keep what decoded (the browser may have cut the last packet).


def decode(source: Source) -> Decoded:
    """Decode ``source`` (a path, bytes or a binary file) to mono 16 kHz float32.

    Refuses, before decoding: files over ``limits.max_bytes``, containers without audio,
    codecs not in ``limits.codecs`` and containers that declare more than ``max_duration_s``.
    """
    _check_size(source)
    container = _open(source)
    try:
        stream = _audio_stream(container)
        info = {
            "codec": stream.codec_context.name,
            "format": container.format.name,
            "sample_rate": stream.codec_context.sample_rate,
            "channels": stream.codec_context.channels,
        }
        raw = b"".join(_frames(container, stream))
    finally:
        container.close()
    samples = np.frombuffer(raw, dtype=np.float32)
    if len(samples) < norms().limits.min_duration_s * RATE:
        raise AudioError("録音が短すぎて測れません（0.5秒未満）。", field="audio")
    return Decoded(samples=samples, source=info)


# ------------------------------------------------------------------ voice activity
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


# ------------------------------------------------------------------ loudness
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


def calibration_loudness(source: Source) -> float:
    """Loudness of the calibration sentence (the speaker's normal voice) in LUFS."""
    decoded = decode(source)
    segments = _require_speech(decoded.samples)
    value = loudness(decoded.samples, segments)
    spoken = sum(s.end_s - s.start_s for s in segments)
    if value is None or spoken < norms().calibration.min_speech_s:
        raise AudioError(
            "校正用の録音が短すぎて、普段の声の大きさを測れません。文を最後まで読んでください。",
            field="calibration",
        )
    return value


def _require_speech(samples: np.ndarray) -> list[Span]:
    segments = speech_segments(samples)
    if not segments:
        raise AudioError(
            "声が検出されませんでした（無音です）。マイクが有効か、音量が小さすぎないかを確かめて、録音し直してください。",
            field="audio",
        )
    return segments


# ------------------------------------------------------------------ transcript measures
def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("〜", "ー").replace("～", "ー")


def spoken_chars(text: str) -> int:
    """Letters and digits (kanji, kana incl. ー, Latin, numerals): what is said, not written."""
    return sum(1 for ch in _fold(text) if unicodedata.category(ch)[0] in "LN" or ch == "ー")


def count_fillers(text: str) -> dict[str, int]:
    """Filler words in ``text`` by surface: Sudachi's 感動詞/フィラー, the interjections of
    data/voice.toml, and あの/その/まあ… only where they stand alone (not その会社)."""
    from furikaeri.nlp import tokenize

    conf = norms().fillers
    found: dict[str, int] = {}
    for piece in _sentences(_fold(text)):
        tokens = tokenize(piece)
        i = 0
        while i < len(tokens):
            width = _filler_width(tokens, i, conf)
            if width:
                surface = "".join(t.surface for t in tokens[i : i + width])
                found[surface] = found.get(surface, 0) + 1
                i += width
            else:
                i += 1
    return found


# SudachiPy refuses input over 49,149 bytes; a sentence (a filler never spans two) is far less,
# and a recogniser's unpunctuated run is cut at this many characters (3 bytes each at most).
_PIECE_CHARS = 12_000


def _sentences(text: str) -> Iterator[str]:
    start = 0
    for i, ch in enumerate(text):
        if ch in "。！？!?\n" or i - start >= _PIECE_CHARS:
            yield text[start : i + 1]
            start = i + 1
    if start < len(text):
        yield text[start:]


def _filler_width(tokens: list[Any], i: int, conf: FillerNorms) -> int:
    """How many tokens from ``i`` make one filler (0: none). Sudachi splits えっと into えっ + と
    and なんか into なん + か, so up to three tokens are joined before matching."""
    widths = [w for w in (3, 2, 1) if i + w <= len(tokens)]
    joined = {w: "".join(t.surface for t in tokens[i : i + w]) for w in widths}
    for w in widths:
        if joined[w] in conf.interjections:
            return w
    if (tokens[i].pos, tokens[i].pos2) in conf.pos:
        return 1
    for w in widths:
        if joined[w] in conf.standalone and _stands_alone(tokens, i + w, conf):
            return w
    return 0


def _stands_alone(tokens: list[Any], nxt: int, conf: FillerNorms) -> bool:
    """True when the token at ``nxt`` ends a standalone word: punctuation, a space, another
    filler or the end of the text (その、 but not その会社)."""
    if nxt >= len(tokens):
        return True
    tok = tokens[nxt]
    if tok.pos in ("補助記号", "空白"):
        return True
    return (tok.pos, tok.pos2) in conf.pos or tok.surface in conf.standalone


# ------------------------------------------------------------------ the measurement
def measure(
    source: Source,
    *,
    transcript: str | None = None,
    transcript_source: TranscriptSource = "typed",
    calibration: Source | None = None,
    calibration_lufs: float | None = None,
) -> VoiceMetrics:
    """Decode ``source`` and measure it. ``calibration`` (a recording) or ``calibration_lufs``
    (measured earlier) is the speaker's normal voice. Raises AudioError; writes nothing."""
    decoded = decode(source)
    if calibration is not None:
        calibration_lufs = calibration_loudness(calibration)
    return measure_samples(
        decoded,
        transcript=transcript,
        transcript_source=transcript_source,
        calibration_lufs=calibration_lufs,
    )


def measure_samples(
    decoded: Decoded,
    *,
    transcript: str | None = None,
    transcript_source: TranscriptSource = "typed",
    calibration_lufs: float | None = None,
) -> VoiceMetrics:
    """The measurement of already decoded audio (see :func:`measure`)."""
    samples = decoded.samples
    segments = _require_speech(samples)
    pauses = gaps(segments, at_least=norms().pauses.long_pause_s)
    metrics = VoiceMetrics(
        duration_s=round(decoded.duration_s, 2),
        speech_s=round(sum(s.end_s - s.start_s for s in segments), 2),
        span_s=round(segments[-1].end_s - segments[0].start_s, 2),
        long_pauses=pauses,
        longest_pause_s=max((p.duration_s for p in pauses), default=0.0),
        loudness_lufs=loudness(samples, segments),
        source=decoded.source,
        speech_segments=segments,
    )
    _add_calibration(metrics, calibration_lufs)
    if transcript is not None and transcript.strip():
        _add_transcript(metrics, transcript.strip(), transcript_source)
    metrics.observations = observations(metrics)
    return metrics


def _add_calibration(metrics: VoiceMetrics, calibration_lufs: float | None) -> None:
    if calibration_lufs is None or metrics.loudness_lufs is None:
        return
    relative = round(metrics.loudness_lufs - calibration_lufs, 1)
    metrics.calibration_lufs = round(calibration_lufs, 1)
    metrics.relative_loudness_lu = relative
    metrics.quieter_than_calibration = relative < -norms().loudness.quieter_than_calibration_lu


def _add_transcript(metrics: VoiceMetrics, text: str, source: str) -> None:
    from furikaeri.vocabulary import max_text_chars

    if len(text) > max_text_chars():
        raise AudioError(
            f"文字起こしが長すぎます（{len(text):,}字）。{max_text_chars():,}字までにしてください。",
            field="transcript",
        )
    conf = norms().rate
    metrics.transcript = text
    metrics.transcript_source = source
    metrics.chars = spoken_chars(text)
    fillers = count_fillers(text)
    metrics.fillers = fillers
    metrics.filler_count = sum(fillers.values())
    metrics.fillers_may_be_undercounted = source in ASR_SOURCES
    minutes = metrics.span_s / 60
    if metrics.chars >= conf.min_chars and metrics.span_s >= conf.min_span_s:
        metrics.chars_per_min = round(metrics.chars / minutes)
    if metrics.span_s >= conf.min_span_s:
        metrics.fillers_per_min = round(metrics.filler_count / minutes, 1)


# ------------------------------------------------------------------ what to say about it
def observations(m: VoiceMetrics) -> list[str]:
    """Japanese sentences of what was observed, with the norm beside each number."""
    out = [f"録音 {m.duration_s:.1f}秒のうち、声が出ていたのは {m.speech_s:.1f}秒でした。"]
    out.append(_pause_sentence(m))
    out += _loudness_sentences(m)
    out += _rate_sentences(m)
    return out


def _pause_sentence(m: VoiceMetrics) -> str:
    limit = norms().pauses.long_pause_s
    if not m.long_pauses:
        return f"{limit:g}秒以上の沈黙はありませんでした。"
    where = "、".join(
        f"{p.start_s:.1f}秒の時点から{p.duration_s:.1f}秒間" for p in m.long_pauses[:5]
    )
    return (
        f"{limit:g}秒以上の沈黙が{m.long_pause_count}回ありました"
        f"（最長 {m.longest_pause_s:.1f}秒。{where}）。"
    )


def _loudness_sentences(m: VoiceMetrics) -> list[str]:
    conf = norms().loudness
    if m.loudness_lufs is None:
        return ["声の部分が短く、音量は測れませんでした。"]
    out: list[str] = []
    if m.loudness_lufs < conf.too_quiet_lufs:
        out.append("録音の音量がとても小さいです。マイクの位置や入力音量を確かめてください。")
    if m.relative_loudness_lu is None:
        return out
    diff = m.relative_loudness_lu
    if m.quieter_than_calibration:
        out.append(
            f"声の大きさは、最初に読んだ文（普段の声）より {-diff:.1f} LU 小さめでした。"
            "面接では普段より少し大きめの声が聞き取りやすいです。"
        )
    elif diff >= 0:
        out.append(f"声の大きさは、普段の声より {diff:.1f} LU 大きく、はっきり届く大きさでした。")
    else:
        out.append(f"声の大きさは、普段の声とほぼ同じでした（{diff:+.1f} LU）。")
    return out


def _rate_sentences(m: VoiceMetrics) -> list[str]:
    if m.transcript is None:
        return ["文字起こしがないため、話す速さとつなぎ言葉は測っていません。"]
    conf, fconf = norms().rate, norms().fillers
    out: list[str] = []
    if m.chars_per_min is not None:
        rate = m.chars_per_min
        if rate > conf.fast_above:
            note = (
                f"速めです（目安 {conf.good_min}〜{conf.good_max}字/分、"
                f"{conf.fast_above}字/分を超えると速く聞こえます）"
            )
        elif rate < conf.slow_below:
            note = f"ゆっくりです（目安 {conf.good_min}〜{conf.good_max}字/分）"
        elif conf.good_min <= rate <= conf.good_max:
            note = "聞き取りやすい速さです"
        else:
            note = f"目安（{conf.good_min}〜{conf.good_max}字/分）に近い速さです"
        out.append(f"話す速さは 1分あたり約{rate:g}字で、{note}。")
    if m.fillers_per_min is not None and m.fillers is not None:
        words = "、".join(
            f"「{w}」{n}回" for w, n in sorted(m.fillers.items(), key=lambda x: -x[1])
        )
        per = m.fillers_per_min
        if per >= fconf.hurts_per_min:
            note = "多く、話の印象を損ねやすい水準です"
        elif per > fconf.harmless_per_min:
            note = "やや多めです"
        else:
            note = "気にならない程度です"
        detail = f"（{words}）" if words else ""
        out.append(f"つなぎ言葉は 1分あたり約{per:g}回{detail}で、{note}。")
    if m.fillers_may_be_undercounted:
        out.append(
            "音声認識の文字起こしは「えー」「あのー」を省きがちなので、つなぎ言葉は実際より少なく数えている可能性があります。文字起こしを直してから確かめてください。"
        )
    return out
