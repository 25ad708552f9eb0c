"""A reply's evidence ends on a whole word: the clause split takes the predicate's ending with its
connective (「あった|が、」), and what is shown puts that ending back (「…様子はあった」)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import normalize


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            "面接では緊張されている様子はあったが、受け答えが質問とずれることが多かった。",
            "面接では緊張されている様子はあった",
        ),
        ("志望動機は弱かったものの、経験は十分でした。", "志望動機は弱かった"),
        (
            "新卒で入った会社を3か月で退職されていましたが、その理由が伺えませんでした。",
            "新卒で入った会社を3か月で退職されていました",
        ),
    ],
)
def test_evidence_ends_on_a_whole_word(body: str, shown: str) -> None:
    reply = classify_reply(body)
    assert normalize(shown) in reply.evidence
    assert all(e in normalize(body) for e in reply.evidence)
