"""Notices told in a western spoken dialect ([kana] `dialect`): Kyushu's adjective in か
(「厳しか」), the Kansai and Kyushu copula や/やった (「合格やったで」), and a spoken quote closed
after a comma (「無理やね、ってなりました」); and the same forms about a day, a document or a shift.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.notice.kana import dialect_reading
from furikaeri.mail.notice.rulebook import _notice_rules

DIALECT_REJECTIONS = [
    "店のみんなと話して、今回は採用するのは厳しかという結論になったとよ。",
    "あれから考えたばってん、今回はご一緒するのは難しかね、ってなりました。すまんね。",
    "色々相談したんやけど、今回は来てもらうのは難しいね、ってなりました。ほんまごめん。",
    "今回はご期待に沿うのは難しかという判断になりました。",
]

DIALECT_PASSES = [
    "この前の面接の結果やけど、ぜんぜんOKやったよ。次はオーナーと会うてな。",
    "一次はオッケーやで！次は社長面接やから、また日にち連絡するわ。",
    "選考、OKやったばい。次の面接の日はまた相談しよう。",
]

DIALECT_OTHERS = [
    "来週の土曜は難しかね。日曜の午後なら空いとるよ。",
    "今月のシフト、みんなOKやで。変更ある人は早めに言うてな。",
    "制服のサイズはMでOKやった。当日はそれ着てきてな。",
    "駅からの道は少しかかるけん、早めに出てきてね。",
]


def _mail(line: str) -> str:
    return f"大野さん\n\nこの間はありがとう。\n{line}\n\n喫茶 ひまわり 店長"


@pytest.mark.parametrize("line", DIALECT_REJECTIONS)
def test_a_rejection_in_dialect(line: str) -> None:
    result = classify_notice(subject="", body=_mail(line))
    assert result.label == "rejection"
    assert all(phrase in line for phrase in result.evidence)  # the mail's own words


@pytest.mark.parametrize("line", DIALECT_PASSES)
def test_a_pass_in_dialect(line: str) -> None:
    result = classify_notice(subject="", body=_mail(line))
    assert result.label == "pass"
    assert all(phrase in line for phrase in result.evidence)


@pytest.mark.parametrize("line", DIALECT_OTHERS)
def test_the_same_forms_about_something_else(line: str) -> None:
    assert notice_label("", _mail(line)) == "other"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("今回は厳しかね。", "今回は厳しいね。"),
        ("一次は合格やったで。", "一次は合格でした。"),
        ("結果はOKや！", "結果はOKです！"),
        ("お受けしかねます。ペンや鉛筆も少しか。", None),  # 兼ねる, a list, 少し
    ],
)
def test_dialect_forms_are_read_in_the_standard(text: str, read: str | None) -> None:
    reading = dialect_reading(_notice_rules(), text)
    assert (reading.text if reading else None) == read
    if reading:
        assert reading.original(reading.text) == text
