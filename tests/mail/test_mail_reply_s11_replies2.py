"""Reply classes of session 11, round 2 (s11-replies2), read as patterns: how often or how long
the candidate stayed, named as a measure, is short_tenure (also after a hedged overall
judgement); a language's conversation is a skill; the pace of the talk is delivery; lateness
and dress are manners; what the company wished to hear of its own things, or a wish doable at
any other organisation, is motivation; the direction of the candidate's experience is skills;
the company's own environment is fit. Sentences written for these tests (none from the
evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CAUSES = [
    # short_tenure as a measure, with a frame, also after 総合的に判断…強いて
    (
        "総合的な判断のため一つに絞るのは難しいのですが、強いて挙げれば、各社でのご在籍の長さが"
        "議論になりました。",
        ["short_tenure"],
    ),
    ("あえて申し上げると、転職の頻度について懸念の声がございました。", ["short_tenure"]),
    ("ご経歴の一貫性という点が、面接官の間で気になっておりました。", ["short_tenure"]),
    # a language's conversation is a skill, not delivery
    (
        "ビジネスレベルの英語でのコミュニケーション力を求めておりましたが、必要な水準に"
        "達していないと判断いたしました。",
        ["skills"],
    ),
    ("中国語での会話力が、業務で求める水準に届いておりませんでした。", ["skills"]),
    ("お客様とのコミュニケーション力に不安が残りました。", ["communication"]),
    (
        "Your communication skills in Japanese were not yet at the level the role requires.",
        ["skills"],
    ),
    ("Your communication was hard to follow at times.", ["communication"]),
    # the pace of the talk
    (
        "ご回答までに時間がかかる場面が多く、会話のテンポという点で不安がございました。",
        ["communication"],
    ),
    ("考え込まれて沈黙が続く場面があり、やり取りのリズムに懸念が残りました。", ["communication"]),
    # lateness and dress
    (
        "予定の時刻を10分過ぎてのご来社で、遅れる旨のご連絡もございませんでした。",
        ["manners"],
    ),
    ("Web面接にパーカー姿でのご参加で、相応の服装を期待しておりました。", ["manners"]),
    ("ジャージでのご来社に、面接官が戸惑っておりました。", ["manners"]),
    # motivation: the company's own things wished for, or a wish doable anywhere
    (
        "当社の店舗や仕入れ先との取り組みについて、もう少し踏み込んだお話を伺えていれば、"
        "と感じております。",
        ["motivation"],
    ),
    ("当組合ならではの理由が伺えれば、結果は違ったかもしれません。", ["motivation"]),
    (
        "「地域の役に立ちたい」というお話は、他の病院でも叶うことではないかと感じました。",
        ["motivation"],
    ),
    # the direction of the candidate's experience is skills, not fit
    (
        "即戦力を前提としたポジションで、これまでのご経験とは少し方向性が異なると判断いたしました。",
        ["skills"],
    ),
    ("ご経歴の分野が、当社の業務とは異なっておりました。", ["skills"]),
    ("弊社の目指す方向性と、ご希望のキャリアの方向性が異なると判断いたしました。", ["culture_fit"]),
    # the company's own environment suits another candidate better
    (
        "弊社は週単位で優先順位が変わる環境です。じっくり進めたいというお考えを伺い、"
        "弊社の環境により合うのは他の候補者の方と判断いたしました。",
        ["culture_fit", "relative"],
    ),
    ("弊社の開発環境に関する知識が不足しておりました。", ["skills"]),
    # the forward side of a reason for leaving, in the clause after the complaints
    (
        "前職の評価制度へのご不満を多くお話しされていましたが、当社に入社して何を実現したいのか、"
        "という前向きなお話をもう少し伺いたかったです。",
        ["negative_reason"],
    ),
    (
        "弊社に入社して何を実現したいのか、志望の理由がもう少し具体的に伺えればよかったです。",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), CAUSES)
def test_causes(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


# The writer's own delay or a permission, and a closing request, name nothing.
NOTHING = [
    "ご回答までに時間がかかってしまい、申し訳ございません。選考の詳細はお伝えしかねます。",
    "お返事が遅くなりましたこと、お詫び申し上げます。",
    "当日はラフな服装でお越しいただいて構いません。",
    "今後も弊社の事業にご関心をお持ちいただければと思います。",
    "他社でもご活躍できる方だと感じました。",
]


@pytest.mark.parametrize("body", NOTHING)
def test_names_nothing(body: str) -> None:
    assert classify_reply(body).causes == []


# Praise of the request itself, then a refusal: declined with no cause (「にもかかわらず」 is a
# conjunction, no lack framing 姿勢).
PRAISED_REFUSALS = [
    "不採用のご連絡にもかかわらず、次に活かしたいという前向きな姿勢に感銘を受けました。"
    "恐縮ですが、個別の評価内容につきましてはお伝えを控えさせていただいております。",
    "年齢に関わらず、学び続ける姿勢に感心いたしました。"
    "なお、選考の理由につきましてはお答えいたしかねます。",
]


@pytest.mark.parametrize("body", PRAISED_REFUSALS)
def test_praised_refusal(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])
