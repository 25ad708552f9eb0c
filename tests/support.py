"""Helpers shared by the test packages (importable: tests/ is on sys.path via the root conftest)."""

from __future__ import annotations

import os

import pytest

IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, reason: str) -> None:
    """Skip when a real dependency is missing locally; in CI a missing dependency is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)
