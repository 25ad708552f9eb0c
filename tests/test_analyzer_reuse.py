"""Work the analyzer keeps or skips for speed gives what reading afresh gives: a clause kept
by its text for snapping evidence (doc._CLAUSES), and the denial reading of a topic any
answer answers (「.」), tried only where a negation can follow."""

from __future__ import annotations

import re

import pytest

from furikaeri.analyzer import doc as doc_module
from furikaeri.analyzer.denial import Denials, undenied
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.types import Span

_ANY = re.compile(".")


@pytest.mark.parametrize(
    "text",
    [
        "短所は特に思いつきません。強みは粘り強さです。",
        "失敗を恐れずに挑戦し、ミスなく納品しました。",
        "弱みはないと思います\n短所は断れないところです",
        "問題もなく、無事に終わりました！特にありません",
        "ん",
        "\nない\n、ない。",
    ],
)
def test_any_character_is_denied_where_each_match_would_be(text: str) -> None:
    denials = Denials(text)
    each = [(m.start(), m.end()) for m in _ANY.finditer(text) if denials.at(m.end())]
    chars = list(text)
    for start, stop in each:
        chars[start:stop] = "\u3000" * (stop - start)
    expected = "".join(chars) if each else text
    assert undenied(text, (_ANY,)) == expected


def _cited(text: str, start: int, end: int) -> Span:
    return Doc(text).span(start, end)


def test_a_known_clause_snaps_as_a_fresh_one() -> None:
    first = "毎朝の打ち合わせを提案し、目標を達成できました。"
    second = "前職では、毎朝の打ち合わせを提案し、残業が減りました。"
    doc_module._CLAUSES.clear()
    cut = first.index("提案") + 1  # 「提」: half a word
    fresh = Doc(first).phrase(_cited(first, cut - 1, cut))
    at = second.index("提案") + 1
    again = Doc(second).phrase(_cited(second, at - 1, at))  # the clause is known now
    assert "毎朝の打ち合わせを提案し、" in doc_module._CLAUSES
    assert (fresh.text, again.text) == ("提案", "提案")
    assert again.start == second.index("提案")
