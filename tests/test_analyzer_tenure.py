"""Short tenures both ways, and fit that is no blame: a reason measured only against one's own
imagination is no concrete reason; owning the mistake (not checking before joining) is one; a
job that did not suit, with what was learned and what comes next, is explained; giving up on a
job that did not suit blames no one. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

Q = "前の会社を短期間で退職されたのはなぜですか。"
UNEXPLAINED = "short_tenure.unexplained"
BLAME = "negative_reason.blame"


def _found(answer: str, kind: str = "short_tenure") -> dict[str, list[str]]:
    result = analyze(answer, question=Q, kind=kind)
    return {f.code: [e.text for e in f.evidence] for f in result.findings}


@pytest.mark.parametrize(
    "answer",
    [
        "働く前に思い描いていた姿と違うと感じ、5か月で退職しました。今は転職活動をしています。",
        "理想としていた働き方とは異なったため、半年で辞めました。",
        "少し疲れてしまったので、一度立ち止まりたいと思い退職しました。",
        "向いていないと思ったので、3か月で辞めました。",
    ],
)
def test_a_vague_reason_with_nothing_learned_is_unexplained(answer: str) -> None:
    found = _found(answer)
    assert UNEXPLAINED in found and BLAME not in found


@pytest.mark.parametrize(
    "answer",
    [
        # owns the mistake, what changed this time, what was gained
        "職場見学をせずに入社を決めた私の確認不足で、配属先が想像と大きく異なりました。"
        "今回は事前に現場を見学させていただき、納得したうえで応募しております。"
        "短い期間でしたが、在庫管理の基本は身につきました。",
        # fit, with the lesson and the plan
        "接客の仕事が自分には向いていないと感じ、4か月で退職しました。"
        "その反省から自分の適性を見直し、簿記2級を取得しました。"
        "経理として長く経験を積みたいと考えております。",
        # the posting said one thing, the job another
        "募集要項には残業は月10時間程度とありましたが、実際は毎月60時間を超えていました。"
        "今後は面接で働き方を具体的に確認し、長く勤められる職場で力を発揮したいと考えています。",
    ],
)
def test_an_owned_or_fitted_reason_with_a_lesson_and_a_plan_is_explained(answer: str) -> None:
    assert UNEXPLAINED not in _found(answer)


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        ("営業の仕事が肌に合わず、早い段階で見切りをつけました。", False),
        ("将来性のない会社に見切りをつけ、退職しました。", True),
        ("自分の気持ちと違うなと感じることが多く、退職を決めました。", False),
    ],
)
def test_giving_up_on_a_job_that_did_not_suit_blames_no_one(answer: str, blamed: bool) -> None:
    found = _found(answer, kind="reason_for_leaving")
    assert (BLAME in found) is blamed
    if blamed:
        assert "見切りをつけ" in found[BLAME] or any("会社" in e for e in found[BLAME])


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # the employer's intent judged, efforts never rewarded, a relationship with a superior
        ("会社に社員の意見を聞く気がなく、改善の提案も通りませんでした。", True),
        ("評価が所長の気分で変わる職場で、成果を出しても報われませんでした。", True),
        ("主任との関係がうまくいかず、相談しても取り合ってもらえませんでした。", True),
        # a hardship turned to what it gave, or owned
        ("納期前は休日出勤が続いてきつかったものの、段取りを組む力の糧になりました。", False),
        ("想像以上に残業が多かったのですが、入社前に確認しなかった私の落ち度です。", False),
        # a relationship that did not go well with no one of the workplace named
        ("仕事のやり方がうまくいかず、自分には向いていないと感じました。", False),
    ],
)
def test_a_judgement_of_the_employer_is_blame_a_hardship_turned_is_not(
    answer: str, blamed: bool
) -> None:
    assert (BLAME in _found(answer, kind="reason_for_leaving")) is blamed


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # a question about the former job answered with a complaint about the boss, and nothing
        (
            "前職で身につけたことは何ですか。",
            "ほとんど何も身につきませんでした。店長が面倒な仕事を全部こちらに回してくるだけでしたから。",
            {BLAME},
        ),
        # a hardship asked for, told with the boss in it and one's own action after
        (
            "前職で大変だったことは何ですか。",
            "上司から細かく指摘されることが多く、落ち込みました。ただ、指摘を一覧にして見直し、ミスを減らしました。",
            set(),
        ),
        # what was learned, told as a lesson: on topic
        (
            "前職で身につけたことは何ですか。",
            "相手の話を最後まで聞いてから提案する大切さを身につけました。",
            set(),
        ),
        # a hardship of any job is no complaint about anyone (a denial of what was asked)
        (
            "前の職場で大変だったことは何ですか。",
            "どの仕事も忙しいのは当たり前だと思いますので、特に大変だとは感じませんでした。",
            {"communication.off_topic"},
        ),
    ],
)
def test_blame_is_read_in_other_questions_about_the_former_job(
    question: str, answer: str, expected: set[str]
) -> None:
    codes = {f.code for f in analyze(answer, question=question).findings}
    assert codes & {BLAME, "communication.off_topic"} == expected
