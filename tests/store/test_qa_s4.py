"""Fourth QA pass (s4-qa), below the web: the order of tied causes on /patterns, --db as a
plain file path."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.catalogue import causes
from furikaeri.cli import app as cli
from furikaeri.patterns_report import build_patterns
from furikaeri.store import Store, open_store


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
