"""Causes a reply clears, not names (session 14): a negated negative told as reported
(「…問題なかったとのことです」), a memo's noun of negation (「問題なし」), a proposition denied as
a whole (「…ということはございません」「…でのお見送りではありません」), and the near-misses that
must still name their cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.lack import denied_propositions, lack
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_words import _morphs


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a reassurance told as reported
        (
            "逆質問の内容についても特に気になる点はなかったとのことでした。"
            "ただ、財務分析の実務経験が求める水準に達していませんでした。",
            "feedback",
            ["skills"],
        ),
        (
            "自己PRに関しては説得力があり、何ら不足はなかったと聞いております。"
            "最終的には他の候補者の方との比較で、今回は見送りとなりました。",
            "feedback",
            ["relative"],
        ),
        (
            "志望理由はよく練られていて問題ないというお話でした。"
            "ただ、当社が大事にしている働き方とは方向性が異なると判断いたしました。",
            "feedback",
            ["culture_fit"],
        ),
        # a memo's noun of negation
        (
            "・退職理由　前向きで懸念点なし\n・自己PR　根拠となる事例が乏しい",
            "feedback",
            ["self_pr"],
        ),
        (
            "・マナー：問題なし\n・逆質問：特になしとのこと",
            "feedback",
            ["reverse_question"],
        ),
        # a proposition denied as a whole
        (
            "転職回数が多いことを問題視したわけではございません。"
            "必須要件としていた法人営業のご経験が足りなかった点が理由です。",
            "feedback",
            ["skills"],
        ),
        (
            "スキル面でのお見送りではございません。"
            "当社の今後の事業の方向性と、ご希望の働き方が合わないと判断いたしました。",
            "feedback",
            ["culture_fit"],
        ),
        (
            "退職理由について否定的な印象を受けたということはございません。"
            "同時期に選考を受けた方との比較で今回の結果となりました。",
            "feedback",
            ["relative"],
        ),
        # near-misses: still a cause
        (
            "志望動機については、当社でなければならない理由が見えなかったとのことです。",
            "feedback",
            ["motivation"],
        ),
        (
            "・身だしなみ：問題なし\n・受け答え：結論がなかなか見えず、話が長い",
            "feedback",
            ["communication"],
        ),
        (
            "経験不足だけが理由というわけではなく、志望動機も他社でも言える内容でした。",
            "feedback",
            ["motivation", "skills"],
        ),
    ],
)
def test_cleared_topics_name_no_cause(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


def test_a_memo_of_cleared_points_beside_an_overall_judgement_is_feedback() -> None:
    body = (
        "・志望動機：事業内容を踏まえていて問題なし\n・言葉遣い：問題なし\n"
        "上記を総合的に判断し、今回は見送りとなりました。"
    )
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", [])


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("否定的な印象を持ったということはございません", True),
        ("能力面でのお見送りではありません", True),
        ("言葉遣いがどうこうって話じゃない", True),
        ("連携に難があると判断したわけではなく", True),
        ("問題がないわけではない", False),  # a concern
        ("十分な経験があるわけではない", False),  # a shortfall
        ("経験不足だけが理由というわけではない", False),  # not only: a reason still
    ],
)
def test_a_proposition_denied_as_a_whole(text: str, denied: bool) -> None:
    assert bool(denied_propositions(list(_morphs(text)))) is denied


@pytest.mark.parametrize(
    ("text", "lacking"),
    [("問題なし", False), ("懸念点なし", False), ("実務経験なし", True), ("特記事項なし", False)],
)
def test_a_noun_of_negation_negates(text: str, lacking: bool) -> None:
    assert (lack(_morphs(text)) is not None) is lacking


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the work described: its hints (やりとり, 説明) are the job's, the candidate's conduct decides
        (
            "この職種は、取引先や社内の関係部署とのやりとりが業務の中心になります。"
            "面接では、求める簿記の知識が十分でないと判断いたしました。",
            ["skills"],
        ),
        (
            "弊院では患者さんへのご説明が日常的にありますので、その点は慎重に判断しております。"
            "面接では、身だしなみに清潔感が欠けている点が気になりました。",
            ["manners"],
        ),
        # near-miss: the candidate's conduct after the description still names its cause
        (
            "当社の業務はお客様とのやりとりが中心ですが、面接ではご質問の意図から外れたご回答が"
            "続き、その点が懸念となりました。",
            ["communication"],
        ),
    ],
)
def test_the_work_described_names_no_cause(body: str, causes: list[str]) -> None:
    assert sorted(classify_reply(body).causes) == causes
