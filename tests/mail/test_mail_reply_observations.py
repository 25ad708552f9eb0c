"""Bare observations of the candidate's conduct in a reply to a feedback request:
what the candidate did, told in respectful forms (「手に取られていました」「お座りになって
いました」「向いていらっしゃいました」) or as the interviewer's perception (「…ように見え
ました」「…印象を受けました」), with no word of evaluation, is offered as a concern when it
names a cause's topic, and makes the reply feedback. Not when it praises (a word of positive
polarity, a heading of what went well), is denied, is the company's act, modifies a noun
(「お忘れになった傘」) or tells a prospect (「活かしていただける場面も多い」). Sentences written
for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

# (body, label, causes)
CASES = [
    # Observations naming a topic: a concern.
    ("面接の最中に、鳴った携帯電話をその場で確認されていました。", "feedback", ["manners"]),
    (
        "ウェブ面接の間、マイクをミュートにされないままでいらっしゃいました。",
        "feedback",
        ["manners"],
    ),
    ("お話の途中で、腕時計に何度か目をやっていらっしゃいました。", "feedback", ["manners"]),
    ("椅子の背もたれに深く寄りかかってお話しになっていました。", "feedback", ["manners"]),
    (
        "志望動機は、金融業界であればどこでも通じるお話をされていた印象を受けました。",
        "feedback",
        ["motivation"],
    ),
    (
        "最後のご質問では、年間休日と残業時間についてお尋ねになっていました。",
        "feedback",
        ["reverse_question"],
    ),
    (
        "ご自身の主体性について、具体的な場面を挙げずにお話しされていたように見えました。",
        "feedback",
        ["self_pr"],
    ),
    (
        "転職を考えられたきっかけとして、前職の評価制度への不満を繰り返しお話しされていました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "ご自身のペースで一人で進める仕事を望まれているように感じました。"
        "弊社は部署をまたいで協力しながら進める職場です。",
        "feedback",
        ["culture_fit"],
    ),
    # Relayed by someone named (受付の者が申して).
    (
        "待合室でお待ちの間、携帯電話で長く通話されていたと受付の者が申しておりました。",
        "feedback",
        ["manners"],
    ),
    # A trait of the candidate's told with its degree, naming a topic of theirs.
    ("ネクタイの柄がかなり派手でいらしたのが目に留まりました。", "feedback", ["manners"]),
    ("面接官から、香水の匂いが少々きつかったとの声がございました。", "feedback", ["manners"]),
    ("弊社の選考は少し特殊です。", "other", []),
    (
        "自己PRの内容が、どなたにでも当てはまるようなお話に聞こえてしまいました。",
        "feedback",
        ["self_pr"],
    ),
    # Praise told as an observation: feedback, no cause.
    ("身だしなみはとても清潔でした。", "feedback", []),
    ("終始笑顔でいらっしゃり、和やかな雰囲気の面接でした。", "feedback", []),
    ("終始にこやかにお話しされていて、場の雰囲気も和やかでした。", "feedback", []),
    ("ご質問の一つひとつに丁寧にお答えになっていました。", "feedback", []),
    (
        "逆質問では配属後に求められる知識についてお尋ねになり、意欲の高さを感じました。",
        "feedback",
        [],
    ),
    (
        "【良かった点】\n・最後まで落ち着いてお話しされていました\n・身だしなみも整えていらっしゃいました",
        "feedback",
        [],
    ),
    # Denied: no cause.
    ("面接中に携帯電話を触られるようなことはございませんでした。", "feedback", []),
    ("身だしなみや言葉遣いの面で気になる点は特にございませんでした。", "feedback", []),
    # The client company told in respect by an agent: its act, not the candidate's conduct.
    ("企業様は即戦力となる方を求められていました。", "other", []),
    ("こちらの質問を遮られるようなこともなく、落ち着いた面接でした。", "feedback", []),
    # Never done is a lack, not a reassurance.
    (
        "Pythonのご経験について伺ったところ、業務で使われたことはないとのことでした。",
        "feedback",
        ["skills"],
    ),
    # Not an observation of conduct: a prospect, the company's act, a noun modified, logistics.
    ("これまでのご経験を弊社でも活かしていただける場面は多いと感じました。", "feedback", []),
    ("面接の際にお忘れになった手帳を受付でお預かりしております。", "other", []),
    ("面接でお話しされていた作品集を、改めてお送りいただけますでしょうか。", "other", []),
    ("ご提出いただいた書類は、当社規定に従い破棄いたします。", "other", []),
]


@pytest.mark.parametrize(("body", "label", "causes"), CASES)
def test_observations_of_conduct(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


def test_an_observation_is_evidence_as_written() -> None:
    body = (
        "ご連絡ありがとうございます。\n面接の最中に、鳴った携帯電話をその場で確認されていました。"
    )
    result = classify_reply(body)
    assert (
        result.sentences["manners"] == "面接の最中に、鳴った携帯電話をその場で確認されていました。"
    )
    assert any("携帯電話" in e for e in result.evidence)


@pytest.mark.parametrize(
    "body",
    [
        # The writer's own judgement after と is no relayed observation: no cause from it.
        "転職理由も前向きに整理されていたと思います。",
        "「志望動機はよく練られていた」とも伺っています。",
    ],
)
def test_what_the_writer_thinks_names_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []
