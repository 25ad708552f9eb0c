"""Session 13 (s13-answers4): classes fixed narrower than they are, widened.

- a request form built on いただく after て (「教えていただきたいです」) asks; only 「教えて
  いました」 (the past of いる) tells one's own past;
- a problem the candidate solved (the complaint the cause, ため・ので・から, of the candidate's own
  act told as done in the rest of the sentence) is an achievement, not a complaint;
- a strength claimed after a ガクチカ's activity (a topic akin to it) answers no other question:
  the answer is abstract, not off-topic.

Sentences written for these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CONDITIONS = "reverse_question.conditions"
RESEARCHABLE = "reverse_question.researchable"
NONE = "reverse_question.none"

LAST = "最後に、何かご質問はございますか。"
WHY_LEAVE = "前の職場を辞めようと思われた理由は何ですか。"
GAKUCHIKA = "学生時代に打ち込んだことを教えてください。"


def _codes(question: str | None, kind: str | None, answer: str) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "拠点はいくつあるのでしょうか。それから、賞与の支給月も教えていただきたいです。",
            {RESEARCHABLE, CONDITIONS},
        ),
        ("30代の社員の方の月給がどのくらいか、教えていただきたいと思います。", {CONDITIONS}),
        ("看護師の夜勤手当がいくらになるのか教えていただけますか。", {CONDITIONS}),
        # a request about the work asks, and is no condition
        ("配属先で最初に任される仕事について教えていただきたいです。", set()),
        ("現場で活躍されている方の共通点を教えていただきたいです。", set()),
    ],
)
def test_requests_on_itadaku_ask(answer: str, expected: set[str]) -> None:
    codes = _codes(LAST, "reverse_questions", answer)
    assert NONE not in codes
    assert codes & {CONDITIONS, RESEARCHABLE} == expected


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # solved: the complaint is the cause of what the candidate did, told as done
        (
            "前職の営業部は残業が多かったため、日報を自動で集計する仕組みを作り、部全体の残業を"
            "月15時間減らしました。今後は業務改善を専門にしたいです。",
            False,
        ),
        (
            "評価の基準があいまいだったため、私が評価シートを作って導入し、面談の時間を半分に"
            "しました。これからは人事制度づくりに専念したいです。",
            False,
        ),
        (
            "休日出勤が多かったから、作業の順番を見直して休日出勤をなくしました。次は現場全体の"
            "改善に関わりたいです。",
            False,
        ),
        # not solved: the attempt turned down, or nothing done
        (
            "職場は休日出勤が多かったため、改善を提案しましたが、聞き入れてもらえませんでした。"
            "それで退職を決めました。",
            True,
        ),
        ("残業代がきちんと出なかったので、辞めることにしました。", True),
        (
            "残業が多すぎたので、業務の見直しを上司に提案しましたが、何も変わりませんでした。",
            True,
        ),
    ],
)
def test_a_problem_solved_is_no_complaint(answer: str, blamed: bool) -> None:
    assert (BLAME in _codes(WHY_LEAVE, "reason_for_leaving", answer)) is blamed


@pytest.mark.parametrize(
    "answer",
    [
        "陸上部での活動に打ち込みました。仲間と励まし合う中で、継続することの大切さを学びました。"
        "忍耐力には自信があります。",
        "演劇部での活動に打ち込みました。部員と協力して舞台を作り上げる中で、周りと協力する"
        "大切さを学びました。責任感の強さには自信があります。",
        "合唱サークルの活動です。みんなで一つの曲を仕上げる中で、協調性が身につきました。"
        "粘り強さには自信があります。",
    ],
)
def test_gakuchika_with_a_strength_claimed_is_abstract(answer: str) -> None:
    codes = _codes(GAKUCHIKA, None, answer)
    assert ABSTRACT in codes
    assert OFF not in codes


def test_gakuchika_answered_with_a_self_pr_only_stays_off_topic() -> None:
    codes = _codes(GAKUCHIKA, None, "私の強みは粘り強さです。どんな仕事も最後までやり遂げます。")
    assert OFF in codes


@pytest.mark.parametrize(
    "answer",
    [
        # a career first, then a wish grown in oneself, then this company
        "病棟で6年間看護師として勤務し、退院支援の手順を整えてきました。その中で、退院後の"
        "生活まで支えたいという気持ちが強まりました。御社の訪問看護で、その思いを形にしたいと"
        "考えています。",
        # the present workplace told as the cause of the wish
        "現職では4年間、店舗で販売を担当してきました。今の職場では仕入れは本部が決めるため、"
        "商品選びから関われる御社で働きたいと考えました。",
    ],
)
def test_career_then_reason_answers_why_one_leaves(answer: str) -> None:
    assert OFF not in _codes(WHY_LEAVE, None, answer)


@pytest.mark.parametrize(
    ("answer", "missed"),
    [
        # a piece of news named first; a habit it made one take up after it
        (
            "電気料金の値上げです。燃料の輸入価格が上がったことが原因だそうで、私も最近は"
            "使っていない部屋の照明をこまめに消すようにしています。",
            False,
        ),
        # one's own study named: a habit, no news
        ("英会話の勉強です。毎晩30分、オンラインで練習するようにしています。", True),
    ],
)
def test_a_piece_of_news_named_first(answer: str, missed: bool) -> None:
    codes = _codes("最近気になったニュースを一つ教えてください。", None, answer)
    assert (OFF in codes) is missed
