"""What a company profile tells of the company (cached per profile: a batch repeats it): its
terms, noun compounds, quoted names, slogans and synonym groups; and the company's own name,
which shows no knowledge of it."""

from __future__ import annotations

from functools import cache, lru_cache

from sudachipy import SplitMode

from furikaeri import lazy_re
from furikaeri.analyzer.content.conditions import (
    condition_as_setting,
    is_condition,
    modifies_compound,
)
from furikaeri.analyzer.content.slogans import _slogan_words
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.semantics import normalized_words
from furikaeri.analyzer.types import Company
from furikaeri.nlp import Token, Word, fold, morphemes, tokenize
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
    return (
        {t.normalized for t in tokens if _is_content(t) and not _of_industries(t.normalized)}
        - stop
        - industry
    )


@lru_cache(maxsize=4096)
def _of_industries(word: str) -> bool:
    """One Sudachi word made of industry nouns only, by its short units (農業機械: 農業+機械,
    [motivation] industry_nouns): the field again, which every company in it names."""
    industry = normalized_words("motivation", "industry_nouns")
    found = morphemes(word)
    if len(found) != 1:
        return False
    parts = found[0].split(SplitMode.A)
    return len(parts) >= 2 and all(p.normalized_form() in industry for p in parts)


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
            _is_content(t)
            and is_condition(t.normalized)
            and not condition_as_setting(found, k)
            and not modifies_compound(found, k)  # 「家賃保証と見守りサービス」: the business
            for k, t in enumerate(found)
        ):
            tokens += found
    quotes = frozenset(fold(q) for q in _QUOTED.findall(profile))
    words, phrases = _genus(tokens)
    compounds = {c for c in _compounds(tokens) if not _of_genus(c, phrases)}
    return frozenset(_terms(tokens) - words), frozenset(compounds), quotes


def _genus(tokens: list[Token]) -> tuple[set[str], set[str]]:
    """The field the profile gives the company as its kind: the nouns right before a noun of
    [motivation] company_kinds (水産+加工+会社, 農業機械+メーカー), their normalized forms and
    the phrase they make (水産加工), which every company of that kind shares."""
    kinds = normalized_words("motivation", "company_kinds")
    words: set[str] = set()
    phrases: set[str] = set()
    for k, t in enumerate(tokens):
        if t.pos != "名詞" or t.normalized not in kinds:
            continue
        j = k
        while j > 0 and tokens[j - 1].pos == "名詞" and tokens[j - 1].pos2 != "数詞":
            j -= 1
        if j < k:
            words |= {x.normalized for x in tokens[j:k]}
            phrases.add(fold("".join(x.surface for x in tokens[j:k])))
    traded_words, traded_phrases = _traded(tokens)
    return words | traded_words, phrases | traded_phrases


# Between the goods a profile lists before a trade (「家具・インテリア用品の」「家具や雑貨を」):
# the middle dot, the comma, and the particles that join nouns in a list.
_LIST_MARKS = frozenset({"・", "、", "や", "と"})


def _traded(tokens: list[Token]) -> tuple[set[str], set[str]]:
    """The goods the profile names as the object of a trade ([motivation] trade_acts, after の or
    を, with the steps joined before it, trade_steps: 「家具・インテリア用品の小売チェーン」「家具の
    製造販売」「キャンプ用品の企画・販売」): the nouns of the list before it, their normalized
    forms and each run of nouns as a phrase, the field of every company in the trade (_genus);
    and the trade's own nouns (製造販売)."""
    acts = normalized_words("motivation", "trade_acts")
    chain = acts | normalized_words("motivation", "trade_steps")
    words: set[str] = set()
    phrases: set[str] = set()
    for k, t in enumerate(tokens):
        if t.pos != "名詞" or t.normalized not in acts:
            continue
        i = k  # (back over the steps joined to it: 企画・販売, 製造+販売)
        while i > 0 and (tokens[i - 1].normalized in chain or tokens[i - 1].surface == "・"):
            i -= 1
        if i < 2 or tokens[i - 1].surface not in ("の", "を") or tokens[i - 1].pos != "助詞":
            continue
        # (the trade itself, 製造販売, is every such company's too)
        words |= {x.normalized for x in tokens[i : k + 1] if x.pos == "名詞"}
        phrases.add(fold("".join(x.surface for x in tokens[i : k + 1] if x.pos == "名詞")))
        run: list[Token] = []
        for x in reversed(tokens[: i - 1]):
            if x.pos == "名詞" and x.pos2 != "数詞":
                run.insert(0, x)
                words.add(x.normalized)
            elif x.surface in _LIST_MARKS and run:
                phrases.add(fold("".join(y.surface for y in run)))
                run = []
            else:
                break
        if run:
            phrases.add(fold("".join(y.surface for y in run)))
    return words, phrases


def _of_genus(compound: str, phrases: set[str]) -> bool:
    """The compound is the field (水産加工) or the field and its kind (水産加工会社, 加工会社)."""
    kinds = normalized_words("motivation", "company_kinds")
    bare = next((compound[: -len(k)] for k in kinds if compound.endswith(k)), compound)
    return any(bare and bare in p for p in phrases) or compound in phrases


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


@lru_cache(maxsize=256)
def _profile_slogans(profile: str) -> frozenset[str]:
    """Quotations the profile introduces as a slogan (理念は「お客様第一」), within their own
    sentence: a product in 『』 that ends one sentence is no slogan because the next opens
    「理念は…」 (「主力製品は『すこやかポット』。理念は「…」」)."""
    text = fold(profile)
    words = _slogan_words()
    return frozenset(
        m.group(1)
        for m in _QUOTED.finditer(text)
        if words.search(text[max(0, m.start() - 8) : m.start()].rpartition("。")[2])
        or words.search(text[m.end() : m.end() + 8].partition("。")[0])
    )


def _name_terms(company: Company | None) -> frozenset[str]:
    return _name_terms_of(company.name) if company and company.name else frozenset()


@lru_cache(maxsize=256)
def _name_terms_of(name: str) -> frozenset[str]:
    """The company's own name: mentioning it shows no knowledge of the company."""
    bare = _LEGAL_FORM.sub("", fold(name)).strip()
    return frozenset({t.normalized for t in tokenize(bare) if t.pos == "名詞"} | {bare})
