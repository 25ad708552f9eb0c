"""The reply reader's rules: data/mail_replies.toml and data/mail_replies_en.toml checked
against furikaeri.mail.reply.schema and compiled once (moved from furikaeri.mail.reply)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from furikaeri.catalogue import checked_data
from furikaeri.mail.conduct import ConductData, ConductForms
from furikaeri.mail.observation import ObservationForms
from furikaeri.mail.reply.leaving import LeavingForms
from furikaeri.mail.reply.refusal import RefusalForms
from furikaeri.mail.reply.stance import StanceForms
from furikaeri.mail.reply.standing import StandingForms
from furikaeri.mail.reply.words import _Words, _words
from furikaeri.patterns import matcher, union
from furikaeri.vocabulary import negation

_Opt = re.Pattern[str] | None  # an optional pattern of the data


def _optional(table: dict[str, Any], key: str) -> _Opt:
    """``table[key]`` compiled, or None where the data leaves it out."""
    return re.compile(table[key]) if table.get(key) else None


@dataclass(frozen=True)
class _CauseRule:
    topics: re.Pattern[str] | None
    hints: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    words: _Words = field(default_factory=_Words)
    questions: re.Pattern[str] | None = None
    faults: _Words = field(default_factory=_Words)  # [[concept]] fault: a fault by itself
    # a topic named only beside a word relating the reader to it: (topic, relation). The fit
    # cause's, from [contrast] ways and relation (「当社の方針とそぐわない」; the way named alone,
    # researched or praised, is none)
    related: tuple[re.Pattern[str], re.Pattern[str]] | None = None


@dataclass(frozen=True)
class _ReplyRules:
    ignore: re.Pattern[str]
    declined: re.Pattern[str]
    declined_scene: re.Pattern[str]
    declined_wish: re.Pattern[str]  # the candidate's wish as what is not answered
    declined_asked: re.Pattern[str]
    declined_graded: re.Pattern[str]  # an explanation weighed: the candidate's
    # [declined_relayed]: said, party, observed, received
    declined_relayed: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    overall: re.Pattern[str]
    overall_called: re.Pattern[str]  # what the formula is called: 「…」というご回答
    evaluative: re.Pattern[str]
    frames: re.Pattern[str]
    negated: re.Pattern[str]
    split: re.Pattern[str]
    causes: dict[str, _CauseRule]
    fault_denied: re.Pattern[str]  # what denies a fault word after it
    grade_good: re.Pattern[str]  # 「志望動機：◎」: a sheet's item graded well
    grade_bad: re.Pattern[str]  # 「逆質問　×」: graded badly
    anaphor: re.Pattern[str]  # a word pointing back to the sentence before (そこ, その点)
    regret: re.Pattern[str]  # a regret at the outcome (もったいない, 惜しい, 残念)
    anaphor_object: re.Pattern[str] | None  # the same as an object (その点を満たして)
    recurrence: re.Pattern[str]  # the same situation again (同様の状況): the point before
    recurrence_here: re.Pattern[str] | None  # 「当社で同じような場面があったときにどう…のか」
    means: re.Pattern[str]  # 「ご経験を活かして」 before what the candidate wants: no topic
    told_kind: re.Pattern[str]  # 「専門的な」 of a talk to tell: what is told, no topic
    tellings: frozenset[str]  # 説明, 話: a telling, of what its object names
    told_of: re.Pattern[str]  # について(の), の: the words before a telling are its object
    told_ways: frozenset[str]  # 伝え方, 言い方: the way a content was put
    pool: re.Pattern[str]  # the field of applicants and slots, context of a refusal
    answer_called: re.Pattern[str]  # 「…」とのお答え: the answer named as what was said
    praise: re.Pattern[str]
    praise_negated: re.Pattern[str]
    praise_negated_english: re.Pattern[str]
    connective_tail: re.Pattern[str]
    compared: tuple[str, ...]
    compared_fit: re.Pattern[str]
    compared_background: re.Pattern[str]
    compared_short: re.Pattern[str]
    compared_equal: re.Pattern[str]  # the others' experience told as the same
    question_about: re.Pattern[str]
    held_about: re.Pattern[str] | None  # [question_about] held: the object of an interest
    interest: frozenset[str]  # [question_about] interest: 関心, 興味
    holding: frozenset[str]  # [question_about] holding: 持つ, 抱く
    courtesy: re.Pattern[str]
    contrast_cause: str
    contrast_company: re.Pattern[str]
    contrast_candidate: re.Pattern[str]
    contrast_fit: re.Pattern[str]
    contrast_english: tuple[re.Pattern[str], re.Pattern[str]]  # (candidate, company)
    contrast_agree: re.Pattern[str]
    contrast_role: frozenset[str]  # [contrast] role: 職, 職種, ポジション (the job as topic)
    contrast_types: frozenset[str]  # [contrast] types: タイプ, 方 (a kind of person)
    # [contrast] business, firm, traits, business_cause: the company's way told as its line of
    # business (「うちは賃貸管理がメイン」「当社は物流の会社」): a gap against it is motivation's
    contrast_business: frozenset[str]
    contrast_firm: frozenset[str]
    contrast_traits: frozenset[str]
    contrast_business_cause: str
    # (cause, the cause it drops, its words, unless), see [[consequence]]
    consequences: tuple[tuple[str, str, re.Pattern[str], re.Pattern[str] | None], ...]
    # [effect] perceive, obscured, causal, of, joined: what a critique kept from the interviewer
    effect: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
    shown: frozenset[str]  # [effect] shown: what a remedy would have shown (示す, 伝える)
    occasions: frozenset[str]  # [effect] occasions: what it would have served (場, 機会)
    wished_next: frozenset[str]  # [effect] wished_next: a remedy told as the wish (negative_reason)
    # [asked] interrogatives, past, drops, episode: an embedded question of what happened
    asked: tuple[frozenset[str], frozenset[str], tuple[str, ...], str | None]
    asked_degrees: frozenset[str]  # [asked] degrees: 「どれくらい」「どの程度」, how much
    off_target: re.Pattern[str]
    off_target_keeps: frozenset[str]
    # an answer, the question, their mismatch in one clause, and a complaint that makes the
    # mismatch negative_reason's (see [off_target])
    beside: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    complaint: re.Pattern[str]
    quoted: tuple[Any, ...]  # reply.schema.QuotedReading
    wish: re.Pattern[str]
    wish_gap: re.Pattern[str]
    wish_against: re.Pattern[str]  # the company's way set against the wish that follows
    wish_outweighs: re.Pattern[str]  # the wish told as the stronger one (お考えが強い)
    wish_conditions: re.Pattern[str] | None  # a wish about the terms (勤務地, 日勤): no fit
    wish_ways: frozenset[str]  # [wish] ways: a way of working named beside the terms is a fit
    wish_careers: frozenset[str]  # [wish] careers: the career wanted (キャリア, 志向)
    wish_roles: frozenset[str]  # [wish] roles: the role expected (役割, 期待)
    wish_abilities: frozenset[str]  # [wish] abilities: beside the terms, still a skills point
    header: re.Pattern[str]  # [header]: a topic header, group "topic"
    # [header] counters, ordinal, ordinal_prefix: points counted out
    points: tuple[frozenset[str], frozenset[str], frozenset[str]]
    # [shortfall]: (cause, role words, predicate lemmas, English)
    shortfall: tuple[str, re.Pattern[str], frozenset[str], re.Pattern[str]]
    # [shortfall] denied, vocabulary.toml [negation]
    shortfall_denied: tuple[frozenset[str], frozenset[str]]
    shortfall_judged_as: re.Pattern[str]  # [shortfall] judged_as
    shortfall_scoped: frozenset[str]  # [shortfall] scoped: 限る after に restricts, no lack
    shortfall_links: frozenset[str]  # [shortfall] links: experience linked, another's material
    shortfall_supports: frozenset[str]  # [shortfall] supports
    shortfall_done: frozenset[str]  # [shortfall] done: work never done (「使ったことがない」)
    # [shortfall] experience, heard: experience of no kind as the talk's content
    shortfall_heard: tuple[frozenset[str], frozenset[str]]
    # [quoted_reason]: (cause, context outside the quote, the people and conditions words)
    quoted_reason: tuple[str, re.Pattern[str], _Words]
    # [quoted_reason] reported, opener, dwell, denied: a complaint told as a talk's content
    reported: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    # [quoted_reason] (burdens, much), (rewards, little): an amount told as the complaint
    amounts: tuple[tuple[frozenset[str], frozenset[str]], ...]
    quote: re.Pattern[str]  # [quotes] quote: 「…」『…』, group 1 the words
    relayed: re.Pattern[str]  # [quotes] relayed: the company's words after the closing 」
    question_quoted: re.Pattern[str]  # [quotes] asked: the interviewer's question after 」
    question_theirs: re.Pattern[str] | None  # [quotes] theirs: the candidate's question after 」
    listed: tuple[re.Pattern[str], re.Pattern[str]]  # [quotes] listed_after, listed_before
    phrase_denied: re.Pattern[str]  # [phrase_denied]: what denies a self-framed phrase
    pending: tuple[re.Pattern[str], re.Pattern[str]]  # [pending] now, later
    closed: tuple[re.Pattern[str], re.Pattern[str]]  # [closed] ended, offered
    # [looked_up] frame, causes: what could have been looked up, and what it may be of
    looked_up: tuple[re.Pattern[str], tuple[str, ...]]
    concluded: re.Pattern[str]  # [verdict] concluded: the company's own conclusion
    refusal: RefusalForms  # [refusal]
    verdict: tuple[
        frozenset[str], re.Pattern[str], re.Pattern[str]
    ]  # [verdict] forms, relayed, only
    # [verdict] pardoned, requests: the reader's understanding of the result asked
    verdict_pardoned: tuple[frozenset[str], frozenset[str]]
    # [verdict] encourages: the writer's belief in the reader's future, cheering them on
    verdict_encourages: _Opt
    conduct: tuple[ConductForms, re.Pattern[str]]  # [conduct], its English
    observation: ObservationForms  # [observation]
    stance: StanceForms  # [stance]
    leaving: LeavingForms  # [leaving]
    standing: StandingForms  # [standing]
    knowledge: re.Pattern[str]  # [off_target] knowledge
    # [published] source, available, unless, effect
    published: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    # [elsewhere] cause, places, holds: a reason told to hold at any other company
    elsewhere: tuple[str, frozenset[str], frozenset[str]] | None = None
    # [voiced] nouns, emerging, sources: a voice that is an opinion voiced by others
    voiced: tuple[frozenset[str], frozenset[str], frozenset[str]] = (
        frozenset(),
        frozenset(),
        frozenset(),
    )
    # [quotes] block_lead, block_close: a quoted block relayed as the company's words
    # block_asks: below a lead, the candidate's request the lead answers
    quote_block: tuple[_Opt, _Opt, _Opt] = (None, None, None)
    # [quotes] item: after its closing 」, the quote names an evaluation item, no answer
    quoted_item: re.Pattern[str] | None = None
    # [quotes] belief: after its closing 」, a quoted wish is the candidate's thought, no topic
    quoted_belief: re.Pattern[str] | None = None


def _fast(patterns: list[str]) -> re.Pattern[str]:
    """The union of ``patterns`` behind a lookahead on the characters a match can start with
    (furikaeri.patterns.matcher), when that is a plain ``re`` pattern: the same matches, found
    faster, since the reply reader runs every union on every clause."""
    compiled = matcher(patterns)
    return compiled if isinstance(compiled, re.Pattern) else union(patterns)


def _looked_up(data: dict[str, Any]) -> str:
    """[looked_up] `frame`, with `published` as one more way of telling it where given."""
    looked = data["looked_up"]
    return (
        f"{looked['frame']}|{looked['published']}" if looked.get("published") else looked["frame"]
    )


def _maybe(patterns: list[str]) -> re.Pattern[str] | None:
    return _fast(patterns) if patterns else None


@cache
def _reply_rules() -> _ReplyRules:
    from furikaeri.mail.reply.schema import quoted_readings

    data = checked_data(
        "mail_replies.toml",
        "furikaeri.mail.reply.schema:ReplyData",
        depends=(
            "furikaeri.mail.reply.lack",
            "furikaeri.mail.reply.denial",
            "furikaeri.mail.reply.refusal",
            "furikaeri.mail.conduct",
            "furikaeri.mail.observation",
            "furikaeri.mail.reply.stance",
            "furikaeri.mail.reply.leaving",
            "furikaeri.mail.reply.standing",
            "furikaeri.vocabulary",
            "furikaeri.analyzer.types",
        ),
    )
    english = checked_data("mail_replies_en.toml", "furikaeri.mail.reply.schema:EnglishCues")
    en = english["causes"]

    own = f"(?:当社|{data['self_reference']})"

    def both(cid: str, key: str) -> list[str]:  # the cause's entries, then its English ones
        # 当社 stands for any organisation's name for itself (当金庫, 当組合, 当研究所)
        mine = [p.replace("当社", own) for p in data["causes"][cid].get(key, [])]
        return [*mine, *en.get(cid, {}).get(key, [])]

    concepts = data.get("concept", [])
    negators = sorted(negation().predicates)  # data/vocabulary.toml [negation]

    def concept(cid: str, key: str, *, faults: bool = False) -> list[str]:
        # [[concept]] entries of the cause: all of them name its topic, the faults also alone
        return [
            w
            for c in concepts
            if c["cause"] == cid and (c.get("fault", False) or not faults)
            for w in c.get(key, [])
        ]

    causes = {
        cid: _CauseRule(
            topics=_maybe(both(cid, "topics")),
            hints=_maybe(both(cid, "hints")),
            phrases=_maybe(both(cid, "phrases")),
            words=_words(
                [*c.get("words", []), *concept(cid, "words")],
                [*c.get("forms", []), *concept(cid, "forms")],
            ),
            questions=_maybe(both(cid, "questions")),
            faults=_words(concept(cid, "words", faults=True), concept(cid, "forms", faults=True)),
        )
        for cid, c in data["causes"].items()
    }
    contrast = data["contrast"]
    if contrast["cause"] in causes and contrast.get("ways") and contrast.get("relation"):
        causes[contrast["cause"]] = replace(
            causes[contrast["cause"]],
            related=(re.compile(contrast["ways"]), re.compile(contrast["relation"])),
        )
    quoted = quoted_readings(data)
    return _ReplyRules(
        ignore=_fast(data["ignore"]),
        declined=_fast(data["declined"]),
        declined_scene=re.compile(data["declined_scene"]),
        declined_wish=re.compile(data["declined_wish"]),
        declined_asked=re.compile(data["declined_asked"]),
        declined_graded=re.compile(data["declined_graded"]),
        declined_relayed=(
            re.compile(data["declined_relayed"]["said"]),
            re.compile(data["declined_relayed"]["party"]),
            re.compile(data["declined_relayed"]["observed"]),
            re.compile(data["declined_relayed"]["received"]),
        ),
        overall=_fast(data["overall"]),
        overall_called=re.compile(data["overall_called"]),
        evaluative=_fast(data["evaluative"]),
        frames=_fast([*data["frames"], _looked_up(data)]),
        looked_up=(re.compile(_looked_up(data)), tuple(data["looked_up"]["causes"])),
        negated=re.compile(data["negated_frame_suffix"]),
        split=re.compile(data["clause_split"]),
        causes=causes,
        fault_denied=re.compile(data["fault_denied"]),
        grade_good=re.compile(data["grade_good"]),
        grade_bad=re.compile(data["grade_bad"]),
        anaphor=re.compile(data["anaphor"]),
        regret=re.compile(data["regret"]),
        anaphor_object=re.compile(data["anaphor_object"]) if "anaphor_object" in data else None,
        recurrence=re.compile(data["recurrence"]),
        recurrence_here=(
            re.compile(data["recurrence_here"].replace("当社", own))
            if data.get("recurrence_here")
            else None
        ),
        means=re.compile(data["means"]),
        told_kind=re.compile(data["told_kind"]),
        tellings=frozenset(data["tellings"]),
        told_of=re.compile(data["told_of"]),
        told_ways=frozenset(data["told_ways"]),
        pool=re.compile(data["pool"]),
        answer_called=re.compile(data["answer_called"]),
        praise=_fast(data["praise"]),
        praise_negated=re.compile(data["praise_negated_suffix"]),
        praise_negated_english=re.compile(data["praise_negated_english"]),
        connective_tail=re.compile(data["connective_tail"]),
        compared=tuple(data["compared"]),
        compared_fit=re.compile(data["compared_fit"]),
        compared_background=re.compile(data["compared_background"]),
        compared_short=re.compile(data["compared_short"]),
        compared_equal=re.compile(data["compared_equal"]),
        question_about=re.compile(data["question_about"]["subject"]),
        interest=frozenset(data["question_about"].get("interest", [])),
        holding=frozenset(data["question_about"].get("holding", [])),
        held_about=(
            re.compile(data["question_about"]["held"])
            if data["question_about"].get("held")
            else None
        ),
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
        contrast_role=frozenset(data["contrast"].get("role", [])),
        contrast_types=frozenset(data["contrast"].get("types", [])),
        contrast_business=frozenset(data["contrast"].get("business", [])),
        contrast_firm=frozenset(data["contrast"].get("firm", [])),
        contrast_traits=frozenset(data["contrast"].get("traits", [])),
        contrast_business_cause=data["contrast"].get("business_cause") or data["contrast"]["cause"],
        consequences=tuple(
            (
                c["cause"],
                c["drops"],
                re.compile(c["words"].replace("当社", own)),  # 当院, 当店 as the causes' topics
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
        wish_conditions=(
            re.compile(data["wish"]["conditions"]) if data["wish"].get("conditions") else None
        ),
        wish_ways=frozenset(data["wish"].get("ways", [])),
        wish_careers=frozenset(data["wish"].get("careers", [])),
        wish_roles=frozenset(data["wish"].get("roles", [])),
        wish_abilities=frozenset(data["wish"].get("abilities", [])),
        header=re.compile(data["header"]["pattern"]),
        points=(
            frozenset(data["header"].get("counters", [])),
            frozenset(data["header"].get("ordinal", [])),
            frozenset(data["header"].get("ordinal_prefix", [])),
        ),
        shortfall=(
            data["shortfall"]["cause"],
            re.compile(data["shortfall"]["role"]),
            frozenset(data["shortfall"]["lemmas"]),
            re.compile(data["shortfall"]["english"]),
        ),
        shortfall_denied=(
            frozenset(data["shortfall"]["denied"]),
            frozenset(negators),
        ),
        shortfall_judged_as=re.compile(data["shortfall"]["judged_as"]),
        shortfall_scoped=frozenset(data["shortfall"].get("scoped", [])),
        shortfall_links=frozenset(data["shortfall"].get("links", [])),
        shortfall_supports=frozenset(data["shortfall"].get("supports", [])),
        shortfall_done=frozenset(data["shortfall"].get("done", [])),
        shortfall_heard=(
            frozenset(data["shortfall"].get("experience", [])),
            frozenset(data["shortfall"].get("heard", [])),
        ),
        quoted_reason=(
            data["quoted_reason"]["cause"],
            re.compile(data["quoted_reason"]["context"]),
            _words(data["quoted_reason"]["people"], data["quoted_reason"]["conditions"]),
        ),
        reported=(
            re.compile(data["quoted_reason"]["reported"]),
            re.compile(data["quoted_reason"]["opener"]),
            re.compile(data["quoted_reason"]["dwell"]),
            re.compile(data["quoted_reason"]["denied"]),
        ),
        amounts=(
            (
                frozenset(data["quoted_reason"]["burdens"]),
                frozenset(data["quoted_reason"]["much"]),
            ),
            (
                frozenset(data["quoted_reason"]["rewards"]),
                frozenset(data["quoted_reason"]["little"]),
            ),
        ),
        refusal=RefusalForms.of(data["refusal"], negators),
        verdict=(
            frozenset(data["verdict"]["forms"]),
            re.compile(data["verdict"]["relayed"]),
            re.compile(data["verdict"]["only"]),
        ),
        verdict_pardoned=(
            frozenset(data["verdict"].get("pardoned", [])),
            frozenset(data["verdict"].get("requests", [])),
        ),
        verdict_encourages=_optional(data["verdict"], "encourages"),
        conduct=(
            ConductForms.of(ConductData.model_validate(data["conduct"]), negators),
            re.compile(data["conduct"]["english"]),
        ),
        observation=ObservationForms.of(data["observation"], negators),
        stance=StanceForms.of(data["stance"], negators),
        leaving=LeavingForms.of(data["leaving"]),
        asked=(
            frozenset(data["asked"]["interrogatives"]),
            frozenset(data["asked"]["past"]),
            tuple(data["asked"].get("drops", [])),
            data["asked"].get("episode"),
        ),
        asked_degrees=frozenset(data["asked"].get("degrees", [])),
        effect=(
            frozenset(data["effect"]["perceive"]),
            frozenset(data["effect"].get("obscured", [])),
            frozenset(data["effect"]["causal"]),
            frozenset(data["effect"]["of"]),
            frozenset(data["effect"].get("joined", [])),
        ),
        shown=frozenset(data["effect"].get("shown", [])),
        occasions=frozenset(data["effect"].get("occasions", [])),
        wished_next=frozenset(data["effect"].get("wished_next", [])),
        standing=StandingForms.of(data["standing"], negators),
        knowledge=re.compile(data["off_target"]["knowledge"]),
        quote=re.compile(data["quotes"]["quote"]),
        relayed=re.compile(data["quotes"]["relayed"]),
        question_quoted=re.compile(data["quotes"]["asked"]),
        question_theirs=_optional(data["quotes"], "theirs"),
        listed=(
            re.compile(data["quotes"]["listed_after"]),
            re.compile(data["quotes"]["listed_before"]),
        ),
        phrase_denied=re.compile(data["phrase_denied"]),
        pending=(re.compile(data["pending"]["now"]), re.compile(data["pending"]["later"])),
        closed=(re.compile(data["closed"]["ended"]), re.compile(data["closed"]["offered"])),
        concluded=re.compile(data["verdict"]["concluded"]),
        published=(
            re.compile(data["published"]["source"]),
            re.compile(data["published"]["available"]),
            re.compile(data["published"]["unless"]),
            re.compile(data["published"]["effect"]),
        ),
        elsewhere=(
            (
                data["elsewhere"]["cause"],
                frozenset(data["elsewhere"]["places"]),
                frozenset(data["elsewhere"]["holds"]),
            )
            if data.get("elsewhere")
            else None
        ),
        voiced=(
            (
                frozenset(data["voiced"]["nouns"]),
                frozenset(data["voiced"]["emerging"]),
                frozenset(data["voiced"]["sources"]),
            )
            if data.get("voiced")
            else (frozenset(), frozenset(), frozenset())
        ),
        quote_block=(
            _optional(data["quotes"], "block_lead"),
            _optional(data["quotes"], "block_close"),
            _optional(data["quotes"], "block_asks"),
        ),
        quoted_item=_optional(data["quotes"], "item"),
        quoted_belief=_optional(data["quotes"], "belief"),
    )
