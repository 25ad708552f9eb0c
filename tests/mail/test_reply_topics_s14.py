"""Topics in a reply that name no cause or that name one the words alone miss (session 14): a
point cleared casually (「気にしなくていいです」「判断材料にしておりません」), and the near-misses
that must still name their cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # leave after a negation of a negative word: cleared, and no anaphor picks it up after
        (
            "運転免許がないのは気にしなくていいですよ。そこが理由ではないので。"
            "それより、結論を先に話してもらえると良かったです。",
            "feedback",
            ["communication"],
        ),
        (
            "転職回数が多いことは、まったく気にしなくて大丈夫です。"
            "志望動機がどの会社にも当てはまる内容だったのが大きかったです。",
            "feedback",
            ["motivation"],
        ),
        (
            "英語力が足りない点は判断材料にしておりません。"
            "最終的に、ほかの候補者の方に決まりました。",
            "feedback",
            ["relative"],
        ),
        (
            "前職を短期間で辞められたことは理由にはしていません。"
            "今回は、当社の求める設計の実務経験が不足していたためです。",
            "feedback",
            ["skills"],
        ),
        # near-misses: the lack stays a lack
        (
            "運転免許がないのが気になりました。",
            "feedback",
            ["skills"],
        ),
        (
            "ご説明が退職の理由になっておらず、納得しにくかったです。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "実務経験が不足している点は、正直なところ気にしておりました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_cleared_casually(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the experience that would bear out a claimed strength: the self-PR's episode
        (
            "「負けず嫌い」という長所を裏付ける実際のご経験が、面接では伺えませんでした。",
            "feedback",
            ["self_pr"],
        ),
        (
            "アピールポイントの調整力を裏打ちするご経験(誰とどう動いたのか)がはっきりしませんでした。",
            "feedback",
            ["self_pr"],
        ),
        (
            "自己PRで挙げられた強みを証明するご経験がお話の中から見えてきませんでした。",
            "feedback",
            ["self_pr"],
        ),
        # near-misses: the experience the role needs stays a gap
        (
            "当社の業務を支える施工管理のご経験が十分ではありませんでした。",
            "feedback",
            ["skills"],
        ),
        (
            "強みのお話は具体的でしたが、求める設計の実務経験が不足していました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_experience_bearing_out_a_strength(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a requirement told as what would have been: had the experience been there
        (
            "給与計算を一人で回したご経験がもう少しおありでしたら、ぜひ来ていただきたかったです。",
            "feedback",
            ["skills"],
        ),
        (
            "病棟での実務経験があと1年ほどおありであれば、採用させていただきたかったところです。",
            "feedback",
            ["skills"],
        ),
        # the person wanted as one who could take the work on at once
        (
            "今回は、入社後すぐに店舗の運営を担っていただける方を求めておりました。",
            "feedback",
            ["skills"],
        ),
        (
            "配属初日から既存顧客をお任せできる人を探していたため、見送りとしました。",
            "feedback",
            ["skills"],
        ),
        # near-misses: a condition on something else, a wish with no condition, a later opening
        (
            "当社の理念についてお尋ねした際に、ご自身のご経験と結びつけたお話があれば、"
            "より良かったと思います。",
            "feedback",
            ["motivation"],
        ),
        (
            "ご経験も豊富で、面接官一同ぜひ一緒に働きたいと感じておりました。"
            "最終的には他の方に決まりました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_requirement_told_as_what_would_have_been(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the last few left, the other preferred for fit: relative and culture_fit
        (
            "最終選考に残った2名のうち、もう一人の方のほうが当社の社風に合うと判断しました。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        (
            "二次に進んだ3人の中で、別の方のほうがうちの店の雰囲気に合っていたんです。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        (
            "最後に残ったお二人のうち、もうお一方がより当社の価値観にフィットしていました。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        # near-misses: the other person by experience only; the last few with no fit named
        (
            "最後に残った2名のうち、別の方のほうが実務経験の年数で上回っていました。",
            "feedback",
            ["skills", "relative"],
        ),
        (
            "最終面接に残った3名の中から、採用予定数の関係で別の方に決まりました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_the_last_few_and_the_other_preferred(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the company's own strength is company research, no self-PR
        (
            "当社固有の強みに関するご言及がございませんでした。",
            "feedback",
            ["motivation"],
        ),
        (
            "弊社が持つ独自の強みについて、理解が浅いように見受けられました。",
            "feedback",
            ["motivation"],
        ),
        # never having used the company's product
        (
            "うちの『ハナミチ日記』を一度も読んだことがないと言っていたのは、ちょっと残念でした。",
            "feedback",
            ["motivation"],
        ),
        (
            "当社のサービスを使ったことがないとのことで、志望の本気度が測りかねました。",
            "feedback",
            ["motivation"],
        ),
        # near-misses: a tool of the company's work is a skills gap; the candidate's own
        # strength stays self_pr
        (
            "当社の業務で使うCADソフトを使ったことがないとのことで、即戦力としては難しいと"
            "判断しました。",
            "feedback",
            ["skills"],
        ),
        (
            "ご自身独自の強みが、面接ではあまり伝わってきませんでした。",
            "feedback",
            ["self_pr"],
        ),
        (
            "当社では、ご自身の強みを具体的なエピソードで伺えませんでした。",
            "feedback",
            ["self_pr"],
        ),
    ],
)
def test_the_companys_own_things(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a casual clearing ended by よ・ね before a comma: the reason after it is of the clearing
        (
            "服装のことは気にしないでいいよ、誰も見てないから。"
            "それより、質問への答えが長くて結論が見えなかったのが惜しかったね。",
            "feedback",
            ["communication"],
        ),
        # a topic of the interview cleared, and nothing else: still said of the candidate
        (
            "言葉遣いは気にしなくて大丈夫ですよ、そこは誰も見ていません。",
            "feedback",
            [],
        ),
        # near-misses: a judgement ended by よね before a comma stays a judgement
        (
            "話が長いんですよね、結論がなかなか見えなくて。",
            "feedback",
            ["communication"],
        ),
        (
            "髪型のことは気にしなくていいですよ、うちは自由なので。"
            "ただ、逆質問が給料のことだけだったのは残念でした。",
            "feedback",
            ["reverse_question"],
        ),
    ],
)
def test_cleared_casually_before_a_comma(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
