"""Words in a reply that name no cause of this rejection: talk in general, advice common
to all applicants, closing remarks, the writer's own apology, doing or medium, grades on lines of
their own, a language's level weighed; with the near misses that do."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.speech import general_talk
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import writers_act
from furikaeri.mail.text import split_sentences

# Words in a reply that name no cause of this rejection: talk in general, wherever it stands and
# whatever follows it (「一般論として」「どの業界でも…企業が多いです」), the grades of an evaluation memo on lines of
# their own (「コミュニケーション：A」), the others the reader is likened to (「他の方と同様に」), and a language's
# level in English; with the near-misses that must still name their cause (「お答えが一般論にとどまって」 is the
# candidate's answer).


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


# The writer's own apology or explanation names no cause of the candidate
# (reply.writer.writers_act); and the near-misses where the candidate is spoken of all the same.


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the company's explanation fell short, apologised for: nothing of the candidate
        (
            "弊社からのご案内が不十分で、誠に申し訳ございませんでした。\n"
            "選考の理由につきましては開示しておりませんので、ご了承ください。",
            "declined",
            [],
        ),
        # the writer's act as the subject, no apology
        (
            "こちらの連絡が遅くなってしまいましたね。\n理由はお伝えできない決まりになっています。",
            "declined",
            [],
        ),
        # an apology of the writer's, then a cause told in its own sentence
        (
            "当方の説明が分かりにくく、失礼いたしました。\n"
            "面接では、結論がなかなか見えず、お話が長くなりがちな印象でした。",
            "feedback",
            ["communication"],
        ),
        # near-miss: the writer's words are what the candidate did not take in
        (
            "うなずきや返事が少なく、こちらの質問の意図が伝わっているのか分かりにくい場面が"
            "ありました。",
            "feedback",
            ["communication"],
        ),
        # near-miss: a refusal inside an apology is still read
        ("評価の内容はお答えできないことになっておりまして、申し訳ありません。", "declined", []),
    ],
)
def test_writers_own_doing(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("当社からのご説明が行き届かず", "当社からのご説明が"),
        ("こちらの説明が足りなかった", "こちらの説明が"),
        ("当社の基準は満たしておらず", None),  # 基準: no act of the writer's
        ("こちらのお話が伝わっているのか分かりにくい場面が", None),
        ("当社での経験は", None),
    ],
)
def test_writers_act(clause: str, words: str | None) -> None:
    assert writers_act(_morphs(clause)) == words


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # an agent's advice in general after a refusal
        (
            "企業様からは、評価の詳細は開示できないとのお返事でした。\n"
            "一般論として、志望動機に企業独自の魅力が入っていないと、熱意が伝わりにくいと"
            "言われます。",
            "declined",
            [],
        ),
        (
            "理由についてはお伝えできかねます。\n"
            "一般的に、面接では結論から話さないと要点が伝わりにくいことがあります。",
            "declined",
            [],
        ),
        # near-miss: no refusal before it, the agent's own reading of the interview
        (
            "面接では、ご自身の強みを裏づけるエピソードが少なく、印象に残りにくかったようです。",
            "feedback",
            ["self_pr"],
        ),
        # near-miss: the attribute 一般的な is the cause's own word
        (
            "詳しい理由は控えさせていただきますが、志望動機が一般的な内容にとどまっていました。",
            "feedback",
            ["motivation"],
        ),
    ],
)
def test_general_advice_after_a_refusal(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("sent", "words"),
    [
        ("なお一般論ですが、実績の数字がないと通過しにくいです。", "一般論"),
        ("一般的に、最終面接では意欲が重視されます。", "一般的に"),
        ("多くの企業では逆質問が重視されます。", "多くの企業"),
        ("志望動機が一般的な内容でした。", None),
        ("非常に多くの方にご応募いただきました。", None),
    ],
)
def test_general_talk(sent: str, words: str | None) -> None:
    assert general_talk(_morphs(sent)) == words


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # advice on how to do something: the verbal noun done to its object names no self_pr
        (
            "逆質問が休日や手当のことに偏っていました。確認したいお気持ちは当然ですので、"
            "尋ね方や順番を工夫なさるとよいと思います。",
            ["reverse_question"],
        ),
        (
            "最後のご質問が福利厚生のみでした。聞く時期を工夫してみるといいかもしれません。",
            ["reverse_question"],
        ),
        # a closing regret grounded on praise (だけに) adds no cause of its own
        (
            "転職理由が前の職場への愚痴に聞こえてしまいました。ほかのお答えは落ち着いていらした"
            "だけに、惜しかったです。",
            ["negative_reason"],
        ),
        (
            "自己PRに具体的な場面がなく、強みが伝わりにくかったです。ご経歴は申し分ないだけに、"
            "もったいないと感じました。",
            ["self_pr"],
        ),
        # a delivery point with the job as its setting: no skills
        (
            "声が小さめで視線も下がりがちだった点が、窓口でお客様に対応する職種としては心配でした。",
            ["communication"],
        ),
    ],
)
def test_advice_and_closing_remarks_add_no_cause(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the candidate's own ingenuity is still self_pr
        ("ご自身で工夫された点が最後まで見えてきませんでした。", ["self_pr"]),
        # a regret whose ground is the fault itself still names it
        ("期待していただけに、専門知識が足りない点が残念でした。", ["skills"]),
        # advice that names the point is feedback on it
        (
            "結論から先にお話しされるとよいと思います。ご回答が長く要点がつかみにくい場面がありました。",
            ["communication"],
        ),
        # the job named with a missing experience is skills
        ("接客のご経験がない点が、今回の店舗スタッフ職では懸念となりました。", ["skills"]),
    ],
)
def test_near_misses_of_advice_and_regret(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # criteria listed as what the company looks at, after a refusal: anyone's ご自身
        (
            "個別の理由はお伝えしておりません。参考までに、当社の書類選考では主に以下の点を拝見して"
            "います。\n・必須条件とご経歴が合っているか\n・ご自身の工夫や成果が書かれているか",
            "declined",
            [],
        ),
        # the reader's own, told in the past, after the same opening
        (
            "個別の理由はお伝えしておりません。参考までに、当社の書類選考では主に以下の点を拝見して"
            "います。\n・ご自身の工夫や成果が書かれていなかった点が気になりました",
            "feedback",
            ["self_pr"],
        ),
        # a reassurance about an explanation is no refusal to explain
        (
            "前職のご在籍期間については、ご説明も十分で、問題視はしておりませんでした。"
            "今回は経験がより長い方からのご応募があり、比較の結果その方にお願いしました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_criteria_in_general_and_reassurances(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)
