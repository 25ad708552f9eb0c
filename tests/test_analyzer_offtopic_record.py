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
