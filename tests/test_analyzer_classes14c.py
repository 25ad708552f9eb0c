"""Three classes of answers (branch s14-answers3): why one changes trade, answered with what
one saw and now wants to do at this company (the pull is the reason asked: on topic); a short
stay at an earlier workplace asked of (「前々職が…か月」「2社目の期間が…」), filed as other, and
answered evasively (unexplained); a weakness asked and a strength offered instead, after the
question asked back (「短所、ですか。長所でしたら…」). Sentences written for these tests, none
taken from the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc, asks_back

OFF = "communication.off_topic"
TENURE = "short_tenure.unexplained"


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        (
            "栄養士から食品メーカーの商品開発へ移ろうと考えた理由を教えてください。",
            "病院の給食で10年間献立を作り、減塩食を残す患者さんを多く見てきました。"
            "おいしく続けられる減塩の商品を自分で形にしたいと思い、御社の開発職に応募しました。",
            False,
        ),
        (
            "ホテルの接客からWebマーケティングに転身しようと思ったのはなぜですか。",
            "予約サイト経由のお客様が年々増え、集客の仕組みそのものに関心を持つようになりました。"
            "御社で宿泊施設の集客支援に携わりたいと考えています。",
            False,
        ),
        (
            "事務職から営業職に転向された理由をお聞かせください。",
            "営業担当の見積書を作る中で、お客様と直接話して提案する側に回りたいと思うように"
            "なりました。",
            False,
        ),
        # the same questions answered with something else entirely
        (
            "ホテルの接客からWebマーケティングに転身しようと思ったのはなぜですか。",
            "休日は釣りに出かけることが多く、去年は大きな鯛を釣り上げました。",
            True,
        ),
        (
            "事務職から営業職に転向された理由をお聞かせください。",
            "私の強みは几帳面さです。書類の誤字を一つも見逃さないと言われます。",
            True,
        ),
    ],
)
def test_change_of_trade_answered_by_its_pull(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question)) is off


@pytest.mark.parametrize(
    ("question", "answer", "kind", "unexplained"),
    [
        (
            "職務経歴書では前々職が3か月となっていますが、何があったのでしょうか。",
            "まあ、いろいろとございまして、最終的には自分で決めました。",
            "other",
            True,
        ),
        (
            "3社目の在籍が2か月ですね。どういった経緯でしょうか。",
            "ちょっと、諸事情がありまして、という感じです。",
            None,
            True,
        ),
        (
            "前々職が半年ほどで終わっていますが、理由を伺えますか。",
            "入社直後に母が入院し、介護のために退職しました。現在は母も施設に入り落ち着いたので、"
            "今後は腰を据えて経理の専門性を高めていきたいと考えています。",
            "other",
            False,
        ),
        # a span of months that is no stay at a workplace
        (
            "大学でのインターン期間は何か月でしたか。",
            "6か月です。週3日、物流会社の倉庫管理システムの改修を手伝いました。",
            "other",
            False,
        ),
    ],
)
def test_short_stay_asked_of_an_earlier_workplace(
    question: str, answer: str, kind: str | None, unexplained: bool
) -> None:
    assert (TENURE in _codes(answer, question, kind)) is unexplained


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        (
            "あなたの弱みは何ですか。",
            "弱み、ですか。あの、強みなら計画性だと思っております。",
            True,
        ),
        (
            "ご自身の短所を教えてください。",
            "短所ですか……。えっと、長所であれば、誰とでもすぐ打ち解けられるところです。",
            True,
        ),
        # the question asked back, then the weakness told
        (
            "ご自身の短所を教えてください。",
            "短所ですか。そうですね、優柔不断なところです。昼食の店を決めるのにも迷ってしまうので、"
            "今は3分で決めると時間を区切っています。",
            False,
        ),
        # the strength named as the weakness's other side
        (
            "あなたの弱みは何ですか。",
            "弱みは完璧主義なところです。資料を直しすぎて締め切りぎりぎりになることがあります。"
            "強みでもありますが、今は8割の出来で一度見せるようにしています。",
            False,
        ),
        # both asked, both told
        (
            "長所と短所を教えてください。",
            "長所なら行動の早さ、短所はそれで確認を飛ばしがちなところです。",
            False,
        ),
    ],
)
def test_weakness_asked_strength_offered(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question)) is off


def test_strength_offered_is_the_evidence() -> None:
    found = analyze(
        "弱み、ですか。あの、強みなら計画性だと思っております。",
        question="あなたの弱みは何ですか。",
    )
    (off,) = [f for f in found.findings if f.code == OFF]
    assert [e.text for e in off.evidence] == ["強みなら"]


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("短所、ですか。", True),
        ("失敗談ですか……。", True),
        ("弱み、でございますか。", True),
        ("私の短所ですか。", True),
        ("短所は心配性なところですか。", False),  # a statement with its doubt, not an echo
        ("そうですか。", False),
        ("心配性です。", False),
    ],
)
def test_question_asked_back(sentence: str, back: bool) -> None:
    assert asks_back(sentence) is back


def test_asked_back_is_not_the_opening() -> None:
    doc = Doc("短所ですか。えー、心配性なところです。")
    assert [s.text for s in doc.asked_back()] == ["短所ですか。"]
    assert doc.opening()[0].text == "えー、心配性なところです。"
