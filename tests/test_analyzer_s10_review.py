"""s10-review: one demand_words(key) for the [demands] word lists, and detect_content.py split
into analyzer/content/ (code moved unchanged: the readings below hold as before)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer.content.conditions import is_condition
from furikaeri.analyzer.content.episodes import habitual, kept_up
from furikaeri.analyzer.content.motivation import motivation
from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.content.self_pr import self_pr
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import demand_words, normalized_forms

# The nine lists the cached loaders read, with an entry and a spelling its normalized form adds.
LISTS = [
    ("stalled_verbs", "進む"),
    ("aim_verbs", "目指す"),
    ("change_verbs", None),
    ("change_into", None),
    ("being_nouns", None),
    ("carrier_verbs", None),
    ("particle_verbs", None),
    ("quoting_verbs", "思う"),
    ("stance_predicates", "できる"),
]


@pytest.mark.parametrize(("key", "entry"), LISTS)
def test_demand_words_is_the_list_with_its_normalized_forms(key: str, entry: str | None) -> None:
    raw = lexicon().demands_raw[key]
    assert demand_words(key) == normalized_forms(tuple(raw))
    assert set(raw) <= demand_words(key)
    assert entry is None or entry in demand_words(key)
    assert demand_words(key) is demand_words(key)  # read once per key


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("私は一度も休まずに通いました。", "休ま", True),
        ("課題を分かっていませんでした。", "分かっ", True),
        ("毎日休んで通院しました。", "休ん", False),  # a look-alike: not negated
        ("提案を見直しました。", "見直し", False),
    ],
)
def test_negated_reads_the_auxiliaries(sentence: str, verb: str, expected: bool) -> None:
    ws = Doc(sentence).words
    k = next(i for i, w in enumerate(ws) if w.surface == verb)
    assert negated(ws, k) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常にお客様の立場で考えてきました。", True),
        ("三年間続けてきました。", True),
        ("問題を解決できました。", False),  # できました: one event
        ("売上を二割伸ばしました。", False),
    ],
)
def test_habitual_tells_a_habit_or_a_period(text: str, expected: bool) -> None:
    assert habitual(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("法人営業に携わってまいりました。", True),
        ("お客様に合わせた提案を心がけております。", True),
        ("長年人間関係に悩んできました。", False),  # a setback gone through
        ("昨日は雨でした。", False),
    ],
)
def test_kept_up_tells_ones_own_work(text: str, expected: bool) -> None:
    assert kept_up(Doc(text)) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("年間休日", True), ("住宅手当", True), ("残業", True), ("巡回", False), ("営業", False)],
)
def test_is_condition(word: str, expected: bool) -> None:
    assert is_condition(word) is expected


@pytest.mark.parametrize(
    ("answer", "codes"),
    [
        (
            "アルバイト先で発注ミスが続いたとき、在庫表を見直し、確認の手順を提案しました。"
            "その結果、ミスが半分に減りました。",
            set(),
        ),
        ("私の強みは責任感です。何事にも粘り強く取り組みます。", {"self_pr.abstract"}),
    ],
)
def test_self_pr_reads_an_episode(answer: str, codes: set[str]) -> None:
    assert {f.code for f in self_pr(Doc(answer))[0]} == codes


def test_motivation_of_conditions_only_is_generic() -> None:
    doc = Doc("年間休日が多く、住宅手当もあり、安定しているので志望しました。")
    assert [f.code for f in motivation(doc, None)[0]] == ["motivation.generic"]
