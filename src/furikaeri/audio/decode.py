"""Decoding with PyAV (its wheels carry FFmpeg) to mono 16 kHz float32, refusing what
cannot be measured before decoding it all."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from furikaeri.audio.norms import norms
from furikaeri.audio.types import RATE, AudioError, Decoded

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
