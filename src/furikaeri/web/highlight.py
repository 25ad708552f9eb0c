"""Cut an answer into plain and highlighted segments from the analyzer's evidence spans, so the
template can mark each piece (escaped by Jinja) with the findings it supports."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from furikaeri.analyzer import Analysis


@dataclass(frozen=True)
class Segment:
    text: str
    refs: tuple[int, ...] = ()  # 1-based numbers of the findings this text is evidence for
    severity: str = ""  # the most severe of those findings: high | medium | low


_RANK = {"high": 3, "medium": 2, "low": 1}


def segments(analysis: Analysis) -> list[Segment]:
    """Split ``analysis.answer`` at every span boundary; overlapping spans share a segment."""
    answer = analysis.answer
    marks: list[tuple[int, int, int, str]] = []
    for number, finding in enumerate(analysis.findings, start=1):
        for span in finding.evidence:
            start, end = max(0, span.start), min(len(answer), span.end)
            if start < end:
                marks.append((start, end, number, finding.severity))
    cuts = sorted({0, len(answer), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        refs = tuple(sorted({m[2] for m in covering}))
        severity = max((m[3] for m in covering), key=lambda s: _RANK.get(s, 0), default="")
        out.append(Segment(answer[start:end], refs, severity))
    return out
