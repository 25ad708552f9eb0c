"""Read a company's reply to a feedback request: feedback, declined or other, with the cause
ids it names, the sentence naming each and what it praises. Knowledge lives in
data/mail_replies.toml, and the English cues per cause in data/mail_replies_en.toml. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from furikaeri.catalogue import CAUSE_IDS, checked_data
from furikaeri.mail.conduct import ConductData, ConductForms, conduct, stuck
from furikaeri.mail.refusal import RefusalForms, refusal, verdict_only, verdict_quotes
from furikaeri.mail.text import normalize, offsets, split_sentences, strip_quoted
from furikaeri.patterns import matcher, union
from furikaeri.vocabulary import reply_labels

REPLY_LABELS = reply_labels()  # data/vocabulary.toml


@dataclass(frozen=True)
class ReplyResult:
    """``sentences``: for each cause, the sentence of the reply (as written) that names it;
    ``praise``: what the reply says went well (a clause as written, e.g. 「営業成績は高く評価
    しておりました」 from a sentence that goes on to a mismatch); ``praised``: for each cause
    whose topic a praising clause speaks of (「実績を具体的な数字で話されていた点は高く評価」 is
    self_pr), the first such clause."""

    label: str
    causes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)
    praise: list[str] = field(default_factory=list)
    praised: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "causes": list(self.causes),
            "evidence": list(self.evidence),
            "sentences": dict(self.sentences),
            "praise": list(self.praise),
            "praised": dict(self.praised),
        }


@dataclass(frozen=True)
class _Word:
    """One morpheme of a clause as the topic lookup reads it, computed once for all causes."""

    surface: str
    form: str  # normalized form
    groups: frozenset[int]  # Sudachi synonym groups
    parts: frozenset[str]  # normalized forms inside a compound noun (技術面: 技術, 面)
    in_compound: bool  # right after a common noun (質疑+応答): its groups do not count
    quoting: bool  # after 「との」: the word holds a quotation


def _view(morphs: Any) -> tuple[_Word, ...]:
    """The morphemes of a clause, read once (normalized form, synonym groups, compound parts),
    so that ten causes' topic words are looked up without asking Sudachi ten times."""
    out: list[_Word] = []
    previous = None
    for i, m in enumerate(morphs):
        out.append(
            _Word(
                surface=str(m.surface()),
                form=str(m.normalized_form()),
                groups=frozenset(m.synonym_group_ids()),
                parts=_compound_parts(m),
                in_compound=_in_compound(previous),
                quoting=_quoting(morphs, i),
            )
        )
        previous = m
    return tuple(out)


@dataclass(frozen=True)
class _Words:
    """A cause's topic words: Sudachi normalized forms, and the synonym groups of ``words``."""

    forms: frozenset[str] = frozenset()
    groups: frozenset[int] = frozenset()

    def find(self, view: tuple[_Word, ...]) -> str | None:
        """The first word (as written) of ``view`` (see :func:`_view`) that names the topic."""
        if not self.forms and not self.groups:
            return None
        for w in view:
            if (
                w.form in self.forms
                or not self.forms.isdisjoint(w.parts)
                or (self.groups and not w.in_compound and not self.groups.isdisjoint(w.groups))
            ) and not w.quoting:
                return w.surface
        return None


def _compound_parts(m: Any) -> frozenset[str]:
    """The normalized forms of the short units of a compound noun Sudachi keeps whole in its
    long unit (技術面 = 技術+面); empty for other words."""
    if m.part_of_speech()[0] != "名詞" or len(m.surface()) < 3:
        return frozenset()
    from sudachipy import SplitMode

    parts = m.split(SplitMode.A)
    return frozenset(p.normalized_form() for p in parts) if len(parts) > 1 else frozenset()


def _quoting(morphs: Any, i: int) -> bool:
    """The word holds a quotation (「特にございませんとのお返事で」「…とのご回答」): what was
    said comes before it; the word itself is not what the company judges."""
    j = i - 1
    while j >= 0 and morphs[j].part_of_speech()[0] == "接頭辞":
        j -= 1
    return j >= 1 and morphs[j].surface() == "の" and morphs[j - 1].surface() == "と"


def _in_compound(previous: Any) -> bool:
    """The word right after a common noun is the tail of a compound (質疑+応答): a synonym
    group names the word alone, not the compound, so it does not count there."""
    return previous is not None and tuple(previous.part_of_speech()[:2]) == ("名詞", "普通名詞")


def _words(words: list[str], forms: list[str]) -> _Words:
    from furikaeri.nlp import morphemes

    normalized: set[str] = set()
    groups: set[int] = set()
    for word in [*words, *forms]:
        normalized.add(word)
        ms = morphemes(word)
        if len(ms) != 1:
            raise ValueError(f"mail_replies.toml: {word!r} is not one Sudachi word")
        normalized.add(ms[0].normalized_form())
        if word in words:
            groups.update(ms[0].synonym_group_ids())
    return _Words(frozenset(normalized), frozenset(groups))


@dataclass(frozen=True)
class _CauseRule:
    topics: re.Pattern[str] | None
    hints: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    words: _Words = field(default_factory=_Words)
    questions: re.Pattern[str] | None = None


@dataclass(frozen=True)
class _ReplyRules:
    ignore: re.Pattern[str]
    declined: re.Pattern[str]
    declined_scene: re.Pattern[str]
    declined_asked: re.Pattern[str]
    # [declined_relayed]: said, party, observed, received
    declined_relayed: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    overall: re.Pattern[str]
    overall_called: re.Pattern[str]  # what the formula is called: 「…」というご回答
    evaluative: re.Pattern[str]
    frames: re.Pattern[str]
    negated: re.Pattern[str]
    split: re.Pattern[str]
    causes: dict[str, _CauseRule]
    praise: re.Pattern[str]
    praise_negated: re.Pattern[str]
    praise_negated_english: re.Pattern[str]
    connective_tail: re.Pattern[str]
    compared: tuple[str, ...]
    compared_fit: re.Pattern[str]
    compared_background: re.Pattern[str]
    compared_by_amount: re.Pattern[str]
    question_about: re.Pattern[str]
    courtesy: re.Pattern[str]
    contrast_cause: str
    contrast_company: re.Pattern[str]
    contrast_candidate: re.Pattern[str]
    contrast_fit: re.Pattern[str]
    contrast_english: tuple[re.Pattern[str], re.Pattern[str]]  # (candidate, company)
    contrast_agree: re.Pattern[str]
    # (cause, the cause it drops, its words, unless), see [[consequence]]
    consequences: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str] | None], ...]
    off_target: re.Pattern[str]
    off_target_keeps: frozenset[str]
    # an answer, the question, their mismatch in one clause, and a complaint that makes the
    # mismatch negative_reason's (see [off_target])
    beside: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    complaint: re.Pattern[str]
    quoted: tuple[Any, ...]  # reply_schema.QuotedReading
    wish: re.Pattern[str]
    wish_gap: re.Pattern[str]
    wish_against: re.Pattern[str]  # the company's way set against the wish that follows
    wish_outweighs: re.Pattern[str]  # the wish told as the stronger one (お考えが強い)
    header: re.Pattern[str]  # [header]: a topic header, group "topic"
    # [shortfall]: (cause, role words, predicate lemmas, English)
    shortfall: tuple[str, re.Pattern[str], frozenset[str], re.Pattern[str]]
    # [shortfall] denied, [lack] negators
    shortfall_denied: tuple[frozenset[str], frozenset[str]]
    shortfall_judged_as: re.Pattern[str]  # [shortfall] judged_as
    # [quoted_reason]: (cause, context outside the quote, the people words)
    quoted_reason: tuple[str, re.Pattern[str], _Words]
    refusal: RefusalForms  # [refusal]
    verdict: tuple[
        frozenset[str], re.Pattern[str], re.Pattern[str]
    ]  # [verdict] forms, relayed, only
    conduct: tuple[ConductForms, re.Pattern[str]]  # [conduct], its English
    knowledge: re.Pattern[str]  # [off_target] knowledge
    # [published] source, available, unless, effect
    published: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]


def _fast(patterns: list[str]) -> re.Pattern[str]:
    """The union of ``patterns`` behind a lookahead on the characters a match can start with
    (furikaeri.patterns.matcher), when that is a plain ``re`` pattern: the same matches, found
    faster, since the reply reader runs every union on every clause."""
    compiled = matcher(patterns)
    return compiled if isinstance(compiled, re.Pattern) else union(patterns)


def _maybe(patterns: list[str]) -> re.Pattern[str] | None:
    return _fast(patterns) if patterns else None


@cache
def _reply_rules() -> _ReplyRules:
    from furikaeri.mail.reply_schema import quoted_readings

    data = checked_data(
        "mail_replies.toml",
        "furikaeri.mail.reply_schema:ReplyData",
        depends=(
            "furikaeri.mail.lack",
            "furikaeri.mail.refusal",
            "furikaeri.mail.conduct",
            "furikaeri.vocabulary",
            "furikaeri.analyzer.types",
        ),
    )
    english = checked_data("mail_replies_en.toml", "furikaeri.mail.reply_schema:EnglishCues")
    en = english["causes"]

    def both(cid: str, key: str) -> list[str]:  # the cause's entries, then its English ones
        return [*data["causes"][cid].get(key, []), *en.get(cid, {}).get(key, [])]

    causes = {
        cid: _CauseRule(
            topics=_maybe(both(cid, "topics")),
            hints=_maybe(both(cid, "hints")),
            phrases=_maybe(both(cid, "phrases")),
            words=_words(c.get("words", []), c.get("forms", [])),
            questions=_maybe(both(cid, "questions")),
        )
        for cid, c in data["causes"].items()
    }
    quoted = quoted_readings(data)
    return _ReplyRules(
        ignore=_fast(data["ignore"]),
        declined=_fast(data["declined"]),
        declined_scene=re.compile(data["declined_scene"]),
        declined_asked=re.compile(data["declined_asked"]),
        declined_relayed=(
            re.compile(data["declined_relayed"]["said"]),
            re.compile(data["declined_relayed"]["party"]),
            re.compile(data["declined_relayed"]["observed"]),
            re.compile(data["declined_relayed"]["received"]),
        ),
        overall=_fast(data["overall"]),
        overall_called=re.compile(data["overall_called"]),
        evaluative=_fast(data["evaluative"]),
        frames=_fast(data["frames"]),
        negated=re.compile(data["negated_frame_suffix"]),
        split=re.compile(data["clause_split"]),
        causes=causes,
        praise=_fast(data["praise"]),
        praise_negated=re.compile(data["praise_negated_suffix"]),
        praise_negated_english=re.compile(data["praise_negated_english"]),
        connective_tail=re.compile(data["connective_tail"]),
        compared=tuple(data["compared"]),
        compared_fit=re.compile(data["compared_fit"]),
        compared_background=re.compile(data["compared_background"]),
        compared_by_amount=re.compile(data["compared_by_amount"]),
        question_about=re.compile(data["question_about"]["subject"]),
        courtesy=union(data["courtesy"]),
        contrast_cause=data["contrast"]["cause"],
        contrast_company=re.compile(data["contrast"]["company"]),
        contrast_candidate=re.compile(data["contrast"]["candidate"]),
        contrast_fit=re.compile(data["contrast"]["fit_frames"]),
        contrast_english=(
            re.compile(data["contrast"]["english_candidate"]),
            re.compile(data["contrast"]["english_company"]),
        ),
        contrast_agree=re.compile(data["contrast"]["english_agree"]),
        consequences=tuple(
            (
                c["cause"],
                c["drops"],
                re.compile(c["words"]),
                re.compile(c["unless"]) if c.get("unless") else None,
            )
            for c in data["consequence"]
        ),
        off_target=re.compile(data["off_target"]["patterns"]),
        off_target_keeps=frozenset(data["off_target"]["keeps"]),
        beside=(
            re.compile(data["off_target"]["answer"]),
            re.compile(data["off_target"]["question"]),
            re.compile(data["off_target"]["mismatch"]),
        ),
        complaint=re.compile(data["off_target"]["complaint"]),
        quoted=quoted,
        wish=re.compile(data["wish"]["wish"]),
        wish_gap=re.compile(data["wish"]["gap"]),
        wish_against=re.compile(data["wish"]["against"]),
        wish_outweighs=re.compile(data["wish"]["outweighs"]),
        header=re.compile(data["header"]["pattern"]),
        shortfall=(
            data["shortfall"]["cause"],
            re.compile(data["shortfall"]["role"]),
            frozenset(data["shortfall"]["lemmas"]),
            re.compile(data["shortfall"]["english"]),
        ),
        shortfall_denied=(
            frozenset(data["shortfall"]["denied"]),
            frozenset(data["lack"]["negators"]),
        ),
        shortfall_judged_as=re.compile(data["shortfall"]["judged_as"]),
        quoted_reason=(
            data["quoted_reason"]["cause"],
            re.compile(data["quoted_reason"]["context"]),
            _words(data["quoted_reason"]["people"], []),
        ),
        refusal=RefusalForms.of(data["refusal"], data["lack"]["negators"]),
        verdict=(
            frozenset(data["verdict"]["forms"]),
            re.compile(data["verdict"]["relayed"]),
            re.compile(data["verdict"]["only"]),
        ),
        conduct=(
            ConductForms.of(ConductData.model_validate(data["conduct"]), data["lack"]["negators"]),
            re.compile(data["conduct"]["english"]),
        ),
        knowledge=re.compile(data["off_target"]["knowledge"]),
        published=(
            re.compile(data["published"]["source"]),
            re.compile(data["published"]["available"]),
            re.compile(data["published"]["unless"]),
            re.compile(data["published"]["effect"]),
        ),
    )


def classify_reply(body: str) -> ReplyResult:
    """Label a company's answer to a feedback request and name the causes it gives, with the
    sentence that names each, the clauses that praise and the causes they praise."""
    rules = _reply_rules()
    causes: list[str] = []
    evidence: list[str] = []
    named: dict[str, str] = {}
    praise: list[str] = []
    praised: dict[str, str] = {}
    evaluative = False
    declined: list[str] = []
    refused = False  # a refusal to tell (`declined`), not only an overall judgement
    stuck_only: list[bool] = []  # per clause naming communication: only stuck on questions
    weak: set[str] = set()  # causes named only by a hint where a frame is live
    strong: set[str] = set()
    for original, sent in split_sentences(strip_quoted(body)):
        if rules.ignore.search(sent):
            continue
        before: tuple[str, _Reading] | None = None
        known = set(causes)  # the causes earlier sentences named
        for quote in _verdicts(rules, sent):  # 「見送りとさせていただく」とのご回答のみ: no content
            declined.append(quote)
            sent = sent.replace(quote, "□" * len(quote))
        header = _header_causes(rules, sent)
        reasons = _quoted_reasons(rules, sent)
        for quote in reasons:  # its words are the former workplace's: read apart
            sent = sent.replace(quote, "□" * len(quote))
        cid = rules.quoted_reason[0]
        for quote in reasons:
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                evidence.append(quote)
        quoted = _quoted_words(rules, sent)
        for _, quote in quoted:  # the candidate's words, read by the answer analyzer only
            sent = sent.replace(quote, "□" * len(quote))
        if quoted:  # 「やる気あります」「頑張ります」: listed with a claim, a claim too
            sent = _mask_listed_quotes(sent)
        for start, end, after in _clause_spans(rules.split, sent):
            clause = sent[start:end]
            refused_words = _declines(rules, clause, sent[:start])
            if refused_words:  # 「理由はお答えしかねますが、一点だけ…」: the rest may say more
                declined.append(refused_words)
                refused = True
                before = None
                continue
            m = rules.overall.search(clause)
            if m:  # 「総合的に判断し」: a refusal unless the clause names a cause all the same
                declined.append(m.group(0))
                clause = _mask(clause, [rules.overall, rules.overall_called])
            said = _no_reason(clause)
            if said:  # 「理由は特にないんです」: nothing to tell, unless a cause is named too
                declined.append(said)
                clause = clause.replace(said, "□" * len(said), 1)
            clause = _unreceived(rules, clause, sent[:start])
            reading = _read_clause(rules, clause)
            own = reading.causes
            found = own or _across(rules, before, clause, reading)
            if not found and header and reading.framed and start > 0:
                found = header  # 「・自己PRについて：熱意は十分でしたが、印象に残りにくく」
            is_praise = not found and _praises(rules, clause)
            before = None if is_praise else (clause, reading)
            if "communication" in found:
                stuck_only.append(_stuck_only(rules, clause))
            for cid in found:
                hint = reading.hinted and cid in reading.topical and cid not in reading.found
                (weak if hint and found is own else strong).add(cid)
            for cid in found:
                if cid not in causes:
                    causes.append(cid)
                    named[cid] = original
                    if clause not in evidence:
                        evidence.append(clause)
            evaluative = evaluative or bool(rules.evaluative.search(clause))
            if is_praise:
                written = _as_written(rules, original, sent, start, after)
                praise.append(written)
                for cid in _topical(rules, clause):
                    praised.setdefault(cid, written)
        cid = "reverse_question"
        said = _published(rules, sent)
        if said:  # 「…について質問されましたが、当社ホームページで確認できる事柄でした」
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                if said not in evidence:
                    evidence.append(said)
            effect = rules.published[3]  # 「企業研究が十分だったのか疑問」: what they showed
            if "motivation" in causes and "motivation" not in known:
                rest = effect.sub(lambda m: "□" * len(m.group(0)), sent)
                if not _names(rules.causes["motivation"], rest):
                    causes.remove("motivation")
        for cid, quote in quoted:
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                evidence.append(quote)
    if "skills" in causes and stuck_only and all(stuck_only):
        causes.remove("communication")  # the questions it could not answer are the gap
    ordered = [c for c in CAUSE_IDS if c in causes]
    if declined and causes and set(causes) <= weak - strong and not (praise or evaluative):
        # 「今回は見送り」とのみ回答…「具体的な理由がわからず」: a hint is no cause beside a refusal
        causes = []
    if declined and not causes:  # praise, then 「公平性の観点から理由はお伝えしておりません」
        return ReplyResult(label="declined", causes=[], evidence=declined)
    if refused and ordered == ["relative"]:  # 「多数のご応募…比較の結果…個別の評価はお伝え
        # しておりません」: a comparison says nothing of the candidate; the rest is refused
        return ReplyResult("declined", ordered, declined, {c: named[c] for c in ordered})
    if causes or evaluative or praise:
        sentences_ = {c: named[c] for c in ordered}
        praise_ = list(dict.fromkeys(praise))
        return ReplyResult("feedback", ordered, evidence, sentences_, praise_, praised)
    if declined:
        return ReplyResult(label="declined", causes=[], evidence=declined)
    return ReplyResult(label="other")


# After the closing 」: the company's words relayed (「…」とのこと, 「…」とだけ伺って,
# 「…」と言われ).
_RELAYED = re.compile(
    r"と(?:の(?:こと|ご?回答|ご?連絡|ご?返答|お返事|ご判断|ご意見|コメント)"
    r"|(?:だけ|のみ)?(?:伺|お伺|お聞き|聞|言われ|回答|ご回答|連絡|ご連絡|返答|お返事))"
)
_QUOTE = re.compile(r"[「『]([^「」『』]{2,80})[」』]")


def _quoted_reasons(rules: _ReplyRules, sent: str) -> list[str]:
    """The quotes of ``sent`` that tell a reason for leaving as people not fitting or treating
    the candidate badly ([quoted_reason]), where the words outside the quotes name the leaving
    and voice a concern."""
    quotes = [m.group(1) for m in _QUOTE.finditer(sent)]
    if not quotes:
        return []
    _, context, people = rules.quoted_reason
    outside = _QUOTE.sub(lambda m: "□" * len(m.group(0)), sent)
    if not context.search(outside) or not _has_frame(rules, outside):
        return []
    from furikaeri.mail.lack import lack, negative_predicate

    found: list[str] = []
    for quote in quotes:
        ms = _morphs(quote)
        if people.find(_view(ms)) and (lack(ms) or negative_predicate(ms)):
            found.append(quote)
    return found


def _declines(rules: _ReplyRules, clause: str, before: str = "") -> str | None:
    """The company's refusal to tell, not the candidate's inability in a scene of the
    interview (「うまくご説明できない場面がありました」: `declined_scene` after it) nor what the
    candidate did not tell when asked (`declined_asked` before it). An answer not received
    ([declined_relayed]) is the company's refusal where ``before`` (the sentence up to the
    clause) or the clause names the company as the one asked or answering, and what follows
    does not make it an observation of the interview."""
    said, party, observed, _ = rules.declined_relayed
    relayed = [
        m
        for m in said.finditer(clause)
        if (party.search(before) or party.search(clause, 0, m.start()))
        and not observed.match(clause, m.end())
    ]
    for m in [*rules.declined.finditer(clause), *relayed]:
        if rules.declined_scene.match(clause, m.end()):
            continue
        if rules.declined_asked.search(clause, 0, m.start()):
            continue
        return m.group(0)
    forms, _, only = rules.verdict
    ms = _morphs(clause)
    verdict = verdict_only(forms, only, clause, ms)  # 「結果は見送りということのみでした」
    if verdict is not None:
        return verdict
    span = refusal(rules.refusal, ms)  # 「お伝えできる内容はございません」
    if span is not None:
        start, end = span
        if not rules.declined_scene.match(clause, end) and not rules.declined_asked.search(
            clause, 0, start
        ):
            return clause[start:end]
    return None


def _published(rules: _ReplyRules, sent: str) -> str | None:
    """[published]: the clause of ``sent`` that says the candidate's questions are answered by
    what the company publishes, where the sentence says the candidate asked; None otherwise."""
    topics = rules.causes["reverse_question"].topics
    if topics is None or not topics.search(sent):
        return None
    source, available, unless, _ = rules.published
    if unless.search(sent):
        return None
    clauses = [sent[start:end] for start, end, _ in _clause_spans(rules.split, sent)]
    if any(_praises(rules, clause) for clause in clauses):
        return None
    for clause in clauses:
        m = source.search(clause)
        found = available.search(clause, m.end()) if m else None
        if found and not rules.praise_negated.match(clause[found.end() :]):
            return clause
    return None


def _verdicts(rules: _ReplyRules, sent: str) -> list[str]:
    """The quotes of ``sent`` (marks included) relayed as the company's answer that give only
    the decision ([verdict]: 「『今回は見送りとさせていただく』とのご回答のみ」): a word of the
    decision, and no cause named inside."""
    forms, relayed, _ = rules.verdict
    out: list[str] = []
    for start, end in verdict_quotes(forms, relayed, sent, _QUOTE, _morphs):
        quote = sent[start:end]
        if not any(_read_clause(rules, c).causes for c in rules.split.split(quote[1:-1])):
            out.append(quote)
    return out


def _unreceived(rules: _ReplyRules, clause: str, before: str) -> str:
    """``clause`` with the company's answer received or awaited blanked ([declined_relayed]
    `received`: 「企業様からは、まだご回答をいただけておりません」), in a sentence that names the
    company as the one asked or answering (`party`, in ``before`` or the clause): that answer is
    the company's, no answer of the candidate's to read for causes."""
    _, party, _, received = rules.declined_relayed
    if not (party.search(before) or party.search(clause)):
        return clause
    return _mask(clause, [received])


def _no_reason(clause: str) -> str | None:
    """Words saying there is no reason to give (furikaeri.mail.lack.no_reason), normalised;
    only clauses holding a reason noun are tokenized for it."""
    from furikaeri.mail.lack import no_reason, reason_nouns

    if not reason_nouns().search(clause):
        return None
    found = no_reason(_morphs(clause))
    return normalize(found) if found else None


def _header_causes(rules: _ReplyRules, sent: str) -> list[str]:
    """The causes a topic header at the head of ``sent`` names ([header]: 「・志望動機について：」
    「【自己PR】」), by the causes' own topics and words; none without a header."""
    m = rules.header.match(sent)
    if m is None:
        return []
    return _topical(rules, m.group("topic"), hints=False)


# A quote listed next to a masked one (「…」「…」, 「…」や「…」, 「…」とか「…」).
_LISTED_AFTER = re.compile(r"(?<=□[」』])(?:や|と|とか|、|,)?[「『]([^「」『』]{1,80})[」』]")
_LISTED_BEFORE = re.compile(r"[「『]([^「」『』]{1,80})[」』](?:や|と|とか|、|,)?(?=[「『]□)")


def _mask_listed_quotes(sent: str) -> str:
    """``sent`` with each quote listed next to a masked quote masked too, until none is left."""
    while True:
        masked = sent
        for listed in (_LISTED_AFTER, _LISTED_BEFORE):
            masked = listed.sub(
                lambda m: m.group(0).replace(m.group(1), "□" * len(m.group(1))), masked
            )
        if masked == sent:
            return sent
        sent = masked


def _quoted_words(rules: _ReplyRules, sent: str) -> list[tuple[str, str]]:
    """(cause, quote) for the candidate's words quoted in ``sent`` that the answer analyzer
    reads as a finding of [[quoted]] (a complaint about the former employer: 「上司が何もして
    くれない」; a casual word: 「マジで」), in a sentence that voices a concern outside the
    quotes (「…と話されていた点が気になりました」)."""
    quotes = [m.group(1) for m in _QUOTE.finditer(sent) if not _RELAYED.match(sent, m.end())]
    if not quotes:  # 「総合的に判断した」とのこと: the company's words, not the candidate's
        return []
    outside = _QUOTE.sub(lambda m: "□" * len(m.group(0)), sent)
    if not _has_frame(rules, outside):
        return []
    from furikaeri.analyzer.core import analyze
    from furikaeri.errors import FurikaeriError

    found: list[tuple[str, str]] = []
    read: set[str] = set()  # a quote names one cause: the first reading's that reads it
    for reading in rules.quoted:
        if reading.unless is not None and re.search(reading.unless, outside):
            continue
        for quote in quotes:
            if quote in read:
                continue
            try:
                codes = {f.code for f in analyze(quote, kind=reading.kind).findings}
            except FurikaeriError:
                continue
            if reading.code in codes:
                found.append((reading.cause, quote))
                read.add(quote)
                break
    return found


def sentences_naming(body: str, cause_ids: list[str] | tuple[str, ...]) -> dict[str, str]:
    """For each of ``cause_ids``, the sentence of the reply (as written) that names it: where
    :func:`classify_reply` found it, else (a cause the user set by hand) the first sentence
    that speaks of its topic. Causes with neither are left out."""
    found = classify_reply(body).sentences
    missing = [c for c in cause_ids if c not in found]
    if not missing:
        return {c: found[c] for c in cause_ids}
    rules = _reply_rules()
    for original, sent in split_sentences(strip_quoted(body)):
        if rules.ignore.search(sent):
            continue
        for cid in list(missing):
            rule = rules.causes.get(cid)
            parts = (rule.phrases, rule.topics, rule.questions, rule.hints) if rule else ()
            if any(pat is not None and pat.search(sent) for pat in parts) or (
                rule is not None and rule.words.find(_view(_morphs(sent)))
            ):
                found[cid] = original
                missing.remove(cid)
    return {c: found[c] for c in cause_ids if c in found}


def _clause_spans(split: re.Pattern[str], sent: str) -> list[tuple[int, int, int]]:
    """The clauses of ``sent`` as (start, end, end of the connective after it): the same
    pieces as ``split.split(sent)``."""
    spans: list[tuple[int, int, int]] = []
    start = 0
    for m in split.finditer(sent):
        spans.append((start, m.start(), m.end()))
        start = m.end()
    spans.append((start, len(sent), len(sent)))
    return spans


def _praises(rules: _ReplyRules, clause: str) -> bool:
    """A clause that says something went well: a word of praise not denied after it
    (「魅力を感じませんでした」), and no negative frame (「高く評価できる水準に届かず」)."""
    if _has_frame(rules, clause):
        return False
    return any(
        not rules.praise_negated.match(clause[m.end() :])
        and not (m.group(0).isascii() and rules.praise_negated_english.search(clause, 0, m.start()))
        for m in rules.praise.finditer(clause)
    )


def _as_written(rules: _ReplyRules, original: str, sent: str, start: int, after: int) -> str:
    """The clause sent[start:after] as the company wrote it, without a trailing 「が、」
    「ものの、」 nor the comma a connective before it left (「一方で、…」 is split after
    「一方で」); the whole sentence when NFKC merged characters and no offset map exists."""
    index = offsets(original, sent)
    if index is None:
        return original
    text = original[index[start] : index[after]]
    return rules.connective_tail.sub("", text).strip().lstrip(_LEADING_COMMAS) or original


_LEADING_COMMAS = "、，,､ \u3000"


@dataclass(frozen=True)
class _Reading:
    """One clause: causes named by self-framed phrases (``found``), whether a negative frame
    is live (``framed``), and the causes whose topic it speaks of (``topical``)."""

    found: list[str]
    framed: bool
    topical: list[str]
    hinted: bool = False  # ``topical`` only from hints (「具体的な理由がわからず」): weak

    @property
    def causes(self) -> list[str]:
        if not self.framed:
            return self.found
        return self.found + [c for c in self.topical if c not in self.found]


def _clause_causes(rules: _ReplyRules, clause: str) -> list[str]:
    """Causes named in one clause: self-framed phrases, or a topic with a live negative frame."""
    return _read_clause(rules, clause).causes


def _read_clause(rules: _ReplyRules, clause: str) -> _Reading:
    found = [cid for cid, r in rules.causes.items() if r.phrases and _live(r.phrases, clause)]
    if "relative" in found:  # 「価値観により近い方がいた」: the comparison frames a fit topic
        named = _mask(clause, [rules.compared_fit])  # 「a closer match」 names no topic
        if not rules.compared_background.search(named):  # the other's background: relative
            found += [
                c for c in rules.compared if c not in found and _names(rules.causes[c], named)
            ]
        if (
            "skills" not in found
            and rules.compared_by_amount.search(clause)
            and not rules.praise.search(clause)  # 「ご経験については申し分なく」
            and _names(rules.causes["skills"], clause)
        ):  # 「経験の長さで他の方に軍配が上がり」: the candidate had less of it
            found.append("skills")
    masked = _mask(clause, [r.phrases for r in rules.causes.values() if r.phrases])
    wish = rules.wish.search(masked)
    if (
        wish
        and (
            rules.wish_gap.search(masked, wish.end())  # 「…たいというご希望とはずれ」
            # 「議論しながら進める当社の働き方に対し、お一人で進めたいというお考えが強く」
            or (
                rules.wish_against.search(masked, 0, wish.start()) is not None
                and (
                    rules.wish_outweighs.match(masked, wish.end()) is not None
                    or _has_frame(rules, masked[wish.end() :])
                )
            )
            or (  # 「…たいとのお考えを伺い、変化の激しい当社では働きにくさを…」
                rules.contrast_company.search(masked, wish.end())
                and _has_frame(rules, masked[wish.end() :])
            )
        )
    ):
        found += [rules.contrast_cause] if rules.contrast_cause not in found else []
        masked = "□" * wish.end() + masked[wish.end() :]  # what is wished names no lack
    masked = _mask(masked, [rules.question_about, rules.courtesy])  # 「働き方についてのご質問」
    morphs = _morphs(masked)
    # A self-framed phrase (「ご不満ばかり」) makes the clause's evaluation negative: a topic in the
    # same clause (「短期間で2社を退職されており、その理由がご不満ばかり」) is judged too; not a
    # comparison's (the other person's experience is no point of the reader's) nor in praise.
    framed = _has_frame(rules, masked, morphs) or (
        any(c != "relative" for c in found) and not rules.praise.search(clause)
    )
    # Hints describe a topic only where no phrase named a cause; a comparison (relative) names
    # the other person, so the reader's own point beside it may still be a hint
    # (「エピソードがやや薄く、他の候補者と比べると印象が弱く」).
    own = [c for c in found if c != "relative"]
    topical = _topical(rules, masked, hints=not own and framed, morphs=morphs)
    _drop_consequences(rules, clause, masked, found, topical)
    cause, *_ = rules.shortfall
    if (
        cause in topical
        and cause not in found
        and (not _shortfall(rules, masked, morphs) or _judged_as_other(rules, masked, cause))
    ):
        topical.remove(cause)  # 「ご経験は豊富」「経験と結びつけにくい」: no lack against the role
    said = _morphs(clause)
    talk = _talk(rules, clause, said)
    if talk == "over":  # 「他の方の発言を遮る」: the others are the talk's, no comparison
        found = ["communication", *(c for c in found if c not in ("communication", "relative"))]
        topical = [c for c in topical if c != "relative"]
        framed = True
    elif _knowledge_gap(rules, clause, said, bool(talk), framed):
        # 「設計に関する技術的な質問に十分お答えいただけず」: what the question was about decides
        found = [c for c in found if c != "communication"]
        topical = [c for c in topical if c != "communication"]
        found += [] if "skills" in found else ["skills"]
        framed = True
    elif talk or rules.off_target.search(clause) or _beside(rules, clause):
        # an answer beside the question: what was said instead names no other cause
        found = ["communication", *(c for c in found if c in rules.off_target_keeps)]
        topical = [c for c in topical if c in rules.off_target_keeps]
        framed = True
    hinted = bool(topical) and not _topical(rules, masked, hints=False, morphs=morphs)
    return _Reading(list(dict.fromkeys(found)), framed, topical, hinted)


def _stuck_only(rules: _ReplyRules, clause: str) -> bool:
    """The clause's communication point is only that the candidate could not answer ([conduct]
    `answer`, `stuck`): no word or phrase of delivery (結論, 緊張, 話が長い) beside it."""
    comm = rules.causes["communication"]
    ms = _morphs(clause)
    if comm.words.find(_view(ms)) or (comm.phrases is not None and _live(comm.phrases, clause)):
        return False
    return stuck(rules.conduct[0], ms)


def _talk(rules: _ReplyRules, clause: str, morphs: Any) -> str | None:
    """[conduct]: "off" where the clause says the candidate moved off the question, "over" where
    they talked over others, else None."""
    forms, english = rules.conduct
    point = conduct(forms, morphs)
    if point is not None:
        return point[0]
    m = english.search(clause)
    if m is None:
        return None
    return "off" if re.search("subject|topic|point|question|story", m.group(0)) else "over"


def _knowledge_gap(rules: _ReplyRules, clause: str, morphs: Any, talk: bool, framed: bool) -> bool:
    """[off_target] `knowledge`: a question about a subject of knowledge (its subject naming
    no cause's own topic), an answer to it, and a lack or an answer beside it, with no word of
    moving off the question: the candidate could not answer it, a gap of skills."""
    if talk or not rules.beside[0].search(clause):
        return False
    if not (framed or rules.off_target.search(clause) or _beside(rules, clause)):
        return False
    forms, _ = rules.conduct
    if any(m.normalized_form() in forms.deviate for m in morphs):
        return False
    for m in rules.knowledge.finditer(clause):
        subject = m.groupdict().get("subject")
        if not subject or not _topical(rules, subject, hints=False):
            return True
    return False


def _beside(rules: _ReplyRules, clause: str) -> bool:
    """An answer, the question and their mismatch in one clause ([off_target] `answer`,
    `question`, `mismatch`), the mismatch not a complaint set against what the candidate wants
    next (`complaint`: the question was answered, with complaints)."""
    if not all(p.search(clause) for p in rules.beside):
        return False
    return not rules.complaint.search(clause)


def _shortfall(rules: _ReplyRules, masked: str, morphs: Any) -> bool:
    """[shortfall]: the clause states a shortfall against the role: a word of what the role
    asks for, a predicate of not enough or not reaching (Sudachi normalized forms), or its
    English."""
    _, role, lemmas, english = rules.shortfall
    if role.search(masked) or english.search(masked):
        return True
    denied, negators = rules.shortfall_denied
    forms = [m.normalized_form() for m in morphs]
    return any(
        form in lemmas or (form in denied and any(f in negators for f in forms[i + 1 : i + 6]))
        for i, form in enumerate(forms)
    )


def _judged_as_other(rules: _ReplyRules, masked: str, cause: str) -> bool:
    """[shortfall] `judged_as`: the clause judges the experience as the material of another
    cause (「ご経験が、強みを裏付けるエピソードとしては弱かった」): a topic of that cause right
    before として, so the lack is the episode's, not one against the role."""
    for m in rules.shortfall_judged_as.finditer(masked):
        standard = masked[max(0, m.start() - _STANDARD_SPAN) : m.start()]
        standard = standard.rsplit("、", 1)[-1]
        if any(cid != cause and _names(r, standard) for cid, r in rules.causes.items()) or any(
            cid != cause and r.hints and r.hints.search(standard) for cid, r in rules.causes.items()
        ):
            return True
    return False


_STANDARD_SPAN = 16  # characters before として read as the standard of the judgement


def _drop_consequences(
    rules: _ReplyRules, clause: str, masked: str, found: list[str], topical: list[str]
) -> None:
    """[[consequence]]: a cause named only by the words that tell another one's effect
    (「逆質問がなく、入社への意欲が読み取れなかった」「不満のお話が長く」) is dropped, in place."""
    for cause, drops, words, unless in rules.consequences:
        if cause not in found + topical or (unless is not None and unless.search(clause)):
            continue

        def blank(m: re.Match[str]) -> str:
            return "□" * len(m.group(0))

        if drops in topical and drops not in found:
            if not _names(rules.causes[drops], words.sub(blank, masked)):
                topical.remove(drops)
        elif drops in found and drops != cause:
            # Only a cause its own phrase named (not one a comparison added: 「必須としていた…
            # について、他の方がより豊富」 is still a gap of the reader's), or one a comparison
            # framed by its topic (`compared`) that only these words named (「逆質問がなく、他の
            # 方と比べて入社意欲が見えにくい」: the interest is the missing questions' effect).
            phrases = rules.causes[drops].phrases
            own = phrases is not None and _live(phrases, clause)
            if own and not _live(phrases, words.sub(blank, clause)):  # type: ignore[arg-type]
                found.remove(drops)
            elif (
                not own
                and drops in rules.compared
                and not _names(rules.causes[drops], words.sub(blank, masked))
            ):
                found.remove(drops)
                if drops in topical:
                    topical.remove(drops)


# 「話が長くなることもありませんでした」「不満は特にございません」「他の方と比べてということでは
# なく」: what follows a self-framed
# phrase denies it (a phrase may end in a stem its own negation completes: 「合わ|ない」).
_DENIED_AFTER = re.compile(
    r"[^。、]{0,8}?(?:こと|事|よう|わけ|訳)(?:で)?(?:も|は)?(?:ありませ|ござい?ませ|な(?:く|い|かっ))"
    r"|(?:は|も)(?:特に)?(?:ありませ|ござい?ませ|な(?:く|い|かっ))"
    r"|(?:で(?:は)?|じゃ)(?:なく|ない|ありませ|ござい?ませ)"
)


def _live(phrases: re.Pattern[str], clause: str) -> bool:
    """A self-framed phrase of ``phrases`` in ``clause`` that what follows does not deny."""
    return any(not _DENIED_AFTER.match(clause, m.end()) for m in phrases.finditer(clause))


def _topical(rules: _ReplyRules, text: str, *, hints: bool = True, morphs: Any = None) -> list[str]:
    """Causes whose topic ``text`` speaks of: a topic or a word of the cause; failing those, an
    embedded question (「弊社で何をしたいのか」); failing those too (and with ``hints``), a
    hint. Says nothing of whether the text finds fault."""
    view = _view(morphs if morphs is not None else _morphs(text))
    found = [
        cid
        for cid, r in rules.causes.items()
        if (r.topics and r.topics.search(text)) or r.words.find(view)
    ]
    if not found:
        found = [c for c, r in rules.causes.items() if r.questions and r.questions.search(text)]
    if not found and hints:
        found = [cid for cid, r in rules.causes.items() if r.hints and r.hints.search(text)]
    return found


def _across(
    rules: _ReplyRules, before: tuple[str, _Reading] | None, clause: str, reading: _Reading
) -> list[str]:
    """Causes a clause names together with the clause before it in the same sentence: a topic
    left open there and a frame here (「最後に何かご質問はございますかと伺いましたが、
    『大丈夫です』とのことで、関心の程度が分かりかねました」), or the company's way there and
    the candidate's here (`contrast`); in English either way round, or in this clause alone."""
    if reading.causes or rules.contrast_agree.search(clause) or rules.praise.search(clause):
        return []
    wants, way = rules.contrast_english
    if wants.search(clause) and way.search(clause):
        return [rules.contrast_cause]
    if before is None:
        return []
    text, prev = before
    if (wants.search(text) and way.search(clause)) or (way.search(text) and wants.search(clause)):
        return [rules.contrast_cause]
    fit = rules.contrast_cause in prev.topical or bool(rules.contrast_fit.search(clause))
    if fit and rules.contrast_company.search(text) and rules.contrast_candidate.search(clause):
        return [rules.contrast_cause]
    if reading.framed and rules.wish.search(text) and rules.contrast_company.search(clause):
        return [rules.contrast_cause]  # the candidate's wish there, the company's way here
    if reading.framed and prev.topical and not prev.framed and not prev.found:
        return list(prev.topical)
    return []


def _names(rule: _CauseRule, clause: str) -> bool:
    return bool(rule.topics and rule.topics.search(clause)) or bool(
        rule.words.find(_view(_morphs(clause)))
    )


def _morphs(text: str) -> Any:
    from furikaeri.nlp import morphemes

    return morphemes(text)


def _mask(clause: str, patterns: list[re.Pattern[str]]) -> str:
    """Blank out self-framed phrases so their words do not count again as topics or frames."""
    for pat in patterns:
        clause = pat.sub(lambda m: "□" * len(m.group(0)), clause)
    return clause


def _has_frame(rules: _ReplyRules, clause: str, morphs: Any = None) -> bool:
    """A negative frame: one of `frames` not denied after it, or a lack read from the words'
    grammar (furikaeri.mail.lack: a negated predicate, 〜にくい, 〜かねる)."""
    from furikaeri.mail.lack import lack, negative_predicate

    if any(not rules.negated.match(clause[m.end() :]) for m in rules.frames.finditer(clause)):
        return True
    ms = morphs if morphs is not None else _morphs(clause)
    return lack(ms) is not None or negative_predicate(ms) is not None
