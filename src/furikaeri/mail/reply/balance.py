"""How a point of a reply's clause weighs against the rest: the point an overall judgement
weighed (「社風との相性を総合的に判断し」), a point of delivery conceded before a praise, a point
the interviewers accepted after it, and a comparison whose grasp of the company is the other
applicant's. Split from the reader; pure."""

from __future__ import annotations

from furikaeri.mail.reply.clauses import _read_clause, _Reading
from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.praise import _CONCEDING, _praises
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.stance import reassures
from furikaeri.mail.reply.topics import _MEDIUM, _topical
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import accepted

_MOTIVE = "motivation"


def _rivals_own(rules: _ReplyRules, clause: str) -> bool:
    """The clause's motivation topic lies only in the words that tell another applicant (from
    the comma before a `people` noun of [standing] that a predicate modifies, up to it: 「当社の
    事業や社内の事情をよく理解している元社員の方から」): what that person knows or wants,
    no motivation of the reader's. Not where those words rank the person higher (a degree
    adverb, [standing] `degrees`: 「さらに踏み込んでご理解されている方」: the reader's fell
    short)."""
    ms = _morphs(clause)
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.standing.people or m.part_of_speech()[0] != "名詞":
            continue
        told = [k for k in range(i) if ms[k].part_of_speech()[0] in ("動詞", "形容詞")]
        if not told:
            continue
        end = int(m.end())
        start = clause.rfind("、", 0, end) + 1
        if start > int(ms[told[-1]].begin()):
            continue
        if any(
            start <= int(x.begin()) < end and x.normalized_form() in rules.standing.degrees
            for x in ms
        ):
            return False  # 「さらに踏み込んでご理解されている方」: the reader's grasp fell short
        rest = _blank(clause, start, end)
        if _MOTIVE not in _topical(rules, rest, hints=False) + _read_clause(rules, rest).found:
            return True
    return False


def _weighed(rules: _ReplyRules, before: str) -> list[str]:
    """The cause an overall judgement weighed, where the words before it end in its object (を)
    naming one cause's topic and no list (「弊社の社風との相性を総合的に判断し、見送り」: that point
    decided); else empty. Not a list of the material (「面接でのお話や書類の内容などを総合的に判断」
    「ご経歴と面接の内容を総合的に」: everything weighed, no point named) nor a hint only."""
    ms = _morphs(before)
    if not len(ms) or str(ms[-1].surface()) != "を" or ms[-1].part_of_speech()[1] != "格助詞":
        return []
    obj = before[: ms[-1].begin()].rsplit("、", 1)[-1]
    words = _morphs(obj)
    listed = any(  # 「AやB」「AなどB」「A及びB」「AとB」 (not 「Aとの」: what A is with)
        m.part_of_speech()[1] in ("並立助詞", "副助詞")
        or str(m.surface()) == "及び"
        or (str(m.surface()) == "と" and (k + 1 == len(words) or words[k + 1].surface() != "の"))
        for k, m in enumerate(words)
    )
    topics = _topical(rules, obj, hints=False)
    return topics if len(topics) == 1 and not listed else []


def _outweighed(
    rules: _ReplyRules, sent: str, spans: list[tuple[int, int, int]], at: int, reading: _Reading
) -> bool:
    """A point of delivery (communication, by its own phrase: 「緊張されている様子」) conceded by a
    contrastive conjunction (が, けれど, ものの) before a clause that praises with no frame of
    its own (「…はあったが、誠実なお人柄は十分伝わった」): the writer grants it, the point is
    the praise; no cause. Content or conduct conceded (「志望動機は弱かったが、人柄は良かった」)
    still counts."""
    if at + 1 >= len(spans) or not reading.found or set(reading.found) != {_MEDIUM}:
        return False
    _, end, after = spans[at]
    if not sent[end:after].rstrip("、, ").endswith(_CONCEDING):  # the split's own link
        return False
    nxt = sent[spans[at + 1][0] : spans[at + 1][1]]
    return _praises(rules, nxt) and not _read_clause(rules, nxt).causes


def _accepted_after(
    rules: _ReplyRules, sent: str, spans: list[tuple[int, int, int]], at: int
) -> bool:
    """The sentence ends, from clause ``at`` on, on the interviewers' acceptance
    (reply.writer.accepted: 「…ご事情を伺い、面接官も十分に納得しておりました」) or a
    reassurance (reply.stance.reassures: 「…ご説明いただき、その点は問題視しておりません」), with
    no topic of its own told in the clauses after ``at``: the point raised in clause ``at``
    (「1年足らずで退職された点」「在籍期間が短いこと」) was accepted, no cause.
    「志望動機が弱い点が気になりましたが、退職理由には納得しておりました」 accepts another topic."""
    start, end, _ = spans[-1]
    ms = _morphs(sent[start:end])
    if not (accepted(ms) or reassures(rules.stance, ms)):
        return False
    return all(
        not (r.topical or r.causes)
        for r in (_read_clause(rules, sent[a:b]) for a, b, _ in spans[at + 1 :])
    )
