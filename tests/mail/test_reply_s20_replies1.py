"""A refusal told only as possible in a receipt (「内容によってはご回答できない場合もございます」:
nothing decided, other; a refusal stated as the decision or the rule stays declined), praise
given as the ground of a regret (「ほかの受け答えはしっかりしていたので、もったいなかった」: no
point of its own) and praise by an adverb Sudachi normalizes (しっかり → 確り), and a complaint
that the questions could have been looked up taking, of the topics the sentence before named,
only what can be looked up (the questions, never a self-PR), and what the candidate asked
about (「当社の強みについてお聞きになりました」) naming no cause. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a receipt: being checked, some points may not be answered
        (
            "いただいたご質問は、現在面接担当者に確認しております。今しばらくお待ちください。"
            "なお、内容によってはご回答できない場合もございますので、あらかじめご了承ください。",
            "other",
            [],
        ),
        (
            "面接官に確認してからお返事しますね。少しお時間ください。"
            "ただ、お答えできないこともありますので、その点はご容赦ください。",
            "other",
            [],
        ),
        (
            "お問い合わせの件、社内で確認のうえ、改めてご連絡いたします。"
            "場合によってはお答えいたしかねる点もあるかと存じますが、何卒ご理解ください。",
            "other",
            [],
        ),
        (
            "企業様にフィードバックをいただけるよう依頼いたしました。"
            "企業様のご判断により、ご回答いただけない可能性もございますので、ご承知おきください。",
            "other",
            [],
        ),
        (
            "担当部署に確認中です。ご質問の内容によってはお答えできかねることもございます。",
            "other",
            [],
        ),
        (
            "選考担当者に確認を取っております。評価の詳細など、お答えしかねる点もあるかもしれません。",
            "other",
            [],
        ),
        # near-misses: the refusal is the decision, or a standing rule
        (
            "大変恐縮ですが、選考の詳細な理由につきましては、社の方針によりお答えできかねます。",
            "declined",
            [],
        ),
        (
            "申し訳ありませんが、不採用の理由についてはお答えできないことになっております。",
            "declined",
            [],
        ),
        (
            "選考内容に関しては、社内規定によりお答えできない場合がございます。ご了承ください。",
            "declined",
            [],
        ),
    ],
)
def test_refusal_told_as_possible(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == (label, sorted(causes))


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # praise as the ground of a regret: no point
        (
            "志望動機について、弊社を選んだ理由がもう少し具体的だとよかったと思います。"
            "ほかの受け答えはしっかりしていたので、もったいなかったと思います。",
            ["motivation"],
        ),
        (
            "逆質問で待遇面のご質問が中心だった点が気になりました。"
            "受け答え自体は明るくハキハキとされていたので、惜しかったです。",
            ["reverse_question"],
        ),
        (
            "必要とされる業務経験の年数に届いていなかったことが主な理由です。"
            "話し方はとても落ち着いていて分かりやすかっただけに、残念です。",
            ["skills"],
        ),
        (
            "身だしなみや言葉遣いはしっかりされていました。"
            "一方で、当社の求める方向性とは少し違うと判断しました。",
            ["culture_fit"],
        ),
        # near-misses: the regret is of a fault, or the reason grounds another point
        (
            "質問に対する回答が長く、結論がなかなか見えなかった点がもったいなかったと感じています。",
            ["communication"],
        ),
        (
            "受け答えが少し一方的で、こちらの質問の意図とずれていたのが残念でした。",
            ["communication"],
        ),
        (
            "明るい雰囲気の職場ですので、静かに集中したい方には合わないと考えました。",
            ["culture_fit"],
        ),
    ],
)
def test_praise_as_ground_of_regret(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == ("feedback", sorted(causes))


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "一次面接では自己PRと志望動機、逆質問をお伺いしました。"
            "IR資料や会社案内を見ればわかる内容ばかりでした。",
            ["reverse_question"],
        ),
        (
            "面接では自己PRとガクチカ、最後に逆質問をお聞きしました。"
            "どれも採用サイトを見ればわかることばかりだったのが残念です。",
            ["reverse_question"],
        ),
        (
            "最後に逆質問の時間を設けました。IR資料や会社案内を見ればわかる内容ばかりでした。",
            ["reverse_question"],
        ),
        # what the candidate asked about names no cause of its own
        (
            "逆質問では当社の事業の強みや実績について聞かれましたが、"
            "IR資料や会社案内を見ればわかる内容ばかりでした。",
            ["reverse_question"],
        ),
        (
            "最後に、当社の強みや今後の成長についてお聞きになりましたが、"
            "いずれも採用サイトに載っている内容でした。",
            ["reverse_question"],
        ),
        # near-misses: the topic is the clause's own
        (
            "逆質問では事業の今後について聞かれましたが、自己PRの内容が抽象的でした。",
            ["reverse_question", "self_pr"],
        ),
        (
            "志望動機が、会社案内に書いてある言葉をなぞっただけのように聞こえ、"
            "ご自身の経験とのつながりが見えませんでした。",
            ["motivation"],
        ),
        (
            "自己PRで挙げられた強みについて、それを裏付ける具体的なエピソードが見えませんでした。"
            "また、逆質問も会社案内を読めばわかるものでした。",
            ["reverse_question", "self_pr"],
        ),
    ],
)
def test_looked_up_takes_the_questions(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == ("feedback", sorted(causes))


@pytest.mark.parametrize(
    ("clause", "possible"),
    [
        ("内容によってはご回答できない場合もございます", True),
        ("ご回答いただけない可能性もございます", True),
        ("お答えできない場合はご容赦ください", True),
        # near-misses: decided, a rule's, or the candidate's observed in the past
        ("お伝えできることはございません", False),
        ("規定によりお答えできない場合がございます", False),
        ("うまくお答えいただけないこともありました", False),
    ],
)
def test_possible_refusal(clause: str, possible: bool) -> None:
    from furikaeri.mail.reply.refusal import possible_refusal
    from furikaeri.mail.reply.rules import _reply_rules
    from furikaeri.mail.reply.words import _morphs

    assert (possible_refusal(_reply_rules().refusal, _morphs(clause)) is not None) == possible
