"""Session 15 (answers2): a workplace judged with no subject named (「ブラックすぎて」) is blame
and no off-topic; leaving named as a point in time (「退職されてから」) asks what came after,
not why; a wish named by a noun (「御社で働くのが夢でした」) is a wish to work there. Sentences
written for these tests, not the dev cases."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("前の職場を辞めた理由は？", "ぶっちゃけ、ひどすぎて無理でした。残業も毎月80時間とかで。"),
        ("退職の理由をお聞かせください。", "正直に申し上げると、理不尽でした。"),
        ("どうして転職を考えたんですか。", "うーん、ブラックすぎて体がもたなかったです。"),
        # time off told as few: a complaint of the conditions, as pay told as low
        (
            "前職を辞めた理由を教えてください。",
            "有給がほとんど取れず、休日も少なくて疲れ切っていました。",
        ),
    ],
)
def test_unsubjected_judgement_is_blame_not_off_topic(question: str, answer: str) -> None:
    codes = _codes(answer, question)
    assert BLAME in codes
    assert OFF not in codes


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a subject named: the judgement is of it, not of the workplace
        (
            "退職理由を教えてください。",
            "当時は体調が最悪でした。今は回復し、医師からも就労の許可を得ています。",
        ),
        # a modifier: one's own fault
        (
            "前職を辞めた理由を教えてください。",
            "契約が更新されなかったのは、自分の力不足のせいです。今は資格の勉強を続けています。",
        ),
        # denied: no judgement told
        (
            "退職理由を教えてください。",
            "よく言われるようなブラックではありませんでした。ただ、より専門性の高い業務に挑戦したいと考えました。",
        ),
        # attributive: a state named
        (
            "転職理由を教えてください。",
            "最悪の事態を防ぐ仕組みづくりに、より深く関わりたいと考えたためです。",
        ),
    ],
)
def test_judgement_of_something_named_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "前職を退職されてから1年空いていますが、その間は何をされていましたか。",
            "知人の店舗からチラシのデザインを請け負っていました。",
        ),
        (
            "前の会社を辞めてから、どう過ごしていましたか。",
            "母の通院に付き添いながら、在宅で翻訳の仕事をしていました。",
        ),
        (
            "現職を離れてからのブランクについて教えてください。",
            "職業訓練でCADを学び、製図の資格を取りました。",
        ),
    ],
)
def test_time_since_leaving_is_no_reason_asked(question: str, answer: str) -> None:
    result = analyze(answer, question=question)
    assert result.kind != "reason_for_leaving"
    assert OFF not in {f.code for f in result.findings}


@pytest.mark.parametrize(
    "question",
    [
        "前職を退職された理由を教えてください。",
        "前の会社を辞めたのはなぜですか。",
        "現職を辞めようと思った理由は？",
    ],
)
def test_reason_for_leaving_still_asked(question: str) -> None:
    assert analyze(
        "営業の経験を活かし、企画にも挑戦したいと考えたためです。", question=question
    ).kind == ("reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "御社のお菓子が子どもの頃から大好きです。いつか御社で働くのが夢でした。",
        "御社の文房具を毎日使っています。御社に入社することが目標です。",
        # として is a particle: the wish is to work there
        "御社の自転車に長年乗っています。御社の社員として働くことが私の夢です。",
    ],
)
def test_product_love_and_a_noun_wish_miss_a_self_pr(answer: str) -> None:
    assert OFF in _codes(answer, "自己PRをお願いします。", "self_pr")


def test_few_overtime_hours_are_no_complaint() -> None:
    answer = (
        "休日出勤は少なく働きやすい職場でしたが、より大きな案件に関わりたいと考え転職を決めました。"
    )
    assert BLAME not in _codes(answer, "転職理由を教えてください。")


def test_a_dream_of_making_things_is_no_wish_to_be_there() -> None:
    answer = (
        "私の強みは継続力です。新しい文房具を作るのが夢で、大学では毎週試作品を作り、"
        "2年間で30点をコンテストに応募して2度入賞しました。"
    )
    assert OFF not in _codes(answer, "自己PRをお願いします。", "self_pr")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "転職をお考えの理由を教えてください。",
            "貴社のような実力主義の会社で、自分の企画力を試したいと考えました。",
        ),
        (
            "なぜ転職しようと思ったのですか。",
            "御社みたいに若手に裁量を任せる環境で、早く一人前になりたいと思ったからです。",
        ),
    ],
)
def test_company_named_as_a_likeness_is_a_reason_told_forward(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


def test_company_addressed_for_a_reason_for_leaving_is_still_off_topic() -> None:
    answer = "御社の『まちナビ』に魅力を感じ、その企画に携わりたいと考えて志望いたしました。"
    assert OFF in _codes(answer, "前職を退職された理由を教えてください。")
