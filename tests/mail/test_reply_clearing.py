"""Causes a reply clears rather than names: a negated negative told or reported, a memo's
noun of negation, a proposition or a cause denied as a whole (up front or casually), a heading of
what went well, counterfactuals; and the near misses that must still name their cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.denial import counterfactuals, denied_propositions
from furikaeri.mail.reply.lack import lack
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.text import split_sentences


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a comparison denied as the ground of the result
        (
            "今回の判断は、ほかの候補者の方との比較に基づくものではございません。\n"
            "面接では、ご質問の意図とずれた回答が続き、やり取りがかみ合わない場面がありました。",
            "feedback",
            ["communication"],
        ),
        # a fault cleared by a counterfactual: had it been there, no second interview
        (
            "ご経験の浅さに問題があれば、二次面接にはお呼びしておりません。\n"
            "選考理由の詳細はお伝えしておりませんので、ご了承ください。",
            "declined",
            [],
        ),
        # near-miss: a condition whose consequent is not denied names the cause
        (
            "もう少し具体的なエピソードがあれば、評価は違ったかもしれません。",
            "feedback",
            ["self_pr"],
        ),
        # near-miss: a comparison told as the ground, not denied
        ("他の方と比較した結果、今回は見送りとなりました。", "feedback", ["relative"]),
    ],
)
def test_other_causes_denied(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("sent", "count"),
    [
        ("志望動機に懸念があれば最終面接までお進みいただいておりません。", 1),
        ("ご経験の浅さに問題があれば、二次面接にはお呼びしておりません。", 1),
        ("懸念がなければ、通過していただいていたと思います。", 0),  # a negation inside
        ("問題があれば、ご連絡ください。", 0),  # no consequent denied
    ],
)
def test_counterfactuals(sent: str, count: int) -> None:
    assert len(counterfactuals(_morphs(sent))) == count


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
        # a judgement quoted and denied (という判断ではない), the ground after it
        ("スキルが足りないという判断ではなく、方向性の違いによるものです。", ["culture_fit"]),
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
        # a judgement quoted and not denied
        ("ご経験が不足しているという判断に至りました。", ["skills"]),
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


# Topics in a reply that name no cause or that name one the words alone miss: a point cleared
# casually (「気にしなくていいです」「判断材料にしておりません」), and the near-misses that must still name their cause.


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # leave after a negation of a negative word: cleared, and no anaphor picks it up after
        (
            "運転免許がないのは気にしなくていいですよ。そこが理由ではないので。"
            "それより、結論を先に話してもらえると良かったです。",
            "feedback",
            ["communication"],
        ),
        (
            "転職回数が多いことは、まったく気にしなくて大丈夫です。"
            "志望動機がどの会社にも当てはまる内容だったのが大きかったです。",
            "feedback",
            ["motivation"],
        ),
        (
            "英語力が足りない点は判断材料にしておりません。"
            "最終的に、ほかの候補者の方に決まりました。",
            "feedback",
            ["relative"],
        ),
        (
            "前職を短期間で辞められたことは理由にはしていません。"
            "今回は、当社の求める設計の実務経験が不足していたためです。",
            "feedback",
            ["skills"],
        ),
        # near-misses: the lack stays a lack
        (
            "運転免許がないのが気になりました。",
            "feedback",
            ["skills"],
        ),
        (
            "ご説明が退職の理由になっておらず、納得しにくかったです。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "実務経験が不足している点は、正直なところ気にしておりました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_cleared_casually(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a casual clearing ended by よ・ね before a comma: the reason after it is of the clearing
        (
            "服装のことは気にしないでいいよ、誰も見てないから。"
            "それより、質問への答えが長くて結論が見えなかったのが惜しかったね。",
            "feedback",
            ["communication"],
        ),
        # a topic of the interview cleared, and nothing else: still said of the candidate
        (
            "言葉遣いは気にしなくて大丈夫ですよ、そこは誰も見ていません。",
            "feedback",
            [],
        ),
        # near-misses: a judgement ended by よね before a comma stays a judgement
        (
            "話が長いんですよね、結論がなかなか見えなくて。",
            "feedback",
            ["communication"],
        ),
        (
            "髪型のことは気にしなくていいですよ、うちは自由なので。"
            "ただ、逆質問が給料のことだけだったのは残念でした。",
            "feedback",
            ["reverse_question"],
        ),
    ],
)
def test_cleared_casually_before_a_comma(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


# Causes a reply clears, not names: a negated negative told as reported (「…問題なかったとのことです」), a
# memo's noun of negation (「問題なし」), a proposition denied as a whole
# (「…ということはございません」「…でのお見送りではありません」), and the near-misses that must still name their cause.


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a reassurance told as reported
        (
            "逆質問の内容についても特に気になる点はなかったとのことでした。"
            "ただ、財務分析の実務経験が求める水準に達していませんでした。",
            "feedback",
            ["skills"],
        ),
        (
            "自己PRに関しては説得力があり、何ら不足はなかったと聞いております。"
            "最終的には他の候補者の方との比較で、今回は見送りとなりました。",
            "feedback",
            ["relative"],
        ),
        (
            "志望理由はよく練られていて問題ないというお話でした。"
            "ただ、当社が大事にしている働き方とは方向性が異なると判断いたしました。",
            "feedback",
            ["culture_fit"],
        ),
        # a memo's noun of negation
        (
            "・退職理由　前向きで懸念点なし\n・自己PR　根拠となる事例が乏しい",
            "feedback",
            ["self_pr"],
        ),
        (
            "・マナー：問題なし\n・逆質問：特になしとのこと",
            "feedback",
            ["reverse_question"],
        ),
        # a proposition denied as a whole
        (
            "転職回数が多いことを問題視したわけではございません。"
            "必須要件としていた法人営業のご経験が足りなかった点が理由です。",
            "feedback",
            ["skills"],
        ),
        (
            "スキル面でのお見送りではございません。"
            "当社の今後の事業の方向性と、ご希望の働き方が合わないと判断いたしました。",
            "feedback",
            ["culture_fit"],
        ),
        (
            "退職理由について否定的な印象を受けたということはございません。"
            "同時期に選考を受けた方との比較で今回の結果となりました。",
            "feedback",
            ["relative"],
        ),
        # near-misses: still a cause
        (
            "志望動機については、当社でなければならない理由が見えなかったとのことです。",
            "feedback",
            ["motivation"],
        ),
        (
            "・身だしなみ：問題なし\n・受け答え：結論がなかなか見えず、話が長い",
            "feedback",
            ["communication"],
        ),
        (
            "経験不足だけが理由というわけではなく、志望動機も他社でも言える内容でした。",
            "feedback",
            ["motivation", "skills"],
        ),
    ],
)
def test_cleared_topics_name_no_cause(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


def test_a_memo_of_cleared_points_beside_an_overall_judgement_is_feedback() -> None:
    body = (
        "・志望動機：事業内容を踏まえていて問題なし\n・言葉遣い：問題なし\n"
        "上記を総合的に判断し、今回は見送りとなりました。"
    )
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", [])


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("否定的な印象を持ったということはございません", True),
        ("能力面でのお見送りではありません", True),
        ("言葉遣いがどうこうって話じゃない", True),
        ("連携に難があると判断したわけではなく", True),
        ("問題がないわけではない", False),  # a concern
        ("十分な経験があるわけではない", False),  # a shortfall
        ("経験不足だけが理由というわけではない", False),  # not only: a reason still
    ],
)
def test_a_proposition_denied_as_a_whole(text: str, denied: bool) -> None:
    assert bool(denied_propositions(list(_morphs(text)))) is denied


@pytest.mark.parametrize(
    ("text", "lacking"),
    [("問題なし", False), ("懸念点なし", False), ("実務経験なし", True), ("特記事項なし", False)],
)
def test_a_noun_of_negation_negates(text: str, lacking: bool) -> None:
    assert (lack(_morphs(text)) is not None) is lacking


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the work described: its hints (やりとり, 説明) are the job's, the candidate's conduct decides
        (
            "この職種は、取引先や社内の関係部署とのやりとりが業務の中心になります。"
            "面接では、求める簿記の知識が十分でないと判断いたしました。",
            ["skills"],
        ),
        (
            "弊院では患者さんへのご説明が日常的にありますので、その点は慎重に判断しております。"
            "面接では、身だしなみに清潔感が欠けている点が気になりました。",
            ["manners"],
        ),
        # near-miss: the candidate's conduct after the description still names its cause
        (
            "当社の業務はお客様とのやりとりが中心ですが、面接ではご質問の意図から外れたご回答が"
            "続き、その点が懸念となりました。",
            ["communication"],
        ),
    ],
)
def test_the_work_described_names_no_cause(body: str, causes: list[str]) -> None:
    assert sorted(classify_reply(body).causes) == causes


# A reply's stance toward a topic decides whether it names a cause. A denial or a reassurance
# naming a topic (「能力の問題ではない」「減点があったわけではない」), a heading of what went well above its bullets, and
# the writer's words about their own reply or process (an apology for the explanation, a request
# to phone, a general remark on how the company interviews) name no cause; the criticism beside
# them still does.


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
