"""Regrets said of the terms hoped for (a date, a pay, a place), not of the application."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules


def _rescheduled(
    rules: _NoticeRules, rejection: list[str], sents: list[str], *, asked: bool = False
) -> list[str] | None:
    """Every rejection phrase is a regret said of a date, a time or a place preferred ([outcome]
    `scheduled`: the noun or counter, then a particle of `scheduled_cases`, before the phrase in
    its sentence: 「ご希望の11日午後は…ご期待に沿えず」), and a date or a time follows it in the
    mail (other slots proposed; ``asked``: or other dates asked for, :func:`_dates_asked`): the
    sentences without those phrases, to be read again for an invitation. Otherwise None."""
    oc = rules.outcome
    out = list(sents)
    for hit in rejection:
        at = next((k for k, s in enumerate(out) if hit in s), None)
        if at is None:
            return None
        sent = out[at]
        start = sent.index(hit)
        topic = _regret_topic(rules, sent[:start], oc.scheduled)
        after = [sent[start + len(hit) :], *out[at + 1 :]]
        proposed = any(rules.time.search(s) or rules.date.search(s) for s in after)
        if not topic or not (proposed or (asked and _dates_asked(rules, after))):
            return None
        out[at] = sent[:start] + sent[start + len(hit) :]
    return out


def _dates_asked(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence asks the reader for dates: a noun of [outcome] `scheduled`, then a verb of
    `choosing` or `telling`, then a request of `requesting` (「別の候補日をお知らせいただけます
    でしょうか」「ご都合のよい日程を教えてください」)."""
    oc = rules.outcome
    for sent in sents:
        forms = [m[3] for m in _sentence_morphemes(sent)]
        at = next((k for k, f in enumerate(forms) if f in oc.scheduled), None)
        told = None
        if at is not None:
            told = next(
                (k for k in range(at + 1, len(forms)) if forms[k] in oc.choosing | oc.telling),
                None,
            )
        if told is not None and any(f in oc.requesting for f in forms[told + 1 :]):
            return True
    return False


def _fix_asked(rules: _NoticeRules, rejection: list[str], sents: list[str]) -> bool:
    """Every rejection phrase stands before a sentence that asks for a document again
    (:func:`_resending_asked`: 「再度ご提出いただけますでしょうか」),
    and the mail has no stock rejection phrase ([rejection] `strong`): a judgement of the document
    sent (「指定の形式ではないため、受け付けが難しいと判断いたしました」), to be fixed."""
    if any(p.search(s) for p in rules.strong["rejection"] for s in sents):
        return False
    asked = [k for k, sent in enumerate(sents) if _resending_asked(rules, sent)]
    return bool(asked) and all(any(hit in s for s in sents[: asked[-1]]) for hit in rejection)


def _resending_asked(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` asks for a document again: a word of [rejection] `again`, then one of
    `resending`, with no negation after it (「再度お送りいただく必要はございません」 asks none)
    unless the sentence is a question (「再度お送りいただけませんか」: a polite request)."""
    ms = _sentence_morphemes(sent)
    forms = [m[3] for m in ms]
    if any(m[1] in ("か", "?", "？") for m in ms[-2:]):
        forms = [f for f in forms if f not in rules.polarity.negation]
    at = next((i for i, f in enumerate(forms) if f in rules.again), None)
    sent_at = None
    if at is not None:
        sent_at = next((i for i in range(at + 1, len(forms)) if forms[i] in rules.resending), None)
    return sent_at is not None and not any(
        f in rules.polarity.negation for f in forms[sent_at + 1 :]
    )


def _regret_topic(
    rules: _NoticeRules, before: str, nouns: frozenset[str], then: frozenset[str] = frozenset()
) -> bool:
    """A noun or counter of `nouns` (Sudachi normalized forms) as a topic or object in `before`
    (the words before a regret in its sentence): a particle of [outcome] `scheduled_cases` right
    after it, or after a bracketed aside (「ご希望の年収（750万円）には」); with `then`, a verb of
    those normalized forms after it (「…ご希望に添えず」)."""
    ms = _sentence_morphemes(before)
    for k, (_, _, pos, form) in enumerate(ms):
        if pos not in ("名詞", "接尾辞") or form not in nouns:
            continue
        j = k + 1
        if j < len(ms) and ms[j][3] in ("(", "（"):  # skip the aside to its closing bracket
            j = next((i + 1 for i in range(j, len(ms)) if ms[i][3] in (")", "）")), len(ms))
        if j >= len(ms) or ms[j][2] != "助詞" or ms[j][1] not in rules.outcome.scheduled_cases:
            continue
        if not then or any(m[2] == "動詞" and m[3] in then for m in ms[j + 1 :]):
            return True
    return False


def _conditions_regretted(
    rules: _NoticeRules, rejection: list[str], granted: list[str], sents: list[str]
) -> bool:
    """Every rejection phrase stands in a sentence that regrets a condition hoped for ([outcome]
    `conditions` as the topic or object, then a verb of `regrets`: 「ご希望の年収（750万円）には
    ご期待に沿えず」「ご希望の勤務地につきましては、ご希望に添えず」), or is a regret of a term
    (:func:`_term_regret`: 「ご希望の大阪勤務につきましては、残念ながら募集が充足」「ご希望の
    マーケティング職につきましては…。ご期待に十分お応えできず申し訳ございません」), and an offer
    or a pass (`granted`) is said in another sentence (for a regret of a term, one that holds no
    negation and no negative word, :func:`_negative_said`): the regret is about the terms of the
    outcome, not the application."""
    oc = rules.outcome
    regrets = [s for s in sents if _regret_topic(rules, s, oc.conditions, oc.regrets)]
    termed = [hit for hit in rejection if _term_regret(rules, hit, sents)]
    if not all(hit in termed or any(hit in s for s in regrets) for hit in rejection):
        return False
    regretting = regrets + [s for s in sents if any(hit in s for hit in termed)]
    told = [s for s in sents if s not in regretting and any(hit in s for hit in granted)]
    if len(termed) < len(rejection):  # (as the regret of a condition was read before)
        return bool(told)
    return any(not _negative_said(rules, s) for s in told)


def _negative_said(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` holds a negation (polarity.negation) or a negative word ([outcome] `negative`,
    with the polarity lexicon's): 「残念ながら次の面接の日時をご提示することはできません」 states
    no outcome as positive, whatever phrase of a pass it holds."""
    negative = rules.polarity.negation | rules.outcome.negative
    return any(m[3] in negative for m in _sentence_morphemes(sent))


def _term_regret(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """The rejection phrase ``hit`` is a stock regret or a place filled (a morpheme of [outcome]
    `regrets` or `filled`: 添えず, お応えできず, 充足, 埋まり) with no verdict noun after it in its
    clause (`verdict_nouns`: 「ご希望に添えない結果」 tells the result), and a term hoped for
    (:func:`_term_named`) is named before it in its sentence or in the sentence before."""
    oc = rules.outcome
    at = next((k for k, s in enumerate(sents) if hit in s), None)
    if at is None:
        return False
    sent = sents[at]
    start = sent.index(hit)
    stop = start + len(hit)
    ms = _sentence_morphemes(sent)
    inside = [m for m in ms if m[0] > start and m[0] - len(m[1]) < stop]
    short = any(m[3] in oc.fallen_short for m in inside)  # 「…には届かず」「…は見送りとなり」
    if not short and not any(m[3] in oc.regrets or m[3] in oc.filled for m in inside):
        return False
    for end, _, pos, form in ms:
        if end <= stop:
            continue
        if pos in ("補助記号", "接続助詞"):
            break
        if form in oc.verdict_nouns:
            return False
    if short:  # a refusal of the term itself names the hope in its own sentence
        return _term_named(rules, sent[:start])
    return _term_named(rules, sent[:start]) or (at > 0 and _term_named(rules, sents[at - 1]))


def _term_named(rules: _NoticeRules, text: str) -> bool:
    """``text`` names a term of the outcome hoped for: a noun of [outcome] `conditions` or
    `scheduled` as a topic or object (:func:`_regret_topic`), or the reader's hope named as a
    thing (a noun of `hoped` not followed by the に of a regret: 「ご希望の勤務地」
    「ご希望いただいていた福岡支社」「オンラインでの実施をご希望とのこと」「時給はご希望より」)."""
    oc = rules.outcome
    if _regret_topic(rules, text, oc.conditions | oc.scheduled):
        return True
    ms = _sentence_morphemes(text)
    return any(
        form in oc.hoped and (k + 1 >= len(ms) or ms[k + 1][1] != "に")
        for k, (_, _, _, form) in enumerate(ms)
    )
