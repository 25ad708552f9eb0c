"""What one request of each page costs: the server's CPU ms, SQL statements, template time.

Seeds a SQLite database with --size applications (`furikaeri.synthetic.seed`, as
benchmarks/web_load.py does) and starts `furikaeri serve` on it. Each page of web_load.py (and
the static file, the baseline) is requested --requests times in a row by one keep-alive
client, --rounds times in turn; the figure is the server process's CPU time (user + system,
from /proc: Linux) per request, median over the rounds. CPU time does not count the time the
server waits for a core, so on a machine shared with other jobs it is much steadier than req/s;
the ratio static ÷ page is what web_load's throughput ratio tends to when the CPU is the limit
(20 clients add the thread pool's contention, which this leaves out). Statements and template
time per page come from one app in this process (a `TestClient`). Compare two checkouts by
running this script with ``PYTHONPATH=<checkout>/src`` one after the other, several times.

With --clients N the requests of a round come from N clients at once, as under web_load.py:
the server's CPU per request then includes the thread pool's and the GIL's contention, and
"switches" (the server's context switches per request, every thread's, from /proc) shows it.

The last line is JSON: {"size", "requests", "clients", "pages": {name: {"cpu_ms", "switches",
"statements", "template_ms", "ratio"}}}.
Run: .venv/bin/python benchmarks/page_cost.py [--size 1000] [--requests 100] [--rounds 5]
     [--clients 20]   (that many clients at once: the server's threads contend for the GIL)
     [--in-process]   (no server: statements, template and wall ms in this process only)
     [--notices 20]   (imported notices on the week's rejections: the dashboard reads them)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import jinja2
from bench_support import free_port
from fastapi.testclient import TestClient
from sqlalchemy import event, func, select
from web_load import start_server

from furikaeri.settings import get_settings
from furikaeri.store.models import Application, Interview, Rejection
from furikaeri.synthetic import seed
from furikaeri.web.app import create_app

PAGES = {
    "static": "/static/app.css",
    "dashboard": "/",
    "applications": "/applications",
    "feedback": "/feedback",
    "application": "/applications/{app}",
    "interview": "/interviews/{interview}",
    "diagnosis": "/rejections/{rejection}/diagnosis",
    "rejection_form": "/rejection",
    "practice_menu": "/practice",
}


class Meter:
    """Counts SQL statements and the time spent in Jinja's Template.render."""

    def __init__(self, engine: Any) -> None:
        self.statements = 0
        self.template_s = 0.0
        event.listen(engine, "before_cursor_execute", self._count)
        render = jinja2.Template.render
        meter = self

        def timed_render(template: jinja2.Template, *args: Any, **kwargs: Any) -> str:
            started = time.perf_counter()
            try:
                return render(template, *args, **kwargs)
            finally:
                meter.template_s += time.perf_counter() - started

        jinja2.Template.render = timed_render  # type: ignore[method-assign]

    def _count(self, *_: Any) -> None:
        self.statements += 1


def in_process(url: str, tmp: str, paths: dict[str, str], n: int = 50) -> dict[str, Any]:
    """Statements, template ms, wall ms (median of ``n``) and this process's CPU ms per
    request of each page, in this process, and the size of its HTML."""
    app = create_app(get_settings(database_url=url, data_dir=Path(tmp)))
    meter = Meter(app.state.store.engine)
    found: dict[str, Any] = {}
    with TestClient(app, base_url="http://127.0.0.1:8765") as client:
        for name, path in paths.items():
            for _ in range(3):
                assert client.get(path).status_code == 200, path
            meter.statements, meter.template_s = 0, 0.0
            walls: list[float] = []
            cpu = time.process_time()
            for _ in range(n):
                started = time.perf_counter()
                size = len(client.get(path).content)
                walls.append(time.perf_counter() - started)
            cpu = time.process_time() - cpu
            found[name] = {
                "statements": meter.statements / n,
                "template_ms": round(1000 * meter.template_s / n, 2),
                "wall_ms": round(1000 * statistics.median(walls), 2),
                # This process's CPU time (client and app): steadier than wall time on a
                # machine shared with other jobs.
                "process_cpu_ms": round(1000 * cpu / n, 2),
                "kb": round(size / 1024, 1),
            }
    app.state.store.close()
    return found


def server_cpu(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def context_switches(pid: int) -> dict[str, int]:
    """Voluntary + involuntary context switches of each thread of ``pid`` so far, by thread
    id (Linux /proc): compare two readings with :func:`switches_between`."""
    found: dict[str, int] = {}
    for status in Path(f"/proc/{pid}/task").glob("*/status"):
        try:
            text = status.read_text()
        except OSError:  # the thread ended meanwhile
            continue
        counts = [int(line.split()[-1]) for line in text.splitlines() if "ctxt_switches:" in line]
        found[status.parent.name] = sum(counts)
    return found


def switches_between(before: dict[str, int], after: dict[str, int]) -> int:
    """Context switches from ``before`` to ``after`` of the threads alive at ``after`` (AnyIO
    ends a worker thread idle for 10 s: its last switches are not counted)."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())


async def _concurrently(base: str, path: str, requests: int, clients: int) -> None:
    """``requests`` GETs of ``path`` from ``clients`` keep-alive clients at once."""
    left = [requests]

    async def one() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            while left[0] > 0:
                left[0] -= 1
                await client.get(path)

    await asyncio.gather(*(one() for _ in range(clients)))


def served(
    url: str, tmp: str, paths: dict[str, str], args: Any
) -> tuple[dict[str, float], dict[str, float]]:
    """Server CPU ms and context switches per request of each page: medians over the rounds.
    With ``args.clients`` > 1 the requests come from that many clients at once (the server's
    threads then contend for the GIL, as under web_load.py)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(url, port, Path(tmp), 1)
    runs: dict[str, list[float]] = {name: [] for name in paths}
    switches: dict[str, list[float]] = {name: [] for name in paths}
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            for path in paths.values():
                for _ in range(5):
                    assert client.get(path).status_code == 200, path
            for _ in range(args.rounds):
                for name, path in paths.items():
                    before, switched = server_cpu(server.pid), context_switches(server.pid)
                    if args.clients > 1:
                        asyncio.run(_concurrently(base, path, args.requests, args.clients))
                    else:
                        for _ in range(args.requests):
                            client.get(path)
                    spent = server_cpu(server.pid) - before
                    runs[name].append(1000 * spent / args.requests)
                    switched = switches_between(switched, context_switches(server.pid))
                    switches[name].append(switched / args.requests)
    finally:
        server.terminate()
        server.wait(timeout=30)
    cpu = {name: round(statistics.median(values), 2) for name, values in runs.items()}
    return cpu, {name: round(statistics.median(v), 1) for name, v in switches.items()}


NOTICE = (
    "山田様\n\nこの度は弊社の求人にご応募いただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
    "{extra}山田様の今後のご活躍をお祈り申し上げます。\n\n{company} 人事部"
)
NO_QUESTIONS = "なお、選考の詳細や理由についてはお答えいたしかねますので、ご了承ください。\n"


def add_notices(session: Any, count: int) -> int:
    """Give the newest ``count`` rejections without a sent request an imported notice (a
    quarter say questions are not answered): the dashboard reads each of the week's."""
    from furikaeri.store.models import FeedbackRequest, Notice

    sent = select(FeedbackRequest.rejection_id).where(FeedbackRequest.status != "drafted")
    rows = session.scalars(
        select(Rejection)
        .where(Rejection.id.not_in(sent))
        .order_by(Rejection.date.desc(), Rejection.id.desc())
        .limit(count)
    ).all()
    for n, rejection in enumerate(rows):
        extra = NO_QUESTIONS if n % 4 == 0 else ""
        company = rejection.application.company
        notice = Notice(
            user_id=rejection.user_id,
            application_id=rejection.application_id,
            message_id=f"<bench-{rejection.id}@example.jp>",
            subject="選考結果のご連絡",
            body=NOTICE.format(extra=extra, company=company),
            received_on=rejection.date,
            label="rejection",
            confirmed=True,
        )
        session.add(notice)
        session.flush()
        rejection.notice_id = notice.id
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--clients",
        type=int,
        default=1,
        help="concurrent clients (the server's threads then contend, as under web_load.py)",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="only the in-process figures (no server; for a shared machine)",
    )
    parser.add_argument(
        "--notices",
        type=int,
        default=0,
        help="imported notices on the newest rejections without a sent request",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/cost.sqlite3"
        app = create_app(get_settings(database_url=url, data_dir=Path(tmp)))
        store = app.state.store
        with store.session() as session:
            seed(session, applications=args.size)
            if args.notices:
                add_notices(session, args.notices)
        with store.session(readonly=True) as session:
            ids = {
                "app": session.scalar(select(func.min(Application.id))),
                "interview": session.scalar(select(func.min(Interview.id))),
                "rejection": session.scalar(select(func.min(Rejection.id))),
            }
        store.close()
        paths = {name: path.format(**ids) for name, path in PAGES.items()}
        pages = in_process(url, tmp, paths)
        cpu, switches = ({}, {}) if args.in_process else served(url, tmp, paths, args)
    static = cpu.get("static")
    for name, page in pages.items():
        page["cpu_ms"] = cpu.get(name)
        page["switches"] = switches.get(name)
        page["ratio"] = round(static / cpu[name], 3) if static and cpu.get(name) else None
        print(
            f"{name:14} server cpu {page['cpu_ms'] or 0:6.2f} ms  "
            f"statements {page['statements']:4.1f}  template {page['template_ms']:5.2f} ms  "
            f"in-process {page['wall_ms']:6.2f} ms (cpu {page['process_cpu_ms']:6.2f})  "
            f"{page['kb']:6.1f} KB  "
            f"switches {page['switches'] or 0:5.1f}  "
            f"static/page {page['ratio']}",
            file=sys.stderr,
        )
    found = {"size": args.size, "notices": args.notices, "requests": args.requests}
    found["clients"] = args.clients
    print(json.dumps({**found, "pages": pages}))


if __name__ == "__main__":
    main()
