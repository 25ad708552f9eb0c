"""What a transcript shows: spoken characters and filler words (Sudachi POS)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from furikaeri.audio.norms import FillerNorms, norms


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("〜", "ー").replace("～", "ー")


def spoken_chars(text: str) -> int:
    """Letters and digits (kanji, kana incl. ー, Latin, numerals): what is said, not written."""
    return sum(1 for ch in _fold(text) if unicodedata.category(ch)[0] in "LN" or ch == "ー")


def count_fillers(text: str) -> dict[str, int]:
    """Filler words in ``text`` by surface: Sudachi's 感動詞/フィラー, the interjections of
    data/voice.toml, and あの/その/まあ… only where they stand alone (not その会社)."""
    from furikaeri.nlp import tokenize

    conf = norms().fillers
    found: dict[str, int] = {}
    for piece in _sentences(_fold(text)):
        tokens = tokenize(piece)
        i = 0
        while i < len(tokens):
            width = _filler_width(tokens, i, conf)
            if width:
                surface = "".join(t.surface for t in tokens[i : i + width])
                found[surface] = found.get(surface, 0) + 1
                i += width
            else:
                i += 1
    return found


# SudachiPy refuses input over 49,149 bytes; a sentence (a filler never spans two) is far less,
# and a recogniser's unpunctuated run is cut at this many characters (3 bytes each at most).
_PIECE_CHARS = 12_000


def _sentences(text: str) -> Iterator[str]:
    start = 0
    for i, ch in enumerate(text):
        if ch in "。！？!?\n" or i - start >= _PIECE_CHARS:
            yield text[start : i + 1]
            start = i + 1
    if start < len(text):
        yield text[start:]


def _filler_width(tokens: list[Any], i: int, conf: FillerNorms) -> int:
    """How many tokens from ``i`` make one filler (0: none). Sudachi splits えっと into えっ + と
    and なんか into なん + か, so up to three tokens are joined before matching."""
    widths = [w for w in (3, 2, 1) if i + w <= len(tokens)]
    joined = {w: "".join(t.surface for t in tokens[i : i + w]) for w in widths}
    for w in widths:
        if joined[w] in conf.interjections:
            return w
    if (tokens[i].pos, tokens[i].pos2) in conf.pos:
        return 1
    for w in widths:
        if joined[w] in conf.standalone and _stands_alone(tokens, i + w, conf):
            return w
    return 0


def _stands_alone(tokens: list[Any], nxt: int, conf: FillerNorms) -> bool:
    """True when the token at ``nxt`` ends a standalone word: punctuation, a space, another
    filler or the end of the text (その、 but not その会社)."""
    if nxt >= len(tokens):
        return True
    tok = tokens[nxt]
    if tok.pos in ("補助記号", "空白"):
        return True
    return (tok.pos, tok.pos2) in conf.pos or tok.surface in conf.standalone
