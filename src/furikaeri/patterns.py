"""Pattern compiler for the lexicons in data/*.toml (analyzer and mail alike).

A pattern that is only a list of literal phrases (「年収|給与|賞与…」) is matched with an
Aho-Corasick automaton (pyahocorasick): one pass over the text whatever the number of phrases,
leftmost-longest matches. Any other pattern is a plain ``re`` pattern. Both answer the same
calls (search, match, finditer), so callers need not know which they hold."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Protocol

import ahocorasick

_META = frozenset(".^$*+?{}[]\\|()")
_ONE_TEXT = False  # see for_one_text


def for_one_text() -> None:
    """From now on, compile each pattern as it is written: no first-character lookahead, no
    Split, no Branches (all three give the same matches as the bare pattern and only find
    them faster in many texts). For a process that reads one short text, a cold `furikaeri
    analyze`: the patterns its answer needs compile about a third faster (the lookaheads'
    large character classes and the readers of first characters and literals cost more than
    they save on a few hundred characters), and ``gated`` adds no literal gate. Literal
    unions stay Aho-Corasick automata."""
    global _ONE_TEXT
    _ONE_TEXT = True


class MatchLike(Protocol):
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...
    def span(self, group: int = 0, /) -> tuple[int, int]: ...


class Matcher(Protocol):
    """What the analyzer needs of a compiled pattern (an ``re.Pattern`` or a LiteralUnion)."""

    @property
    def pattern(self) -> str: ...
    def search(self, text: str, /) -> MatchLike | None: ...
    def match(self, text: str, /) -> MatchLike | None: ...
    def finditer(self, text: str, /) -> Iterator[MatchLike]: ...


class LiteralMatch:
    """One match of a LiteralUnion (a plain slotted class: built per match, on the hot path)."""

    __slots__ = ("begin", "stop", "text")

    def __init__(self, text: str, begin: int, stop: int) -> None:
        self.text = text
        self.begin = begin
        self.stop = stop

    def start(self, group: int = 0, /) -> int:
        return self.begin

    def end(self, group: int = 0, /) -> int:
        return self.stop

    def group(self, group: int = 0, /) -> str:
        return self.text[self.begin : self.stop]

    def span(self, group: int = 0, /) -> tuple[int, int]:
        return self.begin, self.stop


class LiteralUnion:
    """A union of literal phrases matched by Aho-Corasick (leftmost-longest, no overlaps)."""

    def __init__(self, phrases: list[str]) -> None:
        self.phrases = tuple(dict.fromkeys(phrases))
        self.pattern = "|".join(re.escape(p) for p in self.phrases)
        self._automaton = ahocorasick.Automaton()
        for p in self.phrases:
            self._automaton.add_word(p, len(p))
        self._automaton.make_automaton()

    def finditer(self, text: str, /) -> Iterator[LiteralMatch]:
        for end, length in self._automaton.iter_long(text):
            yield LiteralMatch(text, end - length + 1, end + 1)

    def search(self, text: str, /) -> LiteralMatch | None:
        for end, length in self._automaton.iter_long(text):
            return LiteralMatch(text, end - length + 1, end + 1)
        return None

    def match(self, text: str, /) -> LiteralMatch | None:
        found = [p for p in self.phrases if text.startswith(p)]
        return LiteralMatch(text, 0, max(map(len, found))) if found else None


def literal_phrases(pattern: str) -> list[str] | None:
    """The phrases of a pattern that is a plain alternation of literals, else None."""
    parts = pattern.split("|")
    if all(p and not (_META & set(p)) for p in parts):
        return parts
    return None


def union(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    """One ``re`` pattern for any of ``patterns`` (each kept whole in a non-capturing group)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


def matcher(pattern: str | list[str]) -> Matcher:
    """``pattern`` (or the union of a list of patterns) compiled: an Aho-Corasick union when
    it lists literal phrases only, else an ``re`` pattern behind a lookahead on the characters
    a match can start with (see first_chars)."""
    patterns = [pattern] if isinstance(pattern, str) else pattern
    phrases = [literal_phrases(p) for p in patterns]
    if all(p is not None for p in phrases):
        return LiteralUnion([w for ws in phrases if ws for w in ws])
    joined = "|".join(f"(?:{p})" for p in patterns) if len(patterns) > 1 else patterns[0]
    if _ONE_TEXT:
        return re.compile(joined)
    chars = first_chars(joined)
    if chars:
        return re.compile(f"(?=[{chars}])(?:{joined})")
    return _split(joined) or re.compile(joined)


def with_first_chars(pattern: str) -> re.Pattern[str] | Split:
    """``pattern`` compiled behind a lookahead on the characters a match can start with, when
    they can be read (see first_chars), an alternative that may start with any kanji behind
    its literals (see Split); groups, named ones too, keep their numbers."""
    if _ONE_TEXT:
        return re.compile(pattern)
    split = _split(pattern, wide_is_weak=True)
    if split is not None:
        return split  # type: ignore[return-value]  # an re.Pattern or a Split
    chars = first_chars(pattern)
    return re.compile(f"(?=[{chars}])(?:{pattern})" if chars else pattern)


class Split:
    """A union some of whose alternatives have no readable first characters (「[^、。]{1,8}業界」)
    but hold a literal (業界): on a text without any of those literals they cannot match, and
    the union without them (``fast``, behind a first-character lookahead) finds the same matches
    as the whole union (``full``), since a leftmost-first match is the first alternative that
    matches at the leftmost place. Same results as ``full`` (the left-out alternatives have no
    capturing group, so groups keep their numbers)."""

    def __init__(self, full: re.Pattern[str], fast: re.Pattern[str], needed: list[str]) -> None:
        self.full = full
        self.fast = fast
        self.pattern = full.pattern
        self.needed = tuple(needed)

    def _which(self, text: str) -> re.Pattern[str]:
        for literal in self.needed:
            if literal in text:
                return self.full
        return self.fast

    def search(self, text: str, /) -> re.Match[str] | None:
        return self._which(text).search(text)

    def match(self, text: str, /) -> re.Match[str] | None:
        return self._which(text).match(text)

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]:
        return self._which(text).finditer(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self.full, name)


_MAX_SPLIT_LITERALS = 16  # each is one `in` test per text


def _split(joined: str, *, wide_is_weak: bool = False) -> Matcher | None:
    """A faster equivalent of ``joined`` (a union whose first characters are not readable as a
    whole), or None. Alternatives anchored at the start of the text (「^…」) are tried at
    position 0 only, so the lookahead lets position 0 through (``(?:^|(?=[…]))``); alternatives
    with no readable first characters (or, with ``wide_is_weak``, starting with any of a wide
    range such as every kanji) go behind their literals (see Split)."""
    alternatives = _flat_alternatives(joined, lookahead=False)
    if alternatives is None or len(alternatives) < 2:
        return None
    kept: list[str] = []
    chars: list[str] = []
    needed: set[str] = set()
    anchored = False
    for alt in alternatives:
        first = first_chars(alt)
        if first is not None and not (wide_is_weak and _wide(first)):
            kept.append(alt)
            chars.append(first)
        elif first is None and alt.startswith("^"):
            kept.append(alt)
            anchored = True
        else:
            found = _needed(alt)
            if found is None:
                return None
            needed |= found
            kept.append(f"(?!){alt}")  # never matches, keeps its groups' numbers and names
    if not chars or len(needed) > _MAX_SPLIT_LITERALS:
        return None
    body = "|".join(f"(?:{a})" for a in kept)
    gate = f"(?:^|(?=[{''.join(chars)}]))" if anchored else f"(?=[{''.join(chars)}])"
    full = re.compile(f"{gate}(?:{joined})" if not needed else joined)
    return Split(full, re.compile(f"{gate}(?:{body})"), sorted(needed)) if needed else full


def _wide(chars: str) -> bool:
    """Whether a character class (without brackets) holds a range of over 256 characters."""
    for i in range(1, len(chars) - 1):
        if chars[i] == "-" and chars[i - 1] != "\\" and ord(chars[i + 1]) - ord(chars[i - 1]) > 256:
            return True
    return False


class Gated:
    """An ``re`` pattern behind a literal gate: every match holds one of ``needed`` (see
    necessary_literals) or is a match of ``residual`` (the alternatives whose literals are too
    common to gate on, such as one kana), so a text holding none of them (one Aho-Corasick
    pass, in C) where ``residual`` finds nothing has no match and the engine is not run.
    Same results as the pattern alone."""

    def __init__(
        self, compiled: re.Pattern[str], needed: list[str], residual: Matcher | None = None
    ) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.needed = tuple(needed)
        self.residual = residual
        self._automaton = ahocorasick.Automaton()
        for p in self.needed:
            self._automaton.add_word(p, len(p))
        self._automaton.make_automaton()

    def _open(self, text: str) -> bool:
        for _ in self._automaton.iter(text):
            return True
        return self.residual is not None and self.residual.search(text) is not None

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.search(text, *args) if args or self._open(text) else None

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(text, *args) if args or self._open(text) else None

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *args) if args or self._open(text) else iter(())

    def __getattr__(self, name: str) -> object:
        return getattr(self.compiled, name)


class Branches:
    """A union of alternatives (``(?P<a>…)|(?P<b>…)|…``) each of which holds a literal (see
    necessary_literals), run one alternative at a time: one Aho-Corasick pass says which
    alternatives the text may hold, and only those run, each its own regex (a literal or a few
    first characters, which the engine finds fast, where the union's lookahead would stop at
    nearly every kana). Their matches are merged as the union's scan gives them: the leftmost
    start, at the same start the earlier alternative, then on from the end of that match.
    Same spans and ``lastgroup`` as the union (``full``; other group numbers are each
    alternative's own). No alternative matches the empty string (a literal is in every
    match)."""

    def __init__(self, full: re.Pattern[str], alternatives: list[tuple[str, list[str]]]) -> None:
        self.full = full
        self.pattern = full.pattern
        self.alternatives = tuple(_with_lookahead(alt) for alt, _ in alternatives)
        self._automaton = ahocorasick.Automaton()
        holders: dict[str, list[int]] = {}
        for i, (_, needed) in enumerate(alternatives):
            for literal in needed:
                holders.setdefault(literal, []).append(i)
        for literal, where in holders.items():
            self._automaton.add_word(literal, tuple(where))
        self._automaton.make_automaton()

    def _present(self, text: str) -> list[re.Pattern[str]]:
        """The alternatives whose literal ``text`` holds, in the union's order."""
        found: set[int] = set()
        for _, where in self._automaton.iter(text):
            found.update(where)
        alternatives = self.alternatives
        return [alternatives[i] for i in sorted(found)]

    def finditer(self, text: str, /) -> Iterator[re.Match[str]]:
        present = self._present(text)
        if len(present) == 1:
            yield from present[0].finditer(text)
            return
        upcoming = [p.search(text) for p in present]
        pos = 0
        while True:
            best = -1
            best_start = len(text) + 1
            for i, m in enumerate(upcoming):
                if m is not None and m.start() < pos:  # overlaps the match given: look on
                    m = upcoming[i] = present[i].search(text, pos)
                if m is not None and m.start() < best_start:
                    best, best_start = i, m.start()
            if best < 0:
                return
            m = upcoming[best]
            assert m is not None
            yield m
            pos = m.end()
            upcoming[best] = present[best].search(text, pos)

    def search(self, text: str, /) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def match(self, text: str, /) -> re.Match[str] | None:
        for p in self._present(text):
            m = p.match(text)
            if m is not None:
                return m
        return None


def _with_lookahead(alt: str) -> re.Pattern[str]:
    """``alt`` compiled, behind a lookahead on its first characters when it opens (maybe inside
    a named group) with a lookbehind: the engine then has no first literal or class of its
    own to look for and would try the lookbehind at every position. Otherwise the engine's own
    prefix search is faster than a lookahead."""
    inner = alt
    if alt.startswith("(?P<") and _group_end(alt, 0) == len(alt) - 1:
        inner = alt[alt.index(">") + 1 : -1]
    chars = first_chars(alt) if inner.startswith(("(?<=", "(?<!")) else None
    return re.compile(f"(?=[{chars}])(?:{alt})" if chars else alt)


def branches(pattern: str | list[str]) -> Branches | None:
    """``pattern`` (or the union of a list of patterns) as Branches, when each of its
    alternatives (those of a whole non-capturing group too) holds a literal; else None (also
    after for_one_text)."""
    if _ONE_TEXT:
        return None
    if not isinstance(pattern, str):
        pattern = "|".join(f"(?:{p})" for p in pattern)
    full = re.compile(pattern)
    if full.flags & ~re.UNICODE or _BACKREFERENCE.search(pattern):
        return None  # (an alternative alone would lose the flags or the group it refers to)
    parts = _flat_alternatives(pattern, lookahead=False)
    if parts is None or len(parts) < 2:
        return None
    alternatives: list[tuple[str, list[str]]] = []
    for alt in parts:
        needed = necessary_literals(alt)
        if not needed or "" in needed:
            return None
        alternatives.append((alt, needed))
    return Branches(full, alternatives)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def any_of(matchers: Iterable[Matcher]) -> Matcher | None:
    """One pattern that has a match in a text exactly where one of ``matchers`` has one (their
    union: at each position the union matches where one of them does), for a caller that only
    asks whether any of them matches: one scan instead of one per pattern. None when the union
    cannot be written so: a pattern with flags, or back references (their groups renumbered),
    or group names that clash."""
    sources: list[str] = []
    for m in matchers:
        flags = getattr(m, "flags", 0) if not isinstance(m, (LiteralUnion, Branches)) else 0
        if isinstance(m, Branches):
            flags = m.full.flags
        pattern = m.pattern
        if flags & ~re.UNICODE or _BACKREFERENCE.search(pattern):
            return None
        sources.append(pattern)
    if not sources:
        return None
    try:
        return matcher(sources)
    except re.error:
        return None


def may_match(compiled: Matcher, text: str) -> bool:
    """False when ``compiled`` has no match in ``text``; True when it may have one. For a
    Gated pattern only its literal gate runs (one Aho-Corasick pass): a gate that is all a
    caller needs (whether to run the scans the pattern stands for) skips the regex itself."""
    if isinstance(compiled, Gated):
        return compiled._open(text)
    return compiled.search(text) is not None


def gated(compiled: Matcher) -> Matcher:
    """``compiled`` behind a literal gate when one can be read from its pattern (else itself).
    Worth it for a pattern run on every text whose first-character lookahead rejects few
    positions (common kana); elsewhere the gate's Python call costs more than it saves.
    After for_one_text, ``compiled`` itself (reading its literals costs more than one text
    saves; may_match then answers exactly, a narrower gate)."""
    if _ONE_TEXT or not isinstance(compiled, re.Pattern) or compiled.flags & ~re.UNICODE:
        return compiled
    gate = literal_gate(compiled.pattern)
    if gate is None:
        return compiled
    needed, residual = gate
    if not residual:
        return Gated(compiled, needed)
    # One alternative alone (a class then more) is faster without first_chars' lookahead:
    # the engine scans for a leading class itself.
    rest = re.compile(residual[0]) if len(residual) == 1 else matcher(residual)
    return Gated(compiled, needed, rest)


def literal_gate(pattern: str) -> tuple[list[str], list[str]] | None:
    """Literals and residual alternatives: every match of ``pattern`` holds one of the
    literals or is a match of one of the residual alternatives (those whose own literals are
    too common to gate on: one kana, as 「[ァ-ヺ][いく…]」 gives). The alternatives are read
    through groups that make up a whole alternative (behind a lookahead, which only narrows
    a match). None when no useful gate can be read (no literals, or a residual whose first
    characters are not plainly readable, which would scan every position)."""
    alternatives = _flat_alternatives(pattern)
    if alternatives is None:
        return None
    literals: set[str] = set()
    residual: list[str] = []
    for alt in alternatives:
        found = _needed(alt)
        if found is None or any(len(w) == 1 and "\u3040" <= w <= "\u30ff" for w in found):
            residual.append(alt)
        else:
            literals |= found
    if not literals:
        return None
    if residual:
        joined = "|".join(f"(?:{p})" for p in residual)
        if first_chars(joined) is None:
            return None
        try:
            re.compile(joined)
        except re.error:  # a back reference to a group left behind
            return None
    return sorted(literals), residual


def _flat_alternatives(pattern: str, *, lookahead: bool = True) -> list[str] | None:
    """Top-level alternatives of ``pattern``, an alternative that is one non-capturing group
    (maybe behind a lookahead, when ``lookahead``: dropping it only widens the matches)
    replaced by that group's own alternatives (in order: the same leftmost-first matches)."""
    parts = _split_top(pattern)
    if parts is None:
        return None
    out: list[str] = []
    for alt in parts:
        inner = _whole_group(alt, lookahead=lookahead)
        if inner is None:
            out.append(alt)
            continue
        found = _flat_alternatives(inner, lookahead=lookahead)
        if found is None:
            return None
        out += found
    return out


def _whole_group(alt: str, *, lookahead: bool) -> str | None:
    """The inside of ``alt`` when it is one non-capturing group, maybe after a lookahead."""
    if lookahead and alt.startswith("(?="):
        end = _group_end(alt, 0)
        if end is None:
            return None
        alt = alt[end + 1 :]
    if alt.startswith("(?:") and _group_end(alt, 0) == len(alt) - 1:
        return alt[3:-1]
    return None


_MAX_LITERALS = 256  # a larger set is not worth a gate


def necessary_literals(pattern: str) -> list[str] | None:
    """Non-empty literal strings one of which every match of ``pattern`` contains, or None
    when that is not plainly readable from the pattern. Built from runs of adjacent items
    each matching one of a few known strings (a character, a class such as [てで], a group
    of such alternatives); lookarounds and anchors are left out (they only narrow the
    matches). Like first_chars, a small and deliberately conservative reader."""
    found = _needed(pattern)
    return sorted(found) if found else None


def _needed(pattern: str) -> set[str] | None:
    alternatives = _split_top(pattern)
    if alternatives is None:
        return None
    out: set[str] = set()
    for alt in alternatives:
        found = _needed_in_sequence(alt)
        if found is None:
            return None
        out |= found
    return out if len(out) <= _MAX_LITERALS else None


def _needed_in_sequence(alt: str) -> set[str] | None:
    """The best set of strings one of which every match of the sequence ``alt`` holds."""
    items = _items(alt)
    if items is None:
        return None
    candidates: list[set[str]] = []
    run: set[str] = {""}
    for exact, needed, quantifier in items:
        if quantifier == "zero-width":
            continue  # matches no character: the items around it stay adjacent
        grown = _product(run, exact) if exact is not None else None
        if quantifier == "optional":
            candidates.append(run)
            run = {""}
        elif grown is not None and quantifier == "once":
            run = grown
        elif grown is not None:  # repeated at least once: the first one follows the run
            candidates.append(grown)
            run = {""}
        else:
            candidates.append(run)
            if needed is not None:
                candidates.append(needed)
            run = {""}
    candidates.append(run)
    usable = [c for c in candidates if c and "" not in c and len(c) <= _MAX_LITERALS]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _product(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _MAX_LITERALS:
        return None
    return {a + b for a in left for b in right}


def _exact(pattern: str) -> set[str] | None:
    """A small finite set holding every string ``pattern`` matches (lookarounds ignored),
    or None."""
    alternatives = _split_top(pattern)
    if alternatives is None:
        return None
    out: set[str] = set()
    for alt in alternatives:
        items = _items(alt)
        if items is None:
            return None
        seq: set[str] | None = {""}
        for exact, _, quantifier in items:
            if quantifier == "zero-width":
                continue
            if exact is None or quantifier not in ("once", "optional") or seq is None:
                return None
            seq = _product(seq, exact | {""} if quantifier == "optional" else exact)
        if seq is None:
            return None
        out |= seq
    return out if len(out) <= _MAX_LITERALS else None


_Item = tuple[set[str] | None, set[str] | None, str]


def _items(alt: str) -> list[_Item] | None:
    """The items of one alternative: (a finite superset of what the item matches or None,
    literals one of which it must contain or None, "once" | "optional" | "repeated" |
    "zero-width"). None when the alternative holds syntax not read here (flags, ...)."""
    out: list[_Item] = []
    i = 0
    while i < len(alt):
        item = _item(alt, i)
        if item is None:
            return None
        exact, needed, end = item
        if exact is None and needed is None and end < 0:  # zero-width
            out.append((None, None, "zero-width"))
            i = -end
            continue
        quantifier, i = _quantifier(alt, end)
        if quantifier is None:
            return None
        out.append((exact, needed if needed is not None else exact, quantifier))
    return out


def _quantifier(alt: str, j: int) -> tuple[str | None, int]:
    """The kind of quantifier at j and the index after it (lazy or possessive mark too)."""
    c = alt[j : j + 1]
    if c not in ("?", "*", "+", "{"):
        return "once", j
    after = (
        _after_quantifier(alt, j)
        if c != "+"
        else (j + 2 if alt[j + 1 : j + 2] in ("?", "+") else j + 1)
    )
    if after is None:
        return None, j
    if c in ("?", "*") or _optional_after(alt, j):
        return "optional", after
    if c == "{" and not re.fullmatch(
        r"\{[0-9]*[1-9][0-9]*(,[0-9]*)?\}", alt[j : alt.find("}", j) + 1]
    ):
        return None, j
    return "repeated", after


def _item(alt: str, i: int) -> tuple[set[str] | None, set[str] | None, int] | None:
    """(finite superset, needed literals, index after the item) of the item at i; a
    zero-width item gives (None, None, -(index after it)). None: not read here."""
    c = alt[i]
    if c in "^$":
        return None, None, -(i + 1)
    if c == "(":
        end = _group_end(alt, i)
        if end is None:
            return None
        inner = alt[i + 1 : end]
        if inner.startswith(_LOOKAROUNDS):
            return None, None, -(end + 1)
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?"):
            return None  # flags, back references
        return _exact(inner), _needed(inner), end + 1
    if c == "[":
        end = _class_end(alt, i)
        if end is None:
            return None
        content = alt[i + 1 : end]
        if content.startswith("^") or "\\" in content or "-" in content:
            return None, None, end + 1
        return set(content), set(content), end + 1
    if c == "\\":
        if i + 1 >= len(alt):
            return None
        e = alt[i + 1]
        if e in "bBAZ":
            return None, None, -(i + 2)
        if e.isalnum():
            return None, None, i + 2
        return {e}, {e}, i + 2
    if c == ".":
        return None, None, i + 1
    if c in "*+?{)|":
        return None
    return {c}, {c}, i + 1


def first_chars(pattern: str) -> str | None:
    """A character class (without brackets) holding the first character of every match of
    ``pattern``, or None when that is not plainly readable from the pattern (a lookaround, an
    escape class, an optional first item, ...). The engine then rejects most positions of a
    long union at once: the same matches, found faster. A small reader of the pattern text,
    deliberately conservative; it does not depend on ``re``'s internal parser."""
    alternatives = _split_top(pattern)
    if alternatives is None:
        return None
    parts: list[str] = []
    for alt in alternatives:
        first = _first_of(alt)
        if first is None:
            return None
        parts.append(first)
    return "".join(parts)


def _split_top(pattern: str) -> list[str] | None:
    """Top-level alternatives of ``pattern`` (None on unbalanced text)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            end = _class_end(pattern, i)
            if end is None:
                return None
            i = end + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out if depth == 0 else None


def _class_end(pattern: str, i: int) -> int | None:
    """Index of the ] closing the class opened at i."""
    j = i + 1
    if j < len(pattern) and pattern[j] == "^":
        j += 1
    if j < len(pattern) and pattern[j] == "]":
        j += 1
    while j < len(pattern):
        if pattern[j] == "\\":
            j += 2
            continue
        if pattern[j] == "]":
            return j
        j += 1
    return None


def _group_end(pattern: str, i: int) -> int | None:
    """Index of the ) closing the group opened at i."""
    depth, j = 0, i
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            end = _class_end(pattern, j)
            if end is None:
                return None
            j = end + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1
    return None


def _optional_after(pattern: str, j: int) -> bool:
    """Whether the item ending before index j may repeat zero times."""
    rest = pattern[j:]
    return rest[:1] in ("?", "*") or rest.startswith("{0") or rest.startswith("{,")


def _after_quantifier(pattern: str, j: int) -> int | None:
    """Index after the quantifier (?, *, {…}, each maybe lazy or possessive) starting at j."""
    if pattern[j : j + 1] in ("?", "*"):
        k = j + 1
    else:
        close = pattern.find("}", j)
        if close < 0:
            return None
        k = close + 1
    return k + 1 if pattern[k : k + 1] in ("?", "+") else k


_LOOKAROUNDS = ("?=", "?!", "?<=", "?<!")


def _zero_width(alt: str) -> bool:
    """Whether ``alt`` is one anchor or lookaround (it matches no character)."""
    if alt in ("^", "\\b", "\\A", "\\B"):
        return True
    if alt.startswith("(") and alt[1:].startswith(_LOOKAROUNDS):
        return _group_end(alt, 0) == len(alt) - 1
    return False


def _skip_zero_width(alt: str) -> str | None:
    """``alt`` without its leading anchors and lookarounds (^, (?<=…), (?<!…), (?=…),
    (?:^|(?<=…))): the first character of a match is the first one of what follows.
    None when nothing is left, or the assertion carries a quantifier."""
    while alt:
        if alt[0] == "^":
            alt = alt[1:]
            continue
        if alt[0] != "(":
            return alt
        end = _group_end(alt, 0)
        if end is None:
            return None
        inner = alt[1:end]
        if inner.startswith(_LOOKAROUNDS):
            pass
        elif inner.startswith("?:"):
            parts = _split_top(inner[2:])
            if parts is None or not all(_zero_width(p) for p in parts):
                return alt
        else:
            return alt
        if alt[end + 1 : end + 2] in ("?", "*", "+", "{"):
            return None
        alt = alt[end + 1 :]
    return None


def _first_of(alt: str) -> str | None:
    """First characters of ``alt`` (one alternative); an optional first item adds its own
    to those of what follows it (「[〇一二]*[十百]」 starts with 〇一二十百)."""
    alt = _skip_zero_width(alt) or ""
    if not alt:
        return None
    first, end = _first_item(alt)
    empty = False
    if first is None and end is not None:  # a group with an empty alternative: 「(?:っ|)て」
        first, empty = _first_of_branches(alt[:end])
    if first is None or end is None:
        return None
    if empty:
        if alt[end : end + 1] in ("?", "*", "+", "{"):
            return None
        after: int | None = end
    elif _optional_after(alt, end):
        after = _after_quantifier(alt, end)
    else:
        return first
    rest = _first_of(alt[after:]) if after is not None else None
    return first + rest if rest is not None else None


def _first_of_branches(group: str) -> tuple[str | None, bool]:
    """First characters of a group (「(?:っ|)」) one of whose alternatives is empty, and True;
    (None, False) for any other item."""
    if not group.startswith("(") or group.startswith(("(?=", "(?!", "(?<")):
        return None, False
    inner = group[1:-1]
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?P<"):
        inner = inner[inner.index(">") + 1 :]
    elif inner.startswith("?"):
        return None, False
    branches = _split_top(inner)
    if branches is None or "" not in branches:
        return None, False
    filled = [b for b in branches if b]
    chars = first_chars("|".join(filled)) if filled else ""
    return (chars, True) if chars is not None else (None, False)


def _first_item(alt: str) -> tuple[str | None, int | None]:
    """First characters of the first item of ``alt`` and the index after that item."""
    c = alt[0]
    if c == "(":
        end = _group_end(alt, 0)
        if end is None:
            return None, None
        inner = alt[1:end]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?P<"):
            inner = inner[inner.index(">") + 1 :]
        elif inner.startswith("?"):
            return None, None  # flags, back reference
        return first_chars(inner), end + 1
    if c == "[":
        end = _class_end(alt, 0)
        if end is None or alt[1] in "^]":
            return None, None
        content = alt[1:end]
        if content.startswith("-") or content.endswith(("-", "\\")):
            return None, None
        return content, end + 1
    if c == "\\":
        if len(alt) < 2 or alt[1].isalnum():
            return None, None
        return re.escape(alt[1]), 2
    if c in ".^$*+?{)|":
        return None, None
    return re.escape(c), 1
