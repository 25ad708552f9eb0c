"""Compiled lexicons and patterns of the analyzer, loaded once from data/*.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from furikaeri.analyzer.schema import AnalyzerData, KindsData, TopicsData
from furikaeri.catalogue import load_data, validated
from furikaeri.patterns import Matcher, matcher


@dataclass(frozen=True)
class Topic:
    name: str
    label: str
    question: Matcher
    answer: Matcher
    hint: str
    marks: Matcher | None = None


@dataclass(frozen=True)
class Lexicon:
    raw: dict[str, Any]
    orthography: tuple[tuple[str, str], ...]
    fillers: Matcher
    number: Matcher
    result: Matcher
    casual_lemmas: dict[str, str]
    casual_prefilter: Matcher
    casual_union: re.Pattern[str]  # one alternation of named groups, one per casual pattern
    casual_suggestions: dict[str, str]  # group name -> polite alternative
    spoken_suggestions: frozenset[str]  # suggestions of spoken-style (not slang) forms
    blame_phrases: Matcher
    blame: Matcher
    negation: Matcher
    denial: Matcher
    question_end: Matcher
    no_question: Matcher
    conditions: Matcher
    researchable: Matcher
    researched: Matcher
    local_scope: Matcher
    generic_motivation: Matcher
    stop_nouns: frozenset[str]
    industry_nouns: frozenset[str]
    experience: Matcher
    pr_claims: Matcher
    situation: Matcher
    vague_verbs: frozenset[str]
    tenure_reason: Matcher
    tenure_vague: Matcher
    tenure_future: Matcher
    tenure_health: Matcher
    tenure_present: Matcher
    conclusion_first: Matcher
    forward: Matcher
    work_question: Matcher
    kind_rules: tuple[tuple[str, Matcher], ...]
    topics: tuple[Topic, ...]


@cache
def lexicon() -> Lexicon:
    """Load and compile every pattern (cached: the first call costs a few ms)."""
    a = load_data("analyzer.toml")
    validated("analyzer.toml", AnalyzerData, a)  # raises DataFileError naming the bad place
    kinds = validated("kinds.toml", KindsData).model_dump()["rules"]
    topics = validated("topics.toml", TopicsData).model_dump()["topics"]
    num = a["numbers"]
    return Lexicon(
        raw=a,
        orthography=tuple((v, c) for v, c in a["orthography"]["pairs"]),
        fillers=matcher(a["fillers"]["pattern"]),
        number=matcher([num["pattern"], num["single_kanji_pattern"]]),
        result=matcher(a["results"]["patterns"]),
        casual_lemmas={e["lemma"]: e["suggestion"] for e in a["casual"]["lemmas"]},
        casual_prefilter=matcher(a["casual"]["pattern_prefilter"]),
        casual_union=re.compile(
            "|".join(f"(?P<{e['name']}>{e['pattern']})" for e in a["casual"]["patterns"])
        ),
        casual_suggestions={e["name"]: e["suggestion"] for e in a["casual"]["patterns"]},
        spoken_suggestions=frozenset(
            [e["suggestion"] for e in a["casual"]["patterns"] if e.get("spoken")]
            + [a["casual"]["inuki_suggestion"]]
        ),
        blame_phrases=matcher("|".join(a["blame"]["phrases"])),
        blame=matcher(a["blame"]["patterns"]),
        negation=matcher(a["blame"]["negations"]),
        denial=matcher(a["blame"]["denials"]),
        question_end=matcher(a["reverse_question"]["question_end"]),
        no_question=matcher(a["reverse_question"]["none_patterns"]),
        conditions=matcher(a["reverse_question"]["conditions"]),
        researchable=matcher(a["reverse_question"]["researchable"]),
        researched=matcher(a["reverse_question"]["researched"]),
        local_scope=matcher(a["reverse_question"]["local_scope"]),
        generic_motivation=matcher(a["motivation"]["generic_patterns"]),
        stop_nouns=frozenset(a["motivation"]["stop_nouns"]),
        industry_nouns=frozenset(a["motivation"]["industry_nouns"]),
        experience=matcher(a["motivation"]["experience"]),
        pr_claims=matcher(a["self_pr"]["claim_patterns"]),
        situation=matcher(a["self_pr"]["situation"]),
        vague_verbs=frozenset(a["self_pr"]["vague_verbs"]),
        tenure_reason=matcher(a["short_tenure"]["reason_patterns"]),
        tenure_vague=matcher(a["short_tenure"]["vague_patterns"]),
        tenure_future=matcher(a["short_tenure"]["future_patterns"]),
        tenure_health=matcher(a["short_tenure"]["health_patterns"]),
        tenure_present=matcher(a["short_tenure"]["present_patterns"]),
        conclusion_first=matcher(a["strengths"]["conclusion_first"]),
        forward=matcher(a["strengths"]["forward"]),
        work_question=matcher(a["strengths"]["work_question"]),
        kind_rules=tuple((r["kind"], matcher(r["patterns"])) for r in kinds),
        topics=tuple(
            Topic(
                t["name"],
                t["label"],
                matcher(t["question"]),
                matcher(t["answer"]),
                t["hint"],
                matcher(t["marks"]) if t.get("marks") else None,
            )
            for t in topics
        ),
    )
