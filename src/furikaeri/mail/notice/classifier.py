"""Classify recruiting mail: notices (rejection, pass, interview_invite, offer, other) with
company, stage and date. Knowledge lives in data/mail_notices.toml. Pure. Replies to a feedback
request are read by furikaeri.mail.reply."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from furikaeri.mail.notice.context import (
    _about_account,
    _about_candidates,
    _about_referred,
    _broadcast,
    _from_candidate,
    _from_school,
    _interviewer_asked,
    _later_only,
    _lines,
    _outside_selection,
    _referral_heard,
    _to_many,
    _without_listings,
)
from furikaeri.mail.notice.decision import _decide
from furikaeri.mail.notice.exam import _exam_only
from furikaeri.mail.notice.history import _others_mail, _relays, _result_later
from furikaeri.mail.notice.holder import (
    _addressed,
    _readers_person,
    _to_mentor,
    _told_apart,
    _told_to_friend,
    _without_others_news,
)
from furikaeri.mail.notice.kana import (
    KanjiReading,
    dialect_reading,
    halfwidth_reading,
    kana_written,
    kanji_reading,
    spaced_kana,
)
from furikaeri.mail.notice.parts import _Part, _result
from furikaeri.mail.notice.result import NoticeResult
from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.notice.schedule import _without_steps
from furikaeri.mail.notice.status import _headline, _status_items
from furikaeri.mail.parse import ParsedMail
from furikaeri.mail.text import normalize, quoted_history, sentences, strip_quoted


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
    ``reply_to`` (header values) give the address to answer. A mail spaced in hiragana (or written
    in katakana, or with words in half-width katakana) that reads as other is read again in kanji
    (mail.notice.kana); its evidence is the mail's own words."""
    found = _classified(subject, body, reference, sent, from_, reply_to)
    if found.label != "other":
        return found
    rules = _notice_rules()
    written = f"{subject or ''}\n{body}"
    kana = kana_written(rules, written)  # (a mail in katakana, as hiragana)
    if spaced_kana(rules, kana):
        read: KanjiReading | None = kanji_reading(rules, kana, own=written)
    else:  # (some words in half-width katakana: those read; else a dialect's forms)
        read = halfwidth_reading(rules, written) or dialect_reading(rules, written)
    if read is None:
        return found
    subject_read, _, body_read = read.text.partition("\n")
    again = _classified(
        subject_read if subject else None, body_read, reference, sent, from_, reply_to
    )
    if again.label == "other":
        return found
    evidence = list(dict.fromkeys(read.original(phrase) for phrase in again.evidence))
    return dataclasses.replace(found, label=again.label, evidence=evidence)


def _classified(
    subject: str | None,
    body: str,
    reference: date | None,
    sent: date | None,
    from_: str | None,
    reply_to: str | None,
) -> NoticeResult:
    """:func:`classify_notice`, read as written."""
    from furikaeri.mail.forward import split_forward

    fwd = split_forward(subject=subject, body=body)
    part = _Part.of(fwd, subject=subject, body=body, sent=sent, from_=from_, reply_to=reply_to)
    rules = _notice_rules()
    label, evidence = "other", list[str]()
    if part.own:  # the forwarder's own words may already say it (「見送りとのことです」)
        label, evidence = _decide(rules, sentences(part.own), lines=_lines(part.own))
        if label == "other" and _told_to_friend(rules, sentences(part.own)):
            # (a friend's own notice passed on: 「こんな感じで来たよ😭」 above it)
            return _result(part, "other", [], reference=reference or sent)
        if label == "other" and _quote_behind(rules, sentences(part.own), sentences(part.text)):
            return _result(part, "other", [], reference=reference or sent)
    # The forwarder's own invitation (a career centre's 「相談に来ませんか」, an agent's 面談)
    # gives way to a forwarded notice that ends the selection: after a rejection or an offer the
    # company invites to no interview, the meeting is the forwarder's.
    own_invite = (label, evidence) if label == "interview_invite" and part.own else None
    listed, exam = None, False
    if label == "other" or own_invite:
        # (A results list among colleagues, 「・山本様：見送り」, is read before an agent's list of
        # the reader's applications takes its lines.)
        written = sentences(part.text)
        written_lines = _lines(part.text)  # (before an agent's list takes its lines)
        text, listed = _status_items(rules, part.text)  # an agent's list: states, no slots
        # (「合否：合格」「得点：78点（合格基準70点）」 are an exam's score sheet, no list.)
        exam = listed is not None and _exam_only(rules, [normalize(part.subject or ""), *written])
        text, listing = _without_listings(rules, text)
        text = _without_steps(rules, text)  # 「5. 内々定」: a step ahead, not the result
        text = _without_others_news(rules, part.subject, text)  # (an agent's other clients)
        part = dataclasses.replace(part, text=text)  # the ads' companies are not the sender
        body_sents = sentences(text)
        notice_sents = ([normalize(part.subject)] if part.subject else []) + body_sents
        addressed = _addressed(rules, body_sents)
        # (A salutation's own line, where the splitter joined it to the greeting after it.)
        greeted = addressed | _addressed(rules, _lines(text))
        if (
            _from_candidate(rules, body_sents, school=_from_school(rules, part))
            or _about_referred(rules, part, body_sents)
            or _about_candidates(rules, part, written, written_lines)
            or _interviewer_asked(rules, notice_sents)
            or _referral_heard(rules, part, body_sents)
            or (part.style is None and _told_apart(rules, body_sents, greeted))
            or (part.style is None and _readers_person(rules, body_sents))
            or (part.style is None and _to_mentor(rules, _lines(text)[:2]))
            or (part.subject and rules.fraud.search(normalize(part.subject)))
        ):  # the candidate's own mail, a third person's result (「ご本人には本日ご連絡して
            # います」「貴研究室の高橋さんにつきまして」), the reader asked to interview (面接官),
            # the writer's own told to a mentor (「先輩」), or a warning about fraud (「内定詐欺に
            # ご注意」)
            return _result(part, *(own_invite or ("other", [])), reference=reference or sent)
        # Job ads in a digest, or an interview promised only if the candidate passes
        # (「選考を通過された場合、面接日時をご連絡します」): an invitation needs a slot.
        slot_needed = listing or _later_only(rules, body_sents)
        label, evidence = _read_body(
            rules,
            part,
            body_sents,
            notice_sents,
            slot_needed=slot_needed,
            listing=listing,
            addressed=addressed,
        )
        if own_invite and label not in ("rejection", "offer"):
            label, evidence = own_invite
        if label == "interview_invite" and _outside_selection(rules, notice_sents):
            label, evidence = "other", []  # (「選考とは関係なく、カジュアルにお話し」: a talk)
    # 「A社：通過」 in a list of the reader's applications is the news; the next interview's
    # arrangements told below it (「A社の面接日程は別途ご連絡します」) follow from that result.
    if label in ("other", "interview_invite") and listed is not None and not exam:
        label, evidence = listed
    if label == "other" and part.style is None and not rules.sentence.reply.match(subject or ""):
        quoted = _quoted_notice(rules, body) or _relayed_notice(rules, body)
        label, evidence = quoted or (label, evidence)
    return _result(part, label, evidence, reference=reference or sent)


def _read_body(
    rules: _NoticeRules,
    part: _Part,
    body_sents: list[str],
    notice_sents: list[str],
    *,
    slot_needed: bool,
    listing: bool,
    addressed: frozenset[str],
) -> tuple[str, list[str]]:
    """The label the notice's own text (``part``, its ads and others' news already taken out)
    tells: a body that points to the subject lets the subject's headline decide; a reply's
    subject (RE:) is history when the new text ends the selection."""
    many = _to_many(rules, body_sents, _lines(part.text)) or _about_account(rules, notice_sents)
    bulk = _broadcast(rules, body_sents)
    lines = _lines(f"{part.subject or ''}\n{part.text}")
    # A body that points to the subject (「選考の詳細につきましては、件名のとおりで
    # ございます」): the subject's headline decides, and the pointer itself tells nothing.
    pointer = [s for s in body_sents if rules.to_subject.search(s)]
    headline = _headline(rules, part.subject) if pointer and part.subject else None
    if headline is not None:
        label, evidence = headline
    else:
        notice_sents = [s for s in notice_sents if s not in pointer]
        lines = [line for line in lines if not rules.to_subject.search(line)]
        label, evidence = _decide(
            rules,
            notice_sents,
            many=many,
            bulk=bulk,
            slot_needed=slot_needed,
            lines=lines,
            new_matter=listing,
            addressed=addressed,
        )
    if (
        label != "other"
        and part.style is None
        and part.subject
        and rules.sentence.reply.match(part.subject)
    ):  # A reply's subject is the earlier mail's (「RE: 【書類選考通過のご連絡】」): its result
        # is history; one that ends the selection in the new text (a rejection, an offer)
        # decides. The subject still names the matter (「Re: OB訪問のお願い」: a favour, read
        # as other with it); a booking under a pass's subject stays as read with it.
        own = _decide(
            rules,
            body_sents,
            many=many,
            bulk=bulk,
            slot_needed=slot_needed,
            lines=_lines(part.text),
            new_matter=listing,
            addressed=addressed,
        )
        # (New text telling the reader's result as still to come makes the subject's result
        # history: 「合否は後日お知らせします」 under 「Re: 二次面接日程のご案内」.)
        later = _result_later(rules, body_sents)
        label, evidence = own if own[0] in ("rejection", "offer") or later else (label, evidence)
    return label, evidence


def _quote_behind(rules: _NoticeRules, own: list[str], quoted: list[str]) -> bool:
    """The forwarded or quoted mail is not the news the new part (``own``, read as other) brings:
    it greets someone else (:func:`_others_mail`: a mail sent to the wrong candidate, quoted in
    the apology), or the new part tells the reader's result as still to come
    (:func:`_result_later`); unless the new part passes the quote on (:func:`_relays`:
    「先方の回答を転送します」)."""
    if _relays(rules, own):
        return False
    return _others_mail(rules, own, quoted) or _result_later(rules, own)


_NOTE_MAX = 40  # characters: 「落ちました。」 above a quoted notice, not a reply of its own


def _quoted_notice(rules: _NoticeRules, body: str) -> tuple[str, list[str]] | None:
    """A notice pasted as a quote (「> 選考の結果、…」) under a short note of the reader's own
    (「落ちました。」): the quote is the notice. Not when the quote is the candidate's own mail
    (「ご担当者様」)."""
    if len(normalize(strip_quoted(body))) > _NOTE_MAX:
        return None
    return _quote_label(rules, body)


def _relayed_notice(rules: _NoticeRules, body: str) -> tuple[str, list[str]] | None:
    """A job board's notice relaying the company's message as a quote under its own frame
    ([context] `relayed_message`: 「株式会社〇〇からメッセージが届いています」, then 「＞ …」): the
    quote is the notice, however long the frame. A message in brackets (「…」) is quoted too: a
    phrase in brackets is someone's words elsewhere (:func:`_quoted`), here the sender's."""
    if not any(rules.relayed_message.search(s) for s in sentences(strip_quoted(body))):
        return None
    bracketed = "\n".join(m.group(1) for m in _BRACKETED.finditer(body))
    return _quote_label(rules, body) or _label_of(rules, bracketed)


_BRACKETED = re.compile(r"[「『]([^「」『』]{12,})[」』]")  # a message, not a quoted term
# A message quoted whole in brackets, from the start of a line to the end of one (「北川様\n…
# よろしくお願いいたします。」): the sender's words relayed, its brackets no quote inside it.
_MESSAGE = re.compile(r"^[ \t\u3000]*[「『]([^「」『』]{12,})[」』][ \t\u3000]*$", re.M)


def _quote_label(rules: _NoticeRules, body: str) -> tuple[str, list[str]] | None:
    """The label of the quoted history of ``body`` (its 「>」 lines, and all after an 'original
    message' marker: a job board's 「〇〇様からのメッセージ:」 too), or None when it is other or
    the quote is the candidate's own mail."""
    return _label_of(rules, _MESSAGE.sub(r"\1", quoted_history(body)))


def _label_of(rules: _NoticeRules, quoted: str) -> tuple[str, list[str]] | None:
    """The label of quoted text, or None when it is other or it is the candidate's own mail."""
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
