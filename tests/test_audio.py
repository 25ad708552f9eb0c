"""Voice metrics against audio whose truth is known: generated speech-like bursts and silences
at known levels (8/16/48 kHz, mono and stereo), the same re-encoded by PyAV to webm/opus,
ogg/opus, mp3 and m4a/aac, and Japanese speech from espeak-ng."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from audio_support import ANSWER, ESPEAK, ESPEAK_RATE, Script, encode, espeak, wav_bytes
from support import require

from furikaeri import audio
from furikaeri.audio import AudioError, count_fillers, norms, spoken_chars
from furikaeri.catalogue import DataFileError, load_data, validated

TOL_S = 0.15  # one VAD frame is 30 ms; edges of a burst's envelope cost a few frames


def _assert_pauses(metrics: audio.VoiceMetrics, script: Script, tol: float = TOL_S) -> None:
    truth = script.pauses(norms().pauses.long_pause_s)
    assert len(metrics.long_pauses) == len(truth), metrics.long_pauses
    for got, (start, end) in zip(metrics.long_pauses, truth, strict=True):
        assert got.start_s == pytest.approx(start, abs=tol)
        assert got.end_s == pytest.approx(end, abs=tol)


@pytest.mark.parametrize("rate", [8000, 16000, 48000])
@pytest.mark.parametrize("channels", [1, 2])
def test_pauses_speech_time_and_duration_match_what_was_generated(rate: int, channels: int) -> None:
    data = wav_bytes(ANSWER.render(rate=rate), rate=rate, channels=channels)
    m = audio.measure(data)
    assert m.duration_s == pytest.approx(ANSWER.duration_s, abs=0.05)
    assert m.speech_s == pytest.approx(ANSWER.speech_s, rel=0.08)
    _assert_pauses(m, ANSWER)
    assert m.longest_pause_s == pytest.approx(4.0, abs=2 * TOL_S)
    assert m.source["sample_rate"] == rate and m.source["channels"] == channels
    # Leading and trailing silence is not a pause; the span runs from first to last sound.
    assert m.span_s == pytest.approx(ANSWER.duration_s - 1.0, abs=2 * TOL_S)


@pytest.mark.parametrize("rate", [8000, 16000, 48000])
@pytest.mark.parametrize("burst", ["tone", "noise"])
def test_tone_and_noise_bursts_count_as_sound_too(rate: int, burst: str) -> None:
    m = audio.measure(wav_bytes(ANSWER.render(rate=rate, burst=burst), rate=rate, channels=2))
    assert m.speech_s == pytest.approx(ANSWER.speech_s, rel=0.05)
    _assert_pauses(m, ANSWER)


def test_a_pause_just_under_the_limit_is_not_long_and_one_just_over_is() -> None:
    script = Script((1.5, -2.2, 1.5, -2.8, 1.5))
    m = audio.measure(wav_bytes(script.render(rate=16000), rate=16000))
    assert m.long_pause_count == 1
    assert m.long_pauses[0].start_s == pytest.approx(5.2, abs=TOL_S)
    assert "2.5秒以上の沈黙が1回" in " ".join(m.observations)


def test_pauses_are_found_over_a_steady_background_hiss() -> None:
    signal = ANSWER.render(rate=16000, noise_dbfs=-50.0)
    m = audio.measure(wav_bytes(signal, rate=16000))
    _assert_pauses(m, ANSWER)


@pytest.mark.parametrize("gain_db", [-1.0, -6.0, -12.0, 4.0])
def test_loudness_is_relative_to_the_calibration_of_the_same_speaker(gain_db: float) -> None:
    calibration = wav_bytes(Script((3.0, -0.5, 3.0)).render(rate=16000), rate=16000)
    answer = ANSWER.render(rate=16000, amplitude=0.3 * 10 ** (gain_db / 20))
    m = audio.measure(wav_bytes(answer, rate=16000), calibration=calibration)
    assert m.relative_loudness_lu == pytest.approx(gain_db, abs=0.5)
    assert m.quieter_than_calibration is (gain_db < -norms().loudness.quieter_than_calibration_lu)
    said = " ".join(m.observations)
    assert ("小さめ" in said) is m.quieter_than_calibration


def test_loudness_is_of_the_speech_only_so_silence_does_not_lower_it() -> None:
    short = Script((2.0, -0.5, 2.0)).render(rate=16000)
    long = Script((2.0, -8.0, 2.0)).render(rate=16000)
    a = audio.measure(wav_bytes(short, rate=16000)).loudness_lufs
    b = audio.measure(wav_bytes(long, rate=16000)).loudness_lufs
    assert a is not None and b is not None and abs(a - b) < 0.3


def test_loudness_follows_the_level_in_decibels() -> None:
    loud = audio.measure(wav_bytes(ANSWER.render(rate=16000, amplitude=0.5), rate=16000))
    quiet = audio.measure(wav_bytes(ANSWER.render(rate=16000, amplitude=0.05), rate=16000))
    assert loud.loudness_lufs is not None and quiet.loudness_lufs is not None
    assert loud.loudness_lufs - quiet.loudness_lufs == pytest.approx(20.0, abs=0.5)


@pytest.mark.parametrize("kind", ["webm", "ogg", "mp3", "m4a"])
def test_the_same_answer_re_encoded_measures_the_same(kind: str) -> None:
    rate = 48000
    signal = ANSWER.render(rate=rate)
    reference = audio.measure(wav_bytes(signal, rate=rate))
    m = audio.measure(encode(signal, rate=rate, kind=kind))
    _assert_pauses(m, ANSWER, tol=0.2)  # codec delay and priming samples shift the edges
    assert m.speech_s == pytest.approx(reference.speech_s, rel=0.08)
    assert m.loudness_lufs == pytest.approx(reference.loudness_lufs, abs=1.0)
    assert m.duration_s == pytest.approx(ANSWER.duration_s, abs=0.15)


def test_a_browser_style_recording_without_a_duration_is_measured(tmp_path: Path) -> None:
    data = encode(ANSWER.render(rate=48000), rate=48000, kind="webm", seekable=False)
    path = tmp_path / "answer.webm"
    path.write_bytes(data)
    _assert_pauses(audio.measure(path), ANSWER, tol=0.2)


# ------------------------------------------------------------------ espeak-ng: real speech
FIRST = "私の強みは、粘り強く取り組むことです。"
SECOND = "前職では、営業として三年間働きました。"


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory) -> tuple[np.ndarray, np.ndarray]:
    require(ESPEAK is not None, "espeak-ng is needed (apt install espeak-ng)")
    tmp = tmp_path_factory.mktemp("espeak")
    return espeak(FIRST, tmp / "first.wav"), espeak(SECOND, tmp / "second.wav")


def test_japanese_speech_with_a_known_silence_between_two_sentences(
    speech: tuple[np.ndarray, np.ndarray],
) -> None:
    first, second = speech
    rate = ESPEAK_RATE
    gap = np.zeros(int(3.5 * rate))
    signal = np.concatenate([first, gap, second])
    m = audio.measure(wav_bytes(signal, rate=rate), transcript=FIRST + SECOND)
    assert m.long_pause_count == 1
    pause = m.long_pauses[0]
    # espeak's own trailing/leading silence around each sentence belongs to the pause.
    assert pause.start_s <= len(first) / rate + 0.05
    assert pause.end_s >= (len(first) + len(gap)) / rate - 0.05
    assert 3.5 <= pause.duration_s <= 4.3
    assert m.speech_s == pytest.approx(m.span_s - pause.duration_s, abs=0.7)
    chars = spoken_chars(FIRST + SECOND)
    assert m.chars == chars == 34
    assert m.chars_per_min == round(chars / (m.span_s / 60))
    assert m.fillers_per_min == 0.0


def test_japanese_speech_re_encoded_keeps_its_pause_and_loudness(
    speech: tuple[np.ndarray, np.ndarray],
) -> None:
    first, second = speech
    rate = ESPEAK_RATE
    signal = np.concatenate([first, np.zeros(3 * rate), second])
    reference = audio.measure(wav_bytes(signal, rate=rate))
    for kind in ("webm", "mp3"):
        m = audio.measure(encode(signal, rate=rate, kind=kind))
        assert m.long_pause_count == 1, kind
        assert m.long_pauses[0].start_s == pytest.approx(reference.long_pauses[0].start_s, abs=0.2)
        assert m.loudness_lufs == pytest.approx(reference.loudness_lufs, abs=1.0)


def test_quieter_japanese_speech_is_quieter_than_its_calibration(
    speech: tuple[np.ndarray, np.ndarray],
) -> None:
    first, second = speech
    calibration = wav_bytes(first, rate=ESPEAK_RATE)
    m = audio.measure(wav_bytes(second * 0.4, rate=ESPEAK_RATE), calibration=calibration)
    # 0.4 is -8 dB; two different sentences of one voice differ by a little more or less.
    assert m.relative_loudness_lu == pytest.approx(-8.0, abs=1.5)
    assert m.quieter_than_calibration is True


# ------------------------------------------------------------------ transcript measures
@pytest.mark.parametrize(
    ("text", "fillers"),
    [
        ("えー、私の強みは粘り強さです。", {"えー": 1}),
        ("あのー、前職では、えっと、営業をしていました。", {"あのー": 1, "えっと": 1}),
        ("えーと、その、まあ、頑張りました。", {"えーと": 1, "その": 1, "まあ": 1}),
        ("うーん、そうですね、あの、チームで取り組みました", {"うーん": 1, "あの": 1}),
        ("その会社では、あの時の経験を活かしました。", {}),
        ("結果はまあまあでしたが、改善しました。", {}),
        ("えっと えっと 御社を志望したのは", {"えっと": 2}),
        ("そのー、なんか、チームが好きで", {"そのー": 1, "なんか": 1}),
        ("御社の製品を使っています。", {}),
    ],
)
def test_fillers_are_counted_by_part_of_speech_not_by_substring(
    text: str, fillers: dict[str, int]
) -> None:
    assert count_fillers(text) == fillers


@pytest.mark.parametrize(
    ("text", "chars"),
    [
        ("私は、3年間働きました。", 10),
        ("ＡＢＣ社の「品質」", 7),
        ("えー、はい", 4),
        ("  。、！？", 0),
    ],
)
def test_spoken_characters_are_letters_and_digits(text: str, chars: int) -> None:
    assert spoken_chars(text) == chars


def test_rates_use_the_speaking_span_and_say_the_norms() -> None:
    script = Script((-2.0, 15.0, -1.0, 14.0, -3.0))  # a 30-second span between silences
    text = "私" * 150 + "、えー、" * 6  # 150 + 12 characters (ー is spoken), 6 fillers
    m = audio.measure(wav_bytes(script.render(rate=16000), rate=16000), transcript=text)
    assert m.span_s == pytest.approx(30.0, abs=0.2)
    assert m.chars_per_min == pytest.approx(324, abs=3)
    assert m.fillers_per_min == pytest.approx(12.0, abs=0.2)
    said = " ".join(m.observations)
    assert "250〜300字/分" in said and "損ねやすい" in said
    assert not m.fillers_may_be_undercounted


def test_a_recognised_transcript_is_flagged_as_a_possible_filler_undercount() -> None:
    data = wav_bytes(ANSWER.render(rate=16000), rate=16000)
    m = audio.measure(data, transcript="私の強みは粘り強さです。", transcript_source="browser")
    assert m.fillers_may_be_undercounted
    assert "少なく数えている可能性" in " ".join(m.observations)


def test_to_dict_has_the_agreed_keys() -> None:
    m = audio.measure(wav_bytes(ANSWER.render(rate=16000), rate=16000), transcript="えー、はい。")
    d = m.to_dict()
    for key in (
        "duration_s",
        "speech_s",
        "long_pauses",
        "loudness_lufs",
        "chars_per_min",
        "fillers_per_min",
    ):
        assert key in d
    assert set(d["long_pauses"][0]) == {"start_s", "end_s"}
    assert d["long_pause_count"] == 2


# ------------------------------------------------------------------ bad input
def test_a_file_that_is_not_audio_is_refused(tmp_path: Path) -> None:
    for data in (b"hello, this is text\n" * 50, b"%PDF-1.4\n" + bytes(range(256)) * 20):
        with pytest.raises(AudioError, match="音声ファイルとして読み取れません"):
            audio.measure(data)


def test_an_image_has_no_audio(tmp_path: Path) -> None:
    import av

    buf = io.BytesIO()
    out = av.open(buf, "w", format="matroska")
    stream = out.add_stream("ffv1", rate=1)
    stream.width, stream.height, stream.pix_fmt = 16, 16, "yuv420p"
    frame = av.VideoFrame.from_ndarray(np.zeros((16, 16, 3), np.uint8), format="rgb24")
    for packet in [*stream.encode(frame), *stream.encode(None)]:
        out.mux(packet)
    out.close()
    with pytest.raises(AudioError, match="音声が含まれていません"):
        audio.measure(buf.getvalue())


def test_empty_and_missing_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(AudioError, match="空のファイル"):
        audio.measure(b"")
    with pytest.raises(AudioError, match="ファイルを読めません"):
        audio.measure(tmp_path / "nothing.wav")


@pytest.mark.parametrize("noise_dbfs", [None, -75.0])
def test_pure_silence_is_refused(noise_dbfs: float | None) -> None:
    signal = Script((-5.0,)).render(rate=16000, noise_dbfs=noise_dbfs)
    with pytest.raises(AudioError, match="声が検出されませんでした"):
        audio.measure(wav_bytes(signal, rate=16000))


def test_a_click_is_too_short_to_measure() -> None:
    with pytest.raises(AudioError, match="短すぎて"):
        audio.measure(wav_bytes(np.zeros(1000), rate=16000))


def test_a_30_minute_file_is_refused_from_its_header_before_decoding() -> None:
    data = encode(np.zeros(8000 * 1800), rate=8000, kind="flac")
    assert len(data) < norms().limits.max_bytes  # silence compresses: the size check passes
    with pytest.raises(AudioError, match="長すぎます（約30分）"):
        audio.decode(data)


def test_a_long_stream_without_a_duration_is_cut_off_at_the_limit() -> None:
    seconds = norms().limits.max_duration_s + 60
    data = encode(np.zeros(int(8000 * seconds)), rate=8000, kind="flac", seekable=False)
    with pytest.raises(AudioError, match="長すぎます"):
        audio.decode(data)


def test_a_file_over_the_size_limit_is_refused_before_opening(tmp_path: Path) -> None:
    path = tmp_path / "big.wav"
    with path.open("wb") as fh:  # sparse: costs no disk
        fh.write(b"RIFF")
        fh.truncate(norms().limits.max_bytes + 1)
    with pytest.raises(AudioError, match="大きすぎます"):
        audio.measure(path)


def test_an_unsupported_codec_is_named() -> None:
    data = encode(ANSWER.render(rate=8000), rate=8000, kind="wav", codec="adpcm_ms")
    with pytest.raises(AudioError, match="adpcm_ms"):
        audio.measure(data)


def test_the_norms_file_is_validated_at_load() -> None:
    assert norms().pauses.long_pause_s == 2.5
    raw = load_data("voice.toml")
    raw["rate"]["good_min"] = -1
    with pytest.raises(DataFileError):
        validated("voice.toml", audio.VoiceNorms, raw)


def test_a_recording_cut_off_mid_packet_is_measured_as_far_as_it_goes() -> None:
    data = encode(ANSWER.render(rate=48000), rate=48000, kind="webm")
    m = audio.measure(data[: int(len(data) * 0.7)])
    assert 8.0 < m.duration_s < ANSWER.duration_s
    assert m.long_pauses[0].start_s == pytest.approx(2.5, abs=0.2)


def test_a_long_unpunctuated_transcript_is_counted_and_an_over_long_one_refused() -> None:
    from furikaeri.vocabulary import max_text_chars

    data = wav_bytes(ANSWER.render(rate=16000), rate=16000)
    text = ("えーと私は営業を" * 3000)[: max_text_chars()]  # recognisers often add no punctuation
    m = audio.measure(data, transcript=text)
    assert m.fillers is not None and m.fillers["えーと"] >= 2400
    with pytest.raises(AudioError, match="文字起こしが長すぎます") as err:
        audio.measure(data, transcript=text + "あ")
    assert err.value.field == "transcript"
