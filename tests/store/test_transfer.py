"""Export → import → export is identical (every route, unusual but valid values, a file saved
again with a BOM); bad files and non-empty databases are refused; an export interrupted leaves
the earlier file whole, and a report is written whole and owner-only."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from store_support import companies
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.cli import app
from furikaeri.demo import load_demo
from furikaeri.diagnosis import diagnose_interview
from furikaeri.store import Store, open_store
from furikaeri.transfer import (
    FORMAT,
    VERSION,
    TransferError,
    dumps,
    export_data,
    export_file,
    import_data,
    import_file,
)

TODAY = dt.date(2026, 6, 1)


def _filled(store: Store) -> None:
    with store.session() as s:
        load_demo(s, today=TODAY)
    diagnose_interview(store, 2, save=True)  # a JSON column with nested data


def test_round_trip_is_identical(
    store: Store, migrated_url: Callable[[str], str], tmp_path: Path
) -> None:
    _filled(store)
    first = tmp_path / "first.json"
    export_file(store, first)
    data = json.loads(first.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == (FORMAT, VERSION)
    assert len(data["tables"]["applications"]) == 5
    assert first.stat().st_mode & 0o077 == 0  # personal data: owner only

    target = open_store(migrated_url("copy"))
    import_file(target, first)
    second = tmp_path / "second.json"
    export_file(target, second)
    assert second.read_bytes() == first.read_bytes()

    with target.session() as s:  # ids keep counting after the imported ones
        app = st.create_application(s, company="新しい会社", today=TODAY)
        assert app.id == 6
        assert st.get_interview(s, 2).application.company == "株式会社あおば食品"
    target.close()


def test_import_refuses_a_non_empty_database(store: Store) -> None:
    _filled(store)
    with store.session(readonly=True) as s:
        data = export_data(s)
    with pytest.raises(st.NotEmpty, match="空のデータベース"), store.session() as s:
        import_data(s, data)


@pytest.mark.parametrize(
    ("doc", "needle"),
    [
        ({"format": FORMAT, "version": 2, "tables": {}}, "バージョン 2"),
        ({"format": "other", "version": 1, "tables": {}}, "書き出しファイルではありません"),
        ([1, 2], "書き出しファイルではありません"),
        ({"format": FORMAT, "version": 1, "schema": "0001"}, "tables"),
        ({"format": FORMAT, "version": 1, "schema": "0001", "tables": {"secrets": []}}, "secrets"),
        (
            {
                "format": FORMAT,
                "version": 1,
                "schema": "0001",
                "tables": {"users": [{"id": 1, "x": 2}]},
            },
            "知らない項目",
        ),
        ({"format": FORMAT, "version": 1, "schema": "9999", "tables": {}}, "9999"),
    ],
)
def test_incompatible_files_are_refused_clearly(store: Store, doc: object, needle: str) -> None:
    with pytest.raises(TransferError, match=needle), store.session() as s:
        import_data(s, doc)
    with store.session(readonly=True) as s:
        assert st.is_empty(s)


def test_broken_json_file(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TransferError, match="JSON として読めません"):
        import_file(store, bad)


def test_empty_database_exports_a_valid_document(store: Store) -> None:
    with store.session(readonly=True) as s:
        text = dumps(export_data(s))
    assert json.loads(text)["tables"]["applications"] == []


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_sqlite_export_moves_to_postgresql_unchanged(
    migrated_url: Callable[[str], str], tmp_path: Path
) -> None:
    source = open_store(f"sqlite:///{tmp_path / 'laptop.sqlite3'}")
    _filled(source)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    export_file(source, first)
    source.close()
    target = open_store(migrated_url("server"))
    import_file(target, first)
    export_file(target, second)
    target.close()
    assert second.read_bytes() == first.read_bytes()


runner = CliRunner()


# --- export / import with every route, unusual but valid values, and a BOM -------------------


def _every_route(url: str) -> None:
    """An agent application passed 一次 and 二次 and rejected at 最終 with the advisor's reply;
    a direct one rejected at 書類; values with emoji, a right-to-left mark, a long answer."""
    import datetime as dt

    from furikaeri.intake import RejectionReport, record_reported_rejection

    day = dt.date.today() - dt.timedelta(days=30)
    opened = open_store(url)
    with opened.session() as s:
        agent = st.create_application(
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
            iv = st.add_interview(
                s, application_id=agent.id, stage=stage, date=day + dt.timedelta(days=5 * (n + 1)),
                result=result, impression="\u200fمرحبا と挨拶された😀",
            )  # fmt: skip
        st.add_qa(
            s, interview_id=iv.id, question="自己PRをお願いします。", answer="粘り強さ。" * 4000
        )
        rejection = st.record_rejection(
            s, application_id=agent.id, interview_id=iv.id, date=day + dt.timedelta(days=16)
        )
        request = st.save_feedback_request(
            s, rejection_id=rejection.id, subject="コメントのお願い", body="鈴木様\n\nよろしくお願いいたします。",
            variant="agent", sent_on=day + dt.timedelta(days=16),
        )  # fmt: skip
        st.record_reply(
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
    assert sorted(companies(copy)) == ["株式会社ほしぞら", "株式会社みなと精機"]


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
