"""analyzer.misses.Misses: the bounded memory of words and lemmas found not to match, shared by
detect_manners (_plain_lemmas, _inert_words) and demands.leaving (_not_leaving)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import misses
from furikaeri.analyzer.misses import Misses


def test_cover_is_every_item_met() -> None:
    seen: Misses[str] = Misses()
    assert seen.cover([])
    seen.add("頑張る")
    seen.add("仕事")
    assert seen.cover(["仕事", "頑張る", "仕事"])
    assert not seen.cover(["仕事", "退職"])
    assert "仕事" in seen and "退職" not in seen


def test_make_room_empties_only_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(misses, "MAX", 3)
    seen: Misses[str] = Misses()
    for w in ("私", "は", "営業"):
        seen.make_room()
        seen.add(w)
    assert len(seen) == 3
    seen.make_room()
    assert len(seen) == 0
    seen.add("です")
    seen.make_room()
    assert seen == {"です"}
