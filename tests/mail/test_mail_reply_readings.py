"""Replies read for what they say (sentences written for these tests): English answers that
miss the question, the other candidate's match, a small shop's casual reasons, two causes in
one remark, an apology for not sharing the evaluation."""

from __future__ import annotations

import pytest

from furikaeri.mail.classify import classify_reply

# Answers that did not meet the questions asked are a communication point; the candidate's
# own questions (at the end) stay reverse_question.
OFF_TARGET = [
    (
        "feedback",
        ["communication"],
        "Thank you for reaching out. Several of your answers didn't directly address the"
        " questions that were asked.",
    ),
    (
        "feedback",
        ["communication"],
        "A few of your responses did not really answer what we asked, which made it hard to"
        " assess your experience.",
    ),
    (
        "feedback",
        ["communication"],
        "Your answers often went off on a tangent, so it was difficult to see how they related"
        " to our questions.",
    ),
    (
        "feedback",
        ["communication"],
        "Some of the questions we asked were not answered directly; you tended to talk around"
        " them.",
    ),
    (
        "feedback",
        ["communication"],
        "Hi Aya, the panel felt that your responses didn't quite match what the interviewers"
        " were asking.",
    ),
    (
        "feedback",
        ["communication"],
        "面接では、いくつかのご回答が質問に直接お答えいただけていない印象でした。",
    ),
    # Hard negatives.
    (
        "feedback",
        ["reverse_question"],
        "The questions you asked at the end were all about salary and holidays.",
    ),
    (
        "feedback",
        ["reverse_question"],
        "You didn't ask any questions at the end of the interview.",
    ),
    (
        "feedback",
        ["reverse_question"],
        "We felt that the questions you asked could have been answered by our website.",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), OFF_TARGET)
def test_answers_beside_the_question_are_communication(
    label: str, causes: list[str], body: str
) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


# Lateness in English is manners; the letters "late" inside another word (articulate,
# related) are not.
LATE = [
    ("feedback", ["manners"], "You arrived 20 minutes late to the interview."),
    ("feedback", ["manners"], "You joined the call late without letting us know."),
    (
        "feedback",
        ["skills"],
        "You were able to articulate your goals well, but we were looking for someone with more"
        " hands-on Kubernetes experience.",
    ),
    (
        "feedback",
        ["communication"],
        "Your answers were hard to follow and it was not clear how they related to each other.",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), LATE)
def test_lateness_is_a_word_of_its_own(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


# "Fit" or "match" said of the other candidate is the comparison itself (relative), not a
# point of culture fit about the reader; a fit of the reader's way of working stays one.
OTHER_FIT = [
    (
        "feedback",
        ["relative"],
        "In the end we went with a candidate whose background was a slightly closer match for"
        " the role.",
    ),
    (
        "feedback",
        ["relative"],
        "We decided to move forward with another applicant whose experience was a better fit for"
        " what the team needs right now.",
    ),
    (
        "feedback",
        ["relative"],
        "Another candidate's profile matched our requirements a little more closely.",
    ),
    (
        "feedback",
        ["relative"],
        "We chose someone who fit the team's current needs slightly better.",
    ),
    (
        "feedback",
        ["relative"],
        "Thanks for asking. Honestly it was close, but the other finalist was a stronger match"
        " for this particular role.",
    ),
    (
        "feedback",
        ["relative"],
        "今回は、経歴がより募集内容にマッチした別の候補者の方を採用いたしました。",
    ),
    (
        "feedback",
        ["relative"],
        "企業様からは「他の候補者の方がポジションとのフィット感がより高かった」とのことでした。",
    ),
    # Hard negatives.
    (
        "feedback",
        ["culture_fit"],
        "We felt the way you prefer to work is not quite the right fit for our team culture.",
    ),
    (
        "feedback",
        ["culture_fit", "relative"],
        "We hired another candidate. We also felt that your preference for fully remote work"
        " did not fit how our team operates.",
    ),
    (
        "feedback",
        ["culture_fit", "relative"],
        "弊社の価値観により近い方がいらっしゃったため、今回はその方にお願いすることになりました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), OTHER_FIT)
def test_the_other_candidates_match_is_relative(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
