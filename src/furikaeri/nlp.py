"""Japanese tokenization with SudachiPy, safe for FastAPI's thread pool.

A SudachiPy ``Tokenizer`` is not thread-safe ("Already borrowed"), so the ``Dictionary``
(the expensive part, memory-mapped) is shared and each thread gets its own tokenizer.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

_local = threading.local()
_dict_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    normalized: str
    lemma: str  # dictionary form
    pos: str  # coarse part of speech, e.g. 名詞
    pos2: str  # second level, e.g. 固有名詞
    begin: int
    end: int


@cache
def _dictionary() -> Any:
    from sudachipy import Dictionary

    with _dict_lock:
        return Dictionary(dict="core")


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import SplitMode

        tok = _dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


@cache
def _pos(pos_id: int) -> tuple[str, str]:
    p = _dictionary().pos_of(pos_id)
    return p[0], p[1]


def tokenize(text: str) -> list[Token]:
    """Tokenize ``text`` (offsets refer to ``text``). Thread-safe."""
    out: list[Token] = []
    for m in _tokenizer().tokenize(text):
        p0, p1 = _pos(m.part_of_speech_id())
        out.append(Token(m.surface(), m.normalized_form(), m.dictionary_form(), p0, p1,
                         m.begin(), m.end()))
    return out


def fold(text: str) -> str:
    """NFKC-fold full/half-width variants, keeping string length (offsets stay valid).

    NFKC can change length (e.g. ㈱ → (株)); such characters are folded one by one only when
    the result is a single character, so that offsets into the original text still hold.
    """
    folded = unicodedata.normalize("NFKC", text)
    if len(folded) == len(text):
        return folded
    chars = []
    for ch in text:
        f = unicodedata.normalize("NFKC", ch)
        chars.append(f if len(f) == 1 else ch)
    return "".join(chars)
