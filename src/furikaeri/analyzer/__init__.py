"""The answer analyzer: judge a Japanese interview answer against the common rejection causes.

Public API::

    from furikaeri.analyzer import analyze, Company, KINDS
    result = analyze("私の強みは…", question="自己PRをお願いします。")
    result.kind, result.findings, result.strengths, result.to_dict()
"""

from furikaeri.analyzer.core import analyze, analyze_records
from furikaeri.analyzer.types import (
    CORE_CODES,
    KIND_LABELS,
    KINDS,
    MAX_ANSWER_CHARS,
    SEVERITY_LABELS,
    SEVERITY_RANK,
    Analysis,
    AnalyzeError,
    Company,
    Finding,
    Span,
    Strength,
)

__all__ = [
    "CORE_CODES",
    "KINDS",
    "KIND_LABELS",
    "MAX_ANSWER_CHARS",
    "SEVERITY_LABELS",
    "SEVERITY_RANK",
    "Analysis",
    "AnalyzeError",
    "Company",
    "Finding",
    "Span",
    "Strength",
    "analyze",
    "analyze_records",
]
