"""Reply classes of session 8, round 2, read as patterns: a second point added by a conjunction
(「…場面があり、また自己PRの強みも…」) read apart from an answer beside the question; the
candidate's own share in a team's work asked for in English; a question back to identify the
sender (same name, an application number); an agent relaying that the company gave no answer,
with the request called ご質問 and a stock formula quoted. Sentences written for these tests
(none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

# (body, label, causes)
CASES = [
    # A strength whose scene is hard to picture is self_pr, also after an answer beside the
    # question in the clause before a conjunction (また, さらに, あわせて, ほか).
    (
        "ご緊張もあったのか、お尋ねしたことと少し違うお答えが何度かあり、また長所として"
        "挙げられた行動力についても、実際の場面が想像しにくかったとのことでした。",
        "feedback",
        ["self_pr", "communication"],
    ),
    (
        "質問の主旨から外れたご回答が続き、さらにアピールいただいた強みも、どのような状況で"
        "発揮されたのかがイメージしづらかったという所感でした。",
        "feedback",
        ["self_pr", "communication"],
    ),
    (
        "お答えが聞いた内容とずれる場面があり、あわせて自己PRのエピソードも具体的な場面が"
        "伝わりにくかったそうです。",
        "feedback",
        ["self_pr", "communication"],
    ),
    (
        "受け答えがやや一方的に感じられたほか、ご自身の強みについても裏付けとなる経験談が"
        "見えにくかったとの声がありました。",
        "feedback",
        ["self_pr", "communication"],
    ),
    # A conjunction after a noun does not split: the frame after it is shared.
    ("志望動機、また自己PRもやや抽象的でした。", "feedback", ["motivation", "self_pr"]),
    # 一方的 is a judgement, and denied it is none.
    (
        "グループ討議では話が一方的になることなく、周りの意見を引き出しておられ、高く評価して"
        "おりました。",
        "feedback",
        [],
    ),
    # English: the candidate's own share (contribution, role, responsibilities, what you did).
    (
        "Thanks for your message. We would also have liked to hear more about your personal "
        "role in the product launch you described.",
        "feedback",
        ["self_pr"],
    ),
    (
        "The panel would have liked a clearer picture of your individual responsibilities on "
        "the data migration.",
        "feedback",
        ["self_pr"],
    ),
    (
        "It was not entirely clear why our company in particular appealed to you. We also "
        "wanted to understand what you yourself delivered in the projects you mentioned.",
        "feedback",
        ["motivation", "self_pr"],
    ),
    # Identifying the sender: nothing about the candidate yet (複数 compares no one).
    (
        "ご連絡ありがとうございます。同姓の応募者様が複数名いらっしゃるため、お手数ですが"
        "受付番号をお知らせいただけますでしょうか。",
        "other",
        [],
    ),
    (
        "苗字が同じ方が何名かおられますので、ご応募された職種と面接日をお教えください。",
        "other",
        [],
    ),
    (
        "ご応募者が多数いらっしゃるため、恐縮ですがエントリー番号をご返信いただけますと幸いです。",
        "other",
        [],
    ),
    # An agent relays no answer: the request called ご質問, a stock formula quoted.
    (
        "いただいたご質問の件、先方のご担当者様に確認しましたが、明確なご回答はいただけません"
        "でした。「総合的に判断した結果」とのお返事のみです。",
        "declined",
        [],
    ),
    (
        "お問い合わせの件ですが、企業様からは具体的なお返事をいただくことができませんでした。"
        "「厳正な選考の結果」とだけ伺っております。",
        "declined",
        [],
    ),
    (
        "ご質問いただいた点について人事の方に伺いましたが、理由はお答えいただけないとの"
        "ことでした。",
        "declined",
        [],
    ),
    # An answer still awaited is no refusal.
    ("先方の企業様からは、まだご回答をいただけておりません。改めてご連絡いたします。", "other", []),
    # A 逆質問 criticised stays reverse_question.
    (
        "面接の最後にいただいたご質問が、残業や休日の取り方に関するものばかりだった点を"
        "面接官が気にしておりました。",
        "feedback",
        ["reverse_question"],
    ),
    (
        "最後に何かご質問はありますかとお聞きしたところ、特にございませんとのことで、"
        "関心の程度が分かりかねました。",
        "feedback",
        ["reverse_question"],
    ),
]


# Without the company named as the one asked or answering, an answer not received is the
# candidate's answer in the interview: feedback, never a refusal.
CANDIDATE_ANSWERS = [
    "転職を繰り返された理由を伺いましたが、具体的なご回答はいただけませんでした。",
    "入社後に挑戦したいことをお聞きしましたが、明確なお答えは得られませんでした。",
    "面接担当者から、志望動機について具体的なご回答をいただけなかったとの所感がありました。",
    "面接官は、志望理由について明確なご回答がいただけなかった点を気にしておりました。",
]


@pytest.mark.parametrize("body", CANDIDATE_ANSWERS)
def test_answer_not_received_is_the_candidates(body: str) -> None:
    assert classify_reply(body).label == "feedback"


@pytest.mark.parametrize(("body", "label", "causes"), CASES)
def test_reply_round2(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)
