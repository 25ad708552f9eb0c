"""The shape of the analyzer's data files (analyzer.toml, kinds.toml, topics.toml, cross.toml),
checked by pydantic once per content of each file (catalogue.checked_data) when the lexicon
loads: a missing key, a typo'd key or a pattern that does not compile fails at once with the
file and the place named (catalogue.DataFileError)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from furikaeri.analyzer.types import KINDS
from furikaeri.vocabulary import check_pattern

Pattern = Annotated[str, Field(min_length=1), AfterValidator(check_pattern)]
Patterns = Annotated[list[Pattern], Field(min_length=1)]
Words = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Orthography(Section):
    pairs: list[tuple[str, str]]

    @field_validator("pairs")
    @classmethod
    def _same_length(cls, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        for variant, canonical in pairs:
            if len(variant) != len(canonical):
                raise ValueError(f"{variant!r} → {canonical!r} changes the length (offsets)")
        return pairs


class Numbers(Section):
    pattern: Pattern
    single_kanji_pattern: Pattern


class Results(Section):
    patterns: Patterns


class Fillers(Section):
    pattern: Pattern
    per_minute_limit: float = Field(gt=0)
    min_count: int = Field(ge=1)


class CasualLemma(Section):
    lemma: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)


class CasualPattern(Section):
    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    pattern: Pattern
    suggestion: str = Field(min_length=1)
    spoken: bool = False  # conversational register, not slang: manners.spoken_style
    # a spoken form of polite speech itself (〜んですけど, 〜んですよね, a clause opened with で、):
    # all such forms count as one kind toward spoken_register_count
    polite: bool = False
    # a word of its own: a hit counts only where it ends at a word boundary of Sudachi's
    # analysis (slang 「とりま」 is とり + ま; 「とりました」 is 取る + ます and ends inside まし)
    word: bool = False
    # a connective opening a clause (で、 for それで): in an answer whose every sentence closes in
    # です/ます it is that polite speech told aloud and adds no kind toward the casual register
    connective: bool = False


class CasualWord(Section):
    """A colloquial word read on Sudachi's analysis where its normalized form alone would merge
    it with a neutral one (なん+か with 何か, ノリ with 海苔): its surfaces and part of speech,
    and the words that must (``then``) or must not (``not_then``) follow it."""

    surfaces: Words
    pos: str = Field(min_length=1)
    then: list[str] = []
    not_then: list[str] = []
    suggestion: str = Field(min_length=1)


class ReportedSpeech(Section):
    quotative: Words
    passive: Words
    receiving: Words
    speaker_particles: Words
    own_speaker: Words
    utterance_ends: Words
    unbracketed_reach: int = Field(ge=1)
    thinking: Words


class Hedge(Section):
    prefilter: Pattern
    roles: Words
    role_suffixes: Words
    viewpoints: Words
    viewpoint_adjectives: Words
    companions: Words
    teki_suggestion: str = Field(min_length=1)
    mitai_suggestion: str = Field(min_length=1)
    toka_suggestion: str = Field(min_length=1)


class VerbAsAdjective(Section):
    """A 五段 verb conjugated as an adjective (違くて, 違かった): the endings Sudachi misreads
    after the verb's kanji stem (surface and normalized form), the literal gate, a suggestion."""

    endings: list[tuple[str, str]] = Field(min_length=1)
    prefilter: Pattern
    suggestion: str = Field(min_length=1)


class Casual(Section):
    lemmas: list[CasualLemma]
    words: list[CasualWord] = []
    verb_as_adjective: VerbAsAdjective
    lemma_prefilter: Pattern
    pattern_prefilter: Pattern
    patterns: list[CasualPattern]
    ranuki_suggestion: str
    retasu_suggestion: str
    inuki_suggestion: str
    inuki_polite_suggestion: str
    cho_suggestion: str
    katakana_suggestion: str
    colloquial_verb_suggestion: str
    spoken_register_count: int = Field(ge=2)
    polite_close: Pattern
    reported_speech: ReportedSpeech
    hedge: Hedge

    @field_validator("patterns")
    @classmethod
    def _unique_names(cls, patterns: list[CasualPattern]) -> list[CasualPattern]:
        names = [p.name for p in patterns]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"casual pattern names must be unique: {dupes}")
        return patterns

    @model_validator(mode="after")
    def _spoken_suggestions_distinct(self) -> Casual:
        """A hit is told spoken from slang by its suggestion, so the two sets must not meet."""
        spoken = {p.suggestion for p in self.patterns if p.spoken} | {
            self.inuki_suggestion,
            self.inuki_polite_suggestion,
            self.colloquial_verb_suggestion,
        }
        shared = spoken & {p.suggestion for p in self.patterns if not p.spoken}
        if shared:
            raise ValueError(f"spoken and slang patterns share suggestions: {sorted(shared)}")
        if any(p.polite and not p.spoken for p in self.patterns):
            raise ValueError("a polite spoken pattern must be spoken")
        polite = {p.suggestion for p in self.patterns if p.polite}
        plain = {p.suggestion for p in self.patterns if p.spoken and not p.polite}
        if polite & (plain | {self.inuki_suggestion, self.colloquial_verb_suggestion}):
            raise ValueError(f"polite and plain spoken patterns share: {sorted(polite & plain)}")
        return self


class Blame(Section):
    phrases: Words
    targeted: Pattern
    former_job_question: Pattern
    patterns: Patterns
    negations: Pattern
    denials: Pattern
    set_aside: Pattern
    disclaimed_concepts: Words
    disclaimed_topics: Words
    disclaimed_accepts: Words
    disclaimed_praise: Words
    disclaimed_reach: int = Field(ge=1)
    disclaimed_formal: Words
    misfortune: Pattern
    inability: Pattern
    own_role: Pattern
    role_limit: Pattern
    tried: Pattern
    outcome_words: Words
    futile: Pattern
    futile_effort: Pattern
    facts: Pattern
    conduct_next: Words
    friction: Pattern
    expectation: Pattern
    relation_failed: Pattern
    attempts: Words


class ReverseQuestion(Section):
    question_end: Pattern
    none_patterns: Patterns
    nothing_comes: Pattern
    conditions: Pattern
    researchable: Pattern
    local_scope: Pattern
    researched: Pattern
    forward: Pattern
    permission: Pattern
    rather: Pattern
    ask_later: Pattern
    defer: Pattern
    greeting: Pattern
    point: Pattern
    point_asks: Pattern
    focus: Pattern
    echo: Pattern
    wh: Pattern
    basic_fact: Pattern
    told: Pattern
    count_place: Pattern
    how_many: Pattern
    price: Pattern
    what: Pattern
    what_is: Pattern
    exists: Pattern
    insight: Pattern
    amount_asked: Pattern
    not_counters: Words
    told_hope: Pattern
    told_talk: Words
    preface: Pattern
    named_ask: Pattern
    own_doing: Pattern
    own_offer: Pattern
    pace_spans: Words
    pace_links: Words
    pace_counts: Words
    take_home: Words


class Motivation(Section):
    generic_patterns: Patterns
    stop_nouns: Words
    industry_nouns: Words
    company_kinds: Words
    trade_acts: Words
    trade_steps: Words
    experience: Pattern
    industry_suffixes: Words
    slogan: Pattern
    industry_sentence: Pattern
    own_history: Pattern
    own_stance: Pattern
    taken_up: Pattern


class SelfPr(Section):
    lessons: Pattern
    claim_patterns: Patterns
    self_reference: Pattern
    situation: Pattern
    frame: Pattern
    vague_verbs: Words
    vague_objects: Words
    outcome_nouns: Words
    resolved_verbs: Words
    ability_nouns: Words
    liking_words: Words
    kind_nouns: Words
    quality_words: Words


class TenureReading(Section):
    """Reasons for a short stay read on Sudachi's analysis (normalized forms): see
    [short_tenure.read]."""

    placement: Words
    wish: Words
    difference: Words
    outside: Words
    checking: Words
    deciding: Words
    contrast: Words
    reach: int = Field(ge=1)


class ShortTenure(Section):
    reason_patterns: Patterns
    read: TenureReading
    complete_patterns: Pattern
    imagined: Pattern
    weak_reason_patterns: Pattern
    lesson_patterns: Pattern
    unlearned: Pattern
    vague_patterns: Pattern
    stay_counters: Words
    stay_spans: Words
    stay_starts: Words
    stay_soon: Words
    stay_reach: int = Field(ge=1)
    stay_between: Words
    leaving: Words
    stay_long: Pattern
    impossible: Words
    future_patterns: Patterns
    ahead: Pattern
    intent_nouns: Words
    health_patterns: Pattern
    present_patterns: Pattern
    withheld_patterns: Pattern


class Strengths(Section):
    conclusion_first: Pattern
    forward: Pattern
    work_question: Pattern


class Organisation(Section):
    """The words that name "this organisation" (当社, 当金庫, 貴法人): see
    lexicon.organisation_names."""

    nouns: Words
    own: Words
    addressed: Words
    # The organisation's own asked (当社の弱み), the speaker's own told: the off-topic finding's
    # {question_topic} ({noun}: the noun asked) and {question_hint}.
    candidate: Pattern  # the interviewer naming the candidate as owner (あなたの, ご自身の)
    owned_label: str = Field(min_length=1)
    owned_hint: str = Field(min_length=1)
    knowing: Words  # verbs of knowing (normalized): denied, the thing asked is not known
    unable: Words  # verbal suffixes of inability (normalized): 分かりかねる
    guess: Pattern  # a conjecture told after not knowing: the thing asked guessed at


class Routine(Section):
    habits: Words
    keep: Words
    habit_nouns: Words
    loose_counters: Words
    study: Words
    # Words of a plan (たい, つもり, 予定): a sentence holding one after the habit plans it.
    ahead: Words
    # Where one reads (テレビの, ネットの): before の and a genre word, no piece of news named.
    media: Words
    # The field one reads (経済, IT, 関連): before (の) a genre word, no piece of news named.
    sections: Words


class Concepts(Section):
    employer: Words
    people: Words
    gain: Words
    exclusive: Words
    pay: Words
    hours: Words
    leave: Words
    work: Words
    states: Words
    comparing: Words
    conditions: Words
    home: Words
    praise: Words
    perks: Words
    staff: Words
    development: Words
    conflict: Words
    researchable: Words
    listings: Words
    sites: Words
    business_acts: Words
    low_words: Words
    lacking_words: Words
    high_words: Words
    lasting_words: Words
    falling_words: Words
    negative_words: Words
    denied_words: Words
    fit_words: Words
    felt_words: Words
    disregard_manners: Words
    heeding: Words
    voiced: Words
    assigning: Words
    credit: Words
    vague_people: Words
    # A closed question's point answered in words of its own (大丈夫, 問題ありません, 難しい),
    # and verbs of knowing (存じる answers ご存じ).
    consent: Words
    knowing: Words
    relations: Words
    favours: Words
    joys: Words
    not_evaluative: Words
    popular: Words
    fame: Words
    reception: Words
    kin: Words
    mishap: Words
    body: Words
    managing: Words
    arrears: Words
    closure: Words
    calling: Words
    apology: Words
    qualified: Words
    leading: Words
    roles_taken: Words
    moving: Words
    lasting: Words
    harm: Words
    positions: Words
    person_suffixes: Words
    serving: Words
    clients: Words
    refusals: Words
    selling: Words
    constructive: Pattern


class Grammar(Section):
    """Closed classes of Japanese grammar the analyzer's rules read tokens by (lemmas, surface
    forms or normalized forms, as each comment in analyzer.toml says)."""

    explanatory_n: Words  # read with vocabulary.toml [negation] auxiliaries, by lemma
    opinion_verbs: Words
    clause_breaks: Words
    contrast_nouns: Words
    cause_breaks: Words
    concession: Pattern
    cause_clause: Pattern
    passive: Words
    benefactive: Words
    degree: Words
    absence_verbs: Words
    existence_verbs: Words
    blame_formal_nouns: Words
    argument_particles: Words
    topic_particles: Words
    copulas: Words
    excess: Words
    act_formal_nouns: Words
    when_nouns: Words
    wh_pronouns: Words
    indefinites: Words
    indefinite_gate: Pattern
    formal_heads: Words
    manner_wh: Words
    listing_particles: Words
    act_auxiliaries: Words
    te_auxiliaries: Words


class AnalyzerData(Section):
    grammar: Grammar
    orthography: Orthography
    numbers: Numbers
    results: Results
    fillers: Fillers
    casual: Casual
    blame: Blame
    reverse_question: ReverseQuestion
    motivation: Motivation
    self_pr: SelfPr
    short_tenure: ShortTenure
    strengths: Strengths
    organisation: Organisation
    routine: Routine
    concepts: Concepts


class KindRule(Section):
    kind: str
    patterns: Patterns

    @field_validator("kind")
    @classmethod
    def _known(cls, kind: str) -> str:
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        return kind


class KindsData(Section):
    rules: list[KindRule] = Field(min_length=1)


DemandName = Literal["episode", "method", "reason"]


class DemandForm(Section):
    """A form of question and what it demands of any answer (when its topic is unknown or not
    open): 「どう対応しましたか」 an own past action, 「どうやって…していますか」 a method."""

    name: DemandName
    question: Pattern
    label: str = Field(min_length=1)
    hint: str = Field(min_length=1)


class Demands(Section):
    forms: list[DemandForm] = Field(min_length=1)
    # Predicates of a stance, not an action: a sentence ending in one states a view
    # (「大切だと思います」); its verbs are no action of the candidate's. Normalized forms.
    stance_predicates: Words
    # Words of leaving an employer (normalized forms), and the verbs a noun of them takes after
    # を to be decided (退職を決める): one's own leaving told (demands.leaving).
    leaving_words: Words
    leaving_decided: Words
    leaving_about: Words
    # Verbs of thinking and saying: a stance when they quote a view (〜と思う), else an act.
    quoting_verbs: Words
    # Verbs that make a compound particle after に or を, before て (にとって, について, を通じて).
    particle_verbs: Words
    # Words by which an answer gives a reason of its own (a cause, a wish, a past event).
    reason: Pattern
    # A sentence about everything at once (「勉強もサークルもアルバイトも全力で」): an attitude,
    # not the one episode asked for.
    scatter: Pattern
    # Saying one never had what was asked (「失敗したことはありません」「ストレスはあまり感じ
    # ません」), read in a sentence that names a noun of the question …
    denial: Pattern
    # … unless something is conceded after it (「…ありませんが、」「ただ、」).
    conceded: Pattern
    # Nothing at all had (「何も学べませんでした」): a denial that needs no noun of the question.
    nothing: Pattern
    # Nouns any question has (経験, 方法), not what it is about.
    question_words: Words
    # Verbs of a change that befell the former workplace (縮小, 統合, 変わる, 止まる; normalized
    # forms): told, they give a reason for leaving in the answer's own words.
    change_verbs: Words
    # Nouns that, with に and なる, tell what the work was reduced or turned to (「保守が主な仕事
    # になりました」「運用だけになった」「受託中心の体制に」).
    change_into: Words
    # The former or current job named: with a wish, a reason for leaving in its own words.
    former_job: Pattern
    # Verbs of studying a thing, not doing it (読む, 勉強): no episode of the experience asked.
    study_verbs: Words
    # Nouns of where one was (アルバイト, 仕事): with を+する, no act of an episode.
    being_nouns: Words
    # Verbs that tell where one was, not what one did (働いていました): neither method nor episode.
    being_verbs: Words
    # Verbs of joining an employer (入社, 就職): a wish of these, or of being somewhere, is no
    # act of one's own ahead (「御社で働きたい」 tells no plan).
    joining_verbs: Words
    # Nouns naming a wish after a verb and の or こと (「御社で働くのが夢でした」).
    wish_nouns: Words
    # Verbs of spending a time (過ごす): a question of how one spent it demands no own act.
    spending_verbs: Words
    # Verbs of aiming at something ahead (目指す): told, an act of one's own ahead.
    aim_verbs: Words
    # Endings of a noun naming a workplace or a part of one (開発部, 営業課, 工場).
    place_ends: Words
    # A theme offered on a condition (「長所でしたら」): the words whose conditional form (仮定形)
    # closes it; and the copulas of a question asked back (「短所、ですか。」).
    conditional_copulas: Words
    # Verbs of telling after a theme with no は (「退職理由をお話しします」).
    telling_verbs: Words
    echo_copulas: Words
    # A yes/no question of an experience, and an answer opening with yes or no.
    yes_no_question: Pattern
    yes_or_no: Pattern
    # Verbs that carry the act of their object (「管理を担当しました」).
    carrier_verbs: Words
    # Verbs of ability or progress whose denial tells a hardship (進まない, まとまらず).
    stalled_verbs: Words
    # A closed question (whether one can, has, knows; or when), with no word asking what, how or
    # why, and the question's nouns that name no content of its own (the company, こと).
    closed_question: Pattern
    open_words: Pattern
    closed_ignored: Words

    @field_validator("forms")
    @classmethod
    def _unique(cls, forms: list[DemandForm]) -> list[DemandForm]:
        names = [f.name for f in forms]
        if len(set(names)) != len(names):
            raise ValueError(f"demand forms must have unique names: {names}")
        return forms


class TopicEntry(Section):
    name: str = Field(min_length=1)
    label: str = Field(min_length=1)
    question: Pattern
    answer: Pattern
    marks: Pattern | None = None
    hallmark: Pattern | None = None
    core: Pattern | None = None
    instead: Pattern | None = None  # what an answer tells in place of the topic (past for future)
    routine: bool = False  # one's own habit or study told instead misses it ([routine]: news)
    # With `routine`: the words naming the genre asked (新聞, ニュース), which in a sentence telling
    # one's routine name what one reads, not a piece of it (「毎朝新聞を読んでいます」).
    genre: Pattern | None = None
    # With `hardship`: words turning the genre asked down (「失敗というより」): no hardship named.
    turned_down: Pattern | None = None
    # Sentence ends telling a state going on now (〜ています): an answer all of such and past
    # ends, with none of `answer` nor `core`, tells the present for a question on the future.
    present: Pattern | None = None
    strict: bool = False  # an answer with none of `answer` misses the question
    # A concept of analyzer.toml [concepts]: a question holding one of its words (a seed, or a
    # word sharing a Sudachi synonym group with one) asks this topic, besides `question`.
    meaning: str | None = None
    # A concept of [concepts]: with `strict`, an answer naming one of its words (a party to what
    # is asked: 上司, チーム) is not missed for lacking `answer`.
    parties: str | None = None
    rivals: list[str] = []  # topics whose marks, without `core`, show another question answered
    # Words of acknowledgment (surfaces of an interjection) that may open an answer to this
    # yes/no topic without answering it (「はい、御社のことは説明会で知り…」).
    acknowledgment: list[str] = []
    # A question matching `pull_when` (a change of trade asked) is answered by what draws one
    # on: the topics of `pull` show no other question answered (their marks, their hallmark).
    pull_when: Pattern | None = None
    pull: list[str] = []
    kind: str | None = None  # the kind of question, for an answer given without one
    # What an answer to this topic must contain (a demand of [demands]), when the question
    # matches `demand_when` (or always, without it); `open`: an open personal question (hobby,
    # news), answered on its own terms, to which no form of question lends a demand;
    # `opposite`: words by which an answer, with none of `answer`, tells the opposite of what
    # was asked (「一人で結果を出す」 for a question about teamwork).
    demand: DemandName | None = None
    demand_when: Pattern | None = None
    open: bool = False
    opposite: Pattern | None = None
    # As a rival, the answer must match this too (the company addressed, for a motivation).
    addressee: Pattern | None = None
    # Words by which an answer sidesteps the question outright (「短所というより…」).
    evasion: Pattern | None = None
    # An episode question (ガクチカ) answered without an episode is judged as a self-PR too.
    as_self_pr: bool = False
    # An answer that tells how the former workplace changed ([demands].change_verbs) gives this
    # topic's core in its own words, whatever other topic it also names.
    change_is_core: bool = False
    # So does one that tells a circumstance of the candidate's own life or the body giving out at
    # the work (complaints.own_circumstance, readings.worn_out).
    circumstance_is_core: bool = False
    # The question asks for a hardship: an answer naming none (demands.hardship) misses it, one
    # naming one answers it.
    hardship: bool = False
    # The question asks for something wanting (a weakness, why one left): one named in any words
    # (demands.hardship: a negative word, an ability denied, 〜すぎる) answers it; an answer
    # naming none is read with the marks of every other topic, a setting's too (ゼミ, 専攻).
    flaw: bool = False
    # The question asks of something not the speaker's (the company, its product): a hardship
    # told in a sentence with the speaker as its topic (「私は粘り強い性格で、…難しいお客様も…」)
    # names none of it (offtopic._hardship_told).
    not_self: bool = False
    # A short answer is no fault here (the topic is read only for an evasion): no too_short.
    brief_ok: bool = False
    # An answer that gives nothing this topic asks for and mostly tells grievances (complaints
    # of the workplace, working conditions) or only a wish to work somewhere answers another
    # question (why one leaves, what one wants from an employer): demands.grievances_instead.
    grievances: bool = False
    # An answer with none of this topic's `answer` whose sentences mostly tell, in the past, what
    # the former workplace, its people or its conditions were or did (their subject): its
    # circumstances, not what the question asks (questions/offtopic._circumstances_instead); for
    # a topic any answer may address (`answer` '.': a self-PR), every sentence describing it.
    circumstances: bool = False
    # The topic is the candidate's record (a strength, a result, the work done, student days, who
    # one is): what a self-PR or a self-introduction tells. An answer that tells only such a
    # record and nothing of another topic asked answers one of these instead
    # (questions/offtopic._record_instead).
    record: bool = False
    # What this topic asks for is an act of one's own ahead (a wish or intention whose verb is
    # no mere working or joining, [demands].joining_verbs), not its `core` words.
    acts_ahead: bool = False
    # How an answer's first sentence says outright that it answers this topic (communication.
    # off_topic, analyzer/questions/declaration.declared): `theme`, the words before its first は
    # read by Sudachi's normalized forms, each entry all present and its last one the head of
    # the theme (「私の長所は」 ["長所"], 「志望した理由は」 ["志望", "理由"], 「辞めたのは」
    # ["辞める", "の"]); `declares`, words anywhere in the first sentence (「〜と申します」).
    theme: list[Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]] = []
    declares: Pattern | None = None
    # `names_self`: a first sentence that is a person's name and a copula only (Sudachi's
    # 固有名詞・人名: 「佐藤です。」), as 「〜と申します」 says, declares this topic.
    names_self: bool = False
    # `befell`: something that befell the speaker (〜てしまう: 「別の店舗に届けてしまった」)
    # tells what this topic asks (a failure, a weakness shown), in whatever words.
    befell: bool = False
    # Topics whose declaration still answers this one (a self-PR told as 「私の長所は」), and
    # those that are its opposite (長所 for 短所): an opposite declared misses the question
    # unless the answer names this topic's marks too.
    akin: list[str] = []
    opposites: list[str] = []
    # The marks name a setting of one's life (学生時代, サークル): an answer to an open
    # question may share them on its own terms, so they show this topic answered instead only
    # for a question that is not open.
    setting: bool = False
    hint: str = Field(min_length=1)

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str | None) -> str | None:
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}; known: {', '.join(KINDS)}")
        return kind


class TopicsData(Section):
    topics: list[TopicEntry] = Field(min_length=1)
    demands: Demands

    @field_validator("topics")
    @classmethod
    def _known_relations(cls, topics: list[TopicEntry]) -> list[TopicEntry]:
        names = {t.name for t in topics}
        for t in topics:
            unknown = [n for n in (*t.akin, *t.opposites, *t.rivals, *t.pull) if n not in names]
            if unknown:
                raise ValueError(f"topic {t.name!r} names unknown topics: {', '.join(unknown)}")
        return topics


class CrossAnswered(Section):
    kind: Literal["self_pr", "motivation", "reason_for_leaving"]
    asked: tuple[str, ...] = Field(min_length=1)
    topics: tuple[str, ...] = ()
    claims: int = Field(default=0, ge=0)
    complaints: bool = False
    untold_mishap: bool = False
    # (empty: the kind is recognised, for [short_stay], but none of its findings is added)
    codes: tuple[str, ...] = ()


class CrossComplained(Section):
    topics: tuple[str, ...]
    cored: tuple[str, ...] = ()
    acted: tuple[str, ...] = ()
    nothing: Pattern
    escape: tuple[str, ...] | None = None  # verbs, Sudachi normalized forms
    share: float = Field(gt=0, le=1)


class CrossSettings(Section):
    topics: tuple[str, ...]


class CrossShortStay(Section):
    kinds: tuple[str, ...]
    answers: tuple[str, ...]
    topic: str
    cores: tuple[str, ...] = ()
    origin: Pattern | None = None
    stay_words: tuple[str, ...] = ()
    stay_spans: tuple[str, ...] = ()
    every_place: Pattern | None = None


class CrossInstead(Section):
    topics: tuple[str, ...]
    kinds: tuple[str, ...]
    drops: tuple[str, ...] = ()


class CrossChosen(Section):
    topics: tuple[str, ...]
    asked: tuple[str, ...]


class CrossLeft(Section):
    topics: tuple[str, ...]
    genre: str
    drops: tuple[str, ...] = ()


class CrossBorrowed(Section):
    topics: tuple[str, ...]
    own: Pattern


class CrossUnasked(Section):
    kinds: tuple[str, ...]
    genres: tuple[str, ...] = Field(min_length=1)
    common: tuple[str, ...]
    label: str = Field(min_length=1)
    hint: str = Field(min_length=1)
    personal: tuple[str, ...] = ()  # topics of one's own life: a genre for a company question
    view: Pattern | None = None  # a view of one's own given (〜と思います): no story instead
    event_asked: Pattern | None = None  # the question asks for an event (嬉しかったこと)
    event_named: Pattern | None = None  # a first sentence naming one (…言っていただいたことです)
    deed_verbs: tuple[str, ...] = ()  # 何をしていましたか: a question of what one did
    span_nouns: tuple[str, ...] = ()  # 空白期間について: a stretch of time asked about
    career_spans: tuple[str, ...] = ()  # 3年, 5年間: the time one worked somewhere
    firm_counters: tuple[str, ...] = ()  # 二社, 一社目: workplaces counted


class CrossBlamed(Section):
    kinds: tuple[str, ...]
    conceded: Pattern


class CrossUnreasoned(Section):
    kinds: tuple[str, ...]
    demands: tuple[str, ...] = ()
    reasons: tuple[str, ...]
    told: Pattern
    because: tuple[str, ...]
    drops: tuple[str, ...] = ()


class CrossData(Section):
    """The shape of data/cross.toml (read by analyzer/cross/table.py)."""

    answered: tuple[CrossAnswered, ...]
    complained: CrossComplained
    settings: CrossSettings
    short_stay: CrossShortStay
    instead: CrossInstead
    chosen: CrossChosen
    left: CrossLeft
    borrowed: CrossBorrowed
    unasked: CrossUnasked
    blamed: CrossBlamed
    unreasoned: CrossUnreasoned
