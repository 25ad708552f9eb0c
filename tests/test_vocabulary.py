"""data/vocabulary.toml: one definition each of stages, legal forms, the text limit, reply labels
and the feedback window; a malformed file fails at load with a message naming the place."""

from __future__ import annotations

import copy

import pytest

from furikaeri import store, vocabulary
from furikaeri.analyzer import MAX_ANSWER_CHARS
from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail import extract, reply
from furikaeri.store.applications import normalize_company


def test_every_layer_reads_the_same_definitions() -> None:
    v = vocabulary.vocabulary()
    assert tuple(s.name for s in v.stages if s.offered) == store.STAGES
    assert store.REPLY_LABELS == reply.REPLY_LABELS == ("feedback", "declined", "other")
    assert v.limits.max_text_chars == MAX_ANSWER_CHARS


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        ("先日は二次面接にお越しいただきありがとうございました。", "二次"),
        ("書類選考の結果をご連絡いたします。", "書類"),
        ("役員面接の結果についてご連絡いたします。", "最終"),
        ("SPIの受検をお願いいたします。", "適性検査"),
    ],
)
def test_mail_stages_come_from_the_vocabulary(body: str, stage: str) -> None:
    assert extract.stage(subject=None, body=body) == stage


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("株式会社みなと製作所", "みなと製作所"),
        ("一般社団法人みなと協会", "みなと協会"),
        ("㈱みなと製作所", "みなと製作所"),
        ("Minato Co., Ltd.", "minato"),
    ],
)
def test_legal_forms_are_stripped_from_company_keys(name: str, key: str) -> None:
    assert normalize_company(name) == key


def _broken(path: tuple[str | int, ...], value: object) -> dict:
    data = copy.deepcopy(load_data("vocabulary.toml"))
    node = data
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "says"),
    [
        (("stages", 0, "mail"), "書類(選考", "stages.0.mail"),
        (("limits", "max_text_chars"), -1, "limits.max_text_chars"),
        (("reply_labels", "unknown"), "?", "reply_labels.unknown"),
        (("stages", 1, "name"), "書類", "stage names must be unique"),
    ],
)
def test_a_malformed_file_fails_with_a_clear_message(
    path: tuple[str | int, ...], value: object, says: str
) -> None:
    with pytest.raises(DataFileError) as info:
        validated("vocabulary.toml", vocabulary.Vocabulary, _broken(path, value))
    assert "data/vocabulary.toml" in str(info.value)
    assert says in str(info.value)
