"""Advice about spoken answers names the company as 御社: 貴社 is the written form (letters, ES,
書類), domain.md. QA P2 #8."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from furikaeri.catalogue import load_data

# Data about interview answers (spoken), and the keys in them that are text shown to the user.
# topics.toml's answer/marks patterns recognise 貴社 in what the user wrote; they are not advice.
SPOKEN = {
    "findings.toml": ("message", "advice"),
    "practice.toml": ("hint", "text", "question", "advice", "message", "label"),
    "topics.toml": ("hint",),
}


def _strings(node: object, keys: tuple[str, ...], path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{path}.{key}"
            if isinstance(value, str) and key in keys:
                yield here, value
            else:
                yield from _strings(value, keys, here)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, str) and path.rsplit(".", 1)[-1] in keys:
                yield f"{path}[{index}]", value
            else:
                yield from _strings(value, keys, f"{path}[{index}]")


@pytest.mark.parametrize("name", sorted(SPOKEN))
def test_spoken_advice_says_onsha_not_kisha(name: str) -> None:
    texts = list(_strings(load_data(name), SPOKEN[name]))
    assert texts  # the keys above exist: the scan is not vacuous
    written = [(where, text) for where, text in texts if "貴社" in text]
    assert written == []


def test_the_motivation_examples_say_onsha() -> None:
    assert "御社の『△△』" in load_data("findings.toml")["findings"]["motivation.generic"]["advice"]
    assert "御社の〇〇" in load_data("practice.toml")["rewrite"]["motivation.generic"]["hint"]
