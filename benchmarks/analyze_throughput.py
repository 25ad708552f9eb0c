"""Throughput of the answer analyzer against plain SudachiPy tokenization, in one run.

Builds two corpora of at least 1 MB of interview answers each (benchmarks/answer_corpus.py):

  - repeating (``corpus``): every answer shipped as package data, then made-up answers of every
    kind to every question of the practice bank (2,851 answers, 2,611 of them distinct). Its
    answers are built from a limited stock of sentences: about three quarters of its characters
    are in a sentence said before in it, which a batch tokenizes once (analyzer/pieces.py);
  - distinct (``distinct_corpus``): the same records with no sentence said twice (a record's
    sentences not said before, topped up with the next records' new ones to its length; 2,402
    answers, 142 characters on average against 118). Nothing is there to reuse, so this is the
    analyzer's own speed, and the fairer figure for the web path (analyze() of one answer).

and times on the same texts of each:

  (a) SudachiPy alone: tokenize, extracting surface, normalized form and part of speech;
  (b) the analyzer's batch path (`analyze_records`, what `furikaeri analyze --jsonl` runs).

The sides are interleaved (per round: SudachiPy and analyzer on the repeating corpus, then on
the distinct one, over --rounds rounds) so that a slow spell of a shared machine hits all; each
round gives one ratio per corpus (Sudachi time / analyzer time), and the median of those ratios
counts, with their spread. Both sides are warmed first on a corpus of another seed (one untimed
pass), so the rounds time the steady speed on texts no cache has seen before the first round.
Times are CPU seconds of this process (time.process_time).
The printed lines: the repeating corpus's (as before this corpus had a twin), then the distinct
corpus's (``distinct:``). The last line is JSON: {"ratio" (median, repeating corpus),
"ratio_min", "ratio_max", "ratios", "answers", "distinct_answers", ..., "distinct": {the same
keys for the distinct corpus}}.
Run: .venv/bin/python benchmarks/analyze_throughput.py [--mb 1.0] [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from answer_corpus import corpus, distinct_corpus
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


def rounds(corpora: list[tuple[list[str], list[str]]], n: int) -> list[list[tuple[float, float]]]:
    """(sudachi, analyzer) CPU seconds of ``n`` interleaved rounds, per corpus (texts, lines)."""
    out: list[list[tuple[float, float]]] = [[] for _ in corpora]
    for _ in range(n):
        for timed, (texts, lines) in zip(out, corpora, strict=True):
            sudachi = time_sudachi(texts)
            analyzer = time_analyzer(lines)
            timed.append((sudachi, analyzer))
    return out


def summary(records: list[dict], timed: list[tuple[float, float]]) -> dict:
    texts = [r["answer"] for r in records]
    chars = sum(len(t) for t in texts)
    ratios = sorted(s / a for s, a in timed)
    sudachi = statistics.median(s for s, _ in timed)
    analyzer = statistics.median(a for _, a in timed)
    return {
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


def show(result: dict, prefix: str = "") -> None:
    n = result["rounds"]
    print(
        f"{prefix}{result['answers']} answers ({result['distinct_answers']} distinct), "
        f"{result['chars']:,} chars ({result['bytes']:,} bytes)"
    )
    print(f"{prefix}sudachi  : {result['sudachi_chars_per_s']:>10,} chars/s (median of {n})")
    print(f"{prefix}analyzer : {result['analyzer_chars_per_s']:>10,} chars/s (median of {n})")
    print(
        f"{prefix}ratio    : {result['ratio']:.3f} median of pairwise ratios "
        f"(spread {result['ratio_min']:.3f}–{result['ratio_max']:.3f})"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (answers only)")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds (median counts)")
    args = ap.parse_args()
    size = int(args.mb * 1_000_000)
    both = [corpus(size), distinct_corpus(size)]
    corpora = [
        ([r["answer"] for r in recs], [json.dumps(r, ensure_ascii=False) for r in recs])
        for recs in both
    ]
    # Warm up on answers of another seed (not the timed texts, so no cache holds them): the
    # dictionary's pages, the lexicons compiled on first use, the word cache. Warmed on 50 lines,
    # the first round ran a third slower than the rest (one-time costs, not the steady speed).
    warm = corpus(size, seed=7)
    time_sudachi([r["answer"] for r in warm])
    time_analyzer([json.dumps(r, ensure_ascii=False) for r in warm])
    timed = rounds(corpora, args.rounds)
    result = summary(both[0], timed[0])
    result["distinct"] = summary(both[1], timed[1])
    show(result)
    show(result["distinct"], "distinct: ")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
