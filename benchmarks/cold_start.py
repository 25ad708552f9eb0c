"""A cold `furikaeri analyze` of one short answer against a bare SudachiPy dictionary load.

Each pair runs, one right after the other, two fresh processes: `furikaeri analyze ANSWER` and
`python -c "load the Sudachi dictionary, make a tokenizer"`. The ratio of the medians of the
paired wall times is the figure (pairs make a busy machine skew both sides alike); the order
inside each pair alternates. Target (issue 11): at most 2.5.

The issue's answer (「特にありません。」, no question) is read without the dictionary (its
checks find nothing to tokenize for); the dictionary still loads in the background. A second
series analyses an answer to a question, which the analyzer does tokenize
(`question_ratio`): the honest upper figure.

The warm-up run writes Python's bytecode cache (``__pycache__``) for the modules the command
imports even when PYTHONDONTWRITEBYTECODE is set: an installed furikaeri has its .pyc files
(pip writes them), and without them every run would compile the package's sources (~40 ms).
The last line is JSON: {"analyze_s", "sudachi_s", "ratio", "question_s", "question_ratio",
"cpu_ratio", "question_cpu_ratio", ...}; the CPU ratios (user + system time of the processes)
move less than wall time when other jobs share the machine.
Run: .venv/bin/python benchmarks/cold_start.py [--pairs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ANSWER = "特にありません。"
QUESTION = ["成長できる環境で働きたいです。", "-q", "志望動機を教えてください。"]
BARE = "from sudachipy import Dictionary; Dictionary().create()"


CPU: list[float] = []  # CPU seconds (user + system) of each timed process, in order


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall seconds of one run of ``cmd``; its CPU seconds are appended to CPU."""
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - started
    CPU.append(_children_cpu() - cpu)
    return wall


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def series(
    analyze: list[str], bare: list[str], pairs: int
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Wall and CPU seconds of each run: (analyze, bare, analyze CPU, bare CPU)."""
    a_times: list[float] = []
    s_times: list[float] = []
    a_cpu: list[float] = []
    s_cpu: list[float] = []
    for i in range(pairs):
        for cmd in (bare, analyze) if i % 2 else (analyze, bare):
            wall = timed(cmd)
            (a_times if cmd is analyze else s_times).append(wall)
            (a_cpu if cmd is analyze else s_cpu).append(CPU[-1])
    return a_times, s_times, a_cpu, s_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("furikaeri"))
    analyze = [exe, "analyze", ANSWER]
    question = [exe, "analyze", *QUESTION]
    bare = [sys.executable, "-c", BARE]
    writing = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    # warm the page cache and write the bytecode cache, not the processes
    timed(analyze, writing), timed(question, writing), timed(bare, writing)
    a_times, s_times, a_cpu, s_cpu = series(analyze, bare, args.pairs)
    q_times, qs_times, q_cpu, qs_cpu = series(question, bare, args.pairs)
    a, s = statistics.median(a_times), statistics.median(s_times)
    q, qs = statistics.median(q_times), statistics.median(qs_times)
    med = statistics.median
    ratios = sorted(x / y for x, y in zip(a_times, s_times, strict=True))
    print(
        f"analyze {a:.3f} s, sudachi {s:.3f} s, ratio {a / s:.2f}; "
        f"with a question {q:.3f} s, sudachi {qs:.3f} s, ratio {q / qs:.2f}",
        file=sys.stderr,
    )
    report = {
        "analyze_s": round(a, 3),
        "sudachi_s": round(s, 3),
        "ratio": round(a / s, 2),
        "median_pair_ratio": round(statistics.median(ratios), 2),
        "question_s": round(q, 3),
        "question_sudachi_s": round(qs, 3),
        "question_ratio": round(q / qs, 2),
        # CPU seconds (both threads of analyze counted): steadier than wall time on a shared
        # machine, though the dictionary loading beside the imports is not overlap here.
        "cpu_ratio": round(med(a_cpu) / med(s_cpu), 2),
        "question_cpu_ratio": round(med(q_cpu) / med(qs_cpu), 2),
        "pairs": args.pairs,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
