"""Refusals to tell in words the reader did not know (session 15): a standing rule as the ground
(「社内の決まりで」「先方の方針により」), refraining from the telling (「やめている」「控えて
いる」), the reader's inquiry not taken up (「お受けしておりません」「ご遠慮いただいて」), an
overall evaluation with no single point lacking, a decision told as everyone's; and the medium
of the writer's own contact (「お電話でお時間を」「メールでは説明しづらい」), which names no
manners and no communication. Near-misses: a refusal then a point is feedback, a promise to
answer later is other, 「ご遠慮なく」 invites."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    "body",
    [
        # a standing rule as the ground, the telling plain or received
        "恐れ入りますが、社内の決まりで選考の中身は回答できないことになっております。",
        "先方に確認しましたが、先方の規定上、評価についてはご共有いただくことができませんでした。",
        "当社のルールで、個別に説明することはできないんです。",
        # refraining from the telling, in plain forms
        "小さい店なので、落とした理由をいちいち伝えるのはやめてるんですよ。すみませんね。",
        "不採用の理由を一人ずつ説明するのは控えています。",
        # the reader's inquiry not taken up
        "合否に関するご質問は、どなたからであってもお受けできません。",
        "選考結果についての問い合わせは受け付けておりませんので、ご了承ください。",
        "評価内容に関するお問い合わせは、ご遠慮いただいております。",
        "個別の選考に関するご照会には応じかねます。",
        # an overall evaluation, no single point singled out
        "あくまで総合判断の結果であり、どこか一つが劣っていたということではありません。",
        "面接全体を踏まえて決めたもので、特定の項目が原因というわけではございません。総合的に判断いたしました。",
        # the decision told as everyone's, and the bond
        "面接に携わった者の総意としての結論です。ご縁がなかったものとご理解ください。",
        "担当者一同で慎重に協議した結果でございます。何卒ご了承ください。",
    ],
)
def test_refusals_in_other_words_are_declined(body: str) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == ("declined", [])


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a refusal, then a point all the same
        (
            "社内規定で詳細は回答できないのですが、志望動機が他社でも通用する内容だった点は"
            "気になりました。",
            "feedback",
            ["motivation"],
        ),
        (
            "理由をお伝えするのは控えているのですが、一点だけ、ご質問への回答がやや長く、"
            "要点が分かりにくい場面がございました。",
            "feedback",
            ["communication"],
        ),
        # a promise to answer later
        ("お問い合わせの件、面接官に確認のうえ改めてお返事いたします。", "other", []),
        # the writer's own contact: no manners, no communication
        (
            "メールだと説明しにくいので、お電話で10分ほどお時間をいただけないでしょうか。",
            "other",
            [],
        ),
        ("よろしければ、一度お電話でお時間をいただけますと幸いです。", "other", []),
        # an invitation to ask, not a refusal
        ("ご不明な点があれば、ご遠慮なくご質問ください。", "other", []),
        # the candidate's phone in the interview is still manners
        (
            "面接中に携帯電話の着信音が鳴り、そのまま対応されていた点が気になりました。",
            "feedback",
            ["manners"],
        ),
        # a fault said not to be there is still feedback
        (
            "大きな課題があったわけではなく、総合的に判断した結果です。",
            "feedback",
            [],
        ),
    ],
)
def test_near_misses_keep_their_label(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == (label, sorted(causes))
