"""Compiled lexicons and patterns of the analyzer, loaded once from data/*.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from furikaeri.catalogue import load_data


def _union(patterns: list[str]) -> re.Pattern[str]:
    return _compile("|".join(f"(?:{p})" for p in patterns))


def _compile(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` behind a lookahead on the characters a match can start with, when
    they are known: the engine then rejects most positions at once instead of trying every
    alternative of a long union there (same matches, a fraction of the time)."""
    try:
        chars = _first_chars(pattern)
    except Exception:  # re's parser is internal: if it changes, only the speed-up is lost
        chars = None
    return re.compile(f"(?=[{chars}])(?:{pattern})" if chars else pattern)


def _first_chars(pattern: str) -> str | None:
    """A character class (without brackets) of the first character of every match, or None
    when some match may start with any character or be empty."""
    import re._parser as _parser  # CPython >= 3.11

    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    items, nullable = _first_of_seq(parsed.data)
    if items is None or nullable or not items:
        return None
    return "".join(items)


def _first_of_seq(seq: Any) -> tuple[set[str] | None, bool]:
    """First-character class items of a sequence of parsed items, and whether it can be empty."""
    acc: set[str] = set()
    for op, av in seq:
        items, nullable = _first_of_item(op, av)
        if items is None:
            return None, False
        acc |= items
        if not nullable:
            return acc, False
    return acc, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    import re._constants as c  # CPython >= 3.11

    if op is c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is c.IN:
        out: set[str] = set()
        for kind, val in av:
            if kind is c.LITERAL:
                out.add(re.escape(chr(val)))
            elif kind is c.RANGE:
                out.add(f"{re.escape(chr(val[0]))}-{re.escape(chr(val[1]))}")
            else:  # NEGATE, CATEGORY: any character may start
                return None, False
        return out, False
    if op is c.SUBPATTERN:
        return _first_of_seq(av[3].data)
    if op is c.ATOMIC_GROUP:
        return _first_of_seq(av.data)
    if op is c.BRANCH:
        acc: set[str] = set()
        nullable = False
        for alt in av[1]:
            items, alt_nullable = _first_of_seq(alt.data)
            if items is None:
                return None, False
            acc |= items
            nullable = nullable or alt_nullable
        return acc, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        items, inner_nullable = _first_of_seq(av[2].data)
        return items, av[0] == 0 or inner_nullable
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: the match starts after them
        return set(), True
    return None, False  # ANY, NOT_LITERAL, back references: unknown


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
        fillers=_compile(a["fillers"]["pattern"]),
        number=_union([num["pattern"], num["single_kanji_pattern"]]),
        result=_union(a["results"]["patterns"]),
        casual_lemmas={e["lemma"]: e["suggestion"] for e in a["casual"]["lemmas"]},
        casual_prefilter=_compile(a["casual"]["pattern_prefilter"]),
        casual_union=_compile("|".join(f"({e['pattern']})" for e in a["casual"]["patterns"])),
        casual_suggestions={
            i: e["suggestion"] for i, e in enumerate(a["casual"]["patterns"], start=1)
        },
        blame=_union(a["blame"]["patterns"]),
        negation=_compile(a["blame"]["negations"]),
        denial=_compile(a["blame"]["denials"]),
        question_end=_compile(a["reverse_question"]["question_end"]),
        no_question=_union(a["reverse_question"]["none_patterns"]),
        conditions=_compile(a["reverse_question"]["conditions"]),
        researchable=_compile(a["reverse_question"]["researchable"]),
        researched=_compile(a["reverse_question"]["researched"]),
        local_scope=_compile(a["reverse_question"]["local_scope"]),
        generic_motivation=_union(a["motivation"]["generic_patterns"]),
        stop_nouns=frozenset(a["motivation"]["stop_nouns"]),
        industry_nouns=frozenset(a["motivation"]["industry_nouns"]),
        experience=_compile(a["motivation"]["experience"]),
        pr_claims=_union(a["self_pr"]["claim_patterns"]),
        situation=_compile(a["self_pr"]["situation"]),
        vague_verbs=frozenset(a["self_pr"]["vague_verbs"]),
        tenure_reason=_union(a["short_tenure"]["reason_patterns"]),
        tenure_vague=_compile(a["short_tenure"]["vague_patterns"]),
        tenure_future=_union(a["short_tenure"]["future_patterns"]),
        conclusion_first=_compile(a["strengths"]["conclusion_first"]),
        forward=_compile(a["strengths"]["forward"]),
        work_question=_compile(a["strengths"]["work_question"]),
        kind_rules=tuple((r["kind"], _union(r["patterns"])) for r in kinds),
        topics=tuple(
            Topic(t["name"], t["label"], _compile(t["question"]), _compile(t["answer"]), t["hint"])
            for t in topics
        ),
    )
