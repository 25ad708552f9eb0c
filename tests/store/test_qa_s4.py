"""Fourth QA pass (s4-qa), below the web: the order of tied causes on /patterns, --db as a
plain file path, deleting an application, the feedback timing banner by route."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.catalogue import causes
from furikaeri.cli import app as cli
from furikaeri.patterns_report import build_patterns
from furikaeri.store import Store, open_store
from furikaeri.store.models import Application, Notice, Rejection


def test_tied_causes_keep_the_catalogue_order(store: Store) -> None:
    """Causes found as often as each other are listed in the catalogue's order, the same on
    every run (they came from a set, whose order changes with the process's hash seed)."""
    named = ["short_tenure", "reverse_question", "skills", "motivation", "communication"]
    with store.session() as s:
        a = st.create_application(s, company="株式会社ミナトロジ", applied_on="2026-04-01")
        r = st.record_rejection(s, application_id=a.id, stage="書類", date="2026-04-05")
        fr = st.save_feedback_request(
            s, rejection_id=r.id, subject="s", body="b", sent_on="2026-04-05"
        )
        st.record_reply(
            s,
            feedback_request_id=fr.id,
            text="いくつかの点",
            label="feedback",
            causes=named,
            received_on="2026-04-08",
        )
    with store.session(readonly=True) as s:
        trend = build_patterns(s).trend
    catalogue = [c for c in causes() if c in named]
    assert list(trend.totals) == catalogue
    assert list(trend.counts) == catalogue


def test_db_option_takes_a_plain_file_path(tmp_path: Path) -> None:
    """`--db /path/file.sqlite3` (no sqlite:/// prefix) is that SQLite file, not an English
    「Could not parse SQLAlchemy URL」."""
    target = tmp_path / "plain.sqlite3"
    runner = CliRunner()
    result = runner.invoke(cli, ["demo", "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert "Could not parse" not in result.output
    reopened = open_store(f"sqlite:///{target}")
    with reopened.session(readonly=True) as s:
        assert not st.is_empty(s)
    reopened.close()
    backup = runner.invoke(cli, ["backup", str(tmp_path / "copy.sqlite3"), "--db", str(target)])
    assert backup.exit_code == 0, backup.output


def test_deleting_an_application_deletes_its_notices_so_the_mail_imports_again(
    store: Store, tmp_path: Path
) -> None:
    """An application deleted (with its rejection) takes the notices filed under it: the same
    mail imported again is recorded anew, not counted as 「取り込み済み」 with nothing saved,
    and no orphan notice is left for the confirm page."""
    mail = tmp_path / "notice.eml"
    mail.write_bytes(
        (
            "From: jinji@hoshi.example.jp\r\nSubject: 選考結果のご連絡\r\n"
            "Date: Tue, 1 Dec 2026 10:00:00 +0900\r\nMessage-ID: <abc123@hoshi.example.jp>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n山田 太郎 様\n\n株式会社ほしぞら 人事部です。\n"
            "先日は一次面接にお越しいただき、ありがとうございました。\n"
            "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
        ).encode()
    )
    url = str(store.engine.url.render_as_string(hide_password=False))
    runner = CliRunner()
    first = runner.invoke(cli, ["mail", "import", str(mail), "--db", url])
    assert first.exit_code == 0, first.output
    with store.session() as s:
        (app_id,) = s.scalars(select(Application.id)).all()
        st.delete_application(s, app_id)
    with store.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Notice)) == 0
    again = runner.invoke(cli, ["mail", "import", str(mail), "--db", url])
    assert again.exit_code == 0, again.output
    with store.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Rejection)) == 1
        assert s.scalar(select(func.count()).select_from(Notice)) == 1


@pytest.mark.parametrize(
    ("stage", "variant", "days", "wanted", "unwanted"),
    [
        ("書類", "standard", 0, "選考した担当者の記憶", "面接官"),
        ("書類", "standard", 9, "担当者の記憶が薄れ", "面接官"),
        ("一次", "standard", 9, "面接官の記憶が薄れ", "アドバイザー"),
        ("一次", "agent", 9, "日がたっていても頼んでかまいません", "見込みは小さく"),
        ("書類", "agent", 0, "アドバイザー", "面接官"),
    ],
)
def test_the_timing_banner_fits_the_route(
    stage: str, variant: str, days: int, wanted: str, unwanted: str
) -> None:
    """No interviewer to remember after a 書類 rejection; an agent's advisor collects the
    company's comments as routine, so a late request to them is not discouraged."""
    from furikaeri.mail.draft import draft_feedback_request

    today = dt.date(2026, 12, 3)
    draft = draft_feedback_request(
        candidate_name="山田 太郎",
        company="株式会社ほしぞら",
        stage=stage,
        notice_date=today - dt.timedelta(days=days),
        today=today,
        variant=variant,
        agent_name="鈴木",
    )
    assert wanted in draft.timing.message and unwanted not in draft.timing.message


def test_analyze_reads_nul_only_stdin_as_an_empty_answer() -> None:
    result = CliRunner().invoke(cli, ["analyze", "-"], input="\x00\x00")
    assert result.exit_code == 2
    assert "回答が空です" in result.output
