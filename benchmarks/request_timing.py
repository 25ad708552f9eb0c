"""Where a page's time goes inside the server under concurrent clients, per request.

Seeds --sizes databases (as benchmarks/web_load.py does) and serves each from a child process
of this script running the app under uvicorn with probes added (nothing in the app changes):
- ``queue_ms``: from the request reaching the app to its view starting in a worker thread (the
  event loop's middleware, and the wait for one of the thread pool's tokens);
- ``view_ms`` and ``view_cpu_ms``: the view's wall time and its thread's CPU time; the
  difference is time the thread was runnable but not running (the GIL, the machine) or waiting
  (SQLite locks, the pool);
- ``sql_ms`` (statements, wall), ``render_ms`` (Jinja), ``connect_ms`` (pool checkouts);
- ``send_ms``: from the view's return to the last body byte handed to the server; ``kb``.
Then --clients clients drive each page for --seconds, the sizes alternated, --rounds times.
Prints, per size and page, the client's p50/p95 and the medians (and means) of each part.

Run: PYTHONPATH=src .venv/bin/python benchmarks/request_timing.py [--sizes 100,1000]
     [--pages static,dashboard] [--seconds 5] [--rounds 2] [--clients 20] [--out FILE.jsonl]
"""

from __future__ import annotations

import argparse
import asyncio
import contextvars
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_record: contextvars.ContextVar[dict[str, Any] | None] = contextvars.ContextVar(
    "record", default=None
)


def _add(key: str, value: float) -> None:
    record = _record.get()
    if record is not None:
        record[key] = record.get(key, 0.0) + value


class Probe:
    """Outermost ASGI wrapper: one record per request, written as a JSON line."""

    def __init__(self, app: Any, out: Any) -> None:
        self.app, self.out = app, out

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record: dict[str, Any] = {"path": scope["path"], "arrived": time.perf_counter()}
        _record.set(record)
        size = [0]

        async def counted(message: Any) -> None:
            if message["type"] == "http.response.body":
                size[0] += len(message.get("body", b""))
                if not message.get("more_body"):
                    record["ended"] = time.perf_counter()
            await send(message)

        await self.app(scope, receive, counted)
        record["bytes"] = size[0]
        self.out.write(json.dumps(record) + "\n")


def _patch_threadpool() -> None:
    """The view's start, end and thread CPU time (FastAPI runs sync views this way)."""
    import fastapi.routing
    from starlette.concurrency import run_in_threadpool

    async def timed(func: Any, *args: Any, **kwargs: Any) -> Any:
        def inner() -> Any:
            started, cpu = time.perf_counter(), time.thread_time()
            _add("view_started", started)
            try:
                return func(*args, **kwargs)
            finally:
                _add("view_cpu_s", time.thread_time() - cpu)
                _add("view_done", time.perf_counter())

        return await run_in_threadpool(inner)

    fastapi.routing.run_in_threadpool = timed  # type: ignore[assignment]


def _patch_sql(engine: Any) -> None:
    from sqlalchemy import event

    started: dict[int, float] = {}

    def before(conn: Any, *_: Any) -> None:
        started[id(conn)] = time.perf_counter()

    def after(conn: Any, *_: Any) -> None:
        _add("sql_s", time.perf_counter() - started.pop(id(conn), time.perf_counter()))
        _add("statements", 1)

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", after)
    pool = engine.pool
    checkout = pool.connect

    def timed_connect() -> Any:
        begun = time.perf_counter()
        try:
            return checkout()
        finally:
            _add("connect_s", time.perf_counter() - begun)

    pool.connect = timed_connect


def _patch_render() -> None:
    import jinja2

    render = jinja2.Template.render

    def timed(template: jinja2.Template, *args: Any, **kwargs: Any) -> str:
        begun = time.perf_counter()
        try:
            return render(template, *args, **kwargs)
        finally:
            _add("render_s", time.perf_counter() - begun)

    jinja2.Template.render = timed  # type: ignore[method-assign]


def serve(url: str, port: int, data_dir: str, out_path: str) -> None:
    """The child process: the app with the probes, under uvicorn (as `furikaeri serve` runs
    it: one process, the app's own thread limit)."""
    import uvicorn

    from furikaeri.settings import get_settings
    from furikaeri.web.app import create_app

    _patch_threadpool()
    _patch_render()
    app = create_app(get_settings(database_url=url, data_dir=Path(data_dir)))
    _patch_sql(app.state.store.engine)
    with open(out_path, "a", encoding="utf-8", buffering=1) as out:
        uvicorn.run(Probe(app, out), host="127.0.0.1", port=port, log_level="warning")


def parts(record: dict[str, Any]) -> dict[str, float]:
    """A record's parts in ms (a request with no view, the static file, has queue and send
    only from the app's arrival to its end)."""
    ms = {"total_ms": 1000 * (record["ended"] - record["arrived"]), "kb": record["bytes"] / 1024}
    if "view_started" in record:
        ms["queue_ms"] = 1000 * (record["view_started"] - record["arrived"])
        ms["view_ms"] = 1000 * (record["view_done"] - record["view_started"])
        ms["send_ms"] = 1000 * (record["ended"] - record["view_done"])
        for key in ("view_cpu_s", "sql_s", "render_s", "connect_s"):
            ms[key.replace("_s", "_ms")] = 1000 * record.get(key, 0.0)
        ms["statements"] = record.get("statements", 0)
    return ms


def summarise(records: list[dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Median and mean of each part."""
    rows = [parts(r) for r in records if "ended" in r]
    keys = sorted({k for row in rows for k in row})
    found = {}
    for key in keys:
        values = [row[key] for row in rows if key in row]
        found[key] = {
            "median": round(statistics.median(values), 2),
            "mean": round(statistics.fmean(values), 2),
        }
    return found


def _start(url: str, tmp: Path, out: Path) -> tuple[subprocess.Popen[bytes], str]:
    import httpx
    from bench_support import free_port

    port = free_port()
    cmd = [sys.executable, __file__, "--serve", url, str(port), str(tmp), str(out)]
    proc = subprocess.Popen(cmd)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/static/app.css", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start")


def _read(out: Path, since: float) -> list[dict[str, Any]]:
    """Records whose request arrived after ``since`` (the server's perf_counter is the
    machine's monotonic clock, shared by both processes)."""
    lines = out.read_text(encoding="utf-8").splitlines()
    return [r for r in map(json.loads, lines) if r["arrived"] >= since]


def _drive(servers: list[tuple[int, str, Any, Path]], args: Any) -> dict[str, Any]:
    """Each page at each size in turn (the order reversed every other round): the client's
    figures per slice and the server's records of that page's requests."""
    import web_load as wl

    found: dict[str, Any] = {}
    for round_ in range(args.rounds):
        for page in args.pages.split(","):
            for size, base, targets, out in servers[:: 1 if round_ % 2 == 0 else -1]:
                since = time.perf_counter()
                method_path = targets[page]
                lat, _n, _e = asyncio.run(
                    wl.drive(base, [method_path], clients=args.clients, seconds=args.seconds)
                )
                # The clients' own first page (for the CSRF token) is not this page's.
                got = [r for r in _read(out, since) if r["path"] == method_path[1]]
                found.setdefault(f"{size}/{page}/records", []).extend(got)
                client = wl.summary(lat, args.seconds)
                print(f"[round {round_ + 1} size {size}] {page} {client}", file=sys.stderr)
                found.setdefault(f"{size}/{page}", []).append(client)
    return found


def _report(found: dict[str, Any]) -> dict[str, Any]:
    for key in sorted(k for k in found if k.endswith("/records")):
        summary = summarise(found.pop(key))
        found[key.replace("/records", "/server")] = summary
        line = "  ".join(f"{k} {v['median']}/{v['mean']}" for k, v in summary.items())
        print(f"{key.replace('/records', ''):16s} {line}", file=sys.stderr)
    return found


def main() -> None:
    import web_load as wl

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--pages", default="static,dashboard")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="furikaeri-timing-") as name:
        tmp, procs, servers = Path(name), [], []
        try:
            for size in (int(s) for s in args.sizes.split(",")):
                url = f"sqlite:///{tmp / f't{size}.sqlite3'}"
                ids, out = wl.seeded(url, size), tmp / f"t{size}.jsonl"
                proc, base = _start(url, tmp, out)
                procs.append(proc)
                servers.append((size, base, wl.pages(ids), out))
                asyncio.run(wl.warm_up(base, list(wl.pages(ids).values())))
            found = _report(_drive(servers, args))
        finally:
            for proc in procs:
                proc.terminate()
                proc.wait(timeout=30)
    print(json.dumps(found))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(*sys.argv[2:6])
    else:
        main()
