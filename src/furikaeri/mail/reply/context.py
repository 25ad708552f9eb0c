"""What a clause of a reply reads from the clauses and sentences before it: the point the
clause before named (an anaphor opening it, an example of it, a remedy or a standard that
measures it, a topic that only tells when), a claim's episode, a topic left open or told
plainly, the way a content was put. Split from the reader; pure."""

from __future__ import annotations

from furikaeri.mail.reply.advice import episode_told
from furikaeri.mail.reply.clauses import _read_clause, _Reading
from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.topics import _MEDIUM
from furikaeri.mail.reply.words import _morphs

_ANAPHOR_OPENS = 6  # 「ただ、その点が」: an anaphor this near the start opens the sentence


def _points_back(rules: _ReplyRules, clause: str) -> bool:
    """The clause opens on an anaphor ([anaphor]: そこ, その点) within its first few characters
    (「、そこは評価に影響していませんよ」)."""
    m = rules.anaphor.search(clause)
    return m is not None and m.start() <= _ANAPHOR_OPENS


def _follows(
    rules: _ReplyRules, clause: str, found: list[str], last: list[str], told: str = ""
) -> list[str]:
    """The causes of a clause that follows on from the clause before, which named ``last``:
    a worry that the same situation comes again ([recurrence]: 「当社でも同様の状況になった場合
    にどう受け止められるのか、懸念が残りました」) is that point again, whatever its words name,
    unless a topic of the clause's own is told before it (then that topic is what recurs);
    a cause named only by the words that tell a cause of ``last``'s effect ([[consequence]]:
    「…『特にありません』とのことで、当社への関心の度合いが測りかねました」) is dropped, unless
    the clause or ``told`` (a complaint reported before it, blanked in the clause) holds its
    `unless` words."""
    again = rules.recurrence.search(clause)
    if again:  # 「前職を4か月で辞められた経緯で、当社でも同じことが起きないか」: the topic told
        # before the worry is what may come again, not the clause before's
        own = [c for c in _read_clause(rules, clause[: again.start()]).topical if c in found]
        return own if own and not set(own) <= set(last) else list(last)
    kept = list(found)
    for cause, drops, words, unless in rules.consequences:
        if cause not in last or cause in kept or drops not in kept:
            continue
        if unless is not None and (unless.search(clause) or unless.search(told)):
            continue
        rest = words.sub(lambda m: "□" * len(m.group(0)), clause)
        if rest != clause and drops not in _read_clause(rules, rest).causes:
            kept.remove(drops)
    return kept


def _claim_episode(rules: _ReplyRules, clause: str, reading: _Reading, told: list[str]) -> bool:
    """The clause names the shortfall cause (skills) only by experience of no kind, or judges
    with no cause for want of a lack against the role, the experience told as what the talk did
    not carry (reply.advice.episode_told), after a claim of the episode cause
    ([asked] episode: self_pr) spoken of in the clause, earlier in the sentence or left open in
    the one before (``told``), and names no third cause: the experience is the claim's
    episode."""
    episode, gap = rules.asked[3], rules.shortfall[0]
    return (
        episode is not None
        and (episode in told or episode in reading.topical)
        and (gap in reading.causes or (reading.framed and not reading.causes))
        and set(reading.causes) <= {gap, episode}
        and gap not in reading.found
        and episode_told(rules, clause)
    )


def _when_of_the_point_before(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with each phrase of time blanked (nouns, の, one of [stance] `times`, then に
    or で and は・も: 「逆質問の時間にも」「自己PRの際に」), where the clause points back to the
    point before by an anaphor ([anaphor], [anaphor_object]: それを, その点は) and opens no new
    point; None where it does not or holds no such phrase."""
    pointed = rules.anaphor.search(clause) or (
        rules.anaphor_object is not None and rules.anaphor_object.search(clause)
    )
    if pointed is None or _turns(rules, clause):
        return None
    ms = _morphs(clause)
    n = len(ms)
    rest = clause
    for i in range(2, n - 1):
        if ms[i].normalized_form() not in rules.stance.times or ms[i - 1].surface() != "の":
            continue
        if ms[i + 1].surface() not in ("に", "で"):
            continue
        k = i - 1
        while k > 0 and ms[k - 1].part_of_speech()[0] in ("名詞", "接頭辞", "接尾辞"):
            k -= 1
        if k == i - 1:
            continue  # no noun before の
        end = i + 2
        while end < n and ms[end].surface() in ("は", "も"):
            end += 1
        rest = _blank(rest, ms[k].begin(), ms[end - 1].end())
    return rest if rest != clause else None


def _instance(rules: _ReplyRules, sent: str) -> bool:
    """``sent`` opens with an adverb of example ([stance] `instances`: 例えば, たとえば)."""
    ms = _morphs(sent)
    return bool(ms) and ms[0].normalized_form() in rules.stance.instances


def _standard_only(rules: _ReplyRules, clause: str, reading: _Reading) -> bool:
    """The clause names the shortfall cause (skills) by its hints only, the words of a standard
    or a level (「求める基準には届いていない」「水準に達していない」: 基準, 水準, レベル) with no
    topic of its own, and does not open a new point with a conjunction ([stance] `turns`: また,
    なお): the standard is that of the point the clause before named, whatever its kind (a
    standard of grooming is manners)."""
    gap = rules.shortfall[0]
    return (
        reading.hinted
        and not reading.found
        and reading.topical == [gap]
        and not _turns(rules, clause)
    )


def _turns(rules: _ReplyRules, clause: str) -> bool:
    """The clause opens with a conjunction of a new point ([stance] `turns`: ただ, また, なお)."""
    ms = _morphs(clause)
    return (
        bool(ms)
        and ms[0].part_of_speech()[0] == "接続詞"
        and (ms[0].normalized_form() in rules.stance.turns)
    )


def _unsaid(reading: _Reading) -> bool:
    """A clause that judges with no subject of its own: a live frame, no topic, no cause and no
    observation of the candidate's conduct."""
    return reading.framed and not (reading.topical or reading.found or reading.observed)


def _told_way_of(rules: _ReplyRules, clause: str, sent: str, last: list[str]) -> bool:
    """The clause speaks of the way a content was put ([told_ways]: 伝え方, 言い方) and the clause
    before named a cause other than communication: the way is that content's. A sentence opened
    by a conjunction (「また、全体的に伝え方が…」) adds a point of its own."""
    if not last or _MEDIUM in last:
        return False
    opening = _morphs(sent)
    if len(opening) and opening[0].part_of_speech()[0] == "接続詞":
        return False
    return any(str(m.normalized_form()) in rules.told_ways for m in _morphs(clause))


def _left_open(reading: _Reading) -> bool:
    """A clause that spoke of a topic without judging it (「…の事情を伺いましたが」)."""
    return bool(reading.topical) and not reading.framed and not reading.found
