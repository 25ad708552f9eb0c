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
The last line is JSON: {"analyze_s", "sudachi_s", "ratio", "question_s", "question_ratio", ...}.
Run: .venv/bin/python benchmarks/cold_start.py [--pairs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ANSWER = "特にありません。"
QUESTION = ["成長できる環境で働きたいです。", "-q", "志望動機を教えてください。"]
BARE = "from sudachipy import Dictionary; Dictionary().create()"


def timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def series(analyze: list[str], bare: list[str], pairs: int) -> tuple[list[float], list[float]]:
    a_times, s_times = [], []
    for i in range(pairs):
        if i % 2:
            s_times.append(timed(bare))
            a_times.append(timed(analyze))
        else:
            a_times.append(timed(analyze))
            s_times.append(timed(bare))
    return a_times, s_times


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
    a_times, s_times = series(analyze, bare, args.pairs)
    q_times, qs_times = series(question, bare, args.pairs)
    a, s = statistics.median(a_times), statistics.median(s_times)
    q, qs = statistics.median(q_times), statistics.median(qs_times)
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
        "pairs": args.pairs,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
