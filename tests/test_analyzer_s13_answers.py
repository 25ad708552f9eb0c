"""Session 13 (s13-answers): a self-PR answered with what one loves of the company and wants to
make there is a motivation, off-topic (cross/misses._owned_then_wished, _told_apart); why a
job was chosen answered with why this company, nothing of the job, is off-topic ([chosen]); a
question that names the company applied to (「なぜ〇〇なのですか」) asks the motivation
(questions/owner.named_as_own). Sentences written for these tests, none taken from the
evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.questions.owner import named_as_own

OFF = "communication.off_topic"
GENERIC = "motivation.generic"

BAKERY = {
    "name": "株式会社こむぎ舎",
    "profile": "首都圏でベーカリー28店を運営。国産小麦100%の食パン「ひだまり食パン」が看板商品。"
    "理念は「毎朝の食卓に焼きたてを」。",
}
TRAVEL = {
    "name": "たびまど株式会社",
    "profile": "地方の小さな宿の予約サイト「たびまど」を運営。掲載宿は全国1200軒。宿の主人が書く"
    "紹介記事が特徴。",
}

PR = "自己PRをお願いします。"


def _codes(question: str, kind: str | None, answer: str, company: dict | None = None) -> set[str]:
    found = analyze(answer, question=question, kind=kind, company=company).findings
    return {f.code for f in found}


@pytest.mark.parametrize(
    ("answer", "company"),
    [
        (
            "高校生の頃から「ひだまり食パン」が朝の楽しみで、毎朝のように食べていました。貴社の"
            "パンは素朴なのに飽きない味で、いつか自分もそんなパンを開発してみたいと考えています。",
            BAKERY,
        ),
        (
            "御社の予約サイトで旅先の宿を探していて、宿のご主人の記事に心を動かされました。次は"
            "私が、地方の宿の魅力を伝える記事を一緒に作っていきたいです。",
            TRAVEL,
        ),
    ],
)
def test_self_pr_told_as_a_motivation_is_off_topic(answer: str, company: dict) -> None:
    assert OFF in _codes(PR, "self_pr", answer, company)


@pytest.mark.parametrize(
    "answer",
    [
        # an episode of one's own before the company's product: a self-PR
        "私の強みは段取り力です。文化祭の実行委員で出店の準備表を作り、前日の作業を半分に減らし"
        "ました。貴社の店舗運営でもこの段取り力を活かしたいです。",
        "前職の販売では、売れ残りを減らすために焼成の時間帯を店長に提案し、廃棄を3割減らしました"
        "。貴社の店舗でも、この改善の経験を活かしたいと考えております。",
    ],
)
def test_self_pr_with_an_episode_and_the_company_is_on_topic(answer: str) -> None:
    assert OFF not in _codes(PR, "self_pr", answer, BAKERY)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "なぜ販売職を希望されているのですか。",
            "貴社は首都圏で店舗数を伸ばしており、将来性があると感じました。見学した店舗のスタッフの"
            "方も明るく、雰囲気が良かったです。",
        ),
        (
            "どうして企画職なのでしょうか。",
            "御社は業界でも知名度が高く、残業も少ないと伺いました。長く安心して働けると思いました。",
        ),
    ],
)
def test_job_choice_answered_with_this_company_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(question, None, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "なぜ販売職を希望されているのですか。",
            "御社の店舗でアルバイトをしたとき、お客様に合うパンをおすすめして喜ばれたことが販売の"
            "仕事を目指すきっかけになりました。",
        ),
        (
            "どうして企画職なのでしょうか。",
            "学生時代にゼミで地域の祭りの集客を考え、来場者を倍にできたことから、人を呼ぶ仕組みを"
            "考える企画の仕事がしたいと思うようになりました。",
        ),
    ],
)
def test_job_choice_answered_with_the_job_is_on_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(question, None, answer)


@pytest.mark.parametrize(
    ("question", "name", "read"),
    [
        ("数ある会社の中で、なぜこむぎ舎なのですか。", "株式会社こむぎ舎", "なぜ当社なのですか"),
        ("なぜ南浜信用金庫を選ばれたのですか。", "南浜信用金庫", "なぜ当金庫を選ばれた"),
        ("なぜ当社なのですか。", "株式会社こむぎ舎", "なぜ当社なのですか"),
    ],
)
def test_the_company_named_in_the_question_is_read_as_its_own(
    question: str, name: str, read: str
) -> None:
    assert read in (named_as_own(question, name) or "")


def test_a_question_naming_the_company_asks_the_motivation() -> None:
    answer = (
        "パン業界はこれからも需要が続く分野だと思います。御社は勢いがあり、社名も親しみやすく、"
        "若いうちから挑戦できる環境だと感じました。"
    )
    assert GENERIC in _codes(
        "数あるパン屋さんの中で、なぜこむぎ舎なのですか。", None, answer, BAKERY
    )
    specific = (
        "実家の近くの店で「ひだまり食パン」を知り、国産小麦だけで毎朝焼きたてを届ける考えに"
        "共感しました。毎朝の食卓に焼きたてをという理念のもとで、店舗の製造に携わりたいです。"
    )
    assert GENERIC not in _codes("なぜこむぎ舎なのですか。", None, specific, BAKERY)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # an impression of the product, in casual words, answers what it was like to use it
        (
            "当社の予約サイトを使ってみて、いかがでしたか。",
            "いや、めっちゃ見やすいなって思いました。宿の写真が多くて、もう他のサイトには戻れないです。",
        ),
        # an episode of one's own told in casual grammar (〜たんすよ) is an episode all the same
        (
            "学生時代に力を入れたことを教えてください。",
            "えっと、塾のバイトで、生徒の宿題忘れが多かったんで、自分でチェック表作ったんすよ。"
            "そしたら提出率が半分から9割まで上がりました。",
        ),
    ],
)
def test_casual_answers_on_the_question_are_on_topic(question: str, answer: str) -> None:
    codes = _codes(question, None, answer, TRAVEL)
    assert OFF not in codes
    assert "manners.casual_language" in codes
