"""The data files the documents check, the patterns and the skills comparison read are checked
by pydantic models through catalogue.validated, like the other data files: a missing section
or a wrong value is a DataFileError naming the file and the place, never a KeyError."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.documents import _Data as DocumentsFile
from furikaeri.documents import document_data
from furikaeri.patterns_report import _Data as PatternsFile
from furikaeri.patterns_report import pattern_data
from furikaeri.skills import _Vocab as SkillsFile
from furikaeri.skills import vocabulary

MODELS = {"documents.toml": DocumentsFile, "patterns.toml": PatternsFile, "skills.toml": SkillsFile}


def test_the_shipped_files_load() -> None:
    docs, patterns, skills = document_data(), pattern_data(), vocabulary()
    assert docs.max_heading_chars > 0 and docs.extra_headings and docs.spoken_only
    assert patterns.funnel[0] == ("applied", "応募") and patterns.norms[0].from_ == "applied"
    assert patterns.feedback_rate
    assert skills.required and skills.stop_nouns and skills.years_patterns
    assert skills.licence_suffixes and skills.general and skills.preferred_markers


def _drop(*path: str) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        for key in path[:-1]:
            doc = doc[key]
        del doc[path[-1]]

    return change


def _set(value: Any, *path: str | int) -> Callable[[dict[str, Any]], None]:
    def change(doc: dict[str, Any]) -> None:
        for key in path[:-1]:
            doc = doc[key]  # type: ignore[index]
        doc[path[-1]] = value  # type: ignore[index]

    return change


@pytest.mark.parametrize(
    ("name", "change", "where"),
    [
        ("documents.toml", _drop("sections"), "sections: Field required"),
        ("documents.toml", _drop("findings", "spoken_only"), "findings.spoken_only"),
        ("documents.toml", _set("many", "limits", "sentence_chars"), "limits.sentence_chars"),
        ("documents.toml", _set(1, "limits", "typo_limit"), "limits.typo_limit"),
        ("patterns.toml", _drop("funnel"), "funnel: Field required"),
        ("patterns.toml", _drop("feedback_rate"), "feedback_rate"),
        ("patterns.toml", _set("nowhere", "norms", 0, "from"), "unknown funnel stages"),
        ("patterns.toml", _set("missing_advice", "norms", 1, "advice"), "missing_advice"),
        ("patterns.toml", _drop("advice", "documents", "links"), "advice.documents.links"),
        ("skills.toml", _drop("sections"), "sections: Field required"),
        ("skills.toml", _drop("markers", "stop_nouns"), "markers.stop_nouns"),
        ("skills.toml", _set(["[0-9]+年"], "years", "patterns"), "years.patterns.0"),
        ("skills.toml", _set(["("], "years", "patterns"), "not a valid regular expression"),
        ("skills.toml", _set("speed", "language_tests", 0, "kind"), "language_tests.0.kind"),
        ("skills.toml", _drop("licence_suffixes"), "licence_suffixes"),
    ],
)
def test_a_malformed_file_names_the_place(
    name: str, change: Callable[[dict[str, Any]], None], where: str
) -> None:
    broken = copy.deepcopy(load_data(name))
    change(broken)
    with pytest.raises(DataFileError) as err:
        validated(name, MODELS[name], broken)
    message = err.value.message
    assert message.startswith(f"data/{name} is malformed: ")
    assert where in message, message
