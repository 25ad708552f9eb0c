"""Why the candidate left: negative_reason.blame and short_tenure.unexplained."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import Any

from furikaeri import lazy_re
from furikaeri.analyzer.blame.attempts import tried_and_forward
from furikaeri.analyzer.blame.complaints import (
    _constructive,
    _constructive_after,
    complaint_spans,
    friction_spans,
    placement_facts,
)
from furikaeri.analyzer.blame.targets import _is_concept, names_employer, negative_words
from furikaeri.analyzer.denial import blanked, negates, negation_forms
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.readings import disclaimed, stated_stay, worn_out
from furikaeri.analyzer.semantics import concept, polarity, setbacks
from furikaeri.analyzer.types import Finding, Span, Strength
from furikaeri.nlp import Word
from furikaeri.patterns import Matcher, matcher


def complaints(doc: Doc, *, within: list[Sentence] | None = None) -> list[Span]:
    """Spans that complain about the former employer (stock phrases and the sentence analysis
    of blame/), leaving out denied ones (「不満があったわけではありません」) and those
    followed by the candidate's own action on the problem. ``within``: at least every one
    that starts in those sentences (the sentence analysis reads only the sentences such a
    span can come from: complaint_spans), for a caller that looks no further."""
    if "complaints" in doc.memo:
        return list(doc.memo["complaints"])
    lex = lexicon()
    phrases = [
        doc.span(m.start(), m.end())
        for pattern in (lex.blame_phrases, lex.blame)
        for m in pattern.finditer(doc.folded)
        if not _constructive_after(doc, _sentence_of(doc, m.start()), m.end())
    ]
    spans = [
        *phrases,
        *_targeted(doc),
        *friction_spans(doc),
        *complaint_spans(doc, within=within),
        *_unsubjected(doc),
    ]
    facts = placement_facts(doc) if spans else []
    spans = [
        s
        for s in spans
        if not any(f.start <= s.start < f.end or s.start <= f.start < s.end for f in facts)
    ]
    found = [s for s in spans if not _negated(doc.folded, s.end) and not _set_aside(doc, s)]
    if within is None:  # (a part is no answer for the next caller)
        doc.memo["complaints"] = found
    return list(found)


def _unsubjected(doc: Doc) -> list[Span]:
    """A word that judges negatively whatever its target ([concepts] negative_words: ブラック,
    最悪, 理不尽) told as its sentence's predicate (an adjective not before a noun, a noun before a
    copula or 過ぎる: [grammar] copulas, excess) with no subject named before it (no word before
    は, が, も, って: [grammar] topic_particles) and no modifier (「自分のせいです」): said of the
    former job, it judges the workplace the answer is about (「正直ブラックでした」「ブラック
    すぎて無理でした」), unlike 「体調が最悪でした」."""
    judging, ws = negative_words(), doc.words
    copulas, excess, subject = grammar("copulas"), grammar("excess"), grammar("topic_particles")
    out = []
    for sent in doc.sentences:
        lo, hi = bisect_left(doc.begins, sent.start), bisect_left(doc.begins, sent.end)
        for i in range(lo, hi):
            w = ws[i]
            if w.pos == "助詞" and w.surface in subject:
                break  # (a subject named: what follows judges it, as complaint_spans reads)
            if w.lemma not in judging and w.normalized not in judging:
                continue
            nxt = ws[i + 1] if i + 1 < hi else None
            before = ws[i - 1] if i > lo else None
            if before is not None and (before.pos == "名詞" or before.surface == "の"):
                continue  # (a compound, or a modifier: 「自分のせい」)
            if w.pos == "形容詞":
                told = nxt is None or nxt.pos not in ("名詞", "代名詞")
            else:
                told = nxt is not None and (nxt.lemma in copulas or nxt.normalized in excess)
            if told and not _denied_here(ws, i, hi):
                # (the word, with 過ぎる after it: 「ブラックすぎ」「ひどすぎ」)
                last = i + 1 if nxt is not None and nxt.normalized in excess else i
                out.append(doc.span(doc.begins[i], doc.ends[last]))
    return out


def _denied_here(ws: list[Word], i: int, stop: int) -> bool:
    """The predicate at ``i`` is denied before its clause goes on (「ひどくはなかった」「ブラック
    じゃありません」; not 「ひどすぎて耐えられなかった」: the denial after て is another verb's)."""
    being = grammar("existence_verbs")
    for w in ws[i + 1 : stop]:
        verb = w.pos == "動詞" and w.normalized not in being  # (ありません: the denial's own)
        if w.pos in ("補助記号", "名詞") or w.pos2 == "接続助詞" or verb:
            return False
        if negates(w.normalized, w.pos):
            return True
    return False


def _targeted(doc: Doc) -> list[Span]:
    """Expressions that complain only of someone ([blame].targeted: 見切りをつける), where
    their sentence names the former employer or its people (concepts employer, people); a
    relationship that did not go well ([blame].relation_failed), where its clause names a
    person of the workplace (「師長との関係が」, not 「職場の人間関係が」: _names_person)."""
    found = [
        doc.span(m.start(), m.end())
        for m in lexicon().blame_targeted.finditer(doc.folded)
        if names_employer(doc, _sentence_of(doc, m.start()))
    ]
    if "うま" in doc.folded or "上手" in doc.folded:
        found += [
            doc.span(m.start(), m.end())
            for m in _relation_failed().finditer(doc.folded)
            if _names_person(doc, doc.span(m.start(), m.end()))
        ]
    return [s for s in found if not _constructive_after(doc, _sentence_of(doc, s.start), s.end)]


@cache
def _relation_failed() -> Matcher:
    return matcher(lexicon().raw["blame"]["relation_failed"])


def _names_person(doc: Doc, span: Span) -> bool:
    """The span's clause names a person of the workplace ([concepts] people, less vague_people:
    人間関係, 周り name no one)."""
    vague = lexicon().raw["concepts"]["vague_people"]
    return any(
        doc.words[i].pos == "名詞"
        and _is_concept(doc, i, "people")
        and doc.words[i].normalized not in vague
        for i in _clause_words(doc, span)
    )


def _sentence_of(doc: Doc, at: int) -> Sentence:
    return next((s for s in doc.sentences if s.start <= at < s.end), Sentence(at, at, ""))


def _set_aside(doc: Doc, span: Span) -> bool:
    """The complaint's sentence opens by setting what came before aside ([blame].set_aside:
    「ただ、それ自体よりも」) to name the real issue, judges no one, and the candidate's own
    action follows in a later sentence ([concepts].constructive)."""
    sent = _sentence_of(doc, span.start)
    if not _set_aside_pattern().match(sent.text) or judges(doc, span):
        return False
    return any(s.start >= sent.end and _constructive().search(s.text) for s in doc.sentences)


@cache
def _set_aside_pattern() -> Matcher:
    return matcher(lexicon().raw["blame"]["set_aside"])


def judges(doc: Doc, span: Span) -> bool:
    """A word of the span is a negative evaluation (the polarity dictionary, [blame]
    negative_words)."""
    pol, judging = polarity(), negative_words()
    words, begins, ends = doc.words, doc.begins, doc.ends
    i = bisect_left(begins, span.start)
    while i < len(words) and ends[i] <= span.end:
        w = words[i]
        if w.lemma in judging or pol.of(w.lemma, noun=w.pos == "名詞") < 0:
            return True
        i += 1
    return False


def _negated(text: str, end: int) -> bool:
    """Denied right after (「…わけではなく」) or pointed back at as not the reason
    (「…もありましたが、それが理由ではありません」)."""
    lex = lexicon()
    after = text[end : end + 80]
    return lex.negation.match(after) is not None or lex.denial.match(after) is not None


def blame(doc: Doc, *, named: bool = False) -> list[Finding]:
    """``named``: only complaints in a sentence that names the employer or its people (an
    answer to another question about the former job: 「どんな仕事も大変なのは当たり前」 there
    judges no one)."""
    spans = complaints(doc)
    if named:
        spans = [s for s in spans if names_employer(doc, _sentence_of(doc, s.start))]
    if spans and _disclaimed(doc):
        spans = [s for s in spans if _of_people(doc, s)]
    if spans:
        spans = _background_dropped(doc, spans)
    spans = [s for s in spans if not _own_expectation(doc, s)]
    if spans and lexicon().tenure_present.search(doc.folded):
        spans = [s for s in spans if not _illness_told(doc, s)]
    if spans and _reported(doc, spans):
        return []
    return [finding("negative_reason.blame", spans)] if spans else []


def _background_dropped(doc: Doc, spans: list[Span]) -> list[Span]:
    """Less the complaints told before a goal that follows the candidate's own attempt to change
    things (blame/attempts.py: 「方針に疑問を感じ…上司にも相談し…試しましたが…認められません
    でした。…に取り組みたい」), unless they judge people or the treatment, or are complaints by
    themselves ([blame] phrases and patterns: もう限界, ついていけない)."""
    goal = tried_and_forward(doc)
    if goal is None:
        return spans
    fixed = lexicon().blame
    return [
        s
        for s in spans
        if s.start >= goal
        or _of_people(doc, s)
        or _of_treatment(doc, s)
        or fixed.search(doc.folded[s.start : s.end])
    ]


def _disclaimed(doc: Doc) -> bool:
    """Complaints set aside outright or the former place praised before its but ([blame]
    disclaimed_*, read on Sudachi morphemes by readings.disclaimed), and a wish told (〜たい, by
    Sudachi POS): what the answer regrets is read as a limit of the work, not as blame."""
    if disclaimed(doc) is None:
        return False
    return any(w.pos == "助動詞" and w.lemma == "たい" for w in doc.words)


def _illness_told(doc: Doc, span: Span) -> bool:
    """The complaint's sentence tells an illness it caused ([short_tenure] health_patterns:
    「長時間労働が続いたことで体調を崩し」), the answer tells the present state (read by the
    caller: [short_tenure] present_patterns, 回復, 治療を終え), and the complaint judges no one:
    no predicate of negative evaluation nor a word of [concepts] negative_words in it (a noun the
    dictionary marks, 長時間労働, names the load), and none of the employer's people in its
    clause. The load is told as the cause of the illness, the reason for leaving, not as a
    grievance."""
    sent = _sentence_of(doc, span.start)
    if not lexicon().tenure_health.search(sent.text):
        return False
    pol, judging = polarity(), negative_words()
    begins, ends = doc.begins, doc.ends
    i = bisect_left(begins, span.start)
    while i < len(doc.words) and ends[i] <= span.end:
        w = doc.words[i]
        if w.lemma in judging or (w.pos != "名詞" and pol.of(w.lemma, noun=False) < 0):
            return False
        i += 1
    return not any(
        doc.words[i].pos == "名詞" and _is_concept(doc, i, "people")
        for i in _clause_words(doc, span)
    )


def _own_expectation(doc: Doc, span: Span) -> bool:
    """The complaint's sentence measures the job against the candidate's own expectation
    ([blame].expectation: 「思っていた仕事と違い」「思っていたより…重く」) and judges neither the
    employer, its people nor the treatment: a mismatch, which short_tenure reads, not blame."""
    sent = _sentence_of(doc, span.start)
    if not lexicon().blame_expectation.search(sent.text):
        return False
    if _of_people(doc, span) or names_employer(doc, sent):
        return False
    begins = doc.begins
    return not any(
        _is_concept(doc, i, *lexicon().raw["blame"]["disclaimed_concepts"])
        for i in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end))
    )


def _of_people(doc: Doc, span: Span) -> bool:
    """The complaint is one by itself ([blame] phrases: パワハラ, 不信感), or its clause (between
    、 and the sentence's ends) names the employer's people ([concepts] people: 上司, 同僚)."""
    if lexicon().blame_phrases.search(doc.folded[span.start : span.end]):
        return True
    return any(
        doc.words[i].pos == "名詞" and _is_concept(doc, i, "people")
        for i in _clause_words(doc, span)
    )


def _of_treatment(doc: Doc, span: Span) -> bool:
    """The complaint's clause names the pay, hours or leave ([blame] disclaimed_concepts)."""
    treatment = lexicon().raw["blame"]["disclaimed_concepts"]
    return any(_is_concept(doc, i, *treatment) for i in _clause_words(doc, span))


def _clause_words(doc: Doc, span: Span) -> range:
    """The word indices of the span's clause (between 、 and the sentence's ends)."""
    text = doc.folded
    sent = _sentence_of(doc, span.start)
    start = max(text.rfind("、", sent.start, span.start) + 1, sent.start)
    cut = text.find("、", span.end, sent.end)
    end = cut if cut >= 0 else sent.end
    return range(bisect_left(doc.begins, start), bisect_left(doc.begins, end))


# A lesson denied right after its words (「何も身につかない」「学べませんでした」): none gained.
_NOT_GAINED = lazy_re.compile(r"[かきけべ]?(ない|なかった|ません|ず)")


def _reported(doc: Doc, spans: list[Span]) -> bool:
    """What happened at the former job told as facts, then what the candidate made of it: no
    word of the complaints judges (a negative evaluation of the polarity dictionary, or one of
    [blame] negative_words), and the answer tells, outside them, what was learned or gained
    ([short_tenure].lesson_patterns: 「聞き取る力が身につきました」「この経験から…確認して
    います」). A promise broken reported so (「設計職と聞いていましたが営業に配属され、あと
    2年と言われました」), with one's own effort after it, is no blame."""
    lessons = [
        m
        for m in _pattern("lesson_patterns").finditer(doc.folded)
        if not any(s.start <= m.start() < s.end for s in spans)
        and not _NOT_GAINED.match(doc.folded, m.end())
        and not _wished(doc, m.end())
    ]
    return bool(lessons) and not any(judges(doc, s) for s in spans)


def _wished(doc: Doc, end: int) -> bool:
    """The verb whose letters end at ``end`` goes on with the auxiliary of a wish (たい, by
    Sudachi POS: 「一から学びたい」「身につけたい」): something to learn next, none learned."""
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, end)  # (the word after the one ``end`` falls in or closes)
    while i < len(ws) and ws[i].pos == "動詞" and ws[i].pos2 == "非自立可能":
        i += 1  # (学んでいきたい: いく before たい)
    while i < len(ws) and ws[i].surface in ("て", "で"):
        i += 1
        while i < len(ws) and ws[i].pos == "動詞" and ws[i].pos2 == "非自立可能":
            i += 1
    return i < len(ws) and ws[i].pos == "助動詞" and ws[i].lemma == "たい"


def forward_looking(doc: Doc, *, blamed: bool) -> list[Strength]:
    lex = lexicon()
    if blamed:
        return []
    spans = [doc.sentence_span(s) for s in doc.sentences if lex.forward.search(s.text)]
    return [strength("strength.forward_looking", spans[:1])] if spans else []


def short_tenure(doc: Doc) -> tuple[list[Finding], list[Strength]]:
    lex = lexicon()
    reason = (
        _concrete_reason(doc)
        or next(iter(placement_facts(doc)), None)
        or _read_reason(doc)
        or _calling(doc)
        or worn_out(doc)  # (「体力的に続かず」「腰を痛めてしまい」: the body gave out)
    )
    future = _future(doc)
    if reason is None and future is not None and _learned_and_next(doc, besides=future):
        # fit (合わなかった), with what was learned and what comes next
        reason = doc.first(_pattern("weak_reason_patterns"))
    if (
        reason
        and (lex.tenure_health.search(doc.folded) or worn_out(doc, harmed=True))
        and not _other_reason(doc)
    ):  # (an illness, read only when a reason is given)
        # An illness is explained only with the present state: recovered, able to work.
        future = doc.first(lex.tenure_present)
    withheld_only = _withheld_only(doc)  # read once: the present's check and the evidence
    if reason and future and withheld_only:
        # a circumstance withheld (家庭の事情): the present must say it is resolved, too
        future = future if doc.first(lex.tenure_present) else None
    if reason and future:
        return [], [strength("strength.commitment", [future])]
    if _pattern("complete_patterns").search(doc.folded):
        return [], []  # an end agreed in advance (契約満了): nothing more to explain
    # the circumstances withheld (家庭の事情) are the evidence when they are all the reason given
    evidence = (
        doc.find(lex.tenure_vague)
        or (doc.find(_pattern("withheld_patterns")) if withheld_only else [])
        or doc.opening()
    )
    return [finding("short_tenure.unexplained", evidence)], []


def _future(doc: Doc) -> Span | None:
    """The first word on the present and the future ([short_tenure].future_patterns), less a
    word of staying long that its own clause denies ([short_tenure].stay_long: 「長くいられる
    環境ではありませんでした」 judges the former place); else a plan told (_plan)."""
    stay = _pattern("stay_long")
    for m in lexicon().tenure_future.finditer(doc.folded):
        if m.end() == m.start():
            continue
        if stay.search(doc.folded[m.start() : m.end()]) and _denied_clause(doc, m.end()):
            continue
        return doc.span(m.start(), m.end())
    return _plan(doc)


def _plan(doc: Doc) -> Span | None:
    """A plan told: a sentence that names the time ahead ([short_tenure].ahead: 今後, これから,
    次は, 御社では) and closes, after it, on a verb neither past nor denied (Sudachi POS: 「これ
    からは…立場を目指します」「次は…仕事を続けていきます」「今後は…経験を積んでまいります」):
    what the candidate will do next, in any verb but one of trouble met. From the time word to
    the sentence's end."""
    ahead = _pattern("ahead")
    for sent in doc.sentences:
        m = ahead.search(sent.text)
        if m is not None and _closes_on_act(doc, sent.start + m.end(), sent.end):
            return doc.span(sent.start + m.start(), sent.end)
    return None


def _closes_on_act(doc: Doc, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` close on a verb (its auxiliary verbs after て: いく,
    まいる, いる; a noun of intent after it, [short_tenure] intent_nouns: 所存, つもり), then only
    auxiliaries that are neither the past た nor a negation, and sentence-final particles and
    stops (「目指します」「続けていきます」「成長していく所存です」, not 「目指しました」
    「決まっていません」)."""
    ws, begins = doc.words, doc.begins
    lo, k = bisect_left(begins, start), bisect_left(begins, end) - 1
    while k >= lo and (ws[k].pos in ("補助記号", "空白") or ws[k].pos2 == "終助詞"):
        k -= 1
    k = _before_auxiliaries(ws, lo, k)
    if k > lo and ws[k].pos == "名詞" and ws[k].normalized in _intent_nouns():
        k = _before_auxiliaries(ws, lo, k - 1)  # (成長していく+所存+です)
    while k > lo and ws[k].pos2 == "非自立可能" and ws[k - 1].surface in ("て", "で"):
        k -= 2  # (続けて+いき, 積んで+まいり: the verb before the auxiliary verb)
    # (not a trouble met: 「これからどうするか迷っています」, semantics.setbacks)
    return k >= lo and ws[k].pos == "動詞" and ws[k].lemma not in setbacks()


def _before_auxiliaries(ws: list[Word], lo: int, k: int) -> int:
    """The index before the auxiliaries that end at ``k`` (down to ``lo``), or ``lo - 1`` when
    one of them is the past た or a negation (no plan told)."""
    while k >= lo and ws[k].pos == "助動詞":
        if ws[k].lemma == "た" or negates(ws[k].normalized, ws[k].pos):
            return lo - 1
        k -= 1
    return k


def stay_denied(doc: Doc) -> bool:
    """A word of staying long ([short_tenure].stay_long) that its own clause denies: the stay
    was short, or the place no place to stay (「長く勤めることができませんでした」)."""
    for m in _pattern("stay_long").finditer(doc.folded):
        if m.end() > m.start() and _denied_clause(doc, m.end()):
            return True
    return False


def _denied_clause(doc: Doc, end: int) -> bool:
    """The clause after ``end`` (up to 、 or 。, or the quotative と that closes it) holds a
    predicate (a noun, verb or adjective) and then a negation (Sudachi POS and normalized
    forms: ない, ん, 無い: 「勤められる職場ではない」「働けない」), or a word the polarity
    dictionary reads as negative or one of [short_tenure].impossible (「長く勤めるのは難しい」
    「無理だ」)."""
    ws, begins = doc.words, doc.begins
    pol = polarity()
    content = False
    for i in range(bisect_left(begins, end), len(ws)):
        w = ws[i]
        if w.surface in ("、", "。") or (w.pos == "助詞" and w.surface == "と" and content):
            return False
        if w.normalized in negation_forms() and w.pos in ("助動詞", "形容詞"):
            return content
        if content and (w.normalized in _impossible() or pol.of(w.lemma, noun=w.pos == "名詞") < 0):
            return True  # 「長く勤めるのは難しい」「続けるのは無理だ」
        if w.pos in ("名詞", "動詞", "形容詞"):
            content = True
    return False


@cache
def _impossible() -> frozenset[str]:
    return frozenset(lexicon().raw["short_tenure"]["impossible"])


def stay_stated(doc: Doc) -> bool:
    """A reason for leaving that tells a stay of months or less outright ([short_tenure]
    stay_*: 「入社5か月で退職しました」, read on Sudachi morphemes by readings.stated_stay):
    read for short_tenure as well."""
    return stated_stay(doc) is not None


def _concrete_reason(doc: Doc) -> Span | None:
    """The first concrete reason ([short_tenure].reason_patterns) not measured only against
    the candidate's own imagination (「想像していたものと違った」)."""
    lex = lexicon()
    imagined = _pattern("imagined")
    if imagined.search(doc.folded) is None:  # the common case: the first reason counts
        return doc.first(lex.tenure_reason)
    for m in lex.tenure_reason.finditer(doc.folded):
        sent = _sentence_of(doc, m.start())
        if not imagined.search(doc.folded[sent.start : m.end()]):
            return doc.span(m.start(), m.end())
    return None


def _read_reason(doc: Doc) -> Span | None:
    """A concrete reason read on Sudachi's analysis ([short_tenure.read]): a placement against
    the wish (「希望とは異なる部署に配属され」) or a decision made without checking the work
    (「よく確かめずに入社を決めた」); or the employer's end (_closed)."""
    closed = _closed(doc) or _unpaid(doc)
    if closed is not None:
        return closed
    read = lexicon().raw["short_tenure"]["read"]
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for sent in doc.sentences:
        first, stop = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
        for k in range(first, stop):
            if ws[k].normalized in read["wish"] and _against_wish(ws, k, stop, read):
                last = _next_of(ws, k, stop, read["placement"])
            elif ws[k].normalized in read["checking"] and _unchecked(ws, k, stop, read):
                last = _next_of(ws, k, stop, read["deciding"])
            else:
                continue
            if last is not None:
                return doc.span(begins[k], ends[last])
    return None


def _calling(doc: Doc) -> Span | None:
    """A field that caught the candidate, with a step toward it taken since: a noun and に,
    then a word of [concepts] calling (関心, 興味, 夢中; Sudachi synonyms too) in its clause
    (「プログラミングに強い関心を持ち」「Web制作に夢中になり」), and later in the answer a step
    of [concepts] qualified done, not planned (「…試験に合格しました」, not 「合格したい」
    「取得を目指して」). The field is named, not the work at large (「他の仕事に興味を持ち」:
    [concepts] work). From the field to the word of calling."""
    ws, ml, begins, ends = doc.words, doc.morphemes, doc.begins, doc.ends
    calling, work = concept("calling"), concept("work")
    for k, w in enumerate(ws):
        if w.pos not in ("名詞", "形状詞") or not calling.has_word(w, ml, k):
            continue
        field = _field_before(ws, k)
        if field is None or work.has_word(ws[field], ml, field):
            continue
        if _step_done(ws, ml, k):
            return doc.span(begins[field], ends[k])
    return None


def _field_before(ws: list[Word], k: int) -> int | None:
    """The noun before に that the word of calling at ``k`` takes, in its clause (a few words
    back: 「プログラミングに強い関心」)."""
    for j in range(k - 1, max(0, k - 5), -1):
        if ws[j].pos == "補助記号" or ws[j].pos2 == "接続助詞":
            return None
        if ws[j].pos == "助詞" and ws[j].surface == "に":
            return j - 1 if ws[j - 1].pos in ("名詞", "接尾辞") else None
    return None


def _step_done(ws: list[Word], ml: Any, k: int) -> bool:
    """After ``k``, a word of [concepts] qualified told as done: する after it, then neither a
    wish (たい) nor a plan (the volitional う, 目指す, 予定, つもり: 「合格を目指して」)."""
    qualified = concept("qualified")
    for n in range(k + 1, len(ws)):
        if not qualified.has_word(ws[n], ml, n):
            continue
        after = ws[n + 1 : n + 4]
        if not after or after[0].normalized != "為る":
            continue
        if not any(x.normalized in ("たい", "う", "目指す", "予定", "積もり") for x in after[1:]):
            return True
    return False


@cache
def _intent_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw["short_tenure"]["intent_nouns"])


def _closed(doc: Doc) -> Span | None:
    """The employer's end told: a word of [concepts] closure (倒産, 廃業, 閉鎖, 潰れる, 畳む;
    Sudachi synonyms too), after the employer or one of its sites named in its clause
    ([concepts] employer, sites: 「会社がつぶれてしまい」「店を畳むことになり」「勤めていた工場が
    閉鎖され」). From the employer's noun to the word of closure."""
    ws, ml, begins, ends = doc.words, doc.morphemes, doc.begins, doc.ends
    closure = concept("closure")
    named: int | None = None  # the employer named last in the clause
    for k, w in enumerate(ws):
        if w.pos == "補助記号" or w.pos2 == "接続助詞":
            named = None
            continue
        if w.pos not in ("名詞", "動詞"):
            continue
        if w.pos == "名詞" and _is_concept(doc, k, "employer", "sites"):
            named = k
        elif named is not None and closure.has_word(w, ml, k):
            return doc.span(begins[named], ends[k])
    return None


def _unpaid(doc: Doc) -> Span | None:
    """Pay held back: a word of [concepts] arrears (遅れる, 滞る, 遅配; Sudachi synonyms too)
    after a word of [concepts] pay in its clause (「給与の支払いが遅れるようになり」「給料の遅配が
    続き」). From the pay noun to the word of arrears."""
    ws, ml, begins, ends = doc.words, doc.morphemes, doc.begins, doc.ends
    pay, arrears = concept("pay"), concept("arrears")
    named: int | None = None  # the pay named last in the clause
    for k, w in enumerate(ws):
        if w.pos == "補助記号" or w.pos2 == "接続助詞":
            named = None
            continue
        if w.pos == "名詞" and pay.has_word(w, ml, k):
            named = k
        elif named is not None and w.pos in ("名詞", "動詞") and arrears.has_word(w, ml, k):
            return doc.span(begins[named], ends[k])
    return None


def _against_wish(ws: list[Word], k: int, stop: int, read: dict[str, Any]) -> bool:
    """The wish at ``k`` is followed closely by a difference (異なる), a negation (希望して
    いなかった) or the suffix of outside (希望外); or, past its own tail (していた, の), by a
    particle of contrast (「開発を希望していましたが、」: the placement follows), or by what it
    names and then the difference (「希望していた設計職ではなく」「希望の部署とは違う」)."""
    words = [*read["difference"], *negation_forms(), *read["outside"]]
    reach = read["reach"]
    if any(w.normalized in words for w in ws[k + 1 : min(stop, k + 1 + reach)]):
        return True
    j = k + 1
    while j < stop and (
        ws[j].pos == "助動詞"
        or (ws[j].pos == "動詞" and ws[j].pos2 == "非自立可能")
        or (ws[j].pos == "助詞" and ws[j].surface in ("て", "で", "の"))
    ):
        j += 1
    if j < stop and ws[j].pos2 == "接続助詞" and ws[j].surface in read["contrast"]:
        return True
    while j < stop and ws[j].pos in ("名詞", "接尾辞"):
        j += 1
    return any(w.normalized in words for w in ws[j : min(stop, j + reach)])


def _unchecked(ws: list[Word], k: int, stop: int, read: dict[str, Any]) -> bool:
    """The verb of checking at ``k`` is denied adverbially (調べずに, 確かめないまま, 考えずに
    決めた), not before a noun it modifies (「知らない土地」)."""
    if ws[k].pos not in ("動詞", "名詞"):
        return False
    for n in range(k + 1, min(stop, k + 3)):
        if ws[n].normalized in negation_forms():
            nxt = ws[n + 1] if n + 1 < stop else None
            return nxt is None or nxt.pos != "名詞" or nxt.normalized == "侭"
    return False


def _next_of(ws: list[Word], k: int, stop: int, words: list[str]) -> int | None:
    """The first word after ``k`` (before ``stop``) whose normalized form is one of ``words``."""
    return next((n for n in range(k + 1, stop) if ws[n].normalized in words), None)


def _learned_and_next(doc: Doc, *, besides: Span) -> bool:
    """A lesson drawn from the short stay ([short_tenure].lesson_patterns), not one that only
    promises to use the experience ([short_tenure].unlearned: 「この経験を今後に活かしたい」);
    the caller has found a word on what comes next, ``besides``: a lesson inside it (「退職後に
    資格を取得し」, a step since) is that word, not a second one."""
    return any(
        not _unlearned(doc.folded[m.start() : m.end() + 12], m.end() - m.start())
        and not besides.start <= m.start() < besides.end
        for m in _pattern("lesson_patterns").finditer(doc.folded)
    )


def _unlearned(text: str, length: int) -> bool:
    """``text`` opens on a lesson ``length`` long that only promises to use the experience."""
    m = _pattern("unlearned").search(text)
    return m is not None and m.start() < length


@cache
def _pattern(key: str) -> Matcher:
    return matcher(lexicon().raw["short_tenure"][key])


def _withheld_only(doc: Doc) -> bool:
    """Every concrete reason the answer gives lies in a circumstance withheld
    ([short_tenure].withheld_patterns: 家庭の事情, 一身上の都合, やむを得ず): blanked, no reason
    pattern matches any more, and none read on Sudachi's analysis either (_read_reason: 「給与の
    支払いが遅れ…やむを得ず退職」 tells what forced it)."""
    withheld = _pattern("withheld_patterns")
    spans = [m.span() for m in withheld.finditer(doc.folded)]
    if not spans:
        return False
    if lexicon().tenure_reason.search(blanked(doc.folded, spans)) is not None:
        return False
    return _read_reason(doc) is None


def _other_reason(doc: Doc) -> bool:
    """A concrete reason besides health (closure, family, a changed job)."""
    lex = lexicon()
    return any(
        not lex.tenure_health.search(doc.folded[m.start() : m.end()])
        for m in lex.tenure_reason.finditer(doc.folded)
    )
