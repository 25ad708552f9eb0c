"""The label of a notice's sentences, from its phrases, guards and readings."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from furikaeri.mail.notice.called_off import _readers_refusals
from furikaeri.mail.notice.choice import _unchosen
from furikaeri.mail.notice.clauses import (
    _NEVER,
    _begins_at,
    _hits,
    _hypothetical,
    _numeral,
    _refusal_supposed,
    _sentence_morphemes,
    _silence_conditioned,
)
from furikaeri.mail.notice.context import _general, _reports, _story, _this_application
from furikaeri.mail.notice.dealing import _dealing_only, _request_only, _seat_only
from furikaeri.mail.notice.earlier import _earlier_offer, _recalled_refusals
from furikaeri.mail.notice.exam import _exam_only, _exams_unpassed
from furikaeri.mail.notice.filled import (
    _closed_on_hire,
    _closed_unconsidered,
    _engaged_instead,
    _taken,
    _taken_unsaid,
)
from furikaeri.mail.notice.hearsay import _personal
from furikaeri.mail.notice.holder import _congratulating, _credited, _own_news
from furikaeri.mail.notice.invitation import (
    _about_interview,
    _booked,
    _moved,
    _moved_to,
    _names_interview,
    _postponed_only,
    _settled_above,
    _settled_booking,
    _uncounselled,
    _unevented,
)
from furikaeri.mail.notice.matter import _matter_only
from furikaeri.mail.notice.outcome import _goodwill_only, _no_intake, _no_place, _outcome_told
from furikaeri.mail.notice.polarity import (
    _choices_in_progress,
    _declined_steps,
    _negated_results,
    _not_come_about,
    _partnered,
    _polar_hits,
    _refused_invites,
    _wish_unmet,
)
from furikaeri.mail.notice.proposal import _meeting_proposed, _slots_asked
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.notice.start import _sending_asked, _start_asked
from furikaeri.mail.notice.status import _status
from furikaeri.mail.notice.terms import _conditions_regretted, _fix_asked, _rescheduled
from furikaeri.mail.notice.unsaid import _pending_hit
from furikaeri.mail.notice.waitlist import _unwaited, _waitlisted
from furikaeri.nlp import morphemes


@dataclass(frozen=True)
class _Mail:
    """One reading of a notice (see :func:`_decide`): its sentences, its lines, the sentences
    that are not general statements, and how the mail is addressed."""

    sents: list[str]
    lines: list[str] | None
    specific: list[str]
    many: bool
    bulk: bool
    slot_needed: bool
    new_matter: bool
    addressed: frozenset[str]
    reread: bool


_Decision = tuple[str, list[str]]
_Positive = dict[str, tuple[list[str], list[str]]]


def _decide(
    rules: _NoticeRules,
    sents: list[str],
    *,
    many: bool = False,
    bulk: bool = False,
    slot_needed: bool = False,
    lines: list[str] | None = None,
    new_matter: bool = False,
    addressed: frozenset[str] = frozenset(),
    reread: bool = False,
) -> _Decision:
    """The label of a notice's sentences. ``many``: addressed to many readers; ``bulk``: mail
    one unsubscribes from (a newsletter, a job board), where a rejection word counts only in a
    sentence that reports to the reader (an article's teaser, 「書類選考で不合格が続くときに
    見直したいポイント」, reports nothing); ``addressed``: the names its salutation gives;
    ``reread``: read again without a rejection recalled as background (earlier.py)."""
    sents = _readable(rules, sents, new_matter=new_matter)
    lines = None if lines is None else _readable(rules, lines, new_matter=new_matter)
    withdrawn = _hits(rules.withdrawn, sents, rules.hypothetical) + _not_held(rules, sents)
    if withdrawn:  # the candidate withdrew; the company only acknowledges it
        return "other", withdrawn
    status = None if many else _status(rules, sents if lines is None else lines)
    if status is not None:  # 「ステータス：不採用」: the system says it in one word
        return ("other", []) if _exam_only(rules, sents) else status  # (「判定：合格」: a score)
    mail = _Mail(
        sents=sents,
        lines=lines,
        specific=[s for s in sents if not _general(rules, s)],
        many=many,
        bulk=bulk,
        slot_needed=slot_needed,
        new_matter=new_matter,
        addressed=addressed,
        reread=reread,
    )
    positive = _positives(rules, mail)
    slot = _slot(rules, mail)
    return (
        _refused(rules, mail, positive, _rejections(rules, mail, positive))
        or _procedural(rules, mail, positive, slot=slot)
        or _granted(rules, mail, positive, slot=slot)
        or _invited(rules, mail, slot=slot)
        or _weakly_refused(rules, mail)
    )


def _readable(rules: _NoticeRules, sents: list[str], *, new_matter: bool) -> list[str]:
    """``sents`` about this application (context.py), quotes carried over sentences, without a
    fraud warning's sentences (「内定」と称する偽メール: someone else's mail told of)."""
    sents = _this_application(rules, _carry_quotes(sents), new_matter=new_matter)
    return [s for s in sents if not rules.fraud.search(s)]


def _positives(rules: _NoticeRules, mail: _Mail) -> _Positive:
    """The phrases of an offer and of a pass, each with the ones a negation turns round (see
    polarity.py); none in mail to many readers, which reports nobody's result: its 内定・通過
    are words about the process. (補欠合格 is no pass: a waiting list's compounds are masked
    first; so is a qualification's 合格.)"""
    if mail.many:
        return {}
    unwaited = _exams_unpassed(rules, _unwaited(rules, mail.specific))
    positive = {lb: _polar_hits(rules, lb, unwaited, mail.addressed) for lb in ("offer", "pass")}
    joined = [] if positive["pass"][0] else _continued(rules, unwaited)
    if joined:  # 「ESを拝読しました。つきましては、…」: only what the two say as one is added
        hits, negated = _polar_hits(rules, "pass", joined, mail.addressed)
        positive["pass"] = (hits, list(dict.fromkeys(positive["pass"][1] + negated)))
    return positive


def _rejections(rules: _NoticeRules, mail: _Mail, positive: _Positive) -> list[str]:
    """The phrases that refuse the reader's application: said (:func:`_said_refusals`), or an
    offer or a pass negated, or read from a clause's meaning (:func:`_read_refusals`); without
    those of a result still pending, of what to assume if nothing comes, or of an earlier
    post's result conceded before the news."""
    rejection = _said_refusals(rules, mail)
    rejection += [hit for _, negated in positive.values() for hit in negated]
    if not mail.many:
        rejection += _read_refusals(rules, mail, positive)
    # 「申し訳ございませんが、結果はまだ出ておりません」: the wait, no result; 「連絡がなければ、
    # 不採用とお考えください」: what to assume if nothing comes, no decision
    rejection = _unconditioned(rules, rejection, mail.sents)
    # 「前回の営業職では残念な結果…ましたが、今回の企画職は…採用を決定」: the earlier post conceded
    if rejection and not mail.many:
        rejection = [
            hit for hit in rejection if not _conceded(rules, hit, mail.specific, mail.addressed)
        ]
    return rejection


def _said_refusals(rules: _NoticeRules, mail: _Mail) -> list[str]:
    """The rejection phrases said (``bulk``: only in sentences that report to the reader), not
    told of other people nor of a choice still open (「他の候補者との面接も進めております」: no
    one chosen yet; 「他の候補者の方の面接も続いているため、選考結果は保留」: 選考 chooses no one,
    see choice.py); else a place filled, a posting closed, someone engaged instead."""
    sents = mail.sents
    told = [s for s in sents if _reports(rules, s) and not _story(rules, s)] if mail.bulk else sents
    rejection = _hits(
        rules.strong["rejection"], told, rules.hypothetical, others=rules.third_party
    )  # (third_party: told of other people, or the topic of a question: 「見送りの理由」)
    if rejection:
        open_ = _choices_in_progress(rules, told) | _unchosen(rules, told)
        rejection = [hit for hit in rejection if hit not in open_]
    if not rejection and any(rules.own_application.search(s) for s in sents):
        rejection = (
            _hits(rules.filled, sents, rules.hypothetical)
            or _closed_on_hire(rules, sents)
            or _closed_unconsidered(rules, sents)
        )
    if not rejection and any(
        rules.weak_context.search(s)
        or rules.outcome.applied.search(s)
        or rules.taken.context.search(s)
        for s in sents
    ):  # 「もう人が決まっちゃいまして」; by lines too where a line ends with no stop (an emoji)
        rejection = (
            _taken(rules, sents)
            or _taken(rules, mail.lines or [])
            or _taken_unsaid(rules, sents)  # 「先に決まってしまいました。すみません」
        )
    if not rejection and any(rules.weak_context.search(s) for s in sents):
        rejection = _hits(  # 「今回はunsuccessfulという判断になりました」
            rules.english_results, sents, rules.hypothetical, others=rules.third_party
        )
    if not rejection and not mail.many:
        rejection = _engaged_instead(rules, told)
    return rejection


def _read_refusals(rules: _NoticeRules, mail: _Mail, positive: _Positive) -> list[str]:
    """The refusals read from what a clause means, not from a stock phrase: a result negated, a
    wish unmet, an invitation refused, a gap judged and the matter ended, steps declined, a hire
    that did not come about, a partner chosen, an outcome told, no place for the reader, no plan
    to take anyone on, only the goodwill accepted."""
    specific = mail.specific
    # (A wish regretted in a stock phrase is the phrase's, with its filters: a date, a term.)
    unphrased = [s for s in specific if not any(p.search(s) for p in rules.strong["rejection"])]
    negated = _negated_results(rules, specific) + _wish_unmet(rules, unphrased)
    if positive["offer"][0]:  # 「次の選考はなしで、そのまま内定」: a step skipped
        negated = [hit for hit in negated if not rules.polarity.next_steps.match(hit)]
    affirmed = bool(positive["offer"][0] or positive["pass"][0])
    return (
        negated
        + _refused_invites(rules, specific)
        + _judged_and_ended(rules, specific)
        + _declined_steps(rules, specific)
        + _not_come_about(rules, specific)
        + _partnered(rules, specific)
        + _outcome_told(rules, specific, affirmed=affirmed)
        + _no_place(rules, specific, affirmed=affirmed)
        # (a policy of no intake, 「弊社では…体制が整っておらず」, answers this reader too)
        + _no_intake(rules, mail.sents, affirmed=affirmed)
        + _goodwill_only(rules, specific, affirmed=affirmed)
    )


def _unconditioned(rules: _NoticeRules, hits: list[str], sents: list[str]) -> list[str]:
    """``hits`` without those of a result still pending, of what to assume if nothing comes, or
    of a refusal only supposed (unsaid.py, clauses.py)."""
    return [
        hit
        for hit in hits
        if not _pending_hit(rules.polarity, hit, sents)
        and not _silence_conditioned(rules, hit, sents)
        and not _refusal_supposed(rules, hit, sents)
    ]


def _refused(
    rules: _NoticeRules, mail: _Mail, positive: _Positive, rejection: list[str]
) -> _Decision | None:
    """The decision when the mail refuses, or places the reader on a waiting list: a rejection,
    or what a second reading finds (a rejection recalled before a new invitation, a date
    regretted before other slots), or other when the refusal is of something else (a seat, an
    order, a loan, an exam) or of the terms of an offer; None when nothing is refused."""
    sents, many = mail.sents, mail.many
    # 「以前、見送りのご連絡を差し上げたにもかかわらず…改めて面接の機会を」「先ほど誤ってお見送りの
    # メールをお送りしました。…通過されています」: a rejection recalled, then the news
    if rejection and not many and not mail.reread:
        again = _recalled_refusals(rules, rejection, sents)
        decided = None if again is None else _reread(rules, mail, again)
        if decided is not None:
            return decided
    if rejection:  # 「説明会は中止」「他社様への応募は見送りとし」: what is called off is not this
        rejection = _readers_refusals(rules, rejection, sents)  # application (called_off.py)
    if rejection and _refused_elsewhere(rules, mail, rejection):
        return "other", []
    waiting = [] if many else _waitlisted(rules, mail.specific)
    if (
        waiting
        and not _news_beside(rules, mail.specific, mail.addressed)
        and not _told_after(rules, rejection, mail.specific)
        and not any(rules.waitlist.verdict.search(hit) for hit in rejection)
    ):
        return "other", waiting  # on a waiting list: the quota filled for now, no decision
    moved = None if many or not rejection else _rescheduled(rules, rejection, sents)
    if moved is not None:  # 「ご希望の11日午後は…ご期待に沿えず」, then other slots offered
        decided = _slots_offered(rules, mail, moved)
        if decided is not None:
            return decided
    elif rejection and not many and _rescheduled(rules, rejection, sents, asked=True) is not None:
        return "other", []  # 「ご提示の15日は…難しい状況です。別の候補日をお知らせください」
    if rejection and not many and _fix_asked(rules, rejection, sents):
        return "other", []  # 「このままでは受け付けが難しい…再度ご提出いただけますか」
    granted = [] if many else positive["offer"][0] + positive["pass"][0]
    # 「採用させていただく方針…ご希望の年収にはご期待に沿えず」: the terms of the outcome regretted
    if rejection and not many and _conditions_regretted(rules, rejection, granted, sents):
        return None
    return ("rejection", rejection) if rejection else None


def _refused_elsewhere(rules: _NoticeRules, mail: _Mail, rejection: list[str]) -> bool:
    """What the mail refuses is no candidacy: a seat at a gathering (「説明会は満席のため」), an
    order or a contract (「ご注文の商品は在庫切れのため」「ご契約を見送らせていただく」), a matter
    no employer selects, a friend's news, someone else's, congratulations, an exam's result
    (「簿記検定の結果、不合格」), a favour asked (not when the request was to work:
    :func:`_work_declined`)."""
    sents = mail.sents
    return (
        _seat_only(rules, sents)
        or _dealing_only(rules, sents, rejection)
        or _matter_only(rules, sents)
        or _personal(rules, sents)
        or _own_news(rules, sents, rejection, heads=(mail.lines or sents)[:3])
        or _congratulating(rules, sents)
        or _exam_only(rules, sents)
        or (_request_only(rules, sents) and not _work_declined(rules, sents))
    )


def _work_declined(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail declines the reader's request to work, not a favour asked: it says no one is to
    be taken on (「人を増やすつもりはない」) or accepts only the goodwill of a wish to work
    (「働かせていただけないでしょうか」…「ご厚意のみ受け取らせていただきます」)."""
    return bool(
        _no_intake(rules, sents, affirmed=False) or _goodwill_only(rules, sents, affirmed=False)
    )


def _reread(rules: _NoticeRules, mail: _Mail, again: list[str]) -> _Decision | None:
    """The decision of ``again`` (the sentences without a rejection recalled as background) when
    it invites, passes or offers; None otherwise. (「ぜひもう一度お会いしたい」 after a
    rejection recalled passes no stage: the meeting asked for is the news when the mail invites
    to it.)"""
    label, found = _decide(
        rules,
        again,
        bulk=mail.bulk,
        slot_needed=mail.slot_needed,
        new_matter=mail.new_matter,
        addressed=mail.addressed,
        reread=True,
    )
    if label == "pass" and not any(rules.polarity.results.search(h) for h in found):
        invited = _hits(
            rules.strong["interview_invite"], again, rules.hypothetical, others=rules.invite_others
        ) + _hits(rules.invite_generic, again, rules.hypothetical)
        label, found = ("interview_invite", invited + found) if invited else (label, found)
    return (label, found) if label in ("interview_invite", "pass", "offer") else None


def _slots_offered(rules: _NoticeRules, mail: _Mail, moved: list[str]) -> _Decision | None:
    """An invitation when ``moved`` (the mail without a date's regret) invites, or asks about a
    time (「代わりに12日（水）13時…ではいかがでしょうか」); else None."""
    label, found = _decide(
        rules,
        moved,
        bulk=mail.bulk,
        slot_needed=True,
        new_matter=mail.new_matter,
        addressed=mail.addressed,
    )
    if label == "interview_invite":
        return label, found
    found = _slots_asked(rules, moved) if label == "other" else []
    return ("interview_invite", found) if found else None


def _slot(rules: _NoticeRules, mail: _Mail) -> bool:
    """The mail gives a slot of an appointment. To many readers, a deadline (「予約締切は12月10日」)
    is no slot of an interview; a slot each reader is asked to book (「ご希望の枠をお選び
    ください」, [context] `booking_asked`) is one in a mail that names its reader (「金子 様」
    above 「エントリーいただいた皆様を対象に」; not 「皆様」 itself); to 皆様 or 各位 alone, a
    reminder to book tells the process."""
    many = mail.many
    return any(
        (rules.time.search(s) or rules.date.search(s)) and not (many and rules.deadline.search(s))
        for s in mail.sents
    ) or (
        many
        and not mail.bulk
        and any(not rules.audience.fullmatch(f"{name}様") for name in mail.addressed)
        and any(rules.booking_asked.search(s) for s in mail.sents)
    )


def _procedural(
    rules: _NoticeRules, mail: _Mail, positive: _Positive, *, slot: bool
) -> _Decision | None:
    """Other when the mail follows a decision made before or makes none (an offer accepted, the
    paperwork of an offer made earlier, a step called off, the process described to many, an
    exam's result); an offer when the reader is asked to start work; else None."""
    sents, specific = mail.sents, mail.specific
    offers = positive.get("offer", ([], []))[0]
    accepted = _hits((rules.accepted,), sents, rules.hypothetical)
    accepted = [hit for hit in accepted if not _attendance_accepted(rules, sents, hit)]
    if accepted:  # the reader accepted an offer made earlier: this mail is its paperwork
        return "other", accepted
    earlier = _earlier_offer(rules, specific) if offers else []
    if earlier:  # 「先日内定が出ましたF社様との入社日の調整」: what follows an offer made before
        return "other", earlier
    if any(rules.cancelled.search(s) for s in sents) and not _moved(rules, sents):
        return "other", []  # called off; no rejection phrase said why, no new slot offered
    if mail.many and not slot:
        return "other", []  # to many readers, and no slot: the process described
    asked = _paperwork_asked(rules, offers, sents)
    if asked:  # the paperwork for joining asked for: no decision in this mail
        return "other", asked
    affirms = any(bool(hits) for hits, _ in positive.values())  # (an exam announced: no result)
    if _exam_only(rules, sents, alone=affirms):  # 「日商簿記検定2級、合格」: no employer's step
        return "other", []
    if not mail.many and not affirms:
        started = _start_asked(rules, specific, sents)  # 「来月から来てもらいたい」: an offer
        if started:
            return "offer", started
    return None


def _granted(
    rules: _NoticeRules, mail: _Mail, positive: _Positive, *, slot: bool
) -> _Decision | None:
    """The offer or the pass the mail grants (with the booking of the next step, invitation.py),
    or other when what it grants is no hiring's result (「入居審査を通過いたしました」「奨学金の
    採用が決定」); a senior person's wish to meet the reader again is a pass; else None."""
    sents, specific, heads = mail.sents, mail.specific, (mail.lines or mail.sents)[:3]
    granted = [hit for hits, _ in positive.values() for hit in hits]
    if granted and (
        _matter_only(rules, sents, strict=True)
        or _dealing_only(rules, sents, granted)
        or _own_news(rules, sents, granted, heads=heads)
        or _congratulating(rules, sents, granted)
        or _credited(rules, sents, heads=heads)
    ):
        return "other", []
    passed = [] if mail.many or positive["offer"][0] else positive["pass"][0]
    if passed and all(rules.polarity.results.fullmatch(hit) for hit in passed):
        started = _start_asked(rules, specific, sents, judged=True)  # 「合格です！4月1日から
        if started:  # 来てもらえますか」: a result with no stage named, then work from a day
            return "offer", passed + started
    for label in ("offer", "pass"):
        if positive.get(label, ([], []))[0]:
            return _booked(rules, label, positive[label][0], mail.lines or sents, slot=slot)
    wished = [] if mail.many or slot else _head_wished(rules, specific, sents)
    if wished:  # 「見学と面接、ありがとうございました。…ぜひ一度社長と話してもらいたい」
        return "pass", wished
    return None


def _invited(rules: _NoticeRules, mail: _Mail, *, slot: bool) -> _Decision | None:
    """The invitation to an interview the mail makes, by an invitation's phrase, a booking
    settled, its logistics or a meeting proposed in plain words; else None. Job ads, or an
    interview promised on a condition: an invitation needs a slot. An interview's postponement
    with no new slot after it invites to nothing new. (A reminder of one booked, 【リマインド】
    with its 日時 and 場所, confirms the booking: blind writers call it an invitation 4 to 1,
    most accepting either.)"""
    sents, specific, many = mail.sents, mail.specific, mail.many
    invite = (slot or not mail.slot_needed) and not _postponed_only(rules, sents)
    if mail.bulk and any(rules.application_window.search(s) for s in sents):
        invite = False  # a newsletter's calendar: applications still open, no one booked yet
    if not invite or (not _hiring_named(rules, sents) and _patronage(rules, sents)):
        return None  # (a shop's mail to its customer, a shift given to staff)
    # An event's own name (キャリア面談, 面接対策セミナー) is no interview: masked first.
    unevented, evented = _unevented(rules, sents, specific)
    found = _hits(  # (invite_others: also 「面接日程のご案内が遅くなり」, a delay told)
        rules.strong["interview_invite"], unevented, rules.hypothetical, others=rules.invite_others
    )
    if many:  # 「・当日面接実施：312件」: a fair's statistics, no booking
        found = [hit for hit in found if not _counted(rules, hit, unevented)]
    found = _uncounselled(rules, found, sents)  # 「相談にお越しください」: advice, no interview
    if found:
        return "interview_invite", found
    if many:
        return None
    found = _settled_booking(rules, specific, unevented, sents)  # 「最終面接、下記で決まりました」
    found = found or _settled_above(rules, mail.lines or specific, unevented, sents)
    found = found or _moved_to(rules, unevented)  # 「…14時に変更させていただけますか」
    found = found or _logistics(rules, sents, unevented, evented=evented, slot=slot)
    return ("interview_invite", found) if found else None


def _hiring_named(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence names an interview or a test ([interview_invite] `context`), a stage of a
    selection, hiring or an application ([outcome] `stage_context`, `employment`, `applied`)."""
    oc = rules.outcome
    return any(
        p.search(s)
        for s in sents
        for p in (rules.invite_context, oc.stage_context, oc.employment, oc.applied)
    )


def _patronage(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence names a customer's or a staff member's dealings ([interview_invite]
    `patronage`, Sudachi normalized forms: 来店, 予約, クーポン, シフト): without hiring named
    (:func:`_hiring_named`), a time and 「お待ちしております」「来てください」 are a shop's or an
    inn's to its customer, or a shift given to staff, no one's interview. (A reply to an
    applicant with no such word, 「じゃあ金曜の昼に来てください」, may still invite.)"""
    return any(m[3] in rules.patronage for s in sents for m in _sentence_morphemes(s))


def _logistics(
    rules: _NoticeRules, sents: list[str], unevented: list[str], *, evented: bool, slot: bool
) -> list[str]:
    """The words that invite one reader by an interview's logistics (日時：, a time and
    お話しできれば), not in event mail unless it speaks of an interview outside the event's own
    name (キャリア面談) and a flow chart; or a meeting proposed in plain words with a time
    (「お店で話しましょう。水曜の15時頃はどうかな？」); else nothing."""
    received = any(p.search(s) for p in rules.invite_receipts for s in sents) and not any(
        rules.time.search(s) for s in sents
    )  # (「受験申込を受け付けました。…試験当日は受験票をご持参ください」: no interview booked)
    if not received and _about_interview(rules, unevented, evented=evented):
        found = _uncounselled(rules, _hits(rules.invite_generic, sents, rules.hypothetical), sents)
        if not found and slot:  # (「一度相談に来ませんか。窓口は9時〜17時」: advice offered)
            found = _uncounselled(rules, _hits(rules.meeting, sents, rules.hypothetical), sents)
        if found or (  # 「日時：」 alone invites nobody; nor a survey's 「所要時間：」
            _names_interview(rules, unevented, told=True) and not _task_form(rules, sents)
        ):
            found += _hits(rules.invite_fields, sents, rules.hypothetical)
        if found:
            return found
    loose_slot = any(rules.outcome.day_parts.search(s) for s in sents)  # (「土日のお昼過ぎ」)
    if not (slot or loose_slot) or evented:
        return []
    # (The verb itself must be no coming for advice: 「相談に来ませんか。窓口は9時〜17時」.)
    found = _meeting_proposed(rules, sents)
    return found if _uncounselled(rules, found[:1], sents) else []


def _weakly_refused(rules: _NoticeRules, mail: _Mail) -> _Decision:
    """A rejection told only by weak phrases (「ご期待に添えず」) in a selection's context, or
    other. 「合否にかかわらずご連絡いたします」 is still a promise of a result to come; to many
    readers a closing wish is courtesy; 「厳正なる選考」「ご健勝をお祈り」 are stock phrases that
    make no selection context alone."""
    sents = mail.sents
    if _hits(rules.pending, sents, _NEVER) or mail.many:
        return "other", []
    weak = _hits(rules.weak, sents, rules.hypothetical, others=rules.third_party)
    weak = _unconditioned(rules, weak, sents)
    if weak and (_told_before(rules, sents) or _asked_again(rules, sents)):
        # 「選考結果をお知らせいたしましたが…ご返却」「…ご返送いたします。再度お送りください」
        weak = [hit for hit in weak if not rules.returned.search(hit)]
    if not weak or not any(rules.weak_context.search(rules.stock.sub("", s)) for s in sents):
        return "other", []
    # (「抽選の結果、残念ながら今回はチケットを…」: a dealing's result, no selection)
    dealt = (
        _dealing_only(rules, sents, weak) or _matter_only(rules, sents) or _personal(rules, sents)
    )
    return ("other", []) if dealt else ("rejection", weak)


def _attendance_accepted(rules: _NoticeRules, sents: list[str], hit: str) -> bool:
    """The acceptance ``hit`` (「ご承諾いただき、ありがとうございます」) is of attending a step:
    the noun before it (past an honorific prefix, then を or の) is one of [guards] `attending`
    (「役員面接へのご出席をご承諾いただき」「最終面接への参加のご承諾」), not an offer."""
    for sent in sents:
        at = sent.find(hit)
        if at < 0:
            continue
        ms = _sentence_morphemes(sent)
        k = _begins_at(ms, at)
        if k is None:
            return False
        k -= 1
        while k >= 0 and ms[k][2] == "接頭辞":
            k -= 1
        if k < 1 or ms[k][1] not in ("を", "の"):
            return False
        return ms[k - 1][2] == "名詞" and ms[k - 1][3] in rules.attending
    return False


def _asked_again(rules: _NoticeRules, sents: list[str]) -> bool:
    """Documents returned for a fix: at or after the sentence that returns them ([rejection]
    `returned`), one asks for them again (a request of [offer] `submission` and a word of
    [rejection] `again` in the same sentence: 「写真を貼付のうえ再度お送りください」)."""
    at = next((k for k, s in enumerate(sents) if rules.returned.search(s)), None)
    if at is None:
        return False
    return any(
        any(p.search(s) for p in rules.submission)
        and any(m[3] in rules.again for m in _sentence_morphemes(s))
        for s in sents[at:]
    )


def _told_before(rules: _NoticeRules, sents: list[str]) -> bool:
    """A sentence points to the result as told before: a noun of [outcome] `told_results`
    (結果, 合否), then a verb or a verbal noun of `telling` whose chain (verbs and auxiliaries)
    holds the past た (「選考結果をお知らせいたしました」「結果は先日お電話でお伝えしたとおり」)."""
    oc = rules.outcome
    for sent in sents:
        ms = _sentence_morphemes(sent)
        at = next((k for k, m in enumerate(ms) if m[2] == "名詞" and m[3] in oc.told_results), None)
        if at is None:
            continue
        for k in range(at + 1, len(ms)):
            if ms[k][3] not in oc.telling:
                continue
            for m in ms[k + 1 :]:
                if m[2] not in ("動詞", "助動詞"):
                    break
                if m[3] == "た" and m[1] != "たら":
                    return True
    return False


def _counted(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """A sentence holding ``hit`` goes on after it to a count (a numeral, then a counter of
    [context] `counters`) before any auxiliary ends a predicate: 「面接実施：312件」 counts the
    interviews held, it books none."""
    for sent in (s for s in sents if hit in s):
        rest = sent[sent.index(hit) + len(hit) :]
        ms = _sentence_morphemes(rest)
        for k, (_, _, pos, form) in enumerate(ms):
            if pos == "助動詞":
                break
            if k > 0 and form in rules.counters and _numeral(rest, k - 1):
                return True
    return False


def _news_beside(rules: _NoticeRules, sents: list[str], addressed: frozenset[str]) -> bool:
    """An offer or a pass told in a sentence that places no one on a waiting list (「書類選考は
    通過です。」 beside 「面接枠はキャンセル待ちとなります」): the news beside the list. A withheld
    offer in the placing sentence (「内定のご連絡はできかねますが、補欠者として」) is none."""
    rest = _unwaited(rules, [s for s in sents if not _waitlisted(rules, [s])])
    return any(_polar_hits(rules, label, rest, addressed)[0] for label in ("offer", "pass"))


def _told_after(rules: _NoticeRules, rejection: list[str], sents: list[str]) -> bool:
    """A rejection phrase after the last words that place the reader on a waiting list, in
    their sentence or a later one (「補欠として検討させていただいた結果、今回は見送りとさせて
    いただきます」「最終面接の結果、補欠となりました。その後欠員が生じず、今回は不採用とさせて
    いただきます」): the list ran its course and the mail ends on the verdict."""
    placed = [(i, words) for i, s in enumerate(sents) if (words := _waitlisted(rules, [s]))]
    if not placed:
        return False
    i, words = placed[-1]
    rest = sents[i][sents[i].rfind(words[-1]) + len(words[-1]) :]
    return any(hit in s for hit in rejection for s in [rest, *sents[i + 1 :]])


def _conceded(rules: _NoticeRules, hit: str, sents: list[str], addressed: frozenset[str]) -> bool:
    """The rejection phrase ``hit`` stands in a clause of concession ([outcome] `conceding`, the
    first conjunctive particle after it) whose main clause, the rest of its sentence, tells the
    reader an offer or a pass: an earlier post's result recalled, the news after it."""
    for sent in sents:
        at = sent.find(hit)
        if at < 0:
            continue
        stop = next(
            (
                end
                for end, surface, pos, _ in _sentence_morphemes(sent)
                if end > at + len(hit) and pos == "接続助詞" and surface in rules.outcome.conceding
            ),
            None,
        )
        if stop is None:
            return False
        main = [sent[stop:].lstrip("、,")]
        return any(_polar_hits(rules, label, main, addressed)[0] for label in ("offer", "pass"))
    return False


def _task_form(rules: _NoticeRules, sents: list[str]) -> bool:
    """A field's label names a task other than attending ([interview_invite] `task_fields`,
    Sudachi normalized forms: 「回答URL：」「受検期限：」): the mail's fields are that task's (a
    questionnaire, a test), no interview's booking."""
    for sent in sents:
        for m in rules.field_label.finditer(sent):
            if any(x.normalized_form() in rules.task_fields for x in morphemes(m.group(1))):
                return True
    return False


def _head_wished(rules: _NoticeRules, specific: list[str], sents: list[str]) -> list[str]:
    """The words of each sentence of ``specific`` that tell a senior person's wish to meet the
    reader ([pass] `heads`, `wished`: 「ぜひ一度社長と話してもらいたいということになりました」),
    not hypothetical, in a mail that thanks the reader for a step held (`held`: 「工場見学と面接、
    ありがとうございました」): the next meeting wanted, its date to follow. Without a step held it
    may be the first interview's (「店長が面接をしたいと申しております」)."""
    if not any(rules.held.search(s) for s in sents):
        return []
    return _hits((rules.head_wish,), specific, rules.hypothetical)


def _paperwork_asked(rules: _NoticeRules, offers: list[str], sents: list[str]) -> list[str]:
    """[offer] `paperwork`, `submission`: when every offer phrase found names only a document or
    a procedure for joining (雇用契約書, 入社手続き) and the mail asks the reader to submit, return
    or bring something (also a verb of [offer] `sending` asked of the reader: 「送ってもらえると
    助かります」), the words of that request; else nothing."""
    if not offers or not all(rules.paperwork.match(hit) for hit in offers):
        return []
    return _hits(rules.submission, sents, rules.condition) or _sending_asked(rules, sents)


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
    stage is skipped (「書類選考は行っておらず、直接お会いして」) and the process runs on. Nothing
    either when the place is told filled ([rejection] `filled`: 「すでに採用者が決定したため、…
    選考は行わずに終了」): someone else was chosen, the reader's application ends for it."""
    held_not = [s for s in sents if any(p.search(s) for p in rules.not_held)]
    if not held_not or _hits(rules.filled, sents, rules.hypothetical):
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
