"""The shape of data/mail_replies.toml (pydantic): every pattern compiles, every section the
reply reader reads is there, nothing unknown is, and every cause it names is a cause of the
catalogue. Checked once per content (catalogue.checked_data); imported only when the reply
reader loads its rules (a notice's cold start skips pydantic)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from furikaeri.analyzer.types import KINDS
from furikaeri.mail.conduct import ConductData
from furikaeri.mail.observation import ObservationData
from furikaeri.mail.reply.lack import LackData
from furikaeri.mail.reply.leaving import LeavingData
from furikaeri.mail.reply.refusal import RefusalData, VerdictData
from furikaeri.mail.reply.stance import StanceData
from furikaeri.mail.reply.standing import StandingData
from furikaeri.vocabulary import check_pattern

Pattern = Annotated[str, AfterValidator(check_pattern)]
Patterns = list[Pattern]
Words = list[Annotated[str, Field(min_length=1)]]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _known_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    return kind


class QuotedReading(_Strict):
    """[[quoted]]: a finding code of the answer analyzer on quoted words, the cause it names,
    and the kind of answer the quote is read as."""

    code: str = Field(min_length=1)
    cause: str = Field(min_length=1)
    kind: Annotated[str, AfterValidator(_known_kind)]
    unless: Pattern | None = None  # words outside the quotes that rule this reading out
    # words of the sentence (quotes included) that make the quote the point with no frame:
    # the quote called a way of speaking (「…といった言い方」), the invitation to ask answered
    bare: Pattern | None = None
    only: Pattern | None = None  # the reading applies only where the sentence has these words
    # the reading reads a claim: a quote that tells a wish (a desiderative auxiliary,
    # [observation] wish: 「自分のお客様をつけて売上を伸ばしたい」) claims nothing; the words
    # around it say what was judged
    claims: bool = False


class Cause(_Strict):
    """[causes.<id>]: `topics` name the subject, `hints` describe it, `phrases` are the cause on
    their own; `words` (with their synonym groups) and `forms` are Sudachi normalized forms."""

    topics: Patterns = []
    hints: Patterns = []
    phrases: Patterns = []
    questions: Patterns = []
    words: Words = []
    forms: Words = []


class Concept(_Strict):
    """[[concept]]: one point of an interviewer's evaluation sheet (面接評価シート) tied to one
    cause: `words` (with their Sudachi synonym groups) and `forms` (normalized form only) name
    it; `fault` where the word names a fault by itself (遅刻, 愚痴), so that it needs no frame
    unless denied after it ([fault_denied])."""

    cause: str = Field(min_length=1)
    concept: str = Field(min_length=1)
    words: Words = []
    forms: Words = []
    fault: bool = False


class Contrast(_Strict):
    cause: str
    company: Pattern
    candidate: Pattern
    fit_frames: Pattern
    english_candidate: Pattern
    english_company: Pattern
    english_agree: Pattern
    role: list[str] = []  # nouns of the job a clause's topic may be (Sudachi normalized forms)
    types: list[str] = []  # nouns of a kind of person (タイプ, 方): the candidate told as one
    ways: Pattern | None = None  # the company's own way named (当社の方針, 理念): fit's topic
    relation: Pattern | None = None  # ... only beside a word relating to it (合わない, そぐわない)
    # the company's line of business (メイン, 主力; 会社 after a noun and の, not a trait of how
    # it is: 少人数): a gap against it is `business_cause`'s (motivation), no fit of ways
    business: list[str] = []
    firm: list[str] = []
    traits: list[str] = []
    business_cause: str | None = None


class Wish(_Strict):
    wish: Pattern
    gap: Pattern
    against: Pattern
    outweighs: Pattern
    conditions: Pattern | None = None  # a wish about the terms of employment: no fit
    ways: list[str] = []  # a way of working (働き方): beside the terms, still a fit
    careers: list[str] = []  # the career the candidate wants: キャリア, 志向, ビジョン
    roles: list[str] = []  # the role the company expects: 役割, 期待, 人物像
    abilities: list[str] = []  # what a requirement of skills is of: 経験, スキル, 能力


class Consequence(_Strict):
    cause: str
    drops: str
    words: Pattern
    unless: Pattern | None = None  # a clause matching it keeps the dropped cause


class Asked(_Strict):
    """[asked]: an embedded question of what happened; the words of `drops` causes inside it
    name none."""

    interrogatives: Words = Field(min_length=1)
    past: Words = Field(min_length=1)
    drops: list[str] = []
    episode: str | None = None  # the cause the question names in a clause naming nothing else
    degrees: Words = []  # right after the interrogative, a question of how much: no episode


class Effect(_Strict):
    """[effect]: what a critique kept the interviewer from taking in (a perception not reached,
    a point buried), after the link that makes the critique its cause."""

    of: list[str] = Field(min_length=1)  # the causes whose critique hides what follows
    perceive: Words = Field(min_length=1)
    obscured: Words = []
    causal: Words = Field(min_length=1)
    joined: Words = []
    shown: Words = []  # verbs of showing what the remedy would have shown: 示す, 伝える
    occasions: Words = []  # nouns of the occasion a remedy would have served: 場, 機会
    # causes whose remedy is the candidate telling what they want next (negative_reason)
    wished_next: list[str] = []


class OffTarget(_Strict):
    patterns: Pattern
    keeps: list[str]
    answer: Pattern
    question: Pattern
    mismatch: Pattern
    complaint: Pattern
    knowledge: Pattern


class QuotedReason(_Strict):
    """[quoted_reason]: a quoted reason for leaving that complains about people or about the
    former workplace's conditions."""

    cause: str = Field(min_length=1)
    context: Pattern
    people: Words
    conditions: Words  # Sudachi normalized forms
    reported: Pattern  # a talk that reports its content: 「…といったお話」「…ことを繰り返しお話し」
    opener: Pattern  # the company's clause before the content: 「退職理由を伺った際、」
    dwell: Pattern  # the talk went on: 続き, 繰り返し, 中心
    denied: Pattern  # the talk did not happen: 「…といったお話はありませんでした」
    # amounts told as the complaint (Sudachi normalized forms): a burden that was much
    # (残業が多い), a reward that was little (給料が低い)
    burdens: Words
    rewards: Words
    much: Words
    little: Words


class QuestionAbout(_Strict):
    subject: Pattern
    held: Pattern | None = None  # what an interest or a complaint is held about
    interest: list[str] = []  # nouns of interest (関心): the writer's own, held in the reader's
    holding: list[str] = []  # verbs of holding an interest (持つ, 抱く)


class Voiced(_Strict):
    """[voiced]: a voice (`nouns`: 声) that is an opinion voiced by others, read from Sudachi
    normalized forms: the feeling or judgement before it, or a source before it and a verb of
    emerging after it (`emerging`: 出る, 上がる)."""

    nouns: list[str] = Field(min_length=1)
    emerging: list[str] = Field(min_length=1)
    sources: list[str] = Field(min_length=1)  # the particle of a source: から


class DeclinedRelayed(_Strict):
    """[declined_relayed]: an answer not received (`said`) that is a refusal where the sentence
    names the company as the one asked or answering (`party`), unless what follows makes it an
    observation of the interview (`observed`); in such a sentence the company's answer received
    or awaited (`received`) is no answer of the candidate's."""

    said: Pattern
    party: Pattern
    observed: Pattern
    received: Pattern


class Header(_Strict):
    """[header]: a topic header at a sentence's head; `pattern` has a group named topic."""

    pattern: Pattern
    counters: Words = []  # the counter of a number of points (二つ, 3点)
    ordinal: Words = []  # after a numeral, an ordinal (一点目, 二つ目)
    ordinal_prefix: Words = []  # before a numeral, an ordinal (第一に)

    @model_validator(mode="after")
    def _has_topic(self) -> Header:
        import re

        if "topic" not in re.compile(self.pattern).groupindex:
            raise ValueError("[header] pattern needs a group named topic")
        return self


class Shortfall(_Strict):
    """[shortfall]: what makes a clause that speaks of skills a stated shortfall against the
    role (a cause named only by topic needs one)."""

    cause: str = Field(min_length=1)
    role: Pattern
    lemmas: Words = Field(min_length=1)
    denied: Words
    english: Pattern
    judged_as: Pattern
    supports: Words = []
    done: Words = []
    experience: Words = []  # nouns of experience had (経験): a claim's episode or a gap
    heard: Words = []  # verbs of the talk carrying it (伺う, 聞く, 話す): the talk's content
    scoped: Words = []  # lemmas that after に restrict a scope (「…場合に限り」): no shortfall
    links: Words = []  # nouns of a link (結び付き, 繋がり): experience as one side of it


def _english(pattern: str) -> str:
    """An English cue is matched on lower-cased text with spaces removed."""
    if not pattern.isascii() or pattern != pattern.lower() or " " in pattern:
        raise ValueError(f"not an English cue (ASCII, lower case, no spaces): {pattern!r}")
    return pattern


EnglishPatterns = list[Annotated[str, AfterValidator(check_pattern), AfterValidator(_english)]]


class EnglishCause(_Strict):
    """[causes.<id>] of data/mail_replies_en.toml: English entries added to the cause's own."""

    topics: EnglishPatterns = []
    hints: EnglishPatterns = []
    phrases: EnglishPatterns = []
    questions: EnglishPatterns = []


class EnglishCues(_Strict):
    """data/mail_replies_en.toml: English cues per cause of the catalogue."""

    causes: dict[str, EnglishCause]

    @model_validator(mode="after")
    def _causes_known(self) -> EnglishCues:
        from furikaeri.catalogue import CAUSE_IDS

        unknown = sorted(set(self.causes) - set(CAUSE_IDS))
        if unknown:
            raise ValueError(f"unknown cause ids: {unknown}")
        return self


class Published(_Strict):
    """[published]: a published source and a word of finding a fact there."""

    source: Pattern
    available: Pattern
    unless: Pattern
    effect: Pattern


class Quotes(_Strict):
    """[quotes]: a quote (group 1 its words), the company's words relayed after it, and a quote
    listed after or before a masked one (group 1 its words)."""

    quote: Pattern
    relayed: Pattern
    asked: Pattern
    theirs: Pattern | None = None  # the candidate's own question after 」
    listed_after: Pattern
    listed_before: Pattern
    # a block of quoted lines (「＞」「>」) relayed as the company's words: the line before it
    # announces them (`block_lead`) or the line after it goes on from them (`block_close`)
    block_lead: Pattern | None = None
    block_asks: Pattern | None = None  # below a lead: the request the lead answers
    item: Pattern | None = None  # after 」: the quote names an evaluation item
    belief: Pattern | None = None  # after 」: a quoted wish named as the candidate's thought
    block_close: Pattern | None = None


class Pending(_Strict):
    """[pending]: a refusal for now (`now`, in the sentence up to it) and an answer promised
    later (`later`, anywhere in the reply)."""

    now: Pattern
    later: Pattern


class LookedUp(_Strict):
    """[looked_up]: something the candidate could have looked up (`frame`, one of the frames) and
    the causes it may take from the sentences before, in order of preference (`causes`)."""

    frame: Pattern
    causes: list[str] = Field(min_length=1)
    published: Pattern | None = None  # what the company's own material already says


class Closed(_Strict):
    """[closed]: the opening itself stopped (`ended`) or another opening offered (`offered`)."""

    ended: Pattern
    offered: Pattern


class Elsewhere(_Strict):
    """[elsewhere]: the candidate's reason told to hold at any other company (Sudachi forms)."""

    cause: str
    places: list[str] = Field(min_length=1)  # 他社, 他, 余所, どこ
    holds: list[str] = Field(min_length=1)  # 言う, 当て嵌まる, 通用


class ReplyData(_Strict):
    ignore: Patterns
    declined: Patterns = Field(min_length=1)
    declined_scene: Pattern
    declined_wish: Pattern
    declined_asked: Pattern
    declined_graded: Pattern
    declined_relayed: DeclinedRelayed
    overall: Patterns
    overall_called: Pattern
    evaluative: Patterns
    frames: Patterns = Field(min_length=1)
    negated_frame_suffix: Pattern
    praise: Patterns
    praise_negated_suffix: Pattern
    praise_negated_english: Pattern
    connective_tail: Pattern
    courtesy: Patterns
    compared: list[str]
    compared_fit: Pattern
    compared_background: Pattern
    compared_short: Pattern
    compared_equal: Pattern
    clause_split: Pattern
    self_reference: Pattern
    causes: dict[str, Cause]
    concept: list[Concept] = []
    fault_denied: Pattern
    grade_good: Pattern
    grade_bad: Pattern
    anaphor: Pattern
    regret: Pattern
    anaphor_object: Pattern | None = None
    recurrence: Pattern
    recurrence_here: Pattern | None = None  # the same again here, asked in the clause
    means: Pattern
    told_kind: Pattern
    tellings: Words = Field(min_length=1)  # 説明, 話: a telling, of what its object names
    told_of: Pattern  # the particles that make the words before a telling its object
    told_ways: Words = Field(min_length=1)  # 伝え方: the way a content was put
    pool: Pattern
    answer_called: Pattern
    quoted: list[QuotedReading] = Field(min_length=1)
    quoted_reason: QuotedReason
    lack: LackData
    contrast: Contrast
    wish: Wish
    consequence: list[Consequence] = Field(min_length=1)
    effect: Effect
    asked: Asked
    off_target: OffTarget
    question_about: QuestionAbout
    shortfall: Shortfall
    header: Header
    refusal: RefusalData
    verdict: VerdictData
    conduct: ConductData
    observation: ObservationData
    stance: StanceData
    leaving: LeavingData
    standing: StandingData
    published: Published
    quotes: Quotes
    pending: Pending
    closed: Closed
    looked_up: LookedUp
    phrase_denied: Pattern
    elsewhere: Elsewhere | None = None
    voiced: Voiced | None = None

    @model_validator(mode="after")
    def _causes_known(self) -> ReplyData:
        from furikaeri.catalogue import CAUSE_IDS

        named = {
            *self.causes,
            *(c.cause for c in self.concept),
            *self.compared,
            self.contrast.cause,
            *(c.cause for c in self.consequence),
            *(c.drops for c in self.consequence),
            *self.effect.of,
            *self.asked.drops,
            *([self.asked.episode] if self.asked.episode else []),
            *self.off_target.keeps,
            *(q.cause for q in self.quoted),
            self.quoted_reason.cause,
            self.shortfall.cause,
            *([self.elsewhere.cause] if self.elsewhere else []),
            *self.looked_up.causes,
        }
        unknown = sorted(named - set(CAUSE_IDS))
        if unknown:
            raise ValueError(f"unknown cause ids: {unknown}")
        return self


class _Quoted(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quoted: list[QuotedReading] = Field(min_length=1)


def quoted_readings(data: dict[str, Any]) -> tuple[QuotedReading, ...]:
    """[[quoted]] of the parsed file as models (checked again: a malformed entry raises
    DataFileError naming the place)."""
    from furikaeri.catalogue import validated

    return tuple(validated("mail_replies.toml", _Quoted, {"quoted": data.get("quoted")}).quoted)
