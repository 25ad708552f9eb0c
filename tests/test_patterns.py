"""furikaeri.patterns: a list of literal phrases is matched by Aho-Corasick and finds what the
equivalent regular expression finds (leftmost, longest); other patterns stay ``re``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from furikaeri.patterns import LiteralUnion, literal_phrases, matcher

PHRASES = ["年収", "給与", "有給", "有給休暇", "休暇", "賞与", "手当"]
ALPHABET = "年収給与有休暇賞手当のはをがか。、"


def _regex_spans(phrases: list[str], text: str) -> list[tuple[int, int]]:
    longest_first = sorted(phrases, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(p) for p in longest_first))
    return [m.span() for m in pattern.finditer(text)]


@given(st.text(alphabet=ALPHABET, max_size=40))
def test_literal_union_finds_what_the_regex_finds(text: str) -> None:
    lit = LiteralUnion(PHRASES)
    assert [(m.start(), m.end()) for m in lit.finditer(text)] == _regex_spans(PHRASES, text)
    assert (lit.search(text) is None) == (not _regex_spans(PHRASES, text))


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        ("年収|給与|賞与", True),
        ("年収(?:は|が)", False),
        ("有給|休[暇日]", False),
        ("HP|ホームページ", True),
    ],
)
def test_only_plain_phrase_lists_become_literal(pattern: str, literal: bool) -> None:
    assert (literal_phrases(pattern) is not None) == literal
    assert isinstance(matcher(pattern), LiteralUnion) == literal


def test_match_is_anchored_at_the_start() -> None:
    lit = LiteralUnion(PHRASES)
    m = lit.match("有給休暇はありますか")
    assert m is not None and (m.start(), m.end()) == (0, 4)
    assert lit.match("その有給") is None


def _all_regexes() -> list[re.Pattern[str]]:
    from furikaeri.analyzer.lexicon import lexicon

    lex = lexicon()
    found = [_unwrap(v) for v in vars(lex).values() if isinstance(_unwrap(v), re.Pattern)]
    found += [
        _unwrap(m)
        for t in lex.topics
        for m in (t.question, t.answer, t.marks)
        if isinstance(_unwrap(m), re.Pattern)
    ]
    return found


def _unwrap(m: object) -> object:
    from furikaeri.patterns import Gated

    return m.compiled if isinstance(m, Gated) else m


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    text = pattern.pattern
    if text.startswith("(?=["):
        text = text[text.index("])(?:") + 5 : -1]
    return re.compile(text, pattern.flags)


SAMPLE_TEXTS = [
    "上司が話を全く聞いてくれず、残業が月80時間を超えていました。",
    "年間休日は何日ですか？ボーナスは年2回ですか。",
    "えっと、まあ、御社の理念に共感し、成長できる環境だと思いました。",
    "学生時代はサークルで部長を務め、参加者を30人から50人に増やしました。",
    "ぶっちゃけ、マジでやばかったっす。バイトで見れるようになりました。",
    "体調を崩しましたが、現在は完治しており、業務に支障はありません。",
]


def test_first_character_lookahead_keeps_every_match_of_the_lexicon() -> None:
    compiled = [p for p in _all_regexes() if p.pattern.startswith("(?=[")]
    assert compiled, "long unions get the lookahead"
    for fast in compiled:
        plain = _plain(fast)
        for text in SAMPLE_TEXTS:
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], plain.pattern[:60]


# Pieces of regular expressions: lookarounds, optional and repeated parts, groups, anchors.
PIECES = [
    "上司",
    "(が|は)",
    "(?:給料|給与)",
    "[0-9]",
    "[ぁ-ん]",
    "?",
    "*",
    "|",
    "評価",
    "(?:a|)",
    "x{0,2}",
    "\\.",
    "^",
    "(?<=が)",
    "(?<!は)",
    "(?:^|(?<=は))",
    "(?!a)",
    "[0-9]*",
    "(?:上司)?",
    "+",
    "{1,3}",
    "(?:上司|評価)+",
    "[がは]",
    "(上司)",
    "(?P<n>給料)",
    ".",
    "\\b",
    "$",
]


@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=7),
    st.text(alphabet="上司がは給料与評価0123ぁあいa.x", max_size=30),
)
def test_the_quick_paths_never_lose_a_match(pieces: list[str], text: str) -> None:
    """Both shortcuts read from a pattern's text find what the plain pattern finds: the
    first-character lookahead (`first_chars`) and the literal gate (`necessary_literals`:
    every match holds one of its literals)."""
    from furikaeri.patterns import Gated, first_chars, necessary_literals

    pattern = "".join(pieces)
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    found = [m.span() for m in plain.finditer(text)]
    chars = first_chars(pattern)
    if chars is not None:
        fast = re.compile(f"(?=[{chars}])(?:{pattern})")
        assert [m.span() for m in fast.finditer(text)] == found
    needed = necessary_literals(pattern)
    if needed is not None:
        assert all(needed)
        for m in plain.finditer(text):
            assert any(n in m.group() for n in needed), (pattern, m.group(), needed)
        gated = Gated(plain, needed)
        assert [m.span() for m in gated.finditer(text)] == found
        assert (gated.search(text) is None) == (plain.search(text) is None)
        assert (gated.match(text) is None) == (plain.match(text) is None)


def test_gated_lexicon_patterns_find_what_they_found() -> None:
    """Every lexicon regex behind a gate finds what it found (the analyzer gates one)."""
    from furikaeri.patterns import Gated, gated

    patterns = [gated(p) for p in _all_regexes()]
    gates = [g for g in patterns if isinstance(g, Gated)]
    assert gates, "a literal gate is read from most lexicon unions"
    for g in gates:
        for text in SAMPLE_TEXTS:
            assert [m.span() for m in g.finditer(text)] == [
                m.span() for m in g.compiled.finditer(text)
            ], g.pattern[:60]


def test_the_delivery_gate_is_gated() -> None:
    from furikaeri.analyzer.core import _delivery_gate
    from furikaeri.patterns import Gated

    gate = _delivery_gate()
    assert isinstance(gate, Gated)
    for text in [*SAMPLE_TEXTS, "御社を志望した理由は、理念に共感したからです。"]:
        assert (gate.search(text) is None) == (gate.compiled.search(text) is None)
