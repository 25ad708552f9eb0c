"""Session 12 (answers 2): a strengths question answered with a motivation (years of using the
company's product are a customer's, no work of one's own); others' leaving in an episode (「新人が
もたずに辞めてしまう」) is no reason for leaving; a hardship question answered by naming the thing
(「年度末の決算業務です」); a role held long (「テストの担当が長く」) is no complaint of hours; a
liking (「人と話すのが好きで」) is no act of an episode; evidence never a bare 「はい。」. Sentences
written for these tests, with near-misses that must not fire."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc

OFF = "communication.off_topic"
ABSTRACT = "self_pr.abstract"
BLAME = "negative_reason.blame"
JUDGED = {OFF, ABSTRACT, BLAME}

Q_GOOD = "あなたの強みを教えてください。"
Q_PR = "自己PRをお願いします。"
Q_STUDENT = "学生時代の経験から、あなたの長所を教えてください。"
Q_HARD = "前職で苦労したことは何ですか。"
Q_LEFT = "退職理由を教えてください。"


def _codes(answer: str, question: str, kind: str | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings} & JUDGED


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # a motivation for a strengths question, product used for years
        (
            Q_GOOD,
            "はい。私は高校生の頃から御社の文具を使い続けてきました。ものづくりへの姿勢に共感し、"
            "作る側に回りたいと考えて志望いたしました。",
            {OFF},
        ),
        (
            Q_PR,
            "御社の家計簿アプリを6年間使ってまいりました。今度は提供する側として、"
            "もっと多くの方に届けたいと考え、応募いたしました。",
            {OFF},
        ),
        (
            Q_GOOD,
            "中学生の頃から『ハレノヒ手帳』を毎年買い続けてきました。書く時間を大切にする姿勢に惹かれ、"
            "御社を志望いたしました。",
            {OFF},
        ),
        (
            Q_PR,
            "はい。御社のカフェには大学時代によく通っておりまして、いつか御社で働きたいと思っておりました。",
            {OFF},
        ),
        # near-miss: years of one's own work, closing on the company
        (
            Q_PR,
            "前職では法人向けの保険営業に8年間携わってまいりました。この経験を御社でも活かしたいと考えております。",
            {ABSTRACT},
        ),
        # others quitting in a student episode: on topic
        (
            Q_STUDENT,
            "塾のアルバイトで、講師が半年ともたずに辞めてしまうことが続いていました。私は授業の準備資料を"
            "共有フォルダにまとめ、新しい講師がすぐ使えるようにしました。その結果、翌年は一人も辞めませんでした。",
            set(),
        ),
        # a role named with a condition word (パートリーダー) is no working condition
        (
            Q_STUDENT,
            "合唱部で、新入部員が練習の厳しさから辞めてしまうことが続いていました。私はパートリーダーとして、"
            "練習の最後に一人ずつ良かった点を伝えることにしました。",
            set(),
        ),
        # near-miss: one's own leaving told for a strength
        (
            Q_STUDENT,
            "前の職場は人間関係が合わず、半年で辞めてしまいました。次は長く働ける職場を探しています。",
            {OFF},
        ),
    ],
)
def test_strength_questions(question: str, answer: str, expected: set[str]) -> None:
    assert _codes(answer, question) - ({BLAME} if OFF in expected else set()) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "月末の請求業務です。5人分の入力を3人で回す必要があり、私は手順を見直して入力の順番を決めました。",
            set(),
        ),
        (
            "はい、店舗の改装で、売り場の配置がすべて変わったときですね。新しい配置図を自分で作って共有しました。",
            set(),
        ),
        # near-misses: a success named, or another topic's words
        ("大学で一番楽しかったのは文化祭です。", {OFF}),
        ("粘り強さが私の強みです。どんな仕事でも最後までやり遂げます。", {OFF}),
    ],
)
def test_hardship_named_outright(answer: str, expected: set[str]) -> None:
    assert _codes(answer, Q_HARD) & {OFF} == expected


@pytest.mark.parametrize(
    ("answer", "question", "kind", "expected"),
    [
        (
            "前職では問い合わせ対応の担当が長く、次は企画の仕事に挑戦したいと考えて退職を決めました。",
            Q_PR,
            "self_pr",
            {OFF},
        ),
        (
            "検品の担当期間が長く続いたことで品質を見る目は養えましたが、今後は設計に携わりたいと考えました。",
            Q_LEFT,
            "reason_for_leaving",
            set(),
        ),
        # near-misses: hours and a boss complained of
        (
            "拘束時間が長く、上司も話を聞いてくれなかったので辞めました。",
            Q_LEFT,
            "reason_for_leaving",
            {BLAME},
        ),
    ],
)
def test_tenure_is_no_complaint(answer: str, question: str, kind: str, expected: set[str]) -> None:
    assert _codes(answer, question, kind) - ({ABSTRACT} if OFF in expected else set()) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("私は人に教えるのが好きで、友人ともすぐに打ち解けられました。", {ABSTRACT}),
        ("料理をするのが得意です。家族にもよく喜ばれます。", {ABSTRACT}),
        # near-miss: a liking, then an episode with its result
        (
            "人と話すのが好きで、書店のアルバイトでは常連のお客様に声をかけて好みを聞き、"
            "おすすめの棚を作りました。その結果、棚の売上は2か月で1.5倍になりました。",
            set(),
        ),
    ],
)
def test_liking_is_no_episode(answer: str, expected: set[str]) -> None:
    assert _codes(answer, Q_PR, "self_pr") == expected


@pytest.mark.parametrize(
    ("answer", "opening"),
    [
        ("はい。私の強みは責任感です。", "私の強みは責任感です。"),
        ("えー。はい。御社の理念に共感しております。", "御社の理念に共感しております。"),
        ("はい、私の強みは責任感です。", "はい、私の強みは責任感です。"),
    ],
)
def test_opening_skips_a_bare_reply(answer: str, opening: str) -> None:
    assert [s.text for s in Doc(answer).opening()] == [opening]


def test_evidence_never_a_bare_reply() -> None:
    found = analyze(
        "はい。私は御社の化粧品を10年使ってきました。御社の理念に共感し、志望いたしました。",
        question=Q_GOOD,
    ).findings
    assert found and all(s.text != "はい。" for f in found for s in f.evidence)


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        (
            "前職で一番嬉しかったことは何ですか。",
            "担当していた取引先の方から「あなたのおかげで助かりました」とお電話をいただいたことです。"
            "納品が遅れそうな案件で、倉庫と毎朝連絡を取り合って間に合わせました。",
            set(),
        ),
        (
            "仕事で印象に残っている瞬間を教えてください。",
            "担当していた利用者さんが、初めて一人で歩けたときです。",
            set(),
        ),
        # near-miss: a strengths speech for the same question
        (
            "前職で一番嬉しかったことは何ですか。",
            "私の強みは提案力です。どんなお客様にも合わせた提案ができます。",
            {OFF},
        ),
    ],
)
def test_event_question_answered_by_naming_one(
    question: str, answer: str, expected: set[str]
) -> None:
    assert _codes(answer, question) & {OFF} == expected
