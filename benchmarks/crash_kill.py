"""kill -9 the server in the middle of writes, again and again: afterwards the SQLite database
passes `PRAGMA integrity_check` and holds every write the server acknowledged.

A client thread posts new applications to a real `furikaeri serve` as fast as it answers and
notes each one acknowledged (303 See Other); the main thread kills the server with SIGKILL at
random moments and starts it again on the same port. The suite runs 5 kills
(tests/test_crash.py); this script runs 50 by default.
The last line is JSON: {"kills", "acknowledged", "lost", "integrity", "attempts"}.
Run: .venv/bin/python benchmarks/crash_kill.py [--kills 50]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from bench_support import free_port


def start(db: Path, port: int, data_dir: Path) -> subprocess.Popen[bytes]:
    """Start the server and wait until it answers; started again if it exits early (the port
    of a killed server can take a moment to be free)."""
    exe = Path(sys.executable).with_name("furikaeri")
    cmd = [str(exe), "serve", "--no-browser", "--port", str(port), "--db", f"sqlite:///{db}"]
    env = {**os.environ, "FURIKAERI_DATA_DIR": str(data_dir)}
    env.pop("FURIKAERI_PASSWORD", None)
    log = data_dir / "server.log"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        with log.open("ab") as err:
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=err)
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                url = f"http://127.0.0.1:{port}/static/app.css"
                if httpx.get(url, timeout=1).status_code == 200:
                    return proc
            except httpx.HTTPError:
                time.sleep(0.1)
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"the server did not start: {log.read_text(errors='replace')[-2000:]}")


class Writer(threading.Thread):
    """Posts applications named crash-N; ``acked`` holds each N the server confirmed."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base, self.acked, self.attempts = base, [], 0
        self.stop = threading.Event()

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            try:
                with httpx.Client(base_url=self.base, timeout=10) as client:
                    page = client.get("/analyze").text
                    token = re.search(r'name="csrf-token" content="([^"]+)"', page)
                    while not self.stop.is_set():
                        n += 1
                        self.attempts += 1
                        form = {
                            "company": f"crash-{n}",
                            "csrf_token": token.group(1) if token else "",
                        }
                        answer = client.post("/applications", data=form)
                        if answer.status_code == 303:
                            self.acked.append(n)
            except httpx.HTTPError:
                time.sleep(0.05)  # the server is down: try again once it is back


def run(kills: int, tmp: Path, *, seed: int = 0) -> dict[str, Any]:
    rng = random.Random(seed)
    db, port = tmp / "crash.sqlite3", free_port()
    server = start(db, port, tmp)
    writer = Writer(f"http://127.0.0.1:{port}")
    writer.start()
    try:
        for _ in range(kills):
            time.sleep(rng.uniform(0.2, 0.8))
            os.kill(server.pid, signal.SIGKILL)
            server.wait()
            server = start(db, port, tmp)
        time.sleep(0.3)
    finally:
        writer.stop.set()
        writer.join(timeout=30)
        server.terminate()
        server.wait(timeout=30)
    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        stored = {row[0] for row in conn.execute("SELECT company FROM applications")}
    lost = [n for n in writer.acked if f"crash-{n}" not in stored]
    return {
        "kills": kills,
        "acknowledged": len(writer.acked),
        "lost": len(lost),
        "integrity": integrity,
        "attempts": writer.attempts,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="furikaeri-crash-") as tmp:
        print(json.dumps(run(args.kills, Path(tmp), seed=args.seed)))


if __name__ == "__main__":
    main()
