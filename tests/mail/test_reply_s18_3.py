"""Replies to a feedback request, session 18 (third round): a choice made among the applicants
told in plain words (「その中で比べて決めた」「皆さんを並べて考えた」) is relative, and feedback
where the reply says nothing was lacking; what the company looks at as its way after a refusal
(「当社の書類選考では例年、…を見ております」) is talk in general; the writer's doubt about its own
answer (「ご期待に沿うお答えになっていないかもしれませんが」) names no communication; complaints
heard (「不満が多く聞かれた」) no delivery; the company's own technology (「当社の製品や技術」) no
skills; a question of how much the candidate looked at the company no missing episode."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # A choice among the applicants, in plain words.
    (
        "feedback",
        ["relative"],
        "足りないところは特になかったです。ただ、一つの枠にたくさんの方が応募してくれて、"
        "その中で比べて決めさせてもらいました。",
    ),
    (
        "feedback",
        ["relative"],
        "今回は2名の枠に8名の方が来られて、皆さんを並べて考えたうえで決めました。",
    ),
    (
        "feedback",
        ["relative"],
        "優秀な方が何人もいらっしゃって、その中からお一人を選ばざるを得ませんでした。",
    ),
    # Near-miss: the candidate's own choice asked about is motivation, no comparison.
    (
        "feedback",
        ["motivation"],
        "同業他社も多い中、その中で当社を選んだ理由が最後まで伝わってきませんでした。",
    ),
    # Nothing lacking told beside an overall comparison: feedback.
    (
        "feedback",
        ["relative"],
        "悪いところはなかったです。ほかにも良い人が何人かいて、みんなで話し合って一人に絞りました。",
    ),
    # What the company looks at as its way, after a refusal or as a habit.
    (
        "declined",
        [],
        "選考の理由は控えさせていただきます。当社の面接では普段、志望動機に当社ならではの"
        "理由があるかを重視しております。",
    ),
    (
        "declined",
        [],
        "個別の評価はお答えしかねます。当社の書類選考では主に、成果が数字で書かれているかを"
        "拝見しています。",
    ),
    # Near-miss: what this selection weighed, in the past, is of the reader.
    (
        "feedback",
        ["motivation"],
        "今回は志望動機に当社ならではの理由が見えなかった点を重視して判断いたしました。",
    ),
    # The writer's doubt about its own answer.
    (
        "feedback",
        ["skills"],
        "ご期待に沿うお答えになっていないかもしれませんが、実務経験の年数が募集要件に届いて"
        "いなかったことが理由です。",
    ),
    # Near-miss: the candidate's answer, in the past, is theirs.
    (
        "feedback",
        ["communication"],
        "いくつかのご質問に対して、質問の意図からずれたお答えになっていたように思います。",
    ),
    # Complaints heard: no delivery.
    (
        "feedback",
        ["negative_reason"],
        "転職理由を伺った際、前の職場の上司への批判が多く聞かれたのが気になりました。",
    ),
    # Near-miss: what the candidate was asked stays a point of delivery.
    (
        "feedback",
        ["communication"],
        "聞かれたことに対して結論からお答えいただけず、お話が長くなりがちでした。",
    ),
    # The company's own technology: no skills.
    (
        "feedback",
        ["motivation"],
        "志望動機で、弊社のサービスや技術について触れられておらず、他社でも言える内容でした。",
    ),
    # Near-miss: the technology the role needs, lacking, is skills.
    (
        "feedback",
        ["skills"],
        "弊社の開発で必要となる技術についての実務経験が不足していると判断しました。",
    ),
    # A question of how much the candidate looked at the company: reverse_question only.
    (
        "feedback",
        ["reverse_question"],
        "逆質問で事業内容をお尋ねになりましたが、会社案内に記載している内容でしたので、"
        "どのくらい当社について調べていただいたのか気になりました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s18_3(label: str, causes: list[str], body: str) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == (label, sorted(causes))
