"""A sampler of PostgreSQL's activity beside a benchmark (web_load.py --pg-sample FILE).

Every ``interval`` seconds, one JSON line: the wall time, the machine's run queue
(``procs_running`` of /proc/stat) and load average, every backend of the database that is not
idle (state, wait event, seconds into its query and transaction, the query's start), the
autovacuum workers and analyze/vacuum progress of any database, and the locks not granted.
Read beside the slow requests web_load prints (``slow:`` lines, wall times) to see what the
server was doing during a stall.
"""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

_ACTIVITY = text(
    """
    SELECT pid, backend_type, datname, state, wait_event_type, wait_event,
           extract(epoch FROM now() - query_start) AS query_s,
           extract(epoch FROM now() - xact_start) AS xact_s,
           left(query, 120) AS query
    FROM pg_stat_activity
    WHERE pid <> pg_backend_pid()
      AND ((datname = current_database() AND state IS DISTINCT FROM 'idle')
           OR backend_type LIKE 'autovacuum%')
    """
)
_WAITING_LOCKS = text(
    "SELECT pid, locktype, mode, relation::regclass::text AS relation FROM pg_locks "
    "WHERE NOT granted"
)
_VACUUM = text("SELECT pid, relid::regclass::text AS relation, phase FROM pg_stat_progress_vacuum")
_ANALYZE = text(
    "SELECT pid, relid::regclass::text AS relation, phase FROM pg_stat_progress_analyze"
)


def _run_queue() -> dict[str, Any]:
    stat = Path("/proc/stat").read_text().splitlines()
    running = next((int(line.split()[1]) for line in stat if line.startswith("procs_running")), 0)
    return {"procs_running": running, "load1": float(Path("/proc/loadavg").read_text().split()[0])}


def _rows(conn: Any, query: Any) -> list[dict[str, Any]]:
    return [
        {
            k: (round(float(v), 3) if isinstance(v, float | Decimal) else v)
            for k, v in row._mapping.items()
        }
        for row in conn.execute(query)
    ]


class Sampler:
    """Samples in a daemon thread from start() to stop(), one JSON line a sample."""

    def __init__(self, url: str, out: Path, *, interval: float = 0.2) -> None:
        self.engine = create_engine(url, pool_size=1)
        self.out = out
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.engine.dispose()

    def _loop(self) -> None:
        with self.out.open("a", encoding="utf-8") as out, self.engine.connect() as conn:
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
            while not self._stop.wait(self.interval):
                sample = {"t": round(time.time(), 3), **_run_queue()}
                sample["active"] = _rows(conn, _ACTIVITY)
                sample["waiting_locks"] = _rows(conn, _WAITING_LOCKS)
                sample["vacuum"] = _rows(conn, _VACUUM)
                sample["analyze"] = _rows(conn, _ANALYZE)
                out.write(json.dumps(sample, default=str) + "\n")
                out.flush()
