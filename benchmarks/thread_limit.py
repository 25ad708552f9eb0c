"""How many threads should run the sync pages: the same database served by one `furikaeri serve`
per FURIKAERI_WEB_THREADS value, all running at once and driven in turn.

Seeds --size applications (as web_load.py), starts one server per value of --threads (0 =
AnyIO's default, 40), then --rounds times, for each server in turn: the static file, then each
page of --pages (web_load.py's, and practice_menu), each for --seconds with --clients
concurrent clients (web_load.py's driver).
Driving the servers in turn, round after round, puts each under the same background load, so
the comparison holds on a shared machine where one run alone does not. For each value: req/s,
p95, the page's rate over the static file's just before it, and the server's CPU ms and
context switches (every thread's, /proc: Linux) per request; medians over the rounds.

The last line is JSON: {"size", "clients", "threads": {value: {page: {"rps", "p95_ms",
"ratio", "cpu_ms", "switches"}}}}.
Run: .venv/bin/python benchmarks/thread_limit.py [--size 1000] [--threads 0,8,4]
     [--pages dashboard,interview] [--rounds 4] [--seconds 4] [--clients 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench_support import free_port
from page_cost import context_switches, server_cpu, switches_between
from web_load import drive, pages, seeded, start_server, summary, warm_up


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--threads", default="0,8,4")
    parser.add_argument("--pages", default="dashboard,interview")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()
    values = [int(v) for v in args.threads.split(",")]
    names = args.pages.split(",")
    found: dict[int, dict[str, dict[str, list[float]]]] = {
        v: {name: {} for name in ["static", *names]} for v in values
    }
    with tempfile.TemporaryDirectory(prefix="furikaeri-threads-") as tmp:
        url = f"sqlite:///{tmp}/threads.sqlite3"
        targets = {**pages(seeded(url, args.size)), "practice_menu": ("GET", "/practice")}
        servers: dict[int, tuple[Any, str]] = {}
        try:
            for v in values:
                os.environ["FURIKAERI_WEB_THREADS"] = str(v)
                port = free_port()
                servers[v] = (start_server(url, port, Path(tmp), 1), f"http://127.0.0.1:{port}")
            os.environ.pop("FURIKAERI_WEB_THREADS", None)
            for _proc, base in servers.values():
                asyncio.run(warm_up(base, list(targets.values())))
            for n in range(args.rounds):
                for v in values:
                    proc, base = servers[v]
                    static_rps = 0.0
                    for name in ["static", *names]:
                        cpu, switched = server_cpu(proc.pid), context_switches(proc.pid)
                        lat, count, _errors = asyncio.run(
                            drive(base, [targets[name]], clients=args.clients, seconds=args.seconds)
                        )
                        cpu = 1000 * (server_cpu(proc.pid) - cpu) / max(count, 1)
                        after = context_switches(proc.pid)
                        switched = switches_between(switched, after) / max(count, 1)
                        s = summary(lat, args.seconds)
                        static_rps = s["rps"] if name == "static" else static_rps
                        row = {
                            "rps": s["rps"],
                            "p95_ms": s["p95_ms"],
                            "ratio": s["rps"] / (static_rps or 1.0),
                            "cpu_ms": cpu,
                            "switches": switched,
                        }
                        for key, value in row.items():
                            found[v][name].setdefault(key, []).append(value)
                        print(
                            f"round {n + 1} threads {v or 40:3d} {name:10s} "
                            + "  ".join(f"{k} {x:.2f}" for k, x in row.items()),
                            file=sys.stderr,
                        )
        finally:
            for proc, _base in servers.values():
                proc.terminate()
                proc.wait(timeout=30)
    medians = {
        str(v or 40): {
            name: {k: round(statistics.median(xs), 2) for k, xs in m.items()}
            for name, m in by_page.items()
        }
        for v, by_page in found.items()
    }
    for v, by_page in medians.items():
        for name, m in by_page.items():
            print(f"threads {v:>3} {name:10s} {m}", file=sys.stderr)
    print(json.dumps({"size": args.size, "clients": args.clients, "threads": medians}))


if __name__ == "__main__":
    main()
