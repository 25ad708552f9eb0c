"""Throughput of the answer analyzer against plain SudachiPy tokenization, in one run.

Builds a corpus of at least 1 MB of interview answers (the bundled samples and the analyzer's
own test phrasings, varied), then times on the same texts:

  (a) SudachiPy alone: tokenize, extracting surface, normalized form and part of speech;
  (b) the analyzer's batch path (`analyze_records`, what `furikaeri analyze --jsonl` runs).

The two sides are interleaved (SudachiPy, analyzer, SudachiPy, analyzer … over --rounds rounds on
the same texts) so that a slow spell of a shared machine hits both; each round gives one ratio
(Sudachi time / analyzer time) and the median of those ratios counts, with their spread.
Times are CPU seconds of this process (time.process_time).
The last line is JSON: {"ratio" (median), "ratio_min", "ratio_max", "ratios", ...}.
Run: .venv/bin/python benchmarks/analyze_throughput.py [--mb 1.0] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from importlib import resources

from sudachipy import Dictionary, SplitMode

from furikaeri.analyzer import analyze_records

COMPANIES = [
    "株式会社ハレノヒ旅行",
    "みどり信用金庫",
    "株式会社ソラマチ電機",
    "こまち保育サービス株式会社",
]


def corpus(min_bytes: int) -> list[dict]:
    """Sample answers repeated with small variations (company, numbers) up to min_bytes."""
    path = resources.files("furikaeri.data").joinpath("samples/answers.jsonl")
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    out: list[dict] = []
    size = 0
    i = 0
    while size < min_bytes:
        rec = dict(base[i % len(base)])
        company = COMPANIES[(i // len(base)) % len(COMPANIES)]
        rec["id"] = f"b{i}"
        rec["answer"] = (
            rec["answer"].replace("御社", f"{company[:6]}様").replace("四", str(i % 9 + 1))
        )
        if "company" in rec:
            rec["company"] = {**rec["company"], "name": company}
        out.append(rec)
        size += len(rec["answer"].encode("utf-8"))
        i += 1
    return out


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
    print(f"{len(texts)} answers, {chars:,} chars ({result['bytes']:,} bytes)")
    print(f"sudachi  : {result['sudachi_chars_per_s']:>10,} chars/s (median of {len(timed)})")
    print(f"analyzer : {result['analyzer_chars_per_s']:>10,} chars/s (median of {len(timed)})")
    print(
        f"ratio    : {result['ratio']:.3f} median of pairwise ratios "
        f"(spread {result['ratio_min']:.3f}–{result['ratio_max']:.3f})"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
