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
