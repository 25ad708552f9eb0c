"""How much of an answer shows knowledge of this company, not just of its industry
(company_specifics): the profile's words, compounds and quoted names found in the answer,
leaving out what is said of the industry or of the candidate's own past."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.content.conditions import (
    condition_as_setting,
    headed_by_other,
    is_condition,
)
from furikaeri.analyzer.content.profile import (
    _CONTENT_POS2,
    _QUOTED,
    _name_terms,
    _profile_groups,
    _profile_knowledge,
    _profile_slogans,
)
from furikaeri.analyzer.content.slogans import _slogan_names, _slogans
from furikaeri.analyzer.doc import CLAUSE, Doc, Sentence
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Company, Span
from furikaeri.nlp import Word, fold, synonym_groups
from furikaeri.patterns import Matcher, matcher


def _groups(word: Word, ml: object, i: int) -> frozenset[int]:
    groups = word.groups
    return groups if groups is not None else synonym_groups(word, ml[i])  # type: ignore[index]


def _nouns(doc: Doc) -> tuple[list[int], set[str]]:
    """The indices of the answer's content nouns (_is_content) and the nouns it uses as an
    industry (食品業界 → 食品), read in one pass over its words."""
    toks = doc.words
    found: tuple[list[int], set[str]] | None = doc.memo.get("nouns")
    if found is not None:
        return found
    content: list[int] = []
    industry: set[str] = set()
    industry_ends = _industry()
    for i, t in enumerate(toks):
        if t.pos == "名詞" and t.pos2 in _CONTENT_POS2 and len(t.surface) >= 2:
            content.append(i)
        if i and t.surface in industry_ends and toks[i - 1].pos == "名詞":  # 業: a suffix too
            k = i - 1  # the whole noun run (ボード+ゲーム+業界)
            while k >= 0 and toks[k].pos == "名詞" and i - k <= 3:
                industry.add(toks[k].normalized)
                k -= 1
    doc.memo["nouns"] = content, industry
    return content, industry


@cache
def _industry() -> tuple[str, ...]:
    """Words after a noun that make it a field, not this company (ボードゲーム業界)."""
    return tuple(lexicon().raw["motivation"]["industry_suffixes"])


# A score at which motivation() no longer asks whether the product is only praised: more
# knowledge of the company changes nothing, so synonyms are not looked up past it.
_SURE = 4


def company_specifics(
    doc: Doc, company: Company | None, *, enough: int = _SURE, turned: bool = False
) -> tuple[int, list[Span]]:
    """How much of the answer shows knowledge of this company, not just of its industry:
    a score (each distinct term 1, a quoted name or business phrase 2) and the spans.
    Synonyms of the profile's terms are looked up only while the score is below ``enough``.
    ``turned``: the answer tells another question's answer (a career, 「家電量販店で6年間販売を
    担当してきました」): only a sentence that names the company shows knowledge of it; the
    profile's words in the rest are the candidate's own trade."""
    content, industry = _nouns(doc)
    skip = _name_terms(company) | industry
    weights: dict[str, int] = {}
    spans: list[Span] = []
    slogans = _slogans(doc)
    if company and company.profile:  # the profile's own slogans, quoted or not in the answer
        for phrase in _profile_slogans(company.profile):
            at = doc.folded.find(phrase)
            if at >= 0:
                slogans.append((max(0, at - 1), at + len(phrase) + 1))

    names = _slogan_names()

    famed = _famed_names(doc, company)

    untold = _unnamed(doc, company) if turned and company else []
    # (a condition told as the setting of what the sentence tells, or of whom a service is for:
    # 「夜勤の親御さん」, as the profile reads it, conditions.condition_as_setting)
    settings = {
        doc.words[i].normalized
        for i in content
        if is_condition(doc.words[i].normalized) and condition_as_setting(doc.words, i)
    }

    def add(span: Span, key: str, weight: int) -> None:
        if (is_condition(key) and not headed_by_other(key) and key not in settings) or key in names:
            return  # benefits, hours (not 家賃保証: a guarantee); the word スローガン itself
        if untold and _within(span.start, untold):
            return
        if famed and any(a <= span.start and span.end <= b for a, b in famed):
            return  # a product named only as what the company is known for
        if slogans and any(a <= span.start and span.end <= b for a, b in slogans):
            key, weight = "\0slogan", 1  # all of a slogan: it fits any company choosing it
        weights[key] = max(weights.get(key, 0), weight)
        spans.append(span)

    profile = fold(company.profile) if company and company.profile else ""
    for m in _QUOTED.finditer(doc.folded):
        if _own_stance(doc.folded, m) and fold(m.group(1)) not in profile:
            continue  # the candidate's own 軸 or 思い quoted, nothing of the company
        if fold(m.group(1)) not in skip:
            add(doc.span(m.start(), m.end()), fold(m.group(1)), 2)
    if company and company.profile:
        terms, compounds, quotes = _profile_knowledge(company.profile)
        toks, begins, ends = doc.words, doc.begins, doc.ends
        # A word the profile shares, said of the industry or of the candidate's own past, is no
        # knowledge of this company (「住宅業界の中でも、リフォームは…仕事」「子どもの頃から
        # 釣りに行き」): words count in the other sentences only.
        if any(toks[i].normalized in terms for i in content):
            content = _outside(doc, content, _not_of_company(doc, company))
        for i in content:
            word = toks[i].normalized
            if word in terms and word not in skip:
                add(doc.span(begins[i], ends[i]), word, 1)
        for phrase in (compounds | quotes) - skip:
            at = doc.folded.find(phrase)
            elsewhere = _not_of_company(doc, company) if at >= 0 else []
            while phrase not in quotes and at >= 0 and _of_field(doc, at, phrase, elsewhere):
                at = doc.folded.find(phrase, at + 1)
            if at >= 0:
                add(doc.span(at, at + len(phrase)), phrase, 2)
        groups = _profile_groups(company.profile)
        if groups and _distinct_score(weights) < enough:
            # the profile's word in other words (取り付け for 設置): one Sudachi synonym group
            ml = doc.morphemes
            for i in content:
                word = toks[i].normalized
                if word in terms or word in skip:
                    continue
                if not groups.isdisjoint(_groups(toks[i], ml, i)):
                    add(doc.span(begins[i], ends[i]), word, 1)
    elif not spans:
        for t, begin, end in zip(doc.words, doc.begins, doc.ends, strict=True):
            if t.pos2 == "固有名詞" and t.normalized not in skip:
                add(doc.span(begin, end), t.normalized, 1)
    return _distinct_score(weights), spans


def _famed_names(doc: Doc, company: Company | None) -> list[tuple[int, int]]:
    """The product names (quoted in the answer, or the profile's quoted names) said in a
    sentence that tells only that the company is known ([concepts] fame: 有名, 知名度, 定評;
    知る in the passive): 「「まろやかプリン」でも有名で」 is the company's fame, no knowledge
    of its business."""
    sentences = [s for s in doc.sentences if _fame_told(doc, s)]
    if not sentences:
        return []
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.folded)]
    if company and company.profile:
        for q in _profile_knowledge(company.profile)[2]:
            at = doc.folded.find(q)
            while at >= 0:
                spans.append((at, at + len(q)))
                at = doc.folded.find(q, at + 1)
    return [(a, b) for a, b in spans if any(s.start <= a < s.end for s in sentences)]


def _fame_told(doc: Doc, sent: Sentence) -> bool:
    """The sentence says the company is known: a word of [concepts] fame, or 知る in the
    passive (知られる)."""
    ws, ml, begins = doc.words, doc.morphemes, doc.begins
    fame = concept("fame")
    for i in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end)):
        w = ws[i]
        if w.pos in ("名詞", "形状詞", "形容詞") and fame.has_word(w, ml, i):
            return True
        if (
            w.normalized == "知る"
            and i + 1 < len(ws)
            and ws[i + 1].pos == "助動詞"
            and ws[i + 1].lemma in ("れる", "られる")
        ):
            return True
    return False


@cache
def _stance() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[motivation].own_stance after a quote (「…」という軸) or before it (軸は「…」)."""
    nouns = lexicon().raw["motivation"]["own_stance"]
    return re.compile(f"^(という|との|って)?({nouns})"), re.compile(f"({nouns})(は|が|として)?$")


def _own_stance(text: str, quote: re.Match[str]) -> bool:
    """The quoted phrase is named as the candidate's own stance (「…」という軸, 軸は「…」)."""
    after, before = _stance()
    return bool(after.search(text[quote.end() :]) or before.search(text[: quote.start()]))


def _not_of_company(doc: Doc, company: Company) -> list[Sentence]:
    """Sentences about the industry (業界, 「〜は…仕事です」) or the candidate's own past
    (「子どもの頃から」「学生時代は」) that name neither the company (御社, its name) nor one of
    the profile's quoted names ([motivation].industry_sentence, own_history)."""
    found = doc.memo.get("not_of_company")
    if found is not None:
        return list(found)
    industry, history = _sentence_pattern("industry_sentence"), _sentence_pattern("own_history")
    names = [q for q in _profile_knowledge(company.profile or "")[2] if len(q) >= 2]
    names += [n for n in _name_terms(company) if len(n) >= 2]

    def names_it(text: str) -> bool:
        return _addressed(text) or any(n in text for n in names)

    out: list[Sentence] = []
    for sent in doc.sentences:
        if not names_it(sent.text):
            if industry.search(sent.text) or (
                history.search(sent.text) and not _lived(doc, sent, company)
            ):
                out.append(sent)
            continue
        # a sentence that turns to the company: the clauses before the turn may still tell the
        # field (「日本のものづくりは世界に誇れる産業であり、その中でも貴社は」)
        for m in CLAUSE.finditer(sent.text):
            clause = m.group()
            if names_it(clause):
                break
            if industry.search(clause) or history.search(clause):
                start = sent.start + m.start()
                out.append(Sentence(start, sent.start + m.end(), clause))
    doc.memo["not_of_company"] = out
    return out


def _lived(doc: Doc, sent: Sentence, company: Company) -> bool:
    """A sentence of the candidate's own past that holds two distinct terms of the profile or
    more (「学生時代に伊豆の民泊を手伝い、…漁港の朝市の見学だった」 for a tour company of 伊豆's
    fishing ports and morning markets), taken up again in a later sentence that names the
    company ([motivation] taken_up: 「…御社でこそ、その経験を活かせる」): the candidate lived
    what the company does and ties it to the company, no hobby the field happens to share
    (「子どもの頃から父と釣りに行き、…ルアー釣りにはまりました。御社は釣り具業界の…」)."""
    later = [s for s in doc.sentences if s.start >= sent.end and _addressed(s.text)]
    if not any(_sentence_pattern("taken_up").search(s.text) for s in later):
        return False
    terms = _profile_knowledge(company.profile or "")[0]
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    shared = {ws[i].normalized for i in _nouns(doc)[0] if lo <= i < hi} & terms
    return len(shared) >= 2


def _unnamed(doc: Doc, company: Company) -> list[Sentence]:
    """The sentences that name neither the company (御社, its whole name: a part of it, システム
    of ミライシステム, is a word of the trade too) nor one of the profile's quoted names."""
    names = [q for q in _profile_knowledge(company.profile or "")[2] if len(q) >= 2]
    names += [max(_name_terms(company), key=len, default="")][: 1 if company.name else 0]
    return [s for s in doc.sentences if not (_addressed(s.text) or any(n in s.text for n in names))]


def _of_field(doc: Doc, at: int, phrase: str, elsewhere: list[Sentence]) -> bool:
    """A profile compound at ``at`` said of the field, not of this company: before 業界
    (「ボードゲーム業界」), or, in a sentence on the industry or the candidate's past, as a
    modifier of the candidate's own thing (「ボードゲームサークル」; 「親子釣り教室に参加した」
    names the company's programme)."""
    end = at + len(phrase)
    if doc.folded.startswith(_industry(), end):
        return True
    if not _within(at, elsewhere):
        return False
    i = bisect_left(doc.begins, end)
    return i < len(doc.words) and doc.begins[i] == end and doc.words[i].pos == "名詞"


def _within(at: int, sentences: list[Sentence]) -> bool:
    return any(s.start <= at < s.end for s in sentences)


def _outside(doc: Doc, indices: list[int], sentences: list[Sentence]) -> list[int]:
    """The word indices that lie in none of ``sentences``."""
    if not sentences:
        return indices
    begins = doc.begins
    return [i for i in indices if not any(s.start <= begins[i] < s.end for s in sentences)]


@cache
def _sentence_pattern(key: str) -> Matcher:
    return matcher(lexicon().raw["motivation"][key])


def _addressed(text: str) -> bool:
    """The sentence names the company addressed (御社, 貴社: the motivation topic's addressee)."""
    found = _addressee()
    return found is not None and found.search(text) is not None


@cache
def _addressee() -> Matcher | None:
    topic = next((t for t in lexicon().topics if t.name == "motivation"), None)
    return topic.addressee if topic is not None else None


def _distinct_score(weights: dict[str, int]) -> int:
    """Sum of weights, counting a term inside a longer matched phrase only once
    (『ハコブン』 and ハコブン are one thing)."""
    keys = sorted(weights, key=len, reverse=True)
    kept: list[str] = []
    for k in keys:
        if not any(k in longer for longer in kept):
            kept.append(k)
    return sum(weights[k] for k in kept)
