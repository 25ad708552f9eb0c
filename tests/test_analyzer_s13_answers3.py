"""Session 13 (s13-answers3): the classes of s13-answers and s13-answers2 widened.

- a motivation answered with one's career: 入社 told as the start of a stay (入社して5年,
  入社以来, 入社した当初) is no word of joining this company;
- 「どう感じましたか」「どう思われましたか」 ask for an impression, no act; the clauses in the
  past a sentence closing on a view opens with (「…工夫したら、…増えたので、…と思います」) tell
  an episode; a motivation of complaints that wishes to work elsewhere is one (generic), not
  another question answered;
- a placement against the wish told through what the wish names (「希望していた経理職ではなく」)
  or with a contrast (「開発を希望していましたが、配属は…」);
- a compound particle (「数字に対する」「達成に向けて」) is no act of an episode;
- 「お伺いしたいです」「お聞きしたいです」 ask (the humble お〜する);
- the employer or its people told to put money or numbers before all else (利益優先, 売上至上
  主義, コスト削減一辺倒) is blame.

Sentences written for these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
GENERIC = "motivation.generic"
CASUAL = "manners.casual_language"
BLAME = "negative_reason.blame"
UNEXPLAINED = "short_tenure.unexplained"
ABSTRACT = "self_pr.abstract"
CONDITIONS = "reverse_question.conditions"
RESEARCHABLE = "reverse_question.researchable"

MOTIVE = "当社を志望された理由をお聞かせください。"
CLINIC = {
    "name": "医療法人さくら会",
    "profile": "市内で透析クリニックを3院運営。理念は「通う人の毎日を支える」。夜間透析と送迎バス。",
}


def _codes(question: str | None, kind: str | None, answer: str, company: object = None) -> set[str]:
    found = analyze(answer, question=question, kind=kind, company=company).findings  # type: ignore[arg-type]
    return {f.code for f in found}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a career told, its 入社 the start of a stay at the present employer
        (
            "現在は調剤薬局で薬剤師をしております。入社して9年になり、在宅訪問の立ち上げと、"
            "新人薬剤師3名の教育を担当してきました。",
            {OFF},
        ),
        (
            "今の会社には入社以来ずっと経理におりまして、月次決算と監査対応を任されております。"
            "去年からは係長として4名をまとめております。",
            {OFF},
        ),
        # …not 入社 of this company wished for
        (
            "貴院の夜間透析があれば、働きながら通う患者さんを支えられると考えました。入社後は"
            "前職の透析室での経験を活かし、夜間帯の看護に携わりたいです。",
            set(),
        ),
    ],
)
def test_joining_told_as_a_stay(answer: str, expected: set[str]) -> None:
    codes = _codes(MOTIVE, "motivation", answer, CLINIC)
    assert OFF in codes if OFF in expected else OFF not in codes


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # an impression asked: casual words, no act needed
        (
            "弊社のサイトを実際に見て、どう思われましたか。",
            "ぶっちゃけ、めっちゃ見やすいなって思いました。",
            {CASUAL},
        ),
        (
            "当社の新しいサービスを試してみて、どのように感じましたか。",
            "マジで便利だなって感じました。もう手放せないっす。",
            {CASUAL},
        ),
        # an episode told in past clauses before a closing view
        (
            "学生時代に頑張ったことを教えてください。",
            "学生時代はマジでダンス部に打ち込んでました。発表会の衣装担当で、古着を集めて"
            "作り直したら、費用が半分になったんで、そこはガチで頑張ったと思います。",
            {CASUAL},
        ),
        # …not an answer with no act at all: abstract
        (
            "学生時代に頑張ったことを教えてください。",
            "学生時代はマジでダンス部に打ち込んでました。そこはガチで頑張ったと思います。",
            {CASUAL, ABSTRACT},
        ),
    ],
)
def test_casual_answers_that_answer(question: str, answer: str, expected: set[str]) -> None:
    codes = _codes(question, None, answer)
    assert codes & {CASUAL, OFF, ABSTRACT} == expected


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # complaints, then a wish to work elsewhere: a generic motivation, not off-topic
        (
            "今の職場は夜勤ばかりで、手当もほとんど出ないので、もう少しまともな病院で働きたいと"
            "思いました。正直どこでも構いません。",
            False,
        ),
        # …complaints alone tell why one leaves
        (
            "今の職場は夜勤ばかりで、手当もほとんど出ません。上司も全然話を聞いてくれません。",
            True,
        ),
    ],
)
def test_complaints_with_a_wish_to_work_elsewhere(answer: str, off: bool) -> None:
    codes = _codes("志望動機を教えてください。", "motivation", answer, CLINIC)
    assert (OFF in codes) is off
    assert BLAME in codes


ST = "前職を短期間で辞めた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "unexplained"),
    [
        # a placement against the wish, through what the wish names, with lesson and future
        (
            "希望していた経理職ではなく物流センターの出荷担当に配属され、1年は続けようと努めましたが、"
            "経理への思いが強くなり退職しました。早く辞めたことは反省しております。現在は簿記2級の"
            "勉強をしており、今後は経理として長く経験を積みたいと考えています。",
            False,
        ),
        # …or with a contrast, the placement told after it
        (
            "商品企画を希望しておりましたが、配属は店舗の販売でした。企画に関わりたい気持ちが"
            "強まり退職しましたが、短期間で辞めたことは反省しています。現在はマーケティングの講座に"
            "通っており、次の職場では腰を据えて企画の経験を重ねたいと考えております。",
            False,
        ),
        # …not a wish met (no difference told), with nothing more
        ("希望していた営業部に配属されましたが、辞めました。", True),
    ],
)
def test_placement_against_the_wish(answer: str, unexplained: bool) -> None:
    assert (UNEXPLAINED in _codes(ST, "short_tenure", answer)) is unexplained


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        # years, habits and reputation: compound particles are no acts
        (
            "私は販売員として7年間、常にお客様目線での接客を続けてまいりました。提案力と傾聴力"
            "には自信があります。また、売上目標に対する強い責任感を持ち、店舗の目標達成に向けて"
            "最後まで努力する姿勢は、店長からも高く評価されておりました。",
            True,
        ),
        (
            "エンジニアとして6年間、品質に対する強いこだわりを持って開発してきました。納期に"
            "向けて最後まで粘り強く取り組む姿勢は、チームでも評価されておりました。",
            True,
        ),
        # …not an episode with its own acts and result
        (
            "私の強みは観察力です。前の施設で夜間の転倒が月4件あったため、巡回の時間を見直し、"
            "センサーマットの配置を提案しました。その結果、転倒は月1件に減りました。",
            False,
        ),
    ],
)
def test_compound_particles_are_no_acts(answer: str, abstract: bool) -> None:
    codes = _codes("あなたのアピールポイントを教えてください。", None, answer)
    assert (ABSTRACT in codes) is abstract


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "御社の従業員数は何名ほどでしょうか。あと、賞与の回数と家族手当の有無も"
            "お伺いしたいです。",
            {RESEARCHABLE, CONDITIONS},
        ),
        (
            "入社後の研修の流れをお聞きしたいです。",
            set(),
        ),
    ],
)
def test_humble_asking(answer: str, expected: set[str]) -> None:
    codes = _codes("最後に何か質問はありますか。", "reverse_questions", answer)
    assert codes & {RESEARCHABLE, CONDITIONS} == expected


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        ("前の会社の方針は売上優先で、点検の時間が削られていきました。", True),
        ("本社は数字至上主義で、店舗の意見は通りませんでした。", True),
        ("経営方針が人件費削減一辺倒でした。", True),
        ("社長は利益を最優先にしていたため、転職を決めました。", True),
        # …not one's own priorities, nor a slogan of safety or customers
        ("私は常に安全を最優先に作業してきました。今後は設備保全の専門性を高めたいです。", False),
        ("前職の会社は安全第一を掲げており、その考え方を学びました。", False),
    ],
)
def test_money_before_all_else(answer: str, blamed: bool) -> None:
    codes = _codes("転職理由を教えてください。", "reason_for_leaving", answer)
    assert (BLAME in codes) is blamed


PRINTER = {
    "name": "株式会社まちかど印刷",
    "profile": "商店街の店舗向けにチラシとのぼり旗を小ロットで印刷。理念は「まちの賑わいを刷る」。"
    "QRコード付きの来店クーポン印刷が主力。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        # the 理念's word said of the field, in the clause before the turn to the company
        (
            "まちの賑わいをつくるのは地域にとって欠かせない仕事であり、その中でも貴社は"
            "安定した実績があると伺いました。これまでの営業経験を活かしたいと考えております。",
            True,
        ),
        (
            "印刷は人々の暮らしを彩る産業で、貴社はその中でも歴史があると伺い、志望しました。",
            True,
        ),
        # …not the company's own business named
        (
            "貴社の来店クーポン付きのチラシは、配った枚数ではなく来店数で効果が見える点に"
            "惹かれました。前職の販促企画の経験を活かしたいです。",
            False,
        ),
    ],
)
def test_field_words_before_the_turn_to_the_company(answer: str, generic: bool) -> None:
    codes = _codes("志望動機を教えてください。", "motivation", answer, PRINTER)
    assert (GENERIC in codes) is generic


GEARS = {
    "name": "東雲ギア株式会社",
    "profile": "農業機械向けの歯車を製造。独自の熱処理技術で歯車の寿命を延ばし、国内の農機メーカーに"
    "供給。",
}


def test_supplying_is_no_benefit() -> None:
    """供給 shares a Sudachi synonym group with the seed 支給 (=支給: the seed only): a profile
    sentence about what the company supplies is its business, not a working condition."""
    answer = (
        "貴社が独自の熱処理技術で歯車の寿命を延ばしている点に惹かれました。前職の部品加工で"
        "身につけた精度管理の経験を、熱処理工程の品質向上に活かしたいと考えています。"
    )
    assert GENERIC not in _codes("志望動機を教えてください。", "motivation", answer, GEARS)
    # …while 支給 itself is still asked as a condition
    asked = _codes(
        "最後に何か質問はありますか。", "reverse_questions", "制服や作業靴は支給されますか。"
    )
    assert CONDITIONS in asked
