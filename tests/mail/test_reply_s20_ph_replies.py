"""Session 20 (ph-replies): a negative impression of the reason for leaving denied (「後ろ向きな
印象は一切なく」「ネガティブなものではなく」) is a reassurance, no negative_reason; the selection
in general described as the company's way (「弊社の選考は…総合的な評価で行っております」) names
no cause; a low evaluation denied through という (「評価が低かったということではございません」)
refuses nothing; an agent asking whether the company can give feedback (「いただけないか確認」)
refuses nothing; 「もののみ」 is no concessive ものの; another candidate closer in a respect
(「その点でより当社に近かった」) is relative."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # a negative impression of the leaving denied: the real point follows
    (
        "退職の理由については、後ろ向きな印象は一切なく、前向きなご判断と理解しておりました。"
        "一方で、求めている経理の実務経験が不足していると判断いたしました。",
        "feedback",
        ["skills"],
    ),
    (
        "転職理由はネガティブなものではなく、十分に理解できる内容でした。"
        "ただ、募集要件の設計経験が足りないと判断しました。",
        "feedback",
        ["skills"],
    ),
    ("前の職場を辞めた理由にネガティブなイメージはございませんでした。", "feedback", []),
    # a quality it had (説得力のある, 納得感のある) praises; lacked, it is a point
    ("退職理由はネガティブなものではなく、説得力のある内容だと感じておりました。", "feedback", []),
    ("志望動機は説得力に欠ける内容だと感じておりました。", "feedback", ["motivation"]),
    # near-misses: the impression had, not denied
    ("退職理由のお話が後ろ向きな印象でした。", "feedback", ["negative_reason"]),
    ("転職理由について、ネガティブな印象を受けました。", "feedback", ["negative_reason"]),
    # the selection in general, described in the present: no cause, the refusal stands
    (
        "当社の採用は、ポジションの状況や他の候補者の方との比較も含めた総合評価で行っております。"
        "そのため、個別の理由はお伝えいたしかねます。",
        "declined",
        [],
    ),
    # near-miss: this selection, in the past, names the comparison
    (
        "今回の選考は、他の候補者の方との比較で判断いたしました。詳細はお伝えいたしかねます。",
        "declined",
        ["relative"],
    ),
    # a low evaluation denied through という: a close decision told, no refusal
    (
        "今回は採用枠1名に対し優秀な方が集まり、最後はわずかな差での決定となりました。"
        "高橋様の評価が低かったということでは決してございません。",
        "feedback",
        ["relative"],
    ),
    # near-miss: a real refusal beside the same reassurance
    (
        "理由についてはお答えいたしかねます。評価が低かったということではございません。",
        "declined",
        [],
    ),
    # an agent asking the company whether it can give feedback: nothing yet
    (
        "承知しました。先方に選考のフィードバックをいただけないか確認してみますね。",
        "other",
        [],
    ),
    ("採用担当の方に、不採用の詳細を開示いただけないか伺ってみます。", "other", []),
    # near-miss: the company's answer relayed, not received
    ("先方に確認しましたが、フィードバックはいただけないとのことでした。", "declined", []),
    # the formal もの then のみ: no concessive ものの split, the questions' topic stays whole
    (
        "逆質問も残業や休日に関するもののみでしたので、仕事への関心が伝わりにくかったです。",
        "feedback",
        ["reverse_question"],
    ),
    ("最後のご質問は給与についてのもののみでした。", "feedback", ["reverse_question"]),
    # near-miss: a real concessive ものの
    ("ご経歴は申し分ないものの、志望動機が弱いと感じました。", "feedback", ["motivation"]),
    # another candidate closer in a respect (〜の点で, 〜の面で) before より
    (
        "並行して選考していた方が、実務の面でより当社の要件に合致していました。",
        "feedback",
        ["relative"],
    ),
    (
        "同じ時期に面接を受けていた方が、その点でより弊社に近かったため、今回は見送りとなりました。",
        "feedback",
        ["relative"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), CASES)
def test_reply_reading(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
