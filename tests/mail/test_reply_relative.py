"""Relative decisions in a reply: another person chosen or preferred, the last few
compared, margins and the decisive factor (relative, with or without a cause of the
candidate's)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the decisive factor told, a fit topic
        ("最終的な決め手は、現場の雰囲気に合うかどうかでした。", "feedback", ["culture_fit"]),
        ("決め手となったのは、職場の風土に馴染めるかという点でした。", "feedback", ["culture_fit"]),
        ("決め手になったのは、当社の価値観との重なりでした。", "feedback", ["culture_fit"]),
        # near-miss: the candidate's own reason for joining, asked and answered well
        (
            "入社の決め手をお伺いしたところ、明確にお答えいただき好印象でした。",
            "feedback",
            [],
        ),
        # near-miss: another person chosen by what they had, nothing said the reader lacked
        (
            "最終的には、店舗の立ち上げをご経験された別の候補者の方に決定いたしました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_the_decisive_factor(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    "body",
    [
        # another person told as the one who fitted, casual and formal
        "別の方の職歴が、今チームが必要としている領域にぴったりだったそうです。"
        "〇〇さんに問題があったわけではないとのことです。",
        "先方の話では、ほかの候補者の方のご経験が、いまの事業の状況にうまくハマったとのことでした。",
        "今回は、もう一人の候補者のご経歴が、現在の部署の課題に合致していたという事情です。",
        # two people weighed
        "人事の方いわく、二人のうちどっちにするかで最後まで悩んだそうです。",
        "最終的にご両名のどちらを採用するかで、社内でもかなり迷いました。",
        # the person chosen told by what they can do
        "入社日が合う方を優先して採用いたしました。",
        "当社では、ご経験を積まれた方を優先して採用いたしました。",
        # the person chosen told by a closer experience, joining
        "最終的に、現在の体制により適したご経験をお持ちの方にご入社いただくこととなりました。",
    ],
)
def test_the_other_person_chosen_is_relative(body: str) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == ["relative"]


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # advice to choose what suits, no one chosen
        ("ご自身に合う方を選ばれるとよいと思います。", "other", []),
        # the reader fitting in with others, then the gap
        (
            "ほかの社員とも合いそうな明るいお人柄でしたが、実務経験が不足していると判断しました。",
            "feedback",
            ["skills"],
        ),
        # the others as a baseline conceded (比べても), then the gap
        (
            "他の方と比べても当社に合っていると感じましたが、必須の資格をお持ちでなかったため"
            "見送りました。",
            "feedback",
            ["skills"],
        ),
        # a policy with the verdict weighs no point of fit
        ("弊社の方針として、今回は見送りとさせていただきました。", "other", []),
        # a refusal to tell is still one
        ("選考の理由につきましては、お伝えすることができません。", "declined", []),
        # a word of difference with a topic of its own is that topic's
        (
            "弊社は未経験の方も歓迎しています。ただ、今回求める実務経験の水準とは少し違うと判断しました。",
            "feedback",
            ["skills"],
        ),
        # the interviewers two, not the candidates
        (
            "面接官二名で協議した結果、志望動機が弱いという結論になりました。",
            "feedback",
            ["motivation"],
        ),
    ],
)
def test_near_misses_of_relative(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == label
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the margin from those chosen, small or large, is a comparison
        ("採用となった方との差は、ほんのわずかなものでした。", "feedback", ["relative"]),
        ("最終に進まれた方々との差は小さかったと聞いています。", "feedback", ["relative"]),
        # a comparison that names what decided stays relative beside a refusal (declined with
        # the comparison, as before: not the hire's news alone)
        (
            "他の候補者の方のご経験のほうが当社の要件により近かったため、その方に決まりました。"
            "これ以上の詳細はお伝えできかねます。",
            "declined",
            ["relative"],
        ),
        # a gap from the company's level is no comparison with people
        (
            "当社の求める水準との差が大きく、実務経験が不足していると判断しました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_margins_and_comparisons(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the last few left, the other preferred for fit: relative and culture_fit
        (
            "最終選考に残った2名のうち、もう一人の方のほうが当社の社風に合うと判断しました。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        (
            "二次に進んだ3人の中で、別の方のほうがうちの店の雰囲気に合っていたんです。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        (
            "最後に残ったお二人のうち、もうお一方がより当社の価値観にフィットしていました。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        # near-misses: the other person by experience only; the last few with no fit named
        (
            "最後に残った2名のうち、別の方のほうが実務経験の年数で上回っていました。",
            "feedback",
            ["relative"],  # the other had more: a comparison (s20)
        ),
        (
            "最終面接に残った3名の中から、採用予定数の関係で別の方に決まりました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_the_last_few_and_the_other_preferred(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
