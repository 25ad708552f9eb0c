"""An offer in plain words: a small employer asks the reader, after the interview, to start at
work from a point in time (「ぜひ来月から週3日くらいで来てもらいたいと思っています」). See
[offer] `start_work` in the data."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.notice.clauses import _analysed, _hypothetical, _pos, _quoted
from furikaeri.mail.notice.rules import _NoticeRules

_REQUEST_SPAN = (
    4  # morphemes from the verb of work to the request (「来|て|もらい」「出勤|し|て|ほしい」)
)


def _start_asked(
    rules: _NoticeRules, sents: list[str], mail: list[str], *, judged: bool = False
) -> list[str]:
    """The words of each sentence of ``sents`` that asks the reader to start at work from a point
    in time; nothing when the mail (``mail``) names no stage of a selection (the interview held:
    [outcome] `stage_context`) and tells no result (``judged``: 「合格です！」 tells one held)."""
    if not judged and not any(rules.outcome.stage_context.search(s) for s in mail):
        return []
    found: list[str] = []
    for sent in sents:
        span = _start_span(rules, sent)
        if span is not None:
            found.append(sent[span[0] : span[1]])
    return found


def _rows(analysed: tuple[Any, ...]) -> list[tuple[int, int, str, str, str, str]]:
    """(begin, end, surface, part of speech, its third level, normalized form) of each of the
    Sudachi morphemes ``analysed``."""
    return [
        (
            int(m.begin()),
            int(m.end()),
            str(m.surface()),
            _pos(m.part_of_speech()),
            str(m.part_of_speech()[2]),
            str(m.normalized_form()),
        )
        for m in analysed
    ]


def _start_span(rules: _NoticeRules, sent: str) -> tuple[int, int] | None:
    """Where a start asked in ``sent`` begins (the point in time) and ends (the request), or
    None: a point (`start_points`) and から (`start_from`), then in the clause a verb of work
    (`start_work`) whose next few morphemes hold a request (`start_request`) and no negation;
    not a clause naming an interview, not hypothetical, not quoted."""
    st, pol = rules.start, rules.polarity
    analysed = _analysed(sent)
    ms = _rows(analysed)
    for k in range(1, len(ms)):
        if ms[k][2] not in st.from_ or ms[k][3] != "助詞" or ms[k - 1][4] not in st.points:
            continue
        i = k - 1  # the whole point: 「4月1日」, not its 日
        while i > 0 and ms[i - 1][3] == "名詞":
            i -= 1
        begin = ms[i][0]
        for j in range(k + 1, len(ms)):
            if ms[j][3] == "補助記号":
                break
            if ms[j][5] not in st.work:
                continue
            chain = ms[j + 1 : j + 1 + _REQUEST_SPAN]
            ask = next((c for c in chain if c[5] in st.request), None)
            upto = [c for c in chain if ask is None or c[0] <= ask[0]]
            if ask is None or any(c[5] in pol.negation for c in upto):
                continue
            if (
                any(c[3] == "補助記号" for c in upto)
                or not _said_to_reader(rules, ms, ms.index(ask))
                or _done(rules, analysed, ms.index(ask))
            ):
                continue
            clause = sent[begin : ask[1]]
            if rules.invite_context.search(clause) or _quoted(sent, begin):
                return None
            if _hypothetical(sent, begin, rules.hypothetical):
                return None
            return begin, ask[1]
    return None


def _sending_asked(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """The words of each sentence that asks the reader to send a document: a verb or verbal noun
    of [offer] `sending` whose next few morphemes hold a request (`start_request`) with no
    negation before it, said to the reader (no noun it qualifies, not done and thanked for),
    not quoted (「入社誓約書を郵送してもらえると助かります」)."""
    st = rules.start
    found: list[str] = []
    for sent in sents:
        analysed = _analysed(sent)
        ms = _rows(analysed)
        for j, m in enumerate(ms):
            if m[5] not in st.sending or m[3] not in ("名詞", "動詞"):
                continue
            chain = ms[j + 1 : j + 1 + _REQUEST_SPAN]
            ask = next((c for c in chain if c[5] in st.request), None)
            if ask is None or _quoted(sent, m[0]):
                continue
            upto = [c for c in chain if c[0] <= ask[0]]
            if any(c[5] in rules.polarity.negation or c[3] == "補助記号" for c in upto):
                continue
            if _said_to_reader(rules, ms, ms.index(ask)) and not _done(
                rules, analysed, ms.index(ask)
            ):
                found.append(sent[m[0] : ask[1]])
                break
    return found


def _done(rules: _NoticeRules, analysed: Any, k: int) -> bool:
    """Right after the request at ``analysed[k]`` (past its て or a comma), the past (た, not the
    conditional たら) or thanks ([offer] `start_done`: 「来ていただいてありがとうございました」
    「来ていただいた」): a coming done and thanked for, the interview attended, no start asked."""
    for m in list(analysed)[k + 1 :]:
        pos = m.part_of_speech()
        if (pos[0] == "助詞" and m.surface() in ("て", "で")) or pos[1] == "読点":
            continue
        return m.normalized_form() in rules.start.done and not pos[5].startswith("仮定形")
    return False


def _said_to_reader(
    rules: _NoticeRules, ms: list[tuple[int, int, str, str, str, str]], k: int
) -> bool:
    """The request at ``ms[k]`` ends a predicate said to the reader: up to the clause's end its
    chain holds no negation (「来てもらうのは難しくなりました」) and no noun it qualifies
    (「働いてもらう方は決まりました」: a relative clause) but a formal one ([outcome] `formal`:
    「来てもらうことに」)."""
    formal = rules.outcome.formal
    for _, _, surface, pos, _, form in ms[k + 1 :]:
        if pos == "補助記号" or (pos == "接続助詞" and surface in rules.polarity.chain_breaks):
            return True
        if form in rules.polarity.negation:
            return False
        if pos == "名詞" and form not in formal:
            return False
    return True
