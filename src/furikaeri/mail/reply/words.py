"""The words of a reply's clause as the reply reader looks them up: Sudachi normalized forms,
synonym groups and the parts of compounds, read once per clause (moved from
furikaeri.mail.reply). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from furikaeri.nlp import short_units


@dataclass(frozen=True)
class _Word:
    """One morpheme of a clause as the topic lookup reads it, computed once for all causes."""

    surface: str
    form: str  # normalized form
    groups: frozenset[int]  # Sudachi synonym groups
    parts: frozenset[str]  # normalized forms inside a compound noun (技術面: 技術, 面)
    in_compound: bool  # right after a common noun (質疑+応答): its groups do not count
    quoting: bool  # after 「との」: the word holds a quotation
    medium: bool = False  # before the interview it names (電話面接, お電話での面接): its medium
    # a verbal noun done to the object right before it (「聞き方やタイミングを工夫されると」):
    # the object is what is spoken of, the noun only the doing
    applied: bool = False


def _view(morphs: Any) -> tuple[_Word, ...]:
    """The morphemes of a clause, read once (normalized form, synonym groups, compound parts),
    so that ten causes' topic words are looked up without asking Sudachi ten times."""
    out: list[_Word] = []
    previous = None
    for i, m in enumerate(morphs):
        out.append(
            _Word(
                surface=str(m.surface()),
                form=str(m.normalized_form()),
                groups=frozenset(m.synonym_group_ids()),
                parts=_compound_parts(m),
                in_compound=_in_compound(previous),
                quoting=_quoting(morphs, i),
                medium=_medium(morphs, i),
                applied=_applied(morphs, i),
            )
        )
        previous = m
    return tuple(out)


@dataclass(frozen=True)
class _Words:
    """A cause's topic words: Sudachi normalized forms, and the synonym groups of ``words``."""

    forms: frozenset[str] = frozenset()
    groups: frozenset[int] = frozenset()

    def find(self, view: tuple[_Word, ...]) -> str | None:
        """The first word (as written) of ``view`` (see :func:`_view`) that names the topic."""
        if not self.forms and not self.groups:
            return None
        for w in view:
            if self._names(w):
                return w.surface
        return None

    def _names(self, w: _Word) -> bool:
        return (
            w.form in self.forms
            or not self.forms.isdisjoint(w.parts)
            or (bool(self.groups) and not w.in_compound and not self.groups.isdisjoint(w.groups))
        ) and not (w.quoting or w.medium or w.applied)

    def spans(self, view: tuple[_Word, ...]) -> list[tuple[int, int]]:
        """Where (character offsets into the clause ``view`` was read from) each word naming
        the topic stands."""
        if not self.forms and not self.groups:
            return []
        out: list[tuple[int, int]] = []
        at = 0
        for w in view:
            end = at + len(w.surface)
            if self._names(w):
                out.append((at, end))
            at = end
        return out


def _compound_parts(m: Any) -> frozenset[str]:
    """The normalized forms of the short units of a compound noun Sudachi keeps whole in its
    long unit (技術面 = 技術+面); empty for other words, and for a compound headed by a suffix of
    a trade or an establishment ([boundary] `trades`: 飲食+店, 通信+業): it names a business."""
    if m.part_of_speech()[0] != "名詞" or len(m.surface()) < 3:
        return frozenset()
    from furikaeri.mail.reply.boundary import boundary_rules

    parts = short_units(m)
    if not parts:
        return frozenset()
    head = parts[-1]
    if head.part_of_speech()[0] == "接尾辞" and head.normalized_form() in boundary_rules().trades:
        return frozenset()
    return frozenset(p.normalized_form() for p in parts)


def _quoting(morphs: Any, i: int) -> bool:
    """The word holds a quotation (「特にございませんとのお返事で」「…とのご回答」): what was
    said comes before it; the word itself is not what the company judges."""
    j = i - 1
    while j >= 0 and morphs[j].part_of_speech()[0] == "接頭辞":
        j -= 1
    return j >= 1 and morphs[j].surface() == "の" and morphs[j - 1].surface() == "と"


def _applied(morphs: Any, i: int) -> bool:
    """The noun ``morphs[i]`` is a verbal noun of handling ([boundary] `doings`: 工夫) used as the
    verb of its clause, する right after it and its object marked by を right before it
    (「聞き方やタイミングを工夫されるとよい」「説明を工夫する」): it tells what to do to the object,
    not the candidate's own ingenuity (「工夫した点が見えない」「どんな工夫をされたのか」)."""
    from furikaeri.mail.reply.boundary import boundary_rules

    m = morphs[i]
    if str(m.normalized_form()) not in boundary_rules().doings:
        return False
    if i == 0 or i + 1 >= len(morphs):
        return False
    before, after = morphs[i - 1], morphs[i + 1]
    return (
        str(before.surface()) == "を"
        and before.part_of_speech()[0] == "助詞"
        and str(after.normalized_form()) == "為る"
    )


def _medium(morphs: Any, i: int) -> bool:
    """The noun ``morphs[i]`` tells how the interview was held: right before a noun of the
    exchange itself ([boundary] `exchange`: 面接, 面談), in a compound or over で・の・にて
    (「電話面接だったこともあり」「お電話での面接」); not what the candidate did with it
    (「面接中に電話が鳴り」)."""
    from furikaeri.mail.reply.boundary import boundary_rules

    if morphs[i].part_of_speech()[0] != "名詞":
        return False
    k = i + 1
    while k < len(morphs) and k <= i + 2 and str(morphs[k].surface()) in ("で", "の", "にて"):
        k += 1
    rules = boundary_rules()
    if k < len(morphs) and str(morphs[k].normalized_form()) in rules.exchange:
        return True
    if str(morphs[i].normalized_form()) not in rules.means:
        return False
    return _means_of_talk(rules.talk, morphs, i)


def _means_of_talk(talk: frozenset[str], morphs: Any, i: int) -> bool:
    """The noun ``morphs[i]`` (a noun of contact, [boundary] `means`) before で・にて and then,
    over an honorific prefix and an amount (numerals, counters, ほど), a word of talk or its
    time ([boundary] `talk`: 「お電話で15分ほどお時間を」「電話でご説明します」): the means of
    the writer's contact."""
    k = i + 1
    if k >= len(morphs) or str(morphs[k].surface()) not in ("で", "にて"):
        return False
    for j in range(k + 1, min(len(morphs), k + 6)):
        m = morphs[j]
        if str(m.normalized_form()) in talk:
            return True
        pos = m.part_of_speech()
        if not (
            pos[0] == "接頭辞"
            or pos[1] == "数詞"
            or pos[2] == "助数詞可能"
            or str(m.normalized_form()) in ("ほど", "程", "程度", "位", "くらい", "ぐらい")
        ):
            return False
    return False


def _in_compound(previous: Any) -> bool:
    """The word right after a common noun is the tail of a compound (質疑+応答): a synonym
    group names the word alone, not the compound, so it does not count there."""
    return previous is not None and tuple(previous.part_of_speech()[:2]) == ("名詞", "普通名詞")


def _words(words: list[str], forms: list[str]) -> _Words:
    from furikaeri.nlp import morphemes

    normalized: set[str] = set()
    groups: set[int] = set()
    for word in [*words, *forms]:
        normalized.add(word)
        ms = morphemes(word)
        if len(ms) != 1:
            raise ValueError(f"mail_replies.toml: {word!r} is not one Sudachi word")
        normalized.add(ms[0].normalized_form())
        if word in words:
            groups.update(ms[0].synonym_group_ids())
    return _Words(frozenset(normalized), frozenset(groups))


@lru_cache(maxsize=1024)
def _morphs(text: str) -> Any:
    """Sudachi's morphemes of ``text``. Cached: one reply's sentence and clauses are read by
    several readers in turn (its rules, its stance, its boundary), which tokenized the same
    text again each time (84 % of a reply's tokenizations). The lists are only read, never
    changed (a reader that needs to slice copies with list())."""
    from furikaeri.nlp import morphemes

    return morphemes(text)


def _pos(m: Any) -> str:
    """The morpheme's part of speech, its first level (名詞, 動詞, 助詞 …)."""
    return str(m.part_of_speech()[0])


def _said(ms: Any, start: int, end: int) -> str:
    """The morphemes ``ms[start:end]`` as written (Sudachi's list takes no slices)."""
    return "".join(str(ms[k].surface()) for k in range(start, end))


def _offsets(ms: Any) -> list[int]:
    """Where each morpheme of ``ms`` begins in its text, then where the last one ends: a span
    of morphemes ``[i, k)`` is the characters ``[out[i], out[k])``."""
    return [m.begin() for m in ms] + [ms[-1].end() if len(ms) else 0]


def asking(quote: str) -> bool:
    """The quote asks (「御社の強みは何ですか」「このお店の強みってなんですか？」「What are your
    strengths?」): a question mark, or a final particle か closing it. The candidate's question
    about the company claims no strength of theirs; 強み there is the company's."""
    if "?" in quote or "？" in quote:
        return True
    words = [m for m in _morphs(quote) if m.part_of_speech()[0] != "補助記号"]
    last = words[-1] if words else None
    return (
        last is not None and last.part_of_speech()[1] == "終助詞" and last.normalized_form() == "か"
    )
