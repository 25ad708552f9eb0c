"""Session 8, round 2: an answer's genre told from its own structure against what the question
asks. A leaving story given for a self-PR (cross.toml [left]); one's own study or habit given
for the news (topics.toml `routine`); blame precision when complaints are set aside outright
or the former place praised before its but, with a wish told (analyzer.toml [blame]
disclaimed); a short stay stated in a reason for leaving told only as grievances ([short_tenure]
stated_stay); spoken 「〜なーって思」 and a clause-opening 「で、」 ([casual]); a headcount or a
founding asked casually ([reverse_question] researchable). Sentences written for these tests,
none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
ABSTRACT = "self_pr.abstract"
BLAME = "negative_reason.blame"
UNEXPLAINED = "short_tenure.unexplained"
CASUAL = "manners.casual_language"
RESEARCHABLE = "reverse_question.researchable"

BAKERY = {
    "name": "株式会社こむぎ堂",
    "profile": "北陸でパン屋『こむぎ堂』を25店舗運営。1978年創業、従業員数430名。"
    "地元産小麦のパンと、2023年に始めた冷凍パンの通信販売が特徴。",
}


def _codes(answer: str, question: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, question=question, **kw).findings}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "自己PRをお願いします。",
            "前職は不動産の賃貸仲介でしたが、契約件数ばかりを追う日々で、入居後のお客様と関わる"
            "機会がないことにもどかしさを感じていました。住まいに長く関わりたいと考え、退職を"
            "決意いたしました。",
        ),
        (
            "あなたのアピールポイントを教えてください。",
            "前の職場を辞めたいきさつからお話しします。調理師として働いていましたが、"
            "メニュー開発に携わりたいと思うようになり、昨年退職し、現在は転職活動中です。",
        ),
        (
            "自己PRをしてください。",
            "私は新卒で入った旅行会社を1年半で辞めました。窓口での販売が中心で、企画の仕事には"
            "なかなか就けず、悩んだ末に退職を決めました。",
        ),
    ],
)
def test_a_leaving_story_for_a_self_pr_is_off_topic(question: str, answer: str) -> None:
    codes = _codes(answer, question)
    assert OFF in codes
    assert ABSTRACT not in codes  # (no strength claimed to call abstract)


@pytest.mark.parametrize(
    "answer",
    [
        # a strength told, with the leaving as context
        "私の強みは粘り強さです。前職は退職しましたが、断られた取引先に3度提案を作り直し、"
        "年間800万円の契約をいただきました。",
        # an episode after leaving: the story ends in what one did
        "前職を退職後、独学でウェブ制作を学び、地元の商店3店のホームページを制作しました。"
        "公開後、予約件数が月20件から35件に増えました。",
    ],
)
def test_a_self_pr_that_mentions_leaving_answers(answer: str) -> None:
    assert OFF not in _codes(answer, "自己PRをお願いします。")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "最近気になったニュースは何ですか。",
            "今は中小企業診断士の勉強に力を入れています。毎晩2時間、テキストの章末問題を"
            "解いています。",
        ),
        (
            "最近の時事問題で関心のあるものを教えてください。",
            "英語の学習を続けています。毎朝30分、オンラインで発音の練習をしています。",
        ),
        (
            "最近注目しているニュースはありますか。",
            "基本情報技術者試験の勉強中です。通勤中に過去問を10問ずつ解くようにしています。",
        ),
    ],
)
def test_own_study_for_the_news_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    "answer",
    [
        "物価上昇のニュースです。毎月のように食品の値上げが報じられており、家計への影響を"
        "考えるようになりました。",
        "生成AIを業務に取り入れる企業が増えているという記事を読みました。私も勉強を始め、"
        "仕事でどう使えるか考えています。",
    ],
)
def test_news_told_with_study_answers(answer: str) -> None:
    assert OFF not in _codes(answer, "最近気になったニュースはありますか。")


@pytest.mark.parametrize(
    "answer",
    [
        "待遇に不満があったわけではありません。前職の介護施設は職員同士の仲も良く、やりがいの"
        "ある職場でしたが、人員配置の都合で利用者お一人おひとりと話す時間が十分に取れないことに"
        "もどかしさを感じていました。ご本人の思いに寄り添ったケアができる環境で働きたいと"
        "考えています。",
        "年収が下がることも承知しております。前職の印刷会社では、小ロットの注文は採算が合わず"
        "お断りせざるを得ないことが多くありました。地域の小さなお店の販促物にも応えられる"
        "仕事がしたいと考えています。",
        "上司や同僚には恵まれましたが、ルート営業のため新しいお客様の課題に取り組む機会が"
        "ありませんでした。新規開拓に挑戦できる環境で力を試したいと考え、転職を決めました。",
    ],
)
def test_complaints_set_aside_with_a_wish_are_no_blame(answer: str) -> None:
    assert BLAME not in _codes(
        answer, "転職を考えた理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    "answer",
    [
        # set aside in words, then the people blamed all the same
        "給与への不満ではありません。上司が毎日部下を怒鳴りつけ、相談できる人がいなかったので、"
        "落ち着いて働ける職場で長く働きたいと考えています。",
        # nothing set aside: plain complaints
        "残業が多いうえに給料も低く、上司も何も対策を打たなかったので辞めました。",
    ],
)
def test_complaints_not_set_aside_stay_blame(answer: str) -> None:
    assert BLAME in _codes(answer, "退職理由を教えてください。", kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "入社2か月で退職しました。面接で説明された勤務時間と実際が違い、会社には不信感しか"
        "ありませんでした。",
        "前の職場は半年足らずで辞めました。求人票の条件と実際の給与が違っていたので、早めに"
        "会社に見切りをつけました。",
    ],
)
def test_a_stated_short_stay_with_grievances_is_unexplained(answer: str) -> None:
    codes = _codes(answer, "転職理由を教えてください。", kind="reason_for_leaving")
    assert {BLAME, UNEXPLAINED} <= codes


def test_a_reason_for_leaving_without_a_short_stay_is_not_read_for_tenure() -> None:
    answer = "上司とそりが合わず、残業代も出なかったので、5年勤めた会社を辞めました。"
    codes = _codes(answer, "転職理由を教えてください。", kind="reason_for_leaving")
    assert BLAME in codes and UNEXPLAINED not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "えっと、こむぎ堂のパンが子どもの頃から好きで、で、お店の雰囲気もあったかいなーって"
        "思って。ここで働けたらいいなと思いました。",
        "店員さんが楽しそうだなあーって感じて、自分もそうなりたいと思いました。",
    ],
)
def test_spoken_motivation_is_casual(answer: str) -> None:
    assert CASUAL in _codes(answer, "志望動機を教えてください。", company=BAKERY)


def test_a_written_de_after_a_noun_is_not_casual() -> None:
    answer = (
        "地元産小麦にこだわる御社のパンづくりに共感しました。前職は食品工場で、衛生管理を"
        "5年担当し、異物混入ゼロを3年続けました。"
    )
    assert CASUAL not in _codes(answer, "志望動機を教えてください。", company=BAKERY)


@pytest.mark.parametrize(
    "answer",
    [
        "従業員って何人ぐらいいるんですか。",
        "いつからある会社なんすか。",
        "社員数は何人くらいいるんでしょうか。",
    ],
)
def test_casual_headcount_or_founding_is_researchable(answer: str) -> None:
    assert RESEARCHABLE in _codes(answer, "最後に何か質問はありますか。", company=BAKERY)


@pytest.mark.parametrize(
    "answer",
    [
        "冷凍パンの通信販売を始められてから、店舗の皆さんの仕事はどのように変わりましたか。",
        "各店舗の従業員は何人くらいで回しているのでしょうか。",
    ],
)
def test_how_the_work_changed_is_not_researchable(answer: str) -> None:
    assert RESEARCHABLE not in _codes(answer, "最後に何か質問はありますか。", company=BAKERY)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "10年後のあなたはどうなっていたいですか。",
            "今の職場は人手が足りず、毎日のように休日出勤があります。先輩も余裕がなく、質問も"
            "しづらい状態です。まずはこの環境から抜け出したいです。",
        ),
        (
            "入社後の目標を教えてください。",
            "現職では評価の基準が曖昧で、成果を出しても給料が上がりません。一日も早く今の会社を"
            "離れたいと思っています。",
        ),
    ],
)
def test_complaints_and_escape_for_a_plan_are_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


def test_a_plan_that_leaves_the_present_behind_answers() -> None:
    answer = (
        "5年後には、今の営業経験を生かして御社の法人向けサービスの提案チームを率いたいです。"
        "そのために入社後はまず導入支援で現場の課題を学びます。"
    )
    assert OFF not in _codes(answer, "5年後、どのような姿になっていたいですか。")


def test_a_recurring_event_of_the_world_is_no_routine() -> None:
    answer = (
        "物価の上昇です。毎月のように食品の値上げが続いていて、家計への影響が大きいと感じます。"
    )
    assert OFF not in _codes(answer, "最近気になったニュースはありますか。")
