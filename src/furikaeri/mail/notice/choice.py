"""Whether [chosen]'s first frame (another person, then a verb of choosing within the window)
chooses anyone: the verb must be the predicate the person belongs to, read with Sudachi."""

from __future__ import annotations

import re

from furikaeri.mail.notice.clauses import _at, _begins_at, _sentence_morphemes
from furikaeri.mail.notice.context import _name_morphemes
from furikaeri.mail.notice.rules import _Chooser, _NoticeRules

_Morphemes = tuple[tuple[int, str, str, str], ...]

# The one a step goes to (に, を), its subject (が) or the one gone on with (と, read further
# by _goes_on_with), as in [chosen]'s `others_topic` (は): not a topic or a reference
# (「他の方にはご連絡済み」「他の応募者に関しては」).
_HONOURED = r"(?:の方々|の方|さん|様|の皆(?:さん|様|さま))?(?:たち|達)?"  # the person's title
_TAKER = re.compile(_HONOURED + r"(?P<case>に(?!は|も|つい|関し|より|よる|対し)|を|が|と)")
_TITLED = re.compile(_HONOURED)


def _named_between(rules: _NoticeRules, sent: str, start: int, stop: int) -> bool:
    """A name with a title (Sudachi 人名, then one of [guards] `person_titles`) between ``start``
    and ``stop``: the reader, whom the verb after goes to (「他の候補者の方に先んじて、山田様には
    最終面接へ」)."""
    ms = _name_morphemes(sent)
    return any(
        start < ms[k][0] <= stop and ms[k][2] == "人名" and ms[k + 1][1] in rules.person_titles
        for k in range(len(ms) - 1)
    )


def _unchosen(rules: _NoticeRules, sents: list[str]) -> set[str]:
    """The phrases of [chosen]'s first frame in ``sents`` in which no other person, from the
    phrase's own on, is chosen by a predicate (see :func:`_chooses`): 「他の候補者の方の面接も続いて
    いるため、選考結果は一旦保留」 holds the 選 of 選考, not a choice."""
    frame = rules.chosen[0]
    found: set[str] = set()
    for sent in sents:
        for m in frame.finditer(sent):
            people = rules.chooser.who.finditer(sent, m.start())
            if not any(_chooses(rules, sent, who.end()) for who in people):
                found.add(m.group(0))
    return found


def _chooses(rules: _NoticeRules, sent: str, after: int) -> bool:
    """A verb of choosing within the window after the person (ending at ``after``) is a
    predicate (:func:`_predicate`), and no other predicate took the person and closed its clause
    before it (:func:`_clause_closed`); not when the person goes with the reader or is compared
    with the reader (と and [chosen] `together`, or `compared`: 「他の候補者の方と同様に、松井様
    にも次のステップへ」「他の応募者の方より一歩進んだ」), nor when the reader is named before the
    verb (:func:`_named_between`), nor when the choosing was only begun (:func:`_unfinished`)."""
    ch = rules.chooser
    ms = _sentence_morphemes(sent)
    taker = _TAKER.match(sent, after)
    if taker and taker["case"] == "と" and _together(ch, ms, taker.end()):
        return False
    titled = _TITLED.match(sent, after)
    if titled and sent.startswith(tuple(ch.compared), titled.end()):
        return False
    for verb in ch.verb.finditer(sent, after, min(len(sent), after + ch.window + 40)):
        if verb.start() - after > ch.window:
            return False
        if _clause_closed(ch, sent, ms, after, verb.start()):
            return False
        if _named_between(rules, sent, after, verb.start()):
            return False
        if _subject_between(ch, sent, ms, after, verb.start()):
            return False
        if _unfinished(ch, ms, verb.end()):
            return False  # 「別の人に決まりかけていた」: almost, not chosen
        if verb.group(0).isascii() or _predicate(ms, verb.start(), verb.end()):
            return True
    return False


def _unfinished(ch: _Chooser, ms: _Morphemes, end: int) -> bool:
    """The verb ending in the morpheme at ``end`` is followed by a verb of `unfinished` ([chosen],
    Sudachi normalized forms: the かける of 「決まりかけていた」): begun, not done."""
    k = _at(ms, end - 1)
    return k is not None and k + 1 < len(ms) and ms[k + 1][3] in ch.unfinished


def _predicate(ms: _Morphemes, start: int, end: int) -> bool:
    """The verb at ``start:end`` begins a morpheme and is a verb, or a whole noun (past an
    honorific prefix: ご一緒) that the next morpheme does not compound: 選 of 選考, 内定 of
    内定者, 採用 of 採用活動 are pieces of other nouns."""
    k = _begins_at(ms, start)
    if k is None:
        return False
    if ms[k][2] == "接頭辞" and k + 1 < len(ms):
        k += 1
    if ms[k][2] != "名詞":
        return True
    if ms[k][0] > end:
        return False
    return not (k + 1 < len(ms) and ms[k + 1][2] in ("名詞", "接尾辞"))


def _clause_closed(ch: _Chooser, sent: str, ms: _Morphemes, start: int, stop: int) -> bool:
    """Between the person (ending at ``start``) and the verb at ``stop``, a predicate of its own
    comes first (a verb not `light` nor after て, or a verbal noun with a verb of `verbal`:
    「相談して」) and its clause closes before ``stop`` (a comma, ため, or a conjunctive particle
    not followed by a light verb: 「来ていただく」 goes on): the person is that predicate's."""
    k = _at(ms, start)
    while k is not None and k < len(ms) and ms[k][0] <= stop:
        end, surface, pos, form = ms[k]
        after_te = k > 0 and ms[k - 1][2] == "接続助詞"
        verb = pos == "動詞" and form not in ch.light and not after_te
        verbal = pos == "名詞" and k + 1 < len(ms) and ms[k + 1][3] in ch.verbal
        if verb or verbal:
            if ch.verb.match(sent, end - len(surface)):
                return False  # a verb of choosing itself: the caller reads it
            return any(_closes(ch, ms, j) for j in range(k + 1, len(ms)) if ms[j][0] <= stop)
        k += 1
    return False


def _closes(ch: _Chooser, ms: _Morphemes, j: int) -> bool:
    """``ms[j]`` ends a clause: a comma, ため, or a conjunctive particle not followed by a light
    verb."""
    _, _, pos, form = ms[j]
    if pos == "補助記号" or form == "為":
        return True
    light_next = j + 1 < len(ms) and ms[j + 1][2] == "動詞" and ms[j + 1][3] in ch.light
    return pos == "接続助詞" and not light_next


def _subject_between(ch: _Chooser, sent: str, ms: _Morphemes, start: int, stop: int) -> bool:
    """The person (ending at ``start``) modifies a noun by の, and that noun, not a verb of
    choosing itself (「他の方の採用が決まりました」), is the subject (が, は, も) of the verb at
    ``stop`` in the same clause: 「別の方の面接が入っているため」 tells an interview taking
    place."""
    k = _at(ms, start)
    if k is None or ms[k][1] != "の" or k + 1 >= len(ms):
        return False
    k += 2 if ms[k + 1][2] == "接頭辞" else 1
    noun_start = ms[k][0] - len(ms[k][1])
    head = ch.verb.match(sent, noun_start)
    if head is not None and _predicate(ms, noun_start, head.end()):
        return False  # 「他の方の採用が」: the choosing noun itself
    j = k
    while j < len(ms) and (ms[j][2] in ("名詞", "接頭辞") or (j > k and ms[j][1] == "の")):
        j += 1  # the noun, perhaps with nouns of its own by の: 「内定者研修の日程が」
    if j == k or j >= len(ms) or ms[j][1] not in ("が", "は", "も") or ms[j][0] > stop:
        return False
    return not any(p == "補助記号" or p == "接続助詞" for e, _, p, _ in ms[j + 1 :] if e <= stop)


def _goes_on_with(ch: _Chooser, ms: _Morphemes, after: int) -> bool:
    """The と ending at ``after`` joins the one the company goes on with, not the reader too or a
    comparison: the next morpheme is no particle (は, も, の: 「他の方とは」) and not of
    [chosen] `together`."""
    k = _at(ms, after)
    return k is None or (ms[k][2] != "助詞" and not _together(ch, ms, after))


def _together(ch: _Chooser, ms: _Morphemes, after: int) -> bool:
    """The morpheme after ``after`` (a と), past an honorific prefix, is of [chosen] `together`
    and no verb makes it the predicate: 「とともに」「と同様に」「とご一緒に、最終選考に」, not
    「とご一緒することにいたしました」 (the company goes on with them)."""
    k = _at(ms, after)
    if k is not None and ms[k][2] == "接頭辞" and k + 1 < len(ms):
        if k + 2 < len(ms) and ms[k + 2][2] == "動詞":
            return False  # 「ご一緒する」: the verb of going on with them
        k += 1
    return k is not None and ms[k][3] in ch.together
