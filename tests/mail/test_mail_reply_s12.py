"""Session 12 (issue #10): how a reply's reading generalises across wordings: a concession
(にもかかわらず, けど), a quote relayed as the company's judgement, the interviewer's own question
as the subject of the answer, a denied negative word as a reassurance, a requirement before として,
the subject of a word of differing, the question as the talk cut into, words of perception
(〜に聞こえた) and causes by their concept words."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # A concession grants what precedes it; the point follows.
        (
            "マネジメントのご経験が長いにもかかわらず、ご自身がどう動かれたのかのお話が少なかったです。",
            ["self_pr"],
        ),
        # A quote relayed as the company's words is read as the judgement it is.
        ("「退職理由が前の上司への批判に聞こえた」とのコメントでした。", ["negative_reason"]),
        # A word of perception walked over to the judgement before it.
        ("転職のきっかけのご説明が、後ろ向きに映りました。", ["negative_reason"]),
        # The interviewer's own question: its subject is what the answer was to speak of.
        (
            "当社のビジョンについてお伺いした際、ご自身の経験と結びつけたお話が伺えませんでした。",
            ["motivation"],
        ),
        # A denied negative word is a reassurance; the point is the next sentence.
        (
            "在籍期間の短さについては問題視しておりません。ただ、必須の資格をお持ちでなかった点が理由です。",
            ["skills"],
        ),
        # A requirement before として is no judgement as another cause's material.
        ("中国語での会話力を必須としている職種のため、今回は見送りました。", ["skills"]),
        # The subject of a word of differing (the impression, not the answer).
        (
            "もう少し当社の製品を触っていただいた上でのご感想が伺えれば、印象は違ったと思います。",
            ["motivation"],
        ),
        # The interviewer's question cut into.
        ("ご質問の途中で話し始められる場面が何度かありました。", ["communication"]),
        # Backchannel as a delivery word.
        ("相槌がほとんどなく、話が伝わっているのか分かりにくかったです。", ["communication"]),
        # A cause given for the leaving, whatever its noun.
        ("人間関係が悪かったので退職した、というお話だけでした。", ["negative_reason"]),
        # A casual fear of quitting soon.
        ("またすぐ辞めちゃうんじゃないかって心配になりました。", ["short_tenure"]),
        ("前の会社を10か月で離れた経緯が、よく分かりませんでした。", ["short_tenure"]),
        # Appearance by its parts; conduct outside the room.
        ("靴が汚れていて、髪も整っていなかったのが気になりました。", ["manners"]),
        ("控室でのご様子について、スタッフから気になる点があったと聞いております。", ["manners"]),
        # The company compared, with words between.
        (
            "当社みたいな少人数の会社より、大企業の方が力を発揮できるタイプだと感じました。",
            ["culture_fit"],
        ),
        ("組織の価値観とはやや違う考えをお持ちだと感じました。", ["culture_fit"]),
        # A close call said another way.
        ("最終候補のもうお一人の方と紙一重の判断でした。", ["relative"]),
        # Conditions-only questions with only before the question.
        ("賞与と在宅勤務の可否についてだけのご質問でした。", ["reverse_question"]),
        # Experience to accumulate first: a shortfall against the role.
        ("もう少し法人営業のご経験を積まれてから、再度ご応募ください。", ["skills"]),
        # A counterfactual with が.
        (
            "短期間での離職について今後の考えを伺えていれば、評価が違ったかもしれません。",
            ["short_tenure"],
        ),
    ],
)
def test_cause_read_by_mechanism(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


@pytest.mark.parametrize(
    "body",
    [
        # Praise and denied concerns name no cause.
        "転職回数が多いことは問題視しておりません。",
        "ご経験が豊富にもかかわらず謙虚な姿勢で、大変好印象でした。",
        "ご質問の途中で話を遮られることもなく、落ち着いた受け答えでした。",
        "面接官の方の印象は大変良いものでした。",
        "スキル面では申し分ございません。",
    ],
)
def test_praise_and_reassurance_name_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


@pytest.mark.parametrize(
    "body",
    [
        "選考に関するお問い合わせには個別に対応しておりません。",
        "総合的に判断しており、理由というものはございません。",
    ],
)
def test_refusals_are_declined(body: str) -> None:
    assert classify_reply(body).label == "declined"
