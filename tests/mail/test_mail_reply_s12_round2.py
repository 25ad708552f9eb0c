"""Session 12, round 2 of replies (issue #10): the field of applicants as a refusal's stock
words, complaints reported as the content of the candidate's talk, conditions-only and absent
last questions told as facts, casual words quoted as the candidate's way of speaking, a denied
negative word as praise, a choice of another person by closeness as relative."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

_HEAD = "ご連絡ありがとうございます。\n"
_TAIL = "\n今後のご活躍をお祈りいたします。"


def _read(body: str) -> tuple[str, list[str]]:
    r = classify_reply(_HEAD + body + _TAIL)
    return r.label, r.causes


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # The field of every applicant beside a refusal: no comparison of this candidate.
        (
            "個別の選考理由はお答えしておりません。限られた募集枠に、多数の方からご応募をいただいた"
            "中での結果となります。",
            "declined",
            [],
        ),
        (
            "選考内容については一律でお伝えしておりません。採用枠が限られており、難しい判断でした。",
            "declined",
            [],
        ),
        # A comparison with another candidate beside a refusal still names relative.
        (
            "他の応募者の方との比較の結果となりました。個別の評価はお伝えしておりません。",
            "declined",
            ["relative"],
        ),
    ],
)
def test_reply_round2(body: str, label: str, causes: list[str]) -> None:
    assert _read(body) == (label, causes)
