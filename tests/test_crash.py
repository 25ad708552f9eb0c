"""kill -9 of a real server during a write loop, five times: the database is intact and every
acknowledged write is there (benchmarks/crash_kill.py runs the same with 50 kills)."""

from __future__ import annotations

import sys
from pathlib import Path

from support import migrated_sqlite

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def test_five_kills_lose_no_acknowledged_write(tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from crash_kill import run  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BENCHMARKS))
    migrated_sqlite(tmp_path / "crash.sqlite3")  # the kills are about writes, not migrations
    result = run(5, tmp_path, seed=11)
    assert result["integrity"] == "ok"
    assert result["acknowledged"] > 0
    assert result["lost"] == 0, result
