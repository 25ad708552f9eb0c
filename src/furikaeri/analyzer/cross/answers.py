"""The kinds of question an answer answers instead ([[answered]]): a kind's marks not blanked
by the words around them, or its claim (a strength, a core of the self-PR)."""

from __future__ import annotations

import re
from functools import cache

from furikaeri.analyzer import detect_reasons
from furikaeri.analyzer.cross.employer import _employer_named
from furikaeri.analyzer.cross.table import _Answered, data
from furikaeri.analyzer.doc import Doc, per_doc
from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.questions import declaration


@per_doc
def answered_kinds(doc: Doc) -> list[str]:
    """The kinds of cross.toml [[answered]] whose topics the answer answers: their marks (and
    addressee), their hallmark, a first sentence that declares one, or a strength claimed."""
    text = doc.folded
    said = declaration.declared(doc)
    declared = said[0].name if said is not None else None
    out: list[str] = []
    for entry, topics in _answered_topics():
        if (
            declared in entry.topics
            or any(_carries(text, t) for t in topics)
            or (entry.claims > 0 and _claimed(doc, entry.claims, topics))
        ):
            out.append(entry.kind)
    return out


@cache
def _answered_topics() -> tuple[tuple[_Answered, list[Topic]], ...]:
    """Each [[answered]] entry with its topics (in the lexicon's order), read once."""
    topics = lexicon().topics
    return tuple((e, [t for t in topics if t.name in e.topics]) for e in data().answered)


def _claimed(doc: Doc, least: int, topics: list[Topic]) -> bool:
    """At least ``least`` strengths claimed ([self_pr] pr_claims, or the core of the kind's
    topics: 性格, 得意, と言われ) outside the sentences that complain with a negative evaluation
    (「えこひいきで、頑張っても報われません」 claims nothing; 「周りからも行動力があると言われます」
    judges no one)."""
    claims = doc.find(lexicon().pr_claims)
    for topic in topics:
        if topic.core is not None:
            claims += [
                c
                for c in doc.find(topic.core)
                if not any(c.start < k.end and k.start < c.end for k in claims)
            ]
    if len(claims) < least:
        return False
    if not _employer_named(doc.folded):
        return True  # no employer told of: no complaint to read the claims out of
    judging = [c for c in detect_reasons.complaints(doc) if detect_reasons.judges(doc, c)]
    sentences = [s for s in doc.sentences if any(s.start <= c.start < s.end for c in judging)]
    kept = [c for c in claims if not any(s.start <= c.start < s.end for s in sentences)]
    return len(kept) >= least


def _carries(text: str, topic: Topic) -> bool:
    """The topic's marks or hallmark, and its addressee; the addressee alone is no mark (「御社
    でもこの強みを活かしたい」 closes a self-PR, it tells no motivation)."""
    if topic.addressee is not None:
        if topic.addressee.search(text) is None:
            return False
        text = _blanked(text, topic.addressee_pattern or "")
    return any(m is not None and m.search(text) for m in (topic.marks, topic.hallmark))


def _blanked(text: str, pattern: str) -> str:
    """``text`` with what ``pattern`` matches blanked out (offsets kept)."""
    return _compiled(pattern).sub(lambda m: "\u3000" * len(m.group()), text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
