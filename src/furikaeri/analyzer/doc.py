"""A tokenized answer: the original text, its width-folded twin, tokens and sentences.

Offsets always refer to the original answer: folding keeps the length (see nlp.fold).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache, wraps
from typing import Any, Concatenate, Generic, NamedTuple, ParamSpec, TypeVar, overload

from furikaeri import lazy_re
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.pieces import _CUT, Pieces, Tokens
from furikaeri.analyzer.types import Span, span_of
from furikaeri.nlp import UNCHUNKED_CHARS, Word, fold, morphemes, word, words
from furikaeri.patterns import Matcher

# A compound noun is read whole: a noun or suffix after a noun or prefix belongs to it.
_COMPOUND = frozenset({"名詞", "接尾辞"})
_COMPOUND_HEAD = frozenset({"名詞", "接頭辞"})
_AUX = frozenset({"助動詞", "接尾辞"})
_PREDICATE = frozenset({"動詞", "形容詞", "助動詞", "助詞"})  # 助詞: the linking て
# What a bare reply is made of (「はい。」「えー、はい。」): no word that could justify a finding.
BARE = frozenset({"感動詞", "補助記号", "空白"})


_Bounds = tuple[Sequence[int], Sequence[int], Sequence[Word]]


def _bounds(text: str, base: int, ml: Any = None) -> _Bounds:
    """Begin and end offsets (shifted by ``base``) and words of ``text`` tokenized alone
    (``ml``: morphemes(text), when given; unused when the clause is known already)."""
    rel, ws = _CLAUSES.get(text) or _clause_words(text, ml)
    if not rel:
        return [], [], []
    ends = [base + e for e in rel]
    return [base, *ends[:-1]], ends, ws


# Clauses recur across answers (stock phrases: 「結論から申し上げますと、」「目標を達成でき
# ました。」, and a candidate's own sentences in answers to several questions): a clause is
# tokenized for snapping once, kept by its text with offsets relative to it (the same
# morphemes every time: Sudachi reads a string alone the same way). Bounded: cleared when full.
_CLAUSES: dict[str, tuple[list[int], _ClauseWords]] = {}
_CLAUSES_MAX = 4096


def _clause_words(text: str, ml: Any = None) -> tuple[list[int], _ClauseWords]:
    """The end offsets and words of ``text`` tokenized alone, kept in _CLAUSES."""
    ml = ml if ml is not None else morphemes(text)
    rel = [m.end() for m in ml]
    if len(_CLAUSES) >= _CLAUSES_MAX:
        _CLAUSES.clear()
    found = _CLAUSES[text] = (rel, _ClauseWords(text, ml, rel))
    return found


class _ClauseWords(Sequence[Word]):
    """The words of a clause tokenized for snapping, each read when first asked for: snapping
    looks at the few words around a span, and a word costs a lookup per morpheme (the same
    Words as nlp.words gives)."""

    __slots__ = ("_ends", "_found", "_ml", "_text")

    def __init__(self, text: str, ml: Any, ends: list[int]) -> None:
        self._text = text
        self._ml = ml
        self._ends = ends  # end offset of each morpheme in ``text``
        self._found: dict[int, Word] = {}

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, i: int) -> Word: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Word]: ...
    def __getitem__(self, i: int | slice) -> Word | Sequence[Word]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self._ends)
        found = self._found.get(i)
        if found is None:
            begin = self._ends[i - 1] if i else 0  # a word begins where the one before ends
            found = self._found[i] = word(self._ml[i], self._text[begin : self._ends[i]])
        return found


def _attaches(ws: Sequence[Word], i: int) -> bool:
    """Whether morpheme i completes the predicate before it: an auxiliary (ない, た, れる),
    a suffix, a dependent verb or adjective (くれる, いる, すぎる), or the て that links one."""
    w = ws[i]
    p0 = w.pos
    if p0 in _AUX or (p0 in ("動詞", "形容詞") and w.pos2 == "非自立可能"):
        return ws[i - 1].pos != "補助記号"
    if p0 == "助詞" and w.pos2 == "接続助詞" and i + 1 < len(ws):
        n = ws[i + 1]
        return n.pos == "助動詞" or (n.pos in ("動詞", "形容詞") and n.pos2 == "非自立可能")
    return False


_CLAUSE_END = lazy_re.compile("[、。！？\n!?]")
# A clause of a sentence, read apart from the others: the text up to a comma (読点 or ,).
CLAUSE = lazy_re.compile(r"[^、,]+")
_EDGES = frozenset("。、．，！？!?\n 　「」『』（）()・")


def _after_full_stop(text: str, end: int) -> bool:
    """「。」 ends the text before ``end`` and a kana or kanji follows: every tokenization has
    a word boundary there (no word of Sudachi's dictionary holds 「。」 and then a letter, and
    unknown words do not run across character classes; tests/test_analyzer_evidence.py checks
    it), so a sentence cited whole (「…ですか。また、…」) is snapped without tokenizing."""
    if text[end - 1] != "。":
        return False
    c = text[end]
    return "\u3041" <= c <= "\u3096" or "\u30a1" <= c <= "\u30fa" or "\u4e00" <= c <= "\u9fff"


_SENTENCE = lazy_re.compile(r"[^。！？!?\n]+[。！？!?]*")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str  # folded text of the sentence (without surrounding spaces)


_tuple_new = tuple.__new__  # Sentence(...) without the generated __new__'s Python call

_T = TypeVar("_T")
_P = ParamSpec("_P")


class _once(Generic[_T]):  # lower case: used as a decorator, like cached_property
    """functools.cached_property without its lock (Python 3.11 takes one on every first
    read, per attribute of every answer): a Doc belongs to one analysis in one thread."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> _once[_T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> _T: ...
    def __get__(self, obj: object, owner: type | None = None) -> _T | _once[_T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Doc:
    def __init__(
        self,
        text: str,
        *,
        morphemes: Any = None,
        tokens: Tokens | None = None,
        pieces: Pieces | None = None,
    ) -> None:
        """``morphemes``: morphemes(text) when the caller has them already; ``tokens``:
        pieces.tokens(text) read already (a batch); ``pieces``: the batch's sentences read
        already (the answer is read sentence by sentence, see pieces.py)."""
        self.text = text
        self._given = morphemes
        self._tokens = tokens
        self._pieces = pieces
        folded = fold(text)
        for variant, canonical in lexicon().orthography:
            if variant in folded:
                folded = folded.replace(variant, canonical)
        self.folded = folded

    @_once
    def memo(self) -> dict[Any, Any]:
        """Per-answer scratch space for detectors (e.g. synonym groups read once per token)."""
        return {}

    @_once
    def morphemes(self) -> Any:
        """Sudachi's morphemes by word index (tokenizes the answer on first use, unless
        given); its words are read with them (_analysed)."""
        if self._given is not None:
            return self._given
        if self._tokens is None and self._pieces is None:  # one answer alone: read it whole
            return morphemes(self.text)
        found, ends, ml = self._tokens or self._pieces.tokens(self.text)  # type: ignore[union-attr]
        self.__dict__["_analysed"] = (found, ends)
        return ml

    @_once
    def _analysed(self) -> tuple[list[Word], list[int]]:
        ml = self.morphemes  # read sentence by sentence (a batch), this sets _analysed already
        done: tuple[list[Word], list[int]] | None = self.__dict__.get("_analysed")
        return done if done is not None else words(self.text, ml)

    @_once  # (read thousands of times a corpus: an attribute once read, not a property)
    def words(self) -> list[Word]:
        """The word of each morpheme (tokenizes the answer on first use)."""
        return self._analysed[0]

    @_once
    def ends(self) -> list[int]:
        """End offset of each word in the answer."""
        return self._analysed[1]

    @_once
    def begins(self) -> list[int]:
        """Begin offset of each word in the answer (where the word before it ends)."""
        ends = self._analysed[1]
        return [0, *ends[:-1]] if ends else []

    @_once
    def sentences(self) -> list[Sentence]:
        folded = self.folded
        out: list[Sentence] = []
        at = 0
        for raw in _SENTENCE.findall(folded):
            # Where this match began: only sentence ends and line breaks, which cannot begin
            # one, lie between it and the match before, so the first occurrence is the match.
            at = folded.find(raw, at)
            stripped = raw.strip()
            if stripped:
                start = at
                if raw[0] != stripped[0]:  # leading whitespace
                    start += len(raw) - len(raw.lstrip())
                out.append(_tuple_new(Sentence, (start, start + len(stripped), stripped)))
            at += len(raw)
        return out

    def written(self, surfaces: frozenset[str]) -> list[int]:
        """Indices of the words whose surface is one of ``surfaces``, in order: a word's surface
        is the answer's text where it begins, so only the places where one of them is written
        (a few str.find calls) are looked at, not every word."""
        text = self.text
        starts: set[int] = set()
        for surface in surfaces:
            at = text.find(surface)
            while at >= 0:
                starts.add(at)
                at = text.find(surface, at + 1)
        if not starts:
            return []
        ws, begins = self.words, self.begins
        out = []
        for at in sorted(starts):
            k = bisect_left(begins, at)
            if k < len(begins) and begins[k] == at and ws[k].surface in surfaces:
                out.append(k)
        return out

    @_once
    def _word_bounds(self) -> dict[tuple[int, int], _Bounds]:
        return {}

    @_once
    def _clause_ends(self) -> list[int]:
        return [m.start() for m in _CLAUSE_END.finditer(self.text)]

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause holding ``start:end``: from the punctuation before it to the one after."""
        ends = self._clause_ends
        before = bisect_left(ends, start)
        after = bisect_left(ends, end)
        lo = ends[before - 1] + 1 if before else 0
        hi = ends[after] + 1 if after < len(ends) else len(self.text)
        return lo, hi

    def _bounds_around(self, start: int, end: int) -> _Bounds:
        """Word boundaries (absolute offsets) and words of the stretch holding ``start:end``:
        the whole answer's when it is tokenized already, else only the clause's (snapping
        evidence must not tokenize an answer no detector needed)."""
        if "morphemes" in self.__dict__:
            ws, ends = self._analysed
            return self.begins, ends, ws
        clause = self._clause(start, end)
        cache = self._word_bounds
        if clause not in cache:
            lo, hi = clause
            cache[clause] = _bounds(self.text[lo:hi], lo)
        return cache[clause]

    def clauses_to_tokenize(self, spans: Iterable[Span]) -> list[tuple[int, int]]:
        """The clauses phrase() will tokenize to snap ``spans`` (none once the answer is
        tokenized), so that a batch can tokenize them together (see give_clause)."""
        if "morphemes" in self.__dict__:
            return []
        out: list[tuple[int, int]] = []
        for span in spans:
            if span.end <= span.start or self._clean_edges(span):
                continue
            clause = self._clause(span.start, span.end)
            lo, hi = clause
            if clause in self._word_bounds or clause in out or self.text[lo:hi] in _CLAUSES:
                continue  # (a known clause is snapped without tokenizing: see _CLAUSES)
            out.append(clause)
        return out

    def give_clause(self, clause: tuple[int, int], ml: Any) -> None:
        """Hand over morphemes(text[lo:hi]) of a clause from clauses_to_tokenize."""
        lo, hi = clause
        self._word_bounds[clause] = _bounds(self.text[lo:hi], lo, ml)

    def span(self, start: int, end: int) -> Span:
        return span_of(start, end, self.text[start:end])

    def phrase(self, span: Span) -> Span:
        """``span`` widened to whole words: a compound noun whole (御社, not 社), and a
        predicate with its auxiliaries (残業が多い, not 残業が多; 聞いてくれない, not
        聞いてくれな). Applied once to the evidence an analysis reports."""
        start, end = span.start, span.end
        text = self.text
        if end <= start or (
            (start == 0 or text[start - 1] in _EDGES)
            and (end == len(text) or text[end] in _EDGES or _after_full_stop(text, end))
            and text[start] not in _EDGES
        ):  # (_clean_edges, inline: this runs for every piece of evidence)
            return span
        begins: Sequence[int]
        ends: Sequence[int]
        ws: Sequence[Word]
        if "morphemes" in self.__dict__:
            ws, ends = self._analysed
            begins = self.begins
        else:
            begins, ends, ws = self._bounds_around(start, end)
        if not begins:
            return span
        first = bisect_right(begins, start) - 1
        if first < 0:
            first = 0
        last = bisect_left(ends, end)
        count = len(ends)
        if last >= count:
            last = count - 1
        while first > 0 and ws[first].pos in _COMPOUND and ws[first - 1].pos in _COMPOUND_HEAD:
            first -= 1
        while last + 1 < count and ws[last].pos in _PREDICATE and _attaches(ws, last + 1):
            last += 1
        lo, hi = begins[first], ends[last]
        if lo == start and hi == end:
            return span
        return span_of(lo, hi, text[lo:hi])

    def _clean_edges(self, span: Span) -> bool:
        """Both ends at punctuation or the ends of the text (a whole sentence or clause)."""
        text = self.text
        start, end = span.start, span.end
        return (
            (start == 0 or text[start - 1] in _EDGES)
            and (end == len(text) or text[end] in _EDGES or _after_full_stop(text, end))
            and text[start] not in _EDGES
        )

    def find(self, pattern: Matcher, *, within: Sentence | None = None) -> list[Span]:
        """Spans of ``pattern`` in the folded text (or one sentence of it). The spans in the
        whole text are kept per pattern: several detectors ask for the same ones (the self-PR
        claims, a topic's core), and some patterns cost tens of microseconds an answer. Each
        call gets a list of its own."""
        if within is None:
            kept = self._found.get(id(pattern))
            if kept is not None and kept[0] is pattern:  # (the pattern is held: its id is its)
                return list(kept[1])
        base, text = (within.start, within.text) if within else (0, self.folded)
        original = self.text
        out: list[Span] = []
        for m in pattern.finditer(text):
            start, end = m.span()
            if end > start:
                out.append(span_of(base + start, base + end, original[base + start : base + end]))
        if within is None:
            self._found[id(pattern)] = (pattern, tuple(out))
        return out

    @_once
    def _found(self) -> dict[int, tuple[Matcher, tuple[Span, ...]]]:
        """find()'s spans in the whole text, by the pattern's id (with the pattern)."""
        return {}

    def first(self, pattern: Matcher, *, within: Sentence | None = None) -> Span | None:
        """The first span find() would give (the scan stops there)."""
        if within is None:
            kept = self._found.get(id(pattern))
            if kept is not None and kept[0] is pattern:
                return kept[1][0] if kept[1] else None
        base, text = (within.start, within.text) if within else (0, self.folded)
        for m in pattern.finditer(text):
            start, end = m.span()
            if end > start:
                return span_of(base + start, base + end, self.text[base + start : base + end])
        return None

    def sentence_span(self, sentence: Sentence) -> Span:
        return self.span(sentence.start, sentence.end)

    def opening(self) -> list[Span]:
        """The first sentence that says something, as evidence when a finding is about the
        answer as a whole: not a bare reply or filler standing as a sentence of its own
        (「はい。」「えー。」, words Sudachi reads as interjections, or [fillers]), which
        justifies no finding. Read once per answer: the list is shared, callers must not
        change it."""
        return self._opening

    @_once
    def _opening(self) -> list[Span]:
        if not self.sentences:
            return []
        echoes = self.asked_back()  # (the question asked back says nothing either)
        said = next(
            (s for s in self.sentences[len(echoes) :] if not self._bare(s)), self.sentences[0]
        )
        return [self.sentence_span(said)]

    def asked_back(self) -> list[Sentence]:
        """The sentences that open the answer by asking the question back (「短所、ですか。」
        「失敗ですか……。」「弱み、でございますか」: asks_back). The words of the question in
        them are the interviewer's, repeated: they say nothing. Read once per answer (several
        detectors ask): the list is shared, callers must not change it."""
        return self._echoes

    @_once
    def _echoes(self) -> list[Sentence]:
        out: list[Sentence] = []
        for k, sent in enumerate(self.sentences):
            own = self._own_words(sent) if k == 0 and "か" in sent.text else None
            if not (asks_back(sent.text) if own is None else _asks_back(*own)):
                break
            out.append(sent)
        return out

    def _own_words(
        self, sent: Sentence
    ) -> tuple[int, Callable[[int], tuple[str, str]], Callable[[int], str]] | None:
        """asks_back's reading of the answer's first sentence from the answer's own words,
        where they are those of the sentence read alone (no second call to Sudachi): the
        answer tokenized already (by the batch, or read), whole (not in chunks), the sentence
        at its very start, unchanged by folding, and ending at its end or at a 「。」 between
        two letters, before which no word of the answer depends on what follows (pieces.py);
        else None."""
        if "morphemes" in self.__dict__:
            ws, ends, ml = *self._analysed, self.morphemes
        elif self._tokens is not None:  # (read as given: Doc.morphemes is left unread)
            ws, ends, ml = self._tokens
        else:
            return None  # (not tokenized: reading the words would tokenize the answer)
        text, start, end = self.text, sent.start, sent.end
        if (
            start != 0
            or len(text) > UNCHUNKED_CHARS
            or (end != len(text) and _CUT.match(text, end) is None)
            or self.folded[:end] != text[:end]
        ):
            return None
        last = bisect_left(ends, end)
        if last >= len(ends) or ends[last] != end:
            return None
        return last + 1, lambda i: (ws[i].pos, ws[i].pos2), lambda i: ml[i].normalized_form()

    def _bare(self, sentence: Sentence) -> bool:
        """The sentence holds only interjections, fillers and punctuation (「はい。」「あの、
        はい。」)."""
        fillers = [m.span() for m in lexicon().fillers.finditer(sentence.text)]
        ws, begins = self.words, self.begins
        lo, hi = bisect_left(begins, sentence.start), bisect_left(begins, sentence.end)
        for i in range(lo, hi):
            at = begins[i] - sentence.start
            if ws[i].pos in BARE or any(a <= at < b for a, b in fillers):
                continue
            return False
        return True


_NOUNS = frozenset({"名詞", "代名詞", "接頭辞", "接尾辞"})


@lru_cache(maxsize=1024)
def asks_back(text: str) -> bool:
    """The sentence ``text`` asks the question back (「短所、ですか。」「失敗ですか……。」「弱み、
    でございますか」): nouns (joined by の) and a copula ([demands] echo_copulas) only, closed
    by the final particle か, read by Sudachi's parts of speech (interjections and symbols
    aside)."""
    if "か" not in text:  # (cheap: most sentences hold no か at all)
        return False
    ml = morphemes(text)
    return _asks_back(len(ml), lambda i: ml[i].part_of_speech(), lambda i: ml[i].normalized_form())


def _asks_back(
    count: int, pos: Callable[[int], Sequence[str]], normalized: Callable[[int], str]
) -> bool:
    """asks_back of the ``count`` words whose part of speech (its first two levels at least)
    and normalized form ``pos`` and ``normalized`` give by index."""
    last = count - 1  # (the closing か first: most sentences end otherwise, read no further)
    while last >= 0 and pos(last)[0] in BARE:
        last -= 1
    if last < 0 or pos(last)[1] != "終助詞" or normalized(last) != "か":
        return False
    said = [(pos(i), normalized(i)) for i in range(count) if pos(i)[0] not in BARE]
    if len(said) < 3 or said[-1][0][1] != "終助詞" or said[-1][1] != "か":
        return False
    body = said[:-1]
    nouns = 0
    while nouns < len(body) and (
        body[nouns][0][0] in _NOUNS
        or (nouns and body[nouns][0][1] == "格助詞" and body[nouns][1] == "の")
    ):
        nouns += 1
    copulas = _echo_copulas()
    rest = body[nouns:]
    return nouns > 0 and bool(rest) and all(w[1] in copulas for w in rest)


@cache
def _echo_copulas() -> frozenset[str]:
    return frozenset(lexicon().demands_raw["echo_copulas"])


def per_doc(func: Callable[Concatenate[Doc, _P], _T]) -> Callable[Concatenate[Doc, _P], _T]:
    """``func(doc, ...)`` worked out once per answer and arguments (kept in doc.memo): a fact
    several detectors ask of the same answer. The arguments must be hashable, and the result
    is shared: callers must not change it."""

    @wraps(func)
    def once(doc: Doc, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        memo = doc.memo
        key = (once, args, *kwargs.items())
        if key in memo:
            found: _T = memo[key]
            return found
        found = memo[key] = func(doc, *args, **kwargs)
        return found

    return once
