"""Cut an answer into plain and highlighted segments from the analyzer's evidence spans, so the
template can mark each piece (escaped by Jinja) with the findings it supports."""

from __future__ import annotations

from collections import Counter, defaultdict
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
    """Split ``analysis.answer`` at every span boundary; overlapping spans share a segment.

    A sweep over the sorted span boundaries, keeping a count of the open spans per finding: the
    time grows with the number of spans (times the few findings open at once), not its square,
    so a long answer full of fillers stays quick at every pause in typing."""
    answer = analysis.answer
    events: dict[int, list[tuple[int, int]]] = defaultdict(list)  # offset -> (finding, +1/-1)
    severity_of: dict[int, str] = {}
    for number, finding in enumerate(analysis.findings, start=1):
        severity_of[number] = finding.severity
        for span in finding.evidence:
            start, end = max(0, span.start), min(len(answer), span.end)
            if start < end:
                events[start].append((number, 1))
                events[end].append((number, -1))
    cuts = sorted({0, len(answer), *events})
    open_spans: Counter[int] = Counter()
    out: list[Segment] = []
    for start, end in pairwise(cuts):
        for number, delta in events.get(start, ()):
            open_spans[number] += delta
            if not open_spans[number]:
                del open_spans[number]
        refs = tuple(sorted(open_spans))
        severity = max((severity_of[n] for n in refs), key=lambda s: _RANK.get(s, 0), default="")
        out.append(Segment(answer[start:end], refs, severity))
    return out
