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
