"""Replies to a feedback request (session 16): a cause named only to deny it, up front and as a
whole clause (「スキルが不足していたためではございません」「技術力が足りなかったというわけでは
ない」「経験が浅いから見送った、ということではありません」), is no cause; the point after it is.
Near-misses: a denial of one thing next to a lack told plainly, and a guess (「…ためではないか」),
still name the lack."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a reason made a noun (ため) and denied
        (
            "今回の判断は、ご経験が足りなかったためではございません。当社の今後の方向性と、"
            "目指されているキャリアの方向性が異なると考えたためです。",
            ["culture_fit"],
        ),
        (
            "お話の進め方に問題があったためではありません。今回の職種では設計の実務経験が"
            "必須で、そのご経験がなかったため見送りとなりました。",
            ["skills"],
        ),
        # a lack denied across a formal noun (足りない inside the denied proposition)
        (
            "最初に申し上げると、技術力が足りなかったというわけではないです。当社の社風との"
            "相性という点で、今回は見送らせていただきました。",
            ["culture_fit"],
        ),
        # a degree word the lexicon leaves neutral (弱い), denied
        (
            "自己PRが弱かったわけではございません。ほかの候補者の方のご経歴が、当社の求める"
            "要件により近かったため、このような結果となりました。",
            ["relative"],
        ),
        # a quoted clause before a comma, then ということではない
        (
            "経験が浅いから見送った、ということではありません。当社の価値観と、大切にされている"
            "働き方に違いがあると感じたことが理由です。",
            ["culture_fit"],
        ),
    ],
)
def test_a_cause_denied_up_front_is_no_cause(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # one thing denied, the lack told plainly beside it
        (
            "お人柄に問題があったわけではありませんが、業務に必要な知識が不足していると判断しました。",
            ["skills"],
        ),
        # a guess, not a denial
        (
            "志望動機の掘り下げが浅かったためではないかと、面接官は申しておりました。",
            ["motivation"],
        ),
        # a concern left (a negative word denied, then denied again)
        (
            "ご経験に問題がなかったわけではありません。実務経験の年数が要件に届いていませんでした。",
            ["skills"],
        ),
    ],
)
def test_a_lack_beside_a_denial_or_guessed_still_counts(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes
