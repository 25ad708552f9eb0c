"""Input limits shared by every boundary (analyzer, store, web, CLI), so that one limit has one
number and one Japanese message wherever it is hit. Imported by lower and upper layers alike:
it imports nothing of furikaeri."""

from __future__ import annotations

# An interview answer: far beyond anything spoken (300 字 is a minute), well within what the
# analyzer reads fast. Longer text is still tokenized correctly (nlp cuts it into chunks).
MAX_ANSWER_CHARS = 20_000


def answer_too_long(chars: int) -> str:
    """The one message for an answer over MAX_ANSWER_CHARS."""
    return f"回答が長すぎます（{chars:,}字）。{MAX_ANSWER_CHARS:,}字以内にしてください。"
