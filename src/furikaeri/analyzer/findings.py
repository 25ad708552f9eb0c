"""Building findings and strengths from the catalogue templates (data/findings.toml)."""

from __future__ import annotations

from collections.abc import Iterable

from furikaeri.analyzer.types import Finding, Span, Strength, finding_of, strength_of
from furikaeri.catalogue import finding_templates, strength_messages


def dedupe(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlaps dropped (the earlier, longer one wins)."""
    listed = spans if isinstance(spans, list) else list(spans)
    if len(listed) < 2 or _apart_in_order(listed):  # (one span, most evidence: no call)
        return tuple(listed)
    out: list[Span] = []
    for s in sorted(listed, key=_order):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return tuple(out)


def _apart_in_order(spans: list[Span]) -> bool:
    """Each span starts after the one before it and after its end: sorting and dropping
    overlaps would give them back as they are (most evidence comes so: a sort with a Python
    key function costs a call per span)."""
    for i in range(1, len(spans)):
        a, b = spans[i - 1], spans[i]
        if b.start < a.end or b.start <= a.start:
            return False
    return True


def _order(s: Span) -> tuple[int, int]:
    return s.start, s.start - s.end


def finding(code: str, evidence: Iterable[Span] = (), **fmt: object) -> Finding:
    """A Finding from its template; ``fmt`` fills ``{placeholders}`` in message and advice."""
    t = finding_templates()[code]
    return finding_of(
        code,
        t.cause,
        t.severity,
        t.message.format(**fmt) if fmt else t.message,
        t.advice.format(**fmt) if fmt else t.advice,
        dedupe(evidence),
    )


def strength(code: str, evidence: Iterable[Span] = ()) -> Strength:
    return strength_of(code, strength_messages()[code], dedupe(evidence))
