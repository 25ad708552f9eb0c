"""Praise in a reply: a clause whose predicates all evaluate positively (polarity lexicon
and Sudachi heads, furikaeri.mail.reply.stance) names no cause, whatever topics it speaks of; a
negation, a hedge, a contrast, a condition or a wish turns it back into a point."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

# Praise in a reply to a feedback request: an observation whose object is good (a 〜さ noun of an
# adjective of degree after a good noun, 「能力の高さ」; such an adjective before one, 「深くご理解」), read as
# praise, not a concern; a reply that praises and tells the opening itself stopped or offers
# another is `other`; and the near-misses that must still name their cause.


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the object of perception is good: praise, the cause comes from the critique after
        (
            "論理的に考える力の高さを、面接官の全員が感じておりました。"
            "ただ、必須としている法人営業のご経験が不足しておりました。",
            "feedback",
            ["skills"],
        ),
        (
            "弊社の製品や今後の事業展開についても深くご理解いただいていたと、面接官一同感じて"
            "おります。最終的には、他の候補者の方との比較で判断いたしました。",
            "feedback",
            ["relative"],
        ),
        (
            "お客様対応への熱意の強さを感じました。一方で、退職理由が前職への不満に終始して"
            "いた点が気になりました。",
            "feedback",
            ["negative_reason"],
        ),
        # near-misses: what is measured is bad, or the degree is of a lack: a concern still
        (
            "志望動機については、当社でなければならない理由の弱さを感じました。",
            "feedback",
            ["motivation"],
        ),
        (
            "ご経験の浅さを、面接官の全員が感じておりました。",
            "feedback",
            ["skills"],
        ),
        # several topics praised at once, then a comparison: the comparison only
        (
            "山田様の受け答え、逆質問、いずれも申し分なく、何かが欠けていたというよりは、"
            "もうお一方の経験が今回の募集内容により近かったということです。",
            "feedback",
            ["relative"],
        ),
        # near-miss: praise, then a topic judged after the comma
        (
            "志望動機は申し分なく、自己PRのエピソードがやや抽象的でした。",
            "feedback",
            ["self_pr"],
        ),
        # praise quoted from the interviewer
        (
            "逆質問については「当社の課題をよく踏まえた的確な質問だった」と好評でした。"
            "最終的には他の候補者との比較の上での判断となりました。",
            "feedback",
            ["relative"],
        ),
        (
            "面接官からは「前職でのご経験は十分だが、志望動機がどの会社にも言える内容だった」"
            "とのコメントがありました。",
            "feedback",
            ["motivation"],
        ),
        (
            "逆質問は「よく調べてきている」と評判でした。",
            "feedback",
            [],
        ),
        # near-misses: a quote told as the candidate's answer, or the concession denied
        (
            "最後に何か質問はあるかお尋ねしたところ、「大丈夫です」とのお返事でした。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "「ご経験は十分ではないが、人柄は申し分ない」というのが面接官の評価です。",
            "feedback",
            ["skills"],
        ),
        # the opening stopped or another offered, with praise: other
        (
            "面接での誠実なご対応には好印象を持っておりました。しかしながら、事業方針の見直し"
            "により、本ポジションの採用自体を中止することとなりました。",
            "other",
            [],
        ),
        (
            "先日はありがとうございました。今回とは別の店舗で新たにスタッフの募集を開始いたし"
            "ました。ご希望であれば、書類選考なしで面接にご案内できます。",
            "other",
            [],
        ),
        # near-miss: a courtesy about a future opening, no opening offered: praise is feedback
        (
            "面接では明るい受け答えが印象的でした。また募集を再開する際には、ぜひご連絡させて"
            "ください。",
            "feedback",
            [],
        ),
        # the interview judged beside a freeze: feedback all the same
        (
            "面接の内容に大きな問題はございませんでした。今回は、社内の組織変更により採用計画"
            "そのものが白紙となったためのお見送りです。",
            "feedback",
            [],
        ),
        # an overall judgement and a refusal after praise: declined
        (
            "丁寧にお答えいただいたことに感謝しております。結果は総合的な判断によるもので、"
            "特定の一点が理由ではございません。個別の評価はお伝えしておりません。",
            "declined",
            [],
        ),
    ],
)
def test_praise_and_labels(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


# A clause whose predicates all evaluate positively is praise and names no cause, whatever topics
# it speaks of (polarity lexicon and Sudachi heads, furikaeri.mail. reply.stance); a negation, a
# hedge, a contrast, a condition or a wish in it turns it back into a point, and the criticism
# beside praise still names its cause.


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # praise of a topic's content: no cause, the comparison or the point beside it stays
        (
            "ご経歴は申し分なく、弊社のアプリもずいぶん使ってくださっていることが伝わりました。"
            "最終的には、ほかの候補者の方との比較で決めさせていただきました。",
            "feedback",
            ["relative"],
        ),
        (
            "学生時代のゼミ活動のお話は、課題と工夫と結果が筋道立っていて、面接官一同とても"
            "感心しておりました。今回は他の方との比較で見送りといたしました。",
            "feedback",
            ["relative"],
        ),
        (
            "前職でのプロジェクトのお話は、ご自身の役割と成果が明確で、強く印象に残りました。",
            "feedback",
            [],
        ),
        (
            "技術的な知識は十分お持ちだと感じましたし、弊社製品への関心の高さも伝わってきました。"
            "ただ、逆質問がなかった点が気になりました。",
            "feedback",
            ["reverse_question"],
        ),
        # turned: a negation, a hedge, a condition, a wish, the better way
        (
            "自己PRでは強みを挙げておられましたが、印象に残るエピソードがなく、裏付けが弱いと"
            "感じました。",
            "feedback",
            ["self_pr"],
        ),
        (
            "志望理由は、弊社の事業ともう少し結びつけてお話しいただけると伝わりやすかったです。",
            "feedback",
            ["motivation"],
        ),
        (
            "前の職場へのご不満が強く伝わってきました。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "要点を先にお話しになった方が、面接官には伝わりやすかったと思います。",
            "feedback",
            ["communication"],
        ),
    ],
)
def test_praise_names_no_cause(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
