"""Positive phrases whose own predicate negates them (「オファーをお出ししない」), a negated
going-on decided (「選考を進めない判断」), and English negations."""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from furikaeri.mail.notice.choice import _TAKER, _goes_on_with, _named_between
from furikaeri.mail.notice.clauses import (
    _MEMBER_SPAN,
    _analysed,
    _at,
    _chain_after,
    _denied,
    _hypothetical,
    _member_of,
    _others_at,
    _pos,
    _quoted,
    _sentence_morphemes,
)
from furikaeri.mail.notice.goal import _led_goals, _Span
from furikaeri.mail.notice.holder import _celebrated, _others_news
from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.notice.rules import _NoticeRules, _Polarity
from furikaeri.mail.notice.unsaid import _asked, _negation, _of_class, _unsaid


def _declined_steps(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A decision whose content is a negated going-on ([polarity] `proceeding`): 「今回は選考を
    進めない判断になりました」「次のステップには進まないことになりました」. The verb's own chain
    (auxiliaries, particles, verbs) holds a negation and ends at a decision noun, or at こと
    with に/と and a verb of becoming or deciding; the clause before the verb names what goes on."""
    pol = rules.polarity
    found: list[str] = []
    selection = any(rules.weak_context.search(rules.stock.sub("", s)) for s in sents)
    # 「今回はやめておきます。日程を改めて連絡しますね」: a meeting arranged again in this sentence
    # or a later one puts the refraining off; each sentence read once, from the last
    again = [bool(pol.refrain_again.search(s) or rules.postponed_later.search(s)) for s in sents]
    put_offs = list(accumulate(reversed(again), operator.or_))[::-1]
    for sent, put_off in zip(sents, put_offs, strict=True):
        ms = _sentence_morphemes(sent)
        for i, (end, surface, _, form) in enumerate(ms):
            if not _verb(ms, i) or (form in pol.refrain and (put_off or not selection)):
                continue
            start = end - len(surface)
            clause = rules.sentence.clause_end.split(sent[:start])[-1]
            if not _declined_what(pol, form, clause) or _quoted(sent, start):
                continue
            if _hypothetical(sent, start, rules.hypothetical):
                continue
            stop = _decision_after(pol, ms[i + 1 :], negated=form in pol.refrain)
            if stop is None and form in pol.refrain:
                stop = _resolved(pol, ms[i + 1 :])
            if stop is not None:
                found.append(sent[start:stop])
                break
    return found


def _declined_what(pol: _Polarity, form: str, clause: str) -> bool:
    """The clause before a verb (normalized ``form``) names what it declines: a going-on
    (`proceeding`) of a stage, the selection or this occasion (`proceeding_what`); a hiring
    (`hiring`) of people (`hiring_what`); a refraining (`refrain`) on this occasion with no
    object of its own (「今回はやめておく」, not 「今回は対面をやめる」), in a mail about a
    selection ([rejection] `weak_context`, checked by the caller)."""
    if form in pol.proceeding:
        return bool(pol.proceeding_what.search(clause))
    if form in pol.hiring:
        return bool(pol.hiring_what.search(clause))
    return form in pol.refrain and "今回" in clause and "を" not in clause.split("今回")[-1]


def _not_come_about(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """An arrangement (「運び」, [polarity] `arrangement`) that did not come about: the noun, と or
    に, a verb of becoming or reaching (`come_about`) and a chain negated an odd number of times
    (「貴殿をお迎えする運びとはなりませんでした」「次の選考のご案内をお送りする運びとはなりません
    でした」「ご入社の運びとはなりかねます」), in a clause that names the reader's hire or a step of
    the selection (`arranged_what`) and no schedule ([outcome] `not_about`: 「ご提示の日程では面接
    実施の運びとはなりませんでした」 is a date that did not suit). The words from the clause's first
    such word to the last negation are the evidence."""
    pol = rules.polarity
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i, (end, surface, pos, form) in enumerate(ms):
            if pos != "名詞" or form not in pol.arrangement:
                continue
            stop = _unrealised_end(pol, ms[i + 1 :], denied=_denied_before(pol, ms[:i]))
            start = end - len(surface)
            # (from the last comma: 「先方から連絡があり、残念ながら内定の運びとは」)
            clause_start = max(
                (e for e, _, p, _ in ms[:i] if p == "補助記号"),
                default=0,
            )
            what = pol.arranged_what.search(sent, clause_start, start)
            if stop is None or what is None or _quoted(sent, start):
                continue
            words = [(e, len(sf), p, f) for e, sf, p, f in ms[:i] if e > clause_start]
            if any(p == "名詞" and f in rules.outcome.not_about for _, _, p, f in words):
                continue
            if _hypothetical(sent, start, rules.hypothetical) or _not_yet(pol, sent, start):
                continue
            first = next(e - n for e, n, _, _ in words if e > what.start())  # the whole word
            found.append(sent[first:stop])
            break
    return found


def _denied_before(pol: _Polarity, before: tuple[tuple[int, str, str, str], ...]) -> int:
    """The negations among the auxiliaries right before an arrangement noun (「叶わない運び」)."""
    count = 0
    for _, _, pos, form in reversed(before):
        if pos != "助動詞":
            break
        count += form in pol.negation
    return count


def _unrealised_end(
    pol: _Polarity, chain: tuple[tuple[int, str, str, str], ...], *, denied: int = 0
) -> int | None:
    """Where the chain after an arrangement noun ends when it says the arrangement did not come
    about (と or に, は or も, a verb of `come_about`, then auxiliaries: with the ``denied``
    negations of the clause before the noun, 「ご入社いただくことは叶わない運びとなりました」, an
    odd number of negations, told as past or as a refusal, [polarity] `refused`), else None."""
    k = 0
    if k < len(chain) and chain[k][1] in ("と", "に"):
        k += 1
    else:
        return None
    if k < len(chain) and chain[k][1] in ("は", "も"):
        k += 1
    if k < len(chain) and chain[k][2] == "接頭辞":  # 「相成りませんでした」
        k += 1
    if k >= len(chain) or chain[k][2] != "動詞" or chain[k][3] not in pol.come_about:
        return None
    negations, stop, told, last = denied, chain[k][0], False, ""
    for end, _, pos, form in chain[k + 1 :]:
        if pos not in ("助動詞", "動詞", "接尾辞"):  # (「なりかねます」: かね a suffix)
            break
        negations += form in pol.negation
        told = told or form == "た" or form in pol.refused
        stop, last = end, form
    # Told as past, as a refusal or as a clause the sentence goes on from (「なりませんでした」
    # 「なりかねます」「ならず、」): 「本メールは面接のご案内とはなりません」 says what a mail is.
    return stop if negations % 2 == 1 and (told or last == "ず") else None


def _resolved(pol: _Polarity, chain: tuple[tuple[int, str, str, str], ...]) -> int | None:
    """Where a refraining said as the speaker's resolve ends (「今回はやめておきます」「今回は
    やめとくね」): the chain to the sentence's end holds only auxiliaries, particles, て and a
    verb after it, with no negation and no question (か); else None."""
    stop = None
    for k, (end, surface, pos, form) in enumerate(chain):
        if pos == "補助記号":
            if surface in ("、", ","):
                return None  # 「今回はやめておいて、次回に」: the clause goes on
            break
        after_te = k > 0 and chain[k - 1][1] in ("て", "で")
        if form in pol.negation or surface == "か":
            return None
        if not (pos in ("助動詞", "助詞", "接続助詞") or (pos == "動詞" and after_te)):
            return None
        stop = end
    return stop


def _verb(ms: tuple[tuple[int, str, str, str], ...], i: int) -> bool:
    """``ms[i]`` is a verb, or a verbal noun with its する (「前進し」)."""
    if ms[i][2] == "動詞":
        return True
    return ms[i][2] == "名詞" and i + 1 < len(ms) and ms[i + 1][3] == "為る"


def _decision_after(
    pol: _Polarity, chain: tuple[tuple[int, str, str, str], ...], *, negated: bool = False
) -> int | None:
    """Where a negated predicate chain that ends at a decision ends (see :func:`_declined_steps`),
    else None. ``negated``: the verb says no itself (a refraining)."""
    for k, (end, surface, pos, form) in enumerate(chain):
        # (て and a verb go on with the chain: 「やめておくことにしました」)
        if pos in ("助動詞", "形容詞", "助詞", "動詞", "接尾辞") or surface in ("て", "で"):
            negated = negated or form in pol.negation
            continue
        if pos == "補助記号" and negated and k and chain[k - 1][3] == "ず":
            # 「進めず、ここで一区切りとする判断」: the decision closes the coordinated clause
            later = (e for e, _, p, f in chain[k + 1 :] if p == "名詞" and f in pol.decided)
            return next(later, None)
        if pos != "名詞" or not negated:
            return None
        if form in pol.decided:
            return end
        after = [f for _, _, _, f in chain[k + 1 : k + 3]]
        if form in ("こと", "事") and len(after) == 2 and after[0] in ("に", "と"):
            return end if after[1] in pol.decided_course else None
        return None
    return None


def _refused_invites(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """An English invitation to interview that a negation before it refuses (「we regret that
    we cannot invite you to interview」). (Japanese refusals of 面接のご案内 are rejection
    phrases of their own: 「面接の機会を設けることが叶いませんでした」.)"""
    found: list[str] = []
    for sent in sents:
        for pat in rules.strong["interview_invite"]:
            for m in pat.finditer(sent):
                if _ASCII_WORD.search(m.group(0)) and _negated(
                    rules.polarity, sent, m.start(), m.end(), english=True
                ):
                    found.append(m.group(0))
    return found


def _negated_results(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A result noun whose own predicate says no (「オファーは難しいという結論」), not told of a
    class of people ([guards] `third_party`: 「通過されなかった方へのご連絡はいたしかねます」)."""
    found: list[str] = []
    pol = rules.polarity
    for sent in sents:
        fits = pol.fit.finditer(sent) if pol.decision.search(sent) else iter(())
        goers, outside = _goers(rules, sent)
        talked = _matters(pol, sent)
        phrases: list[re.Match[str] | _Span] = [*pol.results.finditer(sent), *fits]
        for m in [*phrases, *goers, *outside, *talked]:
            stop = _class_end(pol, sent, m.end())  # (「採用内定者となりませんでした」)
            untold = (
                _hypothetical(sent, m.start(), rules.hypothetical)
                or _quoted(sent, m.start())
                or rules.third_party.match(sent, m.end())  # 「通過されなかった方へのご連絡は」
            )
            if m in outside:  # 「面接試験の対象外となりました」: outside, told as done
                if not (
                    untold or _negated(pol, sent, m.start(), stop, english=False)
                ) and _told_done(sent, stop):
                    found.append(sent[m.start() : stop])
                    break
                continue
            if (
                untold
                or not _negated(pol, sent, m.start(), stop, english=False)
                or _not_yet(pol, sent, m.start())
                or _unsaid(pol, sent, m.start(), m.end())
                or _of_class(rules.class_heads, sent, m.start())  # 「未経験者の採用はなし」
            ):
                continue
            found.append(sent[m.start() : max(stop, _revoked_end(pol, sent, m.end()))])
            break
        for m in pol.english_fit.finditer(sent):
            if not _hypothetical(sent, m.start(), rules.hypothetical) and _negated(
                pol, sent, m.start(), m.end(), english=True
            ):
                found.append(m.group(0))
                break
    return found


def _matters(pol: _Polarity, sent: str) -> list[_Span]:
    """[polarity] `matters`: a hiring talked of as a matter (「お話」, its prefix with it) with a
    particle of `matter_cases` after it, in a sentence that names the reader's joining or hiring
    (`matter_of`): read as a result."""
    if not pol.matter_of.search(sent):
        return []
    ms = _sentence_morphemes(sent)
    found: list[_Span] = []
    for k, (end, surface, pos, form) in enumerate(ms[:-1]):
        if pos != "名詞" or form not in pol.matters:
            continue
        if ms[k + 1][2] != "助詞" or ms[k + 1][1] not in pol.matter_cases:
            continue
        begin = end - len(surface)
        if k > 0 and ms[k - 1][2] == "接頭辞":
            begin -= len(ms[k - 1][1])
        found.append(_Span(sent[begin:end], begin, end))
    return found


def _goers(rules: _NoticeRules, sent: str) -> tuple[list[_Span], list[_Span]]:
    """[polarity] `class_goers`: the class words of those taken on to a stage (「第2次試験受験の
    対象」「面接対象者」「次の選考に進む対象」) that the reader is said to be of or not
    (:func:`_member_of`), from the stage's nouns to the class word; and those of the class outside
    it (`class_goers_out`: 「面接試験の対象外」); and the right to sit the stage held or not
    (`class_rights`, :func:`_right_held`: 「第2次試験への受験資格はありません」)."""
    pol = rules.polarity
    ms = _sentence_morphemes(sent)
    inside: list[_Span] = []
    outside: list[_Span] = []
    for k, (end, _, pos, form) in enumerate(ms):
        out = form in pol.class_goers_out
        right = form in pol.class_rights
        if pos != "名詞" or not (out or right or form in pol.class_goers):
            continue
        after = ms[k + 1 : k + 1 + _MEMBER_SPAN]
        if not (_right_held(pol, after) if right else _member_of(pol, after)):
            continue
        begin = _stage_before(rules, ms, k)
        if begin is None:
            continue
        (outside if out else inside).append(_Span(sent[begin:end], begin, end))
    return inside, outside


def _right_held(pol: _Polarity, after: tuple[tuple[int, str, str, str], ...]) -> bool:
    """The morphemes after a right (`class_rights`) say it is held or not: a particle of
    `class_right_cases` or none, then a word of having or granting (`class_right_verbs`:
    「はありません」「を有しません」「なし」「は与えられませんでした」)."""
    if after and after[0][2] == "助詞" and after[0][1] in pol.class_right_cases:
        after = after[1:]
    return bool(after) and after[0][2] != "助詞" and after[0][3] in pol.class_right_verbs


def _stage_before(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], k: int
) -> int | None:
    """Where the stage the class word ``ms[k]`` is of begins: the nouns right before it, or
    before its の, naming a stage of [pass] `stages` (「第2次試験受験の」「面接」), or those
    nouns compounded with the class word and the stage's nouns before them and の or への
    (「第2次試験の受験対象」「第2次試験への受験資格」), or a verb of going on ([polarity]
    `proceeding`: 「次の選考に進む」) right before it; None when none does."""
    j = k - 1
    if j >= 0 and ms[j][2] == "動詞" and ms[j][3] in rules.polarity.proceeding:
        return ms[j][0] - len(ms[j][1])
    compound = not (j >= 0 and ms[j][1] == "の" and ms[j][2] == "助詞")
    for _ in range(2):
        if j >= 0 and ms[j][1] == "の" and ms[j][2] == "助詞":
            j -= 1
            if j >= 0 and ms[j][1] == "へ" and ms[j][2] == "助詞":  # (「第2次試験への受験資格」)
                j -= 1
        stop = j
        while j >= 0 and ms[j][2] in ("名詞", "接頭辞", "接尾辞"):
            j -= 1
        if j == stop:
            return None
        begin = ms[j + 1][0] - len(ms[j + 1][1])
        nouns = "".join(m[1] for m in ms[j + 1 : stop + 1])
        if rules.goal.stage.search(nouns):
            return begin
        if not compound:
            return None
        compound = False
    return None


def _wish_unmet(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """The reader's wish not met ([polarity] `wishes`, then に (は・も), an honorific prefix
    allowed, a verb of [outcome] `regrets`, or を and a verb of `wish_granting`: 叶える, whose
    predicate chain is negated): 「社長とも相談
    しましたが、今回はご希望に応えられそうにありません」. Not hypothetical, quoted nor yet to
    come, nor after a term or a date in its sentence ([outcome] `conditions`, `scheduled`:
    「入社日のご希望には応えられそうにありません」 regrets the term); the evidence runs from the
    wish to the negation's end."""
    pol = rules.polarity
    terms = rules.outcome.conditions | rules.outcome.scheduled
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i, (_, _, pos, form) in enumerate(ms):
            if pos != "名詞" or form not in pol.wishes:
                continue
            k = i + 1
            if not (k < len(ms) and ms[k][1] in ("に", "を") and ms[k][2] == "助詞"):
                continue
            verbs = rules.outcome.regrets if ms[k][1] == "に" else pol.wish_granting
            k += 1
            while k < len(ms) and (ms[k][1] in ("は", "も") or ms[k][2] == "接頭辞"):
                k += 1
            if k >= len(ms) or ms[k][2] != "動詞" or ms[k][3] not in verbs:
                continue
            start = ms[i][0] - len(ms[i][1])
            if (
                any(f in terms for _, _, p, f in ms[:i] if p == "名詞")
                or _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or not _negated(pol, sent, start, ms[k][0], english=False)
                or _not_yet(pol, sent, start)
            ):
                continue
            end = next(
                (e for e, _, p, f in ms[k + 1 :] if f in pol.negation or p == "補助記号"), ms[k][0]
            )
            found.append(sent[start:end])
            break
    return found


def _joined(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The result word ending at ``end`` describes fellow applicants ([pass] `fellows`: 学生, 方々,
    皆さん, through its verb's chain and の) whom the reader goes along with (と, then one of
    `companions`: 「同じく一次面接を通過された学生の皆さんと合同で、二次選考を実施します」): the
    reader is one of them, the result is the reader's too."""
    ms = _sentence_morphemes(sent)
    k = next((k for k, m in enumerate(ms) if m[0] - len(m[1]) >= end), len(ms))
    while k < len(ms) and ms[k][2] in ("動詞", "助動詞"):
        k += 1
    fellow = False
    while k < len(ms) and (ms[k][3] in rules.fellows or ms[k][1] == "の" or ms[k][2] == "接尾辞"):
        fellow = fellow or ms[k][3] in rules.fellows
        k += 1
    return (
        fellow
        and k + 1 < len(ms)
        and ms[k][1] == "と"
        and ms[k][2] == "助詞"
        and ms[k + 1][3] in rules.companions
    )


def _polar_hits(
    rules: _NoticeRules,
    label: str,
    sents: list[str],
    addressed: frozenset[str] = frozenset(),
) -> tuple[list[str], list[str]]:
    """The ``label`` phrases (offer or pass; for pass also the frames of [pass]) found in
    ``sents``, split into affirmed and negated (「オファーをお出ししない」): a negated one is a
    rejection. A Japanese frame counts only in a sentence that reports to the reader; an offer
    a celebration is of, or a third person's offer or step (``addressed``: the names of the
    salutation, see mail.notice.holder), counts for neither."""
    frames = rules.advance if label == "pass" else ()
    affirmed: list[str] = []
    negated: list[str] = []
    held = False  # a stage told as held in a sentence before (see _held)
    for sent in sents:
        # (The next stage read as a noun phrase, see mail.notice.goal, is one more frame.)
        goals = _led_goals(rules.goal, sent) if label == "pass" else []
        sources: list[tuple[bool, Iterator[re.Match[str] | _Span]]] = [
            (pat in frames, pat.finditer(sent)) for pat in (*rules.strong[label], *frames)
        ]
        sources.append((False, iter(_joined_classes(rules.polarity, sent, label))))
        for framed, matches in [*sources, (True, iter(goals))]:
            for m in matches:
                if (
                    _denied(sent, m.end())
                    or _hypothetical(sent, m.start(), rules.hypothetical)
                    or _quoted(sent, m.start())
                    or (
                        _others_at(sent, m.end())
                        and not (label == "pass" and _joined(rules, sent, m.end()))
                    )
                ):
                    continue
                english = _ASCII_WORD.search(m.group(0)) is not None
                if framed and not english and not (held or _reports_step(rules, sent, m.start())):
                    continue
                if framed and not english and _only_possible(rules, sent, m):
                    continue
                if not english and _for_class(rules, sent, m):
                    continue
                if label == "pass" and not english and _thanked_for(rules, sent, m.end()):
                    continue  # 「最終面接へのご参加をご快諾いただき、ありがとうございます」
                if label == "offer" and not english and _hired_elsewhere(rules, sent, m):
                    continue
                if label == "offer" and not english and _compounded(sent, m.start(), m.end()):
                    continue  # 「内定承諾期限」「内定後の面談」: a matter of an offer made before
                if not english and (
                    (label == "offer" and _celebrated(rules, sent, m.end()))
                    or _others_news(
                        rules, sent, m.start(), m.end(), addressed, step=label == "pass"
                    )
                ):
                    continue  # 「内定祝い」「さとしが内定もらったらしい」: no news to the reader
                if not english and _unsaid(rules.polarity, sent, m.start(), m.end()):
                    break  # 「内定なしの状態です」「内定の連絡はまだありません」: no result
                if not english and _step_to_others(rules, sent, m.end()):
                    negated.append(m.group(0))  # 「別の候補者の方に次の選考へお進みいただく」
                    break
                if label == "pass" and not english and _applying_first(rules, sent, m.start()):
                    continue  # 「気になる企業に応募して、選考に進みましょう」: a call to apply
                stop = m.end() if english else _class_end(rules.polarity, sent, m.end())
                if _negated(rules.polarity, sent, m.start(), stop, english=english):
                    if not english and _not_yet(rules.polarity, sent, m.start()):
                        break  # 「まだ採用が決まっておりません」: no result yet, yes or no
                    undone = _revoked_end(rules.polarity, sent, m.end())
                    negated.append(sent[m.start() : max(stop, undone)])
                elif m.group(0) not in affirmed:
                    affirmed.append(m.group(0))
                break
        held = held or _held(rules, sent)
    return affirmed, negated


def _compounded(sent: str, start: int, end: int) -> bool:
    """The phrase at ``start:end`` is the head of a longer Sudachi noun that holds it whole: the
    dictionary's compound (内定承諾, 内定承諾書, 内定後, 内定式) names a matter of an offer already
    made (its acceptance, its deadline, what follows it), not the offer told. (採用+通知書 is two
    words: the 採用通知 is sent.)"""
    return any(
        pos == "名詞" and stop > end and stop - len(surface) <= start
        for stop, surface, pos, _ in _sentence_morphemes(sent)
    )


def _held(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` tells a stage of [pass] `stages` as held, in the past (「適性検査の受検、ありがとう
    ございました」「先日は一次面接にお越しいただきました」): a frame after it (「次の選考ステップで
    あるケース課題へご案内いたします」) follows from that stage, told to the reader."""
    return bool(rules.goal.stage.search(sent)) and any(
        pos == "助動詞" and form == "た" for _, _, pos, form in _sentence_morphemes(sent)
    )


_ASCII_WORD = re.compile(r"[a-z]{3}")


def _step_to_others(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The step or the offer of a phrase ending at ``end`` goes to another person named in its
    clause ([chosen] `others`: another, the one more, one pointed back to): the one it goes to
    (に, を), its subject (が), or the one the company goes on with (と, not `together`):
    「今回は別の候補者の方に次の選考へお進みいただくこととなりました」「他の方と次のステップに
    進むことになりました」「そちらの方とネクストステップへ進む運び」 pass someone else, so the
    reader is turned down. (「他の候補者の方々とともに」「他の方と同様に」 go with the reader; the
    reader named after the person takes the step.)"""
    clause = rules.sentence.clause_end.split(sent[:end])[-1]
    base = end - len(clause)
    ms = _sentence_morphemes(sent)
    for m in rules.chooser.who.finditer(clause):
        taker = _TAKER.match(clause, m.end())
        if _named_between(rules, sent, base + m.end(), end):
            continue  # 「他の候補者の方に先んじて、山田様には最終面接へ」: the reader's step
        if taker and (
            taker["case"] != "と" or _goes_on_with(rules.chooser, ms, base + taker.end())
        ):
            return True
    return False


def _applying_first(rules: _NoticeRules, sent: str, start: int) -> bool:
    """Before ``start`` the sentence asks the reader to apply first: an application word
    ([guards] `class_applications`), する, and a particle that goes on ([pass] `apply_then`:
    「応募して、」「応募すると」), the step reached after it is no step passed. Not an application
    made, told with a benefactive ([outcome] `benefactive`: 「応募していただき」)."""
    ms = [m for m in _sentence_morphemes(sent) if m[0] <= start]
    given = rules.outcome.benefactive
    return any(
        ms[k][3] in rules.class_applications
        and ms[k + 1][3] == "為る"
        and ms[k + 2][1] in rules.apply_then
        and (k + 3 >= len(ms) or ms[k + 3][3] not in given)
        for k in range(len(ms) - 2)
    )


def _revoked_end(pol: _Polarity, sent: str, end: int) -> int:
    """Where the word that undoes the result ending at ``end`` ends ([polarity] `revoked`:
    「内定を取り消」), for the evidence; ``end`` when none does."""
    for stop, _, pos, form in _sentence_morphemes(sent):
        if stop <= end:
            continue
        if pos == "補助記号":
            break
        if pos in ("名詞", "動詞") and form.endswith(pol.revoked):
            return stop
    return end


def _negated(pol: _Polarity, sent: str, start: int, end: int, *, english: bool) -> bool:
    """The phrase at ``start:end`` is negated: in English by a negation before it in the same
    clause; in Japanese by its own predicate chain (read with Sudachi, see [polarity]), or undone
    by it ([polarity] `revoked`: 「内定を取り消させていただきます」「内定取り消し」), the undoing
    itself not negated (「内定が取り消しになることはございません」)."""
    if english:
        before = sent[max(0, start - pol.english_window) : start]
        before = _notice_rules().sentence.english_clause.split(before)[-1]
        return bool(pol.english.search(before))
    revoked = False  # 「内定を取り消す」: undone; 「取り消しにはなりません」: still standing
    negations = 0
    # (to the sentence's end: a question mark after the chain asks it, see unsaid._asked)
    ms = _sentence_morphemes(sent)
    tail = [(s, p) for stop, s, p, _ in ms if stop > end]
    head = [(s, p, f) for stop, s, p, f in ms if stop <= end]
    chain = _chain_after(sent, end)
    for k, (surface, pos, form) in enumerate(chain):
        if pos in ("名詞", "動詞") and form.endswith(pol.revoked):
            revoked = True
            continue
        if revoked and form in pol.emphatic:  # 「取り下げることは一切ございません」
            continue
        if _negation(pol, pos, form) and _asked(pol, head + chain[:k], tail[k + 1 :]):
            continue  # 「合致するのではないか」: a guess, no negation
        if _negation(pol, pos, form):  # (also a noun of absence: 「採用はナシで」)
            if not revoked:
                return True
            negations += 1
            continue
        if pos == "接続助詞" and surface in pol.chain_breaks:  # 「内定をお出ししますが、」
            break
        if pos in ("助詞", "接続助詞", "助動詞", "動詞", "接尾辞", "接頭辞"):
            continue
        if form not in pol.chain_nouns and surface not in pol.chain_nouns:
            break
    # (「撤回せざるを得ない」: two negations leave the revocation standing)
    if not revoked and _topic_revoked(pol, sent, end):
        return True
    return revoked and negations % 2 == 0


def _topic_revoked(pol: _Polarity, sent: str, end: int) -> bool:
    """The result ending at ``end`` is the topic of ``sent`` (は, or に and a verb of [polarity]
    `topic_verbs` then て: 「内定につきまして、」「内定は、」, up to a comma) and a later clause
    begins with a word that undoes it ([polarity] `revoked`: 「…結果、取り下げさせていただく」;
    after its cause, `topic_causes`: 「社内事情により白紙に」),
    negated an even number of times after it (「取り消すことはございません」 keeps it)."""
    after = [(s, p, f) for stop, s, p, f in _sentence_morphemes(sent) if stop > end]
    if _matter_topic(pol, after):  # (「内々定の件ですが、」)
        k = _MATTER_TOPIC
    else:
        k = 0
        while k < len(after) and after[k][1] != "補助記号":
            _, pos, form = after[k]
            if pos not in ("助詞", "接続助詞", "助動詞") and not (
                pos == "動詞" and form in pol.topic_verbs
            ):
                return False
            k += 1
        if k == 0 or k >= len(after) or after[k - 1][0] not in ("は", "ては", "て"):
            return False
    for j in range(k + 1, len(after)):
        _, pos, form = after[j]
        if pos in ("名詞", "動詞") and form.endswith(pol.revoked):
            if after[j - 1][1] != "補助記号" and after[j - 1][2] not in pol.topic_causes:
                return False  # (its own object before it: something else undone)
            negations = sum(1 for _, p, f in after[j + 1 :] if _negation(pol, p, f))
            return negations % 2 == 0
    return False


_MATTER_TOPIC = 4  # の, the noun, the copula, が: then the comma


def _matter_topic(pol: _Polarity, after: list[tuple[str, str, str]]) -> bool:
    """The morphemes after a result open with の and a noun of [polarity] `topic_nouns`, then the
    copula (`topic_copulas`) and が before a comma: the result named as the matter of the
    sentence (「内々定の件ですが、」)."""
    return (
        len(after) >= 5
        and after[0][0] == "の"
        and after[1][2] in pol.topic_nouns
        and after[2][2] in pol.topic_copulas
        and after[3][0] == "が"
        and after[3][1] == "接続助詞"
        and after[4][1] == "補助記号"
    )


def _choices_in_progress(rules: _NoticeRules, sents: list[str]) -> set[str]:
    """The phrases of [chosen] whose verb is a going-on (`polarity.proceeding`) told in progress,
    not past (て and a verb of [chosen] `ongoing`: 「他の候補者との面接も進めております」), or whose
    chain holds a wish ([chosen] `wish`: 「先方は、若手の方を採用したいとのことで」) in a sentence
    that reports no decision ([polarity] `decision`; 「今回は他の方にお願いしたいと考えております」
    is one, politely): the selection is still open; no one was chosen."""
    found: set[str] = set()
    for sent in sents:
        for pat in rules.chosen:
            for m in pat.finditer(sent):
                if _in_progress(rules, _sentence_morphemes(sent), m.end()) or (
                    not rules.polarity.decision.search(sent)
                    and any(form in rules.wish for _, _, form in _chain_after(sent, m.end() - 1))
                ):
                    found.add(m.group(0))
    return found


def _in_progress(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], end: int) -> bool:
    """The first verb from position ``end`` on (the phrase may stop inside a noun: 「選|考を
    進めております」) in its clause is one of `proceeding`, and its chain is progressive and not
    past (「進めております」; 「進めておりました」 and 「進めることにしました」 are not)."""
    i = next((k for k, m in enumerate(ms) if m[0] >= end), None)
    while i is not None and i < len(ms) and ms[i][2] not in ("動詞", "補助記号"):
        i += 1
    if i is None or i >= len(ms) or ms[i][2] != "動詞":
        return False
    verbal = i > 0 and ms[i][3] in rules.chooser.verbal  # 「継続しております」: its する
    if (ms[i - 1][3] if verbal else ms[i][3]) not in rules.polarity.proceeding:
        return False
    progressive = False
    for k, (_, surface, pos, form) in enumerate(ms[i + 1 :], start=i + 1):
        if pos == "助動詞" and form == "た":
            return False
        if pos == "接続助詞" and surface in ("て", "で") and not progressive:
            nxt = ms[k + 1] if k + 1 < len(ms) else None
            if nxt is None or nxt[2] != "動詞" or nxt[3] not in rules.ongoing:
                return False
            progressive = True
        elif pos not in ("助動詞", "動詞"):
            break
    return progressive


def _thanked_for(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The step ending at ``end`` is the object of an act of the reader's thanked for ([guards]
    `thanked`): after it only particles, prefixes and nouns (「をご快諾」「のご意思をお知らせ」),
    perhaps a benefactive ([outcome] `benefactive`: いただき, いただいて), then before the thanks
    only a comma and an adverb (誠に, 心より). The reader agreed to come (「最終面接への参加の
    ご承諾ありがとうございました」); the company tells no step passed."""
    ms = _sentence_morphemes(sent)
    k = _at(ms, end)
    k = len(ms) if k is None else k
    while k < len(ms) and ms[k][2] in ("助詞", "接頭辞", "名詞") and ms[k][3] not in rules.thanked:
        k += 1
    if k < len(ms) and ms[k][3] in rules.outcome.benefactive:
        k += 1
    for _, surface, pos, form in ms[k : k + _THANKS_GAP + 1]:
        if form in rules.thanked:
            return True
        if not (surface in ("て", "、", ",") or pos in ("副詞", "形状詞", "名詞", "助詞")):
            return False
    return False


_THANKS_GAP = 3  # morphemes between the benefactive and the thanks (、心より)


def _reports_step(rules: _NoticeRules, sent: str, start: int) -> bool:
    """A frame at ``start`` is told to the reader: its sentence reports ([pass] `reporting`),
    or a stage's result is told before the frame (`result`: 「厳正なる審査の結果、次の選考
    ステップである最終面接へご案内いたします」): the step follows from that result."""
    return bool(rules.reporting.search(sent) or rules.result_said.search(sent, 0, start))


def _only_possible(rules: _NoticeRules, sent: str, m: re.Match[str] | _Span) -> bool:
    """[pass] `possible`: the frame's predicate only makes the step possible (「面談に進んで
    いただけます」), is not past nor nominalised (「…いただけることとなりました」), and no result of
    a stage comes before it in the sentence (「書類選考の結果、」)."""
    if rules.result_said.search(sent, 0, m.start()):
        return False
    possible = False
    forms = _dictionary_forms(sent)
    for k, (end, pos, form) in enumerate(forms):
        if end <= m.end() - 1:
            continue
        if pos == "補助記号":
            break
        if (pos == "助動詞" and form == "た") or (pos == "名詞" and form in ("こと", "事")):
            return False
        if form in rules.possible and _attributive(sent, k):
            return True  # 「面接に進める求人をピックアップしました」: a class of postings
        possible = possible or form in rules.possible
    return possible


def _attributive(sent: str, k: int) -> bool:
    """Sudachi's morpheme ``k`` of ``sent`` is in the attributive form (連体形) before a noun
    other than a formal one (こと, 事, の): it describes what the noun is, a class of postings or
    people, and tells no one's step."""
    ms = _analysed(sent)
    if k + 1 >= len(ms) or not ms[k].part_of_speech()[5].startswith("連体形"):
        return False
    nxt = ms[k + 1]
    return nxt.part_of_speech()[0] == "名詞" and nxt.normalized_form() not in ("こと", "事", "の")


@lru_cache(maxsize=256)
def _dictionary_forms(sent: str) -> tuple[tuple[int, str, str], ...]:
    """(end, part of speech, dictionary form) of each morpheme: a potential verb
    (いただける) keeps its own dictionary form, where its normalized form is the base (頂く)."""
    return tuple((m.end(), _pos(m.part_of_speech()), m.dictionary_form()) for m in _analysed(sent))


def _for_class(rules: _NoticeRules, sent: str, m: re.Match[str] | _Span) -> bool:
    """[polarity] `class_suffix`: the phrase ends inside a word naming a class of people by a
    result (「最終面接の合格|者」), or its clause names such a class as the one it goes to before
    it (「最終面接の合格者に内定をお出しします」)."""
    pol = rules.polarity
    ms = _sentence_morphemes(sent)
    start = 0
    for c in rules.sentence.clause_end.finditer(sent, 0, m.start()):
        start = c.end()
    for k, (end, surface, pos, _) in enumerate(ms):
        begin = end - len(surface)
        if pos != "名詞" or not surface.endswith(pol.class_suffix):
            continue
        stem = next(surface[: -len(x)] for x in pol.class_suffix if surface.endswith(x))
        if not pol.results.fullmatch(stem):  # (採用担当者: a person, no class by result)
            continue
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if begin < m.end() < end:  # the phrase is part of the word: a class, unless the reader
            told = _member_of(pol, ms[k + 1 : k + 1 + _MEMBER_SPAN])  # is said to be of it
            return not told  # (「合格者となり」)
        if start <= begin and end <= m.start() and nxt is not None and nxt[1] in pol.class_cases:
            return True
    return False


def _class_end(pol: _Polarity, sent: str, end: int) -> int:
    """Where the class word (see :func:`_for_class`) that the phrase ending at ``end`` stops
    inside ends (「採用内定|者」), or the class or list of it (`class_lists`) compounded right
    after it (「採用|候補者名簿」), when the reader is said to be of it or not (:func:`_member_of`:
    「となりませんでした」「に登載されませんでした」), so its predicate is read after it; else
    ``end``."""
    ms = _sentence_morphemes(sent)
    k = next((k for k, m in enumerate(ms) if m[0] > end), len(ms))
    last = None
    for j, (_, surface, pos, form) in enumerate(ms[k : k + _COMPOUND_MAX], start=k):
        if pos != "名詞":
            break
        if surface.endswith(pol.class_suffix) or form in pol.class_lists:
            last = j
    if last is None or not _member_of(pol, ms[last + 1 : last + 1 + _MEMBER_SPAN]):
        return end
    return ms[last][0]


_COMPOUND_MAX = 3  # nouns of a class word after a result (「候補者」「名簿」)


def _joined_classes(pol: _Polarity, sent: str, label: str) -> list[_Span]:
    """The ``label`` result told as the reader joining a class of people by it
    (「最終合格者となりました」「採用候補者名簿に登載されました」): a result word of [polarity]
    `results` whose class word (the word itself, 合格者, or one of `class_candidates` after it:
    採用 + 候補者) and list (`class_lists`) the reader is said to be of (:func:`_member_of`), from
    the result word to the class's end, when told as done (:func:`_told_done`). A class by
    hiring (`class_offer`) is an offer, any other a pass. Whether it is affirmed is read by the
    caller, as for any phrase."""
    if label not in ("offer", "pass"):
        return []
    ms = _sentence_morphemes(sent)
    found: list[_Span] = []
    for m in pol.results.finditer(sent):
        k = next((k for k, x in enumerate(ms) if x[0] > m.end()), len(ms))
        if k == len(ms) or ms[k][2] != "名詞":
            continue
        # (採用 + 候補者: those the employer will choose among, a pass; 採用 + 予定者 an offer)
        hired = pol.class_offer.match(sent, m.start()) and ms[k][3] not in pol.class_pending
        if (label == "offer") != bool(hired):
            continue
        surface = ms[k][1]
        if ms[k][0] - len(surface) < m.end():  # 「合格|者」: the class word itself, by a result
            stem = next((surface[: -len(x)] for x in pol.class_suffix if surface.endswith(x)), "")
            if not pol.results.fullmatch(stem):  # (採用担当者: a person's role)
                continue
        elif ms[k][3] not in pol.class_candidates:
            continue
        stop = _class_end(pol, sent, m.end())
        if stop > m.end() and _told_done(sent, stop):
            found.append(_Span(sent[m.start() : stop], m.start(), stop))
    if label == "pass":  # (「第2次試験の対象者となりました」: taken on to the stage)
        found += [g for g in _goers(_notice_rules(), sent)[0] if _told_done(sent, g.stop)]
    return found


def _told_done(sent: str, stop: int) -> bool:
    """The membership after the class word ending at ``stop`` (its particles, then the verb of
    becoming or entering and its auxiliaries) is told in the past (た: 「登載されました」
    「合格者となりました」): the reader's result. In the non-past (「最終合格者は採用候補者名簿に
    登載されます」) or continued (「名簿に登載し、」) it describes the process. The verb may be
    nominalised into the decision told (こと, と or に, a verb or a verbal noun of deciding:
    「合格者に繰り上げることとしました」「合格者とすることに決定しました」)."""
    chain = _chain_after(sent, stop)
    k = 0
    while k < len(chain) and chain[k][1] == "助詞":
        k += 1
    k += 1  # the verb of becoming or entering (なる, 登載)
    while k < len(chain) and chain[k][1] in ("動詞", "助動詞", "接尾辞"):
        if chain[k][2] == "た":
            return True
        k += 1
    if k + 2 < len(chain) and chain[k][2] in _NOMINALISERS and chain[k + 1][0] in ("と", "に"):
        return any(form == "た" for _, pos, form in chain[k + 2 :] if pos == "助動詞")
    return False


_NOMINALISERS = frozenset({"こと", "事"})  # Sudachi normalized forms


def _hired_elsewhere(rules: _NoticeRules, sent: str, m: re.Match[str] | _Span) -> bool:
    """An offer phrase (「採用が決ま」) that tells someone else's hire: see :func:`_others_hire`;
    or another person ([chosen] `others`) is the one it went to (で, に) earlier in its clause:
    「先方にて別の候補者の方で採用が決まり」."""
    if _others_hire(rules, sent, m.start(), m.end()):
        return True
    clause = max(sent.rfind(c, 0, m.start()) for c in "、。,")
    return any(
        _GONE_TO.match(sent, who.end()) and who.end() <= m.start()
        for who in rules.chooser.who.finditer(sent, clause + 1, m.start())
    )


# The one a hire went to, after the other person and its title (「別の方で」「他の候補者の方に」).
_GONE_TO = re.compile(r"(?:の方々|の方|さん|様)?(?:で|に)(?!は|も|つい|関し|対し|より|よる)")


def _others_hire(rules: _NoticeRules, sent: str, start: int, end: int) -> bool:
    """The hire at ``start:end`` is someone else's ([polarity] `regret`, [rejection] `already`,
    `before_application`): the reader is not named before it (「山田様の採用が決まりました」), and
    its chain is a regrettable completion (「採用が決まってしまい」), or 'already' comes before it
    in its clause (「すでに採用が決まっており」), or the sentence places it before the reader's
    application (「ご応募をいただく直前に」)."""
    if rules.outcome.reader.search(sent, 0, start):
        return False
    if any(form in rules.polarity.regret for _, _, form in _chain_after(sent, end - 1)):
        return True
    if _counted(rules, sent, start):  # 「予定人数の採用が決まりましたので」
        return True
    if rules.before_application.search(sent):
        return True
    for stop, _, pos, form in reversed(_sentence_morphemes(sent)):
        if stop > start:
            continue
        if pos == "補助記号":
            return False
        if form in rules.already:
            return True
    return False


def _counted(rules: _NoticeRules, sent: str, start: int) -> bool:
    """The hire at ``start`` is counted in people: a noun of [rejection] `headcount` and の right
    before the hire's noun (「予定人数の採用」「3名の採用」), or before the subject of the verb of
    settling at ``start`` (「予定人数の採用が決まり」): the posting's places, no one reader."""
    ms = _sentence_morphemes(sent)
    k = _at(ms, start)
    if k is not None and k >= 2 and ms[k][2] == "動詞" and ms[k - 1][1] in ("が", "は"):
        k -= 2  # the verb's subject
    return (
        k is not None
        and k >= 2
        and ms[k - 1][1] == "の"
        and ms[k - 1][2] == "助詞"
        and ms[k - 2][3] in rules.headcount
    )


def _partnered(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[chosen] `partner`: the company decided to go on with a person described (「今回は経験が
    もう少し長い方と一緒にやっていくことに決めました」): after こと and に/と comes a verb of
    deciding or becoming (`polarity.decided_course`); the chain from the word of doing together
    to it holds no benefactive ([outcome] `benefactive`: the reader would do the work, 「一緒に
    働いていただくことに」) and no object of its own (「一緒に日程を決める」: a task); the reader
    is not named before it. Another person named as such (「別の方と一緒に働くことになりました」)
    is gone on with only when the chain holds the work itself (`partner_work`: 働く, 仕事を進める),
    not the reader's step beside them (「他の学生と一緒に参加することになります」)."""
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for pat in rules.partnered:
            for m in pat.finditer(sent):
                if (
                    _hypothetical(sent, m.start(), rules.hypothetical)
                    or _quoted(sent, m.start())
                    or rules.outcome.reader.search(sent, 0, m.end())
                ):
                    continue
                span = [f for end, _, _, f in ms if m.start("with") < end <= m.end()]
                # (Another person named as such: the verb is the work itself, 「一緒に仕事を
                # 進める」, not the reader's own step beside them.)
                other = m.groupdict().get("other") is not None
                worked = not rules.partner_work.isdisjoint(span)
                k = next((k for k, (end, *_) in enumerate(ms) if end > m.end()), len(ms))
                if (
                    k < len(ms)
                    and ms[k][3] in rules.polarity.decided_course
                    and rules.outcome.benefactive.isdisjoint(span)
                    and ("を" not in span or (other and worked))  # 「一緒に日程を決める」: a task
                    and (not other or worked)
                ):
                    found.append(sent[_person_start(ms, m.start("with") - 1) : ms[k][0]])
                    break
    return found


def _person_start(ms: tuple[tuple[int, str, str, str], ...], stop: int) -> int:
    """Where the person word ending at ``stop`` begins, with the one word that describes it
    (「長い方」「経験の方」: the word before, or before の)."""
    k = next((k for k, (end, *_) in enumerate(ms) if end == stop), None)
    if k is None:
        return max(0, stop - 1)
    j = k - 2 if k >= 2 and ms[k - 1][3] == "の" else k - 1
    j = max(j, 0)
    return ms[j][0] - len(ms[j][1])


def _not_yet(pol: _Polarity, sent: str, start: int) -> bool:
    """[polarity] `not_yet`: an adverb of 'not yet' before ``start`` in its clause (no
    punctuation between): the negated result is still to come."""
    for end, _, pos, form in reversed(_sentence_morphemes(sent)):
        if end > start:
            continue
        if pos == "補助記号":
            return False
        if pos == "副詞" and form in pol.not_yet:
            return True
    return False
