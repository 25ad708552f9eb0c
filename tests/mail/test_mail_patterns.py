"""The mail rules share the analyzer's pattern compiler (furikaeri.patterns): its
first-character lookahead must find exactly what the plain pattern finds on real mail text."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from test_mail_classify_more import NOTICES, REPLIES

from furikaeri.mail.classify import _notice_rules, _reply_rules
from furikaeri.patterns import LazyPattern


def _patterns(value: Any) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, LazyPattern):
        yield value.compiled()
    elif dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _patterns(getattr(value, f.name))
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item)


def test_lookahead_keeps_every_match_of_the_mail_rules() -> None:
    texts = [row[-1] for row in [*NOTICES, *REPLIES]]
    texts += ["".join(unicodedata.normalize("NFKC", t).split()) for t in texts]
    fast = [p for p in _patterns((_notice_rules(), _reply_rules())) if p.pattern.startswith("(?=[")]
    assert fast, "the unions of mail phrases are compiled with the lookahead"
    for pattern in fast:
        plain = re.compile(pattern.pattern[pattern.pattern.index("])") + 2 :], pattern.flags)
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (plain.pattern[:60], text[:40])
