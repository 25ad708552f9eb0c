"""The feedback request from the CLI and the core, as QA found it (qa-report 2026-12-02): the
thanks-only draft for a notice that answers no questions (P2 #3), an agent's quoted company
comments and signature (P2 #4), whole-word quotes and the drafts' Japanese (P3)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from mail_samples import JST, make_mail
from support import agent_comments_notice, migrated_sqlite, no_questions_notice
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app
from furikaeri.mail.check import check_mail
from furikaeri.mail.contacts import agent_contact, company_comments, no_disclosure
from furikaeri.mail.draft import draft_feedback_request

runner = CliRunner()

NO_QUESTIONS = no_questions_notice("山田 太郎")
AGENT_COMMENTS = agent_comments_notice("山田 太郎")


def _draft_json(tmp_path: Path, notice: str, *extra: str) -> dict[str, object]:
    path = tmp_path / "notice.txt"
    path.write_text(notice, encoding="utf-8")
    args = ["mail", "draft", "--name", "山田太郎", "--notice", str(path), "--json", *extra]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


# --- P2 #3 ------------------------------------------------------------------------------------


def test_the_cli_drafts_thanks_only_for_a_notice_that_answers_no_questions(tmp_path: Path) -> None:
    data = _draft_json(tmp_path, NO_QUESTIONS)
    body = str(data["body"])
    assert data["variant"] == "thanks" and data["subject"] == "面接のお礼（山田太郎）"
    assert "至らなかった点" not in body and "課題" not in body and "お教え" not in body
    assert "最終面接では、貴重なお時間をいただき、誠にありがとうございました" in body
    assert "貴社で働きたいという思いで" in body  # the wish to have joined
    assert "貴社のますますのご発展を心よりお祈り申し上げます" in body  # best wishes
    assert check_mail(f"件名: {data['subject']}\n\n{body}") == []
    notes = " ".join(map(str, data["notes"]))  # type: ignore[call-overload]
    assert "お礼だけ" in notes and "10社に1社" not in notes
    # The request is still there when asked for.
    asked = _draft_json(tmp_path, NO_QUESTIONS, "--variant", "standard")
    assert "至らなかった点" in str(asked["body"])


def test_the_cli_prints_the_thanks_only_draft(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NO_QUESTIONS, encoding="utf-8")
    result = runner.invoke(app, ["mail", "draft", "--name", "山田太郎", "--notice", str(path)])
    assert result.exit_code == 0, result.output
    assert "面接のお礼（山田太郎）" in result.output and "至らなかった点" not in result.output


@pytest.mark.parametrize("stage", ["一次", "書類"])
def test_the_thanks_only_mail_passes_its_own_check(stage: str) -> None:
    d = draft_feedback_request(
        candidate_name="山田太郎", company="株式会社ほしぞら", variant="thanks", stage=stage,
        notice_date=date(2026, 11, 20), today=date(2026, 11, 23), candidate_email="t@example.jp",
    )  # fmt: skip
    assert check_mail(d.as_text()) == []
    assert "至らなかった点" not in d.body and ("面接" in d.body) == (stage != "書類")


# --- P2 #4 ------------------------------------------------------------------------------------


def test_the_cli_thanks_the_advisor_for_comments_already_sent(tmp_path: Path) -> None:
    data = _draft_json(tmp_path, AGENT_COMMENTS)
    body = str(data["body"])
    assert data["variant"] == "agent"
    assert body.startswith("高橋様")  # 姓 only
    assert "先方からのコメントをお知らせいただき、ありがとうございました" in body
    assert "共有していただけないでしょうか" not in body and "確認していただけ" not in body
    assert check_mail(f"件名: {data['subject']}\n\n{body}") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (AGENT_COMMENTS, "志望動機が当社でなければならない理由として伝わらなかった。また逆質問"),
        (
            "【企業様からのフィードバック】\n・人柄は好印象\n・経験年数が要件に届かず\n\n以上です。",
            "人柄は好印象。経験年数が要件に届かず。",
        ),
        (
            "先方から以下のコメントをいただいております。\n\n転職理由が前職への不満に聞こえた。\n\n引き続きよろしくお願いします。",
            "転職理由が前職への不満に聞こえた。",
        ),
        ("■お見送りの理由\n求める経験とのマッチ度\n\n佐藤", "求める経験とのマッチ度。"),
    ],
)
def test_company_comments_are_read_from_an_agents_notice(text: str, expected: str) -> None:
    found = company_comments(text)
    assert found is not None and found.startswith(expected)


@pytest.mark.parametrize(
    "text",
    [
        NO_QUESTIONS,
        "選考の理由についてのお問い合わせにはお答えできません。",
        "以下に転送いたします。\n\n> 今回はご期待に沿いかねる結果となりました。",
    ],
)
def test_a_notice_without_quoted_comments_has_none(text: str) -> None:
    assert company_comments(text) is None


def test_the_agent_company_and_address_come_from_the_signature() -> None:
    found = agent_contact(AGENT_COMMENTS)
    assert (found.company, found.email) == ("マイナビエージェント", "takahashi@agent2.example.jp")
    above = "本文です。\n\n株式会社キャリアリンク\nキャリアアドバイザー 佐藤 健\nMail: sato@careerlink.example.jp\n"
    found = agent_contact(above)
    assert (found.company, found.email) == ("株式会社キャリアリンク", "sato@careerlink.example.jp")


def test_importing_an_agents_notice_keeps_the_agent_company_and_address(tmp_path: Path) -> None:
    raw = make_mail(
        subject="一次面接の結果について", body=AGENT_COMMENTS, msgid="agent-comments",
        sender="マイナビエージェント", date=datetime(2026, 11, 20, 10, 0, tzinfo=JST),
    )  # fmt: skip
    path = tmp_path / "a.eml"
    path.write_bytes(raw)
    db = migrated_sqlite(tmp_path / "m.sqlite3")
    result = runner.invoke(app, ["mail", "import", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    opened = store.open_store(db)
    with opened.session(readonly=True) as s:
        (application,) = store.list_applications(s)
        assert application.channel == "agent" and application.agent_name == "高橋"
        assert application.agent_company == "マイナビエージェント"
        assert application.agent_email  # the sender's, or the signature's
    opened.close()


# --- P3: whole-word quotes and the drafts' Japanese --------------------------------------------


def test_the_no_disclosure_quote_ends_on_a_whole_word() -> None:
    assert no_disclosure(NO_QUESTIONS) == [
        "選考の経緯や理由に関するお問い合わせにはお答えいたしかねます"
    ]


def test_the_standard_draft_has_no_overlong_sentence() -> None:
    d = draft_feedback_request(
        candidate_name="山田太郎", company="株式会社ふじみ精工", stage="一次"
    )
    longest = max(re.split(r"(?<=。)|\n", d.body), key=len)
    assert len(longest) <= 65, longest


def test_the_agent_draft_reads_naturally_and_names_the_advisor_by_surname() -> None:
    d = draft_feedback_request(
        candidate_name="山田太郎", company="株式会社ふじみ精工", stage="一次", variant="agent",
        agent_name="鈴木 一郎", agent_company="キャリアブリッジ株式会社",
    )  # fmt: skip
    assert d.body.startswith("キャリアブリッジ株式会社\n鈴木様\n")
    assert "株式会社ふじみ精工の先日の" not in d.body  # の twice
    for sentence in re.split(r"(?<=。)", d.body):
        assert sentence.count("いただける") + sentence.count("いただけ") <= 1, sentence
    assert check_mail(d.as_text()) == []


def test_an_unspaced_advisor_name_is_cut_to_the_surname() -> None:
    d = draft_feedback_request(
        candidate_name="山田太郎",
        company="株式会社ふじみ精工",
        variant="agent",
        agent_name="高橋由美",
    )
    assert d.body.startswith("高橋様\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NO_QUESTIONS, True),
        (AGENT_COMMENTS, True),
        ("山田様\n\n慎重に選考を重ねました結果、今回はご期待に沿いかねる結果となりました。", False),
        ("  \n", False),
    ],
)
def test_no_request_needed_is_remembered_by_text_and_stays_bounded(
    text: str, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dashboard asks it of the week's notices on every view: the answer is remembered by
    a digest of the text (the same answer, asked again or after the memory was emptied), and
    the memory does not grow past its bound."""
    from furikaeri.mail import request

    monkeypatch.setattr(request, "_REMEMBERED", 16)  # the bound, small enough to reach
    request._ANSWERS.clear()
    assert request.no_request_needed(text) is expected
    assert request.no_request_needed(text) is expected
    assert len(request._ANSWERS) == (1 if text.strip() else 0)
    for n in range(request._REMEMBERED + 5):
        request.no_request_needed(f"山田様\n\n今回は見送らせていただきます。{n}")
    assert len(request._ANSWERS) <= request._REMEMBERED
    assert request.no_request_needed(text) is expected
