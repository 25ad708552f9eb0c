"""An offer told of as made before, in a clause that describes who made it (「先日内定が出ました
F社様との入社日の調整」「内定を承諾いただいたH社様より」): a mail about what follows that offer,
not the offer's news ([offer] `described_by`). Read with Sudachi: the result word's predicate
chain ends in the attributive form right before a noun run that names an employer or a person."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.notice.clauses import _analysed, _denied, _hypothetical, _quoted
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.vocabulary import negation

_CHAIN = frozenset({"助詞", "動詞", "助動詞", "接頭辞"})
_NOUN_RUN = frozenset({"名詞", "接尾辞"})


def _earlier_offer(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """The offer phrases of ``sents`` that are result words ([polarity] `results`) described as
    made before (:func:`_described`), when no result word is told otherwise; else []."""
    described: list[str] = []
    for sent in sents:
        for pat in rules.strong["offer"]:
            for m in pat.finditer(sent):
                if not rules.polarity.results.match(m.group(0)):
                    continue
                if (
                    _denied(sent, m.end())
                    or _hypothetical(sent, m.start(), rules.hypothetical)
                    or _quoted(sent, m.start())
                    or _inside_word(sent, m.start(), m.end())
                ):
                    continue
                if not _described(rules, sent, m.end()):
                    return []
                described.append(m.group(0))
    return list(dict.fromkeys(described))


def _inside_word(sent: str, start: int, end: int) -> bool:
    """The phrase is part of a longer Sudachi word (内定承諾, 内定者): a matter of the offer, read
    elsewhere."""
    for m in _analysed(sent):
        if m.begin() < end and m.end() > start and (m.begin() < start or m.end() > end):
            return True
    return False


def _described(rules: _NoticeRules, sent: str, end: int) -> bool:
    """From ``end``, the predicate chain (particles, verbs, auxiliaries, verbal nouns with an
    honorific prefix: 「内定を承諾いただいた」) ends in the attributive form (Sudachi 連体形) of a
    past or a state, and a noun run follows that holds one of `described_by` or a proper noun."""
    ms = [m for m in _analysed(sent) if m.begin() >= end]
    last: Any = None
    for k, m in enumerate(ms):
        pos = m.part_of_speech()
        if pos[0] in _NOUN_RUN and last is not None and pos[0] == "名詞":
            if last.part_of_speech()[0] in ("動詞", "助動詞") and last.part_of_speech()[
                5
            ].startswith("連体形"):
                return _names_holder(rules, ms[k:]) and _past_or_state(ms[:k])
            if pos[2] != "サ変可能":
                return False
        elif pos[0] == "名詞" and pos[2] == "サ変可能":
            pass  # 「内定を承諾いただいた」: a verbal noun in the chain
        elif pos[0] not in _CHAIN:
            return False
        last = m
    return False


def _names_holder(rules: _NoticeRules, ms: list[Any]) -> bool:
    """The noun run at the start of ``ms`` holds a word of `described_by` or a proper noun."""
    for m in ms:
        pos = m.part_of_speech()
        if pos[0] not in _NOUN_RUN:
            return False
        if pos[1] == "固有名詞" or m.normalized_form() in rules.described_by:
            return True
    return False


def _past_or_state(chain: list[Any]) -> bool:
    """The chain holds the past た or a state's いる・おる: an offer already made."""
    return any(m.normalized_form() in ("た", "居る", "おる") for m in chain)


def _recalled_refusals(rules: _NoticeRules, hits: list[str], sents: list[str]) -> list[str] | None:
    """A rejection told as background (:func:`_recalled`): ``sents`` without those phrases, to be
    read again for the news after them (an invitation to interview again, a corrected result);
    None when no phrase is recalled."""
    out = list(sents)
    recalled = False
    for hit in hits:
        at = next((k for k, s in enumerate(out) if hit in s), None)
        if at is None:
            continue
        sent = out[at]
        start = sent.index(hit)
        if _recalled(rules, sent, start + len(hit)):
            out[at] = sent[:start] + sent[start + len(hit) :]
            recalled = True
    return out if recalled else None


def _recalled(rules: _NoticeRules, sent: str, end: int) -> bool:
    """From ``end`` (a rejection phrase's end) the phrase is an earlier notice recalled: it names
    what a telling or a sending ([outcome] `telling`, `sending`) past or done (た, `completive`)
    told (「見送りのご連絡を差し上げた」「お見送りのメールをお送りしてしまいました」), nouns,
    particles and prefixes alone between; or its clause, in the past, ends in a concession
    (`conceding`, or a verb of `conceding_verbs` negated after に・も: 「お見送りの結果となり
    ましたが、」「…差し上げたにもかかわらず」)."""
    oc = rules.outcome
    ms = [m for m in _analysed(sent) if m.begin() >= end]
    told = past = predicated = False
    for k, m in enumerate(ms):
        pos, form = m.part_of_speech(), m.normalized_form()
        if pos[0] == "補助記号" or (pos[1] == "接続助詞" and m.surface() != "て"):
            return past and pos[1] == "接続助詞" and m.surface() in oc.conceding
        if (form in oc.telling or form in oc.sending) and not predicated:
            told = True  # (「…に進まれるとのご連絡がありました」: a telling of a clause, relayed)
        elif pos[0] in ("動詞", "助動詞"):
            predicated = True
        elif not told and pos[0] not in ("名詞", "助詞", "接頭辞"):
            return False
        if form == "た" and pos[0] == "助動詞":
            past = True
        if told and (past or form in oc.completive):
            return True
        if past and form in oc.conceding_verbs and _after_ni_mo(ms, k):
            return True
    return False


def _after_ni_mo(ms: list[Any], k: int) -> bool:
    """The verb at ``k`` follows に・も and is negated by an auxiliary of vocabulary.toml
    [negation] (「にもかかわらず」)."""
    return (
        k >= 2
        and [m.surface() for m in ms[k - 2 : k]] == ["に", "も"]
        and k + 1 < len(ms)
        and ms[k + 1].normalized_form() in negation().auxiliaries
    )
