"""What the answer says: motivation.generic (nothing of this company) and self_pr.abstract
(a strength with no episode)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache, lru_cache

from furikaeri import lazy_re
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding, strength
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import concept, normalized_words, setbacks
from furikaeri.analyzer.types import Company, Finding, Span, Strength
from furikaeri.nlp import Token, Word, fold, morphemes, synonym_groups, tokenize
from furikaeri.patterns import Matcher, literal_phrases, matcher
from furikaeri.vocabulary import legal_form_pattern

_QUOTED = lazy_re.compile(r"[『「]([^』」]{2,40})[』」]")
_LEGAL_FORM = lazy_re.compile(legal_form_pattern(groups=True))  # after fold(): ㈱ is (株)
_CONTENT_POS2 = ("普通名詞", "固有名詞")
_PROFILE_SENTENCE = lazy_re.compile(r"[^。！？!?\n]+[。！？!?\n]*")


def _is_content(t: Token | Word) -> bool:
    return t.pos == "名詞" and t.pos2 in _CONTENT_POS2 and len(t.surface) >= 2


def _terms(tokens: list[Token]) -> set[str]:
    stop = normalized_words("motivation", "stop_nouns")
    industry = normalized_words("motivation", "industry_nouns")
    return {t.normalized for t in tokens if _is_content(t)} - stop - industry


def _compounds(tokens: list[Token]) -> set[str]:
    """Runs of two or more adjacent nouns (嚥下+配慮+食): a business or product phrase; and the
    runs of two or more nouns inside a longer one that hold a term of their own (事業+承継 of
    事業+承継+コンサルティング: 「事業承継のご相談」 names the same business)."""
    out: set[str] = set()
    run: list[Token] = []
    for t in [*tokens, None]:
        if t is not None and t.pos == "名詞" and t.pos2 != "数詞":
            run.append(t)
            continue
        if len(run) >= 2:
            out |= _phrases_of(run)
        run = []
    return out


def _phrases_of(run: list[Token]) -> set[str]:
    """The run itself (four characters or more, not a stop noun), and its shorter runs of two
    nouns or more that hold a term (_terms: no stop or industry noun). A run headed by an
    industry noun (訪問+看護, 在宅+介護, 冷凍+食品) names a branch of the field, which every
    company in it offers, not this company's business: it is no phrase."""
    out: set[str] = set()
    stop = lexicon().stop_nouns
    industry = normalized_words("motivation", "industry_nouns")
    whole = "".join(x.surface for x in run)
    if len(whole) >= 4 and whole not in stop and run[-1].normalized not in industry:
        out.add(fold(whole))
    for i in range(len(run)):
        for j in range(i + 2, len(run) + 1):
            if j - i == len(run) or run[j - 1].normalized in industry:
                continue
            part = run[i:j]
            text = "".join(x.surface for x in part)
            if len(text) >= 4 and text not in stop and _terms(part):
                out.add(fold(text))
    return out


@lru_cache(maxsize=256)
def _profile_knowledge(profile: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Terms, noun compounds and quoted names of a company profile (cached: a batch repeats it).
    Sentences about working conditions (「年間休日125日、住宅手当・資格取得支援制度あり」) are
    left out whole: benefits are not the company's business, and their other words (年間, 取得,
    支援制度) would pass for knowledge of it. A condition that is only the setting of what the
    sentence tells (「夜勤の巡回方法を見直した」) does not make it one."""
    tokens: list[Token] = []
    for sentence in _PROFILE_SENTENCE.findall(profile):
        found = tokenize(sentence)
        if not any(
            _is_content(t) and is_condition(t.normalized) and not condition_as_setting(found, k)
            for k, t in enumerate(found)
        ):
            tokens += found
    quotes = frozenset(fold(q) for q in _QUOTED.findall(profile))
    return frozenset(_terms(tokens)), frozenset(_compounds(tokens)), quotes


@lru_cache(maxsize=256)
def _profile_groups(profile: str) -> frozenset[int]:
    """Sudachi synonym groups of the profile's terms (as _profile_knowledge reads them), so
    that an answer naming the same thing in other words shows knowledge of it too."""
    terms = _profile_knowledge(profile)[0]
    out: set[int] = set()
    for sentence in _PROFILE_SENTENCE.findall(profile):
        for m in morphemes(sentence):
            if m.normalized_form() in terms:
                out.update(m.synonym_group_ids())
    return frozenset(out - _common_groups())


@cache
def _common_groups() -> frozenset[int]:
    """Synonym groups of the stop and industry nouns: sharing one says nothing of a company."""
    out: set[int] = set()
    for word in (
        *lexicon().raw["motivation"]["stop_nouns"],
        *lexicon().raw["motivation"]["industry_nouns"],
    ):
        for m in morphemes(word):
            out.update(m.synonym_group_ids())
    return frozenset(out)


def _groups(word: Word, ml: object, i: int) -> frozenset[int]:
    groups = word.groups
    return groups if groups is not None else synonym_groups(word, ml[i])  # type: ignore[index]


@lru_cache(maxsize=256)
def _profile_slogans(profile: str) -> frozenset[str]:
    """Quotations the profile introduces as a slogan (理念は「お客様第一」)."""
    text = fold(profile)
    words = _slogan_words()
    return frozenset(
        m.group(1)
        for m in _QUOTED.finditer(text)
        if words.search(text[max(0, m.start() - 8) : m.start()])
        or words.search(text[m.end() : m.end() + 8])
    )


def _name_terms(company: Company | None) -> frozenset[str]:
    return _name_terms_of(company.name) if company and company.name else frozenset()


@lru_cache(maxsize=256)
def _name_terms_of(name: str) -> frozenset[str]:
    """The company's own name: mentioning it shows no knowledge of the company."""
    bare = _LEGAL_FORM.sub("", fold(name)).strip()
    return frozenset({t.normalized for t in tokenize(bare) if t.pos == "名詞"} | {bare})


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
    doc: Doc, company: Company | None, *, enough: int = _SURE
) -> tuple[int, list[Span]]:
    """How much of the answer shows knowledge of this company, not just of its industry:
    a score (each distinct term 1, a quoted name or business phrase 2) and the spans.
    Synonyms of the profile's terms are looked up only while the score is below ``enough``."""
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

    def add(span: Span, key: str, weight: int) -> None:
        if is_condition(key) or key in names:  # benefits, hours; the word スローガン itself
            return
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
    out = [
        sent
        for sent in doc.sentences
        if not _addressed(sent.text)
        and not any(n in sent.text for n in names)
        and (industry.search(sent.text) or history.search(sent.text))
    ]
    doc.memo["not_of_company"] = out
    return out


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


_SLOGAN_LINK = lazy_re.compile(
    r"(という|との|の|を掲げる|を掲げた|を掲げている)?(経営|企業|行動)?$"
)
_SLOGAN_QUOTE_AFTER = lazy_re.compile(r"(は|である|として|の)?[「『][^』」]{2,40}[』」]")


@cache
def _slogan_words() -> Matcher:
    return matcher(lexicon().raw["motivation"]["slogan"])


@cache
def _slogan_names() -> frozenset[str]:
    """The slogan words as a set (the pattern lists literal words; else no word is skipped)."""
    return frozenset(literal_phrases(lexicon().raw["motivation"]["slogan"]) or ())


def _slogans(doc: Doc) -> list[tuple[int, int]]:
    """Stretches of the answer that name the company's slogan: a quotation beside a slogan
    word (「お客様第一」という理念, 理念である「…」), or the nouns right before one (地域密着の
    経営方針)."""
    text = doc.folded
    out: list[tuple[int, int]] = []
    for m in _slogan_words().finditer(text):
        quoted = _SLOGAN_QUOTE_AFTER.match(text, m.end())
        if quoted:
            out.append((quoted.start(), quoted.end()))
        link = _SLOGAN_LINK.search(text, max(0, m.start() - 8), m.start())
        at = link.start() if link else m.start()
        if at and text[at - 1] in "」』":
            opened = max(text.rfind("「", 0, at), text.rfind("『", 0, at))
            if opened >= 0:
                out.append((opened, at))
                continue
        out.extend(_nouns_ending_at(doc, at))
    return out


def _nouns_ending_at(doc: Doc, at: int) -> list[tuple[int, int]]:
    """The run of nouns that ends at offset ``at`` (地域+密着), if any."""
    ends, ws = doc.ends, doc.words
    i = bisect_left(ends, at)
    if i >= len(ends) or ends[i] != at or ws[i].pos != "名詞":
        return []
    j = i
    while j > 0 and ws[j - 1].pos in ("名詞", "接頭辞"):
        j -= 1
    return [(doc.begins[j], at)]


@lru_cache(maxsize=4096)
def is_condition(word: str) -> bool:
    """A working condition or benefit (休日, 住宅補助, 産休・育休), by Sudachi synonym group
    or by containing a seed of the concept."""
    c = concept("conditions")
    if any(seed in word for seed in c.seeds if len(seed) >= 2):
        return True
    return any(c.has(m.normalized_form(), m) for m in morphemes(word))


def _distinct_score(weights: dict[str, int]) -> int:
    """Sum of weights, counting a term inside a longer matched phrase only once
    (『ハコブン』 and ハコブン are one thing)."""
    keys = sorted(weights, key=len, reverse=True)
    kept: list[str] = []
    for k in keys:
        if not any(k in longer for longer in kept):
            kept.append(k)
    return sum(weights[k] for k in kept)


def motivation(doc: Doc, company: Company | None) -> tuple[list[Finding], list[Strength]]:
    """Generic when nothing shows knowledge of this company, or when its product is named only
    to praise what any large company offers (「御社の〇〇は有名で、安定している」)."""
    lex = lexicon()
    generic = doc.find(lex.generic_motivation) + _conditions_named(doc)
    if generic:
        # what the former job was or lacked (「今の職場は残業も休日出勤も多く」: the answer to why
        # one leaves, often told with a motivation for another question) praises nothing here
        former = _of_former_job(doc)
        generic = [g for g in generic if not _within(g.start, former)]
    link = doc.first(lex.experience)
    may_praise = len(generic) >= 2 and link is None
    score, specifics = company_specifics(doc, company, enough=_SURE if may_praise else 2)
    praise_only = may_praise and score < _SURE
    if score >= 2 and not praise_only:
        good = [strength("strength.company_link", [link, *specifics])] if link else []
        return [], good
    return [finding("motivation.generic", generic or doc.opening())], []


def _of_former_job(doc: Doc) -> list[Sentence]:
    """Sentences that name the former or current job ([demands] former_job: 前職, 今の職場) and
    not the company addressed (御社, 貴社)."""
    former = lexicon().demand_former_job
    return [s for s in doc.sentences if former.search(s.text) and not _addressed(s.text)]


def _conditions_named(doc: Doc) -> list[Span]:
    """Working conditions the motivation rests on (年間休日, 住宅手当, リモート)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    return [
        doc.span(begins[i], ends[i])
        for i in _nouns(doc)[0]
        if is_condition(toks[i].normalized) and not condition_as_setting(toks, i)
    ]


def condition_as_setting(ws: Sequence[Token | Word], i: int) -> bool:
    """Condition noun i modifies a noun that is no condition (「夜勤の巡回」: the rounds are
    what is told, the night shift is when), unlike 「夜勤の手当」."""
    return (
        i + 2 < len(ws)
        and ws[i + 1].pos == "助詞"
        and ws[i + 1].surface == "の"
        and ws[i + 2].pos == "名詞"
        and not is_condition(ws[i + 2].normalized)
    )


def _concrete_actions(doc: Doc, told: list[Sentence]) -> list[Span]:
    """Verbs of one's own concrete action (見直す, 提案する), not 頑張る or 心がける, that
    begin in one of the sentences ``told`` (in order, apart)."""
    vague = normalized_words("self_pr", "vague_verbs")
    toks, begins, ends = doc.words, doc.begins, doc.ends  # read even when none is told
    out: list[Span] = []
    last = len(toks) - 1
    for sent in told:
        i = bisect_left(begins, sent.start)
        while i <= last and begins[i] < sent.end:
            t = toks[i]
            if t.pos == "動詞":
                nxt = toks[i + 1] if i < last else None
                if (
                    t.pos2 == "一般"
                    and t.lemma not in vague
                    and t.normalized not in vague
                    and not (
                        nxt is not None and nxt.pos == "助動詞" and nxt.lemma in ("れる", "られる")
                    )
                    and not _setting_or_denied(toks, i)
                    and not (nxt is not None and nxt.normalized == "続ける")
                    and not _effort_object(toks, i, vague)
                    and not _vague_object(toks, i)
                    and not _received(toks, i)
                    and not _nominalised(toks, i)
                ):  # 任される: another's act; 〜する中で: a setting; 休まず, 通い続ける: effort;
                    # 「まとめることに尽力」「気を配る」: an aim or an attitude
                    out.append(doc.span(begins[i], ends[i]))
            elif (
                t.pos == "名詞"
                and i < last
                and toks[i + 1].normalized == "為る"
                and t.normalized not in vague
                and not _passive(toks, i + 1)
                and not negated(toks, i + 1)  # 遅刻せず
                and not _received(toks, i + 1)  # 評価していただく: another's act
                and not _nominalised(toks, i)  # 尊重する姿勢: an attitude
            ):
                out.append(doc.span(begins[i], ends[i + 1]))
            i += 1
    return out


# Verbs of receiving a favour after て (normalized forms): 「評価していただく」「教えてもらう」
# tell another's act done for the speaker, not the speaker's own.
_RECEIVING = frozenset({"頂く", "貰う", "下さる", "呉れる"})


def _received(ws: list[Word], i: int) -> bool:
    """The verb at ``i`` is done for the speaker by someone else (〜ていただく, 〜てもらう)."""
    return (
        i + 2 < len(ws) and ws[i + 1].surface in ("て", "で") and ws[i + 2].normalized in _RECEIVING
    )


def _nominalised(ws: list[Word], i: int) -> bool:
    """The verb names the content of a noun (「仲間を信じることの大切さ」「協力することの
    難しさ」: 〜ことの), or describes an ability or attitude ([self_pr].ability_nouns:
    「相手の立場に立って考える力」「意見を尊重する姿勢」, through 〜て and する): no act told."""
    if i + 2 < len(ws) and ws[i + 1].normalized in ("事", "こと") and ws[i + 2].surface == "の":
        return True
    j = i
    if j + 1 < len(ws) and ws[j + 1].normalized == "為る":
        j += 1
    while j + 2 < len(ws) and ws[j + 1].surface in ("て", "で") and ws[j + 2].pos == "動詞":
        j += 2
    if j + 1 >= len(ws) or ws[j].surface != ws[j].lemma:
        return False  # (only a verb in its dictionary form modifies the noun)
    nxt = ws[j + 1]
    return nxt.pos == "名詞" and nxt.normalized in _ability_nouns()


@cache
def _ability_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["ability_nouns"])


def aim_or_attitude(ws: list[Word], i: int) -> bool:
    """The verb at ``i`` names an aim of effort (「まとめることに尽力した」) or an attitude
    (気を配る): no act told."""
    return _effort_object(ws, i, normalized_words("self_pr", "vague_verbs")) or _vague_object(ws, i)


def _effort_object(ws: list[Word], i: int, vague: frozenset[str]) -> bool:
    """A verb made the aim of an effort word (「まとめることに尽力した」「伸ばすことに注力」):
    the verb, こと, に or を, then a vague verb."""
    if ws[i].pos != "動詞" or i + 3 >= len(ws):
        return False
    if ws[i + 1].normalized not in ("こと", "事") or ws[i + 2].surface not in ("に", "を"):
        return False
    nxt = ws[i + 3]
    return nxt.normalized in vague or nxt.lemma in vague


def _vague_object(ws: list[Word], i: int) -> bool:
    """A verb whose object is an attitude (気を配る, 心を込める, 全力を尽くす)."""
    return (
        ws[i].pos == "動詞"
        and i >= 2
        and ws[i - 1].surface == "を"
        and ws[i - 2].normalized in _vague_objects()
    )


@cache
def _vague_objects() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["vague_objects"])


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


def following(ws: list[Word], k: int) -> int:
    """The index of the first word after the auxiliaries of the predicate at ``k``."""
    j = k + 1
    while j < len(ws) and ws[j].pos == "助動詞":
        j += 1
    return j


def _act_nouns() -> frozenset[str]:
    """Nouns that make a verb an act told (走ることで, 作ったことです), not an attribute."""
    return grammar("act_formal_nouns")


def attributive(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` modifies a noun (「学ぶ姿勢」「部員をまとめる中で」): a setting
    or an attitude, not an act told."""
    j = following(ws, k)
    return j < len(ws) and ws[j].pos == "名詞" and ws[j].normalized not in _act_nouns()


def _setting_or_denied(ws: list[Word], k: int) -> bool:
    """attributive() or negated() in one pass over the predicate's auxiliaries."""
    j = k + 1
    n = len(ws)
    while j < n and ws[j].pos == "助動詞":
        if ws[j].lemma in grammar("negators"):
            return True
        j += 1
    return j < n and ws[j].pos == "名詞" and ws[j].normalized not in _act_nouns()


def negated(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` is negated by one of its auxiliaries (休まず, 抜かない), also
    through a dependent verb after て (分かっていません, 聞いてくれず): what was not done, no act
    told."""
    j = k + 1
    while j < len(ws):
        if ws[j].pos == "助動詞":
            if ws[j].lemma in grammar("negators"):
                return True
            j += 1
        elif (
            ws[j].surface in ("て", "で")
            and ws[j].pos == "助詞"
            and j + 1 < len(ws)
            and ws[j + 1].pos == "動詞"
            and ws[j + 1].pos2 == "非自立可能"
        ):
            j += 2
        else:
            return False
    return False


def _passive(toks: list[Word], i: int) -> bool:
    """「評価された」: される is passive, someone else's action, not the candidate's."""
    return toks[i].surface == "さ" and i + 1 < len(toks) and toks[i + 1].lemma in ("れる", "られる")


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


_PAST_WHEN_MATCHER = matcher("(た|だ)(とき|時|際|ところ|場面)")


def kept_up(doc: Doc) -> bool:
    """A stretch of one's own work or effort told (a sentence ending in 〜てきました,
    〜てまいりました: 「法人営業に携わってまいりました」, not a setback gone through), or a way
    of working held now (「…提案を心がけております」): the candidate speaks of themself, as a
    self-PR does, though it tells no one event."""
    if any(_KEPT_UP.search(s.text) is not None and not _suffered(doc, s) for s in doc.sentences):
        return True
    # (or a way of working held now: 「お客様に合わせた提案を心がけております」)
    return any(_ATTITUDE.search(s.text) for s in doc.sentences)


# 〜てきました, 〜てまいりました anywhere in the sentence (「向き合ってきた経験があります」
# 「携わってまいりましたので、」), not できました.
_KEPT_UP = lazy_re.compile(
    r"(?<![がもはとに一-龥])[てで](きました|きた(経験|こと|ので|ため)|まいりました|参りました)"
)
_ATTITUDE = lazy_re.compile(
    r"(心がけ|心掛け|意識し|大切にし|大事にし|重視し|徹底し|努め)て(い|お)ります"
)


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


def self_pr(doc: Doc) -> tuple[list[Finding], list[Strength]]:
    """Abstract when no episode backs the strength; an episode (situation and own action in
    the past) without a stated result is a weaker point of its own (self_pr.no_result)."""
    lex = lexicon()
    numbers = number_results(doc)
    told = _episode_sentences(doc)
    situation = (
        doc.first(lex.situation)
        or doc.first(_PAST_WHEN_MATCHER)
        or doc.first(_pr_frame())
        or _setback(doc)
    )
    actions = _concrete_actions(doc, told)
    result = doc.first(lex.result) or (_resolved(doc) if situation and actions else None)
    episode = situation is not None and bool(actions)
    if numbers or (episode and (len(actions) >= 2 or result is not None)):
        evidence = [s for s in (situation, *actions[:2], result) if s is not None]
        return [], [strength("strength.episode", evidence)]
    if episode:
        return [finding("self_pr.no_result", actions[:2])], []
    claims = doc.find(lex.pr_claims)
    if not claims and not told and not kept_up(doc) and not doc.first(_self_reference()):
        return [], []  # nothing about oneself (a stray line, 「特にないです」): nothing to judge
    return [finding("self_pr.abstract", claims or doc.opening())], []


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


@cache
def _pr_frame() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["frame"])


@cache
def _self_reference() -> Matcher:
    return matcher(lexicon().raw["self_pr"]["self_reference"])
