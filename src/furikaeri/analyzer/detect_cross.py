"""An answer to another question is judged as that question too (data/cross.toml).

An interviewer who asks for a failure and hears a strengths speech hears a self-PR with no
episode as well; one who asks for a five-year plan and hears complaints about the current
employer hears blame. So an answer found off-topic is read for what it answers instead, by that
kind's own detector (self_pr.abstract, motivation.generic, negative_reason.blame), with its
evidence and advice. Only off-topic answers are read so: another kind's checks never run on an
answer that addresses its question.

Also here, because they are read the same way: off-topic answers the topic logic does not see
(a plan or a lesson answered only with complaints; a motivation told as student days; a short
stay left unexplained by a self-PR or a motivation), and blame in a motivation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache
from typing import Any, NamedTuple

from furikaeri.analyzer import detect_content, detect_reasons
from furikaeri.analyzer.demands.forms import acts, demanded, opens_naming
from furikaeri.analyzer.denial import Denials, befell
from furikaeri.analyzer.doc import CLAUSE, Doc, Sentence
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import DEPENDS, Topic, lexicon, organisation_names
from furikaeri.analyzer.questions import declaration
from furikaeri.analyzer.questions.topics import kind_topic, question_topic
from furikaeri.analyzer.semantics import concept, normalized_forms
from furikaeri.analyzer.types import KINDS, Company, Finding, Span
from furikaeri.catalogue import checked_data
from furikaeri.nlp import Word, fold, morphemes, synonym_groups
from furikaeri.patterns import Matcher, matcher

OFF_TOPIC = "communication.off_topic"
BLAME = "negative_reason.blame"
GENERIC = "motivation.generic"


class _Answered(NamedTuple):
    """One [[answered]] entry (defaults as in schema.CrossData)."""

    kind: str
    asked: tuple[str, ...]
    codes: tuple[str, ...]
    topics: tuple[str, ...] = ()
    claims: int = 0
    complaints: bool = False
    untold_mishap: bool = False


class _Complained(NamedTuple):
    topics: tuple[str, ...]
    nothing: str
    share: float
    cored: tuple[str, ...] = ()
    acted: tuple[str, ...] = ()
    escape: str | None = None


class _Settings(NamedTuple):
    topics: tuple[str, ...]


class _ShortStay(NamedTuple):
    kinds: tuple[str, ...]
    answers: tuple[str, ...]
    topic: str
    cores: tuple[str, ...] = ()
    origin: str | None = None


class _Blamed(NamedTuple):
    kinds: tuple[str, ...]
    conceded: str


class _Unreasoned(NamedTuple):
    kinds: tuple[str, ...]
    reasons: tuple[str, ...]
    told: str
    because: tuple[str, ...]


class _Instead(NamedTuple):
    topics: tuple[str, ...]
    kinds: tuple[str, ...]


class _Left(NamedTuple):
    topics: tuple[str, ...]
    genre: str
    drops: tuple[str, ...] = ()


class _Borrowed(NamedTuple):
    topics: tuple[str, ...]
    own: str


class _Unasked(NamedTuple):
    kinds: tuple[str, ...]
    genres: tuple[str, ...]
    common: tuple[str, ...]
    label: str
    hint: str


class Cross(NamedTuple):
    """data/cross.toml as read here: checked against schema.CrossData once per content
    (catalogue.checked_data), so a cold `furikaeri analyze` imports no pydantic."""

    answered: tuple[_Answered, ...]
    complained: _Complained
    settings: _Settings
    short_stay: _ShortStay
    instead: _Instead
    left: _Left
    borrowed: _Borrowed
    unasked: _Unasked
    blamed: _Blamed
    unreasoned: _Unreasoned


def _view(cls: Any, entry: dict[str, Any]) -> Any:
    """``cls`` from a checked table (its keys are the fields: the schema forbids others),
    lists read as tuples."""
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()})


@cache
def data() -> Cross:
    """data/cross.toml, checked (a topic or kind it names must exist)."""
    raw = checked_data("cross.toml", "furikaeri.analyzer.schema:CrossData", depends=DEPENDS)
    loaded = Cross(
        answered=tuple(_view(_Answered, a) for a in raw["answered"]),
        complained=_view(_Complained, raw["complained"]),
        settings=_view(_Settings, raw["settings"]),
        short_stay=_view(_ShortStay, raw["short_stay"]),
        instead=_view(_Instead, raw["instead"]),
        left=_view(_Left, raw["left"]),
        borrowed=_view(_Borrowed, raw["borrowed"]),
        unasked=_view(_Unasked, raw["unasked"]),
        blamed=_view(_Blamed, raw["blamed"]),
        unreasoned=_view(_Unreasoned, raw["unreasoned"]),
    )
    names = {t.name for t in lexicon().topics}
    named = [
        *(n for a in loaded.answered for n in (*a.topics, *a.asked)),
        *loaded.complained.topics,
        *loaded.settings.topics,
        *loaded.complained.cored,
        *loaded.complained.acted,
        *loaded.unreasoned.reasons,
        loaded.short_stay.topic,
        *loaded.short_stay.cores,
        *loaded.borrowed.topics,
        *loaded.instead.topics,
        *loaded.left.topics,
        loaded.left.genre,
        *loaded.unasked.genres,
    ]
    kinds = [
        *loaded.short_stay.kinds,
        *loaded.short_stay.answers,
        *loaded.blamed.kinds,
        *loaded.unreasoned.kinds,
        *loaded.unasked.kinds,
        *loaded.instead.kinds,
    ]
    unknown = [n for n in named if n not in names] + [k for k in kinds if k not in KINDS]
    if unknown:
        from furikaeri.catalogue import DataFileError

        raise DataFileError(f"data/cross.toml names unknown topics or kinds: {unknown}")
    return loaded


@cache
def _pattern(text: str) -> Matcher:
    return matcher(text)


def judged(
    doc: Doc, kind: str, question: str | None, company: Company | None, found: list[Finding]
) -> list[Finding]:
    """``found`` (the findings of the kind's detectors) with what reading the answer as the
    question it answers adds: off-topic misses of cross.toml, then the findings of the kind it
    answers instead, then blame in the kinds of [blamed]."""
    if kind == "reverse_questions":
        return found
    codes = {f.code for f in found}
    topic = question_topic(question) or kind_topic(kind)
    if kind in data().unreasoned.kinds and topic is not None and _unreasoned(doc):
        found = _off_topic_instead(doc, topic, found, codes, drops=(GENERIC,))
    left = data().left
    if topic is not None and topic.name in left.topics and _left_story(doc, topic):
        found = _off_topic_instead(doc, topic, found, codes, drops=left.drops)
    extra: list[Finding] = []
    if OFF_TOPIC not in codes:
        extra += _missed(doc, kind, topic, codes, question)
    if (OFF_TOPIC in codes or extra) and topic is not None:
        extra += _as_answered(doc, topic, company, codes)
    if kind in data().blamed.kinds and BLAME not in codes:
        extra += _unconceded_blame(doc)
    if not extra:
        return found
    out, seen = list(found), set(codes)
    for f in extra:
        if f.code not in seen:
            seen.add(f.code)
            out.append(f)
    return out


def _off_topic_instead(
    doc: Doc, topic: Topic, found: list[Finding], codes: set[str], *, drops: tuple[str, ...]
) -> list[Finding]:
    """``found`` less the codes ``drops`` (what the answer is no attempt at), with off-topic
    added; ``codes`` is updated in place to match."""
    found = [f for f in found if f.code not in drops]
    codes.difference_update(drops)
    if OFF_TOPIC not in codes:
        found = [*found, *_off_topic(doc, topic)]
        codes.add(OFF_TOPIC)
    return found


def reads_words(question: object, answer: str, kind: str | None = None) -> bool:
    """Whether ``answer`` to ``question`` is read for complaints here ([complained] topics: it
    names the employer or its people, which the complaint analysis needs), or, to a question of
    unknown topic, for the words it shares with the question ([unasked]: it carries a genre's
    marks), and so will likely need its words (core._tokenize_batch: a guess on the text not
    yet folded, the result is the same). ``kind``: the kind it is judged as, when known."""
    if not isinstance(question, str):
        return False
    topic = question_topic(question)
    if topic is None:
        return (
            (kind is None or kind in data().unasked.kinds)
            and bool(question.strip())
            and _genre_marked(answer, data().unasked.genres)
            and demanded(None, question) is None
            and bool(_question_words(question)[0])
        )
    return topic.name in data().complained.topics and _employer_named(answer)


def _off_topic(doc: Doc, topic: Topic) -> list[Finding]:
    return [finding(OFF_TOPIC, doc.opening(), question_topic=topic.label, question_hint=topic.hint)]


def _topic(name: str) -> Topic | None:
    return next((t for t in lexicon().topics if t.name == name), None)


def _missed(
    doc: Doc, kind: str, topic: Topic | None, codes: set[str], question: str | None = None
) -> list[Finding]:
    """Off-topic answers the topic logic does not see (cross.toml [complained], [settings],
    [short_stay], [borrowed], [unasked])."""
    d = data()
    if kind in d.short_stay.kinds:
        stay = _topic(d.short_stay.topic)
        if (
            stay is not None
            and "short_tenure.unexplained" in codes
            and not (stay.core is not None and stay.core.search(doc.folded))
            and (set(answered_kinds(doc)) & set(d.short_stay.answers) or _told_instead(doc))
        ):
            return _off_topic(doc, stay)
        return []
    if topic is None:
        if kind in d.unasked.kinds and question and _unasked(doc, question):
            label, hint = d.unasked.label, d.unasked.hint
            return [finding(OFF_TOPIC, doc.opening(), question_topic=label, question_hint=hint)]
        return []
    if topic.name in d.borrowed.topics and _borrowed(doc):
        return _off_topic(doc, topic)
    if topic.name in d.instead.topics and _answers_instead(doc, topic):
        return _off_topic(doc, topic)
    if topic.name in d.complained.topics and _only_complaints(doc, topic):
        return _off_topic(doc, topic)
    if topic.name in d.settings.topics and _told_setting(doc, topic):
        return _off_topic(doc, topic)
    return []


def _answers_instead(doc: Doc, topic: Topic) -> bool:
    """None of the topic's core (強み, 長所, 得意), no strength claimed ([self_pr] pr_claims),
    the answer answers one of [instead] kinds (answered_kinds: a motivation, its marks with this
    company named), and it tells no act of one's own in the past outside the clauses addressed
    to the company (demands.acts)."""
    if _claims_topic(doc, topic):
        return False
    if set(data().instead.kinds).isdisjoint(answered_kinds(doc)):
        return False
    # an episode of one's own told outside the clauses addressed to the company (「学童で連絡帳
    # を見直して返信漏れをなくした経験があり、御社の…に魅力を」): a self-PR by its episode
    addressee = _motivation_addressee()
    told = [
        Sentence(sent.start + m.start(), sent.start + m.end(), m.group())
        for sent in doc.sentences
        for m in CLAUSE.finditer(sent.text)
        if (addressee is None or not addressee.search(m.group()))
        and _past(doc, sent.start + m.start(), sent.start + m.end())
    ]
    return not acts(doc, told)


def _left_story(doc: Doc, topic: Topic) -> bool:
    """Why one left told for a self-PR ([left]): none of the topic's core, no strength claimed,
    the marks of the `genre` topic (退職, 辞め), and its core in the last sentence."""
    genre = _topic(data().left.genre)
    text = doc.folded
    if genre is None or genre.marks is None or genre.core is None or not doc.sentences:
        return False
    if genre.marks.search(text) is None:
        return False  # (the cheapest check first: most self-PRs tell no leaving)
    if _claims_topic(doc, topic):
        return False
    return genre.core.search(doc.sentences[-1].text) is not None


def _claims_topic(doc: Doc, topic: Topic) -> bool:
    """The answer tells the topic's core (強み, 長所, 得意) or claims a strength ([self_pr]
    pr_claims): it is an attempt at the self-PR asked."""
    if topic.core is not None and topic.core.search(doc.folded) is not None:
        return True
    return doc.first(lexicon().pr_claims) is not None


def _past(doc: Doc, start: int, end: int) -> bool:
    """The stretch holds the past auxiliary た (Sudachi POS: 「なくした」, not 「携わりたい」)."""
    ws, begins = doc.words, doc.begins
    return any(
        ws[i].pos == "助動詞" and ws[i].lemma == "た"
        for i in range(bisect_left(begins, start), bisect_left(begins, end))
    )


def _borrowed(doc: Doc) -> bool:
    """The answer gives what is popular now ([concepts] popular, by the answer's own words) and
    nothing of one's own ([borrowed] own)."""
    if _pattern(data().borrowed.own).search(doc.folded) is not None:
        return False
    popular = concept("popular")
    ws, ml = doc.words, doc.morphemes
    return any(w.pos in ("名詞", "動詞") and popular.has_word(w, ml, i) for i, w in enumerate(ws))


def _unasked(doc: Doc, question: str) -> bool:
    """A question of unknown topic answered with a known genre and nothing of its own words
    (cross.toml [unasked]). Read from the cheapest check on: the answer's words only when a
    genre is told by its marks or hallmark."""
    d = data().unasked
    if demanded(None, question) is not None:
        # a form of question that any answer of its shape meets (an experience: 「マネジメント
        # の経験について」, a reason: 「なぜ今の職場を離れようと」, a method) is read by it
        return False
    first = doc.sentences[0].text if doc.sentences else ""
    if _pattern(lexicon().demands_raw["yes_or_no"]).match(first.lstrip(" 　")):
        return False  # 「はい、」「いいえ、」: the question answered first
    if not _genre_marked(doc.folded, d.genres):
        return False
    seeds, groups = _question_words(question)  # (read once per question: before the answer's)
    if not seeds:
        return False  # (nothing asked in words the answer could share)
    said = declaration.declared(doc)
    declared = said is not None and said[0].name in d.genres  # 「私の強みは行動力です。」
    if not declared and (opens_naming(doc) or _named_first(doc)):
        return False  # 「オレンジです。」「犬です。」: the one thing asked, named first
    ws, ml = doc.words, doc.morphemes
    for i, w in enumerate(ws):
        if w.pos not in _CONTENT_POS or w.pos2 in _NOT_CONTENT:
            continue
        if w.normalized in seeds or w.lemma in seeds:
            return False
        if groups and not groups.isdisjoint(_word_groups(w, ml, i)):
            return False
    return True


_CONTENT_POS = frozenset({"名詞", "動詞", "形容詞", "形状詞"})
_NOT_CONTENT = frozenset({"数詞", "非自立可能", "助数詞可能"})


_NAMING_POS = frozenset(
    {"名詞", "接頭辞", "接尾辞", "代名詞", "形状詞", "連体詞", "助動詞", "補助記号"}
)


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


def _genre_marked(text: str, genres: tuple[str, ...]) -> bool:
    """The answer carries the marks or the hallmark of one of ``genres`` (with its addressee:
    a motivation names this company)."""
    return any(
        any(m.search(text) is not None for m in marks)
        and (addressee is None or addressee.search(text) is not None)
        for marks, addressee in _genre_checks(genres)
    )


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


def _told_instead(doc: Doc) -> bool:
    """Why one chose the trade or this company told in place of why one left ([short_stay]:
    the core of its `cores` topics, 御社・魅力・志望; or an `origin`, きっかけ・憧れ・頃から)."""
    d = data().short_stay
    text = doc.folded
    if d.origin is not None and _pattern(d.origin).search(text):
        return True
    return any(
        t is not None and t.core is not None and t.core.search(text) is not None
        for t in map(_topic, d.cores)
    )


def _unreasoned(doc: Doc) -> bool:
    """None of the words of a reason for choosing ([unreasoned] reasons: each topic's core;
    told: a wish, a cause, a feeling) in the whole answer, and no conjunctive particle of cause
    ([unreasoned] because, by POS: 「好きだから」, not 「仕込みから」)."""
    d = data().unreasoned
    text = doc.folded
    if _pattern(d.told).search(text) is not None:
        return False
    for name in d.reasons:
        t = _topic(name)
        if t is None or t.core is None or t.core.search(text) is not None:
            return False
    return not any(w.pos2 == "接続助詞" and w.surface in d.because for w in doc.words)


def _complained_share(doc: Doc, away: Matcher | None = None) -> float:
    """The share of the answer's sentences that hold a complaint (detect_reasons.complaints),
    or, with ``away``, a wish only to get away ([complained] escape)."""
    spans = detect_reasons.complaints(doc)
    if not spans or not doc.sentences:
        return 0.0
    held = sum(
        1
        for s in doc.sentences
        if any(s.start <= c.start < s.end for c in spans)
        or (away is not None and away.search(s.text) is not None)
    )
    return held / len(doc.sentences)


def _only_complaints(doc: Doc, topic: Topic) -> bool:
    """The answer gives complaints about the employer instead of what the topic asks: at least
    [complained].share of its sentences complain, one of them of the employer or its people,
    and the others say there is nothing to tell ([complained].nothing) or hold none of the
    topic's words (a plan: たい, 目指す); or it opens saying there is nothing, then complains,
    and tells no lesson ([short_tenure].lesson_patterns)."""
    nothing = _pattern(data().complained.nothing)
    opens_with_nothing = bool(doc.sentences) and nothing.search(doc.sentences[0].text) is not None
    words = topic.answer if topic.answer.pattern != "." else None  # (any answer is one)
    if topic.name in data().complained.cored:
        if topic.core is None or topic.core.search(doc.folded) is not None:
            return False  # (something of this company told: read as a motivation)
        words = topic.core
    elif words is None and topic.core is not None and topic.core.search(doc.folded) is not None:
        return False  # an open topic's core told (強み, やりがい): the topic answered
    acted = topic.name in data().complained.acted
    if (
        not opens_with_nothing
        and not acted  # (a team's words, 部署・メンバー, are a complaint's too: read by acts)
        and words is not None
        and all(words.search(s.text) for s in doc.sentences)
    ):
        return False  # each sentence holds the topic's words: a plan told (read without words)
    if not _complains_of_employer(doc) or not detect_reasons.blame(doc, named=True):
        return False
    if opens_with_nothing:
        # 「特にありません。」 first, then only what the employer failed to give: nothing learned
        lessons = _pattern(lexicon().raw["short_tenure"]["lesson_patterns"])
        return lessons.search(doc.folded) is None
    escape = data().complained.escape
    away = _pattern(escape) if escape is not None else None
    if _complained_share(doc, away) < data().complained.share:
        return False
    spans = detect_reasons.complaints(doc)
    if acted and _acted_after(doc, spans):
        return False  # what one did about it told after the complaint: the topic answered
    return all(
        any(s.start <= c.start < s.end for c in spans)
        or nothing.search(s.text)
        or (away is not None and away.search(s.text))
        or (words is not None and not words.search(s.text))
        for s in doc.sentences
    )


def _acted_after(doc: Doc, spans: list[Span]) -> bool:
    """An act of the candidate's own (demands.acts: a verb not passive, not negated, not a
    view) in a sentence with no complaint, or after the clause of a sentence's last complaint
    (「上司が指示を出さないことが多かったので、私からメンバーに声をかけて…開きました」)."""
    rest: list[Sentence] = []
    for sent in doc.sentences:
        inside = [c for c in spans if sent.start <= c.start < sent.end]
        if not inside:
            rest.append(sent)
            continue
        last = max(c.end for c in inside)
        cut = doc.folded.find("、", last, sent.end)
        if cut >= 0:
            rest.append(Sentence(cut + 1, sent.end, doc.folded[cut + 1 : sent.end]))
    return acts(doc, rest)


def _told_setting(doc: Doc, topic: Topic) -> bool:
    """None of the topic's words, and the marks of a setting of one's life (学生時代, サークル)."""
    text = doc.folded
    if topic.answer.search(text):
        return False
    return any(
        t.setting and t.marks is not None and t.marks.search(text)
        for t in lexicon().topics
        if t.name != topic.name
    )


def answered_kinds(doc: Doc) -> list[str]:
    """The kinds of cross.toml [[answered]] whose topics the answer answers: their marks (and
    addressee), their hallmark, a first sentence that declares one, or a strength claimed."""
    text = doc.folded
    said = declaration.declared(doc)
    declared = said[0].name if said is not None else None
    out: list[str] = []
    for entry in data().answered:
        topics = [t for t in lexicon().topics if t.name in entry.topics]
        if (
            declared in entry.topics
            or any(_carries(text, t) for t in topics)
            or (entry.claims > 0 and _claimed(doc, entry.claims, topics))
        ):
            out.append(entry.kind)
    return out


def _claimed(doc: Doc, least: int, topics: list[Topic]) -> bool:
    """At least ``least`` strengths claimed ([self_pr] pr_claims, or the core of the kind's
    topics: 性格, 得意, と言われ) outside the sentences that complain with a negative evaluation
    (「えこひいきで、頑張っても報われません」 claims nothing; 「周りからも行動力があると言われます」
    judges no one)."""
    claims = doc.find(lexicon().pr_claims)
    for topic in topics:
        if topic.core is not None:
            claims += [
                c
                for c in doc.find(topic.core)
                if not any(c.start < k.end and k.start < c.end for k in claims)
            ]
    if len(claims) < least:
        return False
    if not _employer_named(doc.folded):
        return True  # no employer told of: no complaint to read the claims out of
    judging = [c for c in detect_reasons.complaints(doc) if detect_reasons.judges(doc, c)]
    sentences = [s for s in doc.sentences if any(s.start <= c.start < s.end for c in judging)]
    kept = [c for c in claims if not any(s.start <= c.start < s.end for s in sentences)]
    return len(kept) >= least


def _carries(text: str, topic: Topic) -> bool:
    """The topic's marks or hallmark, and its addressee; the addressee alone is no mark (「御社
    でもこの強みを活かしたい」 closes a self-PR, it tells no motivation)."""
    if topic.addressee is not None:
        if topic.addressee.search(text) is None:
            return False
        text = _blanked(text, topic.addressee_pattern or "")
    return any(m is not None and m.search(text) for m in (topic.marks, topic.hallmark))


def _blanked(text: str, pattern: str) -> str:
    """``text`` with what ``pattern`` matches blanked out (offsets kept)."""
    return _compiled(pattern).sub(lambda m: "\u3000" * len(m.group()), text)


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _as_answered(doc: Doc, asked: Topic, company: Company | None, codes: set[str]) -> list[Finding]:
    """The findings of the kinds the off-topic answer answers instead, for the questions each
    kind is read for ([[answered]].asked)."""
    kinds: set[str] | None = None  # (read once an entry asks: most off-topic answers never)
    out: list[Finding] = []
    for entry in data().answered:
        if asked.name not in entry.asked:
            continue
        if not entry.complaints:
            if kinds is None:
                kinds = set(answered_kinds(doc))
            if entry.kind not in kinds:
                continue
        if entry.untold_mishap and _mishap(doc, asked):
            continue  # a failure told, however it also names a strength
        if entry.kind == "self_pr":
            found = detect_content.self_pr(doc)[0]
        elif entry.kind == "motivation":
            found = detect_content.motivation(doc, company)[0]
        elif _complains_of_employer(doc) and _complained_share(doc) >= data().complained.share:
            found = _unconceded(doc, detect_reasons.blame(doc, named=True))
        else:
            found = []
        out += [f for f in found if f.code in entry.codes and f.code not in codes]
    return out


def _unconceded(doc: Doc, found: list[Finding]) -> list[Finding]:
    """``found`` less the evidence its own sentence concedes ([blamed].conceded: 「残業が多かった
    のですが、週末に山に登って」 tells a fact and turns to what one did); a finding left with no
    evidence goes."""
    out: list[Finding] = []
    for f in found:
        kept = []
        for span in f.evidence:
            sent = next((s for s in doc.sentences if s.start <= span.start < s.end), None)
            if sent is None or not _conceded(doc, span, sent):
                kept.append(span)
        if len(kept) == len(f.evidence):
            out.append(f)
        elif kept:
            out.append(finding(f.code, kept))
    return out


def _mishap(doc: Doc, asked: Topic) -> bool:
    """Something gone wrong is told: the asked topic's own words (失敗, ミス, 苦労, 短所), or a
    verb of what befell one (〜てしまう: 「別の方にお渡ししてしまいました」)."""
    if befell(doc.folded):
        return True
    text = doc.folded
    # A topic word its own clause denies tells nothing gone wrong: 「失敗を恐れずに」「短所は特に
    # 思い当たりません」 are a strengths speech's words.
    denials = Denials(text)
    return any(not denials.at(m.end()) for m in asked.answer.finditer(text))


def _unconceded_blame(doc: Doc) -> list[Finding]:
    """Blame in a sentence whose topic or subject is the employer or its people (「今の会社は」
    「上司が」; not 「前職の倉庫で…悩まされました」, an experience of the work), not conceded in
    its own sentence ([blamed].conceded: 「…職場でしたが、その中で」)."""
    if not _employer_named(doc.folded):
        return []
    addressee = _motivation_addressee()
    told = [
        s
        for s in doc.sentences
        if not (addressee is not None and addressee.search(s.text)) and _employer_told(doc, s)
    ]
    if not told:
        return []  # (the complaint analysis only where the employer is told of)
    kept: list[Span] = []
    for f in detect_reasons.blame(doc, named=True):
        for span in f.evidence:
            # (not a sentence of the company applied to: 「貴社の研修制度では…指導を受けられる」)
            sent = next((s for s in told if s.start <= span.start < s.end), None)
            if sent is None or _describes(doc, span):
                continue
            if not _conceded(doc, span, sent):
                kept.append(span)
    return [finding(BLAME, kept)] if kept else []


def _conceded(doc: Doc, span: Span, sent: Sentence) -> bool:
    """The rest of the span's sentence concedes it ([blamed].conceded: 「…職場でしたが、
    その中で」)."""
    return _pattern(data().blamed.conceded).search(doc.folded[span.end : sent.end]) is not None


def _motivation_addressee() -> Matcher | None:
    """The words for the company applied to (the motivation topic's addressee: 御社, 貴社)."""
    topic = _topic("motivation")
    return topic.addressee if topic is not None else None


def _describes(doc: Doc, span: Span) -> bool:
    """The complaint is a verb that only describes a noun after it, not the employer nor its
    people (「一度断られた顧客にも提案を続けました」)."""
    from furikaeri.analyzer.blame.targets import _is_concept

    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, span.end)
    if i >= len(ws) or begins[i] != span.end:
        return False
    while i < len(ws) and ws[i].pos == "助動詞":  # 断られ|た 顧客
        i += 1
    return (
        i < len(ws)
        and ws[i].pos == "名詞"
        and any(w.pos == "動詞" for w in ws[bisect_left(begins, span.start) : i])
        and not _is_concept(doc, i, "employer", "people")
    )


def _employer_told(doc: Doc, sent: Sentence, *, predicate: bool = False) -> bool:
    """The sentence's topic or subject is the employer or its people (the noun, then は, が or
    も, or では); with ``predicate``, its predicate too (「…が当然の職場です」: for an answer
    already read as complaints, not for a motivation, whose 「長く働ける環境だと感じ」 is the
    company applied to)."""
    from furikaeri.analyzer.blame.targets import _is_concept

    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, sent.start)
    while i + 1 < len(ws) and begins[i] < sent.end:
        k = i + 2 if ws[i + 1].surface == "で" and i + 2 < len(ws) else i + 1  # 今の職場では
        if (
            ws[i].pos == "名詞"
            and (ws[k].surface in _SUBJECT or (predicate and _copula(ws[i + 1])))
            and _is_concept(doc, i, "employer", "people")
        ):
            return True
        i += 1
    return False


def _copula(word: Word) -> bool:
    """だ or です after a noun: the employer told as the predicate (「…が当然の職場です」
    「…通らない職場なんです」), as much as the topic."""
    return word.pos == "助動詞" and word.lemma in ("だ", "です")


@cache
def _employer_gate(predicate: bool = False) -> Matcher:
    """A word of the employer or its people ([concepts] employer, people: their seeds), then
    は, が, も or では (with ``predicate``, a copula too: 職場です, 職場なんです): the text may
    tell of the employer as a topic or subject (a gate before the answer's words are read;
    their synonyms are read by _employer_told)."""
    concepts = lexicon().raw["concepts"]
    seeds = sorted({*concepts["employer"], *concepts["people"]}, key=len, reverse=True)
    after = "は|が|も|では" + ("|だ|です|でし|で、|な" if predicate else "")
    return matcher(f"({'|'.join(map(re.escape, seeds))})({after})")


def _employer_named(text: str, *, predicate: bool = False) -> bool:
    return _employer_gate(predicate).search(text) is not None


def _complains_of_employer(doc: Doc) -> bool:
    """A sentence that complains has the employer or its people as its topic or subject
    (「今の職場では上司が…」; not 「前職の設計では、残業の多さが課題に」: the work's facts)."""
    if not _employer_named(doc.folded, predicate=True):
        return False  # (read without the answer's words, which it may never need)
    told = [s for s in doc.sentences if _employer_told(doc, s, predicate=True)]
    if not told:
        return False  # (the complaint analysis only where the employer is told of)
    spans = detect_reasons.complaints(doc)
    return any(any(s.start <= c.start < s.end for c in spans) for s in told)


_SUBJECT = frozenset({"は", "が", "も"})


def __getattr__(name: str) -> Any:
    """CrossData (the pydantic schema of cross.toml, analyzer/schema.py), imported on first use."""
    if name == "CrossData":
        from furikaeri.analyzer.schema import CrossData

        return CrossData
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
