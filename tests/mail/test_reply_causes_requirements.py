"""Causes named by a requirement and the standing against it (furikaeri.mail.
reply.standing): a requirement stated then a shortfall, an amount required against a smaller
one, a rank, the person chosen told by what they held, and requirements not met in any words."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.rules import _reply_rules
from furikaeri.mail.reply.standing import amounts, rank, requirement, short_of, weighed
from furikaeri.mail.reply.words import _morphs


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


# Causes a reply names plainly without the stock words: a requirement stated then a shortfall or
# verdict after it, an amount required against a smaller one (numbers read as numbers), the person
# chosen told by a qualification they held, a rank in a counted field, another person weighed with
# the reader, and the company called casually (うち) in an embedded question of motivation; and the
# near-misses that stay as they were (furikaeri.mail.reply.standing).


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a requirement closing its clause, then a lack with an anaphor
        (
            "Kubernetesの本番運用を一人で回してきた方を前提にしておりまして、そこが今の段階では"
            "まだ届いていないという結論でした。",
            "feedback",
            ["skills"],
        ),
        # a requirement with a floor, then the verdict
        ("日商簿記2級以上の知識が必要で、今回はお見送りとなりました。", "feedback", ["skills"]),
        # an amount required, then a smaller one in the next sentence (kanji numerals too)
        (
            "本職は施工管理の経験五年以上を応募条件としております。二年というご経歴では、まだ難しい"
            "と判断いたしました。",
            "feedback",
            ["skills"],
        ),
        (
            "TOEICは730点以上を目安にしています。今回いただいたスコアは550点でしたので、見送りと"
            "させていただきました。",
            "feedback",
            ["skills"],
        ),
        # the person chosen told by a qualification they held: skills and relative
        (
            "最終的には、社会福祉士の資格をお持ちの他の候補者の方を採用いたしました。",
            "feedback",
            ["skills", "relative"],
        ),
        # a closer fit held by the other person: relative only
        (
            "より当店の客層に近いご経験をお持ちの方を採用いたしました。",
            "feedback",
            ["relative"],
        ),
        # a rank in a counted field
        ("二次試験の結果は、受験者40名中12位でした。", "feedback", ["relative"]),
        ("面接評価の順位は18人中5番目となりました。", "feedback", ["relative"]),
        # another person weighed with the reader, without the stock words
        (
            "介護福祉士として長く勤めてきた方と、最後まで悩んだうえでの決定でした。",
            "feedback",
            ["relative"],
        ),
        # the company called うち in an embedded question
        (
            "うちのお店のどこを見て働きたいと思ってくれたのか、最後までよく分からなかったです。",
            "feedback",
            ["motivation"],
        ),
        (
            "なんで同業のなかでもうちを選んだのか、そこがはっきりしなかったかな。",
            "feedback",
            ["motivation"],
        ),
        # near-misses: a requirement met, not required, or a condition of the job
        (
            "経験4年以上を求めておりましたが、6年のご経験をお持ちで申し分ございませんでした。"
            "ただ、ご質問への答えが長く、要点がつかみにくかったです。",
            "feedback",
            ["communication"],
        ),
        (
            "資格は必須ではありませんので、その点は問題ございません。個別の評価はお伝えしておりません。",
            "declined",
            [],
        ),
        # a transfer the post requires, given as the reason: the terms (feedback since session 19)
        ("全国転勤が前提となるため、今回は見送りとなりました。", "feedback", []),
        ("面接は2回、1時間程度を想定しております。", "other", []),
        # near-misses: compared and found equal; the field counted without a rank
        (
            "ほかの応募者の方と比べても遜色はございませんでした。ただ、志望理由がどの会社に"
            "も当てはまる内容に聞こえました。",
            "feedback",
            ["motivation"],
        ),
        (
            "受験者52名のうち、合格者は7名でした。個別の順位は公表しておりません。",
            "declined",
            [],
        ),
        # うち of time is no company
        (
            "お話ししているうちに、何を一番伝えたいのかが見えなくなってしまった印象です。",
            "feedback",
            ["communication"],
        ),
        # the stock field of a refusal stays a refusal
        (
            "大変多くのご応募の中から慎重に選考を進めた結果でございます。理由の開示はいたしかねます。",
            "declined",
            [],
        ),
    ],
)
def test_standing(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


def test_amounts_read_as_numbers() -> None:
    forms = _reply_rules().standing
    found = amounts(forms, _morphs("実務経験3年以上を求めており、1年半というご経験では"))
    assert [(a.value, a.unit, a.floor) for a in found] == [(3.0, "年", True), (1.5, "年", False)]
    assert short_of([found[0]], found) == found[1]
    assert short_of([found[0]], amounts(forms, _morphs("5年のご経験"))) is None


def test_requirement_closes_its_clause() -> None:
    forms = _reply_rules().standing
    assert requirement(forms, _morphs("英語力を前提にしていて、")) is not None
    assert requirement(forms, _morphs("当社が求めるレベルに")) is None  # modifies a noun
    assert requirement(forms, _morphs("資格は必須ではありません。")) is None  # denied


def test_rank_and_weighing_spans() -> None:
    forms = _reply_rules().standing
    text = "受験者25名中8位でした"
    span = rank(forms, _morphs(text))
    assert span is not None and text[span[0] : span[1]] == "25名中8位"
    assert weighed(forms, _morphs("他の方と比べても遜色なく")) is None
    text = "先生と最後まで迷った末"
    span = weighed(forms, _morphs(text))
    assert span is not None and text[span[0] : span[1]] == "先生と最後まで迷っ"


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # an amount against a requirement told as a noun, led to the decision
        (
            "募集要項の「実務経験2年以上」という条件に照らすと、半年ほどというご経験だった点が"
            "今回の結果につながりました。",
            ["skills"],
        ),
        # standing apart from what was required
        (
            "本ポジションは第一種電気工事士の資格をお持ちの方を想定しており、その点で要件から"
            "外れておりました。",
            ["skills"],
        ),
        # the person contended with
        ("同じポストを競った方の評価が、わずかに上でした。", ["relative"]),
        # the person chosen, pointed at casually, or asked to come
        ("夜に入れる人を探してて、今回はそっちの人にお願いしました。", ["relative"]),
        ("今回は別の方に来ていただくことになりました。", ["relative"]),
        # a reason said to hold for any company of a kind
        ("志望理由が、どの物流会社にも当てはまるお話に聞こえました。", ["motivation"]),
        # what the candidate wants to do in the company's own work, casually
        ("うちの現場でやりたいことが、まだぼんやりしている印象でした。", ["motivation"]),
        # near-miss: a year of the career is no amount held
        ("3年以上の経験を求めていますが、入社2年目の方も活躍しています。", []),
    ],
)
def test_standing_more(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the standing told by its noun, or the place later in a sentence of a counted field
        ("面接の順位は4位で、今回の採用は2名でした。", ["relative"]),
        ("受験者60名中、最終面接に進んだのは5名で、あなたは6番目の評価でした。", ["relative"]),
        # a requirement closing its sentence, the shortfall in the next opening on an anaphor
        (
            "今回は店長として売上管理まで担ってきた方を想定していました。その点が今の段階では"
            "届いていないと判断しました。",
            ["skills"],
        ),
        # near-misses: a rank of the company; a requirement then praise of it
        ("当社は地域で売上1位のスーパーです。ご応募ありがとうございました。", []),
        (
            "ネイティブレベルの英語力を求めております。その点は申し分ございませんでした。ただ、"
            "志望理由が弱かったです。",
            ["motivation"],
        ),
    ],
)
def test_standing_across(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # another person chosen, told by what they held: a credential is the reader's lack too
        ("経験のある方に内定をお出ししました。", ["relative"]),
        ("大型免許を持っている人を採用しました。", ["skills", "relative"]),
        ("診療情報管理士の資格がある方に決まりました。", ["skills", "relative"]),
        # a profile preferred, a policy, a wish: no person chosen
        ("資格をお持ちの方を採用したいと考えておりました。", []),
        ("当社では経験のある方を採用しております。", []),
        # a requirement called 応募資格, then not held
        (
            "応募資格に「普通自動車免許」と記載しておりましたが、お持ちでないとのことでしたので、"
            "今回は見送らせていただきました。",
            ["skills"],
        ),
        # 「うちじゃなきゃ」: why this company, casually
        ("うちじゃなきゃダメな理由が、最後まで見えなかったんだよね。", ["motivation"]),
    ],
)
def test_standing_chosen(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


# Causes a reply names without the stock words — a requirement not met in any
# words (まだ限られている, お持ちでない, 目安・前提 as the role's standard), a mismatch of working style told as the
# company's way in one sentence and the candidate's wish in the next (うち・当園・弊社の営業 as the company;
# a wish as タイプ or 〜たいって 言ってた; お互いにとって…ならない), a wish of the candidate's the company cannot answer
# (ご希望にはお応えできない) is no refusal, another person chosen told by what they are (夕方から 入れる人に決めた) or the
# posts planned (募集予定が1名), a judgement opening a sentence with its subject left unsaid
# (「…鳴っていました。面接の場としては気になりました」), and a wish for what would have been better told by a verb of a
# gain (納得感が高まった). With the near-misses each must leave alone.


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
