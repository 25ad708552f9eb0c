"""Session 13 (s13-answers2): a 五段 verb conjugated as an adjective (違くて, 違かった) is casual
([casual.verb_as_adjective]); a 逆質問 listing several conditions in one question asks as many
(questions/conditions.conditions_listed); the management (経営陣, 上層部, split by Sudachi)
is a subject of a denied act as a boss is (blame/complaints._person_compound); a placement
against the wish or a decision made without checking the work is a concrete reason for a short
stay ([short_tenure.read]); a lesson told through a て-chain (「立って考えることの大切さ」) is
no action, and a question for what one can put forward (アピールできる点) asks a self-PR.
Sentences written for these tests, none taken from
the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind

CASUAL = "manners.casual_language"
CONDITIONS = "reverse_question.conditions"
BLAME = "negative_reason.blame"
UNEXPLAINED = "short_tenure.unexplained"
ABSTRACT = "self_pr.abstract"

RQ = "最後に何か質問はありますか。"
RL = "前職を辞めた理由を教えてください。"
ST = "前職を短期間で退職された理由を教えてください。"
PR = "自己PRをお願いします。"


def _codes(question: str, kind: str | None, answer: str) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("question", "kind", "answer", "casual"),
    [
        (ST, "short_tenure", "任される仕事が求人票と違くて、毎日戸惑っていました。", True),
        (ST, "short_tenure", "聞いていた勤務地と違かったので、半年で退職しました。", True),
        (
            PR,
            "self_pr",
            "前任者とは進め方が違くないかと思い、手順書を作り直して残業を月10時間減らしました。",
            True,
        ),
        (ST, "short_tenure", "求人票と実際の仕事が違ければ、入社前に確認すべきでした。", True),
        # the verb's own forms and other words are not
        (
            ST,
            "short_tenure",
            "任される仕事が求人票と違っていたため、半年で退職いたしました。",
            False,
        ),
        (ST, "short_tenure", "勤務地が当初の説明と違いましたので、退職を決めました。", False),
        (PR, "self_pr", "数多くの店舗を回り、売上の高かった店の陳列を他店に広げました。", False),
        (PR, "self_pr", "間違いの多かった伝票処理を見直し、確認の手順を二段階にしました。", False),
    ],
)
def test_verb_conjugated_as_adjective(question: str, kind: str, answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(question, kind, answer)) is casual


@pytest.mark.parametrize(
    ("answer", "conditions"),
    [
        (
            "仕事の進め方について伺いたいです。また、基本給の額と寮の有無についても教えてください。",
            True,
        ),
        (
            "入社後の研修の内容を教えてください。それと、役職手当や家族手当はどのくらい出ますか。",
            True,
        ),
        ("配属先の決め方を教えてください。あと、残業代と休日出勤の手当の扱いも伺えますか。", True),
        # one condition beside a question about the work is not "mostly" conditions
        ("配属先の決め方を教えてください。また、年間休日は何日でしょうか。", False),
        # one condition told in a phrase of の (one thing asked), beside a work question
        ("担当する業務の範囲を教えてください。また、残業時間の上限はどのくらいでしょうか。", False),
        (
            "活躍している方の共通点を教えてください。また、入社前に学んでおくべきことはありますか。",
            False,
        ),
    ],
)
def test_several_conditions_in_one_question(answer: str, conditions: bool) -> None:
    assert (CONDITIONS in _codes(RQ, "reverse_questions", answer)) is conditions


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        ("工場の方針は毎年変わり、経営陣は現場の安全をまったく考えようとしませんでした。", True),
        ("上層部は私たちの提案を一度も検討しませんでした。", True),
        ("首脳陣は現場の事情を何もわかっておらず、見切りをつけました。", True),
        ("経営者は店舗の状況を一度も見に来ませんでした。", True),
        # the management praised, or told as a setting, is no complaint
        (
            "経営陣は若手の提案にも耳を傾けてくれる方々で、多くを学びました。次は企画職に挑戦したいです。",
            False,
        ),
        (
            "経営陣が交代したのを機に、以前から関心のあった物流の仕事に挑戦したいと考えました。",
            False,
        ),
        (
            "上層部は休まず現場を回っており、その姿勢から多くを学びました。今後は管理職を目指したいです。",
            False,
        ),
    ],
)
def test_management_as_subject(answer: str, blamed: bool) -> None:
    assert (BLAME in _codes(RL, "reason_for_leaving", answer)) is blamed


@pytest.mark.parametrize(
    ("answer", "unexplained"),
    [
        (
            "前職は10か月で退職しました。希望とは異なる店舗運営の部署に配属されたためです。"
            "事前に配属の仕組みを聞かなかった点は反省しております。今後は腰を据えて働きたいです。",
            False,
        ),
        (
            "1社目は半年で辞めています。設計を志望していましたが、希望外の品質保証部へ配属されました。"
            "今はCADの講座に通っており、次の職場では長く経験を積みたいと考えています。",
            False,
        ),
        (
            "前職は4か月で退職しました。内定が出た会社に、仕事の中身をよく調べずに就職を決めてしまいました。"
            "反省しております。今回は職場見学をお願いしたうえで判断したいと考えております。",
            False,
        ),
        (
            "前の会社は3か月で辞めました。待遇だけを見て、働き方を確かめないまま入社しました。"
            "今は自分に合う働き方を考え直しており、長く勤めるつもりです。",
            False,
        ),
        # no reason: what was not checked is not told, or an unknown place is feared
        (
            "前職は半年で退職しました。知らない土地で働くのが不安でした。今後は長く働きたいです。",
            True,
        ),
        (
            "前職は3か月で退職しました。深く考えずに辞めてしまいました。今後は長く働きたいです。",
            True,
        ),
        ("前職は5か月で退職しました。希望を持って入社しました。今後は長く働きたいです。", True),
    ],
)
def test_short_stay_reason_read(answer: str, unexplained: bool) -> None:
    assert (UNEXPLAINED in _codes(ST, "short_tenure", answer)) is unexplained


@pytest.mark.parametrize(
    ("question", "answer", "abstract"),
    [
        (
            "学生時代に力を入れたことを教えてください。",
            "書店のアルバイトです。お客様と接する中で、先回りして考えて動くことの大切さを学びました。",
            True,
        ),
        (
            "弊社にアピールできる点は何ですか。",
            "設備保全として９年間、常に予防第一で現場を支えてきました。分析力と判断力には自信があり、"
            "工場長からも頼りにされてきました。",
            True,
        ),
        (
            "あなたのアピールポイントは何ですか。",
            "ライン停止が月に3回起きていたため、過去の故障記録を集計して点検の順番を組み替えました。"
            "その結果、停止は半年で月1回に減りました。",
            False,
        ),
    ],
)
def test_strength_without_episode(question: str, answer: str, abstract: bool) -> None:
    assert (ABSTRACT in _codes(question, None, answer)) is abstract


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("弊社にアピールしたいことはありますか。", "self_pr"),
        ("アピールポイントを教えてください。", "self_pr"),
        ("当社のアピールポイントは何だと思いますか。", "other"),
    ],
)
def test_appeal_question_kind(question: str, kind: str) -> None:
    assert infer_kind(question) == kind
