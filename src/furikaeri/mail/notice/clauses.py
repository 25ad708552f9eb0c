"""Where a phrase stands in its sentence: denied, quoted, hypothetical or conditioned; the
phrases that count, and the sentence's Sudachi morphemes."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, TypeVar

from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.notice.rules import _NoticeRules, _Polarity

_T = TypeVar("_T")


def _hits(
    patterns: tuple[re.Pattern[str], ...],
    sents: list[str],
    guard: re.Pattern[str],
    *,
    others: re.Pattern[str] | None = None,
) -> list[str]:
    """The phrases of ``patterns`` in ``sents``, less those denied, hypothetical (``guard``),
    quoted, or told of other people (``others`` at their end, see :func:`_others_at`: 「不合格と
    なる学生」)."""
    found: list[str] = []
    for sent in sents:
        for pat in patterns:
            for m in pat.finditer(sent):
                if (
                    _denied(sent, m.end())
                    or _hypothetical(sent, m.start(), guard)
                    or _quoted(sent, m.start())
                    or (others is not None and _others_at(sent, m.end(), others=others))
                ):
                    continue
                if m.group(0) not in found:
                    found.append(m.group(0))
                    break
    return found


def _denied(sent: str, end: int) -> bool:
    """「見送りではございません」「不採用というわけではなく」: the phrase is denied ([sentence]
    `denied`)."""
    rules = _notice_rules()
    return bool(rules.sentence.denied.match(sent, end)) or _denied_through_copula(rules, sent, end)


_COPULA = frozenset({"で", "じゃ"})


def _denied_through_copula(rules: _NoticeRules, sent: str, end: int) -> bool:
    """「見送りになったわけではありません」「不合格になったのではなく」: from the phrase ending at
    ``end``, particles and [polarity] `denial_links`, the copula, は or も, and a negation
    (vocabulary.toml [negation]). Adverbs may stand before the negation (「わけではまったく
    ない」「わけでは決してございません」「わけじゃ全然ない」): they stress the denial, they do not
    undo it."""
    pol = rules.polarity
    copula = False
    for surface, pos, form in _chain_after(sent, end):
        if not copula:
            if surface in _COPULA and pos in ("助詞", "助動詞"):
                copula = True
            elif not (pos == "助詞" and surface in ("に", "と", "が", "の")) and (
                form not in pol.denial_links
            ):
                return False
        elif form in pol.denial_ends:
            return True
        elif (
            surface not in ("は", "も") and form not in ("有る", "御座る", "ます") and pos != "副詞"
        ):
            return False
    return False


def _outside_quotes(
    items: Iterable[_T], surface: Callable[[_T], str], depth: int = 0
) -> tuple[list[_T], int]:
    """The ``items`` (characters or morphemes) outside brackets 「…」『…』, someone else's words
    quoted, and the bracket depth at their end (a quote opened in one sentence and closed in the
    next: pass it on as ``depth``)."""
    kept: list[_T] = []
    for item in items:
        text = surface(item)
        if text in ("「", "『"):
            depth += 1
        elif text in ("」", "』"):
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(item)
    return kept, depth


def _quoted(sent: str, pos: int) -> bool:
    """Inside 「…」: someone's quoted words (an interview in a newsletter), not a result, unless
    they are the company's answer relayed by an agent (「…」とのことでした, :func:`_relayed`)."""
    before = sent[:pos]
    for opening, closing in ("「」", "『』"):
        if before.count(opening) > before.count(closing):
            close = sent.find(closing, pos)
            return close < 0 or not _relayed(sent, close)
    return False


def _relayed(sent: str, close: int) -> bool:
    """The quote closing at ``close`` is followed by a quotative particle and a noun of a
    message or a verb of hearing, or a verb of telling in the passive, or いう and a noun of a
    view reached ([relay]: 「…」とのフィードバック, 「…」と人事の方から伺いました,
    「…」と言われました, 「…」という意見でした)."""
    relay = _notice_rules().relay
    ms = _sentence_morphemes(sent)
    k = _at(ms, close)
    if k is None or k + 1 >= len(ms) or ms[k + 1][1] not in relay.quotative:
        return False
    rest = ms[k + 2 : k + 2 + relay.window]
    if len(rest) > 1 and rest[0][3] in relay.naming and rest[1][2] == "名詞":
        return rest[0][2] == "動詞" and rest[1][3] in relay.verdicts  # 「…」という意見
    if rest and rest[0][2] == "助詞" and rest[0][1] in relay.linked:
        rest = rest[1:]
    for i, (_, surface, pos, form) in enumerate(rest):
        if pos in ("名詞", "動詞") and form in relay.saying:
            return True
        if pos == "動詞" and form in relay.telling:
            return i + 1 < len(rest) and rest[i + 1][3] in relay.passive
        # (who said it, passed over: 「人事部長から」「先方の担当者様より」)
        if not (
            pos in ("名詞", "接頭辞", "接尾辞")
            or surface in relay.prefixes
            or (pos == "助詞" and surface in {"の", *relay.sources})
        ):
            return False
    return False


def _hypothetical(sent: str, pos: int, guard: re.Pattern[str]) -> bool:
    """True when the clause around ``pos`` talks about a possibility (「不採用の場合は」), or a
    conjunctive particle of condition comes before ``pos`` in it (「期限を過ぎると対象外」), or the
    phrase is said of a class as a rule (「要件を満たさない方は対象外」). The clause ends at
    [sentence] `clause_end`."""
    start = 0
    for m in _notice_rules().sentence.clause_end.finditer(sent):
        if m.end() <= pos:
            start = m.end()
        else:
            return (
                _supposed(sent, start, m.end(), pos, guard)
                or _conditioned(sent, start, pos, guard)
                or _conditioning(sent, pos, m.start(), guard)
                or _class_rule(sent, pos, guard)
                or _purposed(sent, pos, guard)
            )
    return (
        _supposed(sent, start, len(sent), pos, guard)
        or _conditioned(sent, start, pos, guard)
        or _conditioning(sent, pos, len(sent), guard)
        or _class_rule(sent, pos, guard)
        or _purposed(sent, pos, guard)
    )


def _supposed(sent: str, start: int, stop: int, pos: int, guard: re.Pattern[str]) -> bool:
    """A match of ``guard`` in the clause ``sent[start:stop]`` that is no courtesy before the
    phrase at ``pos`` (see :func:`_courtesy`)."""
    return any(
        not _courtesy(sent, start, m.start(), pos) and not _member_told(sent, m.end())
        for m in guard.finditer(sent, start, stop)
    )


def _others_at(
    sent: str, pos: int, *, anywhere: bool = False, others: re.Pattern[str] | None = None
) -> bool:
    """A person or class described by a clause at ``pos`` (or, ``anywhere``, after it):
    ``others``, by default [guards] `third_party` (「不合格となる学生」「至らなかった方には」),
    unless the reader is said to be of that class or not (:func:`_member_told`: 「採用予定者には
    選ばれませんでした」)."""
    pat = others or _notice_rules().third_party
    m = pat.search(sent, pos) if anywhere else pat.match(sent, pos)
    return m is not None and not _member_told(sent, m.end())


def _member_told(sent: str, end: int) -> bool:
    """The words up to ``end`` (a guard's match: 「採用予定者には」「合格者には」) close on a case
    particle and a focus particle of [polarity] `class_member_cases` and `class_member_focus`,
    and the verb after them is one of becoming or matching (:func:`_member_of`: 「選ばれません
    でした」「該当しません」): the reader is said to be of the class or not, no class in general."""
    ms = _sentence_morphemes(sent)
    k = next((i for i, m in enumerate(ms) if m[0] == end), None)
    if k is None:
        return False
    pol = _notice_rules().polarity
    if ms[k][1] in pol.class_member_focus and k > 0:
        k -= 1
    return _member_of(pol, ms[k : k + _MEMBER_SPAN])


_MEMBER_SPAN = 6  # the morphemes read after a class word (「へ|の|登載|と|は|なり」)


def _member_of(pol: _Polarity, after: tuple[tuple[int, str, str, str], ...]) -> bool:
    """The morphemes after a class word say the subject is of the class or not ([polarity]
    `class_member`: と or に, a focus particle or none (`class_member_focus`), then a verb of
    becoming or matching: 「となりませんでした」「とはなりませんでした」「に該当しません」), or
    the entry told as its verbal noun after へ and の (`class_member_nominal`), then the same
    (「名簿への登載とはなりませんでした」)."""
    lead = len(pol.class_member_nominal)
    if (
        len(after) > lead + 1
        and tuple(m[1] for m in after[:lead]) == pol.class_member_nominal
        and all(m[2] == "助詞" for m in after[:lead])
        and after[lead][2] == "名詞"
        and after[lead][3] in pol.class_member
    ):
        after = after[lead + 1 :]
    if len(after) < 2 or after[0][1] not in pol.class_member_cases:
        return False
    verb = after[2] if after[1][1] in pol.class_member_focus and len(after) >= 3 else after[1]
    return verb[3] in pol.class_member


def _courtesy(sent: str, start: int, at: int, pos: int) -> bool:
    """The condition at ``at`` is a courtesy ([guards] `courtesy_wishes`): its own words, from the
    comma (or the clause's ``start``) before it to the comma after it, which the phrase at
    ``pos`` follows, name the reader's wish, interest, availability or search after an honorific
    prefix (「もしまだご転職活動中でしたら、」「ご興味をお持ちいただける場合は、」), and no result
    (「通過された場合は」) nor a negation (「ご希望に添えない場合は」)."""
    rules = _notice_rules()
    lo = max(start, *(sent.rfind(c, start, at) + 1 for c in "、,"))
    his = [i for i in (sent.find(c, at) for c in "、,") if i != -1]
    hi = min(his) if his else -1
    if hi == -1 or pos < hi:
        return False
    words = sent[lo:hi]
    if rules.polarity.results.search(words):
        return False
    ms = _analysed(words)
    parts = [m.part_of_speech()[0] for m in ms]
    forms = [m.normalized_form() for m in ms]
    return (
        "接頭辞" in parts
        and any(f in rules.courtesy_wishes for f in forms)
        and not any(f in rules.polarity.negation for f in forms)
    )


def _purposed(sent: str, pos: int, guard: re.Pattern[str]) -> bool:
    """The phrase at ``pos`` stands in a purpose ([guards] `purpose`): a verb in its dictionary
    form after ``pos``, then に, は and a comma, no punctuation between (「次のステップに進む
    には、…を完了してください」): a step the reader must first take, none taken."""
    if guard is _NEVER:
        return False
    purpose = _notice_rules().purpose
    ms = _analysed(sent)
    for i, m in enumerate(ms):
        if m.end() <= pos:
            continue
        part = m.part_of_speech()
        if part[0] == "補助記号":
            return False
        if part[0] != "動詞" or not part[5].startswith(("終止形", "連体形")):
            continue
        after = ms[i + 1 : i + 2 + len(purpose)]
        surfaces = tuple(a.surface() for a in after)
        if surfaces[:-1] == purpose and surfaces[-1:] in (("、",), (",",)):
            return True
    return False


def _others_topic(sent: str, pos: int) -> bool:
    """Other people as the topic right before ``pos`` ([chosen] `others` and は, no comma nor
    clause end between: 「他の応募者の方は今回見送りになった」): the phrase is told of them."""
    last = None
    for m in _notice_rules().others_topic.finditer(sent, 0, pos):
        last = m
    return last is not None and not re.search(r"[、,。]", sent[last.end() : pos])


def _class_rule(sent: str, pos: int, guard: re.Pattern[str]) -> bool:
    """The phrase at ``pos`` is said of a class of people or applications as the topic (see
    :func:`_class_topic`), in a sentence whose main predicate is not past: a rule for whoever
    fits (「要件を満たさない方は選考の対象外となります」), not a result of the reader's."""
    if guard is _NEVER:
        return False
    if _others_topic(sent, pos):
        return True
    ms = _sentence_morphemes(sent)
    if any(end > pos and p == "助動詞" and form == "た" for end, _, p, form in ms):
        return False
    rules = _notice_rules()
    others = [m.end() for m in rules.others_topic.finditer(sent)]  # 「他の候補者の方は」: no class
    return _class_topic(rules, ms, pos, skip=others)


def _conditioned(sent: str, start: int, pos: int, guard: re.Pattern[str]) -> bool:
    """A conjunctive particle of condition ([guards] `conditional`, read with Sudachi) or a step
    waiting on the reader (`awaiting`: 「書類の受領後、」) between ``start`` and ``pos``, in a
    sentence whose main predicate is not past: the phrase at ``pos`` is what happens if the
    clause before holds (「期限を過ぎると対象外となります」). Not after a verb of saying (「結論から
    申し上げますと、」「改めてお伝えいたしますと、」: read past a support verb) nor before a past
    (「相談すると、…となりました」: what happened next)."""
    if guard is _NEVER or pos <= start:
        return False
    rules = _notice_rules()
    ms = _sentence_morphemes(sent)
    if any(end > pos and p == "助動詞" and form == "た" for end, _, p, form in ms):
        return False
    if rules.awaiting.search(sent, start, pos):
        return True
    for i, (end, _, _, _) in enumerate(ms):
        if end > pos:
            break
        if end > start and _condition_at(rules, ms, i, pos):
            return True
    return False


def _condition_at(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int, pos: int
) -> bool:
    """``ms[i]`` is a conjunctive particle of condition ([guards] `conditional`), or of a
    concession before も in a question (`concessive`: 「不採用になっても再応募できますか」, not
    after a verb of a compound particle: 「選考につきましても」): not before a word that makes it
    another expression (ともに), not after a verb of saying, and no verdict quoted after it
    before ``pos``."""
    surface, pos_ = ms[i][1], ms[i][2]
    following = ms[i + 1][1] if i + 1 < len(ms) else ""
    conceded = next((f for _, _, p, f in reversed(ms[:i]) if p != "助動詞"), "")
    conceding = (
        surface in rules.concessive
        and following == "も"
        and conceded not in rules.concessive_not_after
        and _asks(ms[i + 1 :])
    )
    if pos_ != "接続助詞" or not (surface in rules.conditional or conceding):
        return False
    verb = next(
        (f for _, _, p, f in reversed(ms[:i]) if p != "助動詞" and f not in rules.saying_supports),
        "",
    )
    return (
        following not in rules.not_conditional_before
        and verb not in rules.not_conditional_after
        and not _verdict_closes(rules, ms[i + 1 :], pos)
        and not _judgement_closes(rules, ms[i + 1 :], pos)
    )


def _asks(ms: tuple[tuple[int, str, str, str], ...]) -> bool:
    """``ms`` (what follows a concession) ask: the particle か right after an auxiliary (「再応募
    できますか」「もらえますか」, also where a question line with no mark ran into its answer's;
    not 「何回か」)."""
    return any(
        m[1] == "か" and m[2] == "助詞" and ms[j - 1][2] == "助動詞" for j, m in enumerate(ms) if j
    )


def _judgement_closes(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], pos: int
) -> bool:
    """The condition's consequence is a judgement of need or difficulty ([guards] `judged_needs`)
    whose clause ends at a comma before ``pos`` through its conjugation only (`judged_links`:
    「今の体制だと経験者が必要で、今回は見送らせてください」「免許がないと難しいという話になりま
    して、今回は見送りと」): the condition stands inside the reason; the phrase after is the
    decision. A consequence that goes on without a comma (「過ぎると対象外となり」) still
    conditions."""
    judged = False
    for end, surface, part, form in ms:
        if end > pos:
            return False
        if form in rules.judged_needs:
            judged = True
        elif judged and part == "補助記号" and surface in ("、", ","):
            return True
        elif judged and form not in rules.judged_links:
            judged = False
    return False


def _conditioning(sent: str, pos: int, stop: int, guard: re.Pattern[str]) -> bool:
    """The phrase at ``pos`` stands inside a condition: a conjunctive particle of condition
    ([guards] `conditional`) after it and before the clause ends at ``stop``, in a sentence whose
    main predicate is not past (a column's 「不採用の通知を受け取ると、落ち込んでしまいますよね」:
    what anyone feels on getting one, no notice to the reader). 「結論から申し上げますと、」 is
    no condition; a past (「不採用の連絡を受けると、すぐに…しました」) tells what happened."""
    if guard is _NEVER:
        return False
    rules = _notice_rules()
    ms = _sentence_morphemes(sent)
    if any(end > pos and p == "助動詞" and form == "た" for end, _, p, form in ms):
        return False
    return any(
        pos < end <= stop
        and _condition_at(rules, ms, i, len(sent))
        and not (i + 1 < len(ms) and ms[i + 1][3] in rules.courtesy_consequences)
        for i, (end, _, _, _) in enumerate(ms)
    )


def _verdict_closes(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], pos: int
) -> bool:
    """The condition's consequence quoted as a verdict before ``pos`` ([outcome] `quotative`,
    then a verdict noun of `verdicts`, with いう or の between: 「学生さんのご都合ですと難しいと
    判断し、今回は見送り」「平日のみですと難しいという結論になり」): the condition stands inside
    the verdict; the phrase after it is the decision, not conditioned."""
    oc = rules.outcome
    for k, (end, surface, part, _) in enumerate(ms):
        if end > pos:
            return False
        if part != "助詞" or surface not in oc.quotative:
            continue
        rest = [form for _, _, _, form in ms[k + 1 : k + 3]]
        if rest[:1] and rest[0] in oc.verdicts:
            return True
        if rest[:1] in (["言う"], ["の"]) and rest[1:] and rest[1] in oc.verdicts:
            return True
    return False


def _silence_conditioned(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """``hit`` (a rejection phrase) is told only on a condition that something does not happen,
    in its clause before it: a negation (an auxiliary or 無い of vocabulary.toml [negation]) in a
    conditional form (Sudachi 仮定形 then ば, or た's 仮定形 たら) or before a head of time
    (`condition_heads`: とき, 際, then は or に): 「期間内に連絡がなければ、不採用とお考え
    ください」「電話がなかったら、今回はごめんなさい」「連絡がないときは、見送りとさせていただいた
    ものとお受け取りください」 tell an application's receipt, what the reader is to assume if
    nothing comes, no decision. Not a courtesy that nothing stands in the way
    (`courtesy_conditions` right before the negation: 「問題なければ」「差し支えなければ」); and the
    sentence ends on no past (「…ご縁がなかったものとご了承ください」 may hold one inside;
    「…ことになりました」 tells what happened). (Read for rejections only: 「ご質問がなければ、
    当日は10時にお越しください」 still invites.)"""
    sent = next((s for s in sents if hit in s), None)
    if sent is None:
        return False
    pos = sent.index(hit)
    start = 0
    for m in rules.sentence.clause_end.finditer(sent, 0, pos):
        start = m.end()
    ms = _analysed(sent)
    last = next(
        (m for m in reversed(ms) if m.part_of_speech()[0] in ("動詞", "助動詞", "形容詞")), None
    )
    if last is None or last.normalized_form() == "た":
        return False
    for i, m in enumerate(ms):
        if m.end() <= start:
            continue
        if m.end() > pos:
            break
        if m.normalized_form() not in rules.negated_conditions:
            continue
        after = [(n.normalized_form(), n.part_of_speech()[5]) for n in ms[i + 1 : i + 3]]
        conditional = (
            m.part_of_speech()[5].startswith("仮定形")
            or (after[:1] and after[0][0] == "た" and after[0][1].startswith("仮定形"))
            or (
                len(after) == 2
                and after[0][0] in rules.condition_heads
                and after[1][0] in ("は", "に")
            )
        )
        before = next(
            (b.normalized_form() for b in reversed(ms[:i]) if b.part_of_speech()[0] != "助詞"),
            "",
        )
        if conditional and before not in rules.courtesy_conditions:
            return True
    return False


def _refusal_supposed(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """``hit`` (a rejection phrase) stands inside a condition that closes after it in its own
    clause: from the phrase's end, nouns, adverbial nouns (よう), particles, auxiliaries and verbs
    (no past た, no conjunctive particle but て, no punctuation), then a conditional form ([guards]
    `supposing_particles` after a 仮定形: 「…ようであれば」; or an auxiliary of
    `supposing_auxiliaries` in its 仮定形: 「ご期待に沿えない内容でしたら、」「ご希望に添えない
    のなら、」): what the reader may find, no decision told. Not a hedged request (the condition
    followed by the quoting と or a courtesy consequence: 「見送らせていただければと存じます」
    「…ば幸いです」)."""
    sent = next((s for s in sents if hit in s), None)
    if sent is None:
        return False
    end = sent.index(hit) + len(hit)
    ms = [m for m in _analysed(sent) if m.begin() >= end]
    for i, m in enumerate(ms):
        pos, form = m.part_of_speech(), m.normalized_form()
        conj = pos[5]
        if pos[0] == "助詞" and m.surface() in rules.supposing_particles:
            supposed = i > 0 and ms[i - 1].part_of_speech()[5].startswith("仮定形")
        elif (
            pos[0] == "助動詞" and form in rules.supposing_auxiliaries and conj.startswith("仮定形")
        ):
            supposed = True
        elif _closes_unsupposed(pos, form, m.surface()):
            return False
        else:
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        return supposed and not (
            nxt is not None
            and (
                (nxt.surface() == "と" and nxt.part_of_speech()[0] == "助詞")
                or nxt.normalized_form() in rules.courtesy_consequences
            )
        )
    return False


_SUPPOSED_WORDS = frozenset({"名詞", "形状詞", "助詞", "助動詞", "動詞", "接尾辞", "接頭辞"})


def _closes_unsupposed(pos: tuple[str, ...], form: str, surface: str) -> bool:
    """A morpheme after a refusal that ends the search for its condition: punctuation, a
    conjunctive particle but て, the past た, or a word of no part of a condition's chain."""
    return (
        pos[0] == "補助記号"
        or (pos[1] == "接続助詞" and surface != "て")
        or (pos[0] == "助動詞" and form == "た")
        or pos[0] not in _SUPPOSED_WORDS
    )


# What ends a clause before the noun it modifies; light verbs passed over to the content word.
_RELATIVE = frozenset({"動詞", "助動詞", "形容詞"})
_LIGHT = frozenset({"為る", "有る", "居る", "成る"})


def _modified(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int) -> bool:
    """``ms[i]`` (past an honorific prefix: ご応募) is modified by a clause not in the past (a
    verb, adjective or auxiliary right before it, not た: 「いただいたご応募」 is the reader's own;
    not a wish, `class_open`: 「希望される方は」 is open to the reader)
    or, for a person (`class_heads`), by a noun and の that is not the reader's title (「未経験の
    方」, not 「山田様の方」) nor a matter (`class_matters`: 「採用の方は見送らせてください」 reads
    方 as ほう, 'as for the hiring')."""
    k = i - 1 if ms[i - 1][2] != "接頭辞" else i - 2
    if k < 0:
        return False
    if ms[k][2] in _RELATIVE:
        content = next(
            (m[3] for m in reversed(ms[: k + 1]) if m[2] != "助動詞" and m[3] not in _LIGHT), ""
        )
        return ms[k][3] != "た" and content not in rules.class_open
    return (
        ms[i][3] in rules.class_heads
        and k >= 1
        and ms[k][1] == "の"
        and ms[k - 1][2] == "名詞"
        and not rules.outcome.reader.fullmatch(ms[k - 1][1])
        and ms[k - 1][3] not in rules.class_matters  # 「オファーの方は」: ほう, the matter
    )


def _class_topic(
    rules: _NoticeRules,
    ms: tuple[tuple[int, str, str, str], ...],
    pos: int,
    *,
    skip: list[int] | None = None,
) -> bool:
    """A class of people or of applications as the topic before ``pos`` ([guards] `class_heads`,
    `class_applications`: the noun after a clause, or a person after a noun and の, that modifies
    it, then は or に + `class_topic_verbs`): 「要件を満たさない方は対象外となります」「未経験の方は
    採用しておりません」「不備のある応募は選考対象外」 state a rule for whoever fits; so does a
    phrase inside the clause that describes them (「要件を満たさない応募については」). The caller
    has made sure no past follows."""
    heads = rules.class_heads | rules.class_applications
    for i in range(1, len(ms) - 1):
        end, surface, part, form = ms[i]
        if end > pos and (part == "補助記号" or surface in ("は", "が")):
            break  # past the phrase, only the clause that holds it may modify a head
        if part != "名詞" or form not in heads or not _modified(rules, ms, i):
            continue
        after = ms[i + 1][1]
        if ms[i + 1][0] in (skip or []):  # other people as the topic, not a class
            continue
        if after == "は" or (
            after == "に" and i + 2 < len(ms) and ms[i + 2][3] in rules.class_topic_verbs
        ):
            return True
    return False


_NEVER = re.compile(r"(?!)")


def _chain_after(sent: str, end: int) -> list[tuple[str, str, str]]:
    """The morphemes of ``sent`` from the one holding position ``end`` (a phrase may stop inside
    a word: 「お出し|し」) to the next punctuation: (surface, part of speech, normalized form)."""
    out: list[tuple[str, str, str]] = []
    for stop, surface, pos, form in _sentence_morphemes(sent):
        if stop <= end:
            continue
        if pos == "補助記号":
            break
        out.append((surface, pos, form))
    return out


def _pos(pos: Any) -> str:
    """The part of speech, with conjunctive particles (が・ので after a predicate) set apart
    from case particles (が after a noun)."""
    return "接続助詞" if pos[1] == "接続助詞" else str(pos[0])


@lru_cache(maxsize=256)
def _analysed(sent: str) -> tuple[Any, ...]:
    """The Sudachi morphemes of ``sent``, analysed once for the readings of it below."""
    from furikaeri.nlp import morphemes

    return tuple(morphemes(sent))


def _numeral(text: str, k: int) -> bool:
    """The morpheme ``k`` of ``text`` is a numeral (Sudachi's 数詞: 「312」「１」「二」「千」)."""
    return bool(_analysed(text)[k].part_of_speech()[1] == "数詞")


def _at(ms: tuple[tuple[int, str, str, str], ...], pos: int) -> int | None:
    """The index of the morpheme (of :func:`_sentence_morphemes`) that holds position ``pos``."""
    return next((k for k, (end, *_) in enumerate(ms) if end > pos), None)


def _begins_at(ms: tuple[tuple[int, str, str, str], ...], pos: int) -> int | None:
    """The index of the morpheme that begins at position ``pos``; None when ``pos`` is inside
    one (or past the last)."""
    k = _at(ms, pos)
    return k if k is not None and ms[k][0] - len(ms[k][1]) == pos else None


@lru_cache(maxsize=256)
def _sentence_morphemes(sent: str) -> tuple[tuple[int, str, str, str], ...]:
    """(end, surface, part of speech, normalized form) of each morpheme, remembered for the
    few sentences a mail's phrases are checked in."""
    return tuple(
        (m.end(), m.surface(), _pos(m.part_of_speech()), m.normalized_form())
        for m in _analysed(sent)
    )
