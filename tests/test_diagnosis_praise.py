"""Company praise outranks a guess about the same point (QA P2 #9): when the reply praises
the candidate's episodes or numbers, the diagnosis no longer calls the self-PR abstract as a
cause that stands out; it keeps the analyzer's finding as a small clue under the company's
praise. Any praise wording the reply reader recognises counts, not one sentence."""

from __future__ import annotations

import pytest

from furikaeri.diagnosis import AnswerInput, ReplyInput, diagnose
from furikaeri.mail.reply import classify_reply

ABSTRACT_PR = AnswerInput(
    "あなたの強みを教えてください。", "私の強みはコミュニケーション能力です。責任感も強いです。"
)
SELF_CHECK = {"self_pr.episode": "no", "self_pr.numbers": "no"}


def _reply(text: str) -> ReplyInput:
    result = classify_reply(text)
    return ReplyInput(result.label, tuple(result.causes), text)


def _cause(result: object, cid: str) -> object:
    return next(c for c in result.causes if c.id == cid)  # type: ignore[attr-defined]


# Praise for episodes, numbers, results or the strength itself, in the wordings the reply
# reader recognises (高く評価, 好印象, 素晴らし, 印象に残, 伝わってきました, 感心, 申し分ない…).
PRAISE_OF_THE_SELF_PR = [
    "法人営業での実績を具体的な数字で話されていた点は高く評価している。",
    "前職での具体的なエピソードを交えてお話しいただき、好印象でした。",
    "ご自身の強みを数字を用いて説明されていた点は素晴らしかったです。",
    "売上を伸ばした経験談は印象に残っております。",
    "チームで成果を出された経緯がよく伝わってまいりました。",
    "数値を挙げて成果をご説明いただいたことに感心いたしました。",
    "ご自身の強みについては申し分ございません。",
    "定量的に実績をお話しされる姿勢は、面接官一同評価しておりました。",
]


@pytest.mark.parametrize("text", PRAISE_OF_THE_SELF_PR)
@pytest.mark.parametrize("self_check", [{}, SELF_CHECK])
def test_praise_of_the_self_pr_keeps_it_from_standing_out(
    text: str, self_check: dict[str, str]
) -> None:
    reply = f"山田様\n\nご連絡ありがとうございます。\n{text}\n今後のご活躍をお祈り申し上げます。"
    result = diagnose(answers=[ABSTRACT_PR], self_check=self_check, replies=[_reply(reply)])
    self_pr = _cause(result, "self_pr")
    assert "self_pr" not in [c.id for c in result.controllable]
    assert self_pr in result.minor  # the guess is still shown, as a small clue
    first = self_pr.evidence[0]  # type: ignore[attr-defined]
    assert first.source == "praise" and first.detail and first.detail in text
    assert "会社の見方を優先" in first.message


def test_without_the_praise_the_abstract_self_pr_stands_out() -> None:
    result = diagnose(answers=[ABSTRACT_PR], self_check=SELF_CHECK)
    assert "self_pr" in [c.id for c in result.controllable]


@pytest.mark.parametrize(
    "text",
    [
        "明るい印象で、弊社の雰囲気に合う方だと感じました。",
        "身だしなみや言葉遣いも申し分ございませんでした。",
    ],
)
def test_praise_of_something_else_leaves_the_self_pr_finding(text: str) -> None:
    result = diagnose(answers=[ABSTRACT_PR], self_check=SELF_CHECK, replies=[_reply(text)])
    assert "self_pr" in [c.id for c in result.controllable]
    assert all(e.source != "praise" for e in _cause(result, "self_pr").evidence)  # type: ignore[attr-defined]


def test_a_self_pr_the_company_criticises_stays_the_companys_point() -> None:
    text = (
        "実績は高く評価しておりました。\n"
        "一方で、ご自身の強みについてはエピソードが抽象的で、伝わりにくい印象でした。"
    )
    result = diagnose(answers=[ABSTRACT_PR], replies=[_reply(text)])
    assert _cause(result, "self_pr").level == "reply"  # type: ignore[attr-defined]


def test_praise_of_a_point_nothing_faulted_adds_no_clue() -> None:
    text = "具体的なエピソードを交えてお話しいただき、好印象でした。"
    result = diagnose(replies=[_reply(text)])
    assert _cause(result, "self_pr").evidence == ()  # type: ignore[attr-defined]
    assert result.praise and not result.minor


def test_company_comments_an_agent_forwards_count_like_a_reply() -> None:
    """The comments quoted in an agent's notice are read as the diagnosis reads them."""
    from furikaeri.mail.contacts import company_comments

    notice = (
        "山田 太郎 様\n\nいつもお世話になっております。マイナビエージェントの高橋です。\n"
        "大変残念ながら、今回はお見送りとのことです。\n\n"
        "企業からのコメント：『法人営業での実績を具体的な数字で話されていた点は高く評価している。"
        "一方で、当社の目指す方向性とは少し異なると感じた。』\n\n"
        "マイナビエージェント キャリアアドバイザー 高橋 由美\n"
    )
    comments = company_comments(notice)
    assert comments
    result = diagnose(answers=[ABSTRACT_PR], self_check=SELF_CHECK, replies=[_reply(comments)])
    assert "self_pr" not in [c.id for c in result.controllable]
    assert _cause(result, "culture_fit").level == "reply"  # type: ignore[attr-defined]
