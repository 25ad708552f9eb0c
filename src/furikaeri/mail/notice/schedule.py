"""A selection's steps listed (「1. エントリーシート提出 2. 書類選考 3. 一次面接 4. 最終面接
5. 内々定」, 「STEP4 採用決定」, 「①会社説明会 … ⑤内定」): each step is a noun phrase with no
predicate, named as a stage of the process, and its 内定 or 通過 is a step ahead, not this
reader's result. Read from the text's lines before they are joined into sentences."""

from __future__ import annotations

import re
from functools import lru_cache

from furikaeri.mail.notice.rules import _NoticeRules

_MASK = "〓"


def _without_steps(rules: _NoticeRules, text: str) -> str:
    """``text`` with each item of a list of steps that is an offer or pass phrase alone
    (「内々定」「採用決定」; not 「最終面接内定」, a status) masked (the same length, so other
    offsets stay). A list of steps is a run of numbered or bulleted items on consecutive lines,
    or on one line, at least [context] `steps_min` of them, each a bare noun phrase (no verb or
    auxiliary outside brackets, no colon or arrow: those are a status, 「A社：通過」), at least
    two naming a stage ([pass] `stages`, `not_stages`)."""
    lines = text.split("\n")
    runs: list[list[tuple[int, int, int]]] = []  # (line, start, end) of each item
    run: list[tuple[int, int, int]] = []
    for i, line in enumerate(lines):
        items = _items(rules, line)
        if items and all(_bare_step(rules, line[s:e]) for s, e in items):
            run += [(i, s, e) for s, e in items]
            continue
        runs.append(run)
        run = []
    runs.append(run)
    phrases = [*rules.strong["offer"], *rules.strong["pass"], *rules.advance]
    for run in runs:
        named = sum(1 for i, s, e in run if rules.stage_named.search(lines[i][s:e]))
        if len(run) < rules.steps_min or named < 2:
            continue
        for i, s, e in run:
            item = lines[i][s:e]
            bare = _BRACKETED.sub("", item).strip()
            for pat in phrases:  # the step is the phrase alone (「書類選考通過」 is a status)
                if pat.fullmatch(bare):
                    item = pat.sub(lambda m: _MASK * len(m.group(0)), item)
            lines[i] = lines[i][:s] + item + lines[i][e:]
    return "\n".join(lines)


def _items(rules: _NoticeRules, line: str) -> list[tuple[int, int]]:
    """The (start, end) of the item contents of ``line`` (after each marker), or none when the
    line is not an item: a marker opens it (or a label and a colon before it), and a marker
    after a space opens the next."""
    marks = [
        m
        for m in rules.step_item.finditer(line)
        if m.start() == 0 or line[m.start() - 1].isspace() or line[m.start() - 1] in ":："
    ]
    head = line[: marks[0].start()].strip() if marks else ""
    if not marks or (head and not head.endswith((":", "："))):  # (「選考フロー：1. …」)
        return []
    ends = [m.start() for m in marks[1:]] + [len(line)]
    return [(m.end(), end) for m, end in zip(marks, ends, strict=True)]


_BRACKETED = re.compile(r"[（(［\[][^）)］\]]*[）)］\]]")


def _bare_step(rules: _NoticeRules, item: str) -> bool:
    """The item is a noun phrase alone: no colon or arrow, no verb or auxiliary outside its
    brackets (「書類選考（合格者のみご連絡）」 is one; 「内定をお出しします」 is not)."""
    bare = _BRACKETED.sub("", item).strip()
    if not bare or rules.step_status.search(bare):
        return False
    return not any(pos in ("動詞", "助動詞") for pos in _parts(bare))


@lru_cache(maxsize=256)
def _parts(text: str) -> tuple[str, ...]:
    from furikaeri.nlp import morphemes

    return tuple(str(m.part_of_speech()[0]) for m in morphemes(text))
