"""Export → import → export is identical; bad files and non-empty databases are refused."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from furikaeri import store as st
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
