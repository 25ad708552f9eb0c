"""A waiting list ([waitlist]): the places are filled for now and the reader may yet be called
(補欠, キャンセル待ち, 繰り上げ as a possibility). Neither a rejection nor a pass: the mail is
other, whatever filled quota or withheld offer it tells beside the placement."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _hypothetical, _quoted, _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules, _Waitlist
from furikaeri.mail.notice.unsaid import _negation

_Morphemes = tuple[tuple[int, str, str, str], ...]  # (end, surface, part of speech, form)
_MASK = "〓"


def _waitlisted(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """The words that place the reader on a waiting list (a `status` word made their standing:
    「補欠合格となりました」「キャンセル待ちとしてご登録」), or tell a moving up still possible
    (「繰り上げでのご案内となる可能性」); nothing when the mail only names the list (「補欠制度は
    設けておりません」「キャンセル待ちの枠も埋まっており」) or a placement since superseded."""
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i in range(len(ms)):
            begin = ms[i][0] - len(ms[i][1])
            if _quoted(sent, begin):
                continue
            word = _placed(rules, sent, ms, i) or _moved_up_possibly(rules, sent, ms, i)
            if word and word not in found:
                found.append(word)
    return found


def _status_end(wl: _Waitlist, ms: _Morphemes, i: int) -> int:
    """The index past the status compound starting at ``ms[i]`` (a `status` word and the nouns
    and suffixes of `heads` going on from it: 補欠|合格|者), or ``i`` when none starts there or
    another noun goes on from it (補欠募集, 補欠採用: a vacancy filled, not a waiting list)."""
    forms = tuple(m[3] for m in ms)
    for word in wl.status:
        if forms[i : i + len(word)] == word:
            j = i + len(word)
            while j < len(ms) and ms[j][2] in ("名詞", "接尾辞") and ms[j][3] in wl.heads:
                j += 1
            if j < len(ms) and ms[j][2] in ("名詞", "接尾辞"):
                return i  # 「補欠募集」「補欠採用」: filling a vacancy, another matter
            return j
    return i


def _placed(rules: _NoticeRules, sent: str, ms: _Morphemes, i: int) -> str | None:
    """The status compound at ``ms[i]`` and its particle, when they make the reader's standing:
    `placed` after it and no topic (`topic`), not hypothetical, its clause not negated and not
    a past ended by a contrast (`superseded`)."""
    wl = rules.waitlist
    j = _status_end(wl, ms, i)
    if j == i or j >= len(ms) or ms[j][3] not in wl.placed:
        return None
    if j + 1 < len(ms) and ms[j + 1][2] == "助詞" and ms[j + 1][3] in wl.topic:
        return None  # 「補欠合格者には」「補欠とは」: a class or a term, the topic
    if ms[j - 1][2] == "接尾辞" and ms[j][1] != "と":
        return None  # 「補欠者に対しては」: a class of people, not the reader's standing (として)
    if _kind_included(wl, ms, j):
        return (
            None  # 「補欠としての採用も含め」「補欠という形も含めて」: a kind of hire, no standing
        )
    if _of_people(rules, ms, j):
        return None  # 「補欠合格となる方もいらっしゃいますが」: whoever is placed, not the reader
    begin = ms[i][0] - len(ms[i][1])
    if _hypothetical(sent, begin, rules.hypothetical):
        return None
    if _negated_clause(rules, ms, j) or _superseded(wl, ms, j):
        return None
    if _reader_described(rules, sent, ms, j):
        return None
    return sent[begin : ms[j][0]]


def _kind_included(wl: _Waitlist, ms: _Morphemes, j: int) -> bool:
    """The status and its particle describe a noun that is then the topic (`topic` after it:
    「補欠としての採用も含め、今回はご縁がなかった」「補欠という形も含めて」): a kind of hire
    weighed, not the reader's standing."""
    noun = False
    for _, surface, pos, form in ms[j + 1 :]:
        if pos == "名詞":
            noun = True
        elif (pos == "動詞" and not noun) or pos == "接頭辞" or surface in ("て", "の"):
            continue
        else:
            return noun and pos == "助詞" and form in wl.topic
    return False


def _of_people(rules: _NoticeRules, ms: _Morphemes, j: int) -> bool:
    """The predicate after ``ms[j]`` modifies a person noun ([guards] `class_heads`: 「補欠合格と
    なる方」): a class of people placed, not the reader."""
    for k in range(j + 1, len(ms)):
        pos, form = ms[k][2], ms[k][3]
        if pos in ("動詞", "助動詞", "助詞", "接頭辞"):
            continue
        return pos == "名詞" and form in rules.class_heads and ms[k - 1][2] in ("動詞", "助動詞")
    return False


def _moved_up_possibly(rules: _NoticeRules, sent: str, ms: _Morphemes, i: int) -> str | None:
    """A moving up (`moved_up`) in a hypothetical clause (「辞退者が出た場合には繰り上げでの
    ご案内となる可能性がございます」), its clause not negated: the word."""
    if ms[i][3] not in rules.waitlist.moved_up:
        return None
    begin = ms[i][0] - len(ms[i][1])
    if not _hypothetical(sent, begin, rules.hypothetical) or _negated_clause(rules, ms, i):
        return None
    return ms[i][1]


def _clause_after(ms: _Morphemes, j: int, breaks: frozenset[str]) -> _Morphemes:
    """The morphemes after ``ms[j]`` up to punctuation or a conjunctive particle of ``breaks``
    (included)."""
    out = []
    for m in ms[j + 1 :]:
        if m[2] == "補助記号":
            break
        out.append(m)
        if m[2] == "接続助詞" and m[1] in breaks:
            break
    return tuple(out)


def _negated_clause(rules: _NoticeRules, ms: _Morphemes, j: int) -> bool:
    """The clause after ``ms[j]`` says no an odd number of times (polarity.negation:
    「補欠として登録することはできません」「繰り上げには至らなかった」)."""
    pol = rules.polarity
    clause = _clause_after(ms, j, pol.chain_breaks)
    return sum(_negation(pol, pos, form) for _, _, pos, form in clause) % 2 == 1


def _superseded(wl: _Waitlist, ms: _Morphemes, j: int) -> bool:
    """The clause after ``ms[j]`` is past and ends on a contrast (`superseded`: 「補欠として
    お待ちいただいておりましたが、」): a placement the mail goes on to settle."""
    clause = _clause_after(ms, j, wl.superseded)
    if not clause or clause[-1][2] != "接続助詞" or clause[-1][1] not in wl.superseded:
        return False
    return any(pos == "助動詞" and form == "た" for _, _, pos, form in clause)


def _reader_described(rules: _NoticeRules, sent: str, ms: _Morphemes, j: int) -> bool:
    """The clause after ``ms[j]`` tells a state that had held (いる or おる, then the past た:
    「補欠となっていた」「補欠としてお待ちいただいておりました」) and modifies the reader named
    right after it, up to a particle ([outcome] `reader`: 貴殿, あなた, a name with 様 or さん;
    皆様 is no one reader): 「補欠となっていた貴殿を、合格者に繰り上げる」 tells the reader's
    earlier standing as the one the mail now decides on, not the standing it gives."""
    held = past = False
    k = j + 1
    while k < len(ms) and ms[k][2] in ("動詞", "助動詞", "接続助詞", "接頭辞"):  # (お待ち)
        held = held or ms[k][3] in _STATE_VERBS
        past = ms[k][2] == "助動詞" and ms[k][3] == "た"
        k += 1
    if not (held and past) or k >= len(ms):
        return False
    start = ms[k][0] - len(ms[k][1])
    stop = next((m[0] - len(m[1]) for m in ms[k:] if m[2] in ("助詞", "補助記号")), len(sent))
    return rules.outcome.reader.fullmatch(sent[start:stop]) is not None or bool(
        ms[k][2] == "名詞" and rules.outcome.reader.search(sent[start:stop])
    )


_STATE_VERBS = frozenset({"居る", "おる"})  # Sudachi normalized forms: ている, ておる


def _unwaited(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """``sents`` with each status compound masked (補欠合格 → 〓〓〓〓): its head names no pass
    (a compound on the list is no 合格, whether or not it places the reader)."""
    out = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        masked = sent
        for i in range(len(ms)):
            j = _status_end(rules.waitlist, ms, i)
            if j > i:
                begin, end = ms[i][0] - len(ms[i][1]), ms[j - 1][0]
                masked = masked[:begin] + _MASK * (end - begin) + masked[end:]
        out.append(masked)
    return out
