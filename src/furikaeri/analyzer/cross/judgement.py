"""An answer to another question judged as that question too (judged), and whether a
question's answers are read word by word for it (reads_words); blame in a motivation
unless conceded."""

from __future__ import annotations

from furikaeri.analyzer import detect_reasons
from furikaeri.analyzer.content.motivation import motivation
from furikaeri.analyzer.content.self_pr import self_pr
from furikaeri.analyzer.cross.answers import answered_kinds
from furikaeri.analyzer.cross.employer import (
    _complains_of_employer,
    _describes,
    _employer_named,
    _employer_told,
)
from furikaeri.analyzer.cross.misses import (
    _answers_instead,
    _complained_share,
    _duties_only,
    _left_story,
    _missed,
    _motivation_addressee,
    _off_topic,
    _unreasoned,
)
from furikaeri.analyzer.cross.table import BLAME, GENERIC, OFF_TOPIC, _pattern, data
from furikaeri.analyzer.cross.wording import _genre_marked, _question_words
from furikaeri.analyzer.demands.forms import demanded
from furikaeri.analyzer.denial import Denials, befell
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.findings import finding
from furikaeri.analyzer.lexicon import Topic
from furikaeri.analyzer.questions.topics import kind_topic, question_topic
from furikaeri.analyzer.types import Company, Finding, Span


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
    unreasoned = data().unreasoned
    if topic is not None and (
        (kind in unreasoned.kinds and _unreasoned(doc))
        or (BLAME not in codes and _demands_reason(topic, question) and _duties_only(doc))
    ):
        found = _off_topic_instead(doc, topic, found, codes, drops=unreasoned.drops)
        if kind in unreasoned.kinds and GENERIC not in codes:  # nothing of this company
            found += motivation(doc, company, turned=True)[0]
            codes.update(f.code for f in found)
    left = data().left
    if topic is not None and topic.name in left.topics and _left_story(doc, topic):
        found = _off_topic_instead(doc, topic, found, codes, drops=left.drops)
    instead = data().instead
    if (
        OFF_TOPIC not in codes
        and topic is not None
        and topic.name in instead.topics
        and _answers_instead(doc, topic, company)
    ):
        found = _off_topic_instead(doc, topic, found, codes, drops=instead.drops)
    extra: list[Finding] = []
    if OFF_TOPIC not in codes:
        extra += _missed(doc, kind, topic, codes, question, company=company)
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


def _demands_reason(topic: Topic, question: str | None) -> bool:
    """The question's form asks a reason ([unreasoned] demands: なぜ, 理由を教えてください)."""
    demand = demanded(topic, question)
    return demand is not None and demand.name in data().unreasoned.demands


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


def _as_answered(doc: Doc, asked: Topic, company: Company | None, codes: set[str]) -> list[Finding]:
    """The findings of the kinds the off-topic answer answers instead, for the questions each
    kind is read for ([[answered]].asked)."""
    kinds: set[str] | None = None  # (read once an entry asks: most off-topic answers never)
    out: list[Finding] = []
    for entry in data().answered:
        if asked.name not in entry.asked or not entry.codes:
            continue  # (no codes: recognised only, judged by none)
        if not entry.complaints:
            if kinds is None:
                kinds = set(answered_kinds(doc))
            if entry.kind not in kinds:
                continue
        if entry.untold_mishap and _mishap(doc, asked):
            continue  # a failure told, however it also names a strength
        if entry.kind == "self_pr":
            found = self_pr(doc)[0]
        elif entry.kind == "motivation":
            # (with no profile there is nothing of this company to check a motivation given
            # for another question against: off-topic only)
            found = motivation(doc, company)[0] if _profiled(company) else []
        elif _complains_of_employer(doc) and _complained_share(doc) >= data().complained.share:
            found = _unconceded(doc, detect_reasons.blame(doc, named=True))
        else:
            found = []
        out += [f for f in found if f.code in entry.codes and f.code not in codes]
    return out


def _profiled(company: Company | None) -> bool:
    """The company comes with a profile (what the candidate could know of it)."""
    return company is not None and bool(company.profile and company.profile.strip())


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
