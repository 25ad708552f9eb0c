"""The web app under load, at 100 and 1,000 applications, against a real `furikaeri serve`.

For each size a fresh database is seeded (`furikaeri.synthetic.seed`: five interviews with
answers per application, rejections, feedback requests and replies in proportion) and a
`furikaeri serve` started on it; the servers run side by side. Then --rounds rounds: in each,
page by page (the dashboard, the applications and feedback lists, one application, one
interview, a diagnosis, `POST /analyze`), every size in turn (the order of the sizes reversed
every other round), the page driven by --clients concurrent clients for --seconds right after a
run of a static file (the baseline: what the server does with no work; on a shared machine its
rate moves by 2x within minutes, so each page is compared with its own static run, and a
page's two sizes are measured seconds apart, not in separate blocks minutes apart). Then all
of them mixed, for latency under contention.

The last line is JSON:
  {"sizes": {"100": {"static": {"rps", "p50_ms", "p95_ms", "p95_ms_no_stalls", "stalls"},
   "dashboard": {...}, ...,
   "mixed": {...}, "paired": {"dashboard": median over rounds of rps / its static run's rps,
   ...}, "static_runs_rps": [...]}, "1000": {...}},
   "rounds": {"dashboard": {"ratio_at_largest": [per round], "p95_growth": [per round],
   "p95_growth_vs_static": [per round], "static_p95_growth": [per round], "p95_growth_pooled",
   "p95_ms": {"smallest", "largest"}, "static_p95_ms": {...}}, ...},
   "errors": N, "targets": {...}}
(a size's page figures pool every round's requests.) Targets (issue 11): 0 errors; at the
largest size every page at least 0.2x the static file's throughput (paired; the median over
the rounds, with min and max); each page's p95 at the largest size at most 1.5x its p95 at
the smallest (per round, both sizes of that round; the median, with min and max).
Which p95 growth decides (docs/reliability.md, s10-web): the pooled one (every round's
requests of a size together, raw); the per-round median and the growth normalised by the
static file's p95 in the same slice are reported beside it.
Whole-server stalls: a gap of 250 ms or more (STALL_S) in which no request of a slice
completes holds all the clients at once (seen on the static file too: the machine or the
process, not the page). ``stalls`` counts them (every slice of that page and size); beside the
raw ``p95_ms``, ``p95_ms_no_stalls`` is the p95 of the requests no stall caught (a request is
caught when it was in flight during the gap). The raw ``p95_ms`` is the one judged; the other
says how much of it the stalls made. A page served at only a few requests a second has
ordinary gaps near 250 ms, so read its ``stalls`` beside its ``rps``; a stall before a
slice's first completion is not counted.

Run: .venv/bin/python benchmarks/web_load.py [--sizes 100,1000] [--seconds 3] [--rounds 3]
     [--clients 20] [--postgres] [--workers N] [--pg-sample FILE]
With --postgres the database is a fresh schema on FURIKAERI_TEST_POSTGRES_URL; --workers runs
that many server processes (`furikaeri serve --workers`). The client runs in this process
(asyncio + httpx), so on a small machine it competes with the server for the CPU: compare
ratios measured in one run, not absolute figures across machines.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
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


def _report_error(method: str, path: str, what: str) -> None:
    """An error's page and kind (a status code or the client's exception), on stderr."""
    print(f"error: {method} {path}: {what}", file=sys.stderr)


STALL_S = 0.25  # no request completing for this long: a whole-server stall (see stalls())
SLOW_S = 1.0  # a request this long is printed with its wall times (stalls: see pg_sampler.py)


def _report_slow(method: str, path: str, took: float) -> None:
    end = time.time()
    print(f"slow: {method} {path} {took:.2f} s, wall {end - took:.3f}–{end:.3f}", file=sys.stderr)


async def drive(
    base: str,
    targets: list[tuple[str, str]],
    *,
    clients: int,
    seconds: float,
    spans: list[tuple[float, float]] | None = None,
) -> tuple[list[float], int, int]:
    """(latencies in s, requests, errors) with ``clients`` loops over ``targets`` for
    ``seconds``; each client starts at a different target so a mix stays mixed. ``spans``
    gets each request's (start, end) (perf_counter s), for :func:`stalls`."""
    latencies: list[float] = []
    counts = {"errors": 0}
    # Every client has its session (cookie, CSRF token) before the clock starts. All at once:
    # made one after another (20 pages at 0.3 s under load) the first client's connection sat
    # idle past uvicorn's keep-alive timeout (5 s), and the server's close raced the client's
    # first request (a RemoteProtocolError counted as an error; s10-web).
    sessions = await asyncio.gather(*(_client(base) for _ in range(clients)))
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
                        _report_error(method, path, str(response.status_code))
                except httpx.HTTPError as exc:
                    counts["errors"] += 1
                    _report_error(method, path, type(exc).__name__)
                took = time.perf_counter() - started
                latencies.append(took)
                if spans is not None:
                    spans.append((started, started + took))
                if took >= SLOW_S:
                    _report_slow(method, path, took)
        finally:
            await client.aclose()

    await asyncio.gather(*(loop(n) for n in range(clients)))
    return latencies, len(latencies), counts["errors"]


async def warm_up(base: str, targets: list[tuple[str, str]], *, connections: int = 1) -> None:
    """Each page once on each of ``connections`` connections at once, not measured: a page's
    first request in a process imports, compiles and loads what it needs."""
    await asyncio.gather(*(_warm_one(base, targets) for _ in range(connections)))


async def warm_every_worker(server: Server, *, timeout: float = 120.0) -> int:
    """With several workers, warm batches of connections until every worker process has held
    one (which process accepted a connection: `ss -tnp`). The kernel hands connections to the
    workers unevenly: 16 opened at once reached one to three of four (s10-web), and a worker
    left cold met its first pages under 20 clients (the 2–6 s stalls). How many batches."""
    workers = worker_pids(server.proc.pid)
    port = int(server.base.rsplit(":", 1)[1])
    deadline, batches = time.monotonic() + timeout, 0
    seen: set[int] = set()
    while not workers <= seen and time.monotonic() < deadline:
        clients = [await _client(server.base) for _ in range(len(workers))]
        seen |= connection_owners(port)
        await asyncio.gather(*(_warm_on(c, t, list(server.targets.values())) for c, t in clients))
        await asyncio.gather(*(c.aclose() for c, _t in clients))
        batches += 1
    if not workers <= seen:
        print(f"warning: workers never reached: {sorted(workers - seen)}", file=sys.stderr)
    return batches


def worker_pids(pid: int) -> set[int]:
    """uvicorn's worker processes: the server's children but multiprocessing's resource
    tracker."""
    children: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children |= {int(c) for c in (task / "children").read_text().split()}
    return {c for c in children if b"resource_tracker" not in _cmdline(c)}


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def connection_owners(port: int) -> set[int]:
    """The processes holding an accepted connection on ``port`` (`ss -tnp`)."""
    out = subprocess.run(
        ["ss", "-tnpH", "state", "established", f"( sport = :{port} )"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return {int(m) for m in re.findall(r"pid=(\d+)", out)}


def settle(pids: set[int], *, idle_cpu: float = 0.05, timeout: float = 60.0) -> float:
    """Wait until the server processes use under ``idle_cpu`` s of CPU in a second (a worker
    warming itself in the background, furikaeri.web.warm, is done); the seconds waited."""
    started = time.monotonic()
    before = _cpu_seconds(pids)
    while time.monotonic() - started < timeout:
        time.sleep(1.0)
        now = _cpu_seconds(pids)
        if now - before < idle_cpu:
            break
        before = now
    return time.monotonic() - started


def _cpu_seconds(pids: set[int]) -> float:
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


async def _warm_one(base: str, targets: list[tuple[str, str]]) -> None:
    client, token = await _client(base)
    await _warm_on(client, token, targets)
    await client.aclose()


async def _warm_on(client: httpx.AsyncClient, token: str, targets: list[tuple[str, str]]) -> None:
    for method, path in targets:
        if method == "POST":
            data = {"answer": ANSWER}
            await client.post(path, data=data, headers={"X-CSRF-Token": token})
        else:
            await client.get(path)


def stalls(spans: list[tuple[float, float]], gap: float = STALL_S) -> tuple[list[float], int]:
    """(latencies of the requests no stall caught, how many stalls) in one slice: a stall is
    a gap of ``gap`` s or more between two consecutive completions (no request completed:
    the whole server held, every client waiting); a request in flight during it is caught."""
    ends = sorted(end for _start, end in spans)
    gaps = [(a, b) for a, b in itertools.pairwise(ends) if b - a >= gap]
    kept = [end - start for start, end in spans if not any(start < b and end > a for a, b in gaps)]
    return kept, len(gaps)


def _p95(latencies: list[float]) -> float:
    ordered = sorted(latencies)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] if ordered else 0.0


def summary(
    latencies: list[float],
    seconds: float,
    *,
    kept: list[float] | None = None,
    stalled: int = 0,
) -> dict[str, float]:
    """rps, p50 and p95 (ms); with ``kept`` (:func:`stalls`) also the p95 without the
    requests the stalls caught and the ``stalls`` count."""
    if not latencies:
        out = {"rps": 0.0, "p50_ms": 0.0, "p95_ms": 0.0}
    else:
        out = {
            "rps": round(len(latencies) / seconds, 1),
            "p50_ms": round(statistics.median(latencies) * 1000, 1),
            "p95_ms": round(_p95(latencies) * 1000, 1),
        }
    if kept is not None:
        out["p95_ms_no_stalls"] = round(_p95(kept) * 1000, 1)
        out["stalls"] = stalled
    return out


class Server:
    """A seeded database of ``size`` applications and a `furikaeri serve` on it."""

    def __init__(self, size: int, args: argparse.Namespace, tmp: Path) -> None:
        self.size = size
        self.url, self.drop = database(tmp, size, args.postgres)
        started = time.perf_counter()
        self.ids = seeded(self.url, size)
        print(f"[{size}] seeded in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        port = free_port()
        self.base = f"http://127.0.0.1:{port}"
        self.proc = start_server(self.url, port, tmp, args.workers)
        self.targets = pages(self.ids)

    def close(self) -> None:
        try:
            self.proc.terminate()
            self.proc.wait(timeout=30)
        finally:
            self.drop()


class Slice:
    """One run of ``targets`` (a page, or all of them mixed) against one server: the
    latencies, errors, and what :func:`stalls` finds in it."""

    def __init__(self, server: Server, targets: list[tuple[str, str]], args: argparse.Namespace):
        spans: list[tuple[float, float]] = []
        self.latencies, _n, self.errors = asyncio.run(
            drive(server.base, targets, clients=args.clients, seconds=args.seconds, spans=spans)
        )
        self.kept, self.stalls = stalls(spans)

    def summary(self, seconds: float) -> dict[str, float]:
        return summary(self.latencies, seconds, kept=self.kept, stalled=self.stalls)


def measure(
    servers: list[Server], args: argparse.Namespace
) -> tuple[dict[str, dict[str, Any]], dict[str, Any], int]:
    """Every size's server runs at once (an idle one costs nothing); each round drives, page
    by page, every size in turn (the order reversed every other round): the page right after
    a run of the static file (its own baseline: on a shared machine the static file's rate
    moves by 2x within minutes), so the two sizes of a page are measured within seconds of
    each other, not minutes apart. Then all pages mixed, size by size.

    Returns (sizes, rounds, errors): ``sizes.<n>.<page>`` over every round's latencies,
    ``sizes.<n>.paired`` the median over rounds of the page's rate ÷ its static run's;
    ``rounds.<page>`` per round: that ratio at the largest size and the p95 growth."""
    errors = 0
    for server in servers:
        if args.workers == 1:
            asyncio.run(warm_up(server.base, list(server.targets.values())))
            batches, pids = 1, {server.proc.pid}
        else:
            batches, pids = asyncio.run(warm_every_worker(server)), worker_pids(server.proc.pid)
        waited = settle(pids)
        print(
            f"[{server.size}] warmed in {batches} batches, settled in {waited:.0f} s",
            file=sys.stderr,
        )
    names = [name for name in servers[0].targets if name != "static"]
    latencies: dict[int, dict[str, list[float]]] = {s.size: {} for s in servers}
    # Without the requests whole-server stalls caught, and how many stalls (stalls()).
    kept: dict[int, dict[str, list[float]]] = {s.size: {} for s in servers}
    stalled: dict[int, dict[str, int]] = {s.size: {} for s in servers}
    static_runs: dict[int, list[dict[str, float]]] = {s.size: [] for s in servers}
    ratios: dict[int, dict[str, list[float]]] = {s.size: {n: [] for n in names} for s in servers}
    p95: dict[int, dict[str, list[float]]] = {s.size: {n: [] for n in names} for s in servers}
    # The static file's p95 in the same slice as each page run: the load at that moment.
    static_p95: dict[int, dict[str, list[float]]] = {
        s.size: {n: [] for n in names} for s in servers
    }
    for round_ in range(args.rounds):
        order = servers if round_ % 2 == 0 else servers[::-1]
        for name in names:
            for server in order:
                size = server.size
                run_static = Slice(server, [server.targets["static"]], args)
                run = Slice(server, [server.targets[name]], args)
                err_static, err = run_static.errors, run.errors
                errors += err_static + err
                static, page = run_static.summary(args.seconds), run.summary(args.seconds)
                static_runs[size].append(static)
                for key, one in (("static", run_static), (name, run)):
                    latencies[size].setdefault(key, []).extend(one.latencies)
                    kept[size].setdefault(key, []).extend(one.kept)
                    stalled[size][key] = stalled[size].get(key, 0) + one.stalls
                ratios[size][name].append(round(page["rps"] / (static["rps"] or 1.0), 2))
                p95[size][name].append(page["p95_ms"])
                static_p95[size][name].append(static["p95_ms"])
                print(
                    f"[round {round_ + 1} size {size}] {name:12s} {page} "
                    f"÷ static {ratios[size][name][-1]} errors={err_static + err}",
                    file=sys.stderr,
                )
    sizes: dict[str, dict[str, Any]] = {}
    seconds = args.seconds * args.rounds
    for server in servers:
        size = server.size
        result: dict[str, Any] = {
            name: summary(
                latencies[size][name], seconds, kept=kept[size][name], stalled=stalled[size][name]
            )
            for name in names
        }
        result["static"] = summary(
            latencies[size]["static"],
            seconds * len(names),
            kept=kept[size]["static"],
            stalled=stalled[size]["static"],
        )
        result["static_runs_rps"] = [r["rps"] for r in static_runs[size]]
        result["paired"] = {name: round(statistics.median(ratios[size][name]), 2) for name in names}
        mixed = Slice(server, list(server.targets.values()), args)
        result["mixed"] = mixed.summary(args.seconds)
        errors += mixed.errors
        print(f"[{size}] {'mixed':12s} {result['mixed']} errors={mixed.errors}", file=sys.stderr)
        sizes[str(size)] = result
    small, large = min(p95), max(p95)
    rounds = {
        name: _round_figures(
            ratios[large][name],
            (p95[small][name], p95[large][name]),
            (static_p95[small][name], static_p95[large][name]),
        )
        for name in names
    }
    _add_pooled(rounds, sizes, small=str(small), large=str(large))
    return sizes, rounds, errors


def _growth(small: list[float], large: list[float]) -> list[float]:
    """Per round: the largest size's figure ÷ the smallest's, both measured in that round."""
    return [round(big / (little or 1.0), 2) for little, big in zip(small, large, strict=True)]


def _round_figures(
    ratio_at_largest: list[float],
    page_p95: tuple[list[float], list[float]],
    static_p95: tuple[list[float], list[float]],
) -> dict[str, Any]:
    """One page's per-round figures. ``p95_growth`` is the raw growth; ``p95_growth_vs_static``
    divides each slice's p95 by the static file's p95 in the same slice first (the static file
    costs the same at both sizes, so its p95 measures the load of that moment), and
    ``static_p95_growth`` is the static file's own growth: the noise floor of the round."""
    normalised = [
        [page / (static or 1.0) for page, static in zip(pages, statics, strict=True)]
        for pages, statics in zip(page_p95, static_p95, strict=True)
    ]
    return {
        "ratio_at_largest": ratio_at_largest,
        "p95_growth": _growth(*page_p95),
        "p95_growth_vs_static": _growth(*normalised),
        "static_p95_growth": _growth(*static_p95),
        "p95_ms": {"smallest": page_p95[0], "largest": page_p95[1]},
        "static_p95_ms": {"smallest": static_p95[0], "largest": static_p95[1]},
    }


def _add_pooled(
    rounds: dict[str, dict[str, Any]], sizes: dict[str, Any], *, small: str, large: str
) -> None:
    """``p95_growth_pooled``: the p95 over every round's requests at the largest size ÷ the
    same at the smallest (one figure a page; a slice that stalled weighs by its requests, not
    as a whole round)."""
    for name, figures in rounds.items():
        little, big = sizes[small][name]["p95_ms"], sizes[large][name]["p95_ms"]
        figures["p95_growth_pooled"] = round(big / (little or 1.0), 2)


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 2), "min": min(values), "max": max(values)}


def targets_met(rounds: dict[str, Any], errors: int) -> dict[str, Any]:
    """The targets over the rounds: each page's median (and its spread over the rounds) of
    its rate ÷ its static run's at the largest size and of its p95 growth, largest size ÷
    smallest, the two measured in the same round."""
    throughput = {page: _spread(r["ratio_at_largest"]) for page, r in rounds.items()}
    growth = {page: _spread(r["p95_growth"]) for page, r in rounds.items()}
    pooled = {page: r["p95_growth_pooled"] for page, r in rounds.items()}
    normalised = {page: _spread(r["p95_growth_vs_static"]) for page, r in rounds.items()}
    floor = {page: _spread(r["static_p95_growth"]) for page, r in rounds.items()}
    return {
        "no_errors": errors == 0,
        "throughput_vs_static_at_largest": throughput,
        "throughput_ok": all(v["median"] >= 0.2 for v in throughput.values()),
        "p95_growth_largest_vs_smallest": growth,
        "p95_growth_ok": all(v["median"] <= 1.5 for v in growth.values()),
        # What decides (docs/reliability.md, s10-web): the pooled p95, raw. The normalised
        # growth and the static file's own growth say how much of an excess is the load.
        "p95_growth_pooled": pooled,
        "p95_growth_pooled_ok": all(v <= 1.5 for v in pooled.values()),
        "p95_growth_vs_static": normalised,
        "p95_growth_vs_static_ok": all(v["median"] <= 1.5 for v in normalised.values()),
        "static_p95_growth": floor,
    }


def _sampler(args: argparse.Namespace) -> Any:
    if not (args.postgres and args.pg_sample):
        return None
    from pg_sampler import Sampler

    sampler = Sampler(os.environ["FURIKAERI_TEST_POSTGRES_URL"], args.pg_sample)
    sampler.start()
    return sampler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--seconds", type=float, default=3.0, help="one run of one page")
    parser.add_argument(
        "--rounds", type=int, default=3, help="rounds over every page and size, alternated"
    )
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument(
        "--pg-sample", type=Path, help="with --postgres: sample pg_stat_activity into this file"
    )
    args = parser.parse_args()
    if args.postgres and not os.environ.get("FURIKAERI_TEST_POSTGRES_URL"):
        raise SystemExit("--postgres needs FURIKAERI_TEST_POSTGRES_URL")
    with tempfile.TemporaryDirectory(prefix="furikaeri-load-") as tmp:
        servers: list[Server] = []
        try:
            for size in sorted(int(s) for s in args.sizes.split(",")):
                servers.append(Server(size, args, Path(tmp)))
            sampler = _sampler(args)
            try:
                sizes, rounds, errors = measure(servers, args)
            finally:
                if sampler:
                    sampler.stop()
        finally:
            for server in servers:
                server.close()
    report = {
        "sizes": sizes,
        "errors": errors,
        "rounds": rounds,
        "targets": targets_met(rounds, errors),
        "database": "postgresql" if args.postgres else "sqlite",
        "workers": args.workers,
        "clients": args.clients,
        "seconds": args.seconds,
        "rounds_run": args.rounds,
        "cpus": os.cpu_count(),
    }
    met = report["targets"]
    for page in rounds:
        ratio = met["throughput_vs_static_at_largest"][page]
        growth = met["p95_growth_largest_vs_smallest"][page]
        normal = met["p95_growth_vs_static"][page]
        print(
            f"{page:12s} ÷ static {ratio['median']} ({ratio['min']}–{ratio['max']})  "
            f"p95 growth {growth['median']} ({growth['min']}–{growth['max']})  "
            f"pooled {met['p95_growth_pooled'][page]}  "
            f"vs static {normal['median']} ({normal['min']}–{normal['max']})",
            file=sys.stderr,
        )
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
