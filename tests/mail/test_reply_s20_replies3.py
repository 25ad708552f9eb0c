"""Company replies whose point is told as a remark rather than named (session 20): an answer
that never came to its point, harsh words about the former workplace, questions at the end kept
to pay and fares, and English or English-mixed replies (「Why <company>?」, a preference for more
structure than the team offers). Sentences written for these tests (none from the evaluation
sets); each cause has near-misses that must not name it."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

NAMED = [
    (
        "communication",
        "先日はありがとうございました。『当社で何を実現したいか』に対して、前職の苦労話が続き、"
        "答えがはっきりしないままでした。",
    ),
    (
        "communication",
        "ご連絡ありがとうございます。いずれのご質問でもお答えの趣旨が明確でなく、評価が難しい"
        "状況でした。",
    ),
    (
        "negative_reason",
        "お問い合わせの件です。以前の職場の人員配置や上司の方について、辛辣なご発言が多く見られ"
        "ました。",
    ),
    (
        "negative_reason",
        "ご連絡ありがとうございます。退職された保育園の運営方針について厳しいご意見が繰り返され、"
        "気になりました。",
    ),
    (
        "reverse_question",
        "店長からです。『最後に何か質問ある？』のときに、シフトと日給の話ばかりだったのが残念"
        "でした。",
    ),
    (
        "reverse_question",
        "ご連絡ありがとうございます。ご質問は時給と交通費のことだけでした。",
    ),
    (
        "reverse_question",
        "面接官より。「ほかに聞いておきたいことはありますか」とお尋ねしたところ、休日と残業代の"
        "ことばかりでした。",
    ),
    (
        "negative_reason",
        "ご連絡ありがとうございます。転職理由のお話が、残業と給与のことばかりでした。",
    ),
    (
        "motivation",
        "ご連絡ありがとうございます。Why Norcast の質問に対するご回答が一般的で、our services "
        "への言及がありませんでした。",
    ),
    (
        "motivation",
        "Hi Ken, thanks for asking. Your answer to the Why Norcast question made no mention of "
        "our products.",
    ),
    (
        "culture_fit",
        "Hi Ken, we work with very little hierarchy and people pick their own projects; you "
        "would prefer more guidance than we can offer at the moment.",
    ),
    (
        "culture_fit",
        "Hi Ken, from our talk it seemed you would be more comfortable with a clearer "
        "hierarchy than our team can provide today.",
    ),
]

# (cause, reply): a reply that must not name that cause.
NOT_NAMED = [
    (
        "negative_reason",
        "面接官より。「ほかに聞いておきたいことはありますか」とお尋ねしたところ、休日と残業代の"
        "ことばかりでした。",
    ),
    (
        "reverse_question",
        "ご連絡ありがとうございます。転職理由のお話が、残業と給与のことばかりでした。",
    ),
    (
        "communication",
        "ご連絡ありがとうございます。ご回答はどれも要点がはっきりしており、分かりやすかったです。"
        "今回は他の方との比較で見送りとなりました。",
    ),
    (
        "negative_reason",
        "ご連絡ありがとうございます。前の会社について厳しいお言葉はなく、前向きにお話しいただけ"
        "ました。今回は経験年数の面で見送りとなりました。",
    ),
    (
        "negative_reason",
        "ご連絡ありがとうございます。前職の上司から厳しいお言葉を受けても粘り強く取り組まれた"
        "お話が印象的でした。今回は他の方との比較で見送りました。",
    ),
    (
        "reverse_question",
        "ご連絡ありがとうございます。最後のご質問の時間には、給与だけでなく仕事の進め方も聞いて"
        "くださり、意欲を感じました。今回は他の方との比較で見送りました。",
    ),
    (
        "motivation",
        "Hi Ken, when we asked why you left your last job, your answer was clear. We chose "
        "another candidate with more SAP experience.",
    ),
    (
        "motivation",
        "Hi Ken, you clearly mentioned our services in detail. We went with another candidate.",
    ),
    (
        "culture_fit",
        "Hi Ken, we think you would enjoy an environment like ours. In the end we went with "
        "another candidate.",
    ),
]


@pytest.mark.parametrize(("cause", "body"), NAMED)
def test_remark_names_its_cause(cause: str, body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert cause in result.causes


@pytest.mark.parametrize(("cause", "body"), NOT_NAMED)
def test_near_miss_names_no_such_cause(cause: str, body: str) -> None:
    assert cause not in classify_reply(body).causes


def test_evidence_is_the_reply_words() -> None:
    body = "ご連絡ありがとうございます。前の施設の人員体制について厳しいお言葉が続きました。"
    result = classify_reply(body)
    assert result.causes == ["negative_reason"]
    assert all(e in body for e in result.evidence)
