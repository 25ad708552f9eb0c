"""What to say about a measurement: Japanese sentences of observed facts, each with its norm."""

from __future__ import annotations

from furikaeri.audio.norms import norms
from furikaeri.audio.types import VoiceMetrics


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
