"""Session 19, third answers round: a role likened in writing is no hedge
(manners.casual_language). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"
Q_ROLE = "チームの中ではどんな役割でしたか。"


def _codes(answer: str, question: str | None = None, kind: str | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # a loanword role with 的 (written), or a role before the position it stands for
        ("吹奏楽部ではパートリーダー的な立場で、後輩8人の練習計画を立てていました。", False),
        ("職場ではムードメーカー的に、朝礼で一言ずつ話す場を作っていました。", False),
        ("研究室では班長的な役回りを任され、実験装置の予約を取りまとめていました。", False),
        ("店舗では店長の片腕的な存在として、パートさんのシフトを組んでいました。", False),
        # the hedge stays: a point of view, a verb, 的な感じ, a role likened loosely
        ("僕的には、裏方で支えるほうが合っていると思います。", True),
        ("みんなをまとめる的な役を担当していました。", True),
        ("サブリーダー的な感じで、進み具合を見ていました。", True),
        ("バイト先では先輩的なことを新人に教えていました。", True),
    ],
)
def test_role_likened_in_writing_is_no_hedge(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, Q_ROLE)) is casual
