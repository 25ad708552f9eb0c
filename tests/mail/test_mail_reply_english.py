"""data/mail_replies_en.toml: the English cues of the reply reader, one list per cause, checked
by reply.schema.EnglishCues, and read: every cause the file lists has an English reply here that
names it. Sentences written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from furikaeri.catalogue import load_data, validated
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.schema import EnglishCues

# (cause, reply): a reply from a foreign-affiliated company naming that cause.
ENGLISH = [
    (
        "motivation",
        "Hi Ken, the panel felt your reasons for joining could have applied to any consulting "
        "firm in Tokyo.",
    ),
    (
        "self_pr",
        "Hi Ken, it was hard to tell what you personally did in the projects you described.",
    ),
    ("communication", "Hi Ken, your answers were often long-winded and hard to follow."),
    ("reverse_question", "Hi Ken, you did not have any questions for us at the end."),
    (
        "negative_reason",
        "Hi Ken, much of the conversation was about conflicts with your manager.",
    ),
    (
        "skills",
        "Hi Ken, the role needs hands-on experience with SAP, which we did not see in your "
        "background.",
    ),
    ("manners", "Hi Ken, you joined the video call about ten minutes late."),
    (
        "short_tenure",
        "Hi Ken, you left your last two positions within a year and we were unsure about the "
        "long-term commitment.",
    ),
    (
        "culture_fit",
        "Hi Ken, you would probably be better suited to a larger, more structured company.",
    ),
    (
        "relative",
        "Hi Ken, we had a very competitive pool of candidates and chose someone whose "
        "experience matched the role more closely.",
    ),
]


@pytest.mark.parametrize(("cause", "body"), ENGLISH)
def test_english_reply_names_its_cause(cause: str, body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert cause in result.causes


def test_every_listed_cause_has_a_case() -> None:
    listed = set(validated("mail_replies_en.toml", EnglishCues).causes)
    assert listed == {cause for cause, _ in ENGLISH}


def test_english_cues_live_in_one_file() -> None:
    """No cause of mail_replies.toml keeps a pure-English entry: English cues are in the
    English file (patterns mixing the two languages stay)."""
    data = load_data("mail_replies.toml")
    keys = ("topics", "hints", "phrases", "questions")
    english = [
        (cid, key, p)
        for cid, cause in data["causes"].items()
        for key in keys
        for p in cause.get(key, [])
        if p.isascii()
    ]
    assert english == []


@pytest.mark.parametrize(
    "pattern",
    [
        "short stays",  # spaces are removed before matching: this never matches
        "Tenure",  # text is lower-cased
        "転職回数",  # Japanese belongs in mail_replies.toml
        "(?:unclosed",  # not a regular expression
    ],
)
def test_schema_rejects_what_never_matches(pattern: str) -> None:
    with pytest.raises(ValidationError):
        EnglishCues.model_validate({"causes": {"short_tenure": {"topics": [pattern]}}})


def test_schema_rejects_unknown_cause() -> None:
    with pytest.raises(ValidationError, match="unknown cause"):
        EnglishCues.model_validate({"causes": {"luck": {"topics": ["badluck"]}}})
