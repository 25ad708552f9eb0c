"""The writer's own framing by a verb of saying (「結論から言いますと、」「率直に申し上げると、」):
the writer's act of telling, never the candidate's communication; what follows is read as usual."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.speech import speech_frame
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.text import normalize


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        ("結論から言いますと、今回は別の方を採用しました。", "結論から言いますと、"),
        ("正直に言って、少し残念でした。", "正直に言って、"),
        ("一言で言えば、経験不足です。", "一言で言えば、"),
        ("端的に申しますと、志望動機が弱かったです。", "端的に申しますと、"),
        ("結論からお伝えすると、逆質問の内容です。", "結論からお伝えすると、"),
        ("上司に言われて辞めたとのことでした。", None),  # told by someone: a story
        ("そう言っていただけると嬉しいです。", None),  # a supporting verb after て
        ("言い方が少し気になりました。", None),  # the candidate's way of speaking
        ("熱意を伝えると良いと思います。", None),  # an object marked before
    ],
)
def test_speech_frame(sentence: str, frame: str | None) -> None:
    assert speech_frame(_morphs(normalize(sentence))) == frame


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("結論から申し上げますと、同業界での経験が豊富な別の方を採用いたしました。", ["relative"]),
        ("率直に言うと、面接の時間に15分遅れて来られたのが一番気になりました。", ["manners"]),
        ("正直に申しますと、志望動機からなぜ弊社なのかが伝わってきませんでした。", ["motivation"]),
    ],
)
def test_the_frame_names_no_communication(body: str, causes: list[str]) -> None:
    found = classify_reply(body).causes
    assert "communication" not in found
    assert set(causes) <= set(found)
