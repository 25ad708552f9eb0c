"""The shape of data/mail_notices.toml (pydantic): every pattern compiles, every section the
notice classifier reads is there, nothing unknown is. Checked once per content
(catalogue.checked_data), so the classifier's cold start skips pydantic."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from furikaeri.vocabulary import check_pattern

Pattern = Annotated[str, AfterValidator(check_pattern)]
Patterns = Annotated[list[Pattern], Field(min_length=1)]
Words = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Rejection(_Strict):
    strong: Patterns
    filled: Patterns
    closed: Patterns
    hired: Words  # Sudachi normalized forms
    closed_done: Words  # Sudachi normalized forms
    unconsidered: Patterns
    headcount: Words  # Sudachi normalized forms
    before_application: Patterns
    already: Words  # Sudachi normalized forms
    taken: Words  # Sudachi normalized forms of verbs of settling or filling
    taken_who: Words  # Sudachi normalized forms of the person or the place taken
    taken_cases: Words  # Sudachi surfaces of subject particles
    english_results: Patterns
    taken_by: Words  # Sudachi surfaces of the case of the person a place is filled by
    taken_context: Patterns  # a casual mail's words of the hiring, for a place filled
    taken_not_topics: Words  # Sudachi normalized forms split before は that set no topic (実)
    taken_part: Words  # Sudachi normalized forms before a count of a part (「うち1名」)
    taken_counters: Words  # Sudachi normalized forms of counters of people (「1名が」)
    taken_sufficed: Words  # Sudachi normalized forms of verbs of sufficiency (足りる)
    taken_slots: Words  # Sudachi normalized forms of what an appointment's slot belongs to
    taken_asking: Words  # Sudachi surfaces of final particles of a question (か)
    taken_yielding: Words  # Sudachi surfaces of conjunctive particles of a concession (が, けど)
    taken_full: Words  # Sudachi normalized forms of a quota (定員)
    taken_reached: Words  # Sudachi normalized forms of verbs of reaching a quota (成る, 達する)
    taken_reached_cases: Words  # Sudachi surfaces of the quota's case (に, と)
    taken_when: Words  # Sudachi part-of-speech levels of nouns of time used as adverbs
    own_application: Patterns
    weak_context: Patterns
    weak: Patterns
    returned: Patterns  # the documents returned or destroyed: weak, unless the result was told
    again: Words  # Sudachi normalized forms: documents asked for again
    resending: Words  # Sudachi normalized forms: a document sent (提出, 送る)


class Offer(_Strict):
    strong: Patterns
    paperwork: Patterns
    start_points: Words  # Sudachi parts of speech (third level)
    start_from: Words  # Sudachi surfaces of case particles
    start_work: Words  # Sudachi normalized forms
    start_request: Words  # Sudachi normalized forms
    start_done: Words  # Sudachi normalized forms: a coming done, thanked for
    described_by: Words  # Sudachi normalized forms
    submission: Patterns
    sending: Words  # Sudachi normalized forms: a document sent (提出, 郵送, 送る)


class Pass(_Strict):
    strong: Patterns
    apply_then: Words  # Sudachi surfaces of conjunctive particles
    stages: Patterns
    not_stages: Words
    advance: Patterns
    next: Patterns
    led: Patterns
    requested: Patterns
    meet: Patterns
    heads: Patterns
    head_meet: Patterns
    wished: Patterns
    held: Patterns
    result: Patterns
    asked: Patterns
    becomes: Patterns
    continued: Patterns
    possible: Words  # Sudachi dictionary forms
    reporting: Patterns
    english: Patterns
    round_named: Patterns
    programmes: Patterns
    apposition: Pattern
    goal_cases: Words  # Sudachi surfaces of case particles
    goal_links: Words  # Sudachi surfaces of particles
    goal_brackets: Words  # Sudachi surfaces of brackets
    appositive: Words  # Sudachi normalized forms, separated by spaces
    later_heads: Patterns
    fellows: Words  # Sudachi normalized forms of fellow applicants (学生, 方々, 皆)
    companions: Words  # Sudachi normalized forms of going together (一緒, 合同)


class Invite(_Strict):
    strong: Patterns
    generic: Patterns
    fields: Patterns
    receipts: Patterns
    task_fields: Words  # Sudachi normalized forms
    patronage: Words  # Sudachi normalized forms
    field_label: Patterns  # group 1: the label
    meeting: Patterns
    date: Patterns
    time: Patterns
    context: Patterns
    event: Patterns
    event_topics: Patterns
    in_progress: Patterns
    glossed: Patterns
    dispatch: Patterns
    dispatch_meetings: Patterns
    settled: Words  # Sudachi normalized forms; their synonym groups count too
    settled_light: Words
    settled_light_after: Words
    settled_english: Patterns
    settled_above: Patterns
    settled_accepted: Words  # Sudachi normalized forms
    settled_received: Words  # Sudachi normalized forms
    weekday: Patterns
    intake_heads: Words
    intake_about: Words  # Sudachi normalized forms
    intake_wish: Words  # Sudachi normalized forms
    intake_heard: Words  # Sudachi normalized forms
    counsel: Words  # Sudachi normalized forms: what one comes to an adviser for
    not_anaphora: Patterns


class Holders(_Strict):
    kin: Words  # Sudachi normalized forms
    particles: Words  # Sudachi surfaces
    reader_titles: Words
    familiar_titles: Words
    got: Words  # Sudachi normalized forms
    got_chain: Words  # Sudachi surfaces
    celebration: Words  # Sudachi normalized forms
    familiar_ends: Words  # Sudachi surfaces
    congratulating: Words  # Sudachi normalized forms
    news: Words  # Sudachi surfaces
    own_verbs: Words  # Sudachi normalized forms
    completive: Words  # Sudachi normalized forms
    addressee: Words  # Sudachi normalized forms
    mentors: Words  # Sudachi normalized forms
    indebted: Words  # Sudachi normalized forms


class Told(_Strict):
    self_: Words = Field(alias="self")  # Sudachi normalized forms
    to: Words  # Sudachi surfaces
    to_then: Words  # Sudachi surfaces
    self_then: Words  # Sudachi surfaces
    sources: Words  # Sudachi surfaces
    telling: Words  # Sudachi normalized forms
    done: Words  # Sudachi normalized forms
    asked: Words  # Sudachi normalized forms
    relayed: Patterns
    kin: Words  # Sudachi normalized forms
    places: Words  # Sudachi normalized forms
    charge: Words  # Sudachi normalized forms
    people: Words  # Sudachi normalized forms


class Guards(_Strict):
    hypothetical: Patterns
    awaiting: Patterns
    conditional: Words  # Sudachi conjunctive particles
    not_conditional_before: Words
    concessive: Words  # Sudachi conjunctive particles before も (ても: even if)
    concessive_not_after: Words  # normalized verbs of compound case particles
    judged_needs: Words  # a condition's consequence that closes it at a comma
    judged_links: Words
    courtesy_consequences: Words  # Sudachi normalized forms: 幸い, 助かる after と
    not_conditional_after: Words  # Sudachi normalized forms of verbs of saying
    saying_supports: Words  # Sudachi normalized forms: support verbs after a verb of saying
    courtesy_conditions: Words  # Sudachi normalized forms
    courtesy_wishes: Words  # Sudachi normalized forms
    condition_heads: Words  # Sudachi normalized forms
    supposing_particles: Words  # Sudachi surfaces (ば)
    supposing_auxiliaries: Words  # Sudachi normalized forms in 仮定形 (た, だ)
    purpose: Words  # Sudachi surfaces after a verb's dictionary form
    class_heads: Words  # Sudachi normalized forms of person nouns
    class_matters: Words  # Sudachi normalized forms
    class_applications: Words  # Sudachi normalized forms
    class_open: Words  # Sudachi normalized forms
    class_topic_verbs: Words  # Sudachi normalized forms
    inquiries: Patterns
    portal: Patterns
    onboarding: Patterns
    attended: Patterns
    thanked: Words  # Sudachi normalized forms
    attending: Words  # Sudachi normalized forms
    defined: Patterns
    acknowledged: Patterns
    heard: Patterns
    third_party: Patterns
    topic: Patterns
    heading: Patterns
    withdrawn: Patterns
    not_held: Patterns
    pending: Patterns
    referred: Patterns
    referral: Patterns
    colleagues: Patterns
    candidates: Patterns
    interviewer_asked: Patterns
    staff_work: Patterns
    person_titles: Words
    holders: Holders
    told: Told
    fraud: Patterns
    accepted: Patterns


class Context(_Strict):
    audience: Patterns
    broadcast: Patterns
    later_selection: Patterns
    later_sending: Patterns
    hearsay_result: Patterns
    account: Patterns
    selected: Patterns
    numbered: Patterns
    result_told: Patterns
    deadline: Patterns
    booking_asked: Patterns
    to_company: Patterns
    school_office: Patterns
    cancelled: Patterns
    stock: Patterns
    process: Patterns
    past: Patterns
    listing_item: Patterns
    listing_pay: Patterns
    step_item: Patterns
    step_status: Patterns
    steps_min: int = Field(gt=1)
    client_generic: Words  # Sudachi normalized forms
    counters: Words  # Sudachi normalized forms
    stage_takers: Words  # Sudachi normalized forms
    taken_stages: Patterns
    later: Patterns
    earlier: Patterns
    earlier_anaphora: Patterns
    outside_selection: Patterns
    outside_selection_topics: Words  # Sudachi normalized forms
    staged_interview: Patterns
    application_window: Patterns
    postponed: Patterns
    delayed: Patterns
    booked: Patterns
    postponed_later: Patterns
    moved_to: Patterns
    now: Patterns
    english_past: Patterns
    relayed_message: Patterns
    to_subject: Patterns
    late: Patterns


class Chosen(_Strict):
    others: Patterns
    verbs: Patterns
    window: int = Field(gt=0)
    occasion: Patterns
    apology: Patterns
    engaged_done: Patterns
    unfinished: Words  # Sudachi normalized forms after the verb: begun, not done (かける)
    joins: Words  # Sudachi normalized forms of verbs of joining the work (入る, 来る, 戻る)
    joiners: Words  # Sudachi normalized forms of the person who joins (人, 子)
    join_chain: Words  # Sudachi normalized forms between the verb and こと (て, 来る, 呉れる)
    join_decided: Words  # Sudachi normalized forms after こと and に or と (成る, 決まる)
    described: Patterns
    english_described: Patterns
    english_relative: Patterns
    engage: Patterns
    partner: Patterns
    partner_work: Words  # Sudachi normalized forms: the work done with another person
    ongoing: Words  # Sudachi normalized forms
    wish: Words  # Sudachi normalized forms
    theirs: Patterns
    together: Words  # Sudachi normalized forms
    compared: Words  # Sudachi surfaces
    light: Words  # Sudachi normalized forms
    verbal: Words  # Sudachi normalized forms


class Recruiting(_Strict):
    patterns: Patterns


class Status(_Strict):
    labels: Patterns
    open: Patterns
    rejection: Patterns
    offer: Patterns
    pass_: Patterns = Field(alias="pass")
    ended: Patterns  # a selection ended with no result named: read after the others
    bracket: Pattern
    arrow: Pattern
    ranked: Pattern
    marks: Pattern
    closed: Pattern
    value_max: int = Field(gt=0)
    value_end: Pattern
    headline_split: Pattern
    headline_compound: Pattern
    item_max: int = Field(gt=0)
    items_min: int = Field(gt=1)
    changed: Patterns
    moved: Patterns
    others: Patterns


class Closure(_Strict):
    gap: Words  # Sudachi normalized forms; their synonym groups count too
    decided: Words  # Sudachi normalized forms
    ended: Patterns
    apology: Patterns


class Polarity(_Strict):
    refusal_words: Words  # Sudachi normalized forms, read with vocabulary.toml [negation]
    asked: Words  # Sudachi surfaces
    asked_not_before: Words  # Sudachi surfaces
    asked_copula: Words  # Sudachi normalized forms
    asked_between: Words  # Sudachi surfaces
    results: Patterns
    fit: Patterns
    english_fit: Patterns
    decision: Patterns
    chain_nouns: Words
    wishes: Words  # Sudachi normalized forms
    wish_granting: Words  # Sudachi normalized forms
    chain_breaks: Words
    class_suffix: Words
    class_cases: Words  # Sudachi surfaces of case particles
    class_member: Words  # Sudachi normalized forms
    class_member_cases: Words  # Sudachi surfaces of case particles
    class_member_focus: Words  # Sudachi surfaces of focus particles (は, も)
    class_member_nominal: Words  # Sudachi surfaces before the entry as a verbal noun (へ, の)
    class_lists: Words  # Sudachi normalized forms
    matters: Words  # Sudachi normalized forms
    matter_of: Patterns
    matter_cases: Words  # Sudachi surfaces of particles
    topic_nouns: Words  # Sudachi normalized forms
    topic_copulas: Words  # Sudachi normalized forms
    topic_causes: Words  # Sudachi normalized forms
    class_goers: Words  # Sudachi normalized forms
    class_goers_out: Words  # Sudachi normalized forms
    class_rights: Words  # Sudachi normalized forms
    class_right_cases: Words  # Sudachi surfaces of particles
    class_right_verbs: Words  # Sudachi normalized forms
    class_candidates: Words  # Sudachi normalized forms
    class_offer: Patterns
    class_pending: Words  # Sudachi normalized forms
    proceeding: Words  # Sudachi normalized forms
    decided: Words  # Sudachi normalized forms
    decided_course: Words  # Sudachi normalized forms
    pending_results: Words  # Sudachi normalized forms
    pending_verbs: Words  # Sudachi normalized forms
    pending_nouns: Words  # Sudachi normalized forms
    regret: Words  # Sudachi normalized forms
    not_yet: Words  # Sudachi normalized forms
    next_steps: Patterns
    described: Words  # Sudachi normalized forms
    news: Words  # Sudachi normalized forms
    refused: Words  # Sudachi normalized forms
    revoked: Words  # Sudachi normalized forms (a compound's ending too)
    topic_verbs: Words  # Sudachi normalized forms
    emphatic: Words  # Sudachi normalized forms
    denial_links: Words  # Sudachi normalized forms
    arrangement: Words  # Sudachi normalized forms
    come_about: Words  # Sudachi normalized forms
    arranged_what: Patterns
    hiring: Words  # Sudachi normalized forms
    hiring_what: Patterns
    refrain: Words  # Sudachi normalized forms
    refrain_again: Patterns
    proceeding_what: Patterns
    english: Patterns
    english_window: int = Field(gt=0)


class Outcome(_Strict):
    context: Patterns
    stage_context: Patterns
    positive: Words  # Sudachi normalized forms
    negative: Words  # Sudachi normalized forms
    verdicts: Words  # Sudachi normalized forms
    verdict_then: Words  # Sudachi surfaces
    condition: Words  # Sudachi surfaces of conjunctive particles
    quotative: Words  # Sudachi normalized forms of quotative particles
    benefactive: Words  # Sudachi normalized forms
    reader: Patterns
    formal: Words  # Sudachi normalized forms
    not_about: Words  # Sudachi normalized forms
    scheduled: Words  # Sudachi normalized forms
    scheduled_cases: Words  # Sudachi surfaces of particles
    conditions: Words  # Sudachi normalized forms
    regrets: Words  # Sudachi normalized forms
    filled: Words  # Sudachi normalized forms
    verdict_nouns: Words  # Sudachi normalized forms
    fallen_short: Words  # Sudachi normalized forms
    hoped: Words  # Sudachi normalized forms
    exist: Words  # Sudachi normalized forms
    places: Words  # Sudachi normalized forms
    provision: Words  # Sudachi normalized forms
    intentions: Words  # Sudachi normalized forms: a plan (予定, つもり)
    readiness: Words  # Sudachi normalized forms: the means (体制, 余裕)
    ready: Words  # Sudachi normalized forms: the means made ready (整う)
    intake: Words  # Sudachi normalized or dictionary forms: taking people on
    intake_any: Words  # the hiring words that need no person named (雇う, 採用)
    persons: Words  # Sudachi normalized forms: the people taken on
    goodwill: Words  # Sudachi normalized forms: the goodwill accepted alone (気持ち)
    only: Words  # Sudachi surfaces: だけ, のみ
    receiving: Words  # Sudachi normalized forms: 頂戴, 受け取る
    working: Words  # Sudachi normalized forms: the reader's wish to work (働く, 修業)
    alternative: Pattern
    dealings: Patterns
    dealt: Words  # Sudachi normalized forms
    dealt_cases: Words  # Sudachi surfaces of case particles
    applying: Words  # Sudachi normalized forms
    selecting: Words  # Sudachi normalized forms
    matter_cases: Words  # Sudachi surfaces of case particles
    not_matter: Words  # Sudachi normalized forms
    granting: Words  # Sudachi normalized forms
    granted_cases: Words  # Sudachi surfaces of particles
    matter_domains: Words  # Sudachi normalized forms, one or two compounded
    domain_results: Words  # Sudachi normalized forms: a result a domain's matter is compounded with
    domain_cases: Words  # Sudachi surfaces of particles: a domain's matter as an object or a topic
    admissions: Words  # Sudachi normalized forms
    non_job: Words  # Sudachi normalized forms (or the last part of a compound)
    submitted: Words  # Sudachi normalized forms
    deferring: Words  # Sudachi normalized forms
    matter_about: Pattern
    verdict_words: Patterns
    matter_selection: Patterns  # a granted matter's own 採用 words and steps, see [outcome]
    employer_heads: Words  # Sudachi normalized forms: a hiring word's head naming an employer
    conceding: Words  # Sudachi surfaces of conjunctive particles
    conceding_verbs: Words  # Sudachi normalized forms: negated after に・も
    sending: Words  # Sudachi normalized forms
    completive: Words  # Sudachi normalized forms
    hiring: Patterns
    polite: Words  # Sudachi normalized forms
    hearsay: Words  # Sudachi normalized forms
    recalling: Words
    heard: Words  # Sudachi surfaces of hearsay or conjecture ending a sentence
    heard_after: Words  # Sudachi normalized forms of the finished predicate before it
    heard_fused: Words  # Sudachi surfaces of the past fused with hearsay (たって), after a verb
    finals: Words  # Sudachi surfaces of final particles after it  # Sudachi surfaces of particles
    meet_verbs: Words  # Sudachi normalized forms
    proposing: Words  # Sudachi conjugation forms
    wishing: Words  # Sudachi normalized forms
    questions: Words  # Sudachi surfaces of a question's end
    asking: Words  # Sudachi normalized forms
    day_parts: Patterns  # a day's part of the day, in a meeting proposed to an applicant
    choosing: Words  # Sudachi normalized forms: a request to tell or choose a time
    requesting: Words  # Sudachi normalized forms: a request's verb (頂く, 下さる)
    certified: Patterns
    examined: Patterns
    exam_results: Patterns
    exam_nouns: Patterns
    exam_employment: Patterns
    hiring_exam: Patterns
    employment: Patterns
    gatherings: Patterns
    unrelated: Words  # Sudachi normalized forms: a relation a selection word is denied
    unrelated_denied: Words  # Sudachi normalized forms: a relation denied in itself (無関係)
    unrelated_chain: Words  # Sudachi normalized forms: verbs and formal nouns of its chain
    application_open: Words  # Sudachi normalized forms: an application opened (可能, 受け付ける)
    application_regardless: Words  # Sudachi normalized forms: a concession (問わず, 関わらず)
    full: Patterns
    requests: Words  # Sudachi normalized forms
    request_matter: Words  # Sudachi normalized forms: the matter a request is named as (件)
    favours: Words  # Sudachi normalized forms (or a compound's last part)
    told_results: Words  # Sudachi normalized forms
    telling: Words  # Sudachi normalized forms
    applied: Patterns


class Waitlist(_Strict):
    status: Words  # each read as a sequence of Sudachi normalized forms
    heads: Words  # Sudachi normalized forms
    placed: Words  # Sudachi normalized forms of particles and copulas
    topic: Words  # Sudachi normalized forms
    superseded: Words  # Sudachi surfaces of conjunctive particles
    moved_up: Words  # Sudachi normalized forms


class Sentence(_Strict):
    denied: Pattern
    clause_end: Pattern
    time_clause_end: Pattern
    english_clause: Pattern
    reply: Pattern
    forward_prefix: Pattern


class Relay(_Strict):
    quotative: Words  # Sudachi surfaces
    linked: Words  # Sudachi surfaces
    sources: Words  # Sudachi surfaces
    prefixes: Words  # Sudachi surfaces
    saying: Words  # Sudachi normalized forms
    telling: Words  # Sudachi normalized forms
    passive: Words  # Sudachi normalized forms
    naming: Words  # Sudachi normalized forms
    verdicts: Words  # Sudachi normalized forms
    window: int


class History(_Strict):
    awaiting: Words  # Sudachi normalized forms
    ahead: Words  # Sudachi normalized forms
    telling: Words  # Sudachi normalized forms
    relaying: Words  # Sudachi normalized forms


class CalledOff(_Strict):
    planned: Words  # Sudachi normalized forms
    cancelling: Words  # Sudachi normalized forms
    holding: Words  # Sudachi normalized forms, as the lists below
    as_planned: Words
    events: Words
    appointments: Words
    days: Words
    recruitment: Words
    selection: Words
    others: Words
    declining: Words
    duties: Words
    slots: Words
    seated: Words
    dealings: Words
    steps: Words
    applied: Patterns
    before_applying: Patterns


class Kana(_Strict):
    share: float
    spaces_min: int
    prefixes: Words  # Sudachi surfaces of honorific prefixes
    vocabulary: Words  # sections of this file whose patterns' words are read
    dialect: list[tuple[Pattern, str]]  # a western spoken form and its standard reading


class NoticeData(_Strict):
    rejection: Rejection
    offer: Offer
    pass_: Pass = Field(alias="pass")
    interview_invite: Invite
    guards: Guards
    context: Context
    recruiting: Recruiting
    status: Status
    chosen: Chosen
    closure: Closure
    polarity: Polarity
    outcome: Outcome
    waitlist: Waitlist
    sentence: Sentence
    relay: Relay
    history: History
    called_off: CalledOff
    kana: Kana
