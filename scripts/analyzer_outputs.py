"""Write what the answer analyzer says about a fixed, broad set of answers, to check that a
change meant only for speed changes no output (byte-identical files before and after).

The set: the eval's and the bundled samples' answers as they are (through ``analyze_records``,
what `furikaeri analyze --jsonl` runs); the throughput benchmark's corpus; and every Japanese
string of the analyzer tests and of those files crossed with every kind (and no kind, and the
questions of the eval), through ``analyze_records`` and through ``analyze()`` one at a time.

Run: .venv/bin/python scripts/analyzer_outputs.py OUT.jsonl   (then `cmp` two such files)
Nothing is written but OUT (a few MB: keep it out of the repository).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import re
import sys
from pathlib import Path

from furikaeri.analyzer import analyze, analyze_records
from furikaeri.analyzer.types import KINDS, AnalyzeError

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "answers.jsonl"
SAMPLES = ROOT / "src" / "furikaeri" / "data" / "samples" / "answers.jsonl"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _test_strings() -> list[str]:
    """Japanese string constants of the analyzer's tests (sentences of parametrised tables)."""
    found: dict[str, None] = {}
    for path in sorted((ROOT / "tests").glob("test_analyzer_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value) >= 4 and _JAPANESE.search(value):
                found[value] = None
    return list(found)


def _benchmark_records() -> list[dict]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from analyze_throughput import corpus

    return corpus(1_000_000)


def _crossed(texts: list[str], questions: list[str], companies: list[dict]) -> list[dict]:
    out = []
    for i, text in enumerate(texts):
        company = companies[i % len(companies)] if companies else None
        for kind in (*KINDS, None):
            rec: dict = {"id": f"x{i}-{kind}", "answer": text}
            if kind:
                rec["kind"] = kind
            if company and kind in ("motivation", None):
                rec["company"] = company
            out.append(rec)
        for j, q in enumerate(questions[i % 5 :: 5][:3]):
            out.append({"id": f"q{i}-{j}", "answer": text, "question": q})
    return out


def _one_by_one(records: list[dict]) -> list[dict]:
    out = []
    for rec in records:
        try:
            res = analyze(
                rec["answer"],
                question=rec.get("question"),
                kind=rec.get("kind"),
                company=rec.get("company"),
            )
            out.append({"id": rec["id"], **res.to_dict()})
        except AnalyzeError as exc:
            out.append({"id": rec["id"], "error": str(exc)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    given = [*_jsonl(EVAL), *_jsonl(SAMPLES)]
    texts = list(dict.fromkeys([*(r["answer"] for r in given), *_test_strings()]))
    questions = list(dict.fromkeys(r["question"] for r in given if r.get("question")))
    companies = [r["company"] for r in given if isinstance(r.get("company"), dict)]
    crossed = _crossed(texts, questions, companies)
    sets = {
        "given": given,
        "benchmark": _benchmark_records(),
        "crossed": crossed,
    }
    with args.out.open("w", encoding="utf-8") as fh:
        for name, records in sets.items():
            lines = [json.dumps(r, ensure_ascii=False) for r in records]
            lines.append("{not json")  # error records too
            for rec in analyze_records(lines):
                fh.write(f"{name}\t{json.dumps(rec, ensure_ascii=False)}\n")
        for rec in _one_by_one(crossed[::3]):
            fh.write(f"single\t{json.dumps(rec, ensure_ascii=False)}\n")
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()[:16]
    counts = ", ".join(f"{k} {len(v)}" for k, v in sets.items())
    print(f"{args.out}: {counts}, {len(texts)} texts crossed; sha256 {digest}")


if __name__ == "__main__":
    main()
