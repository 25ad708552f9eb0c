"""Invitations to an interview: event names masked, an agent's intake, a booking settled,
a postponement, a round booked with labelled fields."""

from __future__ import annotations

import re

from furikaeri.mail.notice.clauses import _hits, _hypothetical, _others_at, _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.notice.unsaid import _negation


def _about_interview(rules: _NoticeRules, masked: list[str], *, evented: bool) -> bool:
    """The mail is no event mail, or it names the reader's interview beyond the event's own
    name (and its bare mentions, ``masked``) and outside a description of the process
    (「選考フロー：説明会 → 面接」)."""
    return not evented or _names_interview(rules, masked)


def _uncounselled(rules: _NoticeRules, found: list[str], sents: list[str]) -> list[str]:
    """``found`` less the invitations that are all a coming for advice: each sentence holding the
    hit has, right before it (adverbs and an honorific prefix aside), a noun of [interview_invite]
    `counsel` with に, or with し then に (「相談に来ませんか」「練習しに来てください」「ご相談に
    お越しください」): a career centre's or an adviser's offer, no interview."""
    counsel = rules.intake.counsel

    def counselled(sent: str, start: int) -> bool:
        before = [m for m in _sentence_morphemes(sent) if m[0] <= start]
        while before and before[-1][2] in ("副詞", "接頭辞"):
            before.pop()
        if not before or before[-1][1] != "に":
            return False
        before.pop()
        if before and before[-1][3] == "為る":
            before.pop()
        return bool(before) and before[-1][3] in counsel

    return [
        hit
        for hit in found
        if not (at := [(s, k) for s in sents for k in _starts(s, hit)])
        or not all(counselled(s, k) for s, k in at)
    ]


def _starts(sent: str, hit: str) -> list[int]:
    return [k for k in range(len(sent)) if sent.startswith(hit, k)]


def _unevented(
    rules: _NoticeRules, sents: list[str], specific: list[str]
) -> tuple[list[str], bool]:
    """``specific`` with each event's own name masked (〓: キャリア面談, アドバイザーとの面談), and
    with the later bare mentions of its head word (「面談では、…」「面談日程確定」: the event
    already named, an anaphora), and whether the mail is event mail. An agent's intake meeting
    is an event even unnamed: a bare 面談 ([interview_invite] `intake_heads`) in a mail that
    hears the reader's career and wishes (`intake_about`, `intake_wish`, `intake_heard`, Sudachi
    normalized forms: 「これまでのご経歴とご希望条件をお伺いします」). A mention qualified as
    another meeting (`not_anaphora`: 一次面談, 株式会社〇〇との面談) stays. Other people's
    interviews ([chosen] `theirs`: 「他の候補者の方との面接」) are masked too."""
    inv = rules.intake
    # (A staffing agency's workplace visit is its client's interview; elsewhere an event or none.)
    visits = any(rules.dispatch.search(s) for s in sents)
    if not visits:
        specific = [rules.dispatch_meetings.sub("〓", s) for s in specific]
    heads = {  # the head of a compound is its last word: キャリア面談, not 面接対策セミナー
        c.group(0)
        for s in sents
        for m in _events(rules, s, visits=visits)
        for c in rules.invite_context.finditer(m.group(0))
        if c.end() == len(m.group(0))
    }
    evented = bool(heads) or any(any(_events(rules, s, visits=visits)) for s in sents)
    if _intake(rules, sents):
        heads |= inv.heads
        evented = True

    def event(m: re.Match[str]) -> str:
        kept = rules.glossed.match(m.string, m.end()) or (
            visits and rules.dispatch_meetings.fullmatch(m.group(0))
        )
        return m.group(0) if kept else "〓"

    masked = [rules.in_progress.sub(_blank, rules.event.sub(event, s)) for s in specific]
    masked = [rules.others_meeting.sub(_blank, s) for s in masked]  # 「他の方との面接」
    if evented:  # 「面接での受け答えまでお伝えします」: what the event teaches
        masked = [rules.event_topics.sub("〓", s) for s in masked]
    if not heads:
        return masked, evented
    bare = re.compile("|".join(sorted(map(re.escape, heads), key=len, reverse=True)))

    def unqualified(m: re.Match[str]) -> str:
        qualified = inv.not_anaphora.search(m.string[: m.start()])
        return m.group(0) if qualified else "〓"

    return [bare.sub(unqualified, s) for s in masked], evented


def _events(rules: _NoticeRules, sent: str, *, visits: bool = False) -> list[re.Match[str]]:
    """The events named in ``sent``, less a name glossed as an interview right after it
    ([interview_invite] `glossed`: 「登録面談（面接）」) and, in a staffing agency's mail
    (``visits``), its workplace visit ([interview_invite] `dispatch_meetings`)."""
    return [
        m
        for m in rules.event.finditer(sent)
        if not rules.glossed.match(sent, m.end())
        and not (visits and rules.dispatch_meetings.fullmatch(m.group(0)))
    ]


def _blank(m: re.Match[str]) -> str:
    """〓 for each character: a state told (調整中) is no invitation's words, offsets kept."""
    return "〓" * len(m.group(0))


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
    candidate days to choose from, or none, it is the news of a pass. A round or a step named
    and nothing more ([pass] `round_named`) is the invitation when the mail books it with fields,
    or invites to an interview and asks for a slot (「マイページから希望の枠をご予約ください」)."""
    if label != "pass" or not slot or any(rules.programmes.search(h) for h in hits):
        return label, hits  # (an internship's days booked: the reader was admitted, a pass)
    fields = _hits(rules.invite_fields, sents, rules.hypothetical)
    booked = [f for f in fields if not f.startswith("候補")]  # 候補日時: days to choose from
    if all(rules.round_named.search(h) for h in hits):
        if len(booked) >= _ROUND_FIELDS:
            return "interview_invite", hits + fields  # 「Round 2 / Date: … / Format: …」: booked
        # 「次のステップとして、グループ面接を下記の日程で実施いたします。マイページから希望の枠を
        # ご予約ください」: the interview held over days, a slot to book (generic), is the news.
        asked = _hits(rules.invite_generic, sents, rules.hypothetical)
        invited = _hits(rules.strong["interview_invite"], sents, rules.hypothetical)
        if asked and invited:
            return "interview_invite", hits + invited + asked
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
            not _others_at(unevented, m.end()) for m in rules.invite_context.finditer(unevented)
        ):
            continue
        verb = _settling_verb(rules, sent)
        if verb is not None and not _hypothetical(sent, verb[0], rules.hypothetical):
            named = rules.invite_context.search(unevented)
            start = named.start() if named and named.start() < verb[0] else verb[0]
            found.append(sent[start : verb[1]])
    return found


def _settled_above(
    rules: _NoticeRules, lines: list[str], masked: list[str], sents: list[str]
) -> list[str]:
    """「上記で確定しました」 under a booking's bare lines: a line opening on the lines above
    ([interview_invite] `settled_above`) with a verb of settling told as done, not conditional,
    when the mail names the reader's interview (outside an event's name, ``masked``) — or, naming
    no event, the reader's application ([rejection] `own_application`: 「ご応募いただいた件、…」)
    — and gives a time of day and a day. Lines, not sentences: unpunctuated lines run into one
    sentence. Its words up to the verb, else nothing."""
    st = rules.settled
    interview = _names_interview(rules, masked)
    named = interview or (
        not any(rules.event.search(s) for s in sents)
        and any(rules.own_application.search(s) for s in sents)
    )
    if not any(rules.time.search(s) for s in sents) or not named:
        return []
    if not any(rules.date.search(s) or st.weekday.search(s) for s in sents):
        return []
    for sent in lines:
        above = st.above.search(sent)
        verb = _settling_verb(rules, sent, also=st.accepted) if above else None
        if (
            above
            and verb
            and not _hypothetical(sent, verb[0], rules.hypothetical)
            # (the application named as what was accepted, `settled_received`: a receipt)
            and not _names_any(sent[above.end() : verb[0]], st.received)
            # (no interview named, a verb of accepting, `settled_accepted`, not of settling:
            # 「下記の内容で受け付けました」 under an ES's receipt accepts the ES)
            and (interview or not _names_any(sent[verb[0] : verb[1]], st.accepted))
        ):
            return [sent[above.start() : verb[1]]]
    return []


def _names_any(text: str, forms: frozenset[str]) -> bool:
    """A word of ``text`` has one of ``forms`` (Sudachi normalized forms)."""
    from furikaeri.nlp import morphemes

    return any(m.normalized_form() in forms for m in morphemes(text))


def _settling_verb(
    rules: _NoticeRules, sent: str, *, also: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """Where a verb of settling told as done (た, or a noun with です) is, else None. ``also``:
    more verbs that settle here (a booking accepted under its lines: 「上記にて承りました」)."""
    from furikaeri.nlp import morphemes

    st = rules.settled
    ms = list(morphemes(sent))
    for i, m in enumerate(ms):
        form = m.normalized_form()
        light = form in st.light and any(
            p.normalized_form() in st.light_after for p in ms[max(0, i - 3) : i]
        )
        if not (
            light or form in st.forms or form in also or st.groups & set(m.synonym_group_ids())
        ):
            continue
        chain = [p.normalized_form() for p in ms[i + 1 : i + 5]]
        if any(f in rules.polarity.negation for f in chain):
            continue
        if any(f in ("た", "です") for f in chain):
            return int(m.begin()), int(m.end())
    return None


def _put_off(rules: _NoticeRules, sents: list[str]) -> tuple[int, int, bool] | None:
    """(sentence, end, told late) of the last postponement, moving or calling off of a booked
    interview, or of the last notice told late (see :func:`_postponed_only`); None if none."""
    last: tuple[int, int, bool] | None = None
    for i, sent in enumerate(sents):
        if not (rules.booked.search(sent) or rules.invite_context.search(sent)):
            continue
        for late, p in ((False, rules.postponed), (True, rules.delayed)):
            for m in p.finditer(sent):
                if not _hypothetical(sent, m.start(), rules.hypothetical):
                    last = max(last or (i, m.end(), late), (i, m.end(), late))
    return last


def _moved_to(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """The words of a booked interview moved to a new slot named as the goal of the move: a time
    or a date, then に or へ and a verb of moving ([context] `moved_to`: 「10/12 10:00から10/13
    14:00に変更させていただけないでしょうか」「金曜の11時にずらしてもらえませんか」), not
    hypothetical, nor negated after it unless asked (「変更はできません」 refuses a move, 「変更
    させていただけないでしょうか」 asks for one), in a mail naming the reader's interview; else
    nothing."""
    if not _names_interview(rules, sents):
        return []
    pol = rules.polarity
    found = []
    for sent in sents:
        for p in (rules.time, rules.date):
            for m in p.finditer(sent):
                goal = rules.moved_to.match(sent, m.end())
                if goal is None or _hypothetical(sent, m.start(), rules.hypothetical):
                    continue
                rest = [x for x in _sentence_morphemes(sent) if x[0] > goal.end()]
                negated = any(_negation(pol, pos, form) for _, _, pos, form in rest)
                if negated and not any(surface in pol.asked for _, surface, _, _ in rest):
                    continue
                found.append(sent[m.start() : goal.end()])
    return found[:1]


def _moved(rules: _NoticeRules, sents: list[str]) -> bool:
    """A booked interview put off or called off, and a new slot offered after it (「明日の面接
    ですが、こちらの都合でキャンセルさせてください。代わりに金曜の14時はいかがでしょうか」)."""
    return _put_off(rules, sents) is not None and not _postponed_only(rules, sents)


def _postponed_only(rules: _NoticeRules, sents: list[str]) -> bool:
    """The company postpones or moves a booked interview (「担当者の出張により延期させて
    いただきたく」), or tells the next step's notice late ([context] `delayed`: 「他の候補者の方との
    日程調整の関係で、次のステップのご案内が遅れております」), and offers no new slot (a date, a
    time, candidates to choose from) nor asks for an interview after the last time it says so: a
    date before it is the old booking."""
    last = _put_off(rules, sents)
    if last is None:
        return False
    i, end, late = last
    if not late and _moved_to(rules, sents):  # 「…10:00から…14:00に変更させて…」: a new slot
        return False
    after = [sents[i][end:], *sents[i + 1 :]]
    if any(rules.time.search(s) or rules.date.search(s) for s in after):
        return False
    asked = [s for s in after if not rules.postponed_later.search(s)]  # not 「後日改めて」
    if _hits(rules.invite_generic, asked, rules.hypothetical):
        return False
    # After a notice told late, an interview asked for invites (「ご連絡が遅くなりましたが、ぜひ
    # 面接にお越しいただきたく」); after a postponement, the old booking is named (「postpone your
    # interview scheduled for Tuesday」).
    return not (
        late
        and _hits(
            rules.strong["interview_invite"], asked, rules.hypothetical, others=rules.invite_others
        )
    )


def _names_interview(rules: _NoticeRules, unevented: list[str], *, told: bool = False) -> bool:
    """A sentence names the reader's interview or test (`context`) outside an event's own name
    (キャリア面談, masked in ``unevented``) and not told of other people (「面接を実施する企業も
    あります」). A heading's 「面接について」 names it: the mail is about it ([guards]
    `heading`). ``told``: not in a clause read like a hypothetical either (a maintenance
    notice's 「期間中は、エントリー・面接予約・選考結果の確認がご利用いただけません」, [guards]
    `inquiries`: a site's function named, no interview of the reader's)."""
    return any(
        not rules.others_named.match(s, m.end())
        and not (told and _hypothetical(s, m.start(), rules.hypothetical))
        for s in unevented
        for m in rules.invite_context.finditer(s)
    )
