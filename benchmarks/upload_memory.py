"""Peak memory of `furikaeri serve` under parallel oversized uploads (issue 7: the middleware
used to buffer 10 MB per request; 20 parallel uploads left the server at 425 MB).

Starts the real server on a free port with a scratch database, sends N parallel 10 MB uploads
(with Content-Length, and streamed without it), and prints the server's peak resident memory
before and after, in one run. Linux only (reads /proc)."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

PARALLEL = 20
SIZE = 10 * 1024 * 1024


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _peak_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _upload(port: int, chunked: bool, statuses: list[int]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": "x"}
    body = b"a" * SIZE
    try:
        if chunked:
            pieces = iter([body[i : i + 65536] for i in range(0, SIZE, 65536)])
            conn.request("POST", "/analyze", body=pieces, headers=headers, encode_chunked=True)
        else:
            conn.request("POST", "/analyze", body=body, headers=headers)
        statuses.append(conn.getresponse().status)
    except OSError:
        statuses.append(0)  # the server may close early: that is a refusal too
    finally:
        conn.close()


def main() -> None:
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "FURIKAERI_DATA_DIR": tmp}
        cmd = [sys.executable, "-m", "furikaeri", "serve", "--no-browser", "--port", str(port),
               "--db", f"sqlite:///{tmp}/bench.sqlite3"]  # fmt: skip
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
            before = _peak_kib(proc.pid)
            results: dict[str, object] = {}
            for chunked in (False, True):
                statuses: list[int] = []
                threads = [
                    threading.Thread(target=_upload, args=(port, chunked, statuses))
                    for _ in range(PARALLEL)
                ]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                name = "chunked" if chunked else "content_length"
                results[name] = {
                    "statuses": sorted(set(statuses)),
                    "peak_rss_mib": round(_peak_kib(proc.pid) / 1024, 1),
                }
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    summary = {"parallel": PARALLEL, "upload_mib": SIZE // 2**20}
    summary.update(peak_rss_mib_idle=round(before / 1024, 1), **results)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
