"""Replies naming the terms of employment, the means of an inquiry refused, applications from
people who met a requirement, and an interest set against the team's work (session 18,
replies5)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the terms of employment wished (勤務地, 日勤) did not match: feedback, no cause
        (
            "募集職種は全国への転勤がございますが、勤務地を九州に限りたいとのご希望があり、"
            "条件が合わないと判断しました。",
            "feedback",
            [],
        ),
        (
            "転居を伴う異動は避けたいとのご意向で、当ポジションの勤務条件とは合いませんでした。",
            "feedback",
            [],
        ),
        # near-miss: a wish about the way of working set against the company's: culture_fit
        (
            "当社は部署をまたいで動く働き方ですが、一つの専門に集中したいとのご希望で、"
            "その点が合わないと判断しました。",
            "feedback",
            ["culture_fit"],
        ),
        # an interest the candidate holds set against the team's work: culture_fit only
        (
            "配属先の業務は既存システムの運用が中心で、ご興味のあるデータ分析とは方向性が異なると"
            "判断しました。",
            "feedback",
            ["culture_fit"],
        ),
        # near-miss: interest in the company not shown is motivation
        (
            "当社の事業へのご関心があまり伝わってきませんでした。",
            "feedback",
            ["motivation"],
        ),
        # the means of the inquiry told after it (電話・メールとも): declined, no phone manners
        (
            "選考内容に関するお問い合わせには、電話・書面のいずれでもお答えしておりません。",
            "declined",
            [],
        ),
        (
            "個別の評価についてのご照会には、お電話・メールともにお受けしておりません。",
            "declined",
            [],
        ),
        # near-miss: the candidate's own phone conduct is manners
        (
            "面接の途中で携帯電話の着信音が鳴り、そのまま応答されていた点が気になりました。",
            "feedback",
            ["manners"],
        ),
        # applications from people who met the requirement: a comparison beside the gap
        (
            "看護師としての実務経験が募集条件の「5年以上」に届いておらず、同時期に条件を満たす方"
            "からのご応募が何件もありました。",
            "feedback",
            ["skills", "relative"],
        ),
        # near-miss: many applications as the context of a refusal, no comparison
        (
            "多数のご応募をいただいており、個別の理由はお伝えしておりません。",
            "declined",
            [],
        ),
    ],
)
def test_reply_terms_channels(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert r.label == label, r
    assert sorted(r.causes) == sorted(causes), r
