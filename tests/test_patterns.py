"""furikaeri.patterns: a list of literal phrases is matched by Aho-Corasick and finds what the
equivalent regular expression finds (leftmost, longest); other patterns stay ``re``."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
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


@given(
    st.lists(
        st.sampled_from([*PIECES, "[ァ-ヺ][いか]", "(?:い|か)", "(?=[上評])", "(?:"]),
        min_size=1,
        max_size=8,
    ),
    st.text(alphabet="上司がは給料与評価0123ぁあいかa.xアイ", max_size=30),
)
def test_a_gate_with_residual_alternatives_never_loses_a_match(
    pieces: list[str], text: str
) -> None:
    """Every match holds one of the gate's literals or is a match of its residual
    alternatives, so the gated pattern finds what the plain one finds."""
    from furikaeri.patterns import Gated, gated, literal_gate

    pattern = "".join(pieces)
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    gate = literal_gate(pattern)
    if gate is None:
        return
    needed, residual = gate
    rest = re.compile("|".join(f"(?:{p})" for p in residual)) if residual else None
    for m in plain.finditer(text):
        held = any(n in m.group() for n in needed)
        assert held or (rest is not None and rest.search(text)), (pattern, m.group(), gate)
    fast = gated(plain)
    assert isinstance(fast, Gated)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_delivery_gate_leaves_one_kana_to_a_residual_scan() -> None:
    """The katakana alternative (「[ァ-ヺ][いく…]」: エグい, キレる) would open the gate on a
    single common kana: it is scanned apart, and the literals are at least two characters
    or a kanji."""
    from furikaeri.analyzer.core import _delivery_gate
    from furikaeri.patterns import Gated, may_match

    gate = _delivery_gate()
    assert isinstance(gate, Gated) and gate.residual is not None
    assert not any(len(w) == 1 and "\u3040" <= w <= "\u30ff" for w in gate.needed)
    assert may_match(gate, "エグい話でした。")
    assert not may_match(gate, "御社の理念に共感し、志望いたしました。")


SPLIT_PIECES = [
    *PIECES,
    "|",
    "|",
    "[^、。]{1,3}評価",
    "^[^。]{0,3}として",
    "(?:っ|)て",
    "(?P<g>上司)",
]


@settings(max_examples=300)
@given(
    st.lists(st.sampled_from(SPLIT_PIECES), min_size=1, max_size=8),
    st.text(alphabet="上司がは給料与評価0123ぁあいa.xってとしての、。", max_size=30),
)
def test_matcher_finds_what_the_plain_pattern_finds(pieces: list[str], text: str) -> None:
    """Whatever matcher() compiles (a lookahead, one that lets position 0 through for anchored
    alternatives, a Split behind literals) finds the same matches with the same groups."""
    pattern = "".join(pieces)
    try:
        plain = re.compile(pattern)
    except re.error:
        return
    fast = matcher(pattern)
    if isinstance(fast, LiteralUnion):
        found_spans = [(m.start(), m.end()) for m in fast.finditer(text)]
        assert found_spans == [m.span() for m in plain.finditer(text)]
        return
    assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [  # type: ignore[attr-defined]
        (m.span(), m.groups()) for m in plain.finditer(text)
    ]
    assert (fast.search(text) is None) == (plain.search(text) is None)
    found, expected = fast.match(text), plain.match(text)
    assert (found and (found.start(), found.end())) == (expected and expected.span())


def test_a_union_with_an_unreadable_alternative_is_split_on_its_literal() -> None:
    from furikaeri.patterns import Split

    m = matcher("[^、。]{1,8}業界|成長(できる|したい)|安定")
    assert isinstance(m, Split) and m.needed == ("業界",)
    assert [x.span() for x in m.finditer("食品業界で成長したい")] == [(0, 4), (5, 10)]
    assert [x.group(1) for x in m.finditer("成長できる")] == ["できる"]


def test_an_alternative_starting_with_any_kanji_goes_behind_its_literal() -> None:
    """with_first_chars (the casual union): 「(?:[ァ-ヶー]|[一-龥])って(?:どんな|何)」 would let
    every kanji through the lookahead; it is left out where 「って…」 does not occur, and
    group names and numbers stay."""
    from furikaeri.patterns import Split, with_first_chars

    source = "(?P<a>めっちゃ)|(?P<b>(?:[ァ-ヶー]|[一-龥])って(?:どんな|何))|(?P<c>じゃん)"
    fast = with_first_chars(source)
    assert isinstance(fast, Split)
    plain = re.compile(source)
    for text in ["会社ってどんな所", "めっちゃ楽しいじゃん", "社員って何人", "普通の文です"]:
        assert [(m.span(), m.lastgroup, m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.lastgroup, m.groups()) for m in plain.finditer(text)
        ]


@settings(deadline=None, max_examples=300)
@given(
    st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5), min_size=2, max_size=4),
    st.text(alphabet="上司がは給料与評価0123ぁあいa.x", max_size=30),
)
def test_branches_find_what_the_union_finds(alternatives: list[list[str]], text: str) -> None:
    """Branches (each alternative alone, only those whose literal the text holds, merged)
    gives the union's matches: the same spans, in order, and the same named group."""
    from furikaeri.patterns import branches

    union = "|".join(f"(?P<g{i}>{''.join(alt)})" for i, alt in enumerate(alternatives))
    try:
        plain = re.compile(union)
    except re.error:
        return
    fast = branches(union)
    if fast is None:
        return
    assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == [
        (m.span(), m.lastgroup) for m in plain.finditer(text)
    ]
    for ours, theirs in (
        (fast.search(text), plain.search(text)),
        (fast.match(text), plain.match(text)),
    ):
        assert (ours and (ours.span(), ours.lastgroup)) == (
            theirs and (theirs.span(), theirs.lastgroup)
        )


def test_the_casual_union_runs_as_branches() -> None:
    from furikaeri.analyzer.lexicon import lexicon
    from furikaeri.patterns import Branches

    union = lexicon().casual_union
    assert isinstance(union, Branches)
    texts = [
        *SAMPLE_TEXTS,
        "正直マジで何でもやるつもりなんで、早く現場を任せれるようになりたいっす。",
    ]
    texts += ["残業ってありますか。めっちゃ忙しかったんですけど、やっぱ楽しかったです。"]
    for text in texts:
        assert [(m.span(), m.lastgroup) for m in union.finditer(text)] == [
            (m.span(), m.lastgroup) for m in union.full.finditer(text)
        ]
