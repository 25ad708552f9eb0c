"""Throughput of the answer analyzer against plain SudachiPy tokenization, in one run.

Builds a corpus of at least 1 MB of interview answers (benchmarks/answer_corpus.py: every answer
shipped as package data, then made-up answers of every kind to every question of the practice
bank: 2,851 answers, 2,611 of them distinct), then times on the same texts:

  (a) SudachiPy alone: tokenize, extracting surface, normalized form and part of speech;
  (b) the analyzer's batch path (`analyze_records`, what `furikaeri analyze --jsonl` runs).

The two sides are interleaved (SudachiPy, analyzer, SudachiPy, analyzer … over --rounds rounds on
the same texts) so that a slow spell of a shared machine hits both; each round gives one ratio
(Sudachi time / analyzer time) and the median of those ratios counts, with their spread.
Times are CPU seconds of this process (time.process_time).
The last line is JSON: {"ratio" (median), "ratio_min", "ratio_max", "ratios", "answers",
"distinct_answers", ...}.
Run: .venv/bin/python benchmarks/analyze_throughput.py [--mb 1.0] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from answer_corpus import corpus
from sudachipy import Dictionary, SplitMode

from furikaeri.analyzer import analyze_records


def time_sudachi(texts: list[str]) -> float:
    tokenizer = Dictionary(dict="core").tokenizer(mode=SplitMode.C)
    start = time.process_time()
    for text in texts:
        for m in tokenizer.tokenize(text):
            m.surface(), m.normalized_form(), m.part_of_speech()
    return time.process_time() - start


def time_analyzer(lines: list[str]) -> float:
    start = time.process_time()
    for _ in analyze_records(lines):
        pass
    return time.process_time() - start


def rounds(texts: list[str], lines: list[str], n: int) -> list[tuple[float, float]]:
    """(sudachi, analyzer) CPU seconds of ``n`` interleaved rounds."""
    out = []
    for _ in range(n):
        sudachi = time_sudachi(texts)
        analyzer = time_analyzer(lines)
        out.append((sudachi, analyzer))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (answers only)")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds (median counts)")
    args = ap.parse_args()
    records = corpus(int(args.mb * 1_000_000))
    texts = [r["answer"] for r in records]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    chars = sum(len(t) for t in texts)
    time_analyzer(lines[:50])  # warm up: load the dictionary and compile the lexicons
    timed = rounds(texts, lines, args.rounds)
    ratios = sorted(s / a for s, a in timed)
    sudachi = statistics.median(s for s, _ in timed)
    analyzer = statistics.median(a for _, a in timed)
    result = {
        "answers": len(texts),
        "distinct_answers": len(set(texts)),
        "chars": chars,
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "rounds": len(timed),
        "sudachi_seconds": round(sudachi, 3),
        "analyzer_seconds": round(analyzer, 3),
        "sudachi_chars_per_s": round(chars / sudachi),
        "analyzer_chars_per_s": round(chars / analyzer),
        "ratio": round(statistics.median(ratios), 3),
        "ratio_min": round(ratios[0], 3),
        "ratio_max": round(ratios[-1], 3),
        "ratios": [round(r, 3) for r in ratios],
    }
    print(
        f"{len(texts)} answers ({result['distinct_answers']} distinct), {chars:,} chars "
        f"({result['bytes']:,} bytes)"
    )
    print(f"sudachi  : {result['sudachi_chars_per_s']:>10,} chars/s (median of {len(timed)})")
    print(f"analyzer : {result['analyzer_chars_per_s']:>10,} chars/s (median of {len(timed)})")
    print(
        f"ratio    : {result['ratio']:.3f} median of pairwise ratios "
        f"(spread {result['ratio_min']:.3f}–{result['ratio_max']:.3f})"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
