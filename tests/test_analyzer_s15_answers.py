"""Session 15 (answers): off-topic read on the answer's own terms, blame told as facts through
grammar (work handed out only, credit taken, results to no effect). Sentences written for these
tests, not the dev cases."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a way of coping named, then what it led to (〜なくなる: a change, not a denial)
        (
            "気分が落ち込んだときの対処法はありますか。",
            "水泳です。週に二回泳ぐようにしてから、落ち込んでも引きずらなくなりました。",
        ),
        ("リフレッシュのために何をしていますか。", "サイクリングと読書です。"),
        # the moment asked for, named
        (
            "プレッシャーを感じるのはどんなときですか。",
            "締め切り直前に仕様が変わり、作り直しが必要になったときです。",
        ),
        # student days told by a school year and a past act named as the answer
        (
            "学生時代の一番の思い出は何ですか。",
            "2年生の春に、仲間と地元の祭りで屋台を出したことです。準備から片付けまで全部自分たちで行いました。",
        ),
        # どうして asks why: a reason of one's own answers it
        (
            "どうして事務職から営業職に移ろうと思ったのですか。",
            "お客様と直接やり取りする中で、提案する側に回りたいと考えるようになったからです。",
        ),
        # the content of the act asked told in a synonym (勉強 → 研究, 学ぶ)
        (
            "大学院ではどんなことを研究していましたか。",
            "高齢者の買い物支援を、地域の商店街の協力を得て調べていました。移動販売の効果も学びました。",
        ),
    ],
)
def test_answers_on_their_own_terms_are_not_off_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


def test_a_past_told_under_a_theme_ahead_is_no_declaration() -> None:
    answer = (
        "入社後は伝票の入力と来客の受付が中心でした。その中で入力の手順を見直しました。"
        "今後はお客様に提案する仕事に挑戦したいと考えています。"
    )
    assert OFF not in _codes(answer, "退職の理由を教えてください。", "reason_for_leaving")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("ストレスはどのように解消していますか。", "大事なのは前向きな気持ちです。"),
        ("趣味は何ですか。", "御社を志望したのは、業界大手で安定しているからです。"),
    ],
)
def test_answers_to_another_question_stay_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    "answer",
    [
        "配属されてから、回されるのは書類のコピーと電話番ばかりでした。",
        "毎日、倉庫の片付けばかりやらされていました。",
        "課長は部下がまとめた提案を、自分の手柄として役員に説明していました。",
        "主任が私の分析結果を自分の実績にしてしまいました。",
        "どれだけ成果を上げても、賞与には反映されませんでした。",
        "入社して2年たっても、任されるのは伝票の仕分けだけでした。",
    ],
)
def test_blame_told_as_facts(answer: str) -> None:
    assert BLAME in _codes(answer, "転職を考えた理由を教えてください。", "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        # the work characterised: maybe a boast
        "任されるのは重要な案件ばかりで、やりがいを感じていました。今後は管理職を目指したいと考えています。",
        # who was given the work, not what: a boast
        "大きな案件を任されたのは同期で私だけでした。今後はより大きな裁量のある環境で挑戦したいと考えています。",
        # one's own results shared, not taken
        "先輩は自分の成果を後輩にも惜しまず共有してくださいました。今後は私も人を育てる立場に挑戦したいと考えています。",
        # results and a denial of one's own complacency: no target of the employer's
        "結果を出しても慢心せず、次の目標を立ててきました。より大きな裁量のある環境で挑戦したいと考えています。",
    ],
)
def test_near_misses_are_not_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, "転職を考えた理由を教えてください。", "reason_for_leaving")
