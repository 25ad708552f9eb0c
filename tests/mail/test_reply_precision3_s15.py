"""Cause precision on company replies (session 15, s15-prec3): the availability of the person
the company preferred is a comparison, no fit of the candidate's; the writer's own trouble
(「当方の通信環境の問題」) is no conduct of the candidate's; the former workplace named only as
where a talk's episode was leaves a point of delivery to communication."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # the person preferred, told by the days or hours they can work: a comparison
    ("feedback", ["relative"], "今回は早番に毎日入れる方を優先して採用いたしました。"),
    ("feedback", ["relative"], "ごめんね、週末ずっと出られる人を優先させてもらったんだ。"),
    ("feedback", ["relative"], "土日どちらも入れる子を探していて、そちらの方にお願いしました。"),
    # the candidate's own days still are the fit the project reads (earlier sessions)
    ("feedback", ["culture_fit"], "希望されていたシフトがこちらの体制と合いませんでした。"),
    # the writer's own connection or equipment: nothing of the candidate's
    (
        "declined",
        [],
        "先日はありがとうございました。当方の回線の不具合もあったかと思います。"
        "選考の詳細については開示しておりません。",
    ),
    # the former job only as where the episode was; the talk judged as talk
    (
        "feedback",
        ["communication"],
        "前職の案件についてのご説明が略語ばかりで、分かりづらかったです。",
    ),
    (
        "feedback",
        ["communication"],
        "以前の職場でのご担当業務の説明が長く、要点がつかみにくかったです。",
    ),
    # the former job itself as what was talked about, with complaints: negative_reason
    ("feedback", ["negative_reason"], "前職についてのお話では、上司へのご不満が目立ちました。"),
    # nervousness conceded before praise names no cause; judged on its own, or with a point
    # after the concession, it does
    ("feedback", [], "少し緊張なさっていたようですが、熱意は十分に伝わってまいりました。"),
    ("feedback", [], "緊張されていたものの、誠実なお人柄がよく伝わりました。"),
    ("feedback", ["communication"], "緊張されていたようですが、結論が最後まで見えにくかったです。"),
    ("feedback", ["communication"], "緊張が強く、声が聞き取りにくい場面がありました。"),
    ("feedback", ["motivation"], "志望理由はやや弱かったけれど、人柄はとても良かったです。"),
    # the interviewer's quoted question, then an answer owed to it that did not come: off target,
    # whatever the question was about; a missing clear answer keeps the question's topic
    (
        "feedback",
        ["communication"],
        "「なぜ介護職を選んだのか」という問いに対し、前職の話が長く続き、質問へのお答えは"
        "いただけませんでした。",
    ),
    (
        "feedback",
        ["communication"],
        "『当社で挑戦したいことは？』とお尋ねした際、学生時代のお話になり、ご質問に対する"
        "答えがなかったのが残念です。",
    ),
    (
        "feedback",
        ["negative_reason"],
        "「前職を辞めた理由は？」とお尋ねした際、明確なお答えがなく、残念でした。",
    ),
    (
        "feedback",
        ["skills"],
        "ご質問へのお答えは的確でしたが、実務経験の年数が要件に届きませんでした。",
    ),
    # what the candidate wants next, asked for after complaints: no value of the company's
    (
        "feedback",
        ["negative_reason"],
        "前職の評価制度へのご不満のお話が多く、次の職場で何を大切にしたいのかを伺いたかったです。",
    ),
    ("feedback", ["culture_fit"], "当社が大切にしている価値観と、ご志向とのずれを感じました。"),
    # the candidate's wish quoted, then the role's demand and a gap with the wish
    (
        "feedback",
        ["culture_fit"],
        "「自分のペースで一人で進めたい」とおっしゃっていましたが、当部署は毎日の打ち合わせで"
        "進める体制のため、ご希望とのずれが大きいと判断しました。",
    ),
    (
        "feedback",
        [],
        "「一人で黙々と取り組める仕事がしたい」とおっしゃっていた点は、当部署の業務とよく合って"
        "いると感じました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_precision3(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
