"""Diagnoses remembered in this process, keyed by a fingerprint of all their inputs (see
:mod:`furikaeri.diagnosis`). The one cache, its bound (``REMEMBERED``) and its lock live
here and only here; the posting is compared with the candidate here, as part of the key."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from furikaeri.diagnosis.ranking import diagnose
from furikaeri.diagnosis.types import Diagnosis

REMEMBERED = 512  # diagnoses kept per process (a few KB each)
_remembered_results: OrderedDict[str, Diagnosis] = OrderedDict()
_remembered_lock = threading.Lock()  # the web serves requests from a thread pool


def fingerprint(inputs: Mapping[str, Any]) -> str:
    """A SHA-256 of the inputs of a diagnosis (plain data: frozen dataclasses, strings, dates,
    tuples, sorted pairs). Equal inputs give equal fingerprints in every process."""
    canonical = repr(sorted(inputs.items()))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


def _remembered(
    session: Any, app: Any, *, candidates: dict[int, Any] | None = None, **inputs: Any
) -> Diagnosis:
    """:func:`diagnose` of ``inputs`` plus the application's posting against the candidate,
    from this process's memory when the same inputs were diagnosed before. ``candidates``:
    the candidates already read, by user (several rejections diagnosed together)."""
    posting = (app.job_posting or "").strip()
    candidate = None
    if posting and candidates is not None:
        if app.user_id not in candidates:
            candidates[app.user_id] = _candidate(session, app)
        candidate = candidates[app.user_id]
    elif posting:
        candidate = _candidate(session, app)
    today = dt.date.today() if posting else None
    key_parts = {
        **inputs,
        "answers": tuple(inputs.get("answers", ())),
        "self_check": tuple(sorted((inputs.get("self_check") or {}).items())),
        "replies": tuple(inputs.get("replies", ())),
        "career": tuple(inputs.get("career", ())),
        "posting": posting,
        "candidate": candidate,
        # A current job's length, hence the skill gap, depends on the day.
        "today": today,
    }
    key = fingerprint(key_parts)
    with _remembered_lock:
        found = _remembered_results.get(key)
        if found is not None:
            _remembered_results.move_to_end(key)
            return found
    gap = _skill_gap_of(posting, candidate, today) if candidate is not None else None
    result = diagnose(**inputs, skill_gap=gap)
    with _remembered_lock:
        _remembered_results[key] = result
        while len(_remembered_results) > REMEMBERED:
            _remembered_results.popitem(last=False)
    return result


def forget_remembered() -> None:
    """Empty this process's remembered diagnoses (e.g. after the data files changed)."""
    with _remembered_lock:
        _remembered_results.clear()


def _candidate(session: Any, app: Any) -> Any:
    """The candidate a posting is compared with (furikaeri.skills.candidate_of)."""
    from furikaeri.skills import candidate_of

    return candidate_of(session, user_id=app.user_id)


def _skill_gap_of(posting: str, candidate: Any, today: dt.date | None) -> Any:
    """The posting against the candidate, or None (none readable)."""
    from furikaeri.skills import SkillsError, compare, parse_posting

    try:
        return compare(parse_posting(posting), candidate, today=today)
    except SkillsError:
        return None
