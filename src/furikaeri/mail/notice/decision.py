"""The label of a notice's sentences, from its phrases, guards and readings."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from furikaeri.mail.extract import corporate_names
from furikaeri.mail.notice.called_off import _readers_refusals
from furikaeri.mail.notice.choice import _unchosen
from furikaeri.mail.notice.clauses import (
    _NEVER,
    _analysed,
    _begins_at,
    _chain_after,
    _hits,
    _hypothetical,
    _quoted,
    _refusal_supposed,
    _sentence_morphemes,
    _silence_conditioned,
)
from furikaeri.mail.notice.context import _general, _reports, _story, _this_application
from furikaeri.mail.notice.earlier import _earlier_offer, _recalled_refusals
from furikaeri.mail.notice.holder import _congratulating, _credited, _formed, _own_news
from furikaeri.mail.notice.invitation import (
    _about_interview,
    _booked,
    _moved,
    _names_interview,
    _postponed_only,
    _settled_above,
    _settled_booking,
    _uncounselled,
    _unevented,
)
from furikaeri.mail.notice.outcome import _no_place, _outcome_told
from furikaeri.mail.notice.polarity import (
    _choices_in_progress,
    _declined_steps,
    _negated_results,
    _not_come_about,
    _others_hire,
    _partnered,
    _polar_hits,
    _refused_invites,
    _wish_unmet,
)
from furikaeri.mail.notice.rules import _NoticeRules, _Outcome, _Polarity
from furikaeri.mail.notice.start import _start_asked
from furikaeri.mail.notice.status import _status
from furikaeri.mail.notice.unsaid import _negation, _pending_hit
from furikaeri.mail.notice.waitlist import _unwaited, _waitlisted
from furikaeri.nlp import morphemes, short_units
from furikaeri.vocabulary import legal_form_pattern


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
) -> tuple[str, list[str]]:
    """The label of a notice's sentences. ``many``: addressed to many readers; ``bulk``: mail
    one unsubscribes from (a newsletter, a job board), where a rejection word counts only in a
    sentence that reports to the reader (an article's teaser, 「書類選考で不合格が続くときに
    見直したいポイント」, reports nothing); ``addressed``: the names its salutation gives;
    ``reread``: read again without a rejection recalled as background (earlier.py)."""
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
        return ("other", []) if _exam_only(rules, sents) else status  # (「判定：合格」: a score)
    specific = [s for s in sents if not _general(rules, s)]
    # Mail to many readers reports nobody's result: its 内定・通過 are words about the process.
    # (補欠合格 is no pass: a waiting list's compounds are masked first.)
    unwaited = _exams_unpassed(rules, _unwaited(rules, specific))
    positive = (
        {}
        if many
        else {lb: _polar_hits(rules, lb, unwaited, addressed) for lb in ("offer", "pass")}
    )
    joined = [] if many or positive["pass"][0] else _continued(rules, unwaited)
    if joined:  # 「ESを拝読しました。つきましては、…」: only what the two say as one is added
        hits, negated = _polar_hits(rules, "pass", joined, addressed)
        positive["pass"] = (hits, list(dict.fromkeys(positive["pass"][1] + negated)))
    told = [s for s in sents if _reports(rules, s) and not _story(rules, s)] if bulk else sents
    rejection = _hits(
        rules.strong["rejection"], told, rules.hypothetical, others=rules.third_party
    )  # (third_party: told of other people, or the topic of a question: 「見送りの理由」)
    if rejection:  # 「他の候補者との面接も進めております」: no one chosen yet; 「他の候補者の
        # 方の面接も続いているため、選考結果は保留」: 選考 chooses no one (see choice.py)
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
        rejection = _taken(rules, sents) or _taken(rules, lines or [])
    if not rejection and any(rules.weak_context.search(s) for s in sents):
        rejection = _hits(  # 「今回はunsuccessfulという判断になりました」
            rules.english_results, sents, rules.hypothetical, others=rules.third_party
        )
    if not rejection and not many:
        rejection = _engaged_instead(rules, told)
    rejection += [hit for _, negated in positive.values() for hit in negated]
    if not many:
        # (A wish regretted in a stock phrase is the phrase's, with its filters: a date, a term.)
        unphrased = [s for s in specific if not any(p.search(s) for p in rules.strong["rejection"])]
        negated = _negated_results(rules, specific) + _wish_unmet(rules, unphrased)
        if positive["offer"][0]:  # 「次の選考はなしで、そのまま内定」: a step skipped
            negated = [hit for hit in negated if not rules.polarity.next_steps.match(hit)]
        rejection += negated + _refused_invites(rules, specific)
        rejection += _judged_and_ended(rules, specific)
        rejection += _declined_steps(rules, specific)
        rejection += _not_come_about(rules, specific)
        rejection += _partnered(rules, specific)
        affirmed = bool(positive["offer"][0] or positive["pass"][0])
        rejection += _outcome_told(rules, specific, affirmed=affirmed)
        rejection += _no_place(rules, specific, affirmed=affirmed)
    if rejection:  # 「申し訳ございませんが、結果はまだ出ておりません」: the wait, no result;
        # 「連絡がなければ、不採用とお考えください」: what to assume if nothing comes, no decision
        rejection = [
            hit
            for hit in rejection
            if not _pending_hit(rules.polarity, hit, sents)
            and not _silence_conditioned(rules, hit, sents)
            and not _refusal_supposed(rules, hit, sents)
        ]
    if rejection and not many:  # 「前回の営業職では残念な結果…ましたが、今回の企画職は…採用を決定」
        rejection = [hit for hit in rejection if not _conceded(rules, hit, specific, addressed)]
    if rejection and not many and not reread:  # 「以前、見送りのご連絡を差し上げたにもかかわらず
        # …改めて面接の機会を」「先ほど誤ってお見送りのメールをお送りしました。…通過されています」
        again = _recalled_refusals(rules, rejection, sents)
        if again is not None:
            label, found = _decide(
                rules,
                again,
                bulk=bulk,
                slot_needed=slot_needed,
                new_matter=new_matter,
                addressed=addressed,
                reread=True,
            )
            if label == "pass" and not any(rules.polarity.results.search(h) for h in found):
                # (「ぜひもう一度お会いしたい」 after a rejection recalled: no stage passed, the
                # meeting asked for is the news when the mail invites to it)
                invited = _hits(
                    rules.strong["interview_invite"],
                    again,
                    rules.hypothetical,
                    others=rules.invite_others,
                ) + _hits(rules.invite_generic, again, rules.hypothetical)
                label, found = ("interview_invite", invited + found) if invited else (label, found)
            if label in ("interview_invite", "pass", "offer"):
                return label, found
    if rejection:  # 「説明会は中止」「他社様への応募は見送りとし」: what is called off is not this
        rejection = _readers_refusals(rules, rejection, sents)  # application (called_off.py)
    if rejection and (
        _seat_only(rules, sents)
        or _dealing_only(rules, sents, rejection)
        or _matter_only(rules, sents)
        or _personal(rules, sents)
        or _own_news(rules, sents, rejection, heads=(lines or sents)[:3])
        or _congratulating(rules, sents)
        or _exam_only(rules, sents)
        or _request_only(rules, sents)
    ):  # 「説明会は満席のため」「ご注文の商品は在庫切れのため」「ご契約を見送らせていただく」
        return "other", []  # 「簿記検定の結果、不合格」: no selection by an employer
    waiting = [] if many else _waitlisted(rules, specific)
    if (
        waiting
        and not _news_beside(rules, specific, addressed)
        and not _told_after(rules, rejection, specific)
        and not any(rules.waitlist.verdict.search(hit) for hit in rejection)
    ):
        return "other", waiting  # on a waiting list: the quota filled for now, no decision
    moved = None if many or not rejection else _rescheduled(rules, rejection, sents)
    if moved is not None:  # 「ご希望の11日午後は…ご期待に沿えず」, then other slots offered
        label, found = _decide(
            rules, moved, bulk=bulk, slot_needed=True, new_matter=new_matter, addressed=addressed
        )
        if label == "interview_invite":
            return label, found
        found = _slots_asked(rules, moved) if label == "other" else []
        if found:  # 「代わりに12日（水）13時…ではいかがでしょうか」
            return "interview_invite", found
    if (
        rejection
        and not many
        and _conditions_regretted(
            rules, rejection, positive["offer"][0] + positive["pass"][0], sents
        )
    ):  # 「採用させていただく方針…ご希望の年収にはご期待に沿えず」: the terms regretted
        rejection = []
    if rejection:  # a rejection phrase, or an offer / a pass that its predicate negates
        return "rejection", rejection
    accepted = _hits((rules.accepted,), sents, rules.hypothetical)
    accepted = [hit for hit in accepted if not _attendance_accepted(rules, sents, hit)]
    if accepted:  # the reader accepted an offer made earlier: this mail is its paperwork
        return "other", accepted
    earlier = _earlier_offer(rules, specific) if positive.get("offer", ([], []))[0] else []
    if earlier:  # 「先日内定が出ましたF社様との入社日の調整」: what follows an offer made before
        return "other", earlier
    if any(rules.cancelled.search(s) for s in sents) and not _moved(rules, sents):
        return "other", []  # called off; no rejection phrase said why, no new slot offered
    # To many readers, a deadline (「予約締切は12月10日」) is no slot of an interview; a slot each
    # reader is asked to book (「ご希望の枠をお選びください」, [context] `booking_asked`) is one in
    # a mail that names its reader (「金子 様」 above 「エントリーいただいた皆様を対象に」; not
    # 「皆様」 itself); to 皆様 or 各位 alone, a reminder to book tells the process.
    slot = any(
        (rules.time.search(s) or rules.date.search(s)) and not (many and rules.deadline.search(s))
        for s in sents
    ) or (
        many
        and not bulk
        and any(not rules.audience.fullmatch(f"{name}様") for name in addressed)
        and any(rules.booking_asked.search(s) for s in sents)
    )
    if many and not slot:
        return "other", []  # to many readers, and no slot: the process described
    asked = _paperwork_asked(rules, positive.get("offer", ([], []))[0], sents)
    if asked:  # the paperwork for joining asked for: no decision in this mail
        return "other", asked
    affirms = any(bool(hits) for hits, _ in positive.values())  # (an exam announced: no result)
    if _exam_only(rules, sents, alone=affirms):  # 「日商簿記検定2級、合格」: no employer's step
        return "other", []
    if not many and not any(hits for hits, _ in positive.values()):
        started = _start_asked(rules, specific, sents)  # 「来月から来てもらいたい」: an offer
        if started:
            return "offer", started
    granted = [hit for hits, _ in positive.values() for hit in hits]
    if granted and (
        _matter_only(rules, sents, strict=True)
        or _dealing_only(rules, sents, granted)
        or _own_news(rules, sents, granted, heads=(lines or sents)[:3])
        or _congratulating(rules, sents, granted)
        or _credited(rules, sents, heads=(lines or sents)[:3])
    ):
        # (「入居審査を通過いたしました」「奨学金の採用が決定」: no hiring's result)
        return "other", []
    passed = [] if many or positive["offer"][0] else positive["pass"][0]
    if passed and all(rules.polarity.results.fullmatch(hit) for hit in passed):
        started = _start_asked(rules, specific, sents, judged=True)  # 「合格です！4月1日から
        if started:  # 来てもらえますか」: a result with no stage named, then work from a day
            return "offer", passed + started
    for label in ("offer", "pass"):
        if positive.get(label, ([], []))[0]:
            return _booked(rules, label, positive[label][0], lines or sents, slot=slot)
    wished = [] if many or slot else _head_wished(rules, specific, sents)
    if wished:  # 「見学と面接、ありがとうございました。…ぜひ一度社長と話してもらいたい」
        return "pass", wished
    # Job ads, or an interview promised on a condition: an invitation needs a slot. An
    # interview's postponement with no new slot after it invites to nothing new. (A reminder of
    # one booked, 【リマインド】 with its 日時 and 場所, confirms the booking: blind writers call it
    # an invitation 4 to 1, most accepting either.)
    invite = (slot or not slot_needed) and not _postponed_only(rules, sents)
    if bulk and any(rules.application_window.search(s) for s in sents):
        invite = False  # a newsletter's calendar: applications still open, no one booked yet
    # An event's own name (キャリア面談, 面接対策セミナー) is no interview: masked first.
    unevented, evented = _unevented(rules, sents, specific)
    found = (
        _hits(
            rules.strong["interview_invite"],
            unevented,
            rules.hypothetical,
            others=rules.invite_others,  # (also 「面接日程のご案内が遅くなり」: a delay told)
        )
        if invite
        else []
    )
    if many:  # 「・当日面接実施：312件」: a fair's statistics, no booking
        found = [hit for hit in found if not _counted(rules, hit, unevented)]
    found = _uncounselled(rules, found, sents)  # 「相談にお越しください」: advice, no interview
    if found:
        return "interview_invite", found
    if invite and not many:  # 「最終面接、下記で決まりました」 and a day and a time
        found = _settled_booking(rules, specific, unevented, sents)
        found = found or _settled_above(rules, lines or specific, unevented, sents)
        if found:
            return "interview_invite", found
    # Logistics (日時：, a time and お話しできれば) invite one reader to an interview: not many
    # readers (a career consultation offered 毎週土曜 to 登録者の皆様), not event mail unless it
    # speaks of an interview outside the event's own name (キャリア面談) and a flow chart.
    received = any(p.search(s) for p in rules.invite_receipts for s in sents) and not any(
        rules.time.search(s) for s in sents
    )  # (「受験申込を受け付けました。…試験当日は受験票をご持参ください」: no interview booked)
    if invite and not many and not received and _about_interview(rules, unevented, evented=evented):
        found = _uncounselled(rules, _hits(rules.invite_generic, sents, rules.hypothetical), sents)
        if not found and slot:  # (「一度相談に来ませんか。窓口は9時〜17時」: advice offered)
            found = _uncounselled(rules, _hits(rules.meeting, sents, rules.hypothetical), sents)
        if found or (  # 「日時：」 alone invites nobody; nor a survey's 「所要時間：」
            _names_interview(rules, unevented, told=True) and not _task_form(rules, sents)
        ):
            found += _hits(rules.invite_fields, sents, rules.hypothetical)
        if found:
            return "interview_invite", found
    loose_slot = any(rules.outcome.day_parts.search(s) for s in sents)  # (「土日のお昼過ぎ」)
    if (
        invite and (slot or loose_slot) and not many and not evented
    ):  # 「お店で話しましょう。水曜の15時頃はどうかな？」
        # (The verb itself must be no coming for advice: 「相談に来ませんか。窓口は9時〜17時」.)
        found = _meeting_proposed(rules, sents)
        found = found if _uncounselled(rules, found[:1], sents) else []
        if found:
            return "interview_invite", found
    # 「合否にかかわらずご連絡いたします」 is still a promise of a result to come: no guard here.
    if _hits(rules.pending, sents, _NEVER):
        return "other", []
    if many:  # a closing wish to 皆様 is courtesy
        return "other", []
    weak = _hits(rules.weak, sents, rules.hypothetical, others=rules.third_party)
    weak = [
        hit
        for hit in weak
        if not _pending_hit(rules.polarity, hit, sents)
        and not _silence_conditioned(rules, hit, sents)
        and not _refusal_supposed(rules, hit, sents)
    ]
    if weak and (_told_before(rules, sents) or _asked_again(rules, sents)):
        # 「選考結果をお知らせいたしましたが…ご返却」「…ご返送いたします。再度お送りください」
        weak = [hit for hit in weak if not rules.returned.search(hit)]
    # 「厳正なる選考」「ご健勝をお祈り」 are stock phrases: they make no selection context alone.
    if weak and any(rules.weak_context.search(rules.stock.sub("", s)) for s in sents):
        # (「抽選の結果、残念ながら今回はチケットを…」: a dealing's result, no selection)
        dealt = (
            _dealing_only(rules, sents, weak)
            or _matter_only(rules, sents)
            or _personal(rules, sents)
        )
        return ("other", []) if dealt else ("rejection", weak)
    return "other", []


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


def _rescheduled(rules: _NoticeRules, rejection: list[str], sents: list[str]) -> list[str] | None:
    """Every rejection phrase is a regret said of a date, a time or a place preferred ([outcome]
    `scheduled`: the noun or counter, then a particle of `scheduled_cases`, before the phrase in
    its sentence: 「ご希望の11日午後は…ご期待に沿えず」), and a date or a time follows it in the
    mail (other slots proposed): the sentences without those phrases, to be read again
    for an invitation. Otherwise None."""
    oc = rules.outcome
    out = list(sents)
    for hit in rejection:
        at = next((k for k, s in enumerate(out) if hit in s), None)
        if at is None:
            return None
        sent = out[at]
        start = sent.index(hit)
        topic = _regret_topic(rules, sent[:start], oc.scheduled)
        after = [sent[start + len(hit) :], *out[at + 1 :]]
        if not topic or not any(rules.time.search(s) or rules.date.search(s) for s in after):
            return None
        out[at] = sent[:start] + sent[start + len(hit) :]
    return out


def _regret_topic(
    rules: _NoticeRules, before: str, nouns: frozenset[str], then: frozenset[str] = frozenset()
) -> bool:
    """A noun or counter of `nouns` (Sudachi normalized forms) as a topic or object in `before`
    (the words before a regret in its sentence): a particle of [outcome] `scheduled_cases` right
    after it, or after a bracketed aside (「ご希望の年収（750万円）には」); with `then`, a verb of
    those normalized forms after it (「…ご希望に添えず」)."""
    ms = _sentence_morphemes(before)
    for k, (_, _, pos, form) in enumerate(ms):
        if pos not in ("名詞", "接尾辞") or form not in nouns:
            continue
        j = k + 1
        if j < len(ms) and ms[j][3] in ("(", "（"):  # skip the aside to its closing bracket
            j = next((i + 1 for i in range(j, len(ms)) if ms[i][3] in (")", "）")), len(ms))
        if j >= len(ms) or ms[j][2] != "助詞" or ms[j][1] not in rules.outcome.scheduled_cases:
            continue
        if not then or any(m[2] == "動詞" and m[3] in then for m in ms[j + 1 :]):
            return True
    return False


def _conditions_regretted(
    rules: _NoticeRules, rejection: list[str], granted: list[str], sents: list[str]
) -> bool:
    """Every rejection phrase stands in a sentence that regrets a condition hoped for ([outcome]
    `conditions` as the topic or object, then a verb of `regrets`: 「ご希望の年収（750万円）には
    ご期待に沿えず」「ご希望の勤務地につきましては、ご希望に添えず」), or is a regret of a term
    (:func:`_term_regret`: 「ご希望の大阪勤務につきましては、残念ながら募集が充足」「ご希望の
    マーケティング職につきましては…。ご期待に十分お応えできず申し訳ございません」), and an offer
    or a pass (`granted`) is said in another sentence (for a regret of a term, one that holds no
    negation and no negative word, :func:`_negative_said`): the regret is about the terms of the
    outcome, not the application."""
    oc = rules.outcome
    regrets = [s for s in sents if _regret_topic(rules, s, oc.conditions, oc.regrets)]
    termed = [hit for hit in rejection if _term_regret(rules, hit, sents)]
    if not all(hit in termed or any(hit in s for s in regrets) for hit in rejection):
        return False
    regretting = regrets + [s for s in sents if any(hit in s for hit in termed)]
    told = [s for s in sents if s not in regretting and any(hit in s for hit in granted)]
    if len(termed) < len(rejection):  # (as the regret of a condition was read before)
        return bool(told)
    return any(not _negative_said(rules, s) for s in told)


def _negative_said(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` holds a negation ([polarity] `negation`) or a negative word ([outcome] `negative`,
    with the polarity lexicon's): 「残念ながら次の面接の日時をご提示することはできません」 states
    no outcome as positive, whatever phrase of a pass it holds."""
    negative = rules.polarity.negation | rules.outcome.negative
    return any(m[3] in negative for m in _sentence_morphemes(sent))


def _term_regret(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """The rejection phrase ``hit`` is a stock regret or a place filled (a morpheme of [outcome]
    `regrets` or `filled`: 添えず, お応えできず, 充足, 埋まり) with no verdict noun after it in its
    clause (`verdict_nouns`: 「ご希望に添えない結果」 tells the result), and a term hoped for
    (:func:`_term_named`) is named before it in its sentence or in the sentence before."""
    oc = rules.outcome
    at = next((k for k, s in enumerate(sents) if hit in s), None)
    if at is None:
        return False
    sent = sents[at]
    start = sent.index(hit)
    stop = start + len(hit)
    ms = _sentence_morphemes(sent)
    inside = [m for m in ms if m[0] > start and m[0] - len(m[1]) < stop]
    short = any(m[3] in oc.fallen_short for m in inside)  # 「…には届かず」「…は見送りとなり」
    if not short and not any(m[3] in oc.regrets or m[3] in oc.filled for m in inside):
        return False
    for end, _, pos, form in ms:
        if end <= stop:
            continue
        if pos in ("補助記号", "接続助詞"):
            break
        if form in oc.verdict_nouns:
            return False
    if short:  # a refusal of the term itself names the hope in its own sentence
        return _term_named(rules, sent[:start])
    return _term_named(rules, sent[:start]) or (at > 0 and _term_named(rules, sents[at - 1]))


def _term_named(rules: _NoticeRules, text: str) -> bool:
    """``text`` names a term of the outcome hoped for: a noun of [outcome] `conditions` or
    `scheduled` as a topic or object (:func:`_regret_topic`), or the reader's hope named as a
    thing (a noun of `hoped` not followed by the に of a regret: 「ご希望の勤務地」
    「ご希望いただいていた福岡支社」「オンラインでの実施をご希望とのこと」「時給はご希望より」)."""
    oc = rules.outcome
    if _regret_topic(rules, text, oc.conditions | oc.scheduled):
        return True
    ms = _sentence_morphemes(text)
    return any(
        form in oc.hoped and (k + 1 >= len(ms) or ms[k + 1][1] != "に")
        for k, (_, _, _, form) in enumerate(ms)
    )


def _counted(rules: _NoticeRules, hit: str, sents: list[str]) -> bool:
    """A sentence holding ``hit`` goes on after it to a count (a numeral, then a counter of
    [context] `counters`) before any auxiliary ends a predicate: 「面接実施：312件」 counts the
    interviews held, it books none."""
    for sent in (s for s in sents if hit in s):
        ms = _sentence_morphemes(sent[sent.index(hit) + len(hit) :])
        for k, (_, _, pos, form) in enumerate(ms):
            if pos == "助動詞":
                break
            if k > 0 and form in rules.counters and ms[k - 1][2] == "名詞" and _numeral(ms, k - 1):
                return True
    return False


def _numeral(ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """Morpheme ``k`` is a number (its surface digits, with separators)."""
    return ms[k][1].replace(",", "").replace(".", "").isdigit()


def _slots_asked(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """In a mail naming the reader's interview ([interview_invite] `context`), a time proposed and
    asked about ([outcome] `asking`, Sudachi normalized forms or surfaces, in its sentence or the
    next: 「水曜日の14時か金曜日の11時…どちらがよろしいでしょうか」): the time's words, or
    nothing."""
    if not _names_interview(rules, sents):
        return []
    return _asked_times(rules, sents, reach=2, surfaces=True)[:1]


def _asked_times(
    rules: _NoticeRules,
    sents: list[str],
    *,
    reach: int = 1,
    surfaces: bool = False,
    loose: bool = False,
) -> list[str]:
    """The time words (「15時頃」) of each sentence that it, or one of the ``reach`` - 1 after it,
    asks about ([outcome] `asking`, by Sudachi normalized forms; by surfaces too when
    ``surfaces``: 「どちら」). With ``loose``, a day's part of the day is a time too ([outcome]
    `day_parts`: 「土日どちらか、お昼過ぎ」), and the next sentence may ask by a request to tell or
    choose (`choosing`: 「都合のいい方教えてください」)."""
    oc = rules.outcome
    asking = oc.asking | oc.choosing if loose else oc.asking
    reach = max(reach, 2) if loose else reach
    out = []
    for k, sent in enumerate(sents):
        time = rules.time.search(sent) or (oc.day_parts.search(sent) if loose else None)
        # (Loosely, the question may come right before the time: 「お会いできますか？ 木曜の夕方
        # なら空いてます」.)
        first = max(k - 1, 0) if loose else k
        if time and any(
            m.normalized_form() in asking
            or (surfaces and m.surface() in asking)
            or (loose and m.surface() in oc.questions and m.part_of_speech()[1] == "終助詞")
            for s in sents[first : k + reach]
            for m in _analysed(s)
        ):
            out.append(time.group(0))
    return out


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


def _seat_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail is about a gathering's seats ([outcome] `gatherings`: 説明会, セミナー; `full`:
    満席, 定員, 抽選) and, outside the events' own names (面接対策セミナー), names no stage of a
    selection, no application and no hiring (`stage_context`, `applied`): what it refuses (ご参加
    いただけません; ご希望に沿えず) is a seat, not a result."""
    oc = rules.outcome
    if not any(oc.gatherings.search(s) for s in sents) or not any(oc.full.search(s) for s in sents):
        return False
    masked = [rules.event.sub("〓", s) for s in sents]
    return not any(oc.stage_context.search(s) or oc.applied.search(s) for s in masked)


def _dealing_only(rules: _NoticeRules, sents: list[str], refusals: list[str]) -> bool:
    """The mail is about a dealing ([outcome] `dealings`: an order, goods out of stock, a booking,
    a lottery; or a sentence holding one of the ``refusals`` found names a dealt matter as the
    object or topic of its refusal, `dealt`: 「ご契約を見送らせていただく」) and names no stage of
    a selection, no hiring and no gathering (`stage_context`, `employment`, `gatherings`): what
    it refuses with a notice's stock phrase (ご期待に沿えない結果) is the order, the contract or
    the card, not the reader's candidacy. 「店舗スタッフ募集にご応募いただき…面接の結果」 is a
    selection."""
    oc = rules.outcome
    refusing = [s for s in sents if any(hit in s for hit in refusals)]
    # (「現場補助の件」 with a place filled: a job's title, [rejection] `taken_context`)
    titled = any(rules.taken.context.search(s) for s in sents)
    if (
        not any(oc.dealings.search(s) for s in sents)
        and (titled or not any(_dealt_named(rules, s) for s in refusing))
        and not (sents and _dealt_named(rules, sents[0], compound=True))
    ):
        return False
    return not any(
        oc.stage_context.search(s)
        or any(not _employer_place(rules, s, m.end()) for m in oc.employment.finditer(s))
        or oc.gatherings.search(s)
        for s in sents
    )  # (a gathering's seats are :func:`_seat_only`'s: 「オープンカンパニーにご応募…抽選の結果」)


def _employer_place(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The hiring word ending at ``end`` is compounded into a place that employs the reader
    ([outcome] `employer_heads`: 内定先, 就職先, 勤務先; Sudachi's word, or its last part, is the
    head): an employer named, as a tenancy's or a loan's screening names it, no selection."""
    ms = _analysed(sent)
    k = next((i for i, m in enumerate(ms) if m.end() >= end), None)
    if k is None:
        return False
    heads = rules.outcome.employer_heads
    if ms[k].end() == end:  # 「内定」 then 「先」: the head is the next word
        return k + 1 < len(ms) and ms[k + 1].normalized_form() in heads
    return _last_part(ms[k]) in heads  # 「就職先」 = 就職 + 先


def _visit_selected(rules: _NoticeRules, sents: list[str]) -> bool:
    """A staffing agency's mail ([interview_invite] `dispatch`) naming its workplace visit
    (`dispatch_meetings`: 職場見学, 顔合わせ): the client's selection of the reader, no favour."""
    return any(rules.dispatch_meetings.search(s) for s in sents) and any(
        rules.dispatch.search(s) for s in sents
    )


def _request_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The mail answers a request of the reader's ([outcome] `requests`: 「OB訪問のご依頼」
    「延長したいとのご相談」, a noun after the honorific prefix, not the regret's 「ご希望に」 nor
    a verb) and names no selection, no application and no hiring (`stage_context`, `applied`,
    `employment`): its regret declines a visit, a meeting or a favour, not the candidacy. So
    does a mail that names the favour itself ([outcome] `favours`: OB訪問, 職場見学, 取材)."""
    oc = rules.outcome
    if any(
        _heads_a_word(s, m.end())
        for s in sents
        for p in (oc.stage_context, oc.applied, oc.employment)
        for m in p.finditer(s)
    ) or _visit_selected(rules, sents):
        return False
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for i, (_, _, pos, form) in enumerate(ms):
            if pos != "名詞":
                continue
            # (or the prefix before a compound it heads: 「ご協力依頼」 = 御 協力 依頼)
            prefixed = (i > 0 and ms[i - 1][2] == "接頭辞") or (
                i > 1 and ms[i - 1][2] == "名詞" and ms[i - 2][2] == "接頭辞"
            )
            after = ms[i + 1][3] if i + 1 < len(ms) else ""  # not the regret's に, nor する
            if form in oc.requests and prefixed and after not in ("に", "為る"):
                return True
            if form in oc.requests and form.startswith("御") and i > 0 and ms[i - 1][1] == "の":
                return True  # 「OB訪問のお願い」 (お願い is one word: 御願い)
            if form in oc.request_matter and _request_before(rules, ms, i):
                return True
        if _favour_asked(rules, sent):
            return True  # 「OB訪問の件」「職場見学について」: a favour asked, no selection
    return False


def _favour_asked(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` names a favour asked of the company ([outcome] `favours`, a noun or a compound's
    last part: OB訪問, 職場見学, 取材), not one the reader has had (the reader's taking part told
    after it, [rejection] `own_application`: 「職場見学にご参加いただき」, a staffing agency's step)
    nor one with a result (a told result right after it and の: 「職場見学の結果について」)."""
    oc = rules.outcome
    ms = _analysed(sent)
    for i, m in enumerate(ms):
        if m.part_of_speech()[0] != "名詞":
            continue
        if m.normalized_form() not in oc.favours and _last_part(m) not in oc.favours:
            continue
        after = [n.normalized_form() for n in ms[i + 1 : i + 3]]
        if (
            rules.own_application.search(sent, m.end())
            or (after[:1] == ["の"] and after[1:] and after[1] in oc.told_results)
            or _favour_had(oc, ms[i + 1 : i + 6])
        ):
            continue
        return True
    return False


def _favour_had(oc: _Outcome, ms: tuple[Any, ...]) -> bool:
    """The favour's noun (its morphemes after it: ``ms``) is the goal of a verb the reader did
    for the company, with a benefactive ([outcome] `benefactive`): 「職場見学に行っていただいた」
    「見学へ伺っていただき」 — a step the reader has taken (a staffing client's 職場見学), no
    favour asked of the company."""
    forms = [n.normalized_form() for n in ms]
    pos = [n.part_of_speech()[0] for n in ms]
    return (
        len(forms) >= 4
        and forms[0] in ("に", "へ")
        and pos[1] == "動詞"
        and forms[2] == "て"
        and forms[3] in oc.benefactive
    )


def _heads_a_word(sent: str, end: int) -> bool:
    """The match ending at ``end`` is not the first part of a longer noun: 採用 in 「採用ホームペー
    ジ」 names a website and 入社 in 「入社3年目」 a colleague's years, no selection of the
    reader's (the word after it, if it begins there, is no noun)."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, end)
    return k is None or ms[k][2] != "名詞"


def _request_before(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int) -> bool:
    """The matter ``ms[i]`` (件) is named by a wish quoted right before it (an auxiliary of
    [chosen] `wish`, a quoting particle of [outcome] `recalling`, の allowed after it: 「会って
    話したいって件」「聞きたいとの件」) or by a benefactive in the past (「ご希望いただいた件」)."""
    oc = rules.outcome
    j = i - 1
    if j >= 1 and ms[j][1] == "の" and ms[j - 1][1] in oc.recalling:
        j -= 1
    if j >= 1 and ms[j][2] in ("助詞", "接続助詞") and ms[j][1] in oc.recalling:
        return ms[j - 1][3] in rules.wish
    return j >= 1 and ms[j][3] == "た" and ms[j - 1][3] in oc.benefactive


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


def _matter_only(rules: _NoticeRules, sents: list[str], *, strict: bool = False) -> bool:
    """The mail names what was applied for or selected ([outcome] `applying`, `selecting`: the
    nouns before 「にご応募」「にお申込み」「にご出願」, or compounded with 選考 or 審査: 入学選考,
    参加者選考, 住宅ローン事前審査; or before の and 選考, 審査, 採用: 「当財団奨学金の選考」; or
    before について and a 審査 later: 「ご応募いただいた作品について審査」) and that matter is no
    hiring (`hiring`, `employment`) on positive evidence (:func:`_not_a_post`: 「営業アシスタントに
    ご応募」 names a post), and no sentence of the mail names a hiring outside
    the verdict's own 採用 (:func:`_unverdicted`): the selection refused (or granted) a loan,
    a school place, a scholarship or a volunteer's seat, not the reader's candidacy.
    「ご応募いただいた件、選考の結果」 names no matter; 「弊社にご応募」 names the organiser
    (`not_matter`), and so does the name of a company the mail writes with its legal form
    (「ミナトロジにご応募」 signed 「株式会社ミナトロジ」)."""
    oc = rules.outcome

    def named(sent: str) -> bool:  # (an employer's workshop selects its seats with its hiring:
        # :func:`_seat_only`'s)
        return any(
            not (
                _admission_step(rules, sent, m.start())
                or _employer_place(rules, sent, m.end())
                or (p is oc.hiring and _inside_matter(rules, sent, m.start(), m.end()))
                or (p is oc.gatherings and _matter_event(rules, sent, m.start()))
            )
            for p in (oc.hiring, oc.employment, oc.gatherings)
            for m in p.finditer(sent)
        )

    if any(named(s) for s in _unverdicted(rules, sents)):
        return False
    # When the verdict's 採用 is the only hiring word (or ``strict``: a pass or an offer is
    # read), a compound alone names no matter: 「動画選考の結果、不採用」「次の実技選考へご案内」
    # compound a stage of a hiring.
    verdict_only = strict or any(named(s) for s in sents)
    names: list[str] | None = None  # (read once, when a matter is first named)
    for s in sents:
        for word in _matters(rules, s, named_only=verdict_only):
            names = _organisers(sents) if names is None else names
            if not any(name.startswith(word) for name in names):
                return True
    return False


def _organisers(sents: list[str]) -> list[str]:
    """The names of the companies the mail writes with their legal form, the form left out: a
    matter word that begins one (「ミナトロジにご応募」 signed 「株式会社ミナトロジ」) names the
    organiser, no matter."""
    form = _legal_form()
    return [form.sub("", name) for name in corporate_names("\n".join(sents))]


@cache
def _legal_form() -> re.Pattern[str]:
    return re.compile(legal_form_pattern())


def _matter_event(rules: _NoticeRules, sent: str, start: int) -> bool:
    """The gathering at ``start`` is the matter's own (「奨学生の認定式および交流会」): its noun
    phrase, read back over nouns, の and conjunctions (および, 並びに), holds a noun of
    [outcome] `matter_domains`: the granted's event, no employer's."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, start)
    if k is None:
        return False
    while k > 0 and (
        ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞", "接続詞") or ms[k - 1][1] == "の"
    ):
        k -= 1
        if _domain_words(rules, ms[k : k + 1]):
            return True
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


def _inside_matter(rules: _NoticeRules, sent: str, start: int, end: int) -> bool:
    """The hiring word at ``start:end``, part of a Sudachi word and not all of it (職 of 職業,
    職員; 教員 of 「本学教員公募」 is a word, a post called for), is inside a compound noun (nouns,
    prefixes and suffixes run together), up to the word or past it, that names a matter no
    employer selects (:func:`_not_a_post`: its head a course or a training, 「公共職業訓練」 =
    公共 + 職業 + 訓練, 「介護職員初任者研修科」, 「職業訓練|受講選考」): the word names that
    matter, no hiring."""
    ms = _sentence_morphemes(sent)
    k = next((k for k, m in enumerate(ms) if m[0] > start), None)
    if k is None or ms[k][2] != "名詞" or (ms[k][0] - len(ms[k][1]), ms[k][0]) == (start, end):
        return False
    i, j = k, k
    while i > 0 and ms[i - 1][2] in ("名詞", "接頭辞"):
        i -= 1
    while j + 1 < len(ms) and ms[j + 1][2] in ("名詞", "接尾辞"):
        j += 1
    analysed = tuple(_analysed(sent))
    return any(  # (「職業訓練受講選考結果通知」: 職 inside the 職業訓練 its compound heads with)
        _not_a_post(rules, ms[i : e + 1], analysed[i : e + 1], headed=False)
        for e in range(k, j + 1)
    )


def _admission_step(rules: _NoticeRules, sent: str, start: int) -> bool:
    """The word at ``start`` ends a compound noun opened by an admission ([outcome]
    `admissions`: 「入所前面接」「入園面接」): a step of that admission, no hiring."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, start)
    if k is None:
        return False
    while k > 0 and ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞"):
        k -= 1
        if ms[k][3] in rules.outcome.admissions:
            return True
    return False


def _unverdicted(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """``sents`` with the verdict's own 採用 ([outcome] `verdict_words`: 不採用, 採用を見送り,
    採用が決定) and a call to a later round ([context] `later_selection`: 次回の募集) blanked:
    words that name no hiring, whatever the matter selected."""
    oc = rules.outcome
    out = [rules.later_selection.sub("〓", oc.verdict_words.sub("〓", s)) for s in sents]
    if any(oc.matter_granted.search(s) for s in sents) or _domain_selected(rules, sents):
        out = [oc.matter_selection.sub("〓", s) for s in out]  # 「奨学生として採用」: the matter's
    return out


def _domain_selected(rules: _NoticeRules, sents: list[str]) -> bool:
    """A matter no employer selects ([outcome] `matter_domains`) is named as what was applied for
    or selected (:func:`_domain_matters`: 「給付奨学金にご応募」「本財団の奨学生選考」); not a
    domain's word met anywhere (「奨学金返還支援制度」)."""
    return any(_domain_matters(rules, sent) for sent in sents)


def _meeting_proposed(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A meeting proposed in plain words to an applicant ([outcome] `meet_verbs`, `proposing`,
    `wishing`, `asking`): a verb of meeting in a volitional or conditional form or with a wish
    (「話しましょう」「来て話せたら」), or asked of the reader as a question (its chain of
    auxiliaries, て and a benefactive or potential, then a question's end, `questions`:
    「店まで来れるかな？」「来てもらえる？」), a sentence asking about a time of day (「水曜の15時頃
    はどうかな？」), and the reader's application (`applied`) or interview named
    (:func:`_names_interview`: 「面接なんだけど、」; the caller reads no event mail); a shift asked
    of staff names neither. The humble お・ご + verb + する・いたす is read at its する
    (「お話ししましょう」「お会いしたい」「お話しできますか」). The words of the verb and of the
    asked time, or nothing."""
    oc = rules.outcome
    if not any(oc.applied.search(s) for s in sents) and not _names_interview(rules, sents):
        return []
    proposed: list[str] = []
    for sent in sents:
        ms = _analysed(sent)
        for k, m in enumerate(ms):
            if m.normalized_form() not in oc.meet_verbs:
                continue
            j = _humble_support(rules, ms, k)
            if j + 1 >= len(ms):
                continue
            nxt = ms[j + 1]
            forms = (ms[j].part_of_speech()[5], nxt.part_of_speech()[5])
            if (
                any(f.startswith(p) for f in forms for p in oc.proposing)
                or nxt.normalized_form() in oc.wishing
                or _asked_of_reader(oc, ms, j)
            ):
                proposed.append(m.surface())
    asked = _asked_times(rules, sents, loose=True) if proposed else []
    return proposed[:1] + asked[:1] if asked else []


def _humble_support(rules: _NoticeRules, ms: tuple[Any, ...], k: int) -> int:
    """The index of the verb that carries the verb ``ms[k]``'s conjugation: its humble or light
    support verb ([guards] `saying_supports`: する, いたす) after an honorific prefix
    (「お話しし|ましょう」), else ``k``."""
    humble = (
        k > 0
        and ms[k - 1].part_of_speech()[0] == "接頭辞"
        and k + 1 < len(ms)
        and ms[k + 1].normalized_form() in rules.saying_supports
    )
    return k + 1 if humble else k


def _asked_of_reader(oc: _Outcome, ms: tuple[Any, ...], k: int) -> bool:
    """The verb ``ms[k]`` is asked of the reader: after it only auxiliaries (not the past), て and
    verbs that do not stand alone (もらえる, くれる: Sudachi's 非自立可能), then a question's end
    ([outcome] `questions`: 「来れるかな？」「来てもらえる？」)."""
    for m in ms[k + 1 :]:
        pos = m.part_of_speech()
        if m.surface() in oc.questions:
            return True
        if pos[0] == "助動詞" and m.normalized_form() != "た":
            continue
        if (pos[1] == "接続助詞" and m.surface() in ("て", "で")) or pos[1] == "非自立可能":
            continue
        return False
    return False


def _personal(rules: _NoticeRules, sents: list[str]) -> bool:
    """A personal mail between acquaintances ([outcome] `polite`, `hearsay`): no sentence holds a
    polite auxiliary or a humble verb, and one recalls a result as told or heard (a result's
    words before a `quotative` particle and a verb of `hearsay`: 「落ちちゃったって言ってたよね」):
    a friend asking after the reader's interview, no organisation's decision notified."""
    oc = rules.outcome
    morphs = [_sentence_morphemes(s) for s in sents]
    if _formed(morphs, oc.polite):  # a hearsay ending a sentence is plain speech of its own
        if any(rules.apology.search(s) for s in sents):
            return False
        return any(
            (at := _heard_at(oc, ms)) is not None and _failed_before(rules, sent, ms, at)
            for sent, ms in zip(sents, morphs, strict=True)
        )
    return any(_recalled(rules, sent, ms) for sent, ms in zip(sents, morphs, strict=True))


def _recalled(rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...]) -> bool:
    """``sent`` recalls a result as told or heard: a quoting particle (`recalling`) followed by
    a verb of `hearsay` in the past or the progressive, or a hearsay ending the sentence
    (`heard`: 「ダメだったんだって」「もらえなかったみたい」), the words before it naming a failed
    result (`negative`, or a rejection phrase)."""
    oc = rules.outcome
    heard = _heard_at(oc, ms)
    if heard is not None and _failed_before(rules, sent, ms, heard):
        return True
    for i, (end, surface, pos, _) in enumerate(ms[:-2]):
        verb, tail = ms[i + 1], ms[i + 2]
        if (
            pos in ("助詞", "接続助詞")
            and surface in oc.recalling
            and verb[3] in oc.hearsay
            and tail[2] == "助動詞"  # 「言ってた」「聞いた」, not 「ということで」
            and _failed_before(rules, sent, ms, end)
        ):
            return True
    return False


def _failed_before(
    rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...], end: int
) -> bool:
    """The words of ``sent`` before ``end`` name a failed result ([outcome] `negative`, a
    rejection phrase, or a result of [polarity] `results` with a negation after it:
    「内定もらえなかった」)."""
    pol = rules.polarity
    if any(m[3] in rules.outcome.negative for m in ms if m[0] <= end) or any(
        p.search(sent[:end]) for p in rules.strong["rejection"]
    ):
        return True
    result = pol.results.search(sent, 0, end)
    return result is not None and any(
        result.end() < m[0] <= end and m[3] in pol.negation for m in ms
    )


def _heard_at(oc: _Outcome, ms: tuple[tuple[int, str, str, str], ...]) -> int | None:
    """Where a hearsay or conjecture (`heard`) that ends a sentence begins (after a finished
    predicate, `heard_after`; then only final particles, `finals`, before a symbol or the end:
    「…もらえなかったみたい😢 今度…」); else None."""
    for k in range(1, len(ms)):
        fused = ms[k][1] in oc.heard_fused and ms[k - 1][2] == "動詞"  # 「落ちたって」
        if not fused and (ms[k][1] not in oc.heard or ms[k - 1][3] not in oc.heard_after):
            continue
        j = k + 1
        while j < len(ms) and ms[j][1] in oc.finals:
            j += 1
        if j == len(ms) or ms[j][2] == "補助記号":
            return ms[k][0] - len(ms[k][1])
    return None


def _matters(
    rules: _NoticeRules, sent: str, *, named_only: bool = False, domains: bool = True
) -> list[str]:
    """The matters ``sent`` names as applied for or selected (see :func:`_matter_only`): each the
    run of nouns before a `matter_cases` particle and an `applying` word, or before a `selecting`
    noun, with at least one noun not in `not_matter`; or the run before の and a `selecting` or
    `granting` noun, or before `matter_about` and a `selecting` noun later in the sentence, whose
    head is a matter's own noun (:func:`_matter_head`). With ``named_only``, a compound alone
    (「実技選考」「動画選考」, a hiring's stage as often) names none. ``domains``: a domain's noun
    named as the selection's object (:func:`_domain_matters`: 「奨学生選考」) is one too."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    found: list[str] = []
    for i, (_, _, pos, form) in enumerate(ms):
        j = i - 1
        headed = named = False
        if form in oc.applying:
            named = True
            while j >= 0 and ms[j][2] == "接頭辞":
                j -= 1
            if j > 0 and ms[j][1] == "の" and ms[j - 1][1] in oc.matter_cases:
                j -= 1  # 「留学奨学プログラムへのご応募」
            if j < 0 or ms[j][1] not in oc.matter_cases:
                continue
            j = _before_gloss(ms, j - 1)  # 「研修（中学生対象）にお申込み」: the gloss left out
        elif pos == "名詞" and (of := _matter_of(rules, ms, i)) is not None:
            # 「当財団奨学金の選考」「作品の一次審査」「第一種奨学金の採用」; a gloss left out:
            # 「公共職業訓練（Webデザイン科）の受講者選考」
            j = _before_gloss(ms, of)
            headed = named = True
        elif not (pos == "名詞" and form in oc.selecting):
            continue
        words = _noun_run(rules, sent, j, headed=headed)
        if words and (named or not named_only):
            found.append(words)
    for i, (end, _, _, _) in enumerate(ms):  # 「ご応募いただいた作品について審査いたしました」
        about = oc.matter_about.match(sent, end)
        if about and i + 1 < len(ms) and ms[i + 1][2] == "助詞":
            later = [m for m in ms if m[0] > about.end()]
            if any(m[2] == "名詞" and m[3] in oc.selecting for m in later):
                words = _noun_run(rules, sent, i, headed=True)
                if words:
                    found.append(words)
    return found + _domain_matters(rules, sent) if domains else found


def _before_gloss(ms: tuple[tuple[int, str, str, str], ...], j: int) -> int:
    """``j``, or when the morpheme ``j`` closes a bracketed gloss (Unicode's closing punctuation,
    Pe: 「（中学生対象）」「（週3日〜）」), the morpheme before the gloss opens (Ps): the matter
    is named before its gloss."""
    if j < 1 or unicodedata.category(ms[j][1][:1]) != "Pe":
        return j
    for k in range(j - 1, -1, -1):
        if unicodedata.category(ms[k][1][:1]) == "Ps":
            return k - 1
        if unicodedata.category(ms[k][1][:1]) == "Pe":
            return j
    return j


def _domain_matters(rules: _NoticeRules, sent: str) -> list[str]:
    """The nouns of a matter no employer selects ([outcome] `matter_domains`: 助成, 論文,
    オーディション, 入園; a form alone or two compounded, 利用+調整) that ``sent`` names as the
    selection's own object: in a run :func:`_matters` reads (「給付奨学金にご応募」), compounded
    before a `selecting` noun or a result (`domain_results`: 「奨学生選考」「オーディション結果」
    「コンテスト一次審査結果」), before の and such a noun (「査読の結果」「奨学金の選考」), as the
    object or topic (`domain_cases`) of a clause that ends in such a noun (「保育所の利用調整を
    行いました結果」), or granted (`matter_granted`: 「奨学生として採用」). A domain's word
    elsewhere is a benefit, a program or a passing mention of a mail about a job
    (「奨学金返還支援制度」「留学制度についてご質問」「コンテストでの受賞歴」): no matter."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    runs = [_sentence_morphemes(run) for run in _matters(rules, sent, domains=False)]
    for i, (_, _, pos, form) in enumerate(ms):
        if pos != "名詞" or (form not in oc.selecting and form not in oc.domain_results):
            continue
        k = i
        while k > 0 and ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞"):
            k -= 1
        runs.append(ms[k:i])
        if k >= 2 and ms[k - 1][1] == "の":  # 「査読の結果」
            c = k - 2
            while c >= 0 and ms[c][2] in ("名詞", "接尾辞"):
                c -= 1
            runs.append(ms[c + 1 : k - 1])
    found = [word for run in runs for word in _domain_words(rules, run)]
    for i, (_, surface, _, _) in enumerate(ms[:-1]):  # 「保育所の利用調整を行いました結果」
        head = _domain_words(rules, ms[max(0, i - 1) : i + 1])[-1:]  # (利用+調整: the pair)
        if not head or not head[0].endswith(surface) or ms[i + 1][1] not in oc.domain_cases:
            continue
        clause = itertools.takewhile(lambda m: m[2] != "補助記号", ms[i + 2 :])
        ends = oc.domain_results | oc.selecting
        if any(m[2] == "名詞" and m[3] in ends for m in clause):
            found += head
    return found + [m.group(0) for m in oc.matter_granted.finditer(sent)]


def _domain_words(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...]) -> list[str]:
    """The nouns of ``ms`` of [outcome] `matter_domains` (a form alone or two compounded, or the
    last part of Sudachi's compound: 海外留学 = 海外 + 留学), unless a `selecting` noun is
    compounded before it (選考委員: the selector)."""
    oc = rules.outcome
    found: list[str] = []
    for i, (_, surface, pos, form) in enumerate(ms):
        if pos != "名詞" or (i and ms[i - 1][2] == "名詞" and ms[i - 1][3] in oc.selecting):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) and ms[i + 1][2] == "名詞" else None
        if form in oc.matter_domains or _head_part(surface) in oc.matter_domains:
            found.append(surface)
        elif nxt is not None and form + nxt[3] in oc.matter_domains:
            found.append(surface + nxt[1])
    return found


@lru_cache(maxsize=4096)
def _head_part(word: str) -> str:
    """The normalized form of the last part of Sudachi's word (split in mode A: 海外留学 → 留学),
    or ``""`` when it is one part. (Its own cache: one word analysed apart, not in the
    sentences' cache of clauses._analysed, which it would crowd out.)"""
    ms = morphemes(word)
    return _last_part(ms[0]) if len(ms) == 1 else ""


def _last_part(m: Any) -> str:
    """The normalized form of the last part of the morpheme split in mode A (就職先 → 先, 学生寮
    → 寮, 営業部門 → 部門), or ``""`` when it is one part."""
    parts = short_units(m)
    return str(parts[-1].normalized_form()) if parts else ""


def _matter_of(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int
) -> int | None:
    """The last morpheme of what the `selecting` or `granting` noun ``i`` (with the nouns
    compounded before it: 一次審査) is of: the morpheme before の (「作品の一次審査」), or for a
    grant before its subject's が or は too (「奨学金は不採択」); else None."""
    oc = rules.outcome
    form = ms[i][3]
    if form not in oc.selecting and form not in oc.granting:
        return None
    c = i - 1
    while c >= 0 and ms[c][2] in ("名詞", "接尾辞", "接頭辞"):
        c -= 1
    cases = ("の",) if form in oc.selecting else oc.granted_cases
    return c - 1 if c >= 1 and ms[c][1] in cases else None


def _noun_run(rules: _NoticeRules, sent: str, j: int, *, headed: bool) -> str:
    """The run of nouns of ``sent`` ending at its morpheme ``j`` (the organiser's words before it
    left out: 「当社クレジットカード」) when it names a matter that is no hiring on positive
    evidence (:func:`_not_a_post`; see :func:`_matters`; with ``headed``, a matter's own noun
    ends it and no proper name is in it, :func:`_matter_head`: 「ABC商事につきまして」 names the
    company), else ``""``."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    full = _analysed(sent)
    k = j
    while k >= 0 and ms[k][2] in ("名詞", "接尾辞"):
        k -= 1
    start = k + 1  # the organiser before the matter is no part of it (「当社クレジットカード」)
    while start <= j and ms[start][3] in oc.not_matter:
        start += 1
    run = ms[start : j + 1]
    words = "".join(m[1] for m in run)
    begin = run[0][0] - len(run[0][1]) if run else 0
    hired = any(  # (職 inside 職業訓練 names the training: :func:`_inside_matter`)
        not _inside_matter(rules, sent, m.start(), m.end())
        for m in oc.hiring.finditer(sent, begin, begin + len(words))
    )
    if (
        any(m[2] == "名詞" and m[3] not in oc.not_matter for m in run)
        and not any(m[3] in oc.not_matter for m in run[-1:])  # (…作業)
        and not (hired or oc.employment.search(words))
        and _not_a_post(rules, run, full[start : j + 1], headed=headed)
        and (not headed or _matter_head(rules, run, full[start : j + 1]))
        and not (headed and _pointed(ms, k))
    ):
        return words
    return ""


def _not_a_post(
    rules: _NoticeRules,
    run: tuple[tuple[int, str, str, str], ...],
    analysed: tuple[Any, ...],
    *,
    headed: bool,
) -> bool:
    """The nouns ``run`` (``analysed``: their Sudachi morphemes) name a matter no employer
    selects, on positive evidence: a noun of [outcome] `matter_domains` anywhere in it
    (「短期留学奨励プログラム」), or a head (the last noun's normalized form, or the last part of
    Sudachi's compound: 学生寮 = 学生 + 寮) of `non_job` or `admissions` (a loan, a tenancy, a
    course's participants, a volunteer's seat, a school place, a prize) or, with ``headed``
    (what was submitted: 「ご応募いただいた作品について」), of `submitted`. A head of
    `deferring` (メンバー, スタッフ, 申込み) or a suffix leaves it to the noun before
    (合唱団メンバー, ボランティアスタッフ, 入居申込み). Any other head is a post's
    (営業アシスタント, 保険営業, 調理補助, 学校事務): in a job seeker's mailbox what is applied
    for is a job unless the mail says otherwise."""
    oc = rules.outcome
    if _domain_words(rules, run):  # (anywhere: 短期留学奨励プログラム, see _domain_matters)
        return True
    kinds = oc.non_job | oc.admissions | (oc.submitted if headed else set())
    for m in reversed(analysed):
        if m.normalized_form() in kinds or _last_part(m) in kinds:
            return True
        if m.part_of_speech()[0] != "接尾辞" and m.normalized_form() not in oc.deferring:
            return False
    return False


def _pointed(ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The morpheme ``k`` before a run is a demonstrative (連体詞: この, その): 「このたびの選考」
    「その審査」 point back, naming no matter."""
    return k >= 0 and ms[k][2] == "連体詞"


def _matter_head(
    rules: _NoticeRules, run: tuple[tuple[int, str, str, str], ...], analysed: tuple[Any, ...]
) -> bool:
    """The last morpheme of ``run`` is a common noun that names a matter (no numeral, no adverbial
    noun of time: 先日, 今年度; no counter: たび; none of `not_matter`), and no morpheme is a
    proper name (a company's, a person's, a place's)."""
    if not run or run[-1][2] != "名詞" or run[-1][3] in rules.outcome.not_matter:
        return False
    if any(m.part_of_speech()[1] == "固有名詞" for m in analysed):
        return False
    # 営業部門 = 営業+部門: the compound's own head (or the word, when it is one part)
    if (_last_part(analysed[-1]) or analysed[-1].normalized_form()) in rules.outcome.not_matter:
        return False
    pos = analysed[-1].part_of_speech()
    return pos[1] == "普通名詞" and pos[2] not in ("副詞可能", "助数詞可能")


def _dealt_named(rules: _NoticeRules, sent: str, *, compound: bool = False) -> bool:
    """``sent`` names a dealt matter ([outcome] `dealt`, a noun's Sudachi normalized form) as an
    object or a topic: the noun, then one of `dealt_cases` (「ご契約を」「カードの発行を」); with
    ``compound`` (the subject line, or the mail's first sentence), also a noun compounded with
    the next (「入居審査結果のご連絡」「カード発行審査」). Not one that modifies a job by の (a
    post's title, [outcome] `hiring` right after: 「経理補助のお仕事」「保険のお仕事」)."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    return any(
        pos == "名詞"
        and form in oc.dealt
        and (nxt[1] in oc.dealt_cases or (compound and nxt[2] == "名詞"))
        and not (nxt[1] == "の" and _job_after(oc, sent, ms, k + 2))
        for k, ((_, _, pos, form), nxt) in enumerate(itertools.pairwise(ms))
    )


def _job_after(oc: _Outcome, sent: str, ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The noun at ``ms[k]`` (past an honorific prefix) begins a word of a job ([outcome]
    `hiring`: 仕事, スタッフ, 職)."""
    if k < len(ms) and ms[k][2] == "接頭辞":
        k += 1
    if k >= len(ms) or ms[k][2] != "名詞":
        return False
    return oc.hiring.match(sent, ms[k][0] - len(ms[k][1])) is not None


def _exam_only(rules: _NoticeRules, sents: list[str], *, alone: bool = True) -> bool:
    """The mail tells a qualification's exam ([outcome] `certified`: 検定, 資格試験, 公開テスト) as
    what its result is of (:func:`_own_exam`) and names no hiring and no employer's selection
    (`hiring_exam`) outside the exam's own name and steps (:func:`_exam_words_blanked`: 「二次試験
    （面接）」「入試第一次選考」): its 合格 or 不合格 is the reader's score, not an employer's
    decision. A public employer's 採用試験 names 採用. With ``alone`` (a result is told), an exam
    named alone (`examined`: 試験, 受験, 得点, 合格基準) is one in a mail with no word of a hiring
    at all, a title in the exam's own name aside (「情報処理技術者試験」 names a qualification; an
    employer's 「二次試験（面接）」 names its selection); an exam only announced (「筆記試験を
    以下のとおり行います」) is not."""
    oc = rules.outcome
    if any(_own_exam(rules, s) for s in sents):
        bare = [_exam_words_blanked(rules, s) for s in sents]
        return not any(oc.hiring_exam.search(s) for s in bare)
    if not alone or not any(oc.examined.search(s) for s in sents):
        return False
    if any(oc.hiring_exam.search(s) for s in sents):  # (「二次試験（面接）」: an employer's too)
        return False
    bare = [_exam_words_blanked(rules, s) for s in sents]  # (blanked only when needed)
    return not any(p.search(s) for p in (oc.hiring, oc.employment) for s in bare)


def _head_wished(rules: _NoticeRules, specific: list[str], sents: list[str]) -> list[str]:
    """The words of each sentence of ``specific`` that tell a senior person's wish to meet the
    reader ([pass] `heads`, `wished`: 「ぜひ一度社長と話してもらいたいということになりました」),
    not hypothetical, in a mail that thanks the reader for a step held (`held`: 「工場見学と面接、
    ありがとうございました」): the next meeting wanted, its date to follow. Without a step held it
    may be the first interview's (「店長が面接をしたいと申しております」)."""
    if not any(rules.held.search(s) for s in sents):
        return []
    return _hits((rules.head_wish,), specific, rules.hypothetical)


_PASSED = re.compile("(?<!不)合格")


def _exams_unpassed(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """``sents`` with each 合格 masked that a qualification's exam ([outcome] `certified`: 国家試験,
    検定) has before it in its clause (「看護師国家試験に合格されているとのことで、ぜひ面接を」): a
    credential the reader holds, no pass of this selection."""
    out = []
    for sent in sents:
        masked = sent
        for m in rules.outcome.certified.finditer(sent):
            clause = re.split(r"[、,。]", sent[m.end() :], maxsplit=1)[0]
            for hit in _PASSED.finditer(clause):
                a, b = m.end() + hit.start(), m.end() + hit.end()
                masked = masked[:a] + "〓" * (b - a) + masked[b:]
        out.append(masked)
    return out


def _own_exam(rules: _NoticeRules, sent: str) -> bool:
    """A qualification's exam ([outcome] `certified`) is named as what a result is of: a word of
    `exam_results` (結果, 合否, 合格, 得点) follows it in its clause (「簿記検定試験合否通知」
    「看護師国家試験に合格」「TOEIC公開テストの結果」); 「簿記検定2級をお持ちとのことでしたが」
    names a credential held, in passing."""
    oc = rules.outcome
    for m in oc.certified.finditer(sent):
        clause = re.split(r"[、,。]", sent[m.end() :], maxsplit=1)[0]
        if oc.exam_results.search(clause):
            return True
    return False


def _exam_words_blanked(rules: _NoticeRules, sent: str) -> str:
    """``sent`` with the hiring words blanked that stand inside the noun phrase of an exam (nouns,
    の between them, a gloss in brackets, holding a word of [outcome] `exam_nouns`: 試験, 検定,
    入試, 出願): a qualification's title (「情報処理技術者試験」「看護師国家試験」) or the exam's
    own step (「二次試験（面接）」「第一次選考（筆記試験）」「二次募集の出願期間」) — not a word of
    an employer's (`exam_employment`: 「職員採用試験」「入社試験」)."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    out = sent
    k = 0
    while k < len(ms):
        j = k
        while j < len(ms) and _in_phrase(ms, j):
            j += 1
        if j > k:
            start, stop = ms[k][0] - len(ms[k][1]), ms[j - 1][0]
            phrase = sent[start:stop]
            if oc.exam_nouns.search(phrase):
                for p in (oc.hiring, oc.hiring_exam, oc.employment):
                    for m in p.finditer(phrase):
                        if not oc.exam_employment.match(phrase, m.start()):
                            a, b = start + m.start(), start + m.end()
                            out = out[:a] + "〓" * (b - a) + out[b:]
        k = j + 1
    return out


_BRACKETS = frozenset("()（）")


def _in_phrase(ms: tuple[tuple[int, str, str, str], ...], j: int) -> bool:
    """``ms[j]`` belongs to a noun phrase: a noun, a prefix or a suffix, a bracket, or の between
    two nouns."""
    _, surface, pos, _ = ms[j]
    if pos in ("名詞", "接頭辞", "接尾辞") or surface in _BRACKETS:
        return True
    return (
        surface == "の"
        and 0 < j < len(ms) - 1
        and ms[j - 1][2] in ("名詞", "接尾辞")
        and ms[j + 1][2] in ("名詞", "接頭辞")
    )


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


def _engaged_instead(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[chosen] `apology`: a person described engaged instead, with no 今回 (「近くに住んでいる方に
    お願いすることになりました」), in a mail that apologises and names the work or an
    application; not a choice still in progress or only wished for."""
    oc = rules.outcome
    if not any(rules.apology.search(s) for s in sents) or not any(
        oc.hiring.search(s) or oc.applied.search(s) or rules.weak_context.search(s) for s in sents
    ):
        return []
    found = _hits((rules.engaged,), sents, rules.hypothetical, others=rules.third_party)
    open_ = _choices_in_progress(rules, sents)
    return [hit for hit in found if hit not in open_]


def _taken(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `taken`: a person or a place (「人が」「枠は」) as the subject of a verb of
    settling or filling, or the person it is filled by (「別の人で」), adverbs and words of time
    only between (「先に」), told as someone else's hire (see :func:`_others_hire`: 「もう人が
    決まっちゃいまして」「担当枠が先に埋まってしまい」). The evidence runs from the subject to the
    end of its clause's predicate."""
    taken = rules.taken
    found: list[str] = []
    for sent in sents:
        ms = _sentence_morphemes(sent)
        for k, (stop, _, _, form) in enumerate(ms):
            if form not in taken.verbs:
                continue
            j = _before_adverbials(rules, sent, k)
            if j >= 0 and ms[j][2] == "名詞" and ms[j][3] in taken.who:
                j += 1  # the subject's particle dropped (「人足りたから」)
            elif j < 1 or ms[j][2] != "助詞" or ms[j][1] not in taken.cases | taken.by:
                continue
            noun_stop, noun, pos, noun_form = ms[j - 1]
            start = noun_stop - len(noun)
            who = rules.class_heads if ms[j][1] in taken.by else taken.who
            counted = noun_form in taken.counters and j >= 2 and _numeral_word(ms[j - 2][1])
            if counted:  # 「その1名がもう決まってしまいました」: the places told as a count
                start -= len(ms[j - 2][1])
            first = j - 1 - counted  # (the subject's first morpheme)
            sufficed = form in taken.sufficed
            if (
                (first >= 1 and ms[first - 1][3] in taken.part)  # 「うち1名が」: a part
                or (ms[j][1] in taken.by and _topic_before(rules, sent, first))
                or pos != "名詞"
                or (noun_form not in who and not counted)
                or _appointment_slot(rules, ms, j - 1)
                or _hypothetical(sent, start, rules.hypothetical)
                or _quoted(sent, start)
                or (sufficed and _negated_after(rules.polarity, ms, k))
                or not (sufficed or _others_hire(rules, sent, start, stop))
                or (sufficed and rules.outcome.reader.search(sent, 0, start))
            ):
                continue
            end = stop
            for s, w, p, f in ms[k + 1 :]:  # through its auxiliaries and 〜てしまう
                if p not in ("助動詞", "接続助詞") and f not in rules.polarity.regret:
                    break
                end = s
                if p == "接続助詞" and w not in ("て", "で"):
                    break
            found.append(sent[start:end])
            break
    return found


def _topic_before(rules: _NoticeRules, sent: str, k: int) -> bool:
    """A topic with は stands before morpheme ``k`` in its clause (from the last punctuation):
    「面接の担当は…人に決まっちゃいました」 settles the topic. Not the place itself ([rejection]
    `taken_who`), a word of time (`taken_when`: 今回) or `taken_not_topics` (実 of 実は)."""
    taken = rules.taken
    ms, analysed = _sentence_morphemes(sent), _analysed(sent)
    for i in range(k - 1, 0, -1):
        if ms[i][2] == "補助記号":
            return False
        if (
            ms[i][1] == "は"
            and ms[i][2] == "助詞"
            and ms[i - 1][3] not in taken.who | taken.not_topics
            and analysed[i - 1].part_of_speech()[2] not in taken.when
        ):
            return True
    return False


def _numeral_word(surface: str) -> bool:
    """A numeral written in digits or kanji (「1」「１」「二」)."""
    return bool(_NUMERAL.fullmatch(surface))


_NUMERAL = re.compile("[0-9０-９一二三四五六七八九十]+")


def _negated_after(pol: _Polarity, ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The verb at ``k`` is negated by its own auxiliaries ([polarity] `negation`: 「足りなくて」
    「足りず」「足りぬ」, Sudachi's ず)."""
    for _, _, part, form in ms[k + 1 :]:
        if part != "助動詞":
            return False
        if _negation(pol, part, form):
            return True
    return False


def _appointment_slot(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int
) -> bool:
    """The place at morpheme ``i`` is a slot of an appointment: a word of `taken_slots` or of
    [outcome] `scheduled` right before it, or before の right before it (「面接の枠が埋まって
    しまい」「ご希望の日の面接枠」): a time taken, not the post."""
    words = rules.taken.slots | rules.outcome.scheduled
    before = ms[i - 1] if i >= 1 else None
    if before is not None and before[1] == "の" and before[2] == "助詞" and i >= 2:
        before = ms[i - 2]
    return before is not None and before[3] in words


def _before_adverbials(rules: _NoticeRules, sent: str, k: int) -> int:
    """The index of the morpheme before the adverbs and the words of time ([rejection]
    `taken_when`, with or without に) that stand right before morpheme ``k``."""
    ms, analysed = _sentence_morphemes(sent), _analysed(sent)
    j = k - 1
    while j >= 0:
        if ms[j][2] == "副詞" or analysed[j].part_of_speech()[2] in rules.taken.when:
            j -= 1
        elif (
            j >= 1
            and ms[j][1] == "に"
            and ms[j][2] == "助詞"
            and analysed[j - 1].part_of_speech()[2] in rules.taken.when
        ):
            j -= 2
        else:
            break
    return j


def _closed_unconsidered(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `closed`: the recruitment closed, told as done (`closed_done` in the closing's
    chain: 「募集を締め切っておりました」), in a mail that says the application cannot be considered
    (`unconsidered`: 「選考を行うことができません」): it came after the closing. The closing's and
    the refusal's words are the evidence."""
    closed = [
        m.group(0)
        for sent in sents
        for m in (m for p in rules.closed for m in p.finditer(sent))
        if not _hypothetical(sent, m.start(), rules.hypothetical)
        and not _quoted(sent, m.start())
        and any(form in rules.closed_done for _, _, form in _chain_after(sent, m.end() - 1))
    ]
    if not closed:
        return []
    refused = _hits(rules.unconsidered, sents, rules.hypothetical)
    return [closed[0], *refused] if refused else []


def _closed_on_hire(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """[rejection] `closed`: the recruitment closed, in a sentence that tells someone else's hire
    before it (a morpheme of `hired`, see :func:`_others_hire`: 「採用が決まってしまい、募集を締め
    切らせていただいておりました」): the place was filled. The closing's words are the evidence."""
    found: list[str] = []
    for sent in sents:
        for m in (m for p in rules.closed for m in p.finditer(sent)):
            if _hypothetical(sent, m.start(), rules.hypothetical) or _quoted(sent, m.start()):
                continue
            hires = [
                (stop - len(surface), stop)
                for stop, surface, _, form in _sentence_morphemes(sent)
                if stop <= m.start() and form in rules.hired
            ]
            if any(_others_hire(rules, sent, start, stop) for start, stop in hires):
                found.append(m.group(0))
                break
    return found
