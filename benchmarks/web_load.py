"""The web app under load, at 100 and 1,000 applications, against a real `furikaeri serve`.

For each size: a fresh database is seeded (`furikaeri.synthetic.seed`: five interviews with
answers per application, rejections, feedback requests and replies in proportion), then
`furikaeri serve` starts on a free port and each page is driven alone by --clients concurrent
clients for --seconds: the dashboard, the applications and feedback lists, one application,
one interview, a diagnosis, `POST /analyze`, each right after a run of a static file (the
baseline: what the server does with no work; on a shared machine its rate moves by 2x within
minutes, so each page is compared with its own static run). Then all of them mixed, for
latency under contention.

The last line is JSON:
  {"sizes": {"100": {"static": {"rps", "p50_ms", "p95_ms"}, "dashboard": {...}, ...,
   "mixed": {...}, "paired": {"dashboard": rps / its static run's rps, ...},
   "static_runs_rps": [...]}, "1000": {...}}, "errors": N, "targets": {...}}
("static" is the static run of median rate.) Targets (issue 11): 0 errors; at the largest size
every page at least 0.2x the static file's throughput (paired); each page's p95 at the largest
size at most 1.5x its p95 at the smallest.

Run: .venv/bin/python benchmarks/web_load.py [--sizes 100,1000] [--seconds 10] [--clients 20]
     [--postgres] [--workers N]
With --postgres the database is a fresh schema on FURIKAERI_TEST_POSTGRES_URL; --workers runs
that many server processes (`furikaeri serve --workers`). The client runs in this process
(asyncio + httpx), so on a small machine it competes with the server for the CPU: compare
ratios measured in one run, not absolute figures across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from bench_support import free_port, scratch_database
from sqlalchemy import func, select

from furikaeri.store.database import open_store
from furikaeri.store.models import Application, Interview, Rejection
from furikaeri.synthetic import seed

ANSWER = (
    "志望動機は、貴社の成長できる環境で、IT業界で力を発揮したいと考えたからです。えーと、以上です。"
)


def database(tmp: Path, size: int, postgres: bool) -> tuple[str, Any]:
    """A database URL (seeded later by seeded()) and a clean-up function."""
    return scratch_database(tmp, f"load-{size}", postgres)


def seeded(url: str, size: int) -> dict[str, int]:
    store = open_store(url)
    with store.session() as session:
        seed(session, applications=size)
    with store.session(readonly=True) as session:
        ids = {
            "app": session.scalar(select(func.min(Application.id))) or 0,
            "interview": session.scalar(select(func.min(Interview.id))) or 0,
            "rejection": session.scalar(select(func.min(Rejection.id))) or 0,
        }
    store.close()
    return ids


def start_server(url: str, port: int, data_dir: Path, workers: int) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("furikaeri")
    cmd = [str(exe), "serve", "--no-browser", "--port", str(port), "--db", url]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "FURIKAERI_DATA_DIR": str(data_dir)}
    env.pop("FURIKAERI_PASSWORD", None)
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/static/app.css", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not start: {proc.stderr.read().decode() if proc.stderr else ''}")


def pages(ids: dict[str, int]) -> dict[str, tuple[str, str]]:
    """name -> (method, path)."""
    return {
        "static": ("GET", "/static/app.css"),
        "dashboard": ("GET", "/"),
        "applications": ("GET", "/applications"),
        "feedback": ("GET", "/feedback"),
        "application": ("GET", f"/applications/{ids['app']}"),
        "interview": ("GET", f"/interviews/{ids['interview']}"),
        "diagnosis": ("GET", f"/rejections/{ids['rejection']}/diagnosis"),
        "analyze": ("POST", "/analyze"),
    }


async def _client(base: str) -> tuple[httpx.AsyncClient, str]:
    client = httpx.AsyncClient(base_url=base, timeout=60)
    page = await client.get("/analyze")
    found = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    return client, found.group(1) if found else ""


async def drive(
    base: str, targets: list[tuple[str, str]], *, clients: int, seconds: float
) -> tuple[list[float], int, int]:
    """(latencies in s, requests, errors) with ``clients`` loops over ``targets`` for
    ``seconds``; each client starts at a different target so a mix stays mixed."""
    latencies: list[float] = []
    counts = {"errors": 0}
    # Every client has its session (cookie, CSRF token) before the clock starts.
    sessions = [await _client(base) for _ in range(clients)]
    stop = time.monotonic() + seconds

    async def loop(offset: int) -> None:
        client, token = sessions[offset]
        i = offset
        try:
            while time.monotonic() < stop:
                method, path = targets[i % len(targets)]
                i += 1
                started = time.perf_counter()
                try:
                    if method == "POST":
                        data = {"answer": ANSWER, "question": "志望動機を教えてください。"}
                        headers = {"X-CSRF-Token": token, "HX-Request": "true"}
                        response = await client.post(path, data=data, headers=headers)
                    else:
                        response = await client.get(path)
                    if response.status_code != 200:
                        counts["errors"] += 1
                except httpx.HTTPError:
                    counts["errors"] += 1
                latencies.append(time.perf_counter() - started)
        finally:
            await client.aclose()

    await asyncio.gather(*(loop(n) for n in range(clients)))
    return latencies, len(latencies), counts["errors"]


async def warm_up(base: str, targets: list[tuple[str, str]], *, connections: int = 1) -> None:
    """Each page once on each of ``connections`` connections at once, not measured: a page's
    first request in a process imports, compiles and loads what it needs, and with several
    workers each connection lands on one of them (one connection warmed one worker of four,
    and the others' first requests were measured; 4 per worker very likely reach them all)."""
    await asyncio.gather(*(_warm_one(base, targets) for _ in range(connections)))


async def _warm_one(base: str, targets: list[tuple[str, str]]) -> None:
    client, token = await _client(base)
    try:
        for method, path in targets:
            if method == "POST":
                data = {"answer": ANSWER}
                await client.post(path, data=data, headers={"X-CSRF-Token": token})
            else:
                await client.get(path)
    finally:
        await client.aclose()


def summary(latencies: list[float], seconds: float) -> dict[str, float]:
    if not latencies:
        return {"rps": 0.0, "p50_ms": 0.0, "p95_ms": 0.0}
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return {
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p95_ms": round(p95 * 1000, 1),
    }


def run_size(size: int, args: argparse.Namespace, tmp: Path) -> tuple[dict[str, Any], int]:
    url, drop = database(tmp, size, args.postgres)
    try:
        started = time.perf_counter()
        ids = seeded(url, size)
        print(f"[{size}] seeded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        port = free_port()
        server = start_server(url, port, tmp, args.workers)
        try:
            return measure(f"http://127.0.0.1:{port}", ids, size, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        drop()


def measure(
    base: str, ids: dict[str, int], size: int, args: argparse.Namespace
) -> tuple[dict[str, Any], int]:
    """Each page alone, right after a run of the static file (its own baseline: on a shared
    machine the static file's rate moves by 2x within minutes), then all mixed. ``static`` is
    the median of the static runs; ``paired`` each page's rate over its own static run's."""
    result: dict[str, Any] = {}
    errors = 0
    targets = pages(ids)
    connections = 1 if args.workers == 1 else 4 * args.workers
    asyncio.run(warm_up(base, list(targets.values()), connections=connections))
    statics: list[dict[str, float]] = []
    paired: dict[str, float] = {}
    for name, target in targets.items():
        if name == "static":
            continue
        runs = {}
        for run_name, run_target in (("static", targets["static"]), (name, target)):
            lat, _n, err = asyncio.run(
                drive(base, [run_target], clients=args.clients, seconds=args.seconds)
            )
            runs[run_name] = summary(lat, args.seconds)
            errors += err
            print(f"[{size}] {run_name:12s} {runs[run_name]} errors={err}", file=sys.stderr)
        statics.append(runs["static"])
        result[name] = runs[name]
        paired[name] = round(runs[name]["rps"] / (runs["static"]["rps"] or 1.0), 2)
    result["static"] = sorted(statics, key=lambda r: r["rps"])[len(statics) // 2]
    result["static_runs_rps"] = [r["rps"] for r in statics]
    result["paired"] = paired
    lat, _n, err = asyncio.run(
        drive(base, list(targets.values()), clients=args.clients, seconds=args.seconds)
    )
    result["mixed"] = summary(lat, args.seconds)
    errors += err
    print(f"[{size}] {'mixed':12s} {result['mixed']} errors={err}", file=sys.stderr)
    return result, errors


NOT_PAGES = ("static", "mixed", "paired", "static_runs_rps")


def targets_met(sizes: dict[str, dict[str, Any]], errors: int) -> dict[str, Any]:
    small, large = sizes[min(sizes, key=int)], sizes[max(sizes, key=int)]
    throughput = dict(large["paired"])
    growth = {
        page: round(large[page]["p95_ms"] / (small[page]["p95_ms"] or 1.0), 2)
        for page in large
        if page not in NOT_PAGES or page == "static"
    }
    return {
        "no_errors": errors == 0,
        "throughput_vs_static_at_largest": throughput,
        "throughput_ok": all(v >= 0.2 for v in throughput.values()),
        "p95_growth_largest_vs_smallest": growth,
        "p95_growth_ok": all(v <= 1.5 for v in growth.values()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    if args.postgres and not os.environ.get("FURIKAERI_TEST_POSTGRES_URL"):
        raise SystemExit("--postgres needs FURIKAERI_TEST_POSTGRES_URL")
    sizes: dict[str, dict[str, Any]] = {}
    errors = 0
    with tempfile.TemporaryDirectory(prefix="furikaeri-load-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            sizes[str(size)], err = run_size(size, args, Path(tmp))
            errors += err
    report = {
        "sizes": sizes,
        "errors": errors,
        "targets": targets_met(sizes, errors),
        "database": "postgresql" if args.postgres else "sqlite",
        "workers": args.workers,
        "clients": args.clients,
        "seconds": args.seconds,
        "cpus": os.cpu_count(),
    }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
