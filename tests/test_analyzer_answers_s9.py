"""Session 9 answer classes, in sentences written for these tests: a stay-long word its clause
denies is no commitment; a short stay named in the question in other words; 「辞めちゃいました」
is no slang intensifier; a self-PR of qualities and a period of work with no episode is
abstract; a price the profile states is researchable."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind

UNEXPLAINED = "short_tenure.unexplained"
BLAME = "negative_reason.blame"
CASUAL = "manners.casual_language"
ABSTRACT = "self_pr.abstract"
RESEARCHABLE = "reverse_question.researchable"
CONDITIONS = "reverse_question.conditions"


def _codes(answer: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, **kw).findings}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "answer",
    [
        "工場長が気分で指示を変える人で、残業代も出ませんでした。長く勤められる職場ではないと思い、退職しました。",
        "人が次々に辞めていき、休日出勤も当たり前でした。腰を据えて働ける会社ではありませんでした。",
        "上司の叱責が毎日続き、入社前の説明とも違う業務ばかりでした。ここで長く働くのは難しいと感じました。",
    ],
)
def test_a_stay_long_word_denied_is_no_commitment(answer: str) -> None:
    codes = _codes(answer, question="前職を半年で退職した理由を教えてください。")
    assert {BLAME, UNEXPLAINED} <= codes


def test_a_stay_long_word_affirmed_still_commits() -> None:
    answer = "入社前の説明と業務内容が異なっていたため退職しました。今後は長く働ける環境で腰を据えて取り組みたいと考えています。"
    assert UNEXPLAINED not in _codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    "question",
    [
        "3か月で転職を決めたのはなぜですか。",
        "短い在籍期間で退職された経緯を伺えますか。",
        "前の会社には半年しかいなかったようですが、なぜですか。",
    ],
)
def test_a_short_stay_named_in_other_words(question: str) -> None:
    assert infer_kind(question) == "short_tenure"


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("なんとなく自分に合わない気がして、辞めちゃいました。", False),
        ("結局、途中で諦めちゃったんです。", False),
        ("めちゃ忙しい職場でした。", True),
        ("仕事がめちゃくちゃ大変でした。", True),
    ],
)
def test_a_verb_stem_in_me_before_chau_is_no_intensifier(answer: str, casual: bool) -> None:
    codes = _codes(answer, kind="short_tenure")
    assert (CASUAL in codes) is casual


@pytest.mark.parametrize(
    "answer",
    [
        "調整力と推進力です。部署をまたぐ多くの案件に携わり、関係者との橋渡しに努めてまいりました。",
        "顧客折衝力には自信があります。長年にわたり法人営業に携わってまいりました。",
    ],
)
def test_qualities_and_a_period_of_work_are_abstract(answer: str) -> None:
    assert ABSTRACT in _codes(answer, question="当社で活かせる強みを教えてください。")


def test_a_price_the_profile_states_is_researchable() -> None:
    company = {
        "name": "株式会社はるかぜ英会話",
        "profile": "社会人向けのオンライン英会話『はるトーク』を運営。受講料は月額6,600円。",
    }
    answer = "『はるトーク』の月額の受講料はいくらですか。あと、賞与は年に何回ありますか。"
    codes = _codes(answer, kind="reverse_questions", company=company)
    assert {RESEARCHABLE, CONDITIONS} <= codes


@pytest.mark.parametrize(
    "question",
    [
        "職場で人間関係の摩擦が生じたとき、どう対応しましたか。",
        "同僚と口論になった経験はありますか。",
        "先輩と意見が合わなかったとき、どうしましたか。",
    ],
)
def test_a_conflict_question_read_by_meaning_is_judged(question: str) -> None:
    answer = "大学では化学を専攻し、卒業研究では水質を測る簡易キットを作りました。"
    assert "communication.off_topic" in _codes(answer, question=question)


def test_a_conflict_answered_with_a_party_and_an_act_is_on_topic() -> None:
    answer = "当時のメンバーの間には会議の決まりもありませんでした。そこで私は、議題を前日に共有することを提案しました。"
    codes = _codes(answer, question="部署内で衝突が起きたとき、どう対応しましたか。")
    assert "communication.off_topic" not in codes


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        (
            "どの会社でも真剣に働いてきましたが、結果的に在籍が短くなってしまいました。次こそ頑張ります。",
            False,
        ),
        ("工場長の指示が毎日変わり、休憩もまともに取れませんでした。", True),
    ],
)
def test_an_answer_about_the_stays_or_its_complaints_is_on_topic(answer: str, blame: bool) -> None:
    codes = _codes(answer, question="前職を3か月で退職された理由を教えてください。")
    assert UNEXPLAINED in codes and "communication.off_topic" not in codes
    assert (BLAME in codes) is blame


def test_a_period_of_work_for_a_strength_closing_on_the_company_is_abstract() -> None:
    answer = "前職では経理に6年間携わり、正確な処理を心がけてまいりました。その経験を御社でも活かしたいと考えております。"
    codes = _codes(answer, question="当社で活かせる強みを教えてください。")
    assert ABSTRACT in codes and "communication.off_topic" not in codes


def test_a_cost_the_company_would_bear_for_the_candidate_is_a_condition() -> None:
    answer = "資格の受験費用は会社で負担していただけるのでしょうか。"
    assert CONDITIONS in _codes(answer, kind="reverse_questions")


_CARE = {
    "name": "株式会社あさがお介護",
    "profile": "埼玉県で訪問介護を運営。事業所は県内に9か所。新人は研修『あさがお塾』で初任者研修の資格取得を目指す。",
}


def test_a_count_stated_and_a_fee_subsidy_asked_are_both() -> None:
    answer = "事業所はいくつありますか。それと、資格の受講料の補助はありますか。"
    codes = _codes(answer, kind="reverse_questions", company=_CARE)
    assert {RESEARCHABLE, CONDITIONS} <= codes


@pytest.mark.parametrize(
    "answer",
    [
        "『あさがお塾』を終えた方は、入社してどのくらいで資格を取られることが多いですか。",
        "研修から資格取得まで、一般的にどれくらいかかるものでしょうか。",
    ],
)
def test_what_is_typical_for_the_people_there_is_not_researchable(answer: str) -> None:
    codes = _codes(answer, kind="reverse_questions", company=_CARE)
    assert RESEARCHABLE not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "前職では9年間、物流の営業に携わり、お客様に合わせたご提案を心がけております。御社の配送サービスにも魅力を感じており、この経験を活かせると考えております。",
        "店長として多くの店舗運営に携わってまいりましたので、御社でも統率力と改善力を発揮できると考えております。",
        "交渉力には自信がございます。御社の製品をより多くのお客様に届けたいです。",
    ],
)
def test_a_strength_claim_closing_on_the_company_is_abstract_not_off_topic(answer: str) -> None:
    codes = _codes(answer, question="当社で活かせるあなたの強みを教えてください。")
    assert ABSTRACT in codes and "communication.off_topic" not in codes


def test_a_price_asked_to_be_told_and_a_cost_borne_are_both() -> None:
    company = {
        "name": "株式会社ふくふく家事",
        "profile": "家事代行『ふくふくメイド』を運営。料金は月額8,800円の定額プランから。拠点は5か所。",
    }
    answer = (
        "定額プランの価格を教えていただけますか。あと、資格の受験費用は会社が出してくれますか。"
    )
    codes = _codes(answer, kind="reverse_questions", company=company)
    assert {RESEARCHABLE, CONDITIONS} <= codes
