"""Session 13 (2): a clause whose predicates all evaluate positively is praise and names no
cause, whatever topics it speaks of (polarity lexicon and Sudachi heads, furikaeri.mail.
reply_stance); a negation, a hedge, a contrast, a condition or a wish in it turns it back into
a point, and the criticism beside praise still names its cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


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
