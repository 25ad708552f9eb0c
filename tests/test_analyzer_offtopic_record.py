"""An answer that gives the candidate's record (strengths, results, a career, a study topic:
what a self-PR or a self-introduction tells) for a question that asks something else misses it
(communication.off_topic); an answer that addresses the question in its own words does not.
Also: 持ち帰る with no object, to a place that is no home, is a thing carried back
(reverse_question.conditions). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
COND = "reverse_question.conditions"
Q_REVERSE = "最後に何か質問はありますか。"


def _codes(answer: str, question: str | None = None, kind: str | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "condition"),
    [
        # a thing carried back to a place (no object named): the work itself
        (
            "故障の内容によって、その場で直す場合と工房に持ち帰る場合があると伺いました。その判断は"
            "どなたがされるのでしょうか。",
            False,
        ),
        ("出張先で部品が足りないときは、一度センターへ持ち帰る形になりますか。", False),
        # a time before に is no place: nothing named goes home
        ("年度末に持ち帰ることはありますか。", True),
        ("週末に持ち帰ることはありますか。", True),
        ("持ち帰りは多いですか。", True),
    ],
)
def test_carried_back_to_a_place_is_no_condition(answer: str, condition: bool) -> None:
    assert (COND in _codes(answer, Q_REVERSE, "reverse_questions")) is condition


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # a strength declared, then turned at once to its other side: a weakness told
        ("私の強みは粘り強さですが、その反面、引き際を見極めるのが苦手です。", False),
        (
            "私の長所は責任感が強いところです。ただ、その裏返しで、一人で抱え込んでしまうことがあります。",
            False,
        ),
        ("長所は行動力です。一方で、準備が雑になりがちです。", False),
        ("強みは慎重さです。逆に言えば、決断が遅いところがあります。", False),
        # no turn, or a turn to more of the strength: still the strength only
        (
            "私の長所は粘り強さです。営業で断られ続けましたが、諦めずに通い続け、契約をいただきました。",
            True,
        ),
        ("私の長所は協調性です。しかし、ゼミでは意見をまとめる役を任されていました。", True),
        (
            "私の長所は明るさですが、アルバイト先では新人教育を任され、店長からも頼りにされていました。",
            True,
        ),
    ],
)
def test_weakness_as_the_other_side_of_a_strength(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, "あなたの短所を教えてください。")) is off


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # the record (a strength, a result, a career, a study) told for another question
        (
            "短所を教えてください。",
            "前職では3年連続で売上目標を達成し、社内で表彰されました。",
            True,
        ),
        (
            "弱点はどこですか。",
            "私は体力には自信があって、4年間一度も部活を休みませんでした。",
            True,
        ),
        (
            "ストレスの解消法はありますか。",
            "前職では法人営業として、担当エリアで2位の成績を取りました。",
            True,
        ),
        (
            "他社の選考状況を教えてください。",
            "卒業研究で、地域バスの利用データを分析しています。",
            True,
        ),
        (
            "希望の年収を教えてください。",
            "前職では販売スタッフとして、全国の店舗で1位になりました。",
            True,
        ),
        (
            "当社の課題は何だと思いますか。",
            "私は几帳面な性格で、提出物の期限は必ず守ってきました。",
            True,
        ),
        # the question answered in its own words, whatever record comes with it
        (
            "短所を教えてください。",
            "短所はせっかちなところです。前職でも確認を急いでミスをしました。",
            False,
        ),
        (
            "ストレスの解消法はありますか。",
            "今の仕事は数字に追われますが、週末に山を歩いて気分を切り替えています。",
            False,
        ),
        (
            "他社の選考状況を教えてください。",
            "卒業研究と並行して、メーカーを3社受けています。",
            False,
        ),
        ("希望の年収を教えてください。", "前職では450万円でしたので、同程度を希望します。", False),
        (
            "仕事で大切にしていることは何ですか。",
            "前職では3年連続で目標を達成しました。その中で、約束を守ることを一番に考えてきました。",
            False,
        ),
        (
            "休日は何をしていますか。",
            "週末は子どもとサッカーをしています。地域の大会で3位になりました。",
            False,
        ),
    ],
)
def test_record_told_for_another_question(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question)) is off


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # what the former workplace was or sold, and nothing of one's own
        (
            "自己PRをお願いします。",
            "前の会社は輸入家具の商社で、北欧の家具を百貨店に卸していました。取引先は30店ほどありました。",
            True,
        ),
        (
            "自己PRをお願いします。",
            "前職は地方銀行で、県内に60の支店がありました。主に中小企業向けの融資を扱う銀行でした。",
            True,
        ),
        (
            "仕事で大切にしていることは何ですか。",
            "前の職場は人手が足りず、店長も半年で替わりました。本社からの連絡も遅く、現場は混乱していました。",
            True,
        ),
        # one's own doing, a result, or the speaker named: a self-PR, however plain
        (
            "自己PRをお願いします。",
            "前職は輸入家具の商社でした。私は百貨店の担当として、売り場の配置替えを提案しました。",
            False,
        ),
        (
            "自己PRをお願いします。",
            "前職は住宅メーカーで、注文住宅の営業をしていました。お客様の要望を聞き出し、間取りを詰めるのが仕事でした。",
            False,
        ),
        (
            "自己PRをお願いします。",
            "前の職場は人が少なく、最初は戸惑いましたが、半年で売上を1.2倍にしました。",
            False,
        ),
        (
            "仕事で大切にしていることは何ですか。",
            "前の職場は人の入れ替わりが多かったです。だからこそ、引き継ぎの記録を残すことを大事にしています。",
            False,
        ),
    ],
)
def test_workplace_described_for_a_self_pr_or_a_value(
    question: str, answer: str, off: bool
) -> None:
    kind = "self_pr" if "自己PR" in question else None
    assert (OFF in _codes(answer, question, kind)) is off


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # what others say, naming a flaw: the weakness told
        ("周りからは頑固だと言われます。", False),
        ("家族からはよく心配性だと言われます。", False),
        # what others say, naming a virtue: no weakness
        ("周りからは真面目だと言われます。", True),
        ("友人からはよく優しいと言われます。", True),
    ],
)
def test_others_view_naming_a_flaw_answers_the_weakness(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, "あなたの短所を教えてください。")) is off


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # a role held, a stretch of one's work: the record again
        (
            "短所を教えてください。",
            "前職では店長として8人のスタッフをまとめ、改装オープンを成功させました。",
            True,
        ),
        (
            "他社の選考状況を教えてください。",
            "私はこれまで食品業界で6年間、商品開発に携わってきました。",
            True,
        ),
        # the flaw named beside the role; only this company applied to, said so
        (
            "短所を教えてください。",
            "店長として皆をまとめる立場でしたが、人に頼るのが苦手でした。",
            False,
        ),
        (
            "他社の選考状況を教えてください。",
            "御社の店舗づくりに惹かれ、御社一本に絞っています。",
            False,
        ),
        ("他社の選考状況を教えてください。", "同じ業界のメーカーを中心に受けています。", False),
    ],
)
def test_role_and_career_told_for_another_question(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question)) is off


def test_workplace_that_only_had_sites_is_no_self_pr() -> None:
    answer = "前職は会計ソフトの会社で、中小企業向けのソフトを販売していました。全国に8つの拠点がありました。"
    assert OFF in _codes(answer, "自己PRをお願いします。", "self_pr")


def test_habit_under_a_role_is_a_way_of_working() -> None:
    answer = "前職では営業として、毎日お客様のもとに足を運んでいました。"
    assert OFF not in _codes(answer, "仕事で大切にしていることは何ですか。")
