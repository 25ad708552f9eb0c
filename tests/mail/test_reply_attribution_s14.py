"""The cause of a critique comes from what is criticised (session 14): a quoted wish set against
the company's way claims no strength; topics told as what a critique of delivery or of the
questions kept the interviewer from taking in name no cause of their own. Sentences written for
these tests, not from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a quoted wish set against the company's way: fit only, no self-PR
        (
            "面接で『いずれは海外の拠点を任されたい』とおっしゃっていましたが、当社は国内の店舗"
            "運営が中心で、方向性が合わないと判断しました。",
            ["culture_fit"],
        ),
        (
            "「自分のペースでじっくり開発したい」とのお話があり、スピードを重んじる当社の社風とは"
            "少し違うと感じました。",
            ["culture_fit"],
        ),
        # a strength claimed in a quote is still a claim without an episode
        (
            "「誰とでもすぐ打ち解けられるのが強みです」とのことでしたが、それを示すご経験のお話が"
            "伺えませんでした。",
            ["self_pr"],
        ),
        # quoted slang: manners only
        (
            "お話の途中で『超やばかったです』『ぶっちゃけ』という言い方が何度か出ていました。",
            ["manners"],
        ),
    ],
)
def test_quoted_words_by_their_role(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # what a critique of delivery or of the questions kept unseen is its effect
        (
            "声が少し小さく、これまでのご経験の良さがこちらに伝わりきりませんでした。",
            ["communication"],
        ),
        (
            "最後のご質問がなかったので、当社の働き方をどう受け止められたのか測りかねました。",
            ["reverse_question"],
        ),
        ("ご回答が長くなりがちで、強みがどこにあるのか埋もれてしまいました。", ["communication"]),
        (
            "視線を合わせる場面が少なく、技術職としてのご経験が当社で活かせるかイメージしにくかった"
            "です。",
            ["communication"],
        ),
        # near-misses: a second point added with も, and praise before the link
        ("声が小さく、志望動機もよく分かりませんでした。", ["motivation", "communication"]),
        ("ご経験は十分で、志望動機がどうしても見えてきませんでした。", ["motivation"]),
        # a critique of what was said: what went unsaid is a point of its own
        (
            "退職の理由が待遇へのご不満ばかりで、当社で何をしたいのかが見えてきませんでした。",
            ["motivation", "negative_reason"],
        ),
        # the effect is the critique's own topic: kept
        (
            "志望動機が他社でも言える内容で、当社でなければならない理由が分かりませんでした。",
            ["motivation"],
        ),
    ],
)
def test_effect_of_a_critique_names_no_cause(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # points of concern counted out: each names its cause, ending in 〜点です
        (
            "気になった点が二つありました。一点目は、退職の理由として前の職場の評価制度へのご不満を"
            "中心にお話しされていた点です。二点目は、最後のご質問が賞与や有給休暇のことに集中して"
            "いた点です。",
            ["negative_reason", "reverse_question"],
        ),
        (
            "懸念となった点は二つです。ひとつは、前の会社の上司についてのお話が中心だった点、"
            "もうひとつは、ご質問が福利厚生のことのみだった点です。",
            ["negative_reason", "reverse_question"],
        ),
        # near-miss: points of praise counted out name no cause
        (
            "良かった点は二つあります。一つ目は、店舗での接客のお話です。二つ目は、当社の商品に"
            "ついて調べてこられた点です。",
            [],
        ),
        # the count ends with the first sentence that opens with no ordinal
        (
            "気になった点は一つです。一点目は、転職理由として前職の人間関係のお話が中心だった点です。"
            "当社のサービスについてのお話も伺いました。",
            ["negative_reason"],
        ),
    ],
)
def test_points_counted_out(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # an embedded question of what happened asks for the episode: self_pr, whatever words
        # of delivery (反応, 表情) it holds
        (
            "『人と話すのが好き』というお気持ちは伝わりましたが、どんな場面でどなたと関わり、"
            "相手にどういう反応があったのか、といったお話がもう少し聞けたらと思いました。",
            ["self_pr"],
        ),
        (
            "明るいお人柄は感じましたが、そのときお客様がどんな表情をされたのか、具体的に伺え"
            "ればと思いました。",
            ["self_pr"],
        ),
        # near-misses: the candidate's own reaction in the talk is delivery; a question of why
        # the candidate left names the leaving, no episode
        ("ご質問への反応がやや薄く、会話が続きにくい場面がありました。", ["communication"]),
        ("前職をなぜ辞めたのか、はっきりしたお話がありませんでした。", ["negative_reason"]),
    ],
)
def test_missing_episode_is_self_pr(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the wish told, then named again as one side of a gap: fit
        (
            "「地元で腰を据えて営業したい」というご希望を伺いましたが、当面は全国の拠点を回って"
            "いただく予定のため、ご希望とのずれが大きいと判断しました。",
            "feedback",
            ["culture_fit"],
        ),
        # near-misses: the decision's formula and the request for feedback are no gap of fit; a
        # gap denied is none
        (
            "当社で働きたいというお気持ちは大変ありがたく存じますが、今回はご希望に沿えない結果と"
            "なりました。",
            "other",
            [],
        ),
        (
            "長く働きたいというお考えは伺いましたが、ご希望とのずれはないと考えております。ただ"
            "今回は他の方を採用しました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_wish_named_again_in_a_gap(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)
