"""The shapes of the notice rules read from data/mail_notices.toml."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class _Chooser:
    """[chosen]'s first frame in parts: the other person, the verb of choosing, the window
    between them, the light verbs that predicate nothing of their own (`light`) and the verbs
    that make a verbal noun a predicate (`verbal`)."""

    who: re.Pattern[str]
    verb: re.Pattern[str]
    window: int
    light: frozenset[str]
    verbal: frozenset[str]
    together: frozenset[str]  # after と: the reader goes too, or is compared
    unfinished: frozenset[str]  # after the verb: the choosing begun, not done (かける)
    compared: frozenset[str]  # right after the person: compared with the reader (より)


@dataclass(frozen=True)
class _Taken:
    """[rejection] `taken`: a verb of settling or filling (`verbs`), its subject a person or a
    place (`who`) with a particle of `cases`, or a person with one of `by`; nouns of time
    (`when`, a part-of-speech level) may stand between."""

    verbs: frozenset[str]
    who: frozenset[str]
    cases: frozenset[str]
    by: frozenset[str]
    when: frozenset[str]
    context: re.Pattern[str]  # a casual mail's words of the hiring
    not_topics: frozenset[str]  # split before は, no topic (実 of 実は)
    part: frozenset[str]  # before a count of a part of the places (「うち1名」)
    counters: frozenset[str]  # a counter of people after a numeral: a place (「1名が」)
    sufficed: frozenset[str]  # verbs of sufficiency: the need met, told unless negated
    slots: frozenset[str]  # what an appointment's slot belongs to: no post
    asking: frozenset[str]  # final particles of a question: the elided subject asked about
    yielding: frozenset[str]  # conjunctive particles of a concession: more to come
    full: frozenset[str]  # a quota, reached (`reached`) as the place taken
    reached: frozenset[str]  # verbs of reaching a quota (「定員となり」「定員に達し」)
    reached_cases: frozenset[str]  # the case of the quota reached (に, と)


@dataclass(frozen=True)
class _Joining:
    """[chosen] `joins`: a person described, the subject of a verb of joining the work, decided."""

    joins: frozenset[str]  # verbs of joining the work (入る, 来る, 戻る)
    joiners: frozenset[str]  # nouns of the person who joins (人, 子)
    chain: frozenset[str]  # between the verb and こと (て, 来る, 呉れる)
    decided: frozenset[str]  # after こと and に or と (成る, 決まる)


@dataclass(frozen=True)
class _NoticeRules:
    strong: dict[str, tuple[re.Pattern[str], ...]]
    weak: tuple[re.Pattern[str], ...]
    returned: re.Pattern[str]  # [rejection] `returned`: documents returned (also among `weak`)
    filled: tuple[re.Pattern[str], ...]
    english_results: tuple[re.Pattern[str], ...]  # [rejection] `english_results`
    closed: tuple[re.Pattern[str], ...]  # [rejection] `closed`: counts after a hire (`hired`)
    hired: frozenset[str]
    closed_done: frozenset[str]  # [rejection] `closed_done`: closed before the application
    unconsidered: tuple[re.Pattern[str], ...]  # the application cannot be considered
    headcount: frozenset[str]  # [rejection] `headcount`: a hire counted in people
    again: frozenset[str]  # [rejection] `again`: documents asked for again
    resending: frozenset[str]  # [rejection] `resending`: 「再度ご提出」
    before_application: re.Pattern[str]  # the reader's application as a point in time
    already: frozenset[str]
    taken: _Taken  # [rejection] `taken`: the place taken by someone, told plainly
    chosen: tuple[re.Pattern[str], ...]  # [chosen]'s frames (also in strong["rejection"])
    partnered: tuple[re.Pattern[str], ...]  # [chosen] `partner`: going on with a person described
    partner_work: frozenset[str]  # [chosen] `partner_work`: the work done with another person
    fellows: frozenset[str]  # [pass] `fellows`: a class of fellow applicants the reader joins
    companions: frozenset[str]  # [pass] `companions`: joined together with them (一緒, 合同)
    engaged: re.Pattern[str]  # [chosen]: a person described engaged, no 今回 (see `apology`)
    apology: re.Pattern[str]  # [chosen] `apology`
    joining: _Joining  # [chosen] `joins`: a person described joins the work instead
    ongoing: frozenset[str]  # [chosen] `ongoing`: a going-on in progress, no choice made
    wish: frozenset[str]  # [chosen] `wish`: a choice only wished for
    others_topic: re.Pattern[str]  # [chosen] `others` as a topic (は): what follows is theirs
    others_meeting: re.Pattern[str]  # [chosen] `others`, `theirs`: other people's interviews
    chooser: _Chooser  # [chosen]: the person and the verb of the first frame, read apart
    own_application: re.Pattern[str]
    weak_context: re.Pattern[str]
    hypothetical: re.Pattern[str]
    third_party: re.Pattern[str]
    others_named: re.Pattern[str]  # third_party less a heading's について, see [guards] `heading`
    invite_others: re.Pattern[str]  # third_party, and an invitation's delay (context `late`)
    invite_generic: tuple[re.Pattern[str], ...]
    invite_fields: tuple[re.Pattern[str], ...]
    invite_receipts: tuple[re.Pattern[str], ...]
    task_fields: frozenset[str]  # a label's words naming a task, see `task_fields`
    patronage: frozenset[str]  # a customer's or staff's dealings, see `patronage`
    field_label: re.Pattern[str]
    invite_context: re.Pattern[str]
    settled: _Settled
    intake: _Intake
    meeting: tuple[re.Pattern[str], ...]
    time: re.Pattern[str]
    date: re.Pattern[str]
    event: re.Pattern[str]
    event_topics: re.Pattern[str]  # an interview as what an event teaches, see [interview_invite]
    in_progress: re.Pattern[str]  # an interview's days being arranged: a state, no invitation
    glossed: re.Pattern[str]  # an event's name glossed as an interview, see [interview_invite]
    dispatch: re.Pattern[str]  # a staffing agency's mail, see [interview_invite] `dispatch`
    dispatch_meetings: re.Pattern[str]  # its workplace visit: the reader's interview
    withdrawn: tuple[re.Pattern[str], ...]
    not_held: tuple[re.Pattern[str], ...]
    pending: tuple[re.Pattern[str], ...]
    referred: re.Pattern[str]
    referral: re.Pattern[str]
    colleagues: re.Pattern[str]  # a salutation to colleagues, see [guards] `colleagues`
    candidates: re.Pattern[str]  # a candidate told of in the third person
    interviewer_asked: re.Pattern[str]  # the reader asked to interview, see [guards]
    staff_work: re.Pattern[str]  # an interviewer's work: evaluation to fill in
    person_titles: frozenset[str]
    fraud: re.Pattern[str]
    awaiting: re.Pattern[str]  # a step waiting on the reader's submission
    acknowledged: re.Pattern[str]  # a referral thanked, see [guards] `acknowledged`
    heard: re.Pattern[str]
    conditional: frozenset[str]  # Sudachi conjunctive particles of a condition (と)
    not_conditional_before: frozenset[str]
    concessive: frozenset[str]  # conjunctive particles that concede before も (ても)
    concessive_not_after: frozenset[str]  # verbs of compound particles (につき, に関し)
    judged_needs: frozenset[str]  # a condition's consequence that closes it before a comma
    judged_links: frozenset[str]
    courtesy_consequences: frozenset[str]  # 「…いただけますと幸いです」: a request
    not_conditional_after: frozenset[str]
    saying_supports: frozenset[str]
    negated_conditions: frozenset[str]  # a negation: vocabulary.toml [negation] predicates
    courtesy_conditions: frozenset[str]  # 問題・差し支える before it: a courtesy
    courtesy_wishes: frozenset[str]  # the reader's wish as a condition: a courtesy
    condition_heads: frozenset[str]  # とき, 際 after a negation: a condition
    supposing_particles: frozenset[str]  # ば after a 仮定形: a refusal supposed
    supposing_auxiliaries: frozenset[str]  # た, だ in 仮定形 (たら, なら): a refusal supposed
    purpose: tuple[str, ...]  # [guards] `purpose`: Sudachi surfaces after a verb, then 、
    class_heads: frozenset[str]  # a class of people as the topic, see [guards] `class_heads`
    class_matters: frozenset[str]  # a matter before の: 方 reads ほう
    class_topic_verbs: frozenset[str]
    class_applications: frozenset[str]
    class_open: frozenset[str]
    audience: re.Pattern[str]
    broadcast: re.Pattern[str]
    later_selection: re.Pattern[str]  # a call to apply again, see [context]
    later_sending: re.Pattern[str]  # postings promised for later, see [context]
    hearsay_result: re.Pattern[str]  # a result passed on as heard, see [context]
    account: re.Pattern[str]
    selected: re.Pattern[str]
    numbered: re.Pattern[str]  # the holder of an exam's number, see [context] `numbered`
    result_told: re.Pattern[str]  # the reader's own selection result announced
    deadline: re.Pattern[str]
    booking_asked: re.Pattern[str]  # a slot to book asked of the reader, see [context]
    stock: re.Pattern[str]
    process: re.Pattern[str]
    past: re.Pattern[str]
    to_company: re.Pattern[str]
    school_office: re.Pattern[str]  # a school's office, see [context] `school_office`
    cancelled: re.Pattern[str]
    listing_item: re.Pattern[str]
    listing_pay: re.Pattern[str]
    step_item: re.Pattern[str]  # [context] `step_item`, see mail.notice.schedule
    step_status: re.Pattern[str]
    steps_min: int
    client_generic: frozenset[str]  # [context] `client_generic`: no client before 様
    outside_selection_topics: frozenset[str]  # a meeting as the topic of a selection denied
    counters: frozenset[str]  # [context] `counters`: a count's counter (件, 名)
    stage_takers: frozenset[str]  # [context] `stage_takers`: those who sit a stage
    taken_stages: re.Pattern[str]  # [context] `taken_stages`: a stage sat by some only
    stage_named: re.Pattern[str]  # [pass] `stages` and `not_stages`
    later: re.Pattern[str]
    earlier: re.Pattern[str]  # an earlier application named, see [context] `earlier`
    earlier_anaphora: re.Pattern[str]  # 「その際」「当時」 after an earlier occasion named
    outside_selection: re.Pattern[str]  # a meeting said to be no part of selection
    staged_interview: re.Pattern[str]  # 一次面接, 最終面接: a selection's stage named
    application_window: re.Pattern[str]  # 受付期間, 申込期間: applications still to be made
    postponed: re.Pattern[str]
    delayed: re.Pattern[str]  # the next step's notice told late, see [context] `delayed`
    booked: re.Pattern[str]
    postponed_later: re.Pattern[str]
    moved_to: re.Pattern[str]  # a move's goal: 「…14時に変更」
    now: re.Pattern[str]
    english_past: re.Pattern[str]
    relayed_message: re.Pattern[str]  # a job board's 「〇〇社からメッセージが届いています」
    to_subject: re.Pattern[str]  # a sentence pointing to the subject line (「件名のとおり」)
    advance: tuple[re.Pattern[str], ...]  # pass frames, see [pass] in the data
    goal: _Goal  # [pass] `goal_*`: the next stage read as a noun phrase (mail.notice.goal)
    round_named: re.Pattern[str]  # a round's name alone (「round2」), see [pass]
    programmes: re.Pattern[str]  # [pass] `programmes`: a stage joined, not a step of selection
    after_result: re.Pattern[str]  # one of them: a result, then a next step asked for
    head_wish: re.Pattern[str]  # a senior person wished to meet the reader, see [pass] `heads`
    held: re.Pattern[str]  # a step held, thanked for, see [pass] `held`
    continued: re.Pattern[str]  # a sentence that goes on from the one before (つきましては)
    possible: frozenset[str]  # [pass] `possible`: a frame's verb only made possible
    apply_then: frozenset[str]  # [pass] `apply_then`: a step reached by applying first
    result_said: re.Pattern[str]  # [pass] `result`: a stage's result told
    reporting: re.Pattern[str]
    accepted: re.Pattern[str]  # the reader's acceptance of an offer acknowledged
    attending: frozenset[str]  # [guards] `attending`: a consent to attend a step, no offer's
    thanked: frozenset[str]  # [guards] `thanked`: thanks for an act of the reader's
    paperwork: re.Pattern[str]  # [offer] `paperwork`: an offer phrase naming a document only
    described_by: frozenset[str]  # [offer] `described_by`: who an earlier offer is told of
    submission: tuple[re.Pattern[str], ...]  # [offer] `submission`: the paperwork asked for
    start: _Start  # [offer] `start_work`: a start at work asked of the reader
    condition: re.Pattern[str]  # [guards] `hypothetical` alone (not the topics read like it)
    closure: _Closure
    status: _StatusRules
    polarity: _Polarity
    outcome: _Outcome
    kana: _Kana  # [kana]: a mail spaced in hiragana, read in kanji
    waitlist: _Waitlist
    sentence: _Sentence
    relay: _Relay
    holders: _Holders
    history: _History
    told: _Told
    called_off: _CalledOff


@dataclass(frozen=True)
class _Goal:
    """[pass] `goal_cases`, `goal_links`, `goal_brackets`, `appositive`: the next stage as the
    goal of a verb of being led or of moving on, read with Sudachi (see mail.notice.goal)."""

    cases: frozenset[str]
    links: frozenset[str]
    brackets: frozenset[str]
    appositive: tuple[tuple[str, ...], ...]  # Sudachi normalized forms
    verb: re.Pattern[str]  # `led` and `advance`, matched at the verb
    following: re.Pattern[str]  # `next`: a following stage
    stage: re.Pattern[str]  # `stages`, not after one of `not_stages`


@dataclass(frozen=True)
class _Waitlist:
    """[waitlist]: the reader placed on a waiting list, or told they may yet be moved up (see
    mail.notice.waitlist)."""

    status: tuple[tuple[str, ...], ...]  # each word as its Sudachi normalized forms
    heads: frozenset[str]  # nouns and suffixes a status compound goes on with
    placed: frozenset[str]
    topic: frozenset[str]
    superseded: frozenset[str]
    moved_up: frozenset[str]
    verdict: re.Pattern[str]  # [status] `rejection`: a one-word verdict (不採用, 見送り)


@dataclass(frozen=True)
class _History:
    """[history]: what a mail's new part says versus what it quotes (mail.notice.history);
    Sudachi normalized forms."""

    awaiting: frozenset[str]  # after a result: awaited (結果待ち)
    ahead: frozenset[str]  # time ahead before a telling (別途, 次第, 以内)
    telling: frozenset[str]
    relaying: frozenset[str]  # the new part passes the quote on (転送, 下記)


@dataclass(frozen=True)
class _Holders:
    """[guards] `holders`: whose result a phrase tells (see mail.notice.holder)."""

    kin: frozenset[str]  # Sudachi normalized forms of relatives, peers and pronouns
    particles: frozenset[str]  # Sudachi surfaces after the holder
    reader_titles: frozenset[str]
    familiar_titles: frozenset[str]  # a step's holder may carry these (くん, ちゃん)
    got: frozenset[str]  # Sudachi normalized forms of verbs of getting or coming
    got_chain: frozenset[str]  # Sudachi surfaces passed on the way to them
    celebration: frozenset[str]  # Sudachi normalized forms
    familiar_ends: frozenset[str]  # a friend's salutation ends so (へ, ちゃん, 〜)
    congratulating: frozenset[str]  # Sudachi normalized forms
    news: frozenset[str]  # Sudachi surfaces of the news of a result (メール, 連絡)
    own_verbs: frozenset[str]  # Sudachi normalized forms: got, or come through (受かる)
    completive: frozenset[str]  # passed over before the past (ちゃう, てしまう)
    addressee: frozenset[str]  # whom a mail came to (宛て): Sudachi normalized forms
    mentors: frozenset[str]  # a teacher or a senior the writer reports to
    indebted: frozenset[str]  # the result credited to them (おかげ)


@dataclass(frozen=True)
class _Told:
    """[guards.told]: the person whose result a mail tells, told of it apart (see
    mail.notice.holder)."""

    self_: frozenset[str]  # Sudachi normalized forms of the person themself (本人)
    to: frozenset[str]  # Sudachi surfaces after the person: the one told
    to_then: frozenset[str]  # the particles that may follow `to`
    self_then: frozenset[str]  # and one of them after `self` (本人には)
    sources: frozenset[str]  # Sudachi surfaces after a name: the one a result comes from
    telling: frozenset[str]  # Sudachi normalized forms of telling
    done: frozenset[str]  # the telling's chain done (past, 済み, a state)
    asked: frozenset[str]  # or asked of the reader
    relayed: re.Pattern[str]  # told as heard or relayed: the person may be the reader
    kin: frozenset[str]  # a relative honoured as the reader's (ご子息)
    places: frozenset[str]  # the reader's school or department (貴-)
    charge: frozenset[str]  # in the reader's charge (ご担当)
    people: frozenset[str]  # person nouns of such a noun phrase


@dataclass(frozen=True)
class _CalledOff:
    """[called_off]: what a refusal calls off, read from its clause (mail.notice.called_off);
    Sudachi normalized forms."""

    planned: frozenset[str]
    cancelling: frozenset[str]
    holding: frozenset[str]
    as_planned: frozenset[str]
    events: frozenset[str]
    appointments: frozenset[str]
    days: frozenset[str]
    recruitment: frozenset[str]
    selection: frozenset[str]
    others: frozenset[str]
    declining: frozenset[str]
    duties: frozenset[str]
    slots: frozenset[str]
    seated: frozenset[str]
    dealings: frozenset[str]  # a business dealing: a vendor declined
    steps: frozenset[str]  # a step of a selection: waived when the reader moves on
    applied: re.Pattern[str]
    before_applying: re.Pattern[str]


@dataclass(frozen=True)
class _Sentence:
    """[sentence]: the shape of a sentence and of a subject line (clause ends, a denial, words
    relayed, a reply's or a forward's prefix)."""

    denied: re.Pattern[str]
    clause_end: re.Pattern[str]
    time_clause_end: re.Pattern[str]
    english_clause: re.Pattern[str]
    reply: re.Pattern[str]
    forward_prefix: re.Pattern[str]


@dataclass(frozen=True)
class _Relay:
    """[relay]: words in 「…」 relayed as the company's answer (「…」とのフィードバック)."""

    quotative: frozenset[str]  # Sudachi surfaces
    linked: frozenset[str]
    sources: frozenset[str]
    prefixes: frozenset[str]  # Sudachi surfaces
    saying: frozenset[str]  # Sudachi normalized forms
    telling: frozenset[str]
    passive: frozenset[str]
    naming: frozenset[str]  # 言う, as in 「…」という
    verdicts: frozenset[str]  # 意見, 判断: a view the quote states
    window: int


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
    scheduled: frozenset[str]  # a date, a time or a place preferred, see [outcome] `scheduled`
    scheduled_cases: frozenset[str]
    conditions: frozenset[str]  # a term of employment hoped for, see [outcome] `conditions`
    regrets: frozenset[str]  # the verb of a stock regret, see [outcome] `regrets`
    filled: frozenset[str]  # a place filled, see [outcome] `filled`
    verdict_nouns: frozenset[str]  # the result a regret tells, see [outcome] `verdict_nouns`
    fallen_short: frozenset[str]  # a term refused or fallen short of, see [outcome] `fallen_short`
    hoped: frozenset[str]  # the reader's hope named, see [outcome] `hoped`
    exist: frozenset[str]
    absent: frozenset[str]  # 無い, vocabulary.toml [negation] adjectives
    places: frozenset[str]
    provision: frozenset[str]
    requesting: frozenset[str]  # see [outcome] `requesting`
    intentions: frozenset[str]  # see [outcome] `intentions`
    readiness: frozenset[str]
    ready: frozenset[str]
    intake: frozenset[str]
    intake_any: frozenset[str]
    persons: frozenset[str]
    goodwill: frozenset[str]  # see [outcome] `goodwill`
    only: frozenset[str]
    receiving: frozenset[str]
    working: frozenset[str]
    alternative: re.Pattern[str]
    dealings: re.Pattern[str]  # an order, a booking, a lottery, see [outcome] `dealings`
    dealt: frozenset[str]  # a contract, a card, a loan refused, see [outcome] `dealt`
    dealt_cases: frozenset[str]
    applying: frozenset[str]  # what was applied for, see [outcome] `applying`
    selecting: frozenset[str]
    matter_cases: frozenset[str]
    not_matter: frozenset[str]
    granting: frozenset[str]  # a selection's nouns read after の only, see `granting`
    granted_cases: tuple[str, ...]  # particles after what a grant is of (の, が, は)
    matter_domains: frozenset[str]  # matters no employer selects (助成, 論文, 入園), by domain
    domain_results: frozenset[str]  # a result compounded after one (オーディション結果)
    domain_cases: frozenset[str]  # one as the object or topic of a clause ending in a result
    admissions: frozenset[str]  # admissions whose steps a compounded hiring word names (入所前面接)
    non_job: frozenset[str]  # positive evidence that a matter applied for is no post
    submitted: frozenset[str]  # a work submitted (作品, 企画), read as what a selection is of
    deferring: frozenset[str]  # a matter's head that leaves it to the noun before (メンバー)
    matter_about: re.Pattern[str]  # 「〇〇について」: the matter a selection is about
    verdict_words: re.Pattern[str]  # the verdict's own 採用 (不採用, 採用を見送り): no hiring named
    matter_granted: re.Pattern[str]  # a matter granted (奨学生として採用), of matter_domains
    matter_selection: re.Pattern[str]  # the 採用 words and steps of such a matter (採用枠, 面接)
    employer_heads: frozenset[str]  # a hiring word's head naming the reader's employer (内定先)
    conceding: frozenset[str]  # conjunctive particles of a concession (が, ものの)
    conceding_verbs: frozenset[str]  # a verb negated after に・も (にもかかわらず)
    sending: frozenset[str]  # a mail sent, see [outcome] `sending`
    completive: frozenset[str]  # a telling done (してしまう)
    hiring: re.Pattern[str]
    polite: frozenset[str]  # a personal mail, see [outcome] `polite`
    hearsay: frozenset[str]
    recalling: frozenset[str]
    heard: frozenset[str]  # hearsay ending a sentence, see [outcome] `heard`
    heard_after: frozenset[str]
    heard_fused: frozenset[str]  # 「落ちたって」: the past and hearsay in one particle
    finals: frozenset[str]
    meet_verbs: frozenset[str]  # a meeting proposed, see [outcome] `meet_verbs`
    proposing: frozenset[str]
    wishing: frozenset[str]
    questions: frozenset[str]  # a question's end, see [outcome] `questions`
    asking: frozenset[str]
    day_parts: re.Pattern[str]  # a day's part of the day, see [outcome] `day_parts`
    choosing: frozenset[str]  # a request to tell or choose a time, see [outcome] `choosing`
    certified: re.Pattern[str]  # a qualification's exam, see [outcome] `certified`
    examined: re.Pattern[str]  # an exam named alone (試験), see [outcome] `examined`
    exam_results: re.Pattern[str]  # what a result of an exam is told with (結果, 合格)
    exam_nouns: re.Pattern[str]  # an exam's noun phrase (試験, 検定, 入試, 出願)
    exam_employment: re.Pattern[str]  # an employer's word in it (採用試験, 入社試験)
    hiring_exam: re.Pattern[str]
    employment: re.Pattern[str]  # a hiring named, see [outcome] `dealings`
    gatherings: re.Pattern[str]  # events with seats, see [outcome] `gatherings`
    applied: re.Pattern[str]  # an application or hiring named, see [outcome] `gatherings`
    full: re.Pattern[str]  # seats run out, see [outcome] `gatherings`
    unrelated: frozenset[str]  # 「選考とは関係のない」: see [outcome] `unrelated`
    unrelated_denied: frozenset[str]  # 「選考とは無関係」
    unrelated_chain: frozenset[str]  # 「影響することはございません」: its chain's verbs, nouns
    application_open: frozenset[str]  # 「応募は可能です」: see [outcome] `application_open`
    application_regardless: frozenset[str]  # 「有無を問わず」: a concession, not a refusal
    requests: frozenset[str]  # a request of the reader's, see [outcome] `requests`
    request_matter: frozenset[str]  # 「…たいって件」「ご希望いただいた件」
    favours: frozenset[str]  # a visit, a tour, coverage: no selection (OB訪問, 見学, 取材)
    told_results: frozenset[str]  # a result told before, see [outcome] `told_results`
    telling: frozenset[str]


@dataclass(frozen=True)
class _Kana:
    """[kana]: a mail written in hiragana with spaces between words, read in kanji."""

    share: float  # hiragana among the Japanese characters
    spaces_min: int  # spaces between hiragana
    prefixes: tuple[str, ...]  # honorific prefixes (ご, お) before a word read
    vocabulary: tuple[str, ...]  # the patterns whose words are read (see mail.notice.kana)
    dialect: tuple[tuple[re.Pattern[str], str], ...]  # a dialect form and its standard reading


@dataclass(frozen=True)
class _Start:
    """[offer] `start_work`: a start at work asked of the reader (「来月から来てもらいたい」)."""

    points: frozenset[str]  # Sudachi parts of speech (third level) of a point in time
    from_: frozenset[str]  # Sudachi surfaces: から, より
    work: frozenset[str]  # Sudachi normalized forms
    request: frozenset[str]  # Sudachi normalized forms
    done: frozenset[str]  # a coming done and thanked for (た, 有り難う)
    sending: frozenset[str]  # [offer] `sending`: a document sent (提出, 郵送, 送る), normalized


@dataclass(frozen=True)
class _Settled:
    """[interview_invite] `settled`: a booking settled (「最終面接、下記で決まりました」)."""

    forms: frozenset[str]  # Sudachi normalized forms
    groups: frozenset[int]  # their synonym groups
    light: frozenset[str]
    light_after: frozenset[str]
    english: re.Pattern[str]
    weekday: re.Pattern[str]
    above: re.Pattern[str]  # `settled_above`: 「上記で」 opening a sentence, the booking above
    accepted: frozenset[str]  # `settled_accepted`: 「上記にて承りました」, after `above` only
    received: frozenset[str]  # `settled_received`: 「以下の内容でご応募を受け付けました」: no slot


@dataclass(frozen=True)
class _Intake:
    """[interview_invite] `intake_*`, `not_anaphora`: an agent's intake meeting, and the bare
    mentions of an event named (see :func:`_unevented`)."""

    heads: frozenset[str]
    about: frozenset[str]  # Sudachi normalized forms
    wish: frozenset[str]
    heard: frozenset[str]
    not_anaphora: re.Pattern[str]  # a qualifier right before a mention (matched at its end)
    counsel: frozenset[str]  # `counsel`: what one comes for to an adviser (Sudachi forms)


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
    label_alone: re.Pattern[str]  # a label and nothing else (fullmatch)
    values: tuple[tuple[str, re.Pattern[str]], ...]  # (label or "open", pattern), in order
    bracket: re.Pattern[str]
    arrow: re.Pattern[str]  # a stage, an arrow, its result, alone on a line (group "value")
    item: re.Pattern[str]  # a line of an agent's status list: a name, then : or → and a value
    items_min: int  # lines: fewer make no list
    value_max: int
    value_end: re.Pattern[str]  # where a value ends before the post named after it
    headline_split: re.Pattern[str]  # the parts of a subject read as a headline
    headline_compound: re.Pattern[str]  # a character that makes a value word a compound
    changed: tuple[re.Pattern[str], ...]  # a value changed to (group 1), see [status]
    others: re.Pattern[str]  # told of other people, before the value


@dataclass(frozen=True)
class _Polarity:
    """[polarity]: what negates a positive phrase's own predicate (Sudachi normalized forms),
    and English negations before a phrase."""

    negation: frozenset[str]  # vocabulary.toml [negation] predicates, [polarity] refusal_words
    asked: frozenset[str]  # a negation asked: a guess or a request, see `asked`
    asked_not_before: frozenset[str]
    asked_copula: frozenset[str]  # the negation asked is the copula's: ではないか
    asked_between: frozenset[str]
    results: re.Pattern[str]
    fit: re.Pattern[str]
    english_fit: re.Pattern[str]
    decision: re.Pattern[str]
    chain_nouns: frozenset[str]
    wishes: frozenset[str]  # the reader's wish not met, see [polarity] `wishes`
    wish_granting: frozenset[str]  # a wish granted with を (叶える)
    chain_breaks: frozenset[str]
    class_suffix: tuple[str, ...]
    class_cases: frozenset[str]
    class_member: frozenset[str]  # the reader said to be of the class, see `class_member`
    class_member_cases: frozenset[str]
    class_member_focus: frozenset[str]  # は, も between the case and the verb
    class_member_nominal: tuple[str, ...]  # へ, の before the entry as a verbal noun
    class_lists: frozenset[str]  # a list of the class, see `class_member`
    matters: frozenset[str]  # a hiring as a matter (お話), see `matters`
    matter_of: re.Pattern[str]
    matter_cases: frozenset[str]
    topic_nouns: frozenset[str]  # a result named as a matter (の件), see `topic_nouns`
    topic_copulas: frozenset[str]
    topic_causes: frozenset[str]  # a cause right before the undoing
    class_goers: frozenset[str]  # a class taken on to a stage, see `class_goers`
    class_goers_out: frozenset[str]  # outside that class
    class_rights: frozenset[str]  # a right to sit a stage, see `class_rights`
    class_right_cases: frozenset[str]
    class_right_verbs: frozenset[str]
    class_candidates: frozenset[str]  # a class word after a result, see `class_candidates`
    class_offer: re.Pattern[str]  # a class by hiring: an offer
    class_pending: frozenset[str]  # a class still to be chosen among: a pass
    proceeding: frozenset[str]
    decided: frozenset[str]
    decided_course: frozenset[str]
    pending_results: frozenset[str]  # a result not yet there, see `pending_results`
    pending_verbs: frozenset[str]
    pending_nouns: frozenset[str]
    regret: frozenset[str]
    not_yet: frozenset[str]
    absent: frozenset[str]  # nouns of absence (なし, vocabulary.toml [negation]): a predicate
    next_steps: re.Pattern[str]  # a next step: negated beside an offer, skipped
    described: frozenset[str]  # a state or a person a negated result describes
    news: frozenset[str]  # news of a result: not there, no result yet
    refused: frozenset[str]  # news refused: a result
    revoked: tuple[str, ...]  # verbs and nouns that undo a result (endings: 内定取り消し)
    topic_verbs: frozenset[str]  # [polarity] `topic_verbs`: 「内定につきまして、」
    emphatic: frozenset[str]  # [polarity] `emphatic`: 「取り消すことは一切ございません」
    denial_links: frozenset[str]  # a result denied through the copula, see [polarity]
    denial_ends: frozenset[str]  # a negation: vocabulary.toml [negation] predicates
    arrangement: frozenset[str]  # an arrangement come about or not (運び)
    come_about: frozenset[str]
    arranged_what: re.Pattern[str]
    hiring: frozenset[str]  # verbs of hiring people, negated in a decision
    hiring_what: re.Pattern[str]
    refrain: frozenset[str]  # verbs of refraining on this occasion, in a decision
    refrain_again: re.Pattern[str]  # another meeting arranged after it: a meeting put off
    proceeding_what: re.Pattern[str]
    english: re.Pattern[str]
    english_window: int
