"""A status line or bracketed results on a path (「ステータス：不採用」)."""

from __future__ import annotations

import re

from furikaeri.mail.notice.clauses import _hypothetical, _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules, _Polarity, _StatusRules
from furikaeri.mail.notice.unsaid import _negation
from furikaeri.mail.text import normalize


def _status(rules: _NoticeRules, sents: list[str]) -> tuple[str, list[str]] | None:
    """The last status the mail states: a bracketed result on a path (「一次面接（通過）→ 最終
    面接（不合格）」) or a status line's value (「ステータス：不採用」). None when there is none, or
    the last one is open (選考中)."""
    st = rules.status
    found: tuple[str, list[str]] | None = None
    for i, sent in enumerate(sents):
        values = [m.group(1) for m in st.bracket.finditer(sent)]
        values += _changed_values(rules, sent)
        values += [m.group("value") for m in [st.arrow.match(sent)] if m]
        line = st.line.match(sent)
        if not values and line and _short(st, value := _value_head(st, line.group("value"))):
            values = [value]
        elif not values and st.label_only.match(sent) and i + 1 < len(sents):
            values = [sents[i + 1]] if _short(st, sents[i + 1]) else []
        for value in (v.rsplit("→", 1)[-1] for v in values):  # 「書類選考中→面接へ進む」
            if _hypothetical(value, 0, rules.hypothetical):
                continue
            hit = next(((key, m) for key, pat in st.values if (m := pat.search(value))), None)
            if hit is None:
                continue
            label = "rejection" if _negated_value(rules.polarity, value, *hit) else hit[0]
            found = None if label == "open" else (label, [value])
    return found


def _negated_value(pol: _Polarity, value: str, label: str, m: re.Match[str]) -> bool:
    """An offer or a pass value whose own predicate, from its word to a bracket or a mark, an
    auxiliary of polarity.negation negates (「採用しない」「任用に至らず」「合格しません
    でした」)."""
    if label not in ("offer", "pass"):
        return False
    for end, _, pos, form in _sentence_morphemes(value):
        if end <= m.end():
            continue
        if pos == "補助記号":
            return False
        if pos == "助動詞" and _negation(pol, pos, form):
            return True
    return False


def _changed_values(rules: _NoticeRules, sent: str) -> list[str]:
    """The values a sentence says a status changed to ([status] `changed`, `moved`: the first
    group that matched), not under a condition nor told of other people."""
    st = rules.status
    found: list[str] = []
    for pat in st.changed:
        for m in pat.finditer(sent):
            i = next((k for k in range(1, (pat.groups or 0) + 1) if m.group(k)), 0)
            if not i or _hypothetical(sent, m.start(i), rules.hypothetical):
                continue
            if not st.others.search(sent, 0, max(0, m.start(i) - 1)):
                found.append(m.group(i))
    return found


def _headline(rules: _NoticeRules, subject: str) -> tuple[str, list[str]] | None:
    """The result a subject states as a headline, for a body that points to it ([context]
    `to_subject`): the first short part of the subject ([status] `headline_split`) that a value
    list reads (「update on your application – unsuccessful」), the value's word not going on as a
    compound (「内定者研修」「合格発表」 name an event: [status] `headline_compound`). ("other", [])
    when that part is open (「Under Review」); None when no part is a status value."""
    st = rules.status
    for part in st.headline_split.split(normalize(subject)):
        if not part or not _short(st, part):
            continue
        label = next(
            (
                key
                for key, pat in st.values
                if any(not st.headline_compound.match(part, m.end()) for m in pat.finditer(part))
            ),
            None,
        )
        if label is not None:
            return ("other", []) if label == "open" else (label, [part])
    return None


def _value_head(st: _StatusRules, value: str) -> str:
    """A status line's value, less the post a subject names after a dash or a bar ([status]
    `value_end`: 「notselected–senioraccountexecutive(tokyo)」), when the whole is too long."""
    if _short(st, value):
        return value
    return st.value_end.split(value, maxsplit=1)[0]


def _short(st: _StatusRules, value: str) -> bool:
    """A status value, not a sentence: English words run together (spaces removed) take about
    twice the letters (「notselected(positionfilled)」)."""
    return len(value) <= st.value_max * (2 if value.isascii() else 1)


def _status_items(rules: _NoticeRules, text: str) -> tuple[str, tuple[str, list[str]] | None]:
    """[status] `item`: ``text`` without the lines of an agent's list of the reader's
    applications, and the label of the decided values among them (rejection first, as a
    rejection phrase wins elsewhere), or None when there is no list or every value is open."""
    lines = text.split("\n")
    items = {
        i: found
        for i, line in enumerate(lines)
        if (found := _item_label(rules, normalize(line))) is not None
    }
    if len(items) < rules.status.items_min:
        return text, None
    kept = "\n".join(line for i, line in enumerate(lines) if i not in items)
    decided = [found for found in items.values() if found[0] != "open"]
    for label in ("rejection", "offer", "pass"):
        values = [value for key, value in decided if key == label]
        if values:
            return kept, (label, values)
    return kept, None


def _item_label(rules: _NoticeRules, line: str) -> tuple[str, str] | None:
    """(the key of the value list that reads the line's value, the value), when ``line`` is an
    item of a status list (a value on a path: its last step)."""
    st = rules.status
    m = st.item.match(line)
    if m is None:
        return None
    value = m["value"].rsplit("→", 1)[-1]  # 「一次面接→見送り」
    return next(((key, value) for key, pat in st.values if pat.search(value)), None)
