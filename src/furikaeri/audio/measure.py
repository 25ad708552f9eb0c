"""The measurement of one recording: decode, speech, pauses, loudness against a calibration,
and with a transcript 字/分 and fillers a minute."""

from __future__ import annotations

from furikaeri.audio.activity import gaps, loudness, require_speech
from furikaeri.audio.decode import Source, decode
from furikaeri.audio.norms import norms
from furikaeri.audio.observe import observations
from furikaeri.audio.text import count_fillers, spoken_chars
from furikaeri.audio.types import ASR_SOURCES, AudioError, Decoded, TranscriptSource, VoiceMetrics


def calibration_loudness(source: Source) -> float:
    """Loudness of the calibration sentence (the speaker's normal voice) in LUFS."""
    decoded = decode(source)
    segments = require_speech(decoded.samples)
    value = loudness(decoded.samples, segments)
    spoken = sum(s.end_s - s.start_s for s in segments)
    if value is None or spoken < norms().calibration.min_speech_s:
        raise AudioError(
            "校正用の録音が短すぎて、普段の声の大きさを測れません。文を最後まで読んでください。",
            field="calibration",
        )
    return value


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
    segments = require_speech(samples)
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
