"""`furikaeri practice` through the real CLI (CliRunner), then the database reopened and checked."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from store_support import clean_output, fresh_db
from typer.testing import CliRunner

from furikaeri import cli_practice
from furikaeri.cli import app
from furikaeri.store import open_store
from furikaeri.store.models import PracticeAttempt, PracticeSession

runner = CliRunner()
ABSTRACT_PR = "私の強みはコミュニケーション能力です。誰とでもすぐに打ち解けられます。"
EPISODE_PR = (
    "私の強みは調整力です。前職で営業と開発の意見が対立した際、双方に聞き取りを行い、"
    "週1回の定例会を提案しました。その結果、納期遅れが月5件から1件に減りました。"
)


def _rows(db_url: str) -> tuple[list[PracticeSession], list[PracticeAttempt]]:
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        sessions = list(s.scalars(select(PracticeSession)))
        attempts = list(s.scalars(select(PracticeAttempt).order_by(PracticeAttempt.id)))
        s.expunge_all()
    opened.close()
    return sessions, attempts


def test_a_terminal_session_answer_retry_follow_up_quit(db_url: str) -> None:
    typed = "\n".join(
        [
            ABSTRACT_PR,
            "",
            "y",  # retry once
            EPISODE_PR,
            "",
            "/skip",  # the follow-up
            "/quit",
        ]
    )
    result = runner.invoke(
        app,
        ["practice", "--cause", "self_pr", "--audience", "mid_career", "--db", db_url],
        input=typed + "\n",
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "いちばん直したい点" in out and "書き直しのヒント" in out
    assert "直りました" in out  # the retry compared with the first try
    assert "深掘りの質問" in out
    assert "練習のまとめ" in out

    sessions, attempts = _rows(db_url)
    assert len(sessions) == 1 and sessions[0].status == "finished"
    assert sessions[0].causes == ["self_pr"]
    assert [(a.attempt_no, a.answer) for a in attempts] == [(1, ABSTRACT_PR), (2, EPISODE_PR)]
    assert attempts[1].retry_of_id == attempts[0].id
    assert attempts[0].analysis["findings"][0]["code"] == "self_pr.abstract"
    assert sessions[0].items[1]["source"] == "followup"


def test_an_empty_input_ends_the_session_cleanly_and_keeps_nothing(db_url: str) -> None:
    """QA P3: an empty session is not saved (it said 「0問に答えました。記録しました」)."""
    result = runner.invoke(app, ["practice", "start", "--db", db_url], input="")
    assert result.exit_code == 0, result.output
    assert "記録しませんでした" in result.output and "0問に答えました" not in result.output
    sessions, attempts = _rows(db_url)
    assert sessions == [] and attempts == []


def test_a_refused_answer_is_asked_again_and_nothing_half_stored(db_url: str) -> None:
    typed = "\n".join(["hello world this is english", "", "/quit"])
    result = runner.invoke(
        app, ["practice", "start", "--cause", "motivation", "--db", db_url], input=typed + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "日本語の回答を入力してください" in result.output
    _, attempts = _rows(db_url)
    assert attempts == []


def test_bad_options_are_refused_in_japanese(db_url: str) -> None:
    for count in ("20", "0"):  # 0 was silently taken as 5
        result = runner.invoke(app, ["practice", "start", "--count", count, "--db", db_url])
        assert result.exit_code == 2
        assert "5〜10問" in result.output
    result = runner.invoke(app, ["practice", "start", "--application", "99", "--db", db_url])
    assert result.exit_code == 2  # a bad option, as --count (s12-qa: the web form says it too)
    assert "見つかりません" in result.output
    sessions, _ = _rows(db_url)
    assert sessions == []


def test_history_lists_sessions_and_attempts(db_url: str) -> None:
    runner.invoke(
        app,
        ["practice", "--cause", "self_pr", "--db", db_url],
        input=f"{ABSTRACT_PR}\n\nn\n/quit\n",
    )
    result = runner.invoke(app, ["practice", "history", "--json", "--db", db_url])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["status"] == "finished"
    assert rows[0]["attempts"][0]["findings"] == ["self_pr.abstract"]
    text = runner.invoke(app, ["practice", "history", "--db", db_url]).output
    assert "指摘 1件" in text
    assert "終了 回答 1件" in text and "finished" not in text  # QA P3: no raw status


def test_a_time_limit_is_kept_and_the_answer_time_recorded(db_url: str) -> None:
    result = runner.invoke(
        app,
        ["practice", "start", "--cause", "self_pr", "--time-limit", "90", "--db", db_url],
        input=f"{ABSTRACT_PR}\n\nn\n/quit\n",
    )
    assert result.exit_code == 0, result.output
    assert "制限時間 90秒" in result.output
    sessions, attempts = _rows(db_url)
    assert sessions[0].time_limit_s == 90
    assert attempts[0].elapsed_s is not None and attempts[0].elapsed_s >= 0
    result = runner.invoke(app, ["practice", "start", "--time-limit", "7", "--db", db_url])
    assert result.exit_code == 2 and "制限時間" in result.output


def test_practice_history_on_a_new_database_says_there_is_nothing_yet(tmp_path: Path) -> None:
    """The first command a user runs on a fresh database may be a read-only one."""
    result = CliRunner().invoke(app, ["practice", "history", "--db", fresh_db(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "まだ練習の記録がありません" in clean_output(result)


def _typed_then_ctrl_c(answers: list[str | None]) -> Iterator[str | None]:
    yield from answers
    raise KeyboardInterrupt


@pytest.mark.parametrize("answered", [0, 1], ids=["before-any-answer", "after-one-answer"])
def test_ctrl_c_in_practice_ends_it_as_quit_does(
    db_url: str, monkeypatch: pytest.MonkeyPatch, answered: int
) -> None:
    """Ctrl+C at a question left the session 途中 for ever (the CLI has no way back into it),
    an empty one cluttering `practice history`; now it ends as /quit: the answers given kept,
    none recorded when there were none, and a word said."""
    typed = _typed_then_ctrl_c([EPISODE_PR] * answered)
    monkeypatch.setattr(cli_practice, "_read_answer", lambda console: next(typed))
    result = runner.invoke(
        app, ["practice", "start", "--cause", "self_pr", "--db", db_url], input="n\n"
    )
    assert result.exit_code == 130, result.output
    assert "中断しました" in result.output and "Traceback" not in result.output
    sessions, attempts = _rows(db_url)
    if answered:
        assert [s.status for s in sessions] == ["finished"]
        assert [a.answer for a in attempts] == [EPISODE_PR]
    else:
        assert sessions == [] and "記録しませんでした" in result.output


def test_a_time_limit_not_offered_names_the_ones_that_are(db_url: str) -> None:
    """「制限時間は一覧から選んでください」 named a list the terminal never showed."""
    result = runner.invoke(app, ["practice", "start", "--time-limit", "7", "--db", db_url])
    assert result.exit_code == 2
    assert "60・90・120・180秒" in result.output
