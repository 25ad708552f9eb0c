"""Text helpers shared by the mail classifiers: normalisation, quoted text, sentences. Pure."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_START = re.compile(
    r"^(?:-{2,}\s*(?:original message|元のメッセージ|転送メッセージ|forwarded message)"
    r"|.{0,80}(?:wrote|のメッセージ|が書きました|さんは書きました)[:：]\s*$)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(
    r"(?:[。！？!?」』)）]|ます|です|した|でした|ません|ください|さい|様|担当|部|課|チーム)$"
)


def normalize(text: str) -> str:
    """NFKC, lower case, no spaces (Japanese phrases are matched without them)."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[ \t\u3000]+", "", text)


def strip_quoted(text: str) -> str:
    """Drop quoted lines (「>」) and everything after an 'original message' marker."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if _QUOTE_START.match(stripped):
            break
        if stripped.startswith((">", "＞", "|")):
            continue
        kept.append(line)
    return "\n".join(kept)


def sentences(text: str) -> list[str]:
    """Normalised sentences. Hard-wrapped lines are joined when a line ends mid-sentence."""
    out: list[str] = []
    buf = ""
    for line in normalize(text).split("\n"):
        if not line:
            if buf:
                out.append(buf)
            buf = ""
            continue
        buf += line
        if _SENTENCE_END.search(buf):
            out.append(buf)
            buf = ""
    if buf:
        out.append(buf)
    return [s for part in out for s in re.split(r"(?<=[。！？!?])", part) if s]
