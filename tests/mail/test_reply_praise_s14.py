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
