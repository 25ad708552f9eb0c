"""A reply that names one clear cause and goes on about it: the sentence or clause after it
that only elaborates the point (what the company would rather have heard, the standard it was
judged against, the evidence a claim lacked, the interviewer's own words quoted) or praises
names no second cause; the near-misses, where a second point is told in its own words, still
name both."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


def _causes(body: str) -> list[str]:
    result = classify_reply(body)
    assert result.label == "feedback"
    return sorted(result.causes)


# The interviewer's words quoted (「…」と面接官が申しておりました, 「…」との声): the company's
# judgement, not the candidate's answer to read for a cause of its own.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "逆質問が残業と有給のことだけで、「業務そのものへの関心が見えなかった」と面接官が"
            "申しておりました。",
            ["reverse_question"],
        ),
        (
            "ご質問が手当のことばかりでしたので、「仕事への興味が感じられなかった」との声が"
            "ございました。",
            ["reverse_question"],
        ),
        (
            "逆質問が給料のことばかりで、「仕事の中身には関心がないように見えた」と現場の者が"
            "申しておりました。",
            ["reverse_question"],
        ),
        (
            "最後のご質問が待遇のことだけで、「うちの仕事には興味がないのかな」と"
            "申しておりました。",
            ["reverse_question"],
        ),
        # near-misses: the candidate's own words, told with respect, are still read
        (
            "退職理由について「上司が何もしてくれなかった」とおっしゃっていた点が気になりました。",
            ["negative_reason"],
        ),
        (
            "逆質問をお願いしたところ「特にないです」とのことでした。",
            ["reverse_question"],
        ),
    ],
)
def test_quote_voiced_by_the_company(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# The writer set up as the standpoint (「弊社としては、…を伺いたかった」): who wished to hear it, no
# company the candidate spoke of; what the candidate aims for, wished for after complaints about
# the former workplace, is the same negative_reason point told as its remedy.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "退職理由は前職の評価制度や上司へのご不満が中心でした。弊社としては、転職を通じて"
            "何を目指したいのかを伺いたかったところです。",
            ["negative_reason"],
        ),
        (
            "前の職場の人間関係への不満ばかりが語られていました。弊社の立場としては、転職で"
            "何を実現したいのかをお聞きしたかったです。",
            ["negative_reason"],
        ),
        # near-misses: the company spoken of after the standpoint, or a motivation of its own
        (
            "弊社としては、なぜ同業他社ではなく弊社なのかを伺いたかったです。",
            ["motivation"],
        ),
        (
            "前職へのご不満が中心のお話でした。また、志望動機も弊社ならではの理由が"
            "見えませんでした。",
            ["motivation", "negative_reason"],
        ),
    ],
)
def test_writers_standpoint(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# What a delivery point kept the interviewer from taking in, told after a second link
# (「回答が長く、結論が分かりにくかったため、ご自身の強みが伝わりませんでした」): the strength is that
# point's effect, no self_pr of its own; a topic added with も stays a second point.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "ご回答が長く、結論が分かりにくかったため、ご自身の強みが十分に伝わりませんでした。",
            ["communication"],
        ),
        (
            "お話が前後し、要点が見えにくかったので、アピールされたい点がつかめませんでした。",
            ["communication"],
        ),
        (
            "話が長く、要点が分かりにくかったため、志望動機もよく分かりませんでした。",
            ["communication", "motivation"],
        ),
    ],
)
def test_every_effect_of_a_delivery_point(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# A standard or a level named with no topic of its own (「求める基準には届いていない」: 基準,
# 水準, レベル, skills' hints) measures the point the clause before named: a standard of
# grooming is manners, no skills. A new point opened by a conjunction, a topic of skills of its
# own, or praise before it keeps the standard skills'.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "面接時の髪型と襟元の乱れが気になりました。お客様の前に立つ者として求める基準には"
            "届いていないと判断しました。",
            ["manners"],
        ),
        (
            "服装がカジュアルすぎる点が気になりました。弊社が営業職に求める水準には達して"
            "いないと判断いたしました。",
            ["manners"],
        ),
        # near-misses
        (
            "言葉遣いはとても丁寧でした。ただ、当社が求める水準には届きませんでした。",
            ["skills"],
        ),
        (
            "髪型の乱れが気になりました。また、当社が求める水準に達していない点もございました。",
            ["manners", "skills"],
        ),
        (
            "髪型の乱れが気になりました。技術面でも当社の求める水準に達していませんでした。",
            ["manners", "skills"],
        ),
    ],
)
def test_standard_of_the_point_before(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# Experience of no kind (「ご経験」「具体的な経験」「それを裏付けるご経験」) told as what the talk
# did not carry, after a strength claimed in the clause, the sentence or the sentence before:
# the claim's episode, self_pr only. Experience of a field, a word of requirement or an amount
# keeps it a gap of skills.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "自己PRでリーダーシップが強みとおっしゃっていましたが、それを裏付けるご経験を"
            "伺うことができず、判断の材料が不足しておりました。",
            ["self_pr"],
        ),
        (
            "計画性が強みとのことでしたが、具体的な経験を伺うことができなかったため、"
            "判断材料が不足しておりました。",
            ["self_pr"],
        ),
        (
            "強みは伝わりましたが、それを裏付けるご経験を伺うことができず、判断が難しかったです。",
            ["self_pr"],
        ),
        (
            "自己PRで「粘り強さ」を挙げていらっしゃいました。ただ、それを裏付けるご経験を"
            "伺うことができませんでした。",
            ["self_pr"],
        ),
        (
            "学生時代に頑張ったこととして「リーダーシップ」を挙げられましたが、それを示す"
            "ご経験を伺えず、判断材料に欠けました。",
            ["self_pr"],
        ),
        # near-misses: a field, a requirement, an amount
        (
            "強みを伺いましたが、法人営業のご経験をお聞きすることができず、判断が難しかったです。",
            ["skills"],
        ),
        (
            "自己PRで強みを伺いましたが、業務に必要なご経験を伺うことができませんでした。",
            ["skills"],
        ),
        (
            "強みはリーダーシップとのことでしたが、ご経験が浅く、即戦力としては難しいと判断"
            "しました。",
            ["skills"],
        ),
        (
            "自己PRが抽象的でした。また、必須としている実務経験も不足しておりました。",
            ["self_pr", "skills"],
        ),
    ],
)
def test_experience_backing_a_claim(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# Praise of how much the candidate wants to join (志望度の高さ, 強い志望度, 熱意は本当に強く), with
# adverbs or the interviewers as subject between it and the perception: no motivation point; the
# real reason after it is the cause. The degree of a lack or of something bad stays a concern.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "強い志望度をお持ちであることは面接官一同感じておりました。その上で、今回は他の"
            "応募者との相対的な評価によって結論を出させていただきました。",
            ["relative"],
        ),
        (
            "志望度の高さは面接官全員が感じておりました。今回は他の候補者との比較の結果です。",
            ["relative"],
        ),
        (
            "熱意は本当に強く感じていました。ただ、〇〇さんがやりたいことと、うちの方向性が"
            "ちょっと違うかなと。",
            ["culture_fit"],
        ),
        # near-misses
        ("志望度の低さを感じました。", ["motivation"]),
        ("前職へのご不満の強さを、面接官一同感じておりました。", ["negative_reason"]),
    ],
)
def test_praise_of_the_wish_to_join(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# The copula's continuative で before a comma links a critique of the questions at the end to
# what it kept unseen (「待遇面のご質問が中心で、どのような仕事をしたいかが見えてこなかった」): the
# work wished for is the questions' effect, no motivation of its own.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "待遇面のご質問が中心で、どのような仕事をしたいかが見えてこなかったと面接官が"
            "申しておりました。",
            ["reverse_question"],
        ),
        (
            "逆質問が休日の取りやすさばかりで、どのような業務に携わりたいのかが伝わって"
            "きませんでした。",
            ["reverse_question"],
        ),
        # near-miss: a topic added with も is a second point
        (
            "逆質問が待遇面ばかりで、志望動機もよく分かりませんでした。",
            ["motivation", "reverse_question"],
        ),
    ],
)
def test_effect_after_the_copula(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# The company's ways listed with its other things as what the candidate understood too little of
# (「弊社の価値観や事業への理解が十分でない」): company research, motivation only; the ways set
# against the candidate's are still a mismatch of fit.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "なぜ弊社なのかという点が伝わらず、弊社の価値観や事業への理解が十分でないように"
            "感じました。",
            ["motivation"],
        ),
        (
            "志望動機がどの会社にも当てはまる内容で、当社の社風やサービスについてのご理解が"
            "浅いと感じました。",
            ["motivation"],
        ),
        # near-miss
        (
            "志望動機が抽象的でした。また、安定を重視されるお考えは、挑戦を重んじる弊社の社風"
            "とは合わないと判断いたしました。",
            ["culture_fit", "motivation"],
        ),
    ],
)
def test_ways_understood_too_little(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# A casual follow-up after no question at the end (「うちに入りたいなら何か聞いてくれてもよかった
# かな」): 何か is indefinite, no embedded question of an episode; よかった in kana is the wish
# otherwise as 良かった is. The reverse question only.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "逆質問がありませんでした。何か一つでも聞いていただければ良かったかなと思います。",
            ["reverse_question"],
        ),
        (
            "逆質問が無かったのが一番大きいです。うちに入りたいなら何か聞いてくれても"
            "よかったかな、というのが率直なところです。",
            ["reverse_question"],
        ),
        # near-miss: an interrogative that asks what happened still asks for the episode
        (
            "自己PRでは、どんな場面で何をされたのかまでお話しいただけるとよかったです。",
            ["self_pr"],
        ),
    ],
)
def test_casual_follow_up_to_no_question(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# After no question at the end, a clause wishing the remedy had been done (「ひとつでも聞いて」
# 「何か一つ伺っていただければ」) names what it would have shown (主体性を示して, 前向きな姿勢が
# 伝わった, 強みを伝える機会, 自己アピールの場): the remedy's gain, no second cause. A topic the
# wished act names itself (志望動機をお話しいただければ) or told with も stays a point.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "逆質問がありませんでした。弊社に入りたいのであれば、ひとつでも聞いて主体性を"
            "示してほしかったです。",
            ["reverse_question"],
        ),
        (
            "逆質問がありませんでした。本当に入社をお考えなら、一つでも伺っていただくことで、"
            "前向きな姿勢が伝わったのではないかと思います。",
            ["reverse_question"],
        ),
        (
            "逆質問がなかったことです。ご自身の強みを伝える機会にもなりますので、何か一つ"
            "伺っていただければよかったと思います。",
            ["reverse_question"],
        ),
        (
            "逆質問をいただけなかったのが少し残念でした。ご自身をアピールする場として、何か"
            "一つ聞いていただけたらよかったです。",
            ["reverse_question"],
        ),
        # near-misses
        (
            "逆質問がありませんでした。志望動機を具体的にお話しいただければ、熱意が伝わった"
            "と思います。",
            ["motivation", "reverse_question"],
        ),
        (
            "逆質問がありませんでした。強みについても、具体的なエピソードで示してほしかったです。",
            ["reverse_question", "self_pr"],
        ),
    ],
)
def test_gain_of_the_remedy(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# ビジネスマナー is one word to Sudachi, apart from 礼儀's synonym group: manners all the same.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("ビジネスマナーの基本的な部分が不足していると感じました。", ["manners"]),
        (
            "ビジネスマナーは問題なく、受け答えも丁寧でした。ただ、必須要件の実務経験が不足して"
            "おりました。",
            ["skills"],
        ),
    ],
)
def test_business_manners(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# Questions kept to conditions named further ahead in their noun phrase (「給与水準や在宅勤務の日数
# に関するご質問に終始」): reverse_question, and the interest in the work they kept unseen is
# their effect, no motivation.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "年収の上がり方や在宅勤務の頻度についてのご質問に終始されており、業務内容への"
            "ご関心が伝わってきませんでした。",
            ["reverse_question"],
        ),
        (
            "休日の取り方や各種手当についてのご質問に限られており、仕事そのものへの関心が"
            "見えにくかったです。",
            ["reverse_question"],
        ),
        # near-miss: the conditions as the reason for leaving, no question
        (
            "転職理由が給与や休日といった条件面のお話に終始しており、当社で何を実現したいのか"
            "が見えませんでした。",
            ["motivation", "negative_reason"],
        ),
    ],
)
def test_questions_kept_to_conditions(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# After complaints about the former workplace, what the company wished to hear is what the
# candidate wants next (「何に挑戦したいのか」「という方向で」): the complaint's remedy, whatever
# words of fit or motivation the wish holds. After a missing question the same wish is
# motivation's own point; a point opened with また stays.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "退職理由が現職の残業の多さへの不満に終始していました。弊社としては、働き方を"
            "変えて何に挑戦したいのかをお聞きしたかったところです。",
            ["negative_reason"],
        ),
        (
            "前の上司への不満がお話の大半でした。今後どのような環境で何をしていきたいのか、"
            "という視点でお話しいただけると、より前向きな印象になったかと思います。",
            ["negative_reason"],
        ),
        # near-misses
        (
            "逆質問がありませんでした。弊社で何を実現したいのかも伺いたかったです。",
            ["motivation", "reverse_question"],
        ),
        (
            "前職への不満が中心でした。また、志望動機についても、弊社ならではの理由を"
            "伺いたかったです。",
            ["motivation", "negative_reason"],
        ),
    ],
)
def test_wish_as_the_complaints_remedy(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# A sentence opened by an adverb of example (たとえば) tells the example of the point before it:
# what the example's answer was about (営業成績, 志望動機) names no second cause.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "質問とずれたお答えが何度かありました。例えば、チームでの役割を伺った際に、ご自身の"
            "実績のお話が中心になっていました。",
            ["communication"],
        ),
        (
            "お答えが質問からずれる場面がありました。たとえば、志望動機を伺った際に、前職の"
            "業務内容の説明が長く続きました。",
            ["communication"],
        ),
        (
            "言葉遣いがややくだけていました。例えば、前職のお話の中で「ぶっちゃけ」という言葉が"
            "何度か出ていました。",
            ["manners"],
        ),
        # near-miss: no point named before the example, the example names its own
        (
            "例えば自己PRでは、強みを裏付けるエピソードが出てきませんでした。",
            ["self_pr"],
        ),
    ],
)
def test_example_of_the_point_before(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# Advice after a point (「…作成されると、強みがより伝わると思います」): what the advice would gain
# is no point of its own; advice naming a topic of its own (自己PRは…) keeps it.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "必須としている法人営業の実務経験が不足していました。今後は、実務に近い課題に取り組"
            "まれると、強みがより伝わると思います。",
            ["skills"],
        ),
        (
            "必須としている法人営業の実務経験が不足していました。また、自己PRは、エピソードを"
            "交えて話されると、強みがより伝わると思います。",
            ["self_pr", "skills"],
        ),
    ],
)
def test_gain_of_the_advice(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# A topic standing only as the time of what a clause tells (「逆質問の時間にも」), where the clause
# points back to the point before (それを補うお話): no point of its own. Without the anaphor the
# topic at that time is the point.
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "自己PRが抽象的で、強みを裏付けるエピソードがありませんでした。逆質問の時間にも、"
            "それを補うお話はございませんでした。",
            ["self_pr"],
        ),
        (
            "前職を半年で退職された理由がはっきりしませんでした。最後のご質問の際にも、その点に"
            "ついての補足はありませんでした。",
            ["short_tenure"],
        ),
        # near-miss
        (
            "自己PRが抽象的でした。逆質問の際にも、特にないとのことでした。",
            ["reverse_question", "self_pr"],
        ),
    ],
)
def test_time_of_the_point_before(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes
