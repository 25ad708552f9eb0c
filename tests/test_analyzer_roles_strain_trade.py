"""Three readings of session 20: a role taken on (務める, 担う, 任される, 就任) is no episode, so a
self-PR that tells only the title held and the group led is abstract, while a role with a problem
met and what one did stays an episode; the body giving out at the work (体力的に続かず, 身体が
もたず, 腰を痛め) is a reason for leaving of one's own, on topic and a concrete reason for a short
stay; the goods a company profile names as the object of its trade (「家具の製造販売」) are its
field, shared by every company in the trade, not knowledge of this one. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.readings import worn_out
from furikaeri.analyzer.types import Company

ABSTRACT = "self_pr.abstract"
NO_RESULT = "self_pr.no_result"
OFF = "communication.off_topic"
UNEXPLAINED = "short_tenure.unexplained"
GENERIC = "motivation.generic"


def _codes(answer: str, question: str, kind: str, company: Company | None = None) -> set[str]:
    result = analyze(answer, question=question, kind=kind, company=company)
    return {f.code for f in result.findings}


PR = "自己PRをしてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "私の強みは統率力です。吹奏楽部でパートリーダーを務め、部員をまとめる役目を担いました。",
        "前職では物流センターで班長に就任し、十名のスタッフを率いました。責任感には自信があります。",
        "私の長所は面倒見の良さです。ホテルのフロントで新人の指導係を任され、後輩をまとめました。",
        "ゼミでは副ゼミ長を務め、ゼミ全体を取りまとめる役割を担っておりました。周りからも頼られて"
        "いたと自負しております。",
    ],
)
def test_a_role_taken_on_is_no_episode(answer: str) -> None:
    codes = _codes(answer, PR, "self_pr")
    assert ABSTRACT in codes
    assert NO_RESULT not in codes


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a role, then a problem met and what one did: an episode, with no result told
        (
            "カフェのアルバイトで時間帯責任者を任されました。ピーク時に提供が遅れていたため、"
            "注文の受け方を変える案を店長に提案しました。",
            NO_RESULT,
        ),
        # …and with its result: nothing to say
        (
            "カフェのアルバイトで時間帯責任者を任されました。ピーク時に提供が遅れていたため、"
            "注文の受け方を変える案を店長に提案し、試しました。その結果、待ち時間が半分になりました。",
            None,
        ),
    ],
)
def test_a_role_with_a_problem_and_an_act_stays_an_episode(
    answer: str, expected: str | None
) -> None:
    codes = _codes(answer, PR, "self_pr")
    assert ABSTRACT not in codes
    assert (expected in codes) if expected else not codes & {ABSTRACT, NO_RESULT}


@pytest.mark.parametrize(
    ("text", "worn"),
    [
        ("一日中の検品作業で、体力的に続きませんでした。", True),
        ("夜勤明けの運転が多く、身体がもたなくなりました。", True),
        ("重い段ボールを運ぶうちに膝を痛めてしまいました。", True),
        ("現場の仕事に体がついていかなくなりました。", True),
        ("体力面には自信があります。", False),
        ("体力的な負担はございません。", False),
        ("休日は体を動かすようにしています。", False),
    ],
)
def test_the_body_giving_out(text: str, worn: bool) -> None:
    assert (worn_out(Doc(text)) is not None) is worn


LEAVE = "前職を退職された理由をお聞かせください。"


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        ("飲食店の厨房は好きな仕事でしたが、体力的に続かないと感じるようになりました。", False),
        ("毎日の配達で腰に負担がかかり、身体がもちませんでした。", False),
        ("結婚して県外に引っ越すことになり、通勤が片道3時間になりました。", False),
        # near-miss: the body named as a strength, no reason given
        ("体力には自信があります。学生時代は陸上部で毎日走っていました。", True),
    ],
)
def test_a_reason_of_ones_own_body_or_home_is_on_topic(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, LEAVE, "reason_for_leaving")) is off


SHORT = "前職を短期間で退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "unexplained"),
    [
        (
            "早朝からの立ち仕事が体力的に続かず、4か月で辞めました。今後は事務職で長く働きたいです。",
            False,
        ),
        (
            "荷物の積み下ろしで肩を痛めてしまい、半年で退職しました。現在は完治しており、長く勤めたい"
            "と考えております。",
            False,
        ),
        # an injury with no word on the present: unexplained, as any illness
        ("荷物の積み下ろしで肩を痛めてしまい、半年で退職しました。今後は長く勤めたいです。", True),
        # near-miss: no reason at all
        ("いろいろあって4か月で辞めました。", True),
    ],
)
def test_the_body_giving_out_explains_a_short_stay(answer: str, unexplained: bool) -> None:
    assert (UNEXPLAINED in _codes(answer, SHORT, "short_tenure")) is unexplained


MOTIVE = "当社を志望された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "profile", "generic"),
    [
        (
            "照明器具が好きで、照明の販売に携わりたいと考え、御社を志望しました。",
            "照明器具・照明の販売。全国に40店舗。",
            True,
        ),
        (
            "文房具が好きで、文房具の企画に関わりたいと考え、御社を志望いたしました。",
            "文房具の企画・製造・販売。",
            True,
        ),
        # near-miss: the company's own line, named beside the field
        (
            "文房具が好きで、中でも御社の再生紙を使ったノート『めぐりノート』を愛用しております。",
            "文房具の企画・製造・販売。再生紙を使ったノート『めぐりノート』が主力。",
            False,
        ),
        # near-miss: goods the profile names as the company's line, not as its trade's object
        (
            "キャンプが趣味で、御社のテントと寝袋を長年愛用しております。",
            "テントや寝袋などアウトドア用品の企画・販売。",
            False,
        ),
    ],
)
def test_goods_of_the_trade_are_the_field(answer: str, profile: str, generic: bool) -> None:
    company = Company(name="株式会社サンプル", profile=profile)
    codes = _codes(answer, MOTIVE, "motivation", company=company)
    assert (GENERIC in codes) is generic
