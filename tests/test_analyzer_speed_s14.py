"""Session 14 speed: word loops skipped where their words cannot be. Doc.written finds the words
written with given surfaces as a loop over every word would; the sets of words found inert
(detect_manners._inert_words, leaving._not_leaving) change no result, cold or warm."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import detect_manners
from furikaeri.analyzer.demands import leaving
from furikaeri.analyzer.detect_hedges import _toka, hedge_hits
from furikaeri.analyzer.doc import Doc

SENTENCES = [
    "なんか、前の職場はなんかこう、ちょっと違くて、とりあえず辞めました。",
    "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。",
    "接客とかレジとか、いろいろ経験しました。お客様から「マジで助かった」と言われました。",
    "後輩が次々と辞めていく職場で、私も転職を決意しました。",
    "新人が1か月もたずに辞めてしまうことが課題でした。",
    "正直、残業が超多くて、休みも全然取れなかったんすよ。",
    "御社のサービスを毎日使っていて、エモい体験だなと感じています。",
    "個人的には、リーダー的な役割みたいなのが向いていると思います。",
    "来れる日は毎日来て、見れる資料は全部見ました。",
    "ｶﾞｸﾁｶは、サークルの代表として新歓イベントを企画したことです。",
]


def _loop(doc: Doc, surfaces: frozenset[str]) -> list[int]:
    return [i for i, w in enumerate(doc.words) if w.surface in surfaces]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize(
    "surfaces",
    [
        frozenset({"なん", "なんか"}),
        frozenset({"とか", "か"}),
        frozenset({"く", "かっ", "けれ"}),
        frozenset({"辞め", "転職"}),
        frozenset({"。", "、"}),
        frozenset({"存在しない語"}),
    ],
)
def test_written_is_the_loop(text: str, surfaces: frozenset[str]) -> None:
    doc = Doc(text)
    assert doc.written(surfaces) == _loop(doc, surfaces)


def _casual(text: str) -> list[tuple[int, int, str]]:
    doc = Doc(text)
    return [(s.start, s.end, why) for s, why in detect_manners._token_hits(doc)]


def test_inert_words_change_nothing() -> None:
    detect_manners._inert_words().clear()
    cold = [_casual(t) for t in SENTENCES]
    warm = [_casual(t) for t in SENTENCES]  # every word of these met now
    assert warm == cold
    assert any(cold)  # (the sentences hold casual forms to find)


def test_leaving_words_cold_and_warm() -> None:
    leaving._not_leaving.cache_clear()
    cold = [(leaving.own_leaving(Doc(t)), leaving.others_leaving(Doc(t))) for t in SENTENCES]
    warm = [(leaving.own_leaving(Doc(t)), leaving.others_leaving(Doc(t))) for t in SENTENCES]
    assert warm == cold
    assert any(own for own, _ in cold) and any(others for _, others in cold)


def _toka_loop(doc: Doc) -> list[tuple[int, int]]:
    """detect_hedges._toka as a loop over every word (before Doc.written)."""
    ws, out = doc.words, []
    for i in range(1, len(ws)):
        w = ws[i]
        if w.surface == "とか" and w.pos == "助詞" and ws[i - 1].pos == "名詞":
            out.append((i, i))
        elif (
            w.surface == "か"
            and w.pos == "助詞"
            and i > 1
            and ws[i - 1].surface == "と"
            and ws[i - 2].pos == "名詞"
        ):
            out.append((i - 1, i))
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_toka_as_the_loop(text: str) -> None:
    doc = Doc(text)
    assert _toka(doc) == _toka_loop(doc)
    assert hedge_hits(doc, []) == hedge_hits(Doc(text), [])


def test_toka_found() -> None:
    assert _toka(Doc(SENTENCES[2]))  # 接客とか, レジとか
