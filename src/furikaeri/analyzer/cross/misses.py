"""Off-topic answers the topic logic does not see: another kind answered instead, a story of
leaving, borrowed words, the question's words not taken up, only complaints told, a
setting told instead."""

from __future__ import annotations

from bisect import bisect_left

from furikaeri.analyzer import detect_reasons
from furikaeri.analyzer.blame.targets import negative_words
from furikaeri.analyzer.content.episodes import _PAST_END, kept_up
from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.content.profile import _name_terms, _profile_knowledge
from furikaeri.analyzer.cross.answers import answered_kinds
from furikaeri.analyzer.cross.employer import _complains_of_employer
from furikaeri.analyzer.cross.table import BLAME, OFF_TOPIC, _pattern, _topic, data
from furikaeri.analyzer.cross.wording import _unasked, choice_words, takes_up
from furikaeri.analyzer.demands.forms import acts
from furikaeri.analyzer.demands.leaving import own_leaving
from furikaeri.analyzer.demands.plans import _wish_to_be
from furikaeri.analyzer.denial import negation_forms
from furikaeri.analyzer.doc import CLAUSE, Doc, Sentence, per_doc
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import Topic, lexicon
from furikaeri.analyzer.questions.offtopic import hallmarked_other
from furikaeri.analyzer.readings import escapes
from furikaeri.analyzer.semantics import concept, normalized_forms, polarity
from furikaeri.analyzer.types import Company, Finding, Span
from furikaeri.patterns import Matcher


def _off_topic(doc: Doc, topic: Topic) -> list[Finding]:
    return [finding(OFF_TOPIC, doc.opening(), question_topic=topic.label, question_hint=topic.hint)]


def _missed(
    doc: Doc,
    kind: str,
    topic: Topic | None,
    codes: set[str],
    question: str | None = None,
    *,
    company: Company | None = None,
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
            and not _stay_told(doc)
            and not _expectation_told(doc)
            # (a concrete reason told, [short_tenure] reason_patterns: 「面接で聞いていた勤務地では
            # なく、別の県に配属されたためです」 answers the question, though it says nothing ahead)
            and lexicon().tenure_reason.search(doc.folded) is None
            and (
                set(answered_kinds(doc)) & set(d.short_stay.answers)
                # (complaints of the employer tell why one left, badly: a word of the core of
                # a motivation among them, 「入社時の説明と違い」, tells nothing instead, when
                # nothing marks a motivation: 御社, 志望, 魅力を感じ)
                or (_told_instead(doc) and not (BLAME in codes and not _motivation_marked(doc)))
                # (duties told in place of why one left: 「前職では法人向けに提案営業を行って
                # いました」; no complaint, which tells why, badly)
                or (BLAME not in codes and _duties_only(doc))
            )
        ):
            return _off_topic(doc, stay)
        return []
    if topic is None:
        if kind in d.unasked.kinds and question and _unasked(doc, question, company=company):
            label, hint = d.unasked.label, d.unasked.hint
            return [finding(OFF_TOPIC, doc.opening(), question_topic=label, question_hint=hint)]
        return []
    if topic.name in d.borrowed.topics and _borrowed(doc):
        return _off_topic(doc, topic)
    if topic.name in d.instead.topics and _answers_instead(doc, topic, company):
        return _off_topic(doc, topic)
    if topic.name in d.chosen.topics and question and _company_chosen(doc, question):
        return _off_topic(doc, topic)
    if topic.name in d.complained.topics and _only_complaints(doc, topic):
        return _off_topic(doc, topic)
    if topic.name in d.settings.topics and _told_setting(doc, topic, company):
        return _off_topic(doc, topic)
    return []


@per_doc
def _answers_instead(doc: Doc, topic: Topic, company: Company | None = None) -> bool:
    """None of the topic's core (強み, 長所, 得意), no strength claimed ([self_pr] pr_claims),
    the answer answers one of [instead] kinds (answered_kinds: a motivation, its marks with this
    company named), and it tells no act of one's own in the past outside the clauses addressed
    to the company (demands.acts), nor a stretch of its own work (content.episodes.kept_up:
    「営業に携わり、…提案を心がけております」)."""
    if _claims_topic(doc, topic):
        return False
    if kept_up(doc, apart=_motivation_addressee()) and not hallmarked_other(doc.folded, topic.name):
        return False
    if (
        set(data().instead.kinds).isdisjoint(answered_kinds(doc))
        and not _joining_wished(doc)
        and not _owned_then_wished(doc)
    ):
        return False
    # an episode of one's own told outside the clauses about the company (「学童で連絡帳を見直し
    # て返信漏れをなくした経験があり、御社の…に魅力を」): a self-PR by its episode
    return not acts(doc, _told_apart(doc, company))


def _told_apart(doc: Doc, company: Company | None) -> list[Sentence]:
    """The clauses in the past that say nothing of the company applied to: not one naming it
    (its addressee 御社, its name, a product the profile quotes: 「ころころマーチ」), nor one
    after such a clause in its sentence, which goes on about it (「御社のソフトを使っていて、
    手間が減ったことに感動しました」: a customer's experience, no episode of one's own)."""
    addressee = _motivation_addressee()
    names = _company_names(company)
    told: list[Sentence] = []
    for sent in doc.sentences:
        about = False
        for m in CLAUSE.finditer(sent.text):
            clause = m.group()
            about = (
                about
                or (addressee is not None and addressee.search(clause) is not None)
                or any(n in clause for n in names)
            )
            start, end = sent.start + m.start(), sent.start + m.end()
            if not about and _past(doc, start, end):
                told.append(Sentence(start, end, clause))
    return told


def _company_names(company: Company | None) -> tuple[str, ...]:
    """The company's own name and the names its profile quotes (its products: 「リーフ会計」)."""
    if company is None:
        return ()
    quoted = _profile_knowledge(company.profile)[2] if company.profile else frozenset()
    return tuple(n for n in (*quoted, *_name_terms(company)) if len(n) >= 2)


def _company_chosen(doc: Doc, question: str) -> bool:
    """Why this company told for why this job ([chosen]): the first sentence names the company
    addressed, and no content word of the job asked is taken up (wording.choice_words)."""
    addressee = _motivation_addressee()
    if addressee is None or not doc.sentences:
        return False
    if addressee.search(doc.sentences[0].text) is None:
        return False
    seeds, groups = choice_words(question)
    return bool(seeds) and not takes_up(doc, seeds, groups)


def _joining_wished(doc: Doc) -> bool:
    """A sentence naming the company applied to wishes only to work or be there (demands.plans
    _wish_to_be: 「いつか御社で働きたいと思っておりました」): a motivation, though it carries
    none of its marks."""
    addressee = _motivation_addressee()
    return addressee is not None and any(
        addressee.search(s.text) and _wish_to_be(doc, s) for s in doc.sentences
    )


def _owned_then_wished(doc: Doc) -> bool:
    """Something of the company applied to told (its addressee and の: 「貴社のゲームは」「御社の
    会計ソフトを」), and the last sentence a wish of one's own (たい, by Sudachi POS: 「そんな
    ゲームを企画してみたい」): why here and what one would do here, a motivation, though it
    carries none of its marks (魅力を感じ, 志望)."""
    addressee = _motivation_addressee()
    if addressee is None or not doc.sentences:
        return False
    text = doc.folded
    if not any(text.startswith("の", m.end()) for m in addressee.finditer(text)):
        return False
    last = doc.sentences[-1]
    ws, begins = doc.words, doc.begins
    return any(
        ws[j].pos == "助動詞" and ws[j].lemma == "たい"
        for j in range(bisect_left(begins, last.start), bisect_left(begins, last.end))
    )


def _left_story(doc: Doc, topic: Topic) -> bool:
    """Why one left told for a self-PR ([left]): none of the topic's core, no strength claimed,
    the marks of the `genre` topic (退職, 辞め) telling one's own leaving (demands.own_leaving:
    not 「新人が次々と辞めてしまう」 nor 「退職する際」, the setting of an episode), and its core in
    the last sentence or no episode carried to a result (content.self_pr: 「…物足りなさを感じ、
    退職を決めました。今後は新規開拓に挑戦したい」)."""
    genre = _topic(data().left.genre)
    text = doc.folded
    if genre is None or genre.marks is None or genre.core is None or not doc.sentences:
        return False
    if genre.marks.search(text) is None:
        return False  # (the cheapest check first: most self-PRs tell no leaving)
    if _claims_topic(doc, topic) or not own_leaving(doc):
        return False
    if genre.core.search(doc.sentences[-1].text) is not None:
        return True
    from furikaeri.analyzer.content.self_pr import self_pr  # (content imports cross)

    return not self_pr(doc)[1]


@per_doc
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


def _motivation_marked(doc: Doc) -> bool:
    t = _topic("motivation")
    return t is not None and t.marks is not None and t.marks.search(doc.folded) is not None


def _stay_told(doc: Doc) -> bool:
    """The answer speaks of the stays themselves ([short_stay] stay_words, Sudachi normalized
    forms, a verb only denied: 「在籍期間が短くなってしまいました」「どこも長く続かず」; 短い of a
    span, stay_spans: 「短い勤務になり」; a word of staying long denied: 「長く勤められず」):
    it addresses the question, however little it explains."""
    words = normalized_forms(data().short_stay.stay_words)
    spans = normalized_forms(data().short_stay.stay_spans)
    ws = doc.words
    for i, w in enumerate(ws):
        if w.normalized in words and (w.pos != "動詞" or negated(ws, i)):
            return True
        if w.normalized == "短い" and (
            (i + 1 < len(ws) and ws[i + 1].normalized in spans)  # 短い期間, 短い勤務
            or (
                i >= 2 and ws[i - 1].surface in ("が", "は", "も") and ws[i - 2].normalized in spans
            )
        ):
            return True
    every = data().short_stay.every_place
    if every is not None and any(
        _pattern(every).search(s.text) and _PAST_END.search(s.text.rstrip("。！？!? 　"))
        for s in doc.sentences
    ):
        return True  # every former workplace, in the past (「どの会社でも頑張ってきましたが」)
    # a word of staying long its clause denies (「長く勤めることができませんでした」)
    return detect_reasons.stay_denied(doc)


def _expectation_told(doc: Doc) -> bool:
    """The job measured against what one expected of it ([blame].expectation: 「入社前に思って
    いた仕事と違った」「イメージと違い」): why one left, however little it explains, though its
    入社 is a word of a motivation's core."""
    return _pattern(lexicon().raw["blame"]["expectation"]).search(doc.folded) is not None


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
    ws = doc.words
    # (ので is split by Sudachi into の, a 準体助詞, and で: 「分かったので」)
    return not any(
        (w.pos2 == "接続助詞" and w.surface in d.because)
        or (w.pos2 == "準体助詞" and i + 1 < len(ws) and w.surface + ws[i + 1].surface in d.because)
        for i, w in enumerate(ws)
    )


def _duties_only(doc: Doc) -> bool:
    """Duties or a career told where a reason was asked (「経理を5年間担当し、決算も経験しまし
    た」): no word of a reason (_unreasoned), none withheld ([short_tenure] vague_patterns:
    「色々ありまして」), nothing denied (「起きられなかった」) and no negative evaluation (the
    polarity dictionary: 「しんどくて」): a hard time or a vague one is a reason, however poor."""
    if not _unreasoned(doc) or lexicon().tenure_vague.search(doc.folded) is not None:
        return False
    denials = negation_forms()  # vocabulary.toml [negation]
    if any(w.normalized in denials and w.pos in ("助動詞", "形容詞") for w in doc.words):
        return False
    # (a predicate only: the nouns of the dictionary judge a thing named, 部品, not the job)
    pol, judging = polarity(), negative_words()
    return not any(
        w.lemma in judging or (w.pos != "名詞" and pol.of(w.lemma, noun=False) < 0)
        for w in doc.words
    )


def _complained_share(doc: Doc, away: list[Span] | None = None) -> float:
    """The share of the answer's sentences that hold a complaint (detect_reasons.complaints),
    or, with ``away``, a wish only to get away ([complained] escape: readings.escapes)."""
    spans = detect_reasons.complaints(doc)
    if not spans or not doc.sentences:
        return 0.0
    held = sum(
        1
        for s in doc.sentences
        if any(s.start <= c.start < s.end for c in spans)
        or (away is not None and any(s.start <= e.start < s.end for e in away))
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
        if any(_wish_to_be(doc, s) for s in doc.sentences):
            # a wish to work elsewhere told after the complaints (「もっと休める職場で働きたい」):
            # a motivation, however generic, not another question answered
            return False
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
    away = escapes(doc)
    if _complained_share(doc, away) < data().complained.share:
        return False
    spans = detect_reasons.complaints(doc)
    if acted and _acted_after(doc, spans):
        return False  # what one did about it told after the complaint: the topic answered
    return all(
        any(s.start <= c.start < s.end for c in spans)
        or nothing.search(s.text)
        or any(s.start <= e.start < s.end for e in away)
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


def _told_setting(doc: Doc, topic: Topic, company: Company | None = None) -> bool:
    """None of the topic's words, and the marks of a setting of one's life (学生時代, サークル);
    not when the answer shows knowledge of the company applied to (content.knowledge
    company_specifics, 2 or more: its product 『こめまる』 and its export to 台湾, told after a
    family episode and a graduation study): why this company, told through one's own life."""
    text = doc.folded
    if topic.answer.search(text):
        return False
    if not any(
        t.setting and t.marks is not None and t.marks.search(text)
        for t in lexicon().topics
        if t.name != topic.name
    ):
        return False
    from furikaeri.analyzer.content.knowledge import company_specifics  # (content imports cross)

    return company is None or company_specifics(doc, company, enough=2)[0] < 2


def _motivation_addressee() -> Matcher | None:
    """The words for the company applied to (the motivation topic's addressee: 御社, 貴社)."""
    topic = _topic("motivation")
    return topic.addressee if topic is not None else None
