"""Highlighting: the sweep gives exactly what "every span covering every piece" gives (the
quadratic definition, kept here as the oracle), on any spans."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from furikaeri.analyzer import Analysis, Finding, Span
from furikaeri.web.highlight import _RANK, Segment, segments

SEVERITIES = ("high", "medium", "low")


def _oracle(analysis: Analysis) -> list[Segment]:
    answer = analysis.answer
    marks = [
        (max(0, s.start), min(len(answer), s.end), n, f.severity)
        for n, f in enumerate(analysis.findings, start=1)
        for s in f.evidence
        if max(0, s.start) < min(len(answer), s.end)
    ]
    cuts = sorted({0, len(answer), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in pairwise(cuts):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        refs = tuple(sorted({m[2] for m in covering}))
        severity = max((m[3] for m in covering), key=lambda s: _RANK.get(s, 0), default="")
        out.append(Segment(answer[start:end], refs, severity))
    return out


spans = st.tuples(st.integers(-3, 45), st.integers(-3, 45)).map(lambda t: Span(min(t), max(t), ""))
findings = st.lists(st.tuples(st.sampled_from(SEVERITIES), st.lists(spans, max_size=6)), max_size=5)


@given(st.text(max_size=40), findings)
def test_the_sweep_matches_the_definition(answer: str, found: list) -> None:  # type: ignore[type-arg]
    analysis = Analysis(
        answer=answer,
        kind="other",
        findings=tuple(
            Finding(f"c.{i}", "self_pr", sev, "m", "a", tuple(ev))
            for i, (sev, ev) in enumerate(found)
        ),
    )
    got = segments(analysis)
    assert got == _oracle(analysis)
    assert "".join(s.text for s in got) == answer
