"""Reply classes of session 11 (s11-replies), read as patterns: understanding of the company as
the axis of a comparison is motivation too; a stay told short in any wording is short_tenure;
a hedged amount (「やや少なく」) frames the self-PR; the former employer's ways criticised name no
fit with this company; jargon and the way to a conclusion are delivery, and experience told as
the others' equal no gap; the candidate's 人物像 is how they came across, the sought one is
fit. Sentences written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CAUSES = [
    # 1. company understanding inside a comparison: motivation and relative
    (
        "当社の物流網の特徴について、さらに踏み込んでご理解されている方がいらっしゃり、"
        "その点で他の方が上回りました。",
        ["motivation", "relative"],
    ),
    (
        "弊社の家づくりの考え方を深く研究されている候補者の方が複数おり、比較の結果、"
        "今回は見送りとなりました。",
        ["motivation", "relative"],
    ),
    (
        "当行がなぜ地域密着にこだわるのか、その背景への理解の点で、ほかの応募者の方が"
        "より具体的でした。",
        ["motivation", "relative"],
    ),
    (
        "うちの工場のことをもっと知ってる人がいて、結局そっちに決めました。",
        ["motivation", "relative"],
    ),
    ("会社研究という点で、ほかの応募者の方との差が出たようです。", ["motivation", "relative"]),
    (
        "当社の理念について十分にご理解いただいた上でのご応募とは感じられませんでした。",
        ["motivation"],
    ),
    (
        "今回は募集一名に対し多数のご応募があり、最終的に他の候補者の方を採用することとなりました。",
        ["relative"],
    ),
    # 2. a short stay, relayed or told in any wording
    (
        "企業様によると、直近2社での在籍がどちらも半年未満であり、今回は慎重に判断したとのことです。",
        ["short_tenure"],
    ),
    (
        "いずれの職場も勤続年数が3年に満たず、定着していただけるかを懸念いたしました。",
        ["short_tenure"],
    ),
    (
        "ここ数年で3回の転職をされており、その点を慎重に検討いたしました。",
        ["short_tenure"],
    ),
    (
        "離職の回数がやや多く、その理由についても十分なご説明がありませんでした。",
        ["short_tenure"],
    ),
    (
        "短期間での退職が続いている点について、面接でのご説明では納得できる理由が伺えませんでした。",
        ["short_tenure"],
    ),
    ("職場が短期間で何度も変わっている点がネックになったとのことです。", ["short_tenure"]),
    (
        "1年未満での退職が2回続いている点について、先方は慎重になっているようです。",
        ["short_tenure"],
    ),
    # ... not hours, nor being ready soon after joining
    (
        "ご希望の勤務時間が短く、当社のシフト体制とは合いませんでした。",
        ["culture_fit"],
    ),
    (
        "当社の会計システムに関する知識が不足しており、入社後すぐに実務を担っていただくのは"
        "難しいと判断いたしました。",
        ["skills"],
    ),
    # 3. the self-PR's episode, hedged
    (
        "自己PRでは、ご自身が実際にどう動き、何が変わったのかのお話がやや少なく感じました。",
        ["self_pr"],
    ),
    (
        "アピールポイントが一般的な表現にとどまり、ご自身の経験に基づくお話が少なかったです。",
        ["self_pr"],
    ),
    # 4. the former employer's ways criticised: negative_reason, no fit
    (
        "前職の人事制度や営業方針への批判が多く、今後どのような働き方をしたいのかが見えませんでした。",
        ["negative_reason"],
    ),
    (
        "当社は少人数で何でも担う体制のため、一つの業務に専念したいというご志向とは合わないと"
        "判断いたしました。",
        ["culture_fit"],
    ),
    (
        "当社の事業方針として今後は海外展開を進めるため、国内勤務をご希望される点がマッチ"
        "しませんでした。",
        ["culture_fit"],
    ),
    # 5. jargon, the way to a conclusion; the others' equal experience
    (
        "専門知識は十分でした。一方、ご説明に業界用語が多く、結論に至るまでが長くなりがちで、"
        "同様のご経験をお持ちの他の候補者の方のほうが適任と判断いたしました。",
        ["communication", "relative"],
    ),
    (
        "同程度のご経験の方が多く、その点で他の方が上回りました。",
        ["relative"],
    ),
    (
        "ご説明は分かりやすかったのですが、他の候補者の方のほうがマネジメントの経験が豊富でした。",
        ["skills", "relative"],
    ),
    (
        "当社は業界用語が多く飛び交う職場ですが、必要な資格をお持ちでなかったため見送りとなりました。",
        ["skills"],
    ),
    # 6. 人物像: the candidate's is self-presentation, the sought one is fit
    (
        "『粘り強さ』という言葉が先行し、それを裏付けるご経験のお話がもう少しあれば、より"
        "山本様の人物像が伝わったと思います。",
        ["self_pr"],
    ),
    (
        "人物像がややつかみにくく、強みを示す具体例が少なかったです。",
        ["self_pr"],
    ),
    (
        "弊社で働く上での将来の方向性が、求める人物像と少し合っていないと判断いたしました。",
        ["culture_fit"],
    ),
    (
        "今回のポジションの人材像はチームを率いるリーダータイプであり、ご意向とは異なると"
        "判断いたしました。",
        ["culture_fit"],
    ),
]


@pytest.mark.parametrize(("body", "causes"), CAUSES)
def test_causes(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


# The company's own refusal stays a refusal: the party named as the one answering, or the
# reason it will not tell.
DECLINED = [
    "採用担当者に確認いたしましたが、具体的な理由についてはお伝えできないとのことでした。",
    "誠に恐縮ながら、選考の理由につきましてはお答えいたしかねます。",
]


@pytest.mark.parametrize("body", DECLINED)
def test_declined(body: str) -> None:
    assert classify_reply(body).label == "declined"
