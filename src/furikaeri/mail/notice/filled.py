"""A place told filled by someone else, or a recruitment closed on a hire."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import (
    _analysed,
    _chain_after,
    _hits,
    _hypothetical,
    _numeral,
    _quoted,
    _sentence_morphemes,
)
from furikaeri.mail.notice.polarity import _choices_in_progress, _others_hire
from furikaeri.mail.notice.rules import _NoticeRules, _Polarity
from furikaeri.mail.notice.unsaid import _negation


def _engaged_instead(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[chosen] `apology`: a person described engaged instead, with no 今回 (「近くに住んでいる方に
    お願いすることになりました」), in a mail that apologises and names the work, an application
    or a need of people ([rejection] `taken_context`); not a choice still in progress or only
    wished for."""
    oc = rules.outcome
    if not any(rules.apology.search(s) for s in sents) or not any(
        oc.hiring.search(s)
        or oc.applied.search(s)
        or rules.weak_context.search(s)
        or rules.taken.context.search(s)
        for s in sents
    ):
        return []
    found = _hits((rules.engaged,), sents, rules.hypothetical, others=rules.third_party)
    found += _joined_instead(rules, sents)
    open_ = _choices_in_progress(rules, sents)
    return [hit for hit in found if hit not in open_]


def _joined_instead(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[chosen] `joins`: a person described (a noun of `joiners`, or the nominal の after an
    adjective or a verb, with a word that describes it right before: 「親戚の子が」「若いのが」
    「前に働いてくれていた子が」) as the subject (が) of a verb of joining the work (`joins`), its
    chain (`join_chain`: 「戻ってきてくれる」) closed by こと, に or と and a verb of becoming or
    deciding (`join_decided`): 「親戚の子が入ることになった」. Read as :func:`_engaged_instead`'s
    person engaged: in a mail that apologises and names the work. The reader is not named
    before it."""
    ch = rules.joining
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        analysed = _analysed(sent)
        for k, (_, _, pos, form) in enumerate(ms):
            if form not in ch.joins or pos != "動詞" or k < 3:
                continue
            g = k - 1
            while g > 0 and ms[g][2] == "副詞":  # 「前にいた子がまた働いてくれる」
                g -= 1
            if g < 2 or ms[g][1] != "が" or ms[g][2] != "助詞":
                continue
            p = g - 1
            nominal = analysed[p].part_of_speech()[1] == "準体助詞"
            if not (
                (nominal and ms[p - 1][2] in ("形容詞", "動詞", "助動詞"))
                or (
                    ms[p][2] == "名詞"
                    and ms[p][3] in ch.joiners
                    and (ms[p - 1][2] in ("形容詞", "動詞", "助動詞") or ms[p - 1][1] == "の")
                )
            ):
                continue
            i = k + 1
            while i < len(ms) and ms[i][3] in ch.chain:
                i += 1
            if not (
                i + 2 < len(ms)
                and ms[i][3] in ("こと", "事")
                and ms[i + 1][1] in ("に", "と")
                and ms[i + 2][3] in ch.decided
            ):
                continue
            head = p - 1 if nominal else p  # (the nominal の with its adjective: 「若いの」)
            start = ms[head][0] - len(ms[head][1])
            if (
                _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or rules.outcome.reader.search(sent, 0, start)
            ):
                continue
            found.append(sent[start : ms[i + 2][0]])
            break
    return found


def _taken(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `taken`: a person or a place (「人が」「枠は」) as the subject of a verb of
    settling or filling, or the person it is filled by (「別の人で」), adverbs and words of time
    only between (「先に」), told as someone else's hire (see :func:`_others_hire`: 「もう人が
    決まっちゃいまして」「担当枠が先に埋まってしまい」). The evidence runs from the subject to the
    end of its clause's predicate. Or a quota (`taken_full`) reached (`taken_reached`, with a
    case of `taken_reached_cases`), told the same way: 「先に面接を受けられた方で定員となって
    しまいました」."""
    taken = rules.taken
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for k, (stop, _, _, form) in enumerate(ms):
            reached = form in taken.reached
            if form not in taken.verbs and not reached:
                continue
            j = _before_adverbials(rules, sent, k)
            if reached:  # 「…方で定員となってしまいました」: the quota the place was
                if (
                    j < 1
                    or ms[j][2] != "助詞"
                    or ms[j][1] not in taken.reached_cases
                    or ms[j - 1][3] not in taken.full
                ):
                    continue
            elif j >= 0 and ms[j][2] == "名詞" and ms[j][3] in taken.who:
                j += 1  # the subject's particle dropped (「人足りたから」)
            elif j < 1 or ms[j][2] != "助詞" or ms[j][1] not in taken.cases | taken.by:
                continue
            noun_stop, noun, pos, noun_form = ms[j - 1]
            start = noun_stop - len(noun)
            who = (
                taken.full if reached else rules.class_heads if ms[j][1] in taken.by else taken.who
            )
            counted = noun_form in taken.counters and j >= 2 and _numeral(sent, j - 2)
            if counted:  # 「その1名がもう決まってしまいました」: the places told as a count
                start -= len(ms[j - 2][1])
            first = j - 1 - counted  # (the subject's first morpheme)
            sufficed = form in taken.sufficed
            if (
                (first >= 1 and ms[first - 1][3] in taken.part)  # 「うち1名が」: a part
                or ((reached or ms[j][1] in taken.by) and _topic_before(rules, sent, first))
                or pos != "名詞"
                or (noun_form not in who and not counted)
                or _appointment_slot(rules, ms, j - 1)
                or _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or (sufficed and _negated_after(rules.polarity, ms, k))
                or not (sufficed or _others_hire(rules, sent, start, stop))
                or (sufficed and rules.outcome.reader.search(sent, 0, start))
            ):
                continue
            found.append(sent[start : _predicate_end(rules, ms, k)])
            break
    return found


def _predicate_end(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], k: int) -> int:
    """Where the predicate of the verb ``ms[k]`` ends: through its auxiliaries, て and 〜てしまう
    ([polarity] `regret`), up to a conjunctive particle other than て・で."""
    end = ms[k][0]
    for at, w, p, f in ms[k + 1 :]:
        if p not in ("助動詞", "接続助詞") and f not in rules.polarity.regret:
            break
        end = at
        if p == "接続助詞" and w not in ("て", "で"):
            break
    return end


def _taken_unsaid(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `taken`, the subject elided: a verb of settling or filling with nothing but
    adverbs and words of time before it in its clause (「先に決まってしまいました」「もう埋まっ
    ちゃったんよ」), told as someone else's hire (see :func:`_others_hire`), in a mail that
    apologises ([chosen] `apology`): what was settled is the place the reader asked for. Not a
    question (`taken_asking`: 「もう決まっちゃいましたか？」), nor a concession (`taken_yielding`:
    「急に決まってしまったのですが」), nor in a sentence naming an appointment's slot
    (`taken_slots`, [outcome] `scheduled`: 「面接日ですが、もう決まってしまいました」). The
    evidence is the verb and its chain."""
    if not any(rules.apology.search(s) for s in sents):
        return []
    taken = rules.taken
    slots = taken.slots | rules.outcome.scheduled
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        if any(m[3] in slots for m in ms):
            continue
        for k, (stop, surface, pos, form) in enumerate(ms):
            if form not in taken.verbs or pos != "動詞":
                continue
            j = _before_adverbials(rules, sent, k)
            if (
                j >= 0
                and ms[j][2] != "補助記号"
                and not (ms[j][1] == "は" and j >= 1 and ms[j - 1][3] in taken.not_topics)
            ):
                continue  # a subject, an object or a topic said before it
            start = stop - len(surface)
            chain = _chain_after(sent, stop)
            rest = sent[stop:].split("。")[0]
            if (
                any(w in taken.yielding for w, p, _ in chain if p == "接続助詞")
                or any(w in taken.asking for w, p, _ in chain if p == "助詞")
                or any(c in rest[: _clause_length(rest)] for c in "？?")
                or _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or not _others_hire(rules, sent, start, stop)
            ):
                continue
            found.append(sent[start : _predicate_end(rules, ms, k)])
            break
    return found


def _clause_length(rest: str) -> int:
    """The length of ``rest`` up to its first punctuation and the marks right after it (「？」)."""
    i = next((i for i, c in enumerate(rest) if c in "、。，．"), len(rest))
    return i + 1


def _topic_before(rules: _NoticeRules, sent: str, k: int) -> bool:
    """A topic with は stands before morpheme ``k`` in its clause (from the last punctuation):
    「面接の担当は…人に決まっちゃいました」 settles the topic. Not the place itself ([rejection]
    `taken_who`), a word of time (`taken_when`: 今回) or `taken_not_topics` (実 of 実は)."""
    taken = rules.taken
    ms, analysed = _sentence_morphemes(sent), _analysed(sent)
    for i in range(k - 1, 0, -1):
        if ms[i][2] == "補助記号":
            return False
        if (
            ms[i][1] == "は"
            and ms[i][2] == "助詞"
            and ms[i - 1][3] not in taken.who | taken.not_topics
            and analysed[i - 1].part_of_speech()[2] not in taken.when
        ):
            return True
    return False


def _negated_after(pol: _Polarity, ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The verb at ``k`` is negated by its own auxiliaries (polarity.negation: 「足りなくて」
    「足りず」「足りぬ」, Sudachi's ず)."""
    for _, _, part, form in ms[k + 1 :]:
        if part != "助動詞":
            return False
        if _negation(pol, part, form):
            return True
    return False


def _appointment_slot(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int
) -> bool:
    """The place at morpheme ``i`` is a slot of an appointment: a word of `taken_slots` or of
    [outcome] `scheduled` right before it, or before の right before it (「面接の枠が埋まって
    しまい」「ご希望の日の面接枠」): a time taken, not the post."""
    words = rules.taken.slots | rules.outcome.scheduled
    before = ms[i - 1] if i >= 1 else None
    if before is not None and before[1] == "の" and before[2] == "助詞" and i >= 2:
        before = ms[i - 2]
    return before is not None and before[3] in words


def _before_adverbials(rules: _NoticeRules, sent: str, k: int) -> int:
    """The index of the morpheme before the adverbs and the words of time ([rejection]
    `taken_when`, with or without に) that stand right before morpheme ``k``."""
    ms, analysed = _sentence_morphemes(sent), _analysed(sent)
    j = k - 1
    while j >= 0:
        if ms[j][2] == "副詞" or analysed[j].part_of_speech()[2] in rules.taken.when:
            j -= 1
        elif (
            j >= 1
            and ms[j][1] == "に"
            and ms[j][2] == "助詞"
            and analysed[j - 1].part_of_speech()[2] in rules.taken.when
        ):
            j -= 2
        else:
            break
    return j


def _closed_unconsidered(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `closed`: the recruitment closed, told as done (`closed_done` in the closing's
    chain: 「募集を締め切っておりました」), in a mail that says the application cannot be considered
    (`unconsidered`: 「選考を行うことができません」): it came after the closing. The closing's and
    the refusal's words are the evidence."""
    closed = [
        m.group(0)
        for sent in sents
        for m in (m for p in rules.closed for m in p.finditer(sent))
        if not _hypothetical(sent, m.start(), rules.hypothetical)
        and not _quoted(sent, m.start())
        and any(form in rules.closed_done for _, _, form in _chain_after(sent, m.end() - 1))
    ]
    if not closed:
        return []
    refused = _hits(rules.unconsidered, sents, rules.hypothetical)
    return [closed[0], *refused] if refused else []


def _closed_on_hire(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `closed`: the recruitment closed, in a sentence that tells someone else's hire
    before it (a morpheme of `hired`, see :func:`_others_hire`: 「採用が決まってしまい、募集を締め
    切らせていただいておりました」): the place was filled. The closing's words are the evidence."""
    found: list[str] = []
    for sent in sents:
        for m in (m for p in rules.closed for m in p.finditer(sent)):
            if _hypothetical(sent, m.start(), rules.hypothetical) or _quoted(sent, m.start()):
                continue
            hires = [
                (stop - len(surface), stop)
                for stop, surface, _, form in _sentence_morphemes(sent)
                if stop <= m.start() and form in rules.hired
            ]
            if any(_others_hire(rules, sent, start, stop) for start, stop in hires):
                found.append(m.group(0))
                break
    return found
