"""Diagnosis wording from the QA report (P3): a short stay is said in rounded months, and in
words that fit a 書類 rejection too (no interviewer when there was no interview)."""

from __future__ import annotations

import datetime as dt

from furikaeri.diagnosis import CareerInput, diagnose


def test_a_short_stay_is_rounded_and_fits_a_documents_rejection() -> None:
    career = [CareerInput("株式会社まえのしょく", dt.date(2025, 1, 21), dt.date(2025, 7, 20))]
    result = diagnose(career=career, documents=True)
    texts = [
        e.message
        for c in result.causes
        if c.id == "short_tenure"
        for e in c.evidence
        if e.code == "profile.short_stay"
    ]
    assert texts and "約6か月" in texts[0]
    assert "面接官" not in texts[0]


def test_mid_career_practice_advice_does_not_assume_an_agent() -> None:
    """QA P3: a direct applicant was told to ask 「担当のキャリアアドバイザー」."""
    from furikaeri.diagnosis import _next_step_catalogue

    details = [s.detail for s in _next_step_catalogue(mid_career=True)]
    mock = [d for d in details if "模擬面接" in d]
    assert mock and all("（担当のキャリアアドバイザーに頼めます）" not in d for d in mock)
