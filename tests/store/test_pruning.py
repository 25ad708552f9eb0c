"""What is never needed again is removed on write paths: one-time form tokens older than
FORM_TOKEN_DAYS when a form is claimed, and stale validated-data stamps when a new one is
written (the quick path that reads a stamp removes nothing)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from furikaeri import store as st
from furikaeri.catalogue import STAMP_KEPT_DAYS, checked_data, load_data
from furikaeri.store import FormToken, Store
from furikaeri.store.notices import FORM_TOKEN_DAYS


def test_claiming_a_form_token_removes_the_old_ones(store: Store) -> None:
    now = dt.datetime(2026, 12, 1, 12, 0)
    with store.session() as session:
        for days, token in ((FORM_TOKEN_DAYS + 5, "old"), (FORM_TOKEN_DAYS - 1, "recent")):
            row = st.claim_form_token(session, token, now=now - dt.timedelta(days=days))
            assert row is not None
            row.created_at = now - dt.timedelta(days=days)
    with store.session() as session:
        assert st.claim_form_token(session, "new", now=now) is not None
    with store.session(readonly=True) as session:
        left = set(session.scalars(select(FormToken.token)))
        assert left == {"recent", "new"}
        # A resubmitted recent form still finds where it led.
        assert st.used_form_token(session, "recent") == ""


def test_reading_never_prunes(store: Store) -> None:
    with store.session() as session:
        row = st.claim_form_token(session, "old")
        assert row is not None
        row.created_at = dt.datetime(2000, 1, 1)
    with store.session(readonly=True) as session:
        assert st.used_form_token(session, "old") == ""
        assert session.scalar(select(func.count(FormToken.id))) == 1


SCHEMA = "furikaeri.analyzer.schema:KindsData"


def _aged(path: Path, days: float) -> Path:
    path.write_text("{}", encoding="utf-8")
    then = time.time() - days * 86400
    os.utime(path, (then, then))
    return path


def test_writing_a_stamp_prunes_the_file_s_stale_stamps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FURIKAERI_CACHE_DIR", str(tmp_path))
    folder = tmp_path / "validated"
    folder.mkdir()
    stale = _aged(folder / "kinds.toml.0123456789abcdef", STAMP_KEPT_DAYS + 1)
    recent = _aged(folder / "kinds.toml.fedcba9876543210", 1)  # another install's, in use
    other = _aged(folder / "topics.toml.0123456789abcdef", STAMP_KEPT_DAYS + 30)
    left_tmp = _aged(folder / "kinds.toml.abc.999.tmp", 1)
    assert checked_data("kinds.toml", SCHEMA) == load_data("kinds.toml")  # writes a stamp
    names = {p.name for p in folder.iterdir()}
    assert stale.name not in names and left_tmp.name not in names
    assert {recent.name, other.name} <= names  # recent, or another file's: kept
    written = names - {recent.name, other.name}
    assert len(written) == 1 and written.pop().startswith("kinds.toml.")
    # Reading the stamp (the quick path) removes nothing.
    again = _aged(folder / "kinds.toml.1111111111111111", STAMP_KEPT_DAYS + 1)
    assert checked_data("kinds.toml", SCHEMA) == load_data("kinds.toml")
    assert again.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux rule")
@pytest.mark.parametrize("xdg", ["", "/tmp/xdg-cache"])
def test_the_cache_dir_is_platformdirs_without_importing_it(
    xdg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    from furikaeri.catalogue import cache_dir

    monkeypatch.delenv("FURIKAERI_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == Path(platformdirs.user_cache_dir("furikaeri", appauthor=False))
