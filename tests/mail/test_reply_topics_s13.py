"""Which clause of a reply names which cause (s13-replies4): a hedged denial of experience
(「十分とは言えない」), an unclear answer on a subject of knowledge, the candidate's plans after
joining, the company's direction as what they did not know, a gap between the candidate's wish
and the company's need, and a worry that follows on from the sentence before."""

from __future__ import annotations

import pytest

from furikaeri.mail.lack import hedged_denial
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_words import _morphs

CASES = [
    # a hedged denial (と(は) + 言う/思う under a negator or 難い) of experience: a shortfall
    (["skills"], "店舗運営のご経験については、今回の募集で求める水準に十分とは言えませんでした。"),
    (["skills"], "海外営業のご経験が豊富とは言い難く、今回は見送りといたしました。"),
    (["motivation"], "弊社の商品についてのご理解が、十分とは思えませんでした。"),
    (["communication"], "お話の要点が明確とは言えず、ご回答が長くなりがちでした。"),
    # an unclear answer on a subject of knowledge: not known (skills), not delivery
    (["skills"], "原価計算の話題になった際、お答えがあやふやになる場面がございました。"),
    (["skills"], "ネットワーク設計に関するご質問へのご回答が曖昧でした。"),
    (["communication"], "ご回答が曖昧で、結論が見えにくい場面がありました。"),
    (["motivation"], "志望理由の話になった際、ご回答が曖昧になっておられました。"),
    # what the candidate wants to do after joining: motivation, not self_pr's past action
    (
        ["motivation"],
        "ご入社後にどういった業務で何を実現したいのかが、あまり見えてきませんでした。",
    ),
    (["self_pr"], "その場面でご自身が何をされたのかが具体的ではありませんでした。"),
    # the company's direction as what the candidate knew little of: research, not fit
    (["motivation"], "弊社の今後の方向性について、ほとんど調べてこられていないご様子でした。"),
    (["culture_fit"], "弊社が目指す方向性と、ご本人の志向とが異なると判断いたしました。"),
    # a gap between the candidate's wish and the company's need: fit only, both sides quoted
    (
        ["culture_fit"],
        "営業経験を活かして管理職を目指したいというご希望と、当社が今回求めている現場の専門職"
        "としての役割との間にずれがあると判断いたしました。",
    ),
    (
        ["culture_fit"],
        "うちは自分から手を挙げて新規案件を取りに行く人を探していて、「言われたことを丁寧に"
        "こなす」スタイルとは少し方向が違うかなと思いました。",
    ),
    (["skills"], "今回の職務で求める知識と、これまでのご経験との間に隔たりがございました。"),
]


@pytest.mark.parametrize(("causes", "body"), CASES)
def test_each_clause_names_its_own_topic(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


ADVICE = [
    # the kind of a talk to tell (専門的な, 技術的な) is what is told: the telling is the point
    (
        ["communication"],
        "技術的なお話を、もう少し噛み砕いて説明できるようにされると良いと思います。",
    ),
    (["communication"], "法務的な内容を端的に伝える練習をされると、より良くなるかと存じます。"),
    # the means before a wish (経験を活かして…何をしたいのか) is no topic: the wish is
    (
        ["motivation"],
        "培ったご経験を踏まえて、当社で何に挑戦したいのかをお聞きしたかったです。",
    ),
    (
        ["negative_reason"],
        "前職の残業や上司の方への不満が中心のお話でした。"
        "ご経験を活かしてこの先どんなことをしたいのか、という形でお話しいただけると良かったと思います。",
    ),
    # a knowledge told as lacking is still skills
    (["skills"], "業務で必要となる専門知識が不足していると判断いたしました。"),
]


@pytest.mark.parametrize(("causes", "body"), ADVICE)
def test_advice_names_a_cause_through_its_own_topic(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


FOLLOW_ON = [
    # a worry that the same situation comes again: the point of the sentence before
    (
        ["negative_reason"],
        "退職理由として、前職の人事評価や上司の方への不満を挙げておられました。"
        "弊社で似たような状況になった際にどう対応されるのか、懸念がございました。",
    ),
    # the effect of missing questions across clauses and sentences: reverse_question alone
    (
        ["reverse_question"],
        "最後に「ほかにご質問はございますか」と伺ったところ「大丈夫です」とのことで、"
        "弊社への関心の程度がつかみきれませんでした。",
    ),
    (
        ["reverse_question"],
        "逆質問の時間には、特にご質問がございませんでした。"
        "そのため、弊社への関心がどの程度なのか判断しかねました。",
    ),
    # a worry with a topic of its own after another point: named
    (
        ["motivation", "reverse_question"],
        "逆質問の時間には、特にご質問がございませんでした。"
        "また、志望動機も他社に当てはまる内容で、弊社でなければならない理由が見えませんでした。",
    ),
]


@pytest.mark.parametrize(("causes", "body"), FOLLOW_ON)
def test_a_follow_on_worry_takes_the_point_before(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("十分とは言えませんでした", "分とは言えません"),
        ("明確とは言い難く", "明確とは言い難く"),
        ("適切とは思えない", "適切とは思えない"),
        ("問題とは考えておりません", None),  # a negative word denied: a reassurance
        ("言うまでもありません", None),
    ],
)
def test_hedged_denial(clause: str, words: str | None) -> None:
    assert hedged_denial(_morphs(clause)) == words
