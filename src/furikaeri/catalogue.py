"""The cause catalogue and finding templates, loaded from reviewed TOML data files."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from furikaeri.errors import FurikaeriError

M = TypeVar("M", bound=BaseModel)

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


class DataFileError(FurikaeriError):
    """A shipped data file is malformed: names the file and every place that is wrong."""

    status = 500


def load_data(name: str) -> dict[str, Any]:
    """Parse a TOML file shipped in ``furikaeri/data``."""
    with resources.files("furikaeri.data").joinpath(name).open("rb") as fh:
        try:
            return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            raise DataFileError(f"data/{name}: not valid TOML: {exc}") from exc


def validated(name: str, model: type[M], data: dict[str, Any] | None = None) -> M:
    """``data`` (default: the TOML file ``name``) checked against ``model``; a malformed file
    raises DataFileError listing each bad place (``blame.patterns.3: not a valid pattern``)."""
    raw = load_data(name) if data is None else data
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
        )
        raise DataFileError(f"data/{name} is malformed: {problems}") from exc


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
