#!/usr/bin/env python3
"""Lexicon audit: how many cases each entry of the answer analyzer's data files matches.

For every alternative of every pattern (at any depth of its alternations) and every word of a
word list in analyzer.toml, kinds.toml and topics.toml, count the cases of each JSONL file
that the entry matches. Only the cases a section applies to are counted (a 逆質問 pattern is
counted on reverse_questions answers, a kind rule on the questions). A long tail of entries
matching one development case and nothing else is the sign of rules fitted to sentences.

    .venv/bin/python scripts/lexicon_audit.py ../shared/eval/answers.jsonl OTHER.jsonl ...

The first file is the development set. Prints counts and entries only, never a case's text
(so it can be run on blind probe sets). ``--single`` lists only the entries that match exactly
one case of the first file and no case of the others.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.semantics import concept
from furikaeri.catalogue import load_data
from furikaeri.nlp import fold, morphemes
from furikaeri.patterns import _class_end, _group_end, _split_top

ALL = None  # a section that applies to every kind
LEAVING = ("reason_for_leaving", "short_tenure")
# Which kinds of answer each section of analyzer.toml is read on.
SECTION_KINDS: dict[str, tuple[str, ...] | None] = {
    "numbers": ALL,
    "results": ALL,
    "fillers": ALL,
    "casual": ALL,
    "strengths": ALL,
    "blame": LEAVING,
    "reverse_question": ("reverse_questions",),
    "motivation": ("motivation",),
    "self_pr": ("self_pr",),
    "short_tenure": ("short_tenure",),
}
CONCEPT_KINDS: dict[str, tuple[str, ...]] = {
    "conditions": ("reverse_questions", "motivation"),
    "researchable": ("reverse_questions",),
}
TOKEN_LISTS = {("motivation", "stop_nouns"), ("motivation", "industry_nouns")}
TOKEN_LISTS |= {("self_pr", "vague_verbs")}
SKIP_KEYS = {"per_minute_limit", "min_count", "pairs", "name", "suggestion", "spoken"}


@dataclass
class Case:
    kind: str
    question: str
    answer: str  # folded like the analyzer folds it
    words: set[str]  # normalized and dictionary forms of the answer's tokens
    groups: set[int]  # Sudachi synonym groups of its nouns


@dataclass
class Entry:
    where: str
    text: str
    field: str  # "answer" | "question" | "words" | "concept"
    kinds: tuple[str, ...] | None
    pattern: re.Pattern[str] | None = None
    concept: str = ""


def load_cases(path: Path) -> list[Case]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        question = fold(rec.get("question") or "")
        kind = rec.get("kind") or infer_kind(rec.get("question"))
        answer = rec.get("answer") or ""
        words: set[str] = set()
        groups: set[int] = set()
        for m in morphemes(answer):
            words.update((m.normalized_form(), m.dictionary_form(), m.surface()))
            if m.part_of_speech()[0] == "名詞":
                groups.update(m.synonym_group_ids())
        out.append(Case(kind, question, Doc(answer).folded, words, groups))
    return out


def _lookaround(inner: str) -> bool:
    return inner.startswith("?") and not inner.startswith(("?:", "?P<"))


def variants(pattern: str) -> Iterator[tuple[str, str]]:
    """(leaf alternative, the pattern restricted to it) for every alternation in ``pattern``."""
    alts = _split_top(pattern) or [pattern]
    if len(alts) > 1:
        for alt in alts:
            inner = list(variants(alt))
            yield from inner if inner else [(alt, alt)]
        return
    alt = alts[0]
    i = 0
    while i < len(alt):
        c = alt[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = (_class_end(alt, i) or i) + 1
            continue
        if c == "(":
            end = _group_end(alt, i)
            if end is None:
                return
            inner = alt[i + 1 : end]
            if not _lookaround(inner):
                prefix = ""
                if inner.startswith("?:"):
                    prefix, inner = "?:", inner[2:]
                elif inner.startswith("?P<"):
                    prefix, inner = inner[: inner.index(">") + 1], inner[inner.index(">") + 1 :]
                if len(_split_top(inner) or [inner]) > 1 or "(" in inner:
                    for leaf, sub in variants(inner):
                        yield leaf, alt[: i + 1] + prefix + sub + alt[end:]
            i = end + 1
            continue
        i += 1


def _pattern_entries(where: str, value: object, field: str, kinds: tuple[str, ...] | None):
    patterns = value if isinstance(value, list) else [value]
    for n, p in enumerate(patterns):
        if not isinstance(p, str):
            continue
        spot = f"{where}[{n}]" if isinstance(value, list) else where
        found = list(variants(p)) or [(p, p)]
        for leaf, variant in found:
            yield Entry(spot, leaf, field, kinds, re.compile(variant))


def entries() -> Iterator[Entry]:
    data = load_data("analyzer.toml")
    for section, body in data.items():
        if section in ("orthography",):
            continue
        for key, value in body.items():
            where = f"analyzer.{section}.{key}"
            if section == "concepts" and isinstance(value, list):
                kinds = CONCEPT_KINDS.get(key, LEAVING)
                for word in value:
                    yield Entry(where, word, "concept", kinds, concept=key)
                continue
            if section == "casual" and key == "lemmas":
                for e in value:
                    yield Entry(where, e["lemma"], "words", ALL)
                continue
            if section == "casual" and key == "patterns":
                for e in value:
                    yield from _pattern_entries(f"{where}.{e['name']}", e["pattern"], "answer", ALL)
                continue
            if key in SKIP_KEYS or not isinstance(value, str | list):
                continue
            kinds = LEAVING if section == "concepts" else SECTION_KINDS.get(section, ALL)
            if (section, key) in TOKEN_LISTS:
                for word in value:
                    yield Entry(where, word, "words", kinds)
            elif section == "blame" and key == "phrases":
                for word in value:
                    yield Entry(where, word, "answer", kinds, re.compile(re.escape(word)))
            else:
                yield from _pattern_entries(where, value, "answer", kinds)
    for n, rule in enumerate(load_data("kinds.toml")["rules"]):
        yield from _pattern_entries(f"kinds[{n}:{rule['kind']}]", rule["patterns"], "question", ALL)
    for topic in load_data("topics.toml")["topics"]:
        where = f"topics.{topic['name']}"
        yield from _pattern_entries(f"{where}.question", topic["question"], "question", ALL)
        yield from _pattern_entries(f"{where}.answer", topic["answer"], "answer", ALL)
        if topic.get("marks"):
            yield from _pattern_entries(f"{where}.marks", topic["marks"], "answer", ALL)


def _seed_matches(word: str, name: str, case: Case) -> bool:
    if word in case.words:
        return True
    ms = morphemes(word)
    if len(ms) != 1:
        return False
    if ms[0].normalized_form() in case.words:
        return True
    return bool(set(ms[0].synonym_group_ids()) & case.groups) and bool(concept(name).groups)


def matches(entry: Entry, case: Case) -> bool:
    if entry.kinds is not None and case.kind not in entry.kinds:
        return False
    if entry.field == "words":
        return entry.text in case.words
    if entry.field == "concept":
        return _seed_matches(entry.text, entry.concept, case)
    text = case.question if entry.field == "question" else case.answer
    return bool(entry.pattern and entry.pattern.search(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--single", action="store_true", help="only entries with one dev match")
    args = ap.parse_args()
    sets = [load_cases(f) for f in args.files]
    rows = []
    for e in entries():
        counts = [sum(matches(e, c) for c in cases) for cases in sets]
        rows.append((e, counts))
    singles = [r for r in rows if r[1][0] == 1 and not any(r[1][1:])]
    print(f"# entries: {len(rows)}  matching 1 dev case and nothing else: {len(singles)}")
    print("# files: " + " ".join(f.name for f in args.files))
    for e, counts in singles if args.single else rows:
        print("\t".join([e.where, e.text, *map(str, counts)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
