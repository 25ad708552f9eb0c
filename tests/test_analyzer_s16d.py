"""Session 16 (answers, fourth round): a self-introduction that opens with the name alone
(「木村です。」, Sudachi's 人名 and a copula) has opened as 「〜と申します」 does, whatever career
and wish follow. The wish to leave asked (「辞めたいと思ったきっかけは」「…のはなぜですか」) is a
reason-for-leaving question, so the passive of suffering from a coworker is blame for kind other
too. Pay held back (給与の支払いが遅れ, 給料の遅配; [concepts] arrears after [concepts] pay) is a
concrete reason for a short stay, and makes やむを得ず no withheld circumstance. A question on
managing others (topics.toml management) answered with a pastime and none of managing misses it.
Sentences written for these tests, not the dev cases nor the blind files."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
SHORT = "short_tenure.unexplained"
INTRO = "自己紹介をお願いします。"
SHORT_Q = "前職を短期間で辞めた理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "木村です。本日はよろしくお願いいたします。前職では保険会社で事務として働いてきました。"
        "御社では経験を活かして業務改善に関わりたいです。",
        "斎藤です。これまで印刷会社で営業の仕事をしてきました。今後は企画の仕事に挑戦したいです。",
        "藤田です。えっと、ホテルでフロントをやってきました。次は人と長く関われる仕事がしたいです。",
        "はじめまして、村上です。これまで介護施設で働いてきました。御社では在宅介護に関わりたいです。",
    ],
)
def test_a_name_alone_opens_a_self_introduction(answer: str) -> None:
    assert OFF not in _codes(answer, INTRO, "self_intro")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "辞めたいと思ったきっかけは何でしたか。",
            "課長にきつく当たられる毎日で、出勤すること自体がしんどくなりました。",
        ),
        (
            "仕事を辞めたいと思った理由を教えてください。",
            "同じ部署の先輩に冷たくあしらわれ続け、会社に行くのが苦痛になったからです。",
        ),
        (
            "辞めたいと思ったのはなぜですか。",
            "店長からいつも怒鳴られていて、店に立つのがつらくなりました。",
        ),
    ],
)
def test_suffering_from_a_coworker_told_for_the_wish_to_leave_is_blame(
    question: str, answer: str
) -> None:
    assert BLAME in _codes(answer, question, "other")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "辞めたいと思ったきっかけは何でしたか。",
            "先輩に丁寧に教えていただきましたが、より設計に近い仕事がしたいと思うようになりました。",
        ),
        ("辞めたいと思ったことはありますか。", "いいえ、ありません。"),
    ],
)
def test_a_wish_to_leave_without_suffering_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in _codes(answer, question, "other")


@pytest.mark.parametrize(
    "answer",
    [
        "入社4か月目から給料の支払いが遅れるようになり、会社からも説明がなかったため、"
        "やむを得ず退職しました。今回は御社の経営状況も確認したうえで応募しており、長く働きたいと"
        "考えています。",
        "給与の遅配が続き、生活が成り立たなくなったので半年で辞めました。現在は事前に確認した職場で"
        "長く働きたいと考えております。",
    ],
)
def test_pay_held_back_explains_a_short_stay(answer: str) -> None:
    assert SHORT not in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "給料の支払いが遅れたので辞めました。",  # a reason, nothing on the present or future
        "やむを得ず退職しました。今後は長く働きたいと考えています。",  # the circumstance withheld
    ],
)
def test_a_short_stay_still_unexplained(answer: str) -> None:
    assert SHORT in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "前職でのマネジメント経験について教えてください。",
            "マネジメントっていうか、趣味のバスケチームで遠征の宿を取ったりはしてました。",
        ),
        (
            "部下を持った経験はありますか。",
            "休日は地元の草野球チームに入っていて、打ち上げのお店を予約する係です。",
        ),
    ],
)
def test_a_pastime_told_for_management_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question, "other")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "前職でのマネジメント経験について教えてください。",
            "前職では8名の課で主任として、メンバーの進捗管理と月1回の面談を担当していました。",
        ),
        (
            "マネジメントの経験はありますか。",
            "役職としてはありませんが、新人3名の指導を任され、手順書を作って独り立ちまで支えました。",
        ),
        (
            "部下の育成で心がけていたことは何ですか。",
            "趣味の話から入るなど、まず話しやすい関係を作り、後輩が自分で考えられるよう質問を"
            "投げかけるようにしていました。",
        ),
    ],
)
def test_management_told_is_on_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question, "other")
