"""Working conditions and benefits (休日, 住宅手当, 産休・育休): the concept
"conditions" by Sudachi synonym group, and a condition that is only the setting of what a
sentence tells (「夜勤の巡回」)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from furikaeri.analyzer.semantics import concept
from furikaeri.nlp import Token, Word, morphemes


@lru_cache(maxsize=4096)
def is_condition(word: str) -> bool:
    """A working condition or benefit (休日, 住宅補助, 産休・育休), by Sudachi synonym group
    or by containing a seed of the concept."""
    c = concept("conditions")
    if any(seed in word for seed in c.seeds if len(seed) >= 2):
        return True
    return any(c.has(m.normalized_form(), m) for m in morphemes(word))


def condition_as_setting(ws: Sequence[Token | Word], i: int) -> bool:
    """Condition noun i modifies a noun that is no condition (「夜勤の巡回」: the rounds are
    what is told, the night shift is when), unlike 「夜勤の手当」."""
    return (
        i + 2 < len(ws)
        and ws[i + 1].pos == "助詞"
        and ws[i + 1].surface == "の"
        and ws[i + 2].pos == "名詞"
        and not is_condition(ws[i + 2].normalized)
    )
