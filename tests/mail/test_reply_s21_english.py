"""Session 21 (rep65): classes of reply misreadings, each with blind cases written before the
rule was read (own sentences, none from any evaluation set).

1. English feedback in the third person or in the second person, beyond the cue lists' first
   phrasings: no questions when invited, criticism of a current employer, a preference at odds
   with the team's way of working; also the English comment quoted under an agent's lead.
2. An agent who asked for the reason and could not obtain its content: declined.
3. Causes over-read: 働き方 asked about or wished for is no culture mismatch; a motivation not
   heard is no communication fault; a motivation resting on conditions is no complaint; the
   reasons for leaving short stays, not explained, are short tenure, not complaints."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

# (reply, cause): English feedback the reader must label feedback and name the cause of.
ENGLISH_FEEDBACK = [
    (
        "Hi Mika, thanks for your patience. At the end of the interview, when we asked whether "
        "she had anything to ask us, she said there was nothing.",
        "reverse_question",
    ),
    (
        "Dear Taro, the interviewers gave you a chance to ask questions and you told them you "
        "didn't have any.",
        "reverse_question",
    ),
    (
        "Hello, the feedback from the team: the candidate spent most of the interview "
        "complaining about his current employer and how management runs things.",
        "negative_reason",
    ),
    (
        "Hi Sora, the panel noted that you were quite critical of your previous boss and of the "
        "way decisions are made at your company.",
        "negative_reason",
    ),
    (
        "Hi Ken, we are a small startup where everyone sets their own priorities, and you told "
        "us more than once that you work best with detailed direction from a manager. We felt "
        "it would not be a good fit.",
        "culture_fit",
    ),
    (
        "Dear Aya, our teams are self-managed with little hierarchy, while she said she prefers "
        "a clearly defined role and close supervision. We didn't think it was the right match.",
        "culture_fit",
    ),
]


@pytest.mark.parametrize(("body", "cause"), ENGLISH_FEEDBACK)
def test_english_feedback_names_its_cause(body: str, cause: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert cause in result.causes


QUOTED_LEAD = [
    (
        "山田様\n\nお世話になっております。エージェントの佐藤です。\n"
        "先日の面接について、hiring manager から feedback をいただきましたので共有いたします。\n\n"
        "> When we asked if he had any questions for us, he said he had none.\n\n"
        "引き続きよろしくお願いいたします。",
        "reverse_question",
    ),
    (
        "鈴木様\n\nいつもお世話になっております。\n"
        "面接官の方から英語でコメントを頂戴しましたので、そのまま転記いたします。\n\n"
        "> She spoke at length about problems with her current manager and the company.\n\n"
        "何卒よろしくお願いいたします。",
        "negative_reason",
    ),
]


@pytest.mark.parametrize(("body", "cause"), QUOTED_LEAD)
def test_quoted_english_under_agent_lead(body: str, cause: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert cause in result.causes


# An agent asked and obtained no content: declined, in several wordings.
NOT_OBTAINED = [
    "お見送りの理由を企業に確認しましたが、「社内規定により開示できない」とのことで、"
    "詳しい内容は伺えませんでした。",
    "人事ご担当者に理由をお尋ねしましたが、総合的に判断した結果とのお返事で、"
    "具体的な理由は教えていただけませんでした。",
    "選考結果の背景について確認いたしましたが、詳細な内容までは頂戴できませんでした。"
    "ご期待に沿えず申し訳ございません。",
    "先方に不採用の理由をお聞きしたのですが、具体的な中身はお聞きできませんでした。",
    # (Written after the rule was read: the blind ones above already passed.)
    "企業様に理由を確認しましたが、「総合判断」とのお返事のみで、具体的な内容はお伺いできません"
    "でした。",
    "企業様に理由を確認しましたが、具体的な背景までは頂戴できませんでした。",
    "先方に確認いたしましたが、詳しい経緯までは伺うことができませんでした。力不足で申し訳"
    "ございません。",
    "人事の方に理由を確認しました。ただ、具体的な根拠は教えていただけませんでした。",
]


@pytest.mark.parametrize("body", NOT_OBTAINED)
def test_reason_not_obtained_is_declined(body: str) -> None:
    assert classify_reply(body).label == "declined"


def test_content_not_heard_in_the_interview_is_feedback() -> None:
    # The company writing of its own interview, no party asked: what it did not hear is the
    # candidate's, feedback.
    body = (
        "採用担当の田中です。\n今回は、チームを率いたご経験が必須でしたが、マネジメント面に"
        "ついては面接の中でも具体的なお話を伺うことができませんでした。"
    )
    assert classify_reply(body).label == "feedback"


# (reply, cause that must not be read, cause that must be read)
NOT_OVER_READ = [
    (
        "面接官からは、逆質問では配属後の一日の流れや入社後の働き方などを聞いてみると"
        "よかったとのことでした。",
        "culture_fit",
        "reverse_question",
    ),
    (
        "前職を辞めた経緯のお話が中心で、今後どのような働き方をしていきたいかが"
        "伝わってこなかったとのことです。",
        "culture_fit",
        None,
    ),
    (
        "当社を志望された理由について、面接の中で十分に伺うことができませんでした。",
        "communication",
        "motivation",
    ),
    (
        "志望動機が「残業が少なく落ち着いた環境で働きたい」「福利厚生が充実している」と"
        "いった条件面中心で、当社でなければならない理由が見えませんでした。",
        "negative_reason",
        "motivation",
    ),
    (
        "短期間での転職が三度続いており、それぞれ退職された理由や、今後長く働いていく"
        "お考えについて納得のいくご説明がいただけませんでした。",
        "negative_reason",
        "short_tenure",
    ),
]


# (Written after the rules were read, where the blind ones above already passed.)
NOT_OVER_READ += [
    (
        "次の機会には、入社後の働き方や社員の様子について質問していただくと、意欲がより伝わると"
        "思います。",
        "culture_fit",
        None,
    ),
    (
        "・転職の理由は「残業が多い」「上司が細かい」という話ばかりで、これからどういう働き方を"
        "したいのかという話は聞けませんでした。",
        "culture_fit",
        "negative_reason",
    ),
    (
        "「お客様を笑顔にしたい」というお考えについて、それが他社ではなく当社でなければならない"
        "理由までは十分にお聞きできませんでした。",
        "communication",
        "motivation",
    ),
    (
        "志望動機が「安定している」「休みが多い」といった待遇面のお話ばかりでした。",
        "negative_reason",
        "motivation",
    ),
    (
        "3社をそれぞれ1年前後で退職されています。それぞれの退職理由について、十分にご説明いただけ"
        "ず、懸念が残りました。",
        "negative_reason",
        "short_tenure",
    ),
]

# Where both causes stand: the complaint told beside the short stays; the conditions told as the
# reason for leaving; a smile missing in the interview.
BOTH_KEPT = [
    ("短期間で3社を退職されており、その退職理由も前職への不満ばかりでした。", "negative_reason"),
    ("転職理由として「休みが少ない」「給料が安い」というお話が中心でした。", "negative_reason"),
    ("面接中は笑顔が少なく、緊張されている様子でした。", "communication"),
]


@pytest.mark.parametrize(("body", "cause"), BOTH_KEPT)
def test_cause_still_named(body: str, cause: str) -> None:
    assert cause in classify_reply(body).causes


@pytest.mark.parametrize(("body", "absent", "present"), NOT_OVER_READ)
def test_causes_not_over_read(body: str, absent: str, present: str | None) -> None:
    result = classify_reply(body)
    assert absent not in result.causes
    if present is not None:
        assert present in result.causes
