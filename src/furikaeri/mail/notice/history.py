"""What a mail's new part says versus what it quotes ([history] in the data).

A reply or a forward carries an earlier mail below its own words. The earlier mail is the news
when the new part only passes it on; it is history when the new part speaks of the reader's
result itself (「面接の合否は、改めてメールでお知らせします」: the interview booked in the quote is
behind the reader), and it is someone else's when it greets another person than the one the new
part greets (a mail sent to the wrong candidate, quoted in the apology)."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.notice.unsaid import _after_subject, _pending_spans
from furikaeri.nlp import morphemes

_SALUTATION_MAX = 3  # sentences: the salutation is among a letter's first ones


def _result_later(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence tells the reader's result as still to come: a neutral result ([polarity]
    `pending_results`: 結果, 合否, 回答) not yet there (「結果はまだ出ておりません」), awaited
    ([history] `awaiting`: 「合否待ちとなっております」), or the subject or topic of a telling
    (`telling`: 連絡, お知らせ, 伝える) put ahead in time (`ahead`: 「3日以内に改めて」「出次第」
    「月末にご報告する予定です」), not in the past."""
    pol, hist = rules.polarity, rules.history
    for sent in sents:
        if _pending_spans(pol, sent):
            return True
        ms = _sentence_morphemes(sent)
        for i, (_, _, pos, form) in enumerate(ms):
            if pos != "名詞" or form not in pol.pending_results:
                continue
            if i + 1 < len(ms) and ms[i + 1][3] in hist.awaiting:
                return True
            k = _after_subject(ms, i + 1)
            if k is not None and _told_ahead(rules, ms[k:]):
                return True
    return False


def _told_ahead(rules: _NoticeRules, predicate: tuple[tuple[int, str, str, str], ...]) -> bool:
    """A word of time ahead, then a telling, and no past after it (「後日お知らせします」, not
    「昨日お知らせしました」)."""
    hist = rules.history
    ahead = False
    for k, (_, _, pos, form) in enumerate(predicate):
        if form in hist.ahead:
            ahead = True
        elif ahead and form in hist.telling:
            return not any(m[2] == "助動詞" and m[3] == "た" for m in predicate[k + 1 :])
        elif pos == "補助記号" and form == "。":
            return False
    return False


def _relays(rules: _NoticeRules, sents: list[str]) -> bool:
    """The new part passes on the mail below it: a job board's or an agent's frame ([context]
    `relayed_message`: 「企業から連絡がありました」) or a word pointing to it ([history]
    `relaying`, Sudachi normalized forms: 転送, 下記, 以下, 共有)."""
    return any(rules.relayed_message.search(s) for s in sents) or any(
        m[3] in rules.history.relaying for s in sents for m in _sentence_morphemes(s)
    )


def _greeted(rules: _NoticeRules, sents: list[str]) -> frozenset[str]:
    """The names a letter's salutation greets with a reader's title ([guards.holders]
    `reader_titles`: 様, 殿; 「大橋様」「小田 健 様」): its first short sentences that are names
    and a title only (no predicate, no particle): Sudachi's 人名, and the noun before the title."""
    names: set[str] = set()
    for sent in sents[:_SALUTATION_MAX]:
        words = [m for m in morphemes(sent) if m.part_of_speech()[0] != "補助記号"]
        if not words or words[-1].surface() not in rules.holders.reader_titles:
            continue
        if any(m.part_of_speech()[0] in ("動詞", "助動詞", "助詞") for m in words):
            continue
        names |= {m.surface() for m in words[:-1] if m.part_of_speech()[2] == "人名"}
        if len(words) > 1 and words[-2].part_of_speech()[0] == "名詞":
            names.add(words[-2].surface())
    return frozenset(names)


def _others_mail(rules: _NoticeRules, own: list[str], quoted: list[str]) -> bool:
    """The quoted mail greets other people than the new part does, and neither part names the
    people the other greets: it was someone else's (a mail sent to the wrong candidate, quoted
    in the apology). A student forwarding their own result to a career centre names themselves
    (「工学部3年の村田です」) as the quoted mail greets them."""
    reader, greeted = _greeted(rules, own), _greeted(rules, quoted)
    if not reader or not greeted or reader & greeted:
        return False
    own_text, quoted_text = "".join(own), "".join(quoted)
    return not any(name in quoted_text for name in reader) and not any(
        name in own_text for name in greeted
    )
