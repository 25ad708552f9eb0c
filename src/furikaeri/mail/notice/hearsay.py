"""A personal mail recalling a result as told or heard: no organisation's decision."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.holder import _formed
from furikaeri.mail.notice.rules import _NoticeRules, _Outcome


def _personal(rules: _NoticeRules, sents: list[str]) -> bool:
    """A personal mail between acquaintances ([outcome] `polite`, `hearsay`): no sentence holds a
    polite auxiliary or a humble verb, and one recalls a result as told or heard (a result's
    words before a `quotative` particle and a verb of `hearsay`: 「落ちちゃったって言ってたよね」):
    a friend asking after the reader's interview, no organisation's decision notified."""
    oc = rules.outcome
    morphs = [_sentence_morphemes(s) for s in sents]
    if _formed(morphs, oc.polite):  # a hearsay ending a sentence is plain speech of its own
        if any(rules.apology.search(s) for s in sents):
            return False
        return any(
            (at := _heard_at(oc, ms)) is not None and _failed_before(rules, sent, ms, at)
            for sent, ms in zip(sents, morphs, strict=True)
        )
    return any(_recalled(rules, sent, ms) for sent, ms in zip(sents, morphs, strict=True))


def _recalled(rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...]) -> bool:
    """``sent`` recalls a result as told or heard: a quoting particle (`recalling`) followed by
    a verb of `hearsay` in the past or the progressive, or a hearsay ending the sentence
    (`heard`: 「ダメだったんだって」「もらえなかったみたい」), the words before it naming a failed
    result (`negative`, or a rejection phrase)."""
    oc = rules.outcome
    heard = _heard_at(oc, ms)
    if heard is not None and _failed_before(rules, sent, ms, heard):
        return True
    for i, (end, surface, pos, _) in enumerate(ms[:-2]):
        verb, tail = ms[i + 1], ms[i + 2]
        if (
            pos in ("助詞", "接続助詞")
            and surface in oc.recalling
            and verb[3] in oc.hearsay
            and tail[2] == "助動詞"  # 「言ってた」「聞いた」, not 「ということで」
            and _failed_before(rules, sent, ms, end)
        ):
            return True
    return False


def _failed_before(
    rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...], end: int
) -> bool:
    """The words of ``sent`` before ``end`` name a failed result ([outcome] `negative`, a
    rejection phrase, or a result of [polarity] `results` with a negation after it:
    「内定もらえなかった」)."""
    pol = rules.polarity
    if any(m[3] in rules.outcome.negative for m in ms if m[0] <= end) or any(
        p.search(sent[:end]) for p in rules.strong["rejection"]
    ):
        return True
    result = pol.results.search(sent, 0, end)
    return result is not None and any(
        result.end() < m[0] <= end and m[3] in pol.negation for m in ms
    )


def _heard_at(oc: _Outcome, ms: tuple[tuple[int, str, str, str], ...]) -> int | None:
    """Where a hearsay or conjecture (`heard`) that ends a sentence begins (after a finished
    predicate, `heard_after`; then only final particles, `finals`, before a symbol or the end:
    「…もらえなかったみたい😢 今度…」); else None."""
    for k in range(1, len(ms)):
        fused = ms[k][1] in oc.heard_fused and ms[k - 1][2] == "動詞"  # 「落ちたって」
        if not fused and (ms[k][1] not in oc.heard or ms[k - 1][3] not in oc.heard_after):
            continue
        j = k + 1
        while j < len(ms) and ms[j][1] in oc.finals:
            j += 1
        if j == len(ms) or ms[j][2] == "補助記号":
            return ms[k][0] - len(ms[k][1])
    return None
