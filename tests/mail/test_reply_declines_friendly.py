"""Friendly refusals from small employers (furikaeri.mail.reply.refusal): the means to tell denied
(「ご説明する余裕がない」), an inquiry's medium named before it (「お電話でのお問い合わせ」), the
telling itself judged as the ground (「一人にだけ話すのは不公平」); and the way forward left unsaid
after a complaint reported, whatever the writer calls its place (当院, 当店). Near misses keep
their reading."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    "body",
    [
        "お花屋さん一同です。人手が足りず、皆さまお一人ずつに理由をお伝えする時間が取れないんです。ごめんなさい。",
        "学童クラブ運営委員会です。職員が少ないため、個別に結果の理由をご説明する体制が整っておりません。",
        "選考の中身については誰にもお話ししていないんです。お電話でのご質問にもお答えしておりません。",
        "整体院の院長です。理由は誰にもお伝えしないようにしてるんです。ひとりにだけお話しするのは公平じゃないので。",
        "事務局です。面接の評価はお伝えしておりません。どなたか一人にだけ申し上げることは不公平になりますため。",
    ],
)
def test_friendly_refusals_are_declined(body: str) -> None:
    result = classify_reply(body)
    assert result.label == "declined", result.to_dict()
    assert result.causes == []


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the candidate's telling judged, with no refusal before it: still a cause
        (
            "面接の際、ご自身の強みを話すのが苦手なようで、具体的なエピソードが伺えませんでした。",
            {"self_pr"},
        ),
        # the candidate's want of time to answer, no means of the writer's to tell
        (
            "受付でお名前を名乗られず、待合室でずっと通話をされていたのが気になりました。",
            {"manners"},
        ),
        # a complaint reported, the way forward at this clinic left unsaid: the complaint only
        (
            "前の医院で院長と合わず毎日がつらかったというお話が中心で、当院で何をしたいかのお話はほとんどありませんでした。",
            {"negative_reason"},
        ),
        # conditions as the reason: the motive here left unsaid is a point of its own
        (
            "前職の給料が安かったというお話が中心で、当店で何を実現したいかのお話はほとんどありませんでした。",
            {"negative_reason", "motivation"},
        ),
    ],
)
def test_near_misses_keep_their_causes(body: str, causes: set[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result.to_dict()
    assert set(result.causes) == causes, result.to_dict()
