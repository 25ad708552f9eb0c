"""Praise in a reply to a feedback request (session 14): an observation whose object is good (a
〜さ noun of an adjective of degree after a good noun, 「能力の高さ」; such an adjective before
one, 「深くご理解」), read as praise, not a concern; a reply that praises and tells the opening
itself stopped or offers another is `other`; and the near-misses that must still name their
cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


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
