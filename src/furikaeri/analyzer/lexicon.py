"""Compiled lexicons and patterns of the analyzer, loaded once from data/*.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from furikaeri.catalogue import load_data
from furikaeri.patterns import compile_fast, union


@dataclass(frozen=True)
class Topic:
    name: str
    label: str
    question: re.Pattern[str]
    answer: re.Pattern[str]
    hint: str


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    orthography: tuple[tuple[str, str], ...]
    fillers: re.Pattern[str]
    number: re.Pattern[str]
    result: re.Pattern[str]
    casual_lemmas: dict[str, str]
    casual_prefilter: re.Pattern[str]
    casual_union: re.Pattern[str]  # one alternation; group N is casual pattern N
    casual_suggestions: dict[int, str]
    blame: re.Pattern[str]
    negation: re.Pattern[str]
    denial: re.Pattern[str]
    question_end: re.Pattern[str]
    no_question: re.Pattern[str]
    conditions: re.Pattern[str]
    researchable: re.Pattern[str]
    researched: re.Pattern[str]
    local_scope: re.Pattern[str]
    generic_motivation: re.Pattern[str]
    stop_nouns: frozenset[str]
    industry_nouns: frozenset[str]
    experience: re.Pattern[str]
    pr_claims: re.Pattern[str]
    situation: re.Pattern[str]
    vague_verbs: frozenset[str]
    tenure_reason: re.Pattern[str]
    tenure_vague: re.Pattern[str]
    tenure_future: re.Pattern[str]
    conclusion_first: re.Pattern[str]
    forward: re.Pattern[str]
    work_question: re.Pattern[str]
    kind_rules: tuple[tuple[str, re.Pattern[str]], ...]
    topics: tuple[Topic, ...]


@cache
def lexicon() -> Lexicon:
    """Load and compile every pattern (cached: the first call costs a few ms)."""
    a = load_data("analyzer.toml")
    kinds = load_data("kinds.toml")["rules"]
    topics = load_data("topics.toml")["topics"]
    num = a["numbers"]
    return Lexicon(
        raw=a,
        orthography=tuple((v, c) for v, c in a["orthography"]["pairs"]),
        fillers=compile_fast(a["fillers"]["pattern"]),
        number=union([num["pattern"], num["single_kanji_pattern"]]),
        result=union(a["results"]["patterns"]),
        casual_lemmas={e["lemma"]: e["suggestion"] for e in a["casual"]["lemmas"]},
        casual_prefilter=compile_fast(a["casual"]["pattern_prefilter"]),
        casual_union=compile_fast("|".join(f"({e['pattern']})" for e in a["casual"]["patterns"])),
        casual_suggestions={
            i: e["suggestion"] for i, e in enumerate(a["casual"]["patterns"], start=1)
        },
        blame=union(a["blame"]["patterns"]),
        negation=compile_fast(a["blame"]["negations"]),
        denial=compile_fast(a["blame"]["denials"]),
        question_end=compile_fast(a["reverse_question"]["question_end"]),
        no_question=union(a["reverse_question"]["none_patterns"]),
        conditions=compile_fast(a["reverse_question"]["conditions"]),
        researchable=compile_fast(a["reverse_question"]["researchable"]),
        researched=compile_fast(a["reverse_question"]["researched"]),
        local_scope=compile_fast(a["reverse_question"]["local_scope"]),
        generic_motivation=union(a["motivation"]["generic_patterns"]),
        stop_nouns=frozenset(a["motivation"]["stop_nouns"]),
        industry_nouns=frozenset(a["motivation"]["industry_nouns"]),
        experience=compile_fast(a["motivation"]["experience"]),
        pr_claims=union(a["self_pr"]["claim_patterns"]),
        situation=compile_fast(a["self_pr"]["situation"]),
        vague_verbs=frozenset(a["self_pr"]["vague_verbs"]),
        tenure_reason=union(a["short_tenure"]["reason_patterns"]),
        tenure_vague=compile_fast(a["short_tenure"]["vague_patterns"]),
        tenure_future=union(a["short_tenure"]["future_patterns"]),
        conclusion_first=compile_fast(a["strengths"]["conclusion_first"]),
        forward=compile_fast(a["strengths"]["forward"]),
        work_question=compile_fast(a["strengths"]["work_question"]),
        kind_rules=tuple((r["kind"], union(r["patterns"])) for r in kinds),
        topics=tuple(
            Topic(
                t["name"],
                t["label"],
                compile_fast(t["question"]),
                compile_fast(t["answer"]),
                t["hint"],
            )
            for t in topics
        ),
    )
