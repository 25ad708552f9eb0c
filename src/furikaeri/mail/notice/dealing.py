"""Mail about a dealing, a gathering's seats or a favour asked: its regret refuses no candidacy."""

from __future__ import annotations

import itertools
import re
from typing import Any

from furikaeri.mail.notice.clauses import _analysed, _begins_at, _sentence_morphemes
from furikaeri.mail.notice.matter import _employer_place, _last_part
from furikaeri.mail.notice.rules import _NoticeRules, _Outcome


def _seat_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail is about a gathering's seats ([outcome] `gatherings`: 説明会, セミナー; `full`:
    満席, 定員, 抽選) and, outside the events' own names (面接対策セミナー), names no stage of a
    selection, no application and no hiring (`stage_context`, `applied`): what it refuses (ご参加
    いただけません; ご希望に沿えず) is a seat, not a result."""
    oc = rules.outcome
    if not any(oc.gatherings.search(s) for s in sents) or not any(oc.full.search(s) for s in sents):
        return False
    masked = [rules.event.sub("〓", s) for s in sents if not _application_open(rules, s)]
    return not any(
        _selection_named(rules, s, p) for p in (oc.stage_context, oc.applied) for s in masked
    )


def _application_open(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` names an application (`applied`) and opens or invites it ([outcome]
    `application_open`: 可能, 受け付ける, 待つ, 下さる) with no negation and no past た in the
    chain after, and none before but a concession (`application_regardless`: 「有無を問わず」,
    or 「〜なくても」): 「選考へのエントリーは説明会参加にかかわらず可能です」 names no stage the
    reader was refused. 「応募を受け付けることができませんでした」 refuses one."""
    oc = rules.outcome
    if not oc.applied.search(sent):
        return False
    ms = _sentence_morphemes(sent)
    negation = rules.polarity.negation
    for i, (_, _, _, form) in enumerate(ms):
        if form not in oc.application_open:
            continue
        after = [m[3] for m in ms[i + 1 :]]
        if any(f in negation or f == "た" for f in after):
            continue
        if all(
            (j > 0 and ms[j - 1][3] in oc.application_regardless)
            or [m[3] for m in ms[j + 1 : j + 3]] == ["て", "も"]
            for j in range(i)
            if ms[j][3] in negation
        ):
            return True
    return False


def _selection_named(rules: _NoticeRules, sent: str, pattern: re.Pattern[str]) -> bool:
    """A word of ``pattern`` (a stage, an application) in ``sent`` that the sentence does not
    deny a relation to (:func:`_denied_relation`: 「本座談会は選考とは関係のない催しです」)."""
    return any(
        not _denied_relation(rules, _sentence_morphemes(sent), m.end())
        for m in pattern.finditer(sent)
    )


def _denied_relation(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], at: int
) -> bool:
    """After the word ending at ``at`` (nouns, particles, prefixes and 一切 between), a relation
    of [outcome] `unrelated` whose chain (particles, auxiliaries, suffixes and the words of
    `unrelated_chain`) holds an odd number of negations ([polarity] `negation`), or one of
    `unrelated_denied` (無関係): 「選考に影響することはございません」
    「選考の一部ではなく」 deny the selection any bearing."""
    oc = rules.outcome
    k = next((i for i, m in enumerate(ms) if m[0] > at), len(ms))
    while k < len(ms) and ms[k][3] not in oc.unrelated:
        if ms[k][2] not in ("名詞", "助詞", "接頭辞", "副詞"):
            return False
        k += 1
    if k == len(ms):
        return False
    negations = int(ms[k][3] in oc.unrelated_denied)
    for _, _, pos, form in ms[k + 1 :]:
        if form in rules.polarity.negation:
            negations += 1
        elif pos not in ("助詞", "助動詞", "接尾辞") and form not in oc.unrelated_chain:
            break  # (「選考日程の関係でご案内できません」: the relation is a reason)
    return negations % 2 == 1


def _dealing_only(rules: _NoticeRules, sents: list[str], refusals: list[str]) -> bool:
    """The mail is about a dealing ([outcome] `dealings`: an order, goods out of stock, a booking,
    a lottery; or a sentence holding one of the ``refusals`` found names a dealt matter as the
    object or topic of its refusal, `dealt`: 「ご契約を見送らせていただく」) and names no stage of
    a selection, no hiring and no gathering (`stage_context`, `employment`, `gatherings`): what
    it refuses with a notice's stock phrase (ご期待に沿えない結果) is the order, the contract or
    the card, not the reader's candidacy. 「店舗スタッフ募集にご応募いただき…面接の結果」 is a
    selection."""
    oc = rules.outcome
    refusing = [s for s in sents if any(hit in s for hit in refusals)]
    # (「現場補助の件」 with a place filled: a job's title, [rejection] `taken_context`)
    titled = any(rules.taken.context.search(s) for s in sents)
    if (
        not any(oc.dealings.search(s) for s in sents)
        and (titled or not any(_dealt_named(rules, s) for s in refusing))
        and not (sents and _dealt_named(rules, sents[0], compound=True))
    ):
        return False
    return not any(
        oc.stage_context.search(s)
        or any(not _employer_place(rules, s, m.end()) for m in oc.employment.finditer(s))
        or oc.gatherings.search(s)
        for s in sents
    )  # (a gathering's seats are :func:`_seat_only`'s: 「オープンカンパニーにご応募…抽選の結果」)


def _visit_selected(rules: _NoticeRules, sents: list[str]) -> bool:
    """A staffing agency's mail ([interview_invite] `dispatch`) naming its workplace visit
    (`dispatch_meetings`: 職場見学, 顔合わせ): the client's selection of the reader, no favour."""
    return any(rules.dispatch_meetings.search(s) for s in sents) and any(
        rules.dispatch.search(s) for s in sents
    )


def _request_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail answers a request of the reader's ([outcome] `requests`: 「OB訪問のご依頼」
    「延長したいとのご相談」, a noun after the honorific prefix, not the regret's 「ご希望に」 nor
    a verb) and names no selection, no application and no hiring (`stage_context`, `applied`,
    `employment`): its regret declines a visit, a meeting or a favour, not the candidacy. So
    does a mail that names the favour itself ([outcome] `favours`: OB訪問, 職場見学, 取材)."""
    oc = rules.outcome
    if any(
        _heads_a_word(s, m.end())
        for s in sents
        for p in (oc.stage_context, oc.applied, oc.employment)
        for m in p.finditer(s)
    ) or _visit_selected(rules, sents):
        return False
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i, (_, _, pos, form) in enumerate(ms):
            if pos != "名詞":
                continue
            # (or the prefix before a compound it heads: 「ご協力依頼」 = 御 協力 依頼)
            prefixed = (i > 0 and ms[i - 1][2] == "接頭辞") or (
                i > 1 and ms[i - 1][2] == "名詞" and ms[i - 2][2] == "接頭辞"
            )
            after = ms[i + 1][3] if i + 1 < len(ms) else ""  # not the regret's に, nor する
            if form in oc.requests and prefixed and after not in ("に", "為る"):
                return True
            if form in oc.requests and form.startswith("御") and i > 0 and ms[i - 1][1] == "の":
                return True  # 「OB訪問のお願い」 (お願い is one word: 御願い)
            if form in oc.request_matter and _request_before(rules, ms, i):
                return True
        if _favour_asked(rules, sent):
            return True  # 「OB訪問の件」「職場見学について」: a favour asked, no selection
    return False


def _favour_asked(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` names a favour asked of the company ([outcome] `favours`, a noun or a compound's
    last part: OB訪問, 職場見学, 取材), not one the reader has had (the reader's taking part told
    after it, [rejection] `own_application`: 「職場見学にご参加いただき」, a staffing agency's step)
    nor one with a result (a told result right after it and の: 「職場見学の結果について」)."""
    oc = rules.outcome
    ms = _analysed(sent)
    for i, m in enumerate(ms):
        if m.part_of_speech()[0] != "名詞":
            continue
        if m.normalized_form() not in oc.favours and _last_part(m) not in oc.favours:
            continue
        after = [n.normalized_form() for n in ms[i + 1 : i + 3]]
        if (
            rules.own_application.search(sent, m.end())
            or (after[:1] == ["の"] and after[1:] and after[1] in oc.told_results)
            or _favour_had(oc, ms[i + 1 : i + 6])
        ):
            continue
        return True
    return False


def _favour_had(oc: _Outcome, ms: tuple[Any, ...]) -> bool:
    """The favour's noun (its morphemes after it: ``ms``) is the goal of a verb the reader did
    for the company, with a benefactive ([outcome] `benefactive`): 「職場見学に行っていただいた」
    「見学へ伺っていただき」 — a step the reader has taken (a staffing client's 職場見学), no
    favour asked of the company."""
    forms = [n.normalized_form() for n in ms]
    pos = [n.part_of_speech()[0] for n in ms]
    return (
        len(forms) >= 4
        and forms[0] in ("に", "へ")
        and pos[1] == "動詞"
        and forms[2] == "て"
        and forms[3] in oc.benefactive
    )


def _heads_a_word(sent: str, end: int) -> bool:
    """The match ending at ``end`` is not the first part of a longer noun: 採用 in 「採用ホームペー
    ジ」 names a website and 入社 in 「入社3年目」 a colleague's years, no selection of the
    reader's (the word after it, if it begins there, is no noun)."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, end)
    return k is None or ms[k][2] != "名詞"


def _request_before(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int) -> bool:
    """The matter ``ms[i]`` (件) is named by a wish quoted right before it (an auxiliary of
    [chosen] `wish`, a quoting particle of [outcome] `recalling`, の allowed after it: 「会って
    話したいって件」「聞きたいとの件」) or by a benefactive in the past (「ご希望いただいた件」)."""
    oc = rules.outcome
    j = i - 1
    if j >= 1 and ms[j][1] == "の" and ms[j - 1][1] in oc.recalling:
        j -= 1
    if j >= 1 and ms[j][2] in ("助詞", "接続助詞") and ms[j][1] in oc.recalling:
        return ms[j - 1][3] in rules.wish
    return j >= 1 and ms[j][3] == "た" and ms[j - 1][3] in oc.benefactive


def _dealt_named(rules: _NoticeRules, sent: str, *, compound: bool = False) -> bool:
    """``sent`` names a dealt matter ([outcome] `dealt`, a noun's Sudachi normalized form) as an
    object or a topic: the noun, then one of `dealt_cases` (「ご契約を」「カードの発行を」); with
    ``compound`` (the subject line, or the mail's first sentence), also a noun compounded with
    the next (「入居審査結果のご連絡」「カード発行審査」). Not one that modifies a job by の (a
    post's title, [outcome] `hiring` right after: 「経理補助のお仕事」「保険のお仕事」)."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    return any(
        pos == "名詞"
        and form in oc.dealt
        and (nxt[1] in oc.dealt_cases or (compound and nxt[2] == "名詞"))
        and not (nxt[1] == "の" and _job_after(oc, sent, ms, k + 2))
        for k, ((_, _, pos, form), nxt) in enumerate(itertools.pairwise(ms))
    )


def _job_after(oc: _Outcome, sent: str, ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The noun at ``ms[k]`` (past an honorific prefix) begins a word of a job ([outcome]
    `hiring`: 仕事, スタッフ, 職)."""
    if k < len(ms) and ms[k][2] == "接頭辞":
        k += 1
    if k >= len(ms) or ms[k][2] != "名詞":
        return False
    return oc.hiring.match(sent, ms[k][0] - len(ms[k][1])) is not None
