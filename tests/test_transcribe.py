"""Transcription helpers: text a model places over silence is dropped; speech is cut into
padded chunks that fit Whisper's window."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from furikaeri.audio import Span
from furikaeri.transcribe import MAX_CHUNK_S, chunks, engine, keep_over_speech, speech_share

SPEECH = [Span(1.0, 4.0), Span(9.0, 12.0)]


def test_text_over_silence_is_dropped_and_text_over_speech_kept() -> None:
    pieces = [
        (0.9, 4.1, "私の強みは粘り強さです。"),
        (5.0, 8.5, "ご視聴ありがとうございました"),  # Whisper's favourite invention
        (8.8, 12.0, "前職では営業をしていました。"),
        (12.5, 14.0, "。"),
    ]
    kept, dropped = keep_over_speech(pieces, SPEECH)
    assert kept == ["私の強みは粘り強さです。", "前職では営業をしていました。"]
    assert dropped == ["ご視聴ありがとうございました", "。"]


@pytest.mark.parametrize(
    ("start", "end", "share"), [(1.0, 4.0, 1.0), (0.0, 2.0, 0.5), (5.0, 8.0, 0.0), (3.0, 3.0, 0.0)]
)
def test_speech_share(start: float, end: float, share: float) -> None:
    assert speech_share(start, end, SPEECH) == pytest.approx(share)


def test_chunks_are_padded_merged_and_cut_to_the_window() -> None:
    assert chunks([Span(1.0, 2.0), Span(2.3, 3.0)], 10.0) == [Span(0.8, 3.2)]
    assert chunks([Span(0.1, 2.0), Span(5.0, 9.95)], 10.0) == [Span(0.0, 2.2), Span(4.8, 10.0)]
    long = chunks([Span(0.0, 70.0)], 80.0)
    assert all(c.end_s - c.start_s <= MAX_CHUNK_S + 1e-9 for c in long)
    assert long[0].start_s == 0.0 and long[-1].end_s == pytest.approx(70.2)


def test_engine_follows_the_settings() -> None:
    assert engine(SimpleNamespace(whisper_model=None, vosk_model=None)) is None
    assert engine(SimpleNamespace(whisper_model="/m", vosk_model="/v")) == "whisper"
    assert engine(SimpleNamespace(whisper_model=None, vosk_model="/v")) == "vosk"
