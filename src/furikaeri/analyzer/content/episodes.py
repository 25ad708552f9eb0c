"""What an episode tells besides the actions: one past event (not a habit or a period kept
up), a setback met or resolved, numbers in a result."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri import lazy_re
from furikaeri.analyzer.doc import Doc, Sentence, per_doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import normalized_words, setbacks
from furikaeri.analyzer.types import Span
from furikaeri.patterns import Matcher


def _resolved(doc: Doc) -> Span | None:
    """A problem the episode resolved, told without a result word: a setback noun (残業, ミス,
    クレーム) as subject (が, も, は) of a verb of going away or a count brought down
    ([self_pr].resolved_verbs: 「残業もほぼなくなりました」「ミスが半分に減りました」)."""
    ws, begins, ends = doc.words, doc.begins, doc.ends
    met = setbacks()
    gone = _resolved_verbs()
    for i, w in enumerate(ws):
        if w.pos != "名詞" or w.lemma not in met:
            continue
        if i + 1 >= len(ws) or ws[i + 1].surface not in ("が", "も", "は"):
            continue
        for k in range(i + 2, min(len(ws), i + 6)):
            if ws[k].pos == "補助記号":
                break
            if ws[k].normalized in gone or ws[k].lemma in gone:
                return doc.span(begins[i], ends[k])
    return None


@cache
def _resolved_verbs() -> frozenset[str]:
    return normalized_words("self_pr", "resolved_verbs")


def number_results(doc: Doc) -> list[Span]:
    """Numbers in a sentence that reports a result (「18%から27%に高めた」)."""
    lex = lexicon()
    return [
        span
        for s in doc.sentences
        if lex.result.search(s.text)
        for span in doc.find(lex.number, within=s)
    ]


# (The experiential 〜たことがあります tells one past event too: 「過払いを防いだことがあります」.)
_PAST_END = lazy_re.compile(
    r"(た|ました|でした|だった|(た|だ)ことが(あります|ある|ございます))[。！!」]*$"
)


def told_past(text: str) -> bool:
    """A sentence's ``text`` ends in the past tense (_PAST_END, after its closing stops and
    quotes): what was, not what lies ahead."""
    return _PAST_END.search(text.rstrip(" 　。！？!?」』")) is not None


# A habit or a stretch of time, not one event: 常に…, and 〜てきました (a role held, effort
# kept up: 「部員をまとめてきました」「三年間続けてきました」), which tells a period, not an episode
# (not できました: 「解決できました」「発表することができました」).
_HABITUAL = lazy_re.compile(
    r"常に|いつも|普段から|日頃から|ことが多|どんな[^。]{0,12}(でも|も)|どのような[^。]{0,12}(でも|も)"
    r"|(大切|心がけ|心掛け|意識|モットー)に?(して|し)(きました|まいりました)"
)


_PERIOD_END = lazy_re.compile(
    r"(?<![がもはとに一-龥])[てで](きました|きた|まいりました|参りました)[。！!」]*$"
)


def habitual(text: str) -> bool:
    """A habit or a period told (常に…, 〜てきました), not one event."""
    return _HABITUAL.search(text) is not None or _PERIOD_END.search(text[-16:]) is not None


@per_doc
def kept_up(doc: Doc, *, apart: Matcher | None = None) -> bool:
    """A stretch of one's own work or effort told (a sentence ending in 〜てきました,
    〜てまいりました: 「法人営業に携わってまいりました」, not a setback gone through), or a way
    of working held now (「…提案を心がけております」): the candidate speaks of themself, as a
    self-PR does, though it tells no one event. ``apart``: sentences naming it (the company
    applied to: 「御社のアプリを5年使ってきました」, a customer's years) tell none."""
    told = [s for s in doc.sentences if apart is None or apart.search(s.text) is None]
    if any(_kept_up_said(s.text) and not _suffered(doc, s) for s in told):
        return True
    # (or a way of working held now: 「お客様に合わせた提案を心がけております」)
    return any(_ATTITUDE.search(s.text) for s in told)


# 〜てきました, 〜てまいりました anywhere in the sentence (「向き合ってきた経験があります」
# 「携わってまいりましたので、」), not できました.
_KEPT_UP = lazy_re.compile(
    r"(?<![がもはとに一-龥])[てで](きました|きた(経験|こと|ので|ため)|まいりました|参りました)"
)


def _kept_up_said(text: str) -> bool:
    """_KEPT_UP in ``text``: every match holds きま, きた, まいり or 参り (a few `in` tests in C
    turn away most sentences; the regex, which opens on a lookbehind, tries every position)."""
    if "きま" not in text and "きた" not in text and "まいり" not in text and "参り" not in text:
        return False
    return _KEPT_UP.search(text) is not None


_ATTITUDE = lazy_re.compile(
    r"(心がけ|心掛け|意識し|大切にし|大事にし|重視し|徹底し|努め)て(い|お)ります"
)


@per_doc
def _suffered(doc: Doc, sent: Sentence) -> bool:
    """The sentence's last verb before 〜てきました is a problem met (the polarity dictionary's
    experiences, semantics.setbacks: 「悩んできました」「苦しんできました」): what one went
    through, not one's work."""
    met = setbacks()
    ws, begins = doc.words, doc.begins
    for i in range(bisect_left(begins, sent.end) - 1, bisect_left(begins, sent.start) - 1, -1):
        w = ws[i]
        if w.pos == "動詞" and w.normalized not in ("来る", "参る"):
            return w.lemma in met
    return False


def _episode_sentences(doc: Doc) -> list[Sentence]:
    """Sentences that tell something that happened: past tense, not a habit (常に…してきました
    is a claim about oneself, not an episode)."""
    return [s for s in doc.sentences if _PAST_END.search(s.text) and not habitual(s.text)]


_CONCESSION = lazy_re.compile(r"(た|でした|ました)(が|けれど|けれども)、|ものの、")


def _setback(doc: Doc) -> Span | None:
    """A problem met, then conceded (「資格試験で不合格が続きましたが、」「慣れない作業に
    戸惑いましたが、」): the situation of an episode, read with the polarity dictionary."""
    met = setbacks()
    for sent in doc.sentences:
        conceded = _CONCESSION.search(sent.text)
        if conceded is None:
            continue
        end = sent.start + conceded.start()
        i = bisect_left(doc.begins, sent.start)
        while i < len(doc.words) and doc.ends[i] <= end:
            if doc.words[i].lemma in met:
                return doc.span(sent.start, end)
            i += 1
    return None
