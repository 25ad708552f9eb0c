"""Evaluation sheets laid out in columns, without colons (「項目　　評価　コメント」 between rules
of ━ or ─): each field line is a sentence of its own and the rules are none; a good grade mark
(◎ ○) against an item is praise, not a cause."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import split_sentences

RULE = "━━━━━━━━━━━━━━━━"
COLUMNS = (
    "一次面接の評価を共有いたします。\n"
    f"{RULE}\n"
    "第一印象　　　　Ｂ　落ち着いた話し方\n"
    "退職理由　　　　Ｄ　現職の待遇への不満ばかりが語られた\n"
    "業界理解　　　　Ａ　当社の競合との違いまでよく調べていた\n"
    f"{RULE}\n"
    "以上です。"
)


def test_column_lines_are_sentences_and_rules_are_none() -> None:
    said = [original for original, _ in split_sentences(COLUMNS, items=True)]
    assert "退職理由　　　　Ｄ　現職の待遇への不満ばかりが語られた" in said
    assert "業界理解　　　　Ａ　当社の競合との違いまでよく調べていた" in said
    assert not any("━" in s for s in said)


def test_column_sheet_names_each_fields_own_cause() -> None:
    reply = classify_reply(COLUMNS)
    assert reply.label == "feedback"
    assert reply.causes == ["negative_reason"]
    assert reply.sentences["negative_reason"].startswith("退職理由")


def test_rules_and_columns_leave_plain_prose_alone() -> None:
    body = "先日はありがとうございました。\n面接官の所感としては、\n結論から話していただけると\nより伝わりやすかったとのことです。"
    said = [original for original, _ in split_sentences(body, items=True)]
    assert len(said) == 2


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a column sheet under a rule of ─, the grade a letter
        (
            "所見\n──────────\n言葉遣い　　　Ｄ　友人と話すような口調が目立った\n"
            "専門性　　　　Ａ　設計の実務経験が豊富\n──────────",
            ["manners"],
        ),
        # a sheet of tabs
        ("評価\n志望理由\tC\tどの会社にも言える内容だった\n人柄\tA\t誠実", ["motivation"]),
        # the items graded well, the decision comparative
        (
            f"{RULE}\n自己PR　　A　数字を交えたエピソードがあった\n{RULE}\n"
            "今回は他の候補者の方を採用することになりました。",
            ["relative"],
        ),
    ],
)
def test_column_sheets(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "・逆質問：入社後の研修について踏み込んだ質問があり◎\n・志望動機：他の会社でも言える内容で△",
            ["motivation"],
        ),
        (
            "・退職理由：前職での経験を踏まえて前向きに語られ○\n・在籍期間：×　1年未満の転職が3回",
            ["short_tenure"],
        ),
        ("面接評価\n・人柄：〇　明るい\n・専門知識：〇　基礎は押さえている\n・身だしなみ：◎", []),
    ],
)
def test_good_grade_marks_praise(body: str, causes: list[str]) -> None:
    reply = classify_reply(body)
    assert reply.label == "feedback"
    assert reply.causes == causes


def test_placeholder_circles_are_no_grade() -> None:
    # 「○○様」 is a name left out, no good grade: the frame after it still counts
    reply = classify_reply(
        "○○様の志望動機は、どの会社にも当てはまる内容で、当社を選ぶ理由が見えませんでした。"
    )
    assert reply.causes == ["motivation"]


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a fault denied as a negative evaluation: cleared, whatever its topic
        (
            "転職回数が多いことはマイナス評価にはなっておりません。今回は他の方とのご縁となりました。",
            ["relative"],
        ),
        (
            "言葉遣いについてマイナスの評価は一切ございません。志望動機がやや抽象的でした。",
            ["motivation"],
        ),
        # not denied: still a cause
        ("一年未満での退職が続いている点がマイナス評価となりました。", ["short_tenure"]),
    ],
)
def test_negative_evaluation_denied(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


def test_praise_given_as_the_reason_of_a_regret_names_no_fault() -> None:
    # 「ご経歴は魅力的でしたので、残念です」: the regret is for the praised point, no lack
    reply = classify_reply(
        "ご経歴は大変魅力的でしたから、心苦しいです。社内の方針と、ご希望の働き方が合いませんでした。"
    )
    assert "skills" not in reply.causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the interviewer's question quoted: its words name no cause, the answer's manner does
        (
            "「転職を考えたきっかけは？」とお聞きした際、話があちこちに飛び結論が見えませんでした。",
            ["communication"],
        ),
        # what was asked is the point when only the answer is said to be missing
        (
            "「数ある商社の中でなぜ当社なのか」とお尋ねした際、明確なお答えがありませんでした。",
            ["motivation"],
        ),
        # the candidate's own question quoted is no interviewer's question
        ("「有給は取りやすいですか」というご質問ばかりでした。", ["reverse_question"]),
    ],
)
def test_interviewers_question_quoted(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the company's way set against the wish by よりも, the wish told as the stronger one
        (
            "弊社が重んじるチームワークよりも、ご自身のペースで専門を極めたいというお気持ちが強いように感じました。",
            ["culture_fit"],
        ),
        # a gap named by 合致しない
        (
            "現場での接客が中心の職種で、企画に携わりたいというご希望とは合致しませんでした。",
            ["culture_fit"],
        ),
        # near miss: the company's level set against the candidate's experience is no wish
        ("当社が求める水準よりも、ご経験がやや浅いと感じました。", ["skills"]),
    ],
)
def test_culture_fit_contrasts(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


def test_what_the_company_wanted_to_hear_is_a_frame() -> None:
    # 〜いただきたかった: what was missing, as 〜ほしかった is
    reply = classify_reply(
        "数ある証券会社の中でなぜ弊社なのか、もう少し掘り下げたご説明をいただきたかったです。"
    )
    assert reply.causes == ["motivation"]


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "最後まで残ったもうお一方が同業での経験をお持ちで、最終的にそちらを優先させていただきました。",
            ["relative"],
        ),
        (
            "同じ時期に面接を受けていた方が、募集の要件により近いという判断になりました。",
            ["relative"],
        ),
        # near miss: the reader's own act (いただいた方が) is advice, no other person
        (
            "結論から話していただいた方が、当社にはより伝わりやすかったと思います。",
            ["communication"],
        ),
    ],
)
def test_relative_another_person_preferred(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("正直なところ、ほかの物流会社でも実現できるお話に聞こえました。", ["motivation"]),
        # near miss: the reader able to do well elsewhere is praise
        (
            "他の会社でも十分活躍できる方だと感じました。今回は採用枠の都合で見送りとなりました。",
            ["relative"],
        ),
    ],
)
def test_achievable_elsewhere_heard(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes
