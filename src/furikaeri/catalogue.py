"""The cause catalogue and finding templates, loaded from reviewed TOML data files."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

CAUSE_IDS: tuple[str, ...] = (
    "motivation",
    "self_pr",
    "communication",
    "reverse_question",
    "negative_reason",
    "skills",
    "manners",
    "short_tenure",
    "culture_fit",
    "relative",
)


@dataclass(frozen=True)
class Cause:
    id: str
    title: str
    summary: str
    controllable: bool
    advice: tuple[str, ...]


@dataclass(frozen=True)
class FindingTemplate:
    code: str
    cause: str
    severity: str
    message: str
    advice: str


def load_data(name: str) -> dict[str, Any]:
    """Parse a TOML file shipped in ``furikaeri/data``."""
    with resources.files("furikaeri.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def causes() -> dict[str, Cause]:
    raw = load_data("causes.toml")["causes"]
    return {
        cid: Cause(
            id=cid,
            title=c["title"],
            summary=c["summary"],
            controllable=bool(c["controllable"]),
            advice=tuple(c["advice"]),
        )
        for cid, c in raw.items()
    }


@cache
def finding_templates() -> dict[str, FindingTemplate]:
    raw = load_data("findings.toml")["findings"]
    return {code: FindingTemplate(code=code, **t) for code, t in raw.items()}


@cache
def strength_messages() -> dict[str, str]:
    raw = load_data("findings.toml")["strengths"]
    return {code: s["message"] for code, s in raw.items()}
