"""What a sentence is about, read from its structure: a fact cited as a question's premise
(「…とのことですが、」) or a pace of the work asked (「一日に何件」) is not what the question asks
for; 持ち帰る is a condition only when work goes home; a hard feeling about one's own act of
going to work (「会社に行くのがしんどい」) judges no employer; a value question answered with the
former workplace's circumstances misses it; a product named only to be praised, with the rest
about the industry, is a generic motivation. Sentences written for these tests, none taken from
the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.types import Company

RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"
BLAME = "negative_reason.blame"
OFF = "communication.off_topic"
GENERIC = "motivation.generic"

RQ = "最後に何か質問はありますか。"

FERRY = Company(
    name="株式会社しまなみ海運",
    profile=(
        "1971年設立、本社は広島県尾道市。従業員数240名。瀬戸内の島々を結ぶ旅客船12隻を運航し、"
        "利用客の3割が海外からの観光客。年間のべ8,000便を運航する。"
    ),
)
BAKERY = Company(
    name="株式会社むぎの穂",
    profile=(
        "天然酵母のパン『むぎの穂ブレッド』を製造し、関西に18店舗を展開するベーカリー。理念は"
        "「毎朝の一枚に、手間をかける」。2024年から冷凍パンの通信販売を始めた。"
    ),
)


def _codes(
    answer: str, *, company: Company | None = None, question: str = RQ, kind: str | None = None
) -> set[str]:
    result = analyze(answer, question=question, kind=kind, company=company)
    return {f.code for f in result.findings}


@pytest.mark.parametrize(
    ("answer", "researchable"),
    [
        # the fact asked for: the website answers it
        ("御社の従業員数は全体で何名ほどでしょうか。", True),
        ("差し支えなければ、本社の所在地を教えていただけますか。", True),
        ("細かい点で恐縮ですが、設立は何年になりますか。", True),
        # a fact cited as the premise, then a question about the work
        (
            "利用客の3割が海外の方とのことですが、船内での案内は何か国語で行うことが多いですか。",
            False,
        ),
        ("本社が尾道なので、入社後の研修も尾道で行われるのでしょうか。", False),
        ("旅客船を12隻運航されているとのことで、整備の担当者は一隻ごとに決まっていますか。", False),
        # a listed word that only modifies the noun asked
        ("本社ビルの見学をさせていただくことはできますか。", False),
        # the pace of the work, asked to picture the job
        ("乗務員の方は一日に何便ほど乗られるのでしょうか。", False),
        ("毎日どのくらいの件数のお問い合わせに対応されていますか。", False),
    ],
)
def test_premise_and_pace_are_not_what_is_asked(answer: str, researchable: bool) -> None:
    assert (RESEARCH in _codes(answer, company=FERRY)) is researchable


@pytest.mark.parametrize(
    ("answer", "condition"),
    [
        ("繁忙期には仕事を自宅に持ち帰ることもあるのでしょうか。", True),
        ("業務の持ち帰りはどのくらいありますか。", True),
        ("持ち帰り残業はありますか。", True),
        ("テストの採点を家に持ち帰る先生は多いですか。", True),
        ("持ち帰りってありますか？", True),
        # a thing carried back is part of the work
        ("壊れた部品を工場に持ち帰って点検する場合、どなたが立ち会われますか。", False),
        ("商談でいただいたご意見を持ち帰ったあと、どのように共有されていますか。", False),
        ("採取した土を研究室に持ち帰って分析するのは何日後ですか。", False),
    ],
)
def test_only_work_taken_home_is_a_condition(answer: str, condition: bool) -> None:
    assert (COND in _codes(answer)) is condition


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        ("職場に向かうのがつらく感じるようになり、退職を決めました。", False),
        ("毎朝店に行くのがしんどくなり、辞めることにしました。", False),
        ("仕事をこなすのがしんどくなってしまい、退職しました。", False),
        # the workplace acting, its people, or the work itself judged: still a complaint
        ("会社が社員を大切にしないのがしんどかったので、辞めました。", True),
        ("上司と顔を合わせるのがしんどくなり、辞めました。", True),
        ("給料が低く、休みもほとんど取れなかったので辞めました。", True),
    ],
)
def test_own_act_felt_hard_is_no_blame(answer: str, blame: bool) -> None:
    q = "前職を退職された理由を教えてください。"
    assert (BLAME in _codes(answer, question=q, kind="reason_for_leaving")) is blame


VALUES = "仕事をするうえで大切にしていることは何ですか。"


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        (
            "前の会社は小さな事務所で、所長がほとんどのことを決めていました。"
            "同僚は5人ほどで、みんな忙しそうでした。",
            True,
        ),
        (
            "前職の店舗はいつも人手が足りませんでした。店長も年に何度も替わりました。",
            True,
        ),
        # a value said, or one's own doings told
        (
            "前の会社は小さな事務所でした。その中で、頼まれたことはその日のうちに返すことを"
            "大切にしてきました。",
            False,
        ),
        (
            "前職の接客では、常連のお客様の好みを覚えて、次の来店時にお声がけしていました。",
            False,
        ),
        ("報告を早めにすることです。前職でも、悪い知らせほど先に上司へ伝えていました。", False),
    ],
)
def test_circumstances_for_a_value_miss_it(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question=VALUES, kind="other")) is off


MOTIVE = "当社を志望する理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        (
            "御社の『むぎの穂ブレッド』は本当に素晴らしいパンだと思います。パン業界は人々の毎日の"
            "食卓を支える仕事であり、私もその一員になりたいと考えました。",
            True,
        ),
        (
            "むぎの穂ブレッド、すごく好きな商品です。食品業界は景気に左右されにくく、安定して"
            "働けると思い志望しました。",
            True,
        ),
        # the product with a reason tied to it
        (
            "御社の『むぎの穂ブレッド』は素晴らしいパンだと思います。特に、天然酵母で一晩かけて"
            "発酵させる手間を惜しまない点が、製菓学校で学んだ発酵の面白さと重なり、その製造に"
            "携わりたいと考えました。",
            False,
        ),
        (
            "『むぎの穂ブレッド』を毎朝食べていますが、冷凍でも風味が落ちない工夫に惹かれ、"
            "通信販売の商品開発に関わりたいと考えました。",
            False,
        ),
    ],
)
def test_product_only_praised_is_generic(answer: str, generic: bool) -> None:
    assert (
        GENERIC in _codes(answer, question=MOTIVE, kind="motivation", company=BAKERY)
    ) is generic
