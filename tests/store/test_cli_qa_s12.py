"""QA session 12: CLI commands interrupted (Ctrl+C), through CliRunner, the database reopened."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_cli_practice import EPISODE_PR, _rows
from typer.testing import CliRunner

from furikaeri import cli_practice, store
from furikaeri.cli import app
from furikaeri.store import open_store

runner = CliRunner()


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


ESCAPED_MAIL = (
    "From: hr@hoshizora.example.jp\n"
    "Subject: =?utf-8?B?6YG46ICD57WQ5p6c?=\x07\n"
    "Date: Thu, 03 Dec 2026 10:00:00 +0900\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "山田様\n\n株式会社\x1b[31mほしぞら人事部です。\n"
    "誠に残念ながら、今回はご期待に添いかねる結果となりました。\n\n株式会社\x1b[31mほしぞら 人事部\n"
).encode()


def test_a_mail_with_control_characters_is_imported_without_them(
    db_url: str, tmp_path: Path
) -> None:
    """An escape sequence in a notice went into the company name (and from there to every
    terminal table and mail subject); the names check now refuses one, so it must not reach
    it: decoded mail text keeps no control character but tab, line breaks and form feed."""
    from furikaeri.mail.parse import parse_message

    parsed = parse_message(ESCAPED_MAIL)
    assert "\x1b" not in parsed.body_text and "\x07" not in (parsed.subject or "")
    mail = tmp_path / "notice.eml"
    mail.write_bytes(ESCAPED_MAIL)
    result = runner.invoke(app, ["mail", "import", str(mail), "--db", db_url])
    assert result.exit_code == 0, result.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        companies = [a.company for a in store.list_applications(s)]
    opened.close()
    assert companies == ["株式会社[31mほしぞら"]  # visible text, harmless: the escape is gone


# --- backup and restore with file names a user may give --------------------------------------


def _companies(url: str) -> list[str]:
    opened = open_store(url)
    with opened.session(readonly=True) as s:
        names = [a.company for a in store.list_applications(s)]
    opened.close()
    return names


@pytest.mark.parametrize("name", ["backup#1.sqlite3", "bk?x.sqlite3", "50% 完了.sqlite3"])
def test_a_backup_whose_name_has_uri_characters_restores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The backup was opened as 「file:backup#1.sqlite3?mode=ro」: read up to the # (a
    fragment), a good backup was refused as 「furikaeri のデータベースではありません」, and an
    empty file 「backup」 appeared in the working directory."""
    monkeypatch.chdir(tmp_path)
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    opened = open_store(live)
    with opened.session() as s:
        store.create_application(s, company="株式会社かぜ")
    opened.close()
    assert runner.invoke(app, ["backup", name, "--db", live]).exit_code == 0
    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    result = runner.invoke(app, ["restore", name, "--db", fresh, "--yes"])
    assert result.exit_code == 0, result.output
    assert _companies(fresh) == ["株式会社かぜ"]
    assert sorted(p.name for p in tmp_path.iterdir() if "." not in p.name) == []


def test_restoring_a_file_that_is_not_sqlite_says_so_in_japanese(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"\x00\x01 not a database" * 100)
    fresh = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
    result = runner.invoke(app, ["restore", str(junk), "--db", fresh, "--yes"])
    assert result.exit_code == 1
    assert "SQLite のデータベースとして読めません" in result.output
    assert "file is not a database" not in result.output


def test_a_backup_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    """It said 「[Errno 2] No such file or directory: 'nonexist/.x.sqlite3.10221.tmp'」."""
    live = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    open_store(live).close()
    target = tmp_path / "missing" / "copy.sqlite3"
    result = runner.invoke(app, ["backup", str(target), "--db", live])
    assert result.exit_code == 1
    assert "バックアップ先のフォルダがありません" in result.output and ".tmp" not in result.output


# --- export / import with every route, unusual but valid values, and a BOM -------------------


def _every_route(url: str) -> None:
    """An agent application passed 一次 and 二次 and rejected at 最終 with the advisor's reply;
    a direct one rejected at 書類; values with emoji, a right-to-left mark, a long answer."""
    import datetime as dt

    from furikaeri.intake import RejectionReport, record_reported_rejection

    day = dt.date.today() - dt.timedelta(days=30)
    opened = open_store(url)
    with opened.session() as s:
        agent = store.create_application(
            s,
            company="株式会社みなと精機",
            job_title="法人営業 👩‍💼",
            channel="agent",
            agent_name="鈴木",
            agent_company="キャリアリンク株式会社",
            agent_email="suzuki@careerlink.example.jp",
            applied_on=day,
        )
        for n, (stage, result) in enumerate(
            [("一次", "passed"), ("二次", "passed"), ("最終", "rejected")]
        ):
            iv = store.add_interview(
                s, application_id=agent.id, stage=stage, date=day + dt.timedelta(days=5 * (n + 1)),
                result=result, impression="\u200fمرحبا と挨拶された😀",
            )  # fmt: skip
        store.add_qa(
            s, interview_id=iv.id, question="自己PRをお願いします。", answer="粘り強さ。" * 4000
        )
        rejection = store.record_rejection(
            s, application_id=agent.id, interview_id=iv.id, date=day + dt.timedelta(days=16)
        )
        request = store.save_feedback_request(
            s, rejection_id=rejection.id, subject="コメントのお願い", body="鈴木様\n\nよろしくお願いいたします。",
            variant="agent", sent_on=day + dt.timedelta(days=16),
        )  # fmt: skip
        store.record_reply(
            s, feedback_request_id=request.id, label="feedback", causes=["motivation"],
            text="企業様より「志望動機が弱い」とのコメントがありました。",
        )  # fmt: skip
        record_reported_rejection(
            s,
            RejectionReport(company="株式会社ほしぞら", stage="書類", date=day,
                            body="書類選考の結果、誠に残念ながら今回はご期待に添いかねる結果となりました。"),
        )  # fmt: skip
    opened.close()


def test_every_route_exports_imports_and_exports_the_same_even_with_a_bom(tmp_path: Path) -> None:
    """The export opened and saved again in Windows' メモ帳 starts with a UTF-8 BOM: it was
    refused in English (「Unexpected UTF-8 BOM (decode using utf-8-sig)」)."""
    source = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _every_route(source)
    first = tmp_path / "first.json"
    assert runner.invoke(app, ["export", str(first), "--db", source]).exit_code == 0
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + first.read_bytes())
    copy = f"sqlite:///{tmp_path / 'copy.sqlite3'}"
    result = runner.invoke(app, ["import", str(bom), "--db", copy])
    assert result.exit_code == 0, result.output
    second = tmp_path / "second.json"
    assert runner.invoke(app, ["export", str(second), "--db", copy]).exit_code == 0
    assert second.read_bytes() == first.read_bytes()
    assert sorted(_companies(copy)) == ["株式会社ほしぞら", "株式会社みなと精機"]


@pytest.mark.parametrize("command", [["plan"], ["demo"], ["diagnose", "1"], ["export", "-"]])
def test_a_db_that_is_not_sqlite_or_is_a_folder_is_said_in_japanese(
    tmp_path: Path, command: list[str]
) -> None:
    """「file is not a database」「unable to open database file」 were printed as SQLite
    said them."""
    text = tmp_path / "notes.sqlite3"
    text.write_text("応募のメモ\n" * 100, encoding="utf-8")
    result = runner.invoke(app, [*command, "--db", str(text)])
    assert result.exit_code == 2, result.output
    assert "SQLite のデータベースとして読めません" in result.output
    assert text.read_text(encoding="utf-8") == "応募のメモ\n" * 100  # untouched
    folder = tmp_path / "folder"
    folder.mkdir()
    result = runner.invoke(app, [*command, "--db", f"sqlite:///{folder}"])
    assert result.exit_code == 2, result.output
    assert "フォルダー" in result.output and "unable to open" not in result.output


def test_an_export_interrupted_leaves_the_earlier_export_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`furikaeri export backup.json` truncated last week's good backup before writing the new
    one: a Ctrl+C (or a full disk) part-way left an empty or half file and no backup."""
    from furikaeri import transfer

    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    _every_route(url)
    target = tmp_path / "backup.json"
    assert runner.invoke(app, ["export", str(target), "--db", url]).exit_code == 0
    good = target.read_bytes()

    def interrupted(data: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(transfer, "dumps", interrupted)
    result = runner.invoke(app, ["export", str(target), "--db", url])
    assert result.exit_code != 0
    assert target.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.json", "live.sqlite3"]


def test_a_report_is_written_whole_and_owner_only(tmp_path: Path) -> None:
    import stat

    url = f"sqlite:///{tmp_path / 'live.sqlite3'}"
    _every_route(url)
    out = tmp_path / "report.html"
    assert runner.invoke(app, ["report", "-o", str(out), "--db", url]).exit_code == 0
    assert out.read_text(encoding="utf-8").rstrip().endswith("</html>")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_time_limit_not_offered_names_the_ones_that_are(db_url: str) -> None:
    """「制限時間は一覧から選んでください」 named a list the terminal never showed."""
    result = runner.invoke(app, ["practice", "start", "--time-limit", "7", "--db", db_url])
    assert result.exit_code == 2
    assert "60・90・120・180秒" in result.output
