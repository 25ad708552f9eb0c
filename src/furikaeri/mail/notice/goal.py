"""The next stage as the goal of a verb of being led or of moving on, read with Sudachi ([pass]
`goal_*`): 「次の選考ステップである個別面談へご案内いたします」. The regular frames of [pass] take a
stage a few characters after 次; a noun phrase in apposition (である, となる) or in brackets runs
longer. The spans found are read like the frames' matches (see mail.notice.polarity)."""

from __future__ import annotations

from dataclasses import dataclass

from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rules import _Goal

_Morphemes = tuple[tuple[int, str, str, str], ...]  # (end, surface, part of speech, form)
_NOUNISH = frozenset({"名詞", "接頭辞", "接尾辞"})


@dataclass(frozen=True)
class _Span:
    """A phrase found in a sentence, shaped like the part of :class:`re.Match` the frames'
    readers use."""

    text: str
    begin: int
    stop: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.text


def _led_goals(goal: _Goal, sent: str) -> list[_Span]:
    """Each noun phrase naming a following stage (`next` and `stages`) before に/へ and a verb
    of being led or of moving on (「次の選考ステップである一次面接へご案内」), from its first
    word to the verb's end."""
    ms = _sentence_morphemes(sent)
    found: list[_Span] = []
    for k, (stop, surface, pos, _) in enumerate(ms):
        if pos != "助詞" or surface not in goal.cases:
            continue
        j = k + 1
        if j < len(ms) and ms[j][2] == "助詞" and ms[j][1] in goal.links:
            j += 1  # 「次の選考へのご案内」「次の選考にもお進み」
        if j < len(ms) and ms[j][2] == "接頭辞":
            j += 1
        if j >= len(ms):
            continue
        verb = goal.verb.match(sent, ms[j][0] - len(ms[j][1]))
        begin = _phrase_start(goal, ms, k)
        if verb is None or begin is None:
            continue
        phrase = sent[begin : stop - len(surface)]
        if goal.following.search(phrase) and goal.stage.search(phrase):
            found.append(_Span(sent[begin : verb.end()], begin, verb.end()))
    return found


def _phrase_start(goal: _Goal, ms: _Morphemes, k: int) -> int | None:
    """Where the noun phrase ending before ``ms[k]`` begins: nouns, prefixes, suffixes and
    brackets, with の or a copula of apposition (`appositive`) between them; None when no noun
    stands right before ``ms[k]``."""
    first = None
    i = k - 1
    while i >= 0:
        _, surface, pos, _ = ms[i]
        if pos in _NOUNISH or (pos == "補助記号" and surface in goal.brackets):
            first, i = i, i - 1
            continue
        if first is None:
            break
        if pos == "助詞" and surface == "の":
            i -= 1
            continue
        link = next((w for w in goal.appositive if _forms_end(ms, i, w)), None)
        if link is None:
            break
        i -= len(link)
    if first is None:
        return None
    return ms[first][0] - len(ms[first][1])


def _forms_end(ms: _Morphemes, i: int, words: tuple[str, ...]) -> bool:
    """The normalized forms of the morphemes ending at ``ms[i]`` are ``words``."""
    n = len(words)
    return i - n + 1 >= 0 and tuple(m[3] for m in ms[i - n + 1 : i + 1]) == words
