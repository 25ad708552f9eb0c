"""The words of the question an answer takes up: its content words and names, the genre
marks of an answer ([unasked]), and an answer that takes up none of them."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from typing import Any

from furikaeri import lazy_re
from furikaeri.analyzer.blame.targets import _is_concept
from furikaeri.analyzer.content.episodes import told_past
from furikaeri.analyzer.content.predicates import role_held
from furikaeri.analyzer.cross.table import _pattern, data
from furikaeri.analyzer.demands.forms import acts_told, demanded, opens_naming
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon, organisation_names
from furikaeri.analyzer.misses import Misses
from furikaeri.analyzer.questions import declaration
from furikaeri.analyzer.questions.owner import asked_of_organisation, names_organisation
from furikaeri.analyzer.questions.profile import _offered
from furikaeri.analyzer.semantics import concept, demand_words, normalized_forms
from furikaeri.analyzer.types import Company
from furikaeri.nlp import Word, fold, morphemes, synonym_groups
from furikaeri.patterns import Matcher, any_of


def _unasked(doc: Doc, question: str, *, company: Company | None = None) -> bool:
    """A question of unknown topic answered with a known genre and nothing of its own words
    (cross.toml [unasked]). Read from the cheapest check on: the answer's words only when a
    genre is told by its marks or hallmark."""
    d = data().unasked
    if demanded(None, question) is not None:
        # a form of question that any answer of its shape meets (an experience: 「マネジメント
        # の経験について」, a reason: 「なぜ今の職場を離れようと」, a method) is read by it
        return False
    if asked_of_organisation(question) and _organisation_told(doc):
        return False  # 「当社の競合は」 answered of 御社: the organisation asked is told of
    first = doc.sentences[0].text if doc.sentences else ""
    if _pattern(lexicon().demands_raw["yes_or_no"]).match(first.lstrip(" 　")) and not _asks_what(
        question
    ):
        return False  # 「はい、」「いいえ、」: the question answered first
    if (
        not _genre_marked(doc.folded, d.genres)
        and not _personal_told(doc, question, company)
        and not _career_told(doc, question, company)
    ):
        return False
    seeds, groups = _question_words(question)  # (read once per question: before the answer's)
    if not seeds:
        return False  # (nothing asked in words the answer could share)
    said = declaration.declared(doc)
    declared = said is not None and said[0].name in d.genres  # 「私の強みは行動力です。」
    if not declared and (opens_naming(doc) or _named_first(doc) or _event_named(doc, question)):
        return False  # 「オレンジです。」「犬です。」: the one thing asked, named first
    if not declared and (_deed_told(doc, question) or _carried_to_organisation(doc, question)):
        return False  # 「簿記の勉強に専念し、…取得しました」 for 「その間は何をされていましたか」
    if not declared and _view_first(doc, question):
        return False  # 「人材の確保だと思います。私も前職で…」: the view asked, then its ground
    if _role_told(doc, question):
        return False  # 「リーダー的なポジションとして、…担当していました」 for one's role
    return not takes_up(doc, seeds, groups)


def _role_told(doc: Doc, question: str) -> bool:
    """A question on one's position ([concepts] positions, Sudachi synonyms too: 役割, 立場)
    answered with a role held (a noun, then と as a case particle and 為る+て: 「…ポジション
    として」「リーダーとして」)."""
    if not _asks_position(question):
        return False
    ws = doc.words
    return any(role_held(ws, i) for i in range(len(ws)))


@lru_cache(maxsize=1024)
def _asks_position(question: str) -> bool:
    """The question names a position ([concepts] positions): read once per question, not per
    answer (Sudachi on the question)."""
    c = concept("positions")
    return any(c.has(m.normalized_form(), m) for m in morphemes(fold(question)))


def _view_first(doc: Doc, question: str) -> bool:
    """A question on what is the organisation's own (「当社の課題は何だと思いますか」) met by a
    first sentence that gives a view of one's own ([unasked].view: 「…だと思います」「…ではない
    でしょうか」): what the organisation's is, as one sees it; the career told after it is its
    ground."""
    view = data().unasked.view
    if not view or not doc.sentences or not asked_of_organisation(question):
        return False
    return _pattern(view).search(doc.sentences[0].text) is not None


@lru_cache(maxsize=1024)
def _asks_what(question: str) -> bool:
    """The question asks for a thing by a pronoun of question ([grammar] wh_pronouns, Sudachi
    POS: 「当社の課題は何だと思いますか」): 「はい、」 before an answer to it is an acknowledgement,
    no yes answered."""
    wh = lexicon().raw["grammar"]["wh_pronouns"]
    return any(
        m.part_of_speech()[0] == "代名詞" and m.surface() in wh for m in morphemes(fold(question))
    )


@lru_cache(maxsize=1024)
def _deed_asked(question: str) -> bool:
    """The question asks what one did in a time ([unasked] deed_verbs after 何 and を, or a
    [demands] spending verb, then the past た, by Sudachi normalized forms: 「空白期間は何をして
    いましたか」「その間はどのように過ごされていましたか」; not 「休日は何をしていますか」)."""
    deeds = normalized_forms(data().unasked.deed_verbs)
    spending = demand_words("spending_verbs")
    ml = list(morphemes(fold(question)))
    if _span_asked(ml):
        return True
    for n, m in enumerate(ml):
        if m.part_of_speech()[0] != "動詞":
            continue
        form = m.normalized_form()
        what = n >= 2 and ml[n - 2].normalized_form() == "何" and ml[n - 1].surface() == "を"
        if not ((what and form in deeds) or form in spending):
            continue
        for later in ml[n + 1 :]:
            if later.part_of_speech()[0] not in ("助動詞", "助詞", "動詞"):
                break  # (the verb's own ending only: 「して+い+まし+た+か」)
            if later.normalized_form() == "た":
                return True
    return False


def _span_asked(ml: list[Any]) -> bool:
    """A stretch of time asked about outright: a noun of [unasked] span_nouns (by Sudachi
    normalized form or synonym group: ブランク, 空白) before について (に+つく+て)."""
    spans = normalized_forms(data().unasked.span_nouns)
    groups = _span_groups()
    for n in range(len(ml) - 2):
        m = ml[n]
        if m.part_of_speech()[0] != "名詞":
            continue
        if m.normalized_form() not in spans and groups.isdisjoint(m.synonym_group_ids()):
            continue
        if ml[n + 1].surface() == "に" and ml[n + 2].normalized_form() in ("つく", "付く"):
            return True
    return False


@cache
def _span_groups() -> frozenset[int]:
    """The Sudachi synonym groups of [unasked] span_nouns."""
    out: set[int] = set()
    for word in data().unasked.span_nouns:
        for m in morphemes(word):
            out.update(m.synonym_group_ids())
    return frozenset(out)


def _deed_told(doc: Doc, question: str) -> bool:
    """A question of what one did in a time (_deed_asked) met by an act of one's own told in the
    past (demands.acts_told), one's leaving not counted ([demands] leaving_words: 「…ので辞めま
    した」 tells why one left, not what one did after), nor the former job's acts (「前職では…
    こなしていました」 tells the job, not the time after it)."""
    leaving = demand_words("leaving_words")
    return _deed_asked(question) and acts_told(doc, leaving, since_leaving=True)


def _carried_to_organisation(doc: Doc, question: str) -> bool:
    """A question that names the organisation as where one would work, not as the owner of what
    it asks (「当社で活かせると思うことは」, not 「当社の課題は」: questions/owner.py), met by an
    act of one's own told in the past (demands.acts_told) and the organisation named in a
    sentence not told in the past (「…3営業日に短縮しました。御社でも決算の早期化に貢献できると
    考えております」): the experience, carried to it."""
    if _org_names().search(fold(question)) is None or asked_of_organisation(question):
        return False
    ahead = any(names_organisation(s.text) and not told_past(s.text) for s in doc.sentences)
    return ahead and acts_told(doc)


def _personal_told(doc: Doc, question: str, company: Company | None) -> bool:
    """A question about the organisation (it names 当社, 当院: [organisation]) answered with one's
    own life (it opens on [unasked].personal marks: 休日は, 学生時代), the organisation never
    named, nor what it offers, and no view of one's own given ([unasked].view): a story told in
    place of what was asked."""
    d = data().unasked
    if not d.personal or _org_names().search(fold(question)) is None:
        return False
    text = doc.folded
    if names_organisation(text) or (d.view and _pattern(d.view).search(text)):
        return False
    first = doc.sentences[0].text if doc.sentences else ""
    return _genre_marked(fold(first), d.personal) and not _offer_named(doc, company)


def _career_told(doc: Doc, question: str, company: Company | None) -> bool:
    """A question on what is the organisation's own (asked_of_organisation: 「当社の課題は」)
    answered with one's own working life: two workplaces named where one worked, or one and the
    time worked there (_workplace, _time_worked), the
    organisation never named, nor what it offers, and no view of one's own given
    ([unasked].view): a career recited in place of what was asked."""
    d = data().unasked
    if not d.career_spans or not asked_of_organisation(question):
        return False
    text = doc.folded
    if _organisation_told(doc) or (d.view and _pattern(d.view).search(text)):
        return False
    ws = doc.words
    places = sum(1 for i in range(len(ws)) if _workplace(doc, i))
    worked = places >= 2 or (places == 1 and _time_worked(ws))
    return worked and not _offer_named(doc, company)


def _organisation_told(doc: Doc) -> bool:
    """The answer tells something of the organisation: it names it (御社, 当社: questions/owner.
    names_organisation) other than only as where one wishes to work, before で, に or へ (not
    では, には) in a sentence holding a wish (たい, by Sudachi POS: 「御社でもこの経験を活かし
    たいと考えています」「御社に入社したら貢献したいです」), which says nothing of it."""
    text = doc.folded
    if not names_organisation(text):
        return False
    ws, begins = doc.words, doc.begins
    for m in _org_names().finditer(text):
        after = text[m.end() : m.end() + 2]
        if after[:1] not in ("で", "に", "へ") or after[1:] == "は":
            return True
        sent = next((s for s in doc.sentences if s.start <= m.start() < s.end), None)
        if sent is None or not any(
            ws[k].pos == "助動詞" and ws[k].lemma == "たい"
            for k in range(bisect_left(begins, m.end()), bisect_left(begins, sent.end))
        ):
            return True
    return False


def _workplace(doc: Doc, i: int) -> bool:
    """Word ``i`` names a workplace where one worked: workplaces counted (a number, then one of
    [unasked] firm_counters: 二社, 一社目), or a noun of [concepts] employer or sites, or a
    compound ending in one of their seeds (物流会社, 株式会社), before で, に or を (「物流会社で」
    「株式会社Aに入社し」「前職を辞め」; not 「業界の環境が」)."""
    ws = doc.words
    w = ws[i]
    if w.pos != "名詞":
        return False
    if i and ws[i - 1].pos2 == "数詞" and w.normalized in data().unasked.firm_counters:
        return True
    k = i + 1
    while k < len(ws) and ws[k].pos in ("名詞", "接尾辞") and ws[k].pos2 != "数詞":
        k += 1  # (株式会社+A: the firm's name after its form)
    if k >= len(ws) or ws[k].surface not in ("で", "に", "を"):
        return False
    return _is_concept(doc, i, "employer", "sites") or w.normalized.endswith(_firm_seeds())


@cache
def _firm_seeds() -> tuple[str, ...]:
    """The seeds of [concepts] employer and sites of two characters or more (会社, 店舗)."""
    return tuple(sorted(w for c in ("employer", "sites") for w in concept(c).seeds if len(w) >= 2))


def _time_worked(ws: list[Word]) -> bool:
    """A span of time worked: a number, then one of [unasked] career_spans (3年, 5年間,
    8箇月)."""
    spans = normalized_forms(data().unasked.career_spans)
    return any(w.normalized in spans and ws[i - 1].pos2 == "数詞" for i, w in enumerate(ws) if i)


# A name quoted (『ミチシルベ』): a product or service named, of the company or not.
_QUOTED_NAME = lazy_re.compile(r"『[^』]+』")


def _offer_named(doc: Doc, company: Company | None) -> bool:
    """The answer names something the company offers or holds (questions.profile._offered:
    商品, 店舗, a noun of its profile) or a quoted name (『…』)."""
    if _QUOTED_NAME.search(doc.folded):
        return True
    return any(_offered(doc, i, company) for i in range(len(doc.words)))


_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_NOT_CONTENT = frozenset({"数詞", "非自立可能", "助数詞可能"})


_NAMING_POS = frozenset(
    {"名詞", "接頭辞", "接尾辞", "代名詞", "形状詞", "連体詞", "助動詞", "補助記号"}
)


def _event_named(doc: Doc, question: str) -> bool:
    """The question asks for an event ([unasked].event_asked: 「嬉しかったことは」) and the first
    sentence that says something names one ([unasked].event_named: 「…と言っていただいたことで
    す」): the event asked, told."""
    d = data().unasked
    if d.event_asked is None or d.event_named is None:
        return False
    if _pattern(d.event_asked).search(fold(question)) is None:
        return False
    said = doc.opening()
    if not said:
        return False
    return _pattern(d.event_named).search(doc.folded[said[0].start : said[0].end]) is not None


def _named_first(doc: Doc) -> bool:
    """The first sentence is a noun and a copula only (「犬です。」「訪問看護です。」, by Sudachi
    POS): the thing asked, named."""
    if not doc.sentences:
        return False
    first = doc.sentences[0]
    ws, begins = doc.words, doc.begins
    said = [ws[i] for i in range(bisect_left(begins, first.start), bisect_left(begins, first.end))]
    said = [w for w in said if w.pos != "補助記号"]
    return (
        len(said) >= 2
        and all(w.pos in _NAMING_POS for w in said)
        and said[0].pos in ("名詞", "接頭辞", "代名詞")
        and said[-1].pos == "助動詞"
    )


def _word_groups(w: Word, ml: object, i: int) -> frozenset[int]:
    groups = w.groups
    return groups if groups is not None else synonym_groups(w, ml[i])  # type: ignore[index]


@lru_cache(maxsize=64)
def _genre_marked(text: str, genres: tuple[str, ...]) -> bool:
    """The answer carries the marks or the hallmark of one of ``genres`` (with its addressee:
    a motivation names this company). Kept for the last answers read: the batch's guess
    (judgement.reads_words) and _unasked read the same answer a moment apart."""
    gate = _genre_gate(genres)
    if gate is not None and gate.search(text) is None:
        return False  # (no mark nor hallmark of any of them: one scan, most answers)
    return any(
        any(m.search(text) is not None for m in marks)
        and (addressee is None or addressee.search(text) is not None)
        for marks, addressee in _genre_checks(genres)
    )


@lru_cache(maxsize=64)
def _genre_gate(genres: tuple[str, ...]) -> Matcher | None:
    """The union of the marks and hallmarks of ``genres`` (patterns.any_of)."""
    return any_of(m for marks, _ in _genre_checks(genres) for m in marks)


@lru_cache(maxsize=64)
def _genre_checks(
    genres: tuple[str, ...],
) -> tuple[tuple[tuple[Matcher, ...], Matcher | None], ...]:
    """Per topic of ``genres`` (in the lexicon's order): its marks and hallmark that exist,
    and its addressee (built once, not per answer)."""
    return tuple(
        (tuple(m for m in (t.marks, t.hallmark) if m is not None), t.addressee)
        for t in lexicon().topics
        if t.name in genres
    )


@lru_cache(maxsize=1024)
def _question_words(question: str) -> tuple[frozenset[str], frozenset[int]]:
    """The content words of a question (normalized forms) and their Sudachi synonym groups,
    less the company's own name (当院, 弊社: [organisation]) and [unasked] common words (a
    question is short and read once: its own tokenization, not the answer's)."""
    common = normalized_forms(data().unasked.common)
    text = _org_names().sub(lambda m: "\u3000" * len(m.group()), fold(question))
    seeds: set[str] = set()
    groups: set[int] = set()
    for m in morphemes(text):
        pos = m.part_of_speech()
        if pos[0] not in _CONTENT_POS or pos[1] in _NOT_CONTENT:
            continue
        word = m.normalized_form()
        if word in common or m.dictionary_form() in common:
            continue
        if pos[0] == "名詞" and len(m.surface()) < 2:
            continue  # (院 of 当院, a counter)
        seeds.update((word, m.dictionary_form()))
        groups.update(m.synonym_group_ids())
    return frozenset(seeds), frozenset(groups)


@cache
def _org_names() -> re.Pattern[str]:
    """The company's own name or the one addressed (当院, 弊社, 御社): [organisation]."""
    names = organisation_names(lexicon().raw["organisation"])
    return re.compile(f"{names['org_own']}|{names['org_addressed']}")


def takes_up(doc: Doc, seeds: frozenset[str], groups: frozenset[int]) -> bool:
    """A content word of the answer is one of ``seeds`` (normalized forms or lemmas) or shares
    a Sudachi synonym group of ``groups`` (the words of a question: _question_words)."""
    ws = doc.words
    outside = _not_taken_up(seeds, groups)
    if outside.cover(ws):
        return False  # (every word met before for these words of a question, none of them)
    outside.make_room()
    ml = doc.morphemes
    for i, w in enumerate(ws):
        if w.pos not in _CONTENT_POS or w.pos2 in _NOT_CONTENT:
            outside.add(w)
            continue
        if w.normalized in seeds or w.lemma in seeds:
            return True
        if groups and not groups.isdisjoint(_word_groups(w, ml, i)):
            return True
        outside.add(w)
    return False


@lru_cache(maxsize=256)
def _not_taken_up(seeds: frozenset[str], groups: frozenset[int]) -> Misses[Word]:
    """Words met that take up none of ``seeds`` and ``groups`` (a fact of the word alone: its
    part of speech, forms and synonym groups), per question's words: an answer made only of
    such words takes up nothing, found with one issuperset in C (the same Word objects recur:
    nlp.words). Bounded."""
    return Misses()


@lru_cache(maxsize=256)
def choice_words(question: str) -> tuple[frozenset[str], frozenset[int]]:
    """The words of a question why one chose a job that name the job ([chosen]: its content
    words less those of choosing: 選ぶ, 希望, 職), with their synonym groups; a compound also
    by its parts (Sudachi's short units: 営業職 → 営業, taken up by 「営業の仕事」)."""
    from sudachipy import SplitMode

    seeds, groups = _question_words(question)
    chosen = normalized_forms(data().chosen.asked)
    kept = {w for w in seeds if w not in chosen}
    if not kept:
        return frozenset(), frozenset()
    parts: set[int] = set()
    for word in list(kept):
        for m in morphemes(word):
            for part in m.split(SplitMode.A):
                form = part.normalized_form()
                if len(part.surface()) >= 2 and form not in chosen:
                    kept.add(form)
                    parts.update(part.synonym_group_ids())
    groups = groups | frozenset(parts)
    dropped: set[int] = set()
    for word in chosen:
        for m in morphemes(word):
            dropped.update(m.synonym_group_ids())
    return frozenset(kept), groups - frozenset(dropped)
