"""Japanese tokenization with SudachiPy, safe for FastAPI's thread pool.

A SudachiPy ``Tokenizer`` is not thread-safe ("Already borrowed"), so the ``Dictionary``
(the expensive part, memory-mapped) is shared and each thread gets its own tokenizer.

Sudachi refuses an input over 49,149 bytes (about 16,000 Japanese characters) and text that is
not valid Unicode (a lone surrogate). Here every text of any length is accepted: a long one is
tokenized in chunks cut at sentence ends, with offsets shifted back to the whole text, and a
lone surrogate is read as U+FFFD (one character for one, so offsets stay right).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_local = threading.local()
_dict_lock = threading.Lock()


@dataclass(slots=True)  # not frozen: a frozen dataclass is ~5x slower to build, per token
class Token:
    """One morpheme. For particles and symbols, ``normalized`` and ``lemma`` are the surface
    (Sudachi would give ん → の, けど → けれど; nothing here needs that, and it costs calls)."""

    surface: str
    normalized: str
    lemma: str  # dictionary form
    pos: str  # coarse part of speech, e.g. 名詞
    pos2: str  # second level, e.g. 固有名詞
    begin: int
    end: int


_loaded: list[Any] = []


def _dictionary() -> Any:
    """The one shared Dictionary, loaded once even when threads ask at the same time."""
    if not _loaded:
        with _dict_lock:
            if not _loaded:
                from sudachipy import Dictionary

                _loaded.append(Dictionary(dict="core"))
    return _loaded[0]


def preload() -> None:
    """Start loading the dictionary in a background thread (SudachiPy loads it without the
    GIL), so that a cold command overlaps it with its imports and pattern compilation."""
    threading.Thread(target=_dictionary, name="sudachi-preload", daemon=True).start()


# The dictionary fields a morpheme is read with: Sudachi copies only these (a little less work
# per word). A method needing another field (reading_form, split) would silently give a wrong
# answer: add its field here (tests/test_inputs_text.py compares with a full tokenizer).
# split_a: the mail reply reader looks inside compounds (reply._compound_parts).
FIELDS = ("pos", "normalized_form", "dictionary_form", "synonym_group_ids", "split_a")


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(mode=SplitMode.C, fields=set(FIELDS))
        _local.tokenizer = tok
    return tok


def read_morphemes(text: str) -> Any:
    """Sudachi's morphemes of a short ``text`` with their readings (``reading_form``), from a
    tokenizer of its own: the shared one copies no reading. For a few words read once (a rule
    vocabulary's readings, see mail.notice.kana), not for whole texts."""
    tok = getattr(_local, "reading_tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(mode=SplitMode.C, fields={*FIELDS, "reading_form"})
        _local.reading_tokenizer = tok
    return tok.tokenize(valid_text(text))


_POS: dict[int, tuple[str, str]] = {}


class Word:
    """A dictionary word as written in a text, shared by all its occurrences (the offsets
    belong to the text: see words()). ``normalized`` and ``lemma`` are the surface for
    particles and symbols, as in Token; ``form`` (Sudachi's dictionary form, for every word)
    and ``groups`` (its synonym group ids) are None until first needed (dictionary_form,
    synonym_groups)."""

    __slots__ = ("form", "groups", "lemma", "memo", "normalized", "pos", "pos2", "surface")

    def __init__(
        self, surface: str, normalized: str, lemma: str, pos: str, pos2: str, form: str | None
    ) -> None:
        self.surface = surface
        self.normalized = normalized
        self.lemma = lemma
        self.pos = pos
        self.pos2 = pos2
        self.form = form
        self.groups: frozenset[int] | None = None
        # What analyzers found out about this word alone (e.g. its concepts), kept with it.
        self.memo: dict[Any, Any] | None = None


# (word id, surface) -> Word: all properties of the lexicon entry (an unknown or joined word
# such as 一〇〇 has an id per part of speech, and its forms follow from its surface), so a word
# seen once costs two cheap calls afterwards (word_id, end) instead of four, two of them slow.
# The first surface seen for a word id is found by the id alone and a comparison (no hashing
# of the freshly sliced surface); other surfaces of that id by (id, surface).
# Bounded: cleared when full.
_WORDS: dict[int, Word] = {}  # word id -> the Word of its first surface
_OTHER_SURFACES: dict[tuple[int, str], Word] = {}
_COUNT = [0]  # Words in both
_LEMMAS: dict[tuple[int, str], str] = {}
_WORDS_MAX = 200_000
# Parts of speech whose normalized and dictionary forms are their surface (saves two calls
# per morpheme on the analyzer's hot path).
_UNINFLECTED = frozenset({"助詞", "補助記号", "空白"})


def _pos(pos_id: int) -> tuple[str, str]:
    p = _dictionary().pos_of(pos_id)
    _POS[pos_id] = (p[0], p[1])
    return _POS[pos_id]


def pos_of(pos_id: int) -> tuple[str, str]:
    """Coarse and second-level part of speech of a Sudachi POS id (cached)."""
    return _POS.get(pos_id) or _pos(pos_id)


SUDACHI_MAX_BYTES = 49_149  # Sudachi's own limit on one input
_CHUNK_BYTES = 30_000  # below the limit, with room for Sudachi's input normalisation
UNCHUNKED_CHARS = _CHUNK_BYTES // 3  # morphemes() tokenizes a text this long in one piece
_SENTENCE_END = re.compile(r"[^。．！？!?\n]*(?:[。．！？!?\n]+|$)")
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Shifted:
    """A morpheme of a chunk, with begin/end moved to offsets in the whole text."""

    __slots__ = ("_m", "_shift")

    def __init__(self, m: Any, shift: int) -> None:
        self._m = m
        self._shift = shift

    def begin(self) -> int:
        return int(self._m.begin()) + self._shift

    def end(self) -> int:
        return int(self._m.end()) + self._shift

    def __getattr__(self, name: str) -> Any:
        return getattr(self._m, name)


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _split_long(piece: str) -> list[str]:
    """A run with no sentence end, cut by size (prefer after 、 or a space)."""
    out: list[str] = []
    while _utf8_len(piece) > _CHUNK_BYTES:
        cut = _CHUNK_BYTES // 4  # characters: at most 4 bytes each
        soft = max(piece.rfind("、", 0, cut), piece.rfind(" ", 0, cut), piece.rfind("　", 0, cut))
        cut = soft + 1 if soft > cut // 2 else cut
        out.append(piece[:cut])
        piece = piece[cut:]
    return [*out, piece] if piece else out


def chunks(text: str) -> list[str]:
    """``text`` cut after sentence ends into pieces Sudachi accepts; they concatenate to it."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    for m in _SENTENCE_END.finditer(text):
        for piece in _split_long(m.group()) if m.group() else ():
            n = _utf8_len(piece)
            if current and size + n > _CHUNK_BYTES:
                out.append("".join(current))
                current, size = [], 0
            current.append(piece)
            size += n
    if current:
        out.append("".join(current))
    return out


def _analyse(tok: Any, text: str, shift: int, out: list[Any]) -> None:
    """Tokenize one chunk into ``out``; a chunk Sudachi still refuses (its normalisation can
    lengthen some characters) is halved."""
    from sudachipy.errors import SudachiError

    try:
        ml = tok.tokenize(text)
    except SudachiError:
        if len(text) < 2:
            raise
        half = len(text) // 2
        _analyse(tok, text[:half], shift, out)
        _analyse(tok, text[half:], shift + half, out)
        return
    out.extend(_Shifted(m, shift) for m in ml)


def valid_text(text: str) -> str:
    """``text`` with each lone surrogate (not Unicode text; it cannot be encoded or shown)
    replaced by U+FFFD: one character for one, so offsets into the original stay right."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def morphemes(text: str, *, valid: bool = False) -> Any:
    """Sudachi's MorphemeList for ``text``: cheaper than tokenize() when a caller reads only
    a few attributes of a few morphemes. The list owns its data; thread-safe.

    Any length is accepted: past Sudachi's limit, a list of the chunks' morphemes with offsets
    in ``text``. Lone surrogates are read as U+FFFD (``valid``: the caller passed the text
    through valid_text already, it is not scanned again)."""
    if not valid:
        text = valid_text(text)
    tok = _tokenizer()
    if len(text) <= UNCHUNKED_CHARS or _utf8_len(text) <= _CHUNK_BYTES:
        try:
            return tok.tokenize(text)
        except Exception as exc:  # imported only here: an import statement costs per call
            from sudachipy.errors import SudachiError

            if not isinstance(exc, SudachiError):
                raise
            # normalisation made it too long: cut it below
    out: list[Any] = []
    shift = 0
    for chunk in chunks(text):
        _analyse(tok, chunk, shift, out)
        shift += len(chunk)
    return out


def path_cost(text: str) -> int:
    """Sudachi's cost of its best path through a short ``text`` (a line): lower reads more like
    Japanese words. Two readings of the same line may be compared by it (see
    mail.notice.kana)."""
    tokens = morphemes(text[:UNCHUNKED_CHARS])
    return int(tokens.get_internal_cost()) if hasattr(tokens, "get_internal_cost") else 0


@lru_cache(maxsize=4096)
def word_entries(surface: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The dictionary's entries written exactly ``surface``: (part of speech, normalized form)
    of each, with no text around them."""
    return tuple(
        (tuple(m.part_of_speech()), m.normalized_form()) for m in _dictionary().lookup(surface)
    )


def tokenize(text: str, *, morpheme_list: Any = None) -> list[Token]:
    """Tokenize ``text`` (offsets refer to ``text``). Thread-safe.

    Pass ``morpheme_list`` to reuse an earlier morphemes(text).
    """
    text = valid_text(text)
    ml = morpheme_list if morpheme_list is not None else morphemes(text)
    found, ends = words(text, ml)
    out: list[Token] = []
    begin = 0
    for w, end in zip(found, ends, strict=True):
        out.append(Token(w.surface, w.normalized, w.lemma, w.pos, w.pos2, begin, end))
        begin = end
    return out


def words(text: str, ml: Any) -> tuple[list[Word], list[int]]:
    """The words of ``ml`` (morphemes(text), ``text`` free of lone surrogates: valid_text)
    and the end offset of each in ``text`` (a word begins where the one before ends).
    Hot loop of the analyzer: two cheap calls per morpheme (the surface is sliced from the
    text instead of asked for), then a cache hit."""
    out: list[Word] = []
    ends: list[int] = []
    append = out.append
    append_end = ends.append
    by_id = _WORDS.get
    if _COUNT[0] > _WORDS_MAX:
        _clear_words()
    begin = 0
    for m in ml:
        end = m.end()
        found = by_id(m.word_id())
        if found is None or found.surface != text[begin:end]:
            found = _other_surface(m, text[begin:end])
        append(found)
        append_end(end)
        begin = end
    return out, ends


def word(m: Any, surface: str) -> Word:
    """The Word of one morpheme ``m`` whose surface in the text is ``surface`` (as words()
    gives it, for a caller that needs only a few of a text's words)."""
    if _COUNT[0] > _WORDS_MAX:
        _clear_words()
    found = _WORDS.get(m.word_id())
    if found is None or found.surface != surface:
        found = _other_surface(m, surface)
    return found


def _clear_words() -> None:
    _WORDS.clear()
    _OTHER_SURFACES.clear()
    _COUNT[0] = 0


def _other_surface(m: Any, surface: str) -> Word:
    """The Word of a morpheme not found by its id alone (new, or another surface of it)."""
    wid = m.word_id()
    found = _OTHER_SURFACES.get((wid, surface))
    return found if found is not None else _word(m, wid, surface)


def _word(m: Any, wid: int, surface: str) -> Word:
    """The Word of a morpheme, cached by word id and surface."""
    pid = m.part_of_speech_id()
    p0, p1 = _POS.get(pid) or _pos(pid)
    if p0 in _UNINFLECTED:  # particles and symbols: their forms are their surface
        word = Word(surface, surface, surface, p0, p1, None)
    else:
        lemma = m.dictionary_form()
        word = Word(surface, m.normalized_form(), lemma, p0, p1, lemma)
    if wid in _WORDS:
        _OTHER_SURFACES[wid, surface] = word
    else:
        _WORDS[wid] = word
    _COUNT[0] += 1
    return word


def dictionary_form(word: Word, m: Any) -> str:
    """Sudachi's dictionary form of ``word`` (morpheme ``m``), read once per word."""
    found = word.form
    if found is None:
        found = word.form = m.dictionary_form()
    return found


def synonym_groups(word: Word, m: Any) -> frozenset[int]:
    """Sudachi's synonym group ids of ``word`` (morpheme ``m``), read once per word."""
    found = word.groups
    if found is None:
        found = word.groups = frozenset(m.synonym_group_ids())
    return found


def short_units(m: Any) -> list[Any]:
    """The short units a compound Sudachi keeps whole is made of (its mode-A split: 休日出勤 =
    休日+出勤, 就職先 = 就職+先); empty for a word of one unit."""
    from sudachipy import SplitMode

    parts = m.split(SplitMode.A)
    return list(parts) if len(parts) > 1 else []


def noun_parts(m: Any) -> list[Any]:
    """The nouns a compound Sudachi keeps whole is made of (its mode-A split, the prefix left
    out: ご利用 = 御+利用, 休日出勤 = 休日+出勤); empty for a word of one part."""
    return [p for p in short_units(m) if p.part_of_speech()[0] == "名詞"]


def lemma(m: Any) -> str:
    """``m.dictionary_form()``, cached by word id and surface (the call is slow)."""
    key = (m.word_id(), m.surface())
    found = _LEMMAS.get(key)
    if found is None:
        if len(_LEMMAS) > _WORDS_MAX:
            _LEMMAS.clear()
        found = _LEMMAS[key] = m.dictionary_form()
    return found


# Half-width ﾞ ﾟ and the combining voicing marks: NFKC joins them to the kana before.
_VOICING = frozenset("\uff9e\uff9f\u3099\u309a")


class _FoldTable(dict[int, str]):
    """ord -> the character's one-character NFKC form (itself when it folds to itself or to
    more than one character), filled on first sight of each character: ``str.translate`` then
    reads it at C speed. Shared by all texts; bounded (cleared when full)."""

    def __missing__(self, key: int) -> str:
        if len(self) > _FOLDS_MAX:
            self.clear()
        ch = chr(key)
        n = unicodedata.normalize("NFKC", ch)
        f = self[key] = n if len(n) == 1 else ch
        return f


_FOLDS_MAX = 100_000
_FOLDS = _FoldTable()


def fold(text: str) -> str:
    """NFKC-fold full/half-width variants, keeping string length (offsets stay valid).

    Characters are folded one by one, never the string as a whole: NFKC of the whole string can
    lengthen one character (㈱ → (株)) and shorten another (ﾎﾞ → ボ) and still come out at the
    same length, with every offset between them wrong. A half-width kana with its voicing mark
    (ﾎﾞ, two characters) becomes a zero-width space and the voiced kana (ボ), so words stay
    whole; other characters whose folding is longer (㈱) stay as they are.
    """
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        # Nothing to fold (a quick C check): a character NFKC changes, or a kana with a
        # voicing mark NFKC joins, makes the whole text not NFKC-normalized.
        return text
    return _fold_chars(text)


def _fold_chars(text: str) -> str:
    """fold() without its quick check: character by character."""
    table = _FOLDS
    if _VOICING.isdisjoint(text):
        return text.translate(table)
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if i + 1 < len(text) and text[i + 1] in _VOICING:
            pair = unicodedata.normalize("NFKC", ch + text[i + 1])
            if len(pair) == 1:
                out.append("\u200b" + pair)
                i += 2
                continue
        out.append(table[ord(ch)])
        i += 1
    return "".join(out)
