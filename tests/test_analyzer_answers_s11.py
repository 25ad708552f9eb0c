"""Blame precision and two other classes (branch s11-answers): a complaint set aside with
「というより」, a disagreement with the employer's direction told with the candidate's own
attempt and a goal, a relationship that did not work out told without judging anyone, a hope
to be told of a thing named (「…を伺えれば幸いです」) as a 逆質問, and someone's casual words
reported without 「」. Sentences written for these tests (spoken and written, new graduates and
mid-career, several trades), none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

BLAME = "negative_reason.blame"
CASUAL = "manners.casual_language"
NONE = "reverse_question.none"
RESEARCH = "reverse_question.researchable"
CONDITIONS = "reverse_question.conditions"

WHY = "転職を考えた理由を教えてください。"
SHORT = "前職を短期間で退職されていますが、理由を教えてください。"
ASK = "最後に何か質問はありますか。"
PR = "自己PRをお願いします。"


def _codes(answer: str, question: str, kind: str) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # a complaint word the speaker sets aside for what they want next
        (
            "職場に不満があるというより、介護の経験を医療の現場で活かしたいと考えるようになりました。",
            False,
        ),
        (
            "待遇への不満というより、企画から関われる仕事に挑戦したいという思いが強くなりました。",
            False,
        ),
        # …unless a complaint of people follows
        ("会社に不満があるというより、先輩が仕事を何も教えてくれなかったからです。", True),
        # the employer's direction questioned, an attempt of one's own, a goal
        (
            "売上だけを追う店舗運営に疑問を感じていました。店長に相談し、自分の担当売り場で在庫の"
            "見直しを試しましたが、全店への展開は認められませんでした。お客様の声を商品づくりに"
            "活かせる仕事に携わりたいと考えています。",
            False,
        ),
        (
            "紙の帳票に頼る運用に疑問があり、入力の自動化を提案して自分の課で導入しました。"
            "ただ会社全体ではなかなか広がりませんでした。業務改善を仕事の中心にしたいと考え、"
            "転職を決めました。",
            False,
        ),
        # …no goal after it, people judged, or a wish to leave: still blame
        ("方針に疑問を感じ、上司に提案しましたが、上司は無能で何も分かっていませんでした。", True),
        (
            "会社の方針がおかしいと感じ、改善を提案しましたが聞いてもらえず、上司も高圧的でした。"
            "もっと裁量のある職場で働きたいです。",
            True,
        ),
        (
            "何度相談しても、会社の体制は何も変わりませんでした。早く辞めたいと思っていました。",
            True,
        ),
        # a complaint told after the goal is no background of it
        (
            "改善を提案してきましたが、担当を外れました。専門性を高めたいと考えました。"
            "会社の方針がころころ変わり、意見は聞いてもらえませんでした。",
            True,
        ),
    ],
)
def test_blame_set_aside_or_constructive(answer: str, blamed: bool) -> None:
    assert (BLAME in _codes(answer, WHY, "reason_for_leaving")) is blamed


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # a relationship that did not work out: fit, no one judged
        ("職場の人間関係がうまくいかず、半年で退職しました。", False),
        ("配属先のチームにうまく溶け込めず、自分から相談することもできませんでした。", False),
        ("周囲との関係が上手くいかなかったことが一番の理由です。", False),
        # a person of the workplace named, or judged: blame
        ("課長との関係がうまくいかず、三か月で辞めました。", True),
        ("人間関係がギスギスしていて、毎日つらかったです。", True),
        ("同期が非協力的で、仕事を押し付けられてばかりでした。", True),
    ],
)
def test_relationship_without_judgement(answer: str, blamed: bool) -> None:
    assert (BLAME in _codes(answer, SHORT, "short_tenure")) is blamed


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a hope to be told of a thing named: a question
        ("配属先のチーム構成を伺えればと思います。", set()),
        ("入社前に身につけておくべき知識を教えていただければ幸いです。", set()),
        ("新人研修の流れも伺えれば嬉しいです。", set()),
        ("有給休暇の取得日数と残業時間を伺えれば幸いです。", {CONDITIONS}),
        # only a talk hoped for, or nothing: no question
        ("今後もお話を伺えればと思います。", {NONE}),
        ("特にございません。また機会があれば、お話を伺えれば幸いです。", {NONE}),
        ("質問は特にありません。", {NONE}),
    ],
)
def test_hope_to_be_told(answer: str, expected: set[str]) -> None:
    codes = _codes(answer, ASK, "reverse_questions")
    assert codes & {NONE, CONDITIONS, RESEARCH} == expected


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # someone's casual words reported without 「」, said to the candidate
        ("保育実習では、園児からやばい楽しいと言われ、手遊びの種類を毎週増やしました。", False),
        ("常連のお客様にマジ助かるわと言っていただき、発注の仕組みを自分で整えました。", False),
        ("部下から、ぶっちゃけ前の方が楽でしたと言われ、手順書を一緒に作り直しました。", False),
        # the candidate's own casual words stay casual
        ("ゼミの研究はマジで大変でしたが、最後まで一人でやり切りました。", True),
        ("店長にやばいくらい叱られましたが、接客を見直して売上を伸ばしました。", True),
        ("友人とマジで練習して、大会で三位に入りました。", True),
        ("先輩にすごいねと褒められて、マジで嬉しかったです。", True),
    ],
)
def test_reported_casual_without_brackets(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, PR, "self_pr")) is casual
