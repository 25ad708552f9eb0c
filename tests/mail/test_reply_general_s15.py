"""Words in a reply that name no cause of this rejection (session 15): talk in general, wherever
it stands and whatever follows it (「一般論として」「どの業界でも…企業が多いです」), the grades of an
evaluation memo on lines of their own (「コミュニケーション：A」), the others the reader is likened
to (「他の方と同様に」), and a language's level in English; with the near-misses that must still
name their cause (「お答えが一般論にとどまって」 is the candidate's answer)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import split_sentences


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # talk in general before the point, with no refusal to tell
        (
            "一般論として、面接で給与の話ばかりすると印象が下がると言われます。"
            "今回については、経理の実務経験が求める水準に届かなかったことが理由です。",
            "feedback",
            ["skills"],
        ),
        (
            "前職の短さを気にする会社が多いのは事実です。"
            "ただ、今回は弊社の少人数で何でもこなす社風と合わないと判断しました。",
            "feedback",
            ["culture_fit"],
        ),
        (
            "採用の現場では、自己PRに数字を求める面接官も少なくありません。"
            "今回の結果は、ほかの候補者の方との比較によるものです。",
            "feedback",
            ["relative"],
        ),
        # a refusal in the same sentence before the talk in general is still read
        (
            "理由の詳細は申し上げられないのですが、多くの企業では逆質問で意欲を見ています。",
            "declined",
            [],
        ),
        # near-misses: the general is the candidate's answer, or they are named
        (
            "当社を選ばれた理由についてのお答えが一般論にとどまっていたと聞いております。",
            "feedback",
            ["motivation"],
        ),
        (
            "一般的に見ても、佐藤様のご説明は結論までが長く、要点がつかみにくいものでした。",
            "feedback",
            ["communication"],
        ),
        # the others the reader is likened to: no comparison
        (
            "ほかの方と同じく、最後にご質問がなかった点は少し残念でした。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "他の応募者の方と比べると、現場での実務経験が不足しておりました。",
            "feedback",
            ["skills", "relative"],
        ),
        # an evaluation memo: the grades on their own lines, the judgement after them
        (
            "面接評価を一部お伝えします。\n志望度：A\n受け答え：B\n業務知識：C\n"
            "業務知識について、配属先で必要な水準に達していないと判断しました。",
            "feedback",
            ["skills"],
        ),
        # a language's level in English
        (
            "This position needs native-level Korean, and your current level is intermediate.",
            "feedback",
            ["skills"],
        ),
        (
            "Your English level was excellent. In the end we chose another applicant.",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_reply_causes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes)), result.sentences


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("コミュニケーション：A\n志望度：B\n以上です。", 3),  # grade lines close at their ends
        ("理由：志望動機が\n弱いと判断しました。", 1),  # a value running on is one sentence
        ("総合評価：\n不合格です。", 1),  # a label with its value on the next line
    ],
)
def test_field_lines(text: str, count: int) -> None:
    assert len(split_sentences(text, items=True)) == count


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the medium of the interview names no topic of its own
        (
            "電話面接でしたので、お声が小さく聞き取りにくい場面が何度かございました。",
            "feedback",
            ["communication"],
        ),
        (
            "お電話での面談となりましたが、志望理由が他社にも当てはまる内容に聞こえました。",
            "feedback",
            ["motivation"],
        ),
        # near-miss: the phone the candidate had is a point of manners
        (
            "面接の途中で何度か電話が鳴っていた点が気になりました。",
            "feedback",
            ["manners"],
        ),
        # months with a tool are experience; months at an employer a short stay
        (
            "We needed 3+ years with SAP; you have worked with it for about eight months.",
            "feedback",
            ["skills"],
        ),
        (
            "You stayed at your last employer for only four months, and the reason was unclear.",
            "feedback",
            ["short_tenure"],
        ),
    ],
)
def test_reply_medium(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes)), result.sentences


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # an English floor asked against the reader's smaller amount: skills
        ("The team needs 5+ years of React; you have two.", ["skills"]),
        ("We asked for at least three years in logistics. You had about 18 months.", ["skills"]),
        # near-misses: the reader's amount reaches the floor, or no floor is told
        ("We need 2+ years in retail, and you have four. We chose another finalist.", ["relative"]),
        ("You spent 3 years in retail, which we valued. We chose another finalist.", ["relative"]),
        # a requirement the reader is told to meet: no gap
        (
            "The role needs strong Excel skills, which you certainly have. "
            "We went with a candidate we hired from the internal pool.",
            ["relative"],
        ),
        ("The role needs strong Excel skills, which you did not yet show.", ["skills"]),
    ],
)
def test_reply_english_amounts(body: str, causes: list[str]) -> None:
    assert sorted(classify_reply(body).causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # one point named as what the overall judgement weighed: that cause
        (
            "今回は、チームの価値観との相性を総合的に判断し、見送りといたしました。",
            "feedback",
            ["culture_fit"],
        ),
        # near-misses: the material listed, or no point named
        (
            "今回は、ご経歴と面接の内容を総合的に判断し、見送りといたしました。",
            "declined",
            [],
        ),
        (
            "書類や面接でのお話などを総合的に判断した結果となります。",
            "declined",
            [],
        ),
        # a comparison beside a fault told as not there: said of the candidate
        (
            "最終的にはほかの候補者の方との比較で決まったもので、"
            "面接内容に大きな問題があったわけではありません。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_reply_weighed(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes)), result.sentences
