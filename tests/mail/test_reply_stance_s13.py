"""Session 13: a reply's stance toward a topic decides whether it names a cause. A denial or
a reassurance naming a topic (「能力の問題ではない」「減点があったわけではない」), a heading of
what went well above its bullets, and the writer's words about their own reply or process
(an apology for the explanation, a request to phone, a general remark on how the company
interviews) name no cause; the criticism beside them still does."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import split_sentences


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a denial: the copula of a reason, or a lack told as what the result was not
        (
            "実務のご経験が不足していたわけでは決してありません。より近い職種の方がいらっしゃいました。",
            "feedback",
            ["relative"],
        ),
        (
            "知識量の問題ではまったくございません。弊社の目指す方向とのずれによるものです。",
            "feedback",
            ["culture_fit"],
        ),
        # still a shortfall: the denial is the reason given, or a judgement of the candidate
        ("理由は、当社の必要とする水準ではなかったためです。", "feedback", ["skills"]),
        # a fault denied beside an overall judgement: feedback with no cause
        (
            "ご連絡ありがとうございます。\n目立った減点は特にございませんでした。\n総合的に判断した結果となります。",
            "feedback",
            [],
        ),
        (
            "評価を大きく下げる欠点があったということは全くございません。総合的な判断でございます。",
            "feedback",
            [],
        ),
        # a consolation told by a predicate stays a refusal (「悪かったわけではない」)
        (
            "どこがいけなかったということは全くございません。総合的な判断でございます。",
            "declined",
            [],
        ),
        ("選考の詳細はお伝えできかねます。総合的な判断とご理解ください。", "declined", []),
        # a topic taken as no problem, a requirement met: praise, then a comparison
        (
            "転職の多さも特に問題とは捉えておりませんでした。最終的にはほかの方との比較で決めました。",
            "feedback",
            ["relative"],
        ),
        (
            "必要な資格は満たしておられましたが、ほかの候補者の方との比較の結果、今回は見送りといたしました。",
            "feedback",
            ["relative"],
        ),
        # the writer's own words about their reply or process
        (
            "拙いご説明で恐縮ですが、弊社の商品についてほとんどご存じない印象を受けました。",
            "feedback",
            ["motivation"],
        ),
        (
            "書面ではお伝えしづらい部分もございますので、よろしければお電話をいただけますでしょうか。",
            "other",
            [],
        ),
        (
            "個別の評価はお答えしておりません。一般論として、当社では入社後に挑戦したいことを必ずお伺いしています。",
            "declined",
            [],
        ),
        (
            "志望動機が一般的に聞こえ、当社でなければならない理由が見えませんでした。",
            "feedback",
            ["motivation"],
        ),
        (
            "お電話をいただいた際の言葉遣いがややくだけていた点が気になりました。",
            "feedback",
            ["manners"],
        ),
    ],
)
def test_stance_decides_the_cause(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "【よかった点】\n・笑顔で明るく受け答えされていた\n・研究の説明が具体的だった\n【懸念点】\n・前職を一年で辞めた理由のご説明がなかった",
            ["short_tenure"],
        ),
        (
            "■評価\n・結論から簡潔に話されていた\n■改善点\n・志望動機に当社ならではの理由が欲しかった",
            ["motivation"],
        ),
    ],
)
def test_a_heading_frames_the_bullets_below_it(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    "body",
    [
        "お見送りの理由はご経歴ではございません。配属予定の部署が募集を停止したためです。",
        "落ちた原因は語学力ではありませんでした。",
    ],
)
def test_a_topic_denied_as_the_reason_names_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


def test_a_heading_line_is_a_sentence_of_its_own() -> None:
    body = "・受け答えが丁寧だった\n【懸念点】\n・逆質問がなかった"
    assert [norm for _, norm in split_sentences(body)] == [
        "・受け答えが丁寧だった",
        "【懸念点】",
        "・逆質問がなかった",
    ]
