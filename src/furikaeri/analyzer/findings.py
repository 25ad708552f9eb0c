"""Building findings and strengths from the catalogue templates (data/findings.toml)."""

from __future__ import annotations

from collections.abc import Iterable

from furikaeri.analyzer.types import Finding, Span, Strength
from furikaeri.catalogue import finding_templates, strength_messages


def dedupe(spans: Iterable[Span]) -> tuple[Span, ...]:
    """Sorted spans with overlaps dropped (the earlier, longer one wins)."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if out and s.start < out[-1].end:
            continue
        out.append(s)
    return tuple(out)


def finding(code: str, evidence: Iterable[Span] = (), **fmt: object) -> Finding:
    """A Finding from its template; ``fmt`` fills ``{placeholders}`` in message and advice."""
    t = finding_templates()[code]
    return Finding(
        code=code,
        cause=t.cause,
        severity=t.severity,
        message=t.message.format(**fmt) if fmt else t.message,
        advice=t.advice.format(**fmt) if fmt else t.advice,
        evidence=dedupe(evidence),
    )


def strength(code: str, evidence: Iterable[Span] = ()) -> Strength:
    return Strength(code=code, message=strength_messages()[code], evidence=dedupe(evidence))
