"""Hostile import files: each is refused with one message naming the record and field, and
nothing is written. Files are created owner-only."""

from __future__ import annotations

import copy
import json
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from furikaeri import store as svc
from furikaeri.errors import FurikaeriError
from furikaeri.store import Store, open_store
from furikaeri.transfer import TransferError, export_file, import_data, import_file


def _set(table: str, field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        doc["tables"][table][0][field] = value

    return change


def _dup(doc: dict[str, Any]) -> None:
    apps = doc["tables"]["applications"]
    apps.append(copy.deepcopy(apps[0]))


def _nested(doc: dict[str, Any]) -> None:
    deep: Any = "x"
    for _ in range(200):
        deep = [deep]
    doc["tables"]["replies"][0]["causes"] = deep


CASES: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("string id", _set("applications", "id", "1"), "applications の 1 件目"),
    ("float id", _set("applications", "id", 1.5), "id"),
    ("NaN id", _set("applications", "id", float("nan")), "id"),
    ("huge id", _set("applications", "id", 10**30), "範囲外"),
    ("zero id", _set("applications", "id", 0), "範囲外"),
    ("bool id", _set("applications", "id", True), "id"),
    ("null company", _set("applications", "company", None), "company"),
    ("integer company", _set("applications", "company", 7), "文字列ではありません"),
    ("integer date", _set("applications", "applied_on", 20260401), "applied_on"),
    ("bad date", _set("applications", "applied_on", "2026-13-40"), "applied_on"),
    ("unknown status", _set("applications", "status", "hired"), "使えない値"),
    ("5 MB company", _set("applications", "company", "株" * 5_000_000), "200 文字まで"),
    ("bad foreign key", _set("interviews", "application_id", 999), "id 999 の記録がありません"),
    ("missing user", _set("applications", "user_id", 77), "users に id 77"),
    ("duplicate id", _dup, "同じ id が二度"),
    ("nested JSON", _nested, "入れ子が深すぎます"),
    ("hidden user", _set("users", "handle", "someone"), "handle"),
    ("list for a row", lambda d: d["tables"]["applications"].__setitem__(0, [1]), "applications"),
    ("bool flag as text", _set("action_items", "done", "yes"), "done"),
    # PostgreSQL cannot store NUL: refused with the field named, on both databases (s4-qa)
    ("NUL in a name", _set("applications", "company", "株式会社\x00ミナト"), "company: NUL 文字"),
]


@pytest.mark.parametrize(("name", "change", "needle"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_refused_and_nothing_is_written(
    store: Store, demo_export: dict[str, Any], tmp_path: Path, name: str, change: Any, needle: str
) -> None:
    doc = copy.deepcopy(demo_export)
    change(doc)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(TransferError, match=needle):
        import_file(store, path)
    with store.session(readonly=True) as s:
        assert svc.is_empty(s)


def test_deeply_nested_json_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(FurikaeriError):
        import_file(store, path)


def test_the_valid_file_still_imports(store: Store, demo_export: dict[str, Any]) -> None:
    with store.session() as s:
        counts = import_data(s, copy.deepcopy(demo_export))
    assert counts["applications"] == 5


def test_export_into_an_existing_file_makes_it_owner_only(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "shared.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    export_file(store, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_sqlite_files_are_created_owner_only_wherever_db_points(tmp_path: Path) -> None:
    where = tmp_path / "elsewhere"
    where.mkdir(mode=0o755)
    opened = open_store(f"sqlite:///{where / 'mine.sqlite3'}")
    opened.close()
    assert stat.S_IMODE((where / "mine.sqlite3").stat().st_mode) == 0o600


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(["users", "applications", "interviews", "qas", "replies"]),
    field=st.sampled_from(["id", "user_id", "company", "date", "status", "text", "result", "x"]),
    value=json_values,
)
def test_any_value_anywhere_is_a_clear_error_or_a_valid_import(
    store: Store, demo_export: dict[str, Any], table: str, field: str, value: Any
) -> None:
    doc = copy.deepcopy(demo_export)
    doc["tables"][table][0][field] = value
    try:
        with store.session() as s:
            import_data(s, doc)
    except FurikaeriError:
        return
    with store.session() as s:  # it was valid: empty the database for the next example
        for model in reversed(svc.__dict__["User"].metadata.sorted_tables):
            s.execute(model.delete())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_any_bytes_as_a_file_is_a_clear_error(store: Store, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "any.json"
    path.write_bytes(raw)
    with pytest.raises(FurikaeriError):
        import_file(store, path)
