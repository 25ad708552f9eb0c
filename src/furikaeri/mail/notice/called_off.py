"""What a refusal calls off ([called_off]), read from its clause with Sudachi: the argument of
the refusal's predicate (the noun before を, が, は or も), the noun a holding is of (「説明会の
実施」), or the sentence's topic. A refusal of an event, of an appointment moved to another day,
of a recruitment the reader never applied to, or of the reader's other applications declined by
an agent is no rejection of the reader's application."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.notice.clauses import _analysed, _at, _sentence_morphemes
from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.notice.rules import _NoticeRules

_Morph = tuple[int, str, str, str]  # (end, surface, part of speech, normalized form)
_CASES = frozenset({"を", "が", "は", "も"})
_PREDICATE = frozenset({"動詞", "助動詞", "形容詞", "接続助詞"})
_NOUNISH = frozenset({"名詞", "接尾辞", "接頭辞"})


def _readers_refusals(rules: _NoticeRules, rejection: list[str], sents: list[str]) -> list[str]:
    """The phrases of ``rejection`` that refuse the reader's application: those whose refusal
    calls off something else (:func:`_elsewhere`) are left out, and a regret with no argument of
    its own (「ご期待に沿えず」) with them when no phrase refuses the reader."""
    state: dict[str, str] = {}
    for hit in rejection:
        at = next((k for k, s in enumerate(sents) if hit in s), None)
        if at is None:
            state[hit] = "reader"
            continue
        sent = sents[at]
        start = sent.index(hit)
        if _glossed(rules, sent, start + len(hit)):
            state[hit] = "elsewhere"  # 「見送り（辞退）のご連絡を入れます」: the reader declines
            continue
        last = start + len(hit) - 1  # the refusal's predicate ends the phrase (選考を終了させ)
        found = (
            _argument(sent, start, last)
            or _topic(sent, _index(sent, last))
            or _planned(rules, sent, start)
        )
        if found is None:
            state[hit] = "bare"
            continue
        later = [sent[start + len(hit) :], *sents[at + 1 :]]
        elsewhere = _elsewhere(rules, sent, found, later, sents)
        state[hit] = "elsewhere" if elsewhere else "reader"
    if "elsewhere" not in state.values():
        if state and set(state.values()) == {"bare"} and _event_called_off(rules, sents):
            return []  # 「説明会は…開催を中止…ご期待に沿えず」: the regret is the event's
        return rejection
    if "reader" in state.values():
        return [hit for hit in rejection if state[hit] != "elsewhere"]
    return []


def _event_called_off(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence calls off something not the reader's application: a verb of calling off
    ([called_off] `cancelling`) whose argument or topic :func:`_elsewhere` reads so."""
    cancelling = rules.called_off.cancelling
    for at, sent in enumerate(sents):
        for end, _, _, form in _sentence_morphemes(sent):
            if form not in cancelling:
                continue
            found = _argument(sent, end - 1, end - 1) or _topic(sent, _index(sent, end - 1))
            if found is not None and _elsewhere(rules, sent, found, sents[at + 1 :], sents):
                return True
    return False


def _glossed(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The refusal ending at ``end`` is glossed in brackets by a word of declining ([called_off]
    `declining`: 「見送り（辞退）」「お断り（ご辞退）」): the reader's own declining, passed on."""
    ms = [m for m in _sentence_morphemes(sent) if m[0] > end]
    if not ms or ms[0][1] not in ("（", "("):
        return False
    words = [m for m in ms[1:4] if m[2] != "接頭辞"]
    return bool(words) and words[0][3] in rules.called_off.declining


def _argument(sent: str, start: int, last: int) -> tuple[int, int] | None:
    """The noun run (first and last morpheme index) before を, が, は or も nearest before the
    end (``last``) of the phrase at ``start``, in its clause: before the phrase, the walk back
    stops at a comma after anything but a particle (「…した結果、」「…につきましては、」 end a
    clause) and at a conjunctive particle, and it passes over a time noun (今回, 今年度:
    副詞可能). With none, the caller reads the sentence's topic (「他社様への応募は、私から
    ご連絡して見送りとさせていただきます」)."""
    ms = _sentence_morphemes(sent)
    full = _analysed(sent)
    for i in range(_index(sent, last) - 1, 0, -1):
        end, surface, pos, _ = ms[i]
        if end > start and pos in ("補助記号", "接続助詞"):
            continue  # inside the phrase (「難しくなってしまいました」)
        if pos == "補助記号":
            if surface in ("、", ",") and ms[i - 1][2] == "助詞":
                continue
            return None
        if pos == "接続助詞":
            return None
        if pos != "助詞" or surface not in _CASES or ms[i - 1][2] not in _NOUNISH:
            continue
        first = _run_start(ms, i - 1)
        if _time_noun(full[i - 1]):
            continue
        # (a run opened by an adverbial noun ends it: 「荒天のため開催を」 is 開催)
        first = next((k + 1 for k in range(i - 2, first - 1, -1) if _time_noun(full[k])), first)
        return first, i - 1
    return None


def _planned(rules: _NoticeRules, sent: str, start: int) -> tuple[int, int] | None:
    """What was planned in a concession before the refusal at ``start`` ([called_off]
    `planned`): the noun run before を and a noun of `planned` (its verbal noun: 予定して), a
    conjunctive particle after it before the refusal (「合同説明会に出展を予定しておりましたが、
    …今回は見送ることといたしました」: the 出展 is called off)."""
    ms = _sentence_morphemes(sent)
    stop = _index(sent, start)
    for k in range(stop - 1, 1, -1):
        if ms[k][3] not in rules.called_off.planned or ms[k][2] != "名詞":
            continue
        if ms[k - 1][1] != "を" or ms[k - 2][2] not in _NOUNISH:
            return None
        if not any(m[2] == "接続助詞" and m[1] in ("が", "けれど", "けど") for m in ms[k:stop]):
            return None
        return _run_start(ms, k - 2), k - 2
    return None


def _index(sent: str, start: int) -> int:
    """The index of the morpheme holding position ``start``."""
    ms = _sentence_morphemes(sent)
    k = _at(ms, start)
    return len(ms) if k is None else k


def _run_start(ms: tuple[_Morph, ...], last: int) -> int:
    k = last
    while k > 0 and ms[k - 1][2] in _NOUNISH:
        k -= 1
    return k


def _time_noun(m: Any) -> bool:
    pos = m.part_of_speech()
    return bool(pos[0] == "名詞" and pos[2] == "副詞可能")


def _of(sent: str, first: int) -> tuple[int, int] | None:
    """The noun run before の (or へ・と + の) right before the run starting at ``first``, passing
    over a time noun's own の-phrase (「二次面接の当日の実施」 is the interview's)."""
    ms = _sentence_morphemes(sent)
    full = _analysed(sent)
    k = first - 1
    if k < 1 or ms[k][1] != "の":
        return None
    k -= 1
    if ms[k][1] in ("へ", "と") and ms[k][2] == "助詞":
        k -= 1
    if k < 0 or ms[k][2] not in _NOUNISH:
        return None
    run = (_run_start(ms, k), k)
    if _time_noun(full[k]):
        return _of(sent, run[0]) or run
    return run


def _topic(sent: str, before: int) -> tuple[int, int] | None:
    """The sentence's topic before morpheme ``before``: the nearest noun run before は, before に
    and つく (について, につきまして), or before です and が (「キャリア面談ですが、」); else a duty
    ([called_off] `duties`) set up as the topic ahead of any predicate, by a comma or the copula
    and a conjunctive particle (「来週土曜のシフト、」「シフトなんだけど、」)."""
    ms = _sentence_morphemes(sent)
    full = _analysed(sent)
    for i in range(before - 1, 0, -1):
        _, surface, pos, form = ms[i]
        if surface == "は" and ms[i - 1][1] in (")", "）"):  # 「説明会(大阪会場)は」: the noun
            k = next((j for j in range(i - 2, 0, -1) if ms[j][1] in ("(", "（")), 0)
            if k > 0 and ms[k - 1][2] in _NOUNISH:  # before the brackets
                return _run_start(ms, k - 1), k - 1
        if ms[i - 1][2] not in _NOUNISH or _time_noun(full[i - 1]):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if (
            (surface == "は" and pos == "助詞")
            or (surface == "に" and nxt is not None and nxt[3] == "つく")
            or (form == "です" and nxt is not None and nxt[2] == "接続助詞")
        ):
            return _run_start(ms, i - 1), i - 1
    duties = _notice_rules().called_off.duties
    for i in range(1, before):  # a duty as a bare topic: 「来週土曜のシフト、もう他の子で…」
        noun = ms[i - 1][2] in _NOUNISH and not _time_noun(full[i - 1])
        if noun and (ms[i][1] in ("、", ",") or _copula_topic(ms, i)):
            run = (_run_start(ms, i - 1), i - 1)
            return run if _head(sent, run) in duties else None
        if ms[i][2] in _PREDICATE:
            break
    return None


def _copula_topic(ms: tuple[_Morph, ...], i: int) -> bool:
    """From ``ms[i]``, the copula then a conjunctive particle, perhaps after なん or なの: a
    topic set up (「キャリア面談ですが、」「シフトなんだけど、」「シフトなんですけど、」)."""
    j = i
    if ms[j][1] == "な" and ms[j][3] == "だ" and j + 1 < len(ms) and ms[j + 1][3] == "の":
        j += 2
    return (
        j + 1 < len(ms)
        and ms[j][3] in ("だ", "です")
        and ms[j][2] == "助動詞"
        and ms[j + 1][2] == "接続助詞"
    )


def _head(sent: str, run: tuple[int, int]) -> str:
    """The normalized form of the run's last noun, or the longest tail of its words (each split
    to Sudachi's short units) that the lists name: 工場見学+会 = 工場+見学+会 reads 見学会,
    キャリア+面談 reads 面談."""
    from sudachipy import SplitMode

    parts: list[str] = []
    for m in _analysed(sent)[run[0] : run[1] + 1]:
        split = m.split(SplitMode.A)
        parts += [p.normalized_form() for p in split] if len(split) else [m.normalized_form()]
    listed = _things(_notice_rules().called_off)
    for k in range(len(parts)):
        tail = "".join(parts[k:])
        if tail in listed:
            return tail
    return str(_analysed(sent)[run[1]].normalized_form())


def _things(co: Any) -> frozenset[str]:
    """Every noun [called_off] names: what a refusal may call off."""
    return (
        (co.holding | co.events | co.appointments | co.recruitment | co.selection | co.duties)
        | co.slots
        | co.seated
        | co.dealings
        | co.steps
    )


def _phrase(sent: str, run: tuple[int, int]) -> tuple[_Morph, ...]:
    """The run with what modifies it: back to the sentence's start or a comma after a
    predicate (the clause before it)."""
    ms = _sentence_morphemes(sent)
    k = run[0]
    while k > 0 and not (ms[k - 1][1] in ("、", ",") and k > 1 and ms[k - 2][2] in _PREDICATE):
        k -= 1
    return ms[k : run[1] + 1]


def _elsewhere(
    rules: _NoticeRules, sent: str, run: tuple[int, int], later: list[str], sents: list[str]
) -> bool:
    """The refusal whose argument is ``run`` calls off something not the reader's application
    (see [called_off])."""
    co = rules.called_off
    ms = _sentence_morphemes(sent)
    head = _head(sent, run)
    if head == "自体" and run[1] > run[0]:  # 「採用自体を」: the hiring itself
        head = ms[run[1] - 1][3]
    if head in co.holding:  # what is held: the noun of its の, not a day (当日の実施), or the topic
        of = _of(sent, run[0])
        if of is None or _time_noun(_analysed(sent)[of[1]]):
            of = _topic(sent, run[0])
        run = of or run
        head = _head(sent, run)
        if (of is None or head in co.as_planned) and _booked_before(rules, sent, sents):
            # (「予定どおりの実施が難しくなりました」: the holding of the interview booked above)
            return _moved(rules, later, dated=True)
    elif head in co.selection:
        topic = _topic(sent, run[0])
        if any(m[3] in co.others for m in _phrase(sent, run)) or (
            topic is not None and any(m[3] in co.others for m in _phrase(sent, topic))
        ):
            return True  # the reader's other applications, declined for them
    if (head in co.steps or head in co.appointments) and _moved_on(rules, later):
        return True  # 「適性検査は…実施を見送り、直接一次面接にご案内」: the step waived
    if head in co.dealings:  # 「導入を見送らせていただく」: a vendor declined, no selection named
        staged = any(rules.outcome.stage_context.search(s) for s in sents)
        return not staged and not _applied(rules, sents) and not _hiring_named(rules, sents)
    if head in co.slots:  # a place of something: 「ボランティアの枠は」「説明会のお席は」
        first = run[0] + (ms[run[0]][2] == "接頭辞")  # (お席)
        owners = [(first, run[1] - 1)] if run[1] > first else []
        owners += [of] if (of := _of(sent, run[0])) is not None else []
        return any(_head(sent, owner) in co.seated | co.duties for owner in owners)
    if head in co.events:
        return True
    if head in co.duties:  # a shift of the staff's rota, unless the reader applied for it
        return not _applied(rules, sents)  # (「面接にお越しいただき…夕方のシフトが合わず」)
    if head in co.appointments:
        span = "".join(m[1] for m in _phrase(sent, run))
        dated = any(m[3] in co.days for m in _phrase(sent, run)) or bool(
            rules.date.search(span) or rules.time.search(span)
        )
        return _moved(rules, later, dated=dated)
    if head in co.recruitment:
        return not _applied(rules, sents) or any(co.before_applying.search(s) for s in sents)
    return False


def _moved(rules: _NoticeRules, later: list[str], *, dated: bool) -> bool:
    """A booked appointment (``dated``) refused, and the mail goes on to another date or time
    or to a meeting arranged again: the appointment is moved, no one rejected."""
    return dated and any(
        rules.date.search(s)
        or rules.time.search(s)
        or rules.polarity.refrain_again.search(s)
        or rules.postponed_later.search(s)
        for s in later
    )


def _hiring_named(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence names a hiring ([outcome] `employment`: 求人, 採用, 派遣先) as the head of its
    noun compound or before a company's noun ([context] `client_generic`: 派遣先企業); one that
    modifies a thing (採用管理システム, 採用規模, 求人広告) is the vendor's product, no hiring."""
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for m in rules.outcome.employment.finditer(sent):
            k = _index(sent, m.end() - 1)
            if k >= len(ms):
                continue
            inside = ms[k][0] > m.end()  # Sudachi's one word goes on: 求人広告
            j = k
            while j + 1 < len(ms) and ms[j + 1][2] in _NOUNISH:
                j += 1
            head = next((i for i in range(j, k, -1) if ms[i][2] == "名詞"), k)
            if (head == k and not inside) or ms[head][3] in rules.client_generic:
                return True
    return False


def _moved_on(rules: _NoticeRules, later: list[str]) -> bool:
    """The rest of the refusing sentence or the next sentence (``later``'s first two) passes
    the reader or invites them (a strong pattern of [pass] or [interview_invite]: 「直接一次
    面接にご案内いたします」): the refused step is waived, the reader moved on."""
    moving = (*rules.strong["pass"], *rules.strong["interview_invite"])
    return any(p.search(s) for s in later[:2] for p in moving)


def _booked_before(rules: _NoticeRules, sent: str, sents: list[str]) -> bool:
    """A sentence before ``sent`` names an appointment ([called_off] `appointments`) with a date
    or a time (「10月9日（木）10時より予定しておりました面接の件で」): the mail is about it."""
    co = rules.called_off
    earlier = sents[: sents.index(sent)] if sent in sents else []
    return any(
        (rules.date.search(s) or rules.time.search(s))
        and any(m[3] in co.appointments for m in _sentence_morphemes(s))
        for s in earlier
    )


def _applied(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail tells an application or a selection of the reader's ([called_off] `applied`,
    [rejection] `before_application`: 「ご応募の直前に採用が決まり」: the reader applied, the place
    was filled)."""
    co = rules.called_off
    return any(
        any(not _of_class(rules, s, m.end()) for m in co.applied.finditer(s))
        or rules.before_application.search(s)
        for s in sents
    )


def _of_class(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The application ending at ``end`` is told in a relative clause of a class of people as
    the topic or the goal ([guards] `class_heads` right after a verb or an auxiliary, then は or
    に: 「すでに本選考にご応募いただいている方には、個別にご連絡しております」): those people's,
    not the reader's."""
    ms = _sentence_morphemes(sent)
    for k, (stop, _, pos, form) in enumerate(ms):
        if stop <= end or pos != "名詞":
            if pos == "補助記号" and stop > end:
                return False
            continue
        return (
            form in rules.class_heads
            and ms[k - 1][2] in ("動詞", "助動詞")
            and k + 1 < len(ms)
            and ms[k + 1][1] in ("は", "に")
        )
    return False
