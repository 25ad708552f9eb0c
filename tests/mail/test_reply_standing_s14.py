"""Session 14 (issue #10): causes a reply names plainly without the stock words: a requirement
stated then a shortfall or verdict after it, an amount required against a smaller one (numbers
read as numbers), the person chosen told by a qualification they held, a rank in a counted field,
another person weighed with the reader, and the company called casually (うち) in an embedded
question of motivation; and the near-misses that stay as they were
(furikaeri.mail.reply_standing)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_rules import _reply_rules
from furikaeri.mail.reply_standing import amounts, rank, requirement, short_of, weighed
from furikaeri.mail.reply_words import _morphs


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
        ("全国転勤が前提となるため、今回は見送りとなりました。", "other", []),
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
