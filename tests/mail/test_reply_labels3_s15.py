"""Reply labels at three boundaries (session 15): a refusal told as a standing practice that a
negated telling modifies (「開示しない取り扱い」「お伝えしない運用」), whoever is named before it;
the writer's own trouble or apology before a refusal (「当方の回線の問題」「こちらの機材の不調」
「お待たせしてしまい失礼しました」), which names no cause; a hope the writer states after a
conditional (「機会があれば嬉しく思います」), which praises nothing. Near-misses: a point given
after a refusal or after "nothing was wrong" is feedback, a promise to answer later is other, an
apology for telling keeps what it told, the company's own side as a judgement stays a cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    "body",
    [
        "選考の評価につきましては、ご応募くださったどなたに対しても開示しない取り扱いとしております。",
        "不合格の理由に関しましては、応募者の皆さまに一律でお知らせしない運用となっております。",
        "結果の理由は、原則として個別にご説明しない扱いです。ご了承ください。",
        "面接時間の変更ではご迷惑をおかけしました。当方の連絡の行き違いでした。"
        "なお、合否の理由につきましてはお答えいたしかねます。",
        "当日はこちらの回線の問題もあったかと思います。失礼いたしました。"
        "選考の理由は個別にはお伝えしておりませんので、ご理解ください。",
        "お待たせしてしまい大変失礼しました。評価の詳細はお伝えできない決まりです。",
    ],
)
def test_refusals_after_practice_or_apology_are_declined(body: str) -> None:
    got = classify_reply(body)
    assert got.label == "declined", got
    assert got.causes == []


@pytest.mark.parametrize(
    "body",
    [
        "ご丁寧なお礼のメールをありがとうございます。またご縁があればうれしいです。",
        "お礼状を拝受しました。いつかどこかでお仕事をご一緒できたら嬉しく思います。お元気で。",
        "秋にも追加の募集を予定しております。改めてご応募いただけると嬉しいです。",
        "こちらの機材の不具合でした。ご不便をおかけしました。",
    ],
)
def test_courtesy_and_next_round_are_other(body: str) -> None:
    assert classify_reply(body).label == "other"


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        # a refusal, then a point anyway
        (
            "理由は開示しない取り扱いですが、個人的には、逆質問が福利厚生のことだけだった点が"
            "気になりました。",
            "reverse_question",
        ),
        # nothing wrong, then a concrete point
        (
            "大きな問題があったわけではありません。ただ、必須としていた法人営業のご経験が"
            "足りませんでした。",
            "skills",
        ),
        # an apology for telling: what it told stays
        (
            "志望動機が他社でも通じる内容だった点など、厳しいことを申し上げて申し訳ありません。",
            "motivation",
        ),
        # the company's own side as a judgement's ground stays a cause
        ("当社の社風が〇〇様のご志向とは合わないと判断いたしました。", "culture_fit"),
    ],
)
def test_points_stay_feedback(body: str, cause: str) -> None:
    got = classify_reply(body)
    assert got.label == "feedback", got
    assert cause in got.causes


def test_praise_of_the_interview_still_counts() -> None:
    got = classify_reply("面接では笑顔で話していただけたのが嬉しかったです。")
    assert got.label == "feedback"


def test_a_promise_to_answer_later_is_other() -> None:
    got = classify_reply("いただいたご質問は面接官に確認のうえ、改めてご連絡いたします。")
    assert got.label == "other"


def test_the_practice_is_the_evidence() -> None:
    got = classify_reply(
        "選考結果に関しましては、ご応募いただいた全ての方に対し、開示しない取り扱いとなっております。"
    )
    assert got.label == "declined"
    assert any(e.endswith("開示しない取り扱い") for e in got.evidence), got.evidence
