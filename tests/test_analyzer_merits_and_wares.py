"""Session 19, third answers round: a role likened in writing is no hedge
(manners.casual_language); what the company itself makes or sells, asked with it as the topic,
is on its website, and clothes it handles are no dress code (reverse_question.researchable,
.conditions). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"
RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"
Q_ROLE = "チームの中ではどんな役割でしたか。"
Q_REVERSE = "最後に何か質問はありますか。"
FURNITURE = {
    "name": "株式会社ミドリ木工",
    "profile": "創業50年の家具メーカー。主力は子ども用の椅子。",
}
PRESS = {"name": "株式会社あおぞら社", "profile": "地方の出版社。旅行ガイドと郷土史の本が中心。"}
LAUNDRY = {
    "name": "株式会社しろたえ",
    "profile": "クリーニングチェーン。預かった衣類の保管サービスと、着なくなった服の回収を行う。",
}


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


@pytest.mark.parametrize(
    ("answer", "company", "researchable"),
    [
        # the company as the topic, what it makes or sells asked (its website's first page)
        ("御社では主にどういった家具を作っていらっしゃるのでしょうか。", FURNITURE, True),
        ("御社はどんな本を出版しているんですか。", PRESS, True),
        ("こちらの会社さんは、どのような商品を販売されているのでしょうか。", FURNITURE, True),
        # another topic between (新人は), a plan, the work given, who does it: no published fact
        ("御社では、新人はどのような家具を作ることが多いのでしょうか。", FURNITURE, False),
        ("御社が今後どのような本を出していく予定か教えてください。", PRESS, False),
        ("御社では、入社後どのような商品を担当することになりますか。", FURNITURE, False),
        ("御社では、どのような方が本を企画されているのでしょうか。", PRESS, False),
    ],
)
def test_own_wares_asked_of_the_company(
    answer: str, company: dict[str, str], researchable: bool
) -> None:
    found = _codes_for(answer, company)
    assert (RESEARCH in found) is researchable


@pytest.mark.parametrize(
    ("answer", "condition"),
    [
        # clothes as what the business handles
        ("回収した服は、その後どのように仕分けされるのでしょうか。", False),
        ("お預かりした衣類に染みが残った場合、どなたが判断されるのでしょうか。", False),
        # the dress code itself
        ("入社後の服装に決まりはありますか。また、残業は月にどのくらいでしょうか。", True),
    ],
)
def test_clothes_handled_are_no_dress_code(answer: str, condition: bool) -> None:
    assert (COND in _codes_for(answer, LAUNDRY)) is condition


def _codes_for(answer: str, company: dict[str, str]) -> set[str]:
    found = analyze(answer, question=Q_REVERSE, kind="reverse_questions", company=company)
    return {f.code for f in found.findings}
