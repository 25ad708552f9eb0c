"""A cold `furikaeri analyze` of one short answer against a bare SudachiPy dictionary load.

Each pair runs, one right after the other, two fresh processes: `furikaeri analyze ANSWER` and
`python -c "load the Sudachi dictionary, make a tokenizer"`. The ratio of the medians of the
paired wall times is the figure (pairs make a busy machine skew both sides alike); the order
inside each pair alternates. Target (issue 11): at most 2.5.
The last line is JSON: {"analyze_s", "sudachi_s", "ratio", "pairs"}.
Run: .venv/bin/python benchmarks/cold_start.py [--pairs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ANSWER = "特にありません。"
BARE = "from sudachipy import Dictionary; Dictionary().create()"


def timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pairs", type=int, default=7)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("furikaeri"))
    analyze = [exe, "analyze", ANSWER]
    bare = [sys.executable, "-c", BARE]
    timed(analyze), timed(bare)  # warm the page cache, not the processes
    a_times, s_times = [], []
    for i in range(args.pairs):
        if i % 2:
            s_times.append(timed(bare))
            a_times.append(timed(analyze))
        else:
            a_times.append(timed(analyze))
            s_times.append(timed(bare))
    a, s = statistics.median(a_times), statistics.median(s_times)
    ratios = sorted(x / y for x, y in zip(a_times, s_times, strict=True))
    print(f"analyze {a:.3f} s, sudachi {s:.3f} s, ratio {a / s:.2f}", file=sys.stderr)
    report = {
        "analyze_s": round(a, 3),
        "sudachi_s": round(s, 3),
        "ratio": round(a / s, 2),
        "median_pair_ratio": round(statistics.median(ratios), 2),
        "pairs": args.pairs,
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
