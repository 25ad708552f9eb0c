"""Replies to a feedback request, session 18 (second round): a worry that cannot be wiped away
(「懸念を拭えませんでした」) is a concern, no reassurance; a stay told short by its length
(「ご職歴が7か月と短く」) or counted in kana months (「ひと月で辞めて」) is a short stay; dress
named as 格好 or お洋服 is manners; a talk the writer did not get to hear (「…のかはほとんど聞け
ませんでした」) is no talking over others; the topic asked about before an answer beside the
question is no cause of its own."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # A short stay, then a quotation and a ため clause, then a worry that could not be wiped away.
    (
        ["short_tenure"],
        "前の職場を3か月で退職された経緯で、「もっと成長できる場所を探したかった」とだけ"
        "お聞きしたため、入社後も同様のことにならないかという不安を払拭できませんでした。",
    ),
    (
        ["short_tenure"],
        "前職を半年で辞められた件について、「いろいろあって」とのお話のみだったため、"
        "弊社でも同じことが起きないかという懸念を拭えませんでした。",
    ),
    # Near-miss: the worry wiped away is a reassurance.
    (
        [],
        "前職を半年で辞められた件は、ご家族の介護のためと丁寧にご説明いただき、懸念は払拭されました。",
    ),
    # A stay told short by its length, and in kana months.
    (
        ["short_tenure"],
        "前の会社での在籍が5か月と短く、その理由も詳しくは伺えなかったため、懸念が残りました。",
    ),
    (
        ["short_tenure"],
        "前の職場はふた月ほどで辞めたとのことで、また同じように辞めないか心配する声がありました。",
    ),
    # Near-miss: experience told short is a gap of skills, not a stay.
    (["skills"], "実務のご経験が1年と短く、即戦力として求める水準には届いておりませんでした。"),
    # Dress named as 格好 or お洋服.
    (["manners"], "当日の格好がかなりラフで、面接の場にはふさわしくないと感じました。"),
    (["manners"], "普段着のようなお洋服でご来社されたことが、面接官の間で気になりました。"),
    # Near-misses: 格好 after a verb is how the matter turned out; 洋服 before の the business.
    (["relative"], "最終的には、他の候補者の方を優先する格好となりました。"),
    (
        ["motivation"],
        "洋服の販売を手がける当社の事業について、研究が不足しているように感じました。",
    ),
    # What the writer did not get to hear is no talking over others.
    (
        ["negative_reason"],
        "退職理由を伺った際、前の上司へのご不満が中心で、今後どのような仕事をしたいのかは"
        "あまり聞けませんでした。",
    ),
    (
        ["negative_reason"],
        "前の職場の人間関係への愚痴が大半で、これから何をしたいのかはほとんど聞けませんでした。",
    ),
    # Near-miss: not hearing the others out is still talking over them.
    (
        ["communication"],
        "グループ討議では、他の参加者の意見を最後まで聞かずに発言される場面がありました。",
    ),
    # The topic asked about is no cause of the answer beside the question.
    (
        ["communication"],
        "志望動機を伺った際、質問とは違うお話をされて、会話がかみ合いませんでした。",
    ),
    # The forward half asked without the company, after complaints about conditions: the reason
    # for leaving's alone.
    (
        ["negative_reason"],
        "転職理由をお聞きした際、残業や給与への不満のお話が中心で、"
        "これからどんなことに挑戦したいのかが伝わってきませんでした。",
    ),
]


@pytest.mark.parametrize(("causes", "body"), CASES)
def test_reply_causes(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)
