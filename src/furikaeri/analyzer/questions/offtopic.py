"""Answers that miss the question (communication.off_topic): another topic's marks or
hallmarks instead of the one asked, or another topic declared outright."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, lru_cache
from typing import Any

from furikaeri import lazy_re
from furikaeri.analyzer.blame.complaints import own_circumstance
from furikaeri.analyzer.blame.targets import _is_concept, _words
from furikaeri.analyzer.content.episodes import (
    _PAST_END,
    _kept_up_said,
    habitual,
    kept_up,
    told_past,
)
from furikaeri.analyzer.content.predicates import holds_auxiliary, negated, role_held
from furikaeri.analyzer.cross.table import data as cross_data
from furikaeri.analyzer.demands.changes import changed, pushed
from furikaeri.analyzer.demands.forms import acts, demanded, opposite, unmet
from furikaeri.analyzer.demands.hardships import hardship
from furikaeri.analyzer.demands.leaving import others_leaving
from furikaeri.analyzer.demands.plans import grievances_instead
from furikaeri.analyzer.denial import befell, blanked, undenied
from furikaeri.analyzer.detect_reasons import complaints
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import Topic, grammar, lexicon, self_words
from furikaeri.analyzer.questions.declaration import declared, declared_other, opposite_turned
from furikaeri.analyzer.questions.merits import FIRM, kind_claimed, merit
from furikaeri.analyzer.questions.owner import owner_swapped
from furikaeri.analyzer.questions.topics import _motivation_topic
from furikaeri.analyzer.readings import (
    any_spans,
    named_piece,
    names_section,
    quality_claimed,
    routines,
    worn_out,
)
from furikaeri.analyzer.semantics import concept, normalized_words, polarity
from furikaeri.analyzer.types import Finding
from furikaeri.nlp import Word, fold, noun_parts, synonym_groups
from furikaeri.patterns import Matcher, any_of


def _misses(
    text: str, topic: Topic, *, party: bool = False, pulled: bool = False, closed: bool = False
) -> bool:
    """Nothing of ``topic`` and another topic clearly addressed: by its marks when the answer
    shares none of the topic's words, or by its hallmark (「志望した理由は」) when the answer
    lacks the topic's core. ``party``: the answer names a party to what the topic asks
    (topics.toml `parties`), so a strict topic's words missing do not settle it. ``pulled``:
    the question asks what draws one on (topics.toml `pull_when`): the topics of `pull` show no
    other question answered. ``closed``: an open topic read as a closed one (a flaw asked and
    none named: a setting's marks, ゼミ, tell another topic)."""
    without = topic.pull if pulled else ()
    if topic.marks is not None and topic.marks.search(text):
        return False
    if not topic.answer.search(text):
        if topic.strict and not party:
            return True  # nothing of the shape the question asks for (a reason, a method…)
        if topic.instead is not None and topic.instead.search(text) and _mostly_past(text):
            return True  # past experience told for a question about the future
        if _only_now(text, topic):
            return True  # the present told alone (〜しています) for a question about the future
        return _marked_other(text, topic.name, topic.open and not closed) or _hallmarked(
            text, topic.name, without
        )  # (another topic's marks, or its hallmark with its addressee: 「貴院に応募しました」)
    if topic.core is None or topic.core.search(text):
        return False
    if topic.instead is not None and topic.instead.search(text) and _mostly_past(text):
        return True  # an experience told, with none of the core of a question on the future
    rivals = _rival_marks(topic.name, without)
    if _paired(text, rivals, _union(_rival_marks, topic.name, without)):
        return True
    return _hallmarked(text, topic.name, without)


@lru_cache(maxsize=64)
def _rival_marks(
    name: str, without: tuple[str, ...] = ()
) -> tuple[tuple[Matcher, Matcher | None], ...]:
    """The marks of the topics named as rivals of ``name`` (topics.toml `rivals`) but
    ``without``, each with the addressee an answer must also name (a motivation: this
    company)."""
    topics = lexicon().topics
    rivals = next((t.rivals for t in topics if t.name == name), ())
    return tuple(
        (t.marks, t.addressee)
        for t in topics
        if t.name in rivals and t.name not in without and t.marks is not None
    )


_SENTENCE = lazy_re.compile(r"[^。！？!?\n]+")


def _sentence_ends(text: str) -> list[str]:
    """The sentences of ``text`` without their closing spaces and quotes (read by their ends)."""
    return [s.rstrip(" 　」』") for s in _SENTENCE.findall(text) if s.strip()]


def _mostly_past(text: str) -> bool:
    """More than half of the sentences end in the past tense (an experience told)."""
    ends = _sentence_ends(text)
    return 2 * sum(1 for s in ends if _PAST_END.search(s)) > len(ends)


def _only_now(text: str, topic: Topic) -> bool:
    """Every sentence ends in the past or in the topic's `present` (〜ています), and nothing of
    its core: where one stands now, told for a question on what lies ahead."""
    if topic.present is None or (topic.core is not None and topic.core.search(text)):
        return False
    ends = _sentence_ends(text)  # (_SENTENCE stops before 。: none is left to strip)
    now = topic.present
    return bool(ends) and all(_PAST_END.search(e) or now.search(e) for e in ends)


def answers_other(doc: Doc, topic: Topic) -> bool:
    """The answer clearly addresses another known topic than ``topic``: its marks, and the
    addressee it must name (a motivation: this company), or its first sentence declares
    another topic (declared_other). A topic akin to ``topic`` is none (topics.toml `akin`: a
    strength claimed after a ガクチカ, 「責任感の強さには自信があります」, tells what the
    activity gave, as declared_other reads it too)."""
    text = doc.folded
    return declared_other(doc, topic) is not None or any(
        t.marks.search(text) and (t.addressee is None or t.addressee.search(text))
        for t in lexicon().topics
        if t.name != topic.name and t.name not in topic.akin and t.marks is not None
    )


@lru_cache(maxsize=64)
def _other_marks(name: str, open_question: bool = False) -> tuple[Matcher, ...]:
    """The marks of every known topic but ``name`` (in the topics' order). For an open
    question (a hobby, what others say), not those of a topic whose marks name a setting of
    one's life (topics.toml `setting`: 学生時代, サークル): an open answer tells its own terms
    there (「学生時代は吹奏楽部で…今も楽団で練習しています」)."""
    return tuple(
        t.marks
        for t in lexicon().topics
        if t.name != name and t.marks is not None and not (open_question and t.setting)
    )


@lru_cache(maxsize=64)
def _addressed(
    name: str, without: tuple[str, ...] = ()
) -> tuple[tuple[Matcher, Matcher | None], ...]:
    """The hallmarks of every known topic but ``name`` and ``without``, each with the addressee
    an answer must also name to answer that topic instead (「事務職を志望しました」 is no
    motivation for this company)."""
    return tuple(
        (t.hallmark, t.addressee)
        for t in lexicon().topics
        if t.name != name and t.name not in without and t.hallmark is not None
    )


def hallmarked_other(text: str, name: str) -> bool:
    """``text`` says outright it answers another topic than ``name``: that topic's hallmark, with
    the addressee it must name (「御社を志望いたしました」): years told before it (「『ソラマド』を
    使ってきました」) are that answer's, no stretch of one's own work."""
    return _hallmarked(text, name)


def _marked_other(text: str, name: str, open_question: bool = False) -> bool:
    """``text`` holds the marks of a topic of _other_marks (read by their union: one scan)."""
    union = _union(_other_marks, name, open_question)
    if union is not None:
        return union.search(text) is not None
    return any(marks.search(text) for marks in _other_marks(name, open_question))


def _hallmarked(text: str, name: str, without: tuple[str, ...] = ()) -> bool:
    """``text`` holds the hallmark of a topic of _addressed, with its addressee."""
    return _paired(text, _addressed(name, without), _union(_addressed, name, without))


def _paired(
    text: str, pairs: tuple[tuple[Matcher, Matcher | None], ...], union: Matcher | None
) -> bool:
    """One of ``pairs`` (a pattern and the addressee it needs) holds in ``text``: none does
    where ``union``, that of their patterns, finds nothing (one scan, most answers)."""
    if union is not None and union.search(text) is None:
        return False
    return any(p.search(text) and (to is None or to.search(text)) for p, to in pairs)


@lru_cache(maxsize=256)
def _union(read: Callable[..., tuple[Any, ...]], *args: Any) -> Matcher | None:
    """patterns.any_of of the patterns ``read(*args)`` gives (_other_marks: each one; the
    pairs of _addressed, _rival_marks: the first of each), built once."""
    found = read(*args)
    return any_of(m if not isinstance(m, tuple) else m[0] for m in found)


@lru_cache(maxsize=64)
def _other_hallmarks(name: str) -> tuple[Matcher, ...]:
    """The hallmarks of every known topic but ``name``."""
    return tuple(t.hallmark for t in lexicon().topics if t.name != name and t.hallmark is not None)


@cache
def _opening() -> re.Pattern[str]:
    """What may come before a hallmark at the very start of an answer: the speaker
    ([self_pr].self_reference), the company (the motivation topic's addressee)."""
    me = lexicon().raw["self_pr"]["self_reference"]
    (topic,) = (t for t in lexicon().topics if t.name == "motivation")
    return re.compile(f"(({me})(の|が|は)?)?(({topic.addressee_pattern})(を|に|へ))?")


def answer_kind(doc: Doc) -> str | None:
    """The kind of question an answer given with no question answers, when its first words
    say so (「私の強みは…」→ self_pr, 「御社を志望した理由は…」→ motivation)."""
    if not doc.sentences:
        return None
    first = doc.sentences[0].text.lstrip(" 　、")
    for topic in lexicon().topics:
        found = topic.hallmark.search(first) if topic.kind and topic.hallmark else None
        if found and _opening().fullmatch(first[: found.start()]):
            return topic.kind
    return None


def _party(doc: Doc, topic: Topic) -> bool:
    """The answer names a party to what a strict topic asks (topics.toml `parties`: a word of
    that [concepts] list or a Sudachi synonym of one: 「当時のチームには」「上司に」)."""
    if topic.parties is None:
        return False
    c = concept(topic.parties)
    ws, ml = doc.words, doc.morphemes
    return any(w.pos == "名詞" and c.has_word(w, ml, i) for i, w in enumerate(ws))


def _quality_claimed(doc: Doc) -> bool:
    return quality_claimed(doc)


def _missed(doc: Doc, topic: Topic, *, pulled: bool = False) -> bool:
    """_misses, read with the answer's words where the topic asks: a hardship named in any words
    answers a question about one, and naming none misses it (demands.hardship); grievances told
    instead of what the topic asks miss it (demands.grievances_instead); a change of the former
    workplace told, or a push told before the wish (demands.pushed), gives a reason for leaving
    (demands.changed)."""
    if topic.hardship:
        if _named_outright(doc, topic):
            return False  # 「年度末の決算業務です」: the hardship asked named, its premise kept
        return not hardship(doc, topic, told=_hardship_told(doc, topic))
    if topic.names_self and _self_named(doc, topic):
        return False  # 「高橋です。」: a name alone opens a self-introduction, as 申します does
    closed = False
    if topic.flaw:
        if hardship(doc, topic, told=_hardship_told(doc, topic)) and (
            not hallmarked_other(doc.folded, topic.name) or opposite_turned(doc, topic)
        ):
            # something wanting named in any words (「認知度がまだ低い」「低すぎて」), or after a
            # strength declared and turned at once (「長所は行動力です。一方で、雑になりがちです」)
            return False
        closed = True  # (none named: a seminar or a major described tells student days)
    # (the topic's words its own clause denies tell nothing of it: 「短所は特に思いつきません」,
    # unless something befell the speaker all the same: 「失敗を恐れず動き…欠品を出してしまい」)
    text = undenied(doc.folded, (topic.marks, topic.answer, topic.core))
    if text != doc.folded:
        text = _unfit_kept(doc, text)
    if (topic.befell or text != doc.folded) and befell(doc.folded):  # (the cheap test first)
        if topic.befell:
            return topic.grievances and grievances_instead(doc, topic)  # a mishap told
        text = doc.folded
    text = _unechoed(doc, text)
    # (others' leaving is an episode's setting, no reason for leaving told: 「新人が次々と辞めて
    # しまう」)
    text = blanked(text, others_leaving(doc))
    anywhere = any_spans(doc) if topic.addressee is not None else []
    # (「どのような仕事でも活かせる」: any work, none of the addressee's: a self-PR's close)
    text = blanked(text, anywhere)
    lead = _lead(doc, topic)
    missed = (
        _misses(text[lead:], topic, party=_party(doc, topic), pulled=pulled, closed=closed)
        and not (
            topic.change_is_core
            and (changed(doc, _motivation_topic()) or pushed(doc, _motivation_topic()))
        )
        and not (topic.circumstance_is_core and (worn_out(doc) or own_circumstance(doc)))
    )
    missed = missed or _acknowledged_only(doc, text, topic)
    missed = missed or _record_instead(doc, text, topic)
    missed = missed or (topic.circumstances and _circumstances_instead(doc, text, topic))
    missed = missed or (bool(anywhere) and _anywhere_instead(doc, text, topic, anywhere))
    if not (missed or topic.grievances or topic.routine):
        return False  # (nothing below makes a miss: the self-PR reading, costly, not needed)
    # No miss for a self-PR topic where a stretch of one's own work is told (「法人営業に携わって
    # まいりました」; not years of using this company's product, a customer's) or a strength
    # claimed with no complaint (「課題解決力を発揮できる」): an attempt at the self-PR, however
    # abstract, though it closes on the company (御社でも活かしたい) or names a problem met.
    # Read cheapest first: the years, then whether a miss is told at all, the complaints last.
    self_pr = topic.kind == "self_pr"
    if self_pr and _own_years(doc, topic):
        return False
    # (one's own habit or study told, nothing of the world: read on the morphemes)
    if not (
        missed
        or (topic.grievances and grievances_instead(doc, topic))
        or _routine_instead(doc, text, topic)
    ):
        return False
    return not (self_pr and _quality_claimed(doc) and not complaints(doc))


def _lead(doc: Doc, topic: Topic | None) -> int:
    """Where a strict yes/no topic's answer (any answer, with no topic) begins after the
    interjections that open it but are no acknowledgment (Sudachi's 感動詞, and the marks after
    them: 「あ、はい、あります」「えっと、いいえ」): its yes or no is read from there, as at the
    start."""
    if topic is not None and not (topic.strict and topic.acknowledgment):
        return 0
    ws, ends, at = doc.words, doc.ends, 0

    def yes(i: int) -> bool:  # (the topic's acknowledgment, or any yes or no: [demands])
        if topic is not None:
            return ws[i].surface in topic.acknowledgment
        return _yes_or_no().match(doc.folded[doc.begins[i] :]) is not None

    for i, w in enumerate(ws):
        if w.pos == "感動詞" and not yes(i):
            at = ends[i]
        elif w.pos not in ("補助記号", "空白") or at == 0:
            break
        else:
            at = ends[i]
    return at


@cache
def _yes_or_no() -> re.Pattern[str]:
    """[demands] yes_or_no compiled once (re.match with the string looked it up per call)."""
    return re.compile(lexicon().demands_raw["yes_or_no"])


@cache
def _spaced_yes_or_no() -> re.Pattern[str]:
    """[demands] yes_or_no after any spaces (_yes_given)."""
    return re.compile(r"\s*(" + lexicon().demands_raw["yes_or_no"] + ")")


def _unfit_kept(doc: Doc, text: str) -> str:
    """``text`` (offsets of doc.folded) with a verb of fit denied given back ([concepts]
    fit_words: 合わ of 「私には合わず」, 向い of 「向いていない」): the denial is what it tells,
    one's unsuitability, not the topic's word taken back."""
    fit = _words("fit_words")
    ws, begins, ends = doc.words, doc.begins, doc.ends
    chars: list[str] | None = None
    for i, w in enumerate(ws):
        if w.pos == "動詞" and (w.lemma in fit or w.normalized in fit) and negated(ws, i):
            chars = chars if chars is not None else list(text)
            chars[begins[i] : ends[i]] = doc.folded[begins[i] : ends[i]]
    return text if chars is None else "".join(chars)


def _record_instead(doc: Doc, text: str, topic: Topic) -> bool:
    """The answer gives the candidate's record — what a self-PR or a self-introduction tells
    (the topics.toml `record` topics) — and nothing of the topic asked (_nothing_of ``text``),
    and every sentence that
    says something tells the record (_tells_record): a sales figure for a way to unwind, one's
    meticulous character for the company's problems, a graduation study for the other
    applications. For a flaw asked and none named, a merit counts as the record (merits.merit:
    「人と話すことが好きで、すぐに打ち解けられます。…名前で呼んでいただけるようになりました」),
    one of them told plainly (a liking claimed, a success). A topic that is a record itself,
    asks for a hardship (read on its own), or holds a record topic akin (a 特技 told as a
    strength) is never missed so."""
    if topic.record or topic.hardship or topic.akin & _record_names():
        return False
    if not _nothing_of(text, topic):
        return False
    echoes = doc.asked_back()
    said = [s for s in doc.sentences[len(echoes) :] if not doc._bare(s)]
    if topic.flaw:
        # (a flaw asked and none named: merits told instead, one plainly, are its opposite)
        return _told_throughout(
            doc,
            said,
            lambda s: FIRM if _tells_record(doc, s, kinds=False) else merit(doc, s),
            firm=True,
        )
    return _told_throughout(doc, said, lambda s: FIRM if _tells_record(doc, s) else 0)


def _told_throughout(
    doc: Doc, said: list[Sentence], read: Callable[[Sentence], int], *, firm: bool = False
) -> bool:
    """Every sentence of ``said`` (at least one) is read as telling something (``read``: FIRM,
    SOFT or 0), or goes on with what the one before told (_goes_on); with ``firm``, one of them
    FIRM. Read sentence by sentence, stopping at the first that tells nothing (_goes_on reads
    only what the sentence before was read as)."""
    told: list[int] = []
    seen_firm = False
    for k, s in enumerate(said):
        told.append(read(s))
        t = told[k] or (FIRM if _goes_on(doc, said, k, told) else 0)
        if not t:
            return False
        seen_firm = seen_firm or t == FIRM
    return bool(said) and (seen_firm or not firm)


def _goes_on(doc: Doc, said: list[Sentence], k: int, told: list[Any]) -> bool:
    """Sentence k of ``said`` goes on with the record the sentence before told (``told``: what
    each was read as): an act of one's own, done and told in the past, and no wish (demands.acts:
    「卒業研究では木造住宅の断熱性能を調べています。実際に住宅展示場を回って、…比べました」),
    the episode of that record."""
    if k == 0 or not told[k - 1] or not told_past(said[k].text):
        return False
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, said[k].start), bisect_left(begins, said[k].end)
    if holds_auxiliary(ws, lo, hi, "たい"):
        return False  # (「…携わりたいと考え、…目指すことにしました」: a wish, where one goes next)
    return acts(doc, [said[k]])


def _tells_record(doc: Doc, sent: Sentence, *, kinds: bool = True) -> bool:
    """The sentence tells the candidate's record, and no wish (the auxiliary たい): the marks or
    hallmark of a record topic (強み, 実績, 担当して, ゼミ, 卒業研究), a strength claimed
    ([self_pr] claim_patterns naming a quality word: 「体力には自信があって」; with ``kinds``, a
    kind of person with a good word: 「几帳面な性格で」, merits.kind_claimed),
    a stretch of one's work (〜てきました: content.episodes), or, told in the past (the auxiliary
    た) and no habit (_habit: a way of working), a result ([results]: 前年比120%に伸ばしました),
    a rank won (a number and Sudachi's suffix 位: 「支店で1位になった」) or a role held
    (content.predicates.role_held: 「リーダーとして…まとめ」)."""
    ws, begins = doc.words, doc.begins
    told = range(bisect_left(begins, sent.start), bisect_left(begins, sent.end))
    if holds_auxiliary(ws, told.start, told.stop, "たい"):
        return False  # (「この経験を活かして成果を出したい」: what one wants, no record)
    text = sent.text
    if any(m.search(text) for m in _record_marks()) or _kept_up_said(text):
        return True
    lex = lexicon()
    if any(_quality_named(c.text) for c in doc.find(lex.pr_claims, within=sent)):
        return True
    if kinds and kind_claimed(doc, sent):
        return True  # 「私は几帳面な性格で」「何事にも全力で取り組むタイプです」
    if not holds_auxiliary(ws, told.start, told.stop, "た"):
        return False
    if _habit(doc, sent):
        return False  # (「営業として、毎日お客様のもとに足を運んでいました」: a way of working)
    if lex.result.search(text) is not None:
        return True
    return any(
        (ws[i].pos == "接尾辞" and ws[i].normalized == "位" and ws[i - 1].pos == "名詞")
        or role_held(ws, i)
        for i in told
        if i > told.start
    )


def _quality_named(claim: str) -> bool:
    """A claim's text names a quality ([self_pr] quality_words: 協調性, 課題解決力, 自信), not
    in a noun of a kind of person (性 of 性格 names none: [self_pr] kind_nouns)."""
    raw = lexicon().raw["self_pr"]
    for kind in raw["kind_nouns"]:
        claim = claim.replace(kind, "")
    return any(w in claim for w in raw["quality_words"])


def _habit(doc: Doc, sent: Sentence) -> bool:
    """The sentence tells a habit: a word of [routine] habits by Sudachi's normalized form
    (毎日, 毎朝), or one of content.episodes.habitual (常に, いつも, どんなに…ても)."""
    if habitual(sent.text):
        return True
    habits = normalized_words("routine", "habits")
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    return any(ws[i].normalized in habits for i in range(lo, hi))


@cache
def _record_names() -> frozenset[str]:
    """The topics that tell the candidate's record (topics.toml `record`)."""
    return frozenset(t.name for t in lexicon().topics if t.record)


@cache
def _record_marks() -> tuple[Matcher, ...]:
    """The marks and hallmarks of the record topics."""
    return tuple(
        m for t in lexicon().topics if t.record for m in (t.marks, t.hallmark) if m is not None
    )


def _circumstances_instead(doc: Doc, text: str, topic: Topic) -> bool:
    """A topic read for circumstances (topics.toml `circumstances`: what one values, a self-PR)
    answered with nothing of it (_nothing_of) and with what the former workplace was: more than
    half of the sentences told in the past (_ends_past) with the workplace, its people or its
    conditions as their subject (_workplace_subject: 「前の職場は人が少なくて」「店長もよく替わって
    いて」「本社からの応援もなくて」). A topic any episode answers (a self-PR: `answer` '.')
    misses it only when the answer opens on the workplace as its subject and every sentence
    describes it (_describes_workplace: 「前職は食品商社で…卸していました。取引先は200社ほど
    ありました」): no sentence of one's own doing (「毎日スーパーを回り、…話をしていました」)
    nor, read after this in _missed, a strength claimed. One's own doings told (「常連のお客様の
    名前を覚えて声をかけていました」) name no such subject."""
    if not _nothing_of(text, topic):
        return False
    said = doc.sentences
    if topic.answers_anything:
        told = [s for s in said if not doc._bare(s)]
        return (
            bool(told)
            and _workplace_subject(doc, told[0])
            and all(_describes_workplace(doc, s) for s in told)
        )
    past = sum(1 for s in said if _ends_past(doc, s) and _workplace_subject(doc, s))
    return 2 * past > len(said)


def _nothing_of(text: str, topic: Topic) -> bool:
    """``text`` says nothing of ``topic``: none of its core nor its marks, nor its answer words
    unless they are a mere shape (a strict topic with a core: 〜ます for a way to unwind) or
    take anything (`answer` '.': a self-PR)."""
    if topic.core is not None and topic.core.search(text):
        return False
    if topic.marks is not None and topic.marks.search(text):
        return False
    if topic.answers_anything or (topic.core is not None and topic.strict):
        return True
    return topic.answer.search(text) is None


def _ends_past(doc: Doc, sent: Sentence) -> bool:
    """The sentence's predicate is in the past: its last word but stops, sentence-final
    particles and a polite です is the auxiliary た (「…していました」「多かったです」)."""
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, sent.end) - 1
    lo = bisect_left(begins, sent.start)
    while i >= lo and (
        ws[i].pos in ("補助記号", "空白")
        or ws[i].pos2 == "終助詞"
        or (ws[i].pos == "助動詞" and ws[i].normalized == "です")
    ):
        i -= 1
    return i >= lo and ws[i].pos == "助動詞" and ws[i].normalized == "た"


def _workplace_subject(doc: Doc, sent: Sentence) -> bool:
    """The sentence has a noun of the workplace, its people, its customers or its conditions as
    its subject or topic (the noun then は, が or も; not a setting, 「前職では」; 「お客様は大学生
    の方が多くて」 tells the workplace's trade)."""
    ws, begins, ends = doc.words, doc.begins, doc.ends
    subject = lexicon().raw["grammar"]["topic_particles"]
    lo = i = bisect_left(begins, sent.start)
    while i + 1 < len(ws) and ends[i + 1] <= sent.end:
        if ws[i].pos == "名詞" and ws[i + 1].surface in subject and ws[i + 1].pos == "助詞":
            # (the noun itself, or the workplace it is of: 「本社からの応援もなくて」)
            k = i - 2 if i - 2 >= lo and ws[i - 1].surface == "の" else None
            if k is not None and k - 1 >= lo and ws[k].pos == "助詞" and ws[k].surface in _FROM:
                k -= 1
            if any(
                j is not None and ws[j].pos == "名詞" and _is_concept(doc, j, *_WORKPLACE)
                for j in (i, k)
            ):
                return True
        i += 1
    return False


# The concepts of the workplace, its people, its customers and its conditions ([concepts]).
_WORKPLACE = ("employer", "people", "clients", "hours", "pay", "leave")
# Case particles between a noun and the の by which it owns the next (本社からの, 店での).
_FROM = frozenset({"から", "で", "と", "へ"})


def _describes_workplace(doc: Doc, sent: Sentence) -> bool:
    """The sentence describes the workplace: the workplace as its subject (_workplace_subject),
    or a thing of its own as the topic (a noun and は, not the speaker nor one's own work, 主な
    担当は) of a verb of being, of movement between its sites, of a verb that only modifies a
    noun or of the copula alone (「取引先は200社ほどありました」「主な客層は贈答用に買う年配の
    方でした」「取引先は30社で、…営業所を行き来していました」), or no topic of its own and no
    verb but a business's acts ([concepts] business_acts: 扱う, 卸す, 販売) and being: what the
    workplace did or had (「主に個人向けの住宅ローンを扱っていて、…つながりが強い金庫でした」
    「全国に8つの拠点がありました」), not what one did there (「お客様の要望を聞き出し、…間取り
    を詰めるのが仕事でした」). Never one that names the speaker (「自分から陳列の改善を提案し」)
    or tells the record (_tells_record: 「半年で売上を1.2倍にしました」)."""
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    me = self_words()
    if any(ws[i].pos in ("代名詞", "名詞") and ws[i].surface in me for i in range(lo, hi)):
        return False
    if _tells_record(doc, sent):
        return False
    if _workplace_subject(doc, sent):
        return True
    topics = [
        i - 1
        for i in range(lo + 1, hi)
        if ws[i].surface == "は" and ws[i].pos2 == "係助詞" and ws[i - 1].pos in ("名詞", "代名詞")
    ]
    being = grammar("existence_verbs") | grammar("absence_verbs")
    verbs = [i for i in range(lo, hi) if ws[i].pos == "動詞" and not _after_te(ws, i, lo)]
    if any(_is_concept(doc, i, "work") for i in topics):
        return False  # 「主な担当はスーパー向けの営業でした」: one's own work, no workplace's thing
    if topics:
        # (a copula alone, 「主な客層は30代のご夫婦でした」, says what the thing was too; going
        # between the workplace's sites, 「…の営業所を行き来していました」, where it was)
        return all(
            ws[i].normalized in being or _among_sites(doc, i, lo) or _modifies_noun(ws, i, hi)
            for i in verbs
        )
    acts = concept("business_acts")
    return bool(verbs) and all(
        ws[i].normalized in being or acts.has_word(ws[i], doc.morphemes, i) for i in verbs
    )


def _modifies_noun(ws: list[Word], i: int, hi: int) -> bool:
    """Verb i (with its auxiliaries) modifies the noun after it (「贈答用に買う年配の方」): it
    tells what that thing is, no act of the sentence's own."""
    k = i + 1
    while k < hi and ws[k].pos == "助動詞":
        k += 1
    return k < hi and ws[k].pos == "名詞"


def _among_sites(doc: Doc, i: int, lo: int) -> bool:
    """Verb i (or the サ変 noun before it: 行き来+する) has a site of the workplace as its object
    or goal (a noun of [concepts] sites before を, に or へ: 「営業所を行き来し」「支店に通い」):
    movement between the places the workplace had, no act of one's own there."""
    ws, ml, sites = doc.words, doc.morphemes, concept("sites")
    k = i - 1 if ws[i].normalized == "為る" and i - 1 >= lo and ws[i - 1].pos == "名詞" else i
    j = k - 1
    return (
        j - 1 >= lo
        and ws[j].pos == "助詞"
        and ws[j].surface in ("を", "に", "へ")
        and ws[j - 1].pos == "名詞"
        and sites.has_word(ws[j - 1], ml, j - 1)
    )


def _after_te(ws: list[Word], i: int, lo: int) -> bool:
    """Verb i goes on the verb before it as an auxiliary (て or で, then Sudachi's 非自立可能:
    卸して+いました, 扱って+いて)."""
    return (
        ws[i].pos2 == "非自立可能"
        and i > lo
        and ws[i - 1].pos == "助詞"
        and ws[i - 1].surface in ("て", "で")
    )


def _anywhere_instead(doc: Doc, text: str, topic: Topic, anywhere: list[tuple[int, int]]) -> bool:
    """A topic with an addressee (a motivation: this company) answered with nothing of its core
    or marks, one's record told (a sentence in the past, or a strength claimed) and, closing
    it, a claim to do well anywhere (readings.any_spans in the last sentence: 「この経験はどこに
    行っても通用すると思います」「どんな環境でも動ける自信があります」), with no wish (たい):
    a self-PR, what one can do, not why here. A wish (「どんな分野でも人の役に立ちたい」
    「働いてみたいと思いました」) makes it a motivation, if a thin one."""
    if topic.core is None or topic.core.search(text):
        return False
    if topic.marks is not None and topic.marks.search(text):
        return False
    last = doc.sentences[-1] if doc.sentences else None
    if last is None or not any(last.start <= a < last.end for a, _ in anywhere):
        return False  # (「どのような相談にも担当者が寄り添うと伺い」 first: what one saw)
    if any(w.pos == "助動詞" and w.normalized == "たい" for w in doc.words):
        return False  # (a wish anywhere in it: 「子どもの頃から通っていたので、働いてみたい」)
    return _quality_claimed(doc) or any(told_past(s.text) for s in doc.sentences)


def _self_named(doc: Doc, topic: Topic) -> bool:
    """The answer opens by declaring ``topic`` with one's name alone (declaration._a_name:
    Sudachi's 固有名詞・人名 and a copula, 「高橋です。」) and tells more after it: the name is
    the topic's own opening, like its core 「〜と申します」 (a name said with nothing after it is
    left to the other readings)."""
    said = declared(doc)
    return said is not None and said[0].name == topic.name and len(doc.sentences) > 1


def _acknowledged_only(doc: Doc, text: str, topic: Topic) -> bool:
    """A strict yes/no topic answered only by the acknowledgment that opens the answer (topics
    .toml `acknowledgment`: an interjection by Sudachi's part of speech, 「はい、」), the rest
    giving nothing of `answer` and telling another topic by its marks (「はい、御社のことは就職
    サイトで知り、説明会にも参加しました」 for whether one used the product)."""
    ws = doc.words
    if not (topic.strict and topic.acknowledgment and ws) or ws[0].pos != "感動詞":
        return False
    if ws[0].surface not in topic.acknowledgment:
        return False
    stop = doc.ends[0]
    if len(ws) > 1 and ws[1].pos == "補助記号":
        stop = doc.ends[1]
    rest = blanked(text, [(0, stop)])
    if topic.answer.search(rest):
        return False
    return _marked_other(rest, topic.name, topic.open)


def _own_years(doc: Doc, topic: Topic) -> bool:
    """A stretch of one's own work told (content.episodes.kept_up), not years of using this
    company's product (the motivation topic's addressee), nor told as another topic's answer
    (hallmarked_other). Read only for a self-PR topic (_missed)."""
    motivation = _motivation_topic()
    apart = motivation.addressee if motivation is not None else None
    return kept_up(doc, apart=apart) and not hallmarked_other(doc.folded, topic.name)


def _unechoed(doc: Doc, text: str) -> str:
    """``text`` (offsets of doc.folded) with the question asked back blanked (「失敗ですか。」:
    Doc.asked_back): the interviewer's words repeated name nothing told."""
    echoes = doc.asked_back()
    return blanked(text, ((s.start, s.end) for s in echoes)) if echoes else text


def _named_outright(doc: Doc, topic: Topic) -> bool:
    """The first sentence that says something names the thing asked, as the question takes it
    (hard, a failure): a noun before the copula (「年度末の決算業務です」「…変わったことです」
    「…来たときですね」), with no other topic's hallmark nor another kind's marks (「私の強み
    は…です」「継続力が強みです」; a setting's or the job's may stand: 「ゼミで…」「担当して
    いた」) and no success in it:
    a word the polarity dictionary holds positive told as a predicate or an event (楽しかった,
    優勝できた, 感謝された), not a person or a setting it names (お客様, ベテラン, 一番); nor the
    speaker as its topic (私は: what the speaker is)."""
    said = doc.opening()
    if not said:
        return False
    span = said[0]
    text = doc.folded[span.start : span.end]
    if any(h.search(text) for h in _other_hallmarks(topic.name)) or any(
        t.marks.search(text)
        for t in lexicon().topics
        if t.name != topic.name and t.kind and t.marks is not None
    ):
        return False  # (another kind's words: 「継続力が強みです」; not the job's: 担当して)
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, span.start), bisect_left(begins, span.end)
    inside = [i for i in range(lo, hi) if ws[i].pos not in ("補助記号", "空白")]
    if len(inside) > 1 and ws[inside[0]].surface in self_words() and ws[inside[1]].surface == "は":
        return False  # 「私は負けず嫌いで、…性格です」: what the speaker is, not the thing asked
    while inside and ws[inside[-1]].pos == "助詞" and ws[inside[-1]].pos2 == "終助詞":
        inside.pop()  # (「…ときですね」)
    opinion = [k for k, i in enumerate(inside) if ws[i].normalized in grammar("opinion_verbs")]
    if (
        opinion
        and opinion[-1] >= 2
        and ws[inside[opinion[-1] - 1]].surface == "と"
        and all(ws[i].pos == "助動詞" for i in inside[opinion[-1] + 1 :])
    ):
        inside = inside[: opinion[-1] - 1]  # 「…販路だと思います」: the view names it too
    copula = [i for i in inside if ws[i].pos == "助動詞" and ws[i].lemma in ("です", "だ")]
    if not copula or inside[-1] - copula[-1] > 1 or copula[-1] - 1 < lo:
        return False  # (です, or でし+た: the copula ends the sentence)
    if ws[copula[-1] - 1].pos not in ("名詞", "接尾辞"):
        return False  # 「…からです」「…ないです」: a reason or a denial, no thing named
    pol, joys, ml = polarity(), concept("joys"), doc.morphemes
    for i in inside:
        w = ws[i]
        if w.pos in ("動詞", "形容詞") and (
            pol.of(w.lemma, noun=False) > 0 or joys.has_word(w, ml, i)
        ):
            return False
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if (
            w.pos == "名詞"
            and nxt is not None
            and nxt.pos == "動詞"
            and (pol.of(w.lemma, noun=True) > 0 or joys.has_word(w, ml, i))
        ):
            return False  # 優勝でき, 感謝さ: a success as the event told
    return True


def _hardship_told(doc: Doc, topic: Topic) -> str:
    """The answer with the hardship words its own clause denies (「挫折は特にありませんが」),
    that a turn sets aside (`turned_down`: 「失敗というより」) or, for a topic not of the
    speaker (`not_self`), that a sentence about oneself tells (「私は…」) blanked: they name
    none."""
    told = _unechoed(doc, undenied(doc.folded, (topic.answer, topic.core)))
    if topic.not_self:
        told = blanked(told, (_of_self(doc, s) for s in doc.sentences))
    if topic.turned_down is None:
        return told
    return blanked(told, (m.span() for m in topic.turned_down.finditer(doc.folded)))


def _of_self(doc: Doc, sent: Sentence) -> tuple[int, int]:
    """The stretch of the sentence that tells of oneself: from its start, when it opens with the
    speaker as its topic (私は, 自分は), to the next topic it turns to (「私は物流会社で5年働いて
    きましたが、御社は…」: a noun, then は), or its end; empty when it opens otherwise."""
    ws, begins = doc.words, doc.begins
    i, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    if not (i + 1 < hi and ws[i].surface in self_words() and ws[i + 1].surface in ("は", "も")):
        return sent.start, sent.start
    for k in range(i + 2, hi):
        if (
            ws[k].surface == "は"
            and ws[k].pos == "助詞"
            and ws[k - 1].pos in ("名詞", "代名詞")
            and ws[k - 1].surface not in self_words()
        ):
            return sent.start, begins[k - 1]
    return sent.start, sent.end


def _routine_instead(doc: Doc, text: str, topic: Topic) -> bool:
    """A topic read for routines (topics.toml `routine`: the news, the future), answered with
    one's own habit or study (readings.routines, on the answer's morphemes) and none of its marks
    or core outside the sentences that tell the habit: the genre named as what one reads
    (「毎朝新聞を読むようにしています」) tells no piece of news. An answer that opens by naming
    the thing asked (_piece_named: a noun before the copula) has answered, and a habit told
    after it is what the piece made one do."""
    if not topic.routine:
        return False
    if _piece_named(doc, topic):
        return False  # 「物流の2024年問題です。」: the piece named first, the habit its sequel
    found = list(routines(doc))
    if not found:
        return False
    told = _genre_unread(doc, text, topic, [f.start for f in found])
    if topic.marks is not None and topic.marks.search(told):
        return False
    return topic.core is None or topic.core.search(told) is None


def _piece_named(doc: Doc, topic: Topic) -> bool:
    """The answer opens by naming the thing asked (_named_outright), and not one's own study or
    habit (analyzer.toml [routine] study, habit_nouns: 「簿記の勉強です」「…を見るのが日課です」
    name a habit, no piece of news)."""
    if not _named_outright(doc, topic):
        return False
    routine = lexicon().raw["routine"]
    study = {*routine["study"], *routine["habit_nouns"]}
    span = doc.opening()[0]
    ws, begins = doc.words, doc.begins
    return not any(
        ws[i].normalized in study or ws[i].lemma in study
        for i in range(bisect_left(begins, span.start), bisect_left(begins, span.end))
    )


def _genre_unread(doc: Doc, text: str, topic: Topic, starts: list[int]) -> str:
    """``text`` (offsets of doc.folded) with the topic's `genre` words blanked where they name
    what one reads: in the sentences that tell a routine (holding one of ``starts``), unless they
    name a piece (readings.named_piece); in the sentences told after the first of them in the
    present, when a field precedes them (readings.names_section: 「毎朝新聞を読んでいます。特に
    経済面とIT関連の記事に目を通しています」)."""
    if topic.genre is None:
        return text
    told = [s for s in doc.sentences if any(s.start <= at < s.end for at in starts)]
    after = _told_after(doc, told)

    def reads(at: int) -> bool:
        if any(s.start <= at < s.end for s in told):
            return not named_piece(doc, at)
        return any(s.start <= at < s.end for s in after) and names_section(doc, at)

    return blanked(text, (m.span() for m in topic.genre.finditer(text) if reads(m.start())))


def _told_after(doc: Doc, told: list[Sentence]) -> list[Sentence]:
    """The sentences after the first of ``told`` up to the first one told in the past (a piece
    of news noticed is told so: 「…が気になりました」): they go on about the habit."""
    if not told:
        return []
    out = []
    for s in doc.sentences:
        if s.start <= told[0].start or s in told:
            continue
        if told_past(s.text):
            break
        out.append(s)
    return out


def _closed_elsewhere(doc: Doc, topic: Topic | None, question: str | None) -> bool:
    """A closed question (topics.toml [demands] closed_question: whether one can, has used or
    knows; when), of no known topic or of a yes/no one (`acknowledgment`: the product used),
    answered with another known topic (_elsewhere: a strength, a record, a motivation) and
    nothing of its own: none of its content words (_touched) and not its point in the first
    sentence ([concepts] consent: 「はい、大丈夫です」「繁忙期であれば問題ありません」). 「はい、
    私は大学で情報工学を専攻しており…自信があります」 for 「当社のアプリはご存じですか」."""
    if not question or not closed_read(topic, question):
        return False
    sents = doc.sentences[len(doc.asked_back()) :]
    at = next((k for k, s in enumerate(sents) if not doc._bare(s)), None)
    if at is None or _consented(doc, sents[at]) or _thing_named(doc, sents[at]):
        return False
    if _yes_given(doc) or _touched(doc, _content_words(fold(question))):
        return False
    # (the sentences that say something: the first found above, then the rest read)
    said = [sents[at], *(s for s in sents[at + 1 :] if not doc._bare(s))]
    return _elsewhere(doc, topic, said)


def closed_read(topic: Topic | None, question: str | None) -> bool:
    """Whether _closed_elsewhere reads the answer to ``question`` at all (then it reads its
    words): a closed question of no known topic or of a yes/no one, demanding no form of its
    own. Read per question, so a batch can tokenize such answers together (core)."""
    if not question or (topic is not None and not topic.acknowledgment):
        return False
    if not _asks_closed(question):
        return False
    # (「提案して…変えた経験はありますか」: an episode, read by its own form)
    return demanded(topic, question) is None


@lru_cache(maxsize=1024)
def _asks_closed(question: str) -> bool:
    """The question is a closed one ([demands] closed_question) with none of the open words:
    read once per question, not per answer."""
    raw = lexicon().demands_raw
    q = fold(question)
    return bool(re.search(raw["closed_question"], q)) and not re.search(raw["open_words"], q)


@lru_cache(maxsize=256)
def _content_words(question: str) -> tuple[tuple[str, frozenset[int], bool], ...]:
    """The question's own words: nouns (no pronoun nor number) and independent verbs, but
    [demands] closed_ignored, each by its normalized form and synonym groups."""
    ignored = set(lexicon().demands_raw["closed_ignored"])
    qd = Doc(question)
    out = []
    for i, w in enumerate(qd.words):
        if w.normalized in ignored or w.lemma in ignored:
            continue
        noun = w.pos == "名詞" and w.pos2 in ("普通名詞", "固有名詞")
        if noun or (w.pos == "動詞" and w.pos2 == "一般"):
            out.append((w.normalized, synonym_groups(w, qd.morphemes[i]), noun))
        if noun:  # (and the nouns of a compound: ご利用 → 利用, 休日出勤 → 出勤)
            out.extend(
                (p.normalized_form(), frozenset(p.synonym_group_ids()), True)
                for p in noun_parts(qd.morphemes[i])
                if p.normalized_form() not in ignored
            )
    return tuple(out)


@lru_cache(maxsize=256)
def _content_read(
    content: tuple[tuple[str, frozenset[int], bool], ...],
) -> tuple[bool, bool, frozenset[str], frozenset[int]]:
    """What _touched reads of the question's ``content`` words, once per question: whether they
    ask of knowing, whether a noun (a thing) is among them, their normalized forms and all their
    synonym groups (a word shares a group with one of them when it shares one with the union)."""
    knowing = concept("knowing")
    return (
        any(knowing.has_groups(n, g) for n, g, _ in content),
        any(noun for _, _, noun in content),  # (the thing asked of: a verb's object)
        frozenset(n for n, _, _ in content),
        frozenset().union(*(g for _, g, _ in content)),
    )


def _touched(doc: Doc, content: tuple[tuple[str, frozenset[int], bool], ...]) -> bool:
    """A word of the answer is one of ``content`` (its normalized form, a shared synonym group,
    or both verbs of knowing: 存じる for ご存じ); a verb only when its object (a noun before を)
    is none of another thing of one's own, when the question names a thing (「当社の製品を使った
    ことは」: 「Pythonを使った」 uses no product asked about)."""
    ws, ml = doc.words, doc.morphemes
    knowing = concept("knowing")
    asks_knowing, nouns, forms, shared = _content_read(content)

    def hits(i: int) -> bool:
        w = ws[i]
        if w.pos not in ("名詞", "動詞"):
            return False
        if asks_knowing and knowing.has_word(w, ml, i):
            return True
        return w.normalized in forms or not shared.isdisjoint(synonym_groups(w, ml[i]))

    for i, w in enumerate(ws):
        if not hits(i):
            continue
        if (
            w.pos == "動詞"
            and nouns
            and i >= 2
            and ws[i - 1].surface == "を"
            and ws[i - 2].pos == "名詞"
            and not hits(i - 2)
            and not _owned_by_company(doc, i - 2)
        ):
            continue  # (「Pythonを使った」: the verb's object is another thing)
        return True
    return False


def _owned_by_company(doc: Doc, i: int) -> bool:
    """Noun i follows the company and の (「御社の計測器」: the motivation topic's addressee)."""
    motivation = _motivation_topic()
    if motivation is None or motivation.addressee is None or i < 2:
        return False
    ws = doc.words
    return ws[i - 1].surface == "の" and motivation.addressee.search(ws[i - 2].surface) is not None


def _consented(doc: Doc, sent: Sentence) -> bool:
    """The sentence holds a word of [concepts] consent (大丈夫, 問題, 難しい): the closed
    question's point answered, in whatever words."""
    ws, ml, begins = doc.words, doc.morphemes, doc.begins
    c = concept("consent")
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    return any(
        ws[i].pos in ("名詞", "動詞", "形容詞", "形状詞") and c.has_word(ws[i], ml, i)
        for i in range(lo, hi)
    )


def _yes_given(doc: Doc) -> bool:
    """The answer opens with yes or no ([demands] yes_or_no, after the interjections that are no
    acknowledgment) and goes on with no turn to the speaker (私は, 僕も) nor another topic's
    hallmark (「はい。私の長所は」「はい、御社を志望した理由は」): 「はい、前職で海外の取引先と…
    やり取りしてきました」 says yes and tells how. After 「はい、私は…」 the yes only acknowledges
    the question."""
    lead = _lead(doc, None)
    found = _spaced_yes_or_no().match(doc.folded[lead:])
    if found is None:
        return False
    if declared(doc) is not None:
        return False
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, lead + found.end())
    while i < len(ws) and ws[i].pos in ("補助記号", "空白", "感動詞"):
        i += 1
    if i >= len(ws):
        return True
    if (
        ws[i].surface in self_words()
        and i + 1 < len(ws)
        and ws[i + 1].surface in ("は", "も", "が")
    ):
        return False
    # (「はい。私の強みは」: another topic's hallmark next, after the speaker or the company)
    after = doc.folded[begins[i] :]
    opening = _opening().match(after)
    said = after[opening.end() :] if opening else after
    return not any(t.hallmark is not None and t.hallmark.match(said) for t in lexicon().topics)


def _thing_named(doc: Doc, sent: Sentence) -> bool:
    """The sentence is a noun and a copula, with no topic's marks nor hallmark (「『一期一会』
    です」「フットサルです」「二か月後です」): the thing asked named outright, whatever follows
    (not 「私の長所は計画性です」)."""
    ws, begins = doc.words, doc.begins
    lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
    inside = [i for i in range(lo, hi) if ws[i].pos not in ("補助記号", "空白", "感動詞")]
    while inside and ws[inside[-1]].pos == "助詞" and ws[inside[-1]].pos2 == "終助詞":
        inside.pop()  # (「…ですね」)
    if len(inside) < 2 or not (
        ws[inside[-1]].pos == "助動詞" and ws[inside[-1]].lemma in ("です", "だ")
    ):
        return False
    before = ws[bisect_left(begins, begins[inside[-1]]) - 1]
    if ws[inside[-2]].pos not in ("名詞", "接尾辞") and before.surface not in ("」", "』"):
        return False  # (a quote closed before it names a thing too: 「『継続は力なり』です」)
    text = sent.text
    return not any(
        (t.marks is not None and t.marks.search(text))
        or (t.hallmark is not None and t.hallmark.search(text))
        for t in lexicon().topics
    )


def _elsewhere(doc: Doc, topic: Topic | None, said: list[Sentence]) -> bool:
    """The answer clearly tells another known topic: one declared (「私の長所は」「御社を志望した
    のは」), the marks of a topic of a kind with its addressee (自信があります, 御社を志望), or
    every sentence that says something the candidate's record or a merit, one of them the record
    (_tells_record, its episode; merits.merit: a liking claimed, a success, an ability:
    「…代表をやっていて…まとめてました。…聞くのは得意です」)."""
    found = declared(doc)
    if found is not None and (topic is None or found[0].name != topic.name):
        return True
    text = doc.folded
    if any(
        t.kind
        and t.marks is not None
        and t.marks.search(text)
        and (t.addressee is None or t.addressee.search(text))
        for t in lexicon().topics
        if topic is None or t.name != topic.name
    ):
        return True
    # (as for a flaw: merits alone, of anyone, tell no record)
    return _told_throughout(
        doc, said, lambda s: FIRM if _tells_record(doc, s) else merit(doc, s), firm=True
    )


@lru_cache(maxsize=1024)
def _pulled(topic: Topic, question: str | None) -> bool:
    """The question asks what draws one on (topics.toml `pull_when`: a change of trade)."""
    return (
        bool(question)
        and topic.pull_when is not None
        and bool(topic.pull_when.search(fold(question or "")))
    )


def off_topic(doc: Doc, topic: Topic | None, question: str | None = None) -> list[Finding]:
    """The answer says nothing of the topic asked and clearly addresses another known one
    (a motivation answered with student days), tells the opposite of what was asked, or talks
    around the question: it never gives what the form of ``question`` demands (an own past
    action, a method, a reason: see demands/forms.py). An answer to an open question on its own
    terms is never off-topic."""
    swapped = owner_swapped(doc, question)
    if swapped is not None:  # the organisation's own asked (当社の弱み), one's own told
        org = lexicon().raw["organisation"]
        return [
            finding(
                "communication.off_topic",
                doc.opening(),
                question_topic=org["owned_label"].format(noun=swapped),
                question_hint=org["owned_hint"],
            )
        ]
    other = declared_other(doc, topic) if topic is not None else None
    if topic is not None and other is not None:
        return [
            finding(
                "communication.off_topic",
                [other],
                question_topic=topic.label,
                question_hint=topic.hint,
            )
        ]
    if topic is not None and (
        _missed(doc, topic, pulled=_pulled(topic, question))
        or (
            (topic.opposite is not None or topic.evasion is not None)
            and opposite(doc.folded, topic)
        )
    ):
        label, hint = topic.label, topic.hint
    elif _closed_elsewhere(doc, topic, question):
        # (of no known topic: labelled as cross.toml [unasked] labels the open ones)
        unasked = cross_data().unasked
        label = topic.label if topic is not None else unasked.label
        hint = topic.hint if topic is not None else unasked.hint
    else:
        demand = demanded(topic, question)
        if demand is None or not unmet(doc, demand, question):
            return []
        label = topic.label if topic is not None else demand.label
        hint = demand.hint
    return [
        finding(
            "communication.off_topic",
            doc.opening(),
            question_topic=label,
            question_hint=hint,
        )
    ]
