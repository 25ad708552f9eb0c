"""Japanese tokenization with SudachiPy, safe for FastAPI's thread pool.

A SudachiPy ``Tokenizer`` is not thread-safe ("Already borrowed"), so the ``Dictionary``
(the expensive part, memory-mapped) is shared and each thread gets its own tokenizer.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
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


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


_POS: dict[int, tuple[str, str]] = {}
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


def morphemes(text: str) -> Any:
    """Sudachi's MorphemeList for ``text``: cheaper than tokenize() when a caller reads only
    a few attributes of a few morphemes. The list owns its data; thread-safe."""
    return _tokenizer().tokenize(text)


def tokenize(text: str, *, morpheme_list: Any = None) -> list[Token]:
    """Tokenize ``text`` (offsets refer to ``text``). Thread-safe.

    Offsets are summed from surface lengths (surfaces concatenate to the input) instead of two
    more calls per morpheme. Pass ``morpheme_list`` to reuse an earlier morphemes(text).
    """
    out: list[Token] = []
    append = out.append
    pos_get = _POS.get
    begin = 0
    for m in morpheme_list if morpheme_list is not None else _tokenizer().tokenize(text):
        surface = m.surface()
        end = begin + len(surface)
        pid = m.part_of_speech_id()
        p0, p1 = pos_get(pid) or _pos(pid)
        if p0 in _UNINFLECTED:  # particles and symbols: their forms are their surface
            append(Token(surface, surface, surface, p0, p1, begin, end))
        else:
            append(Token(surface, m.normalized_form(), m.dictionary_form(), p0, p1, begin, end))
        begin = end
    return out


_VOICING = frozenset("\uff9e\uff9f")  # half-width ﾞ ﾟ: NFKC joins them to the kana before


def fold(text: str) -> str:
    """NFKC-fold full/half-width variants, keeping string length (offsets stay valid).

    Where NFKC would change the length, characters are folded one by one: a half-width kana
    with its voicing mark (ﾎﾞ, two characters) becomes a zero-width space and the voiced kana
    (ボ), so words stay whole; other characters whose folding is longer (㈱) stay as they are.
    """
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) == len(text):
        return folded
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
        f = unicodedata.normalize("NFKC", ch)
        out.append(f if len(f) == 1 else ch)
        i += 1
    return "".join(out)
