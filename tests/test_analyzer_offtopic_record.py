"""An answer that gives the candidate's record (strengths, results, a career, a study topic:
what a self-PR or a self-introduction tells) for a question that asks something else misses it
(communication.off_topic); an answer that addresses the question in its own words does not.
Also: 持ち帰る with no object, to a place that is no home, is a thing carried back
(reverse_question.conditions). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
COND = "reverse_question.conditions"
Q_REVERSE = "最後に何か質問はありますか。"


def _codes(answer: str, question: str | None = None, kind: str | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "condition"),
    [
        # a thing carried back to a place (no object named): the work itself
        (
            "故障の内容によって、その場で直す場合と工房に持ち帰る場合があると伺いました。その判断は"
            "どなたがされるのでしょうか。",
            False,
        ),
        ("出張先で部品が足りないときは、一度センターへ持ち帰る形になりますか。", False),
        # a time before に is no place: nothing named goes home
        ("年度末に持ち帰ることはありますか。", True),
        ("週末に持ち帰ることはありますか。", True),
        ("持ち帰りは多いですか。", True),
    ],
)
def test_carried_back_to_a_place_is_no_condition(answer: str, condition: bool) -> None:
    assert (COND in _codes(answer, Q_REVERSE, "reverse_questions")) is condition


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # a strength declared, then turned at once to its other side: a weakness told
        ("私の強みは粘り強さですが、その反面、引き際を見極めるのが苦手です。", False),
        (
            "私の長所は責任感が強いところです。ただ、その裏返しで、一人で抱え込んでしまうことがあります。",
            False,
        ),
        ("長所は行動力です。一方で、準備が雑になりがちです。", False),
        ("強みは慎重さです。逆に言えば、決断が遅いところがあります。", False),
        # no turn, or a turn to more of the strength: still the strength only
        (
            "私の長所は粘り強さです。営業で断られ続けましたが、諦めずに通い続け、契約をいただきました。",
            True,
        ),
        ("私の長所は協調性です。しかし、ゼミでは意見をまとめる役を任されていました。", True),
        (
            "私の長所は明るさですが、アルバイト先では新人教育を任され、店長からも頼りにされていました。",
            True,
        ),
    ],
)
def test_weakness_as_the_other_side_of_a_strength(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, "あなたの短所を教えてください。")) is off
