"""Check a feedback-request mail before it is sent: blunt questions, emotion, complaints,
pressure, reminders, 御社 in writing, casual words, missing parts. Rules live in
data/mail_check.toml. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from furikaeri.catalogue import load_data
from furikaeri.patterns import union


@dataclass(frozen=True)
class CheckIssue:
    code: str
    message: str
    fix: str
    span: tuple[int, int, str] | None  # None: something is missing, not wrong

    def to_dict(self) -> dict[str, Any]:
        span = None
        if self.span is not None:
            span = {"start": self.span[0], "end": self.span[1], "text": self.span[2]}
        return {"code": self.code, "message": self.message, "fix": self.fix, "span": span}


@dataclass(frozen=True)
class _Rule:
    code: str
    pattern: re.Pattern[str]
    message: str
    fix: str


def _rule(raw: dict[str, Any]) -> _Rule:
    pattern = union(raw["patterns"], re.M | re.I)
    return _Rule(code=raw["code"], pattern=pattern, message=raw["message"], fix=raw["fix"])


@cache
def _rules() -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
    data = load_data("mail_check.toml")
    return tuple(map(_rule, data["rules"])), tuple(map(_rule, data["missing"]))


def rule_codes() -> list[str]:
    """Every code check_mail can report, in order."""
    wrong, missing = _rules()
    return [r.code for r in (*wrong, *missing)]


def check_mail(text: str) -> list[CheckIssue]:
    """Issues in a mail written as text (first line 「件名: …」), in reading order."""
    wrong, missing = _rules()
    issues = [
        CheckIssue(r.code, r.message, r.fix, _quoted(text, m.start(), m.end()))
        for r in wrong
        for m in r.pattern.finditer(text)
    ]
    issues.sort(key=lambda i: i.span[0] if i.span else 0)
    issues += [
        CheckIssue(r.code, r.message, r.fix, None) for r in missing if not r.pattern.search(text)
    ]
    return issues


def _quoted(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The span of a match widened to whole words: the quote shown never stops mid-word
    (「なぜ落ち」→「なぜ落ちた」)."""
    from furikaeri.mail.text import whole_words

    start, end = whole_words(text, start, end)
    return start, end, text[start:end]


def mail_as_text(*, subject: str | None, body: str) -> str:
    """The text check_mail reads, for a mail whose subject is a header (.eml)."""
    return f"件名: {subject}\n\n{body}" if subject else body
