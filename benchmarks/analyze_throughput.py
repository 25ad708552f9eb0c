"""Throughput of the answer analyzer against plain SudachiPy tokenization, in one run.

Builds a corpus of at least 1 MB of interview answers (the bundled samples and the analyzer's
own test phrasings, varied), then times on the same texts:

  (a) SudachiPy alone: tokenize, extracting surface, normalized form and part of speech;
  (b) the analyzer's batch path (`analyze_records`, what `furikaeri analyze --jsonl` runs).

Times are CPU seconds of this process (time.process_time), so that other work on a shared
2-core machine skews the ratio less; the best of --repeat runs counts.
The last line is JSON: {"analyzer_chars_per_s", "sudachi_chars_per_s", "ratio", ...}.
Run: .venv/bin/python benchmarks/analyze_throughput.py [--mb 1.0] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (answers only)")
    ap.add_argument("--repeat", type=int, default=2, help="take the best of N runs of each")
    args = ap.parse_args()
    records = corpus(int(args.mb * 1_000_000))
    texts = [r["answer"] for r in records]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    chars = sum(len(t) for t in texts)
    time_analyzer(lines[:50])  # warm up: load the dictionary and compile the lexicons
    sudachi = min(time_sudachi(texts) for _ in range(args.repeat))
    analyzer = min(time_analyzer(lines) for _ in range(args.repeat))
    result = {
        "answers": len(texts),
        "chars": chars,
        "bytes": sum(len(t.encode("utf-8")) for t in texts),
        "sudachi_seconds": round(sudachi, 3),
        "analyzer_seconds": round(analyzer, 3),
        "sudachi_chars_per_s": round(chars / sudachi),
        "analyzer_chars_per_s": round(chars / analyzer),
        "ratio": round(sudachi / analyzer, 3),
    }
    print(f"{len(texts)} answers, {chars:,} chars ({result['bytes']:,} bytes)")
    print(f"sudachi  : {result['sudachi_chars_per_s']:>10,} chars/s")
    print(f"analyzer : {result['analyzer_chars_per_s']:>10,} chars/s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
