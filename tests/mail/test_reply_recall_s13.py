"""Session 13 (s13-replies8, issue #10): causes a reply names without the words earlier rounds
listed — a requirement not met in any words (まだ限られている, お持ちでない, 目安・前提 as the
role's standard), a mismatch of working style told as the company's way in one sentence and the
candidate's wish in the next (うち・当園・弊社の営業 as the company; a wish as タイプ or 〜たいって
言ってた; お互いにとって…ならない), a wish of the candidate's the company cannot answer
(ご希望にはお応えできない) is no refusal, another person chosen told by what they are (夕方から
入れる人に決めた) or the posts planned (募集予定が1名), a judgement opening a sentence with its
subject left unsaid (「…鳴っていました。面接の場としては気になりました」), and a wish for what
would have been better told by a verb of a gain (納得感が高まった). With the near-misses each
must leave alone."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

FEEDBACK = [
    # skills: a shortfall in other words (限る, 未だ; 持つ under a negator; 目安・前提 as the standard).
    ("施工管理のご経験は、当社の現場をお任せするにはまだ限られていると判断しました。", ["skills"]),
    (
        "今回の求人は普通自動車免許が事実上の前提でした。現時点では教習中と伺いましたので、"
        "その点で見送りとしました。",
        ["skills"],
    ),
    (
        "中国語検定二級程度の語学力を目安としておりましたが、現状ではそこまで届いていないように"
        "見受けられました。",
        ["skills"],
    ),
    # culture_fit: the company's way in one sentence, the candidate's wish in the next.
    (
        "うちの現場は毎日段取りが変わるから、臨機応変に動ける人じゃないと厳しいんだよね。"
        "話した感じ、決まった手順どおりに進めたいタイプに見えたかな。",
        ["culture_fit"],
    ),
    (
        "当園では保育士も送迎バスの添乗や事務を分担しております。幼児教育の研究に専念したいとの"
        "ご希望には、今の体制では十分にお応えできないのではないかと考えました。",
        ["culture_fit"],
    ),
    (
        "弊社の営業は毎日のように顧客先へ足を運ぶスタイルです。面接では「社内で資料作成に集中"
        "したい」とのお話がありました。この点で、お互いにとって望ましい形にはならないと判断"
        "いたしました。",
        ["culture_fit"],
    ),
    (
        "うちは毎朝全員で打ち合わせしてから動く職場なんだよね。在宅でマイペースに進めたいって"
        "言ってたから、たぶん合わないかなと思う。",
        ["culture_fit"],
    ),
    # relative: another person chosen, told by what they are, or the posts planned.
    ("悪いんだけど、夕方から入れる人に決めちゃった。", ["relative"]),
    ("今回は経験のある人を採用しました。", ["relative"]),
    ("今回は募集予定が1名で、別の方とのご縁となりました。", ["relative"]),
    # A judgement with its subject left unsaid takes the sentence before.
    ("・面接中に何度も着信音が鳴っていました。面接の場としては気になりました。", ["manners"]),
    # A wish for what would have been better, told by a verb of a gain.
    (
        "どんな工夫をして、利用者の方にどう受け止められたのかまで伺えると、納得感が高まったと思います。",
        ["self_pr"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), FEEDBACK)
def test_feedback_names_cause(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


NEAR_MISSES = [
    # Praise or a reassurance before a judgement: the judgement is not of it.
    (
        "スキル面は全く問題ありませんでした。ただ、今回は残念ながら見送りとなりました。",
        "feedback",
        [],
    ),
    # A heading is no subject left unsaid.
    (
        "■良かった点\n・明るい受け答えでした\n■懸念点\n・志望理由がどの企業にも当てはまる内容でした",
        "feedback",
        ["motivation"],
    ),
    # The writer's apology after a refusal names nothing.
    (
        "個別の評価はお答えしておりません。募集要件に照らし総合的に判断しております。ご期待に沿えず申し訳ございません。",
        "declined",
        [],
    ),
    # The company's way alone, no wish of the candidate's: no cause.
    (
        "うちは少人数なので、一人ひとりが幅広く担当しています。入社後は研修がありますのでご安心ください。",
        "other",
        [],
    ),
    # A refusal to answer inquiries stays a refusal.
    ("お問い合わせにはお応えできかねます。", "declined", []),
    # A person asked (the agent's contact) is no one chosen.
    ("先方のご担当の方にお願いして、理由を確認しております。", "other", []),
]


@pytest.mark.parametrize(("body", "label", "causes"), NEAR_MISSES)
def test_near_miss(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert result.causes == causes
