"""Reverse questions about working conditions (pay, overtime, leave:
reverse_question.conditions), told from the same words used as a setting or listed apart
from the work asked of."""

from __future__ import annotations

from bisect import bisect_left

from sudachipy import SplitMode

from furikaeri.analyzer.content.conditions import condition_as_setting, is_condition
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.questions.facts import _FAVOUR
from furikaeri.analyzer.questions.focus import (
    _focus,
    _in_concept,
    _long_seeds,
    _noun_phrase,
    _plain_fact,
)
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Span


def _about_conditions(doc: Doc, unit: Sentence) -> bool:
    """Listed words first; the synonyms (which need the answer tokenized) only for a question
    that is not plainly about the work: a noun of the concept or holding one of its seeds
    (夏季休暇, 社員食堂), or a verb of time off (休めますか, 何時に帰れますか)."""
    lex = lexicon()
    if lex.conditions.search(unit.text) or work_taken_home(doc, unit):
        # 「夜勤に入る前に、どのような手技を…」: a condition named as the setting of a question
        # about something else (what it asks is the noun after どの/どんな, or the topic of どれ)
        focus = _focus(doc, unit)
        if focus is not None:
            return any(is_condition(doc.words[k].normalized) for k in focus) or _listed_apart(
                doc, unit, focus.start
            )
        # 「時短勤務の方とは申し送りをどのように共有されていますか」: how the work is done, not how
        # much of the condition the candidate would get. A plain yes/no on the condition that
        # names the work as its topic (「醸造の仕事は土日も出勤になるのでしょうか」) is one.
        how_work = _names_work(doc, unit) and _plain_fact("insight").search(unit.text)
        return not how_work or bool(_plain_fact("amount_asked").search(unit.text))
    if lex.work_question.search(unit.text):
        return False
    seeds = concept("conditions").seeds
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    perk = False
    i = first
    while i < len(ws) and ends[i] <= unit.end:
        w = ws[i]
        if (w.pos == "名詞" and is_condition(w.normalized) and not _setting(doc, unit, i)) or (
            w.pos == "動詞" and w.normalized in seeds
        ):
            focus = _focus(doc, unit)
            if focus is None or i in focus:
                return True
        if not perk and w.pos in ("名詞", "形状詞"):  # 割引, 割安
            perk = _in_concept(doc, i, "perks")
        i += 1
    # a perk for the staff (社員 … 割引) or on what one pays to qualify (受験費用の補助), or one
    # the candidate would receive (「費用は会社で負担していただけますか」: a verb of receiving
    # after て): a benefit
    return perk and any(
        (
            ws[k].pos == "名詞"
            and (_in_concept(doc, k, "staff") or _in_concept(doc, k, "development"))
        )
        or (k > first and ws[k].normalized in _FAVOUR and ws[k - 1].surface in ("て", "で"))
        for k in range(first, i)
    )


def conditions_listed(doc: Doc, unit: Sentence) -> int:
    """How many conditions one question asks about (「初任給の額と家賃補助の有無」,
    「通勤手当や資格手当」: two): condition words (listed, or nouns of the concept) with a
    listing particle ([grammar].listing_particles) or a comma between them; words of one
    compound (通勤手当) or joined by の (残業時間の上限) are one. At least 1."""
    listing = grammar("listing_particles")
    listed = [
        (unit.start + m.start(), unit.start + m.end())
        for m in lexicon().conditions.finditer(unit.text)
    ] + [(s.start, s.end) for s in work_taken_home(doc, unit)]
    ws, begins, ends = doc.words, doc.begins, doc.ends
    count, apart = 0, False
    i = bisect_left(begins, unit.start)
    while i < len(ws) and ends[i] <= unit.end:
        w = ws[i]
        if any(a <= begins[i] < b for a, b in listed) or (
            w.pos == "名詞" and is_condition(w.normalized)
        ):
            if count == 0 or apart:
                count += 1
            apart = False
        elif count and ((w.pos == "助詞" and w.surface in listing) or w.surface in ("、", ",")):
            apart = True
        i += 1
    return max(count, 1)


def _listed_apart(doc: Doc, unit: Sentence, before: int) -> bool:
    """A condition listed as a thing asked of its own before another question (「リモートワークの
    制度と、お店がどの地域にあるのかを教えてください」): its phrase ends on a listing particle
    and a comma ([grammar].listing_particles), so the other question's focus does not take it."""
    ws, ends = doc.words, doc.ends
    listing = grammar("listing_particles")
    seeds = _long_seeds("conditions")
    for i in range(bisect_left(doc.begins, unit.start), before):
        w = ws[i]  # (by its token: a seed, a synonym of one, or a compound holding one)
        if w.pos != "名詞" or not (
            concept("conditions").has_word(w, doc.morphemes, i)
            or any(seed in w.normalized for seed in seeds)
        ):
            continue
        _, end, _ = _noun_phrase(doc, i, unit)
        if (
            end + 1 < before
            and ws[end].surface in listing
            and ws[end + 1].surface in ("、", ",")
            and ends[end + 1] <= unit.end
        ):
            return True
    return False


def _setting(doc: Doc, unit: Sentence, i: int) -> bool:
    """Condition noun i names the setting of a question about what is done in it: it modifies
    another noun that is no condition (「夜勤の巡回で変わったことは」: 巡回 is asked about, 夜勤
    is when), in a question that asks how or what changed ([reverse_question].insight), unlike
    「夜勤の回数は減らせますか」."""
    ws, ends = doc.words, doc.ends
    return (
        condition_as_setting(ws, i)
        and ends[i + 2] <= unit.end
        and _plain_fact("insight").search(unit.text) is not None
    )


def _names_work(doc: Doc, unit: Sentence) -> bool:
    """The question names the work: a listed word, or a noun of the concept (担当, 作業)."""
    if lexicon().work_question.search(unit.text):
        return True
    ws, begins, ends = doc.words, doc.begins, doc.ends
    for i in range(bisect_left(begins, unit.start), len(ws)):
        if ends[i] > unit.end:
            break
        if ws[i].pos == "名詞" and _in_concept(doc, i, "work"):
            return True
    return False


def work_taken_home(doc: Doc, unit: Sentence) -> list[Span]:
    """Work taken home ([reverse_question].take_home, read by Sudachi's normalized form): what is
    taken is work (a noun of [concepts] work or hours as the object before it, by を or の, or
    right after it: 「仕事を持ち帰る」「業務の持ち帰り」「持ち帰り残業」「持ち帰って作業」), or it
    goes home (a noun of [concepts] home before に or へ: 「準備を自宅に持ち帰って」), or its
    object is not named and it goes to no other place (「持ち帰りはありますか」; 「その場で直す
    場合と工房に持ち帰る場合」 carries a thing back). A thing named as the object and taken
    elsewhere (「修理品を工房に持ち帰る場合」「ご要望を持ち帰って検討」) is part of the work, no
    condition. The words of taking home that are one."""
    take = lexicon().raw["reverse_question"]["take_home"]
    ws, begins, ends = doc.words, doc.begins, doc.ends
    first = bisect_left(begins, unit.start)
    out: list[Span] = []
    k = first
    while k < len(ws) and ends[k] <= unit.end:
        if ws[k].normalized in take and _work_taken(doc, unit, first, k):
            out.append(doc.span(begins[k], ends[k]))
        k += 1
    return out


def _work_taken(doc: Doc, unit: Sentence, first: int, k: int) -> bool:
    """Whether the taking home at word k takes work home (work_taken_home)."""
    ws, ends = doc.words, doc.ends

    def work(i: int) -> bool:
        return ws[i].pos == "名詞" and (_in_concept(doc, i, "work") or _in_concept(doc, i, "hours"))

    # after it: 持ち帰り残業, 持ち帰りの仕事, 持ち帰って作業
    j = k + 1
    while j < len(ws) and ends[j] <= unit.end and ws[j].surface in ("の", "て", "で"):
        j += 1
    if j < len(ws) and ends[j] <= unit.end and work(j):
        return True
    # before it, back to the clause's start: the object (を, or の before the noun) and where to
    obj: int | None = None
    elsewhere = False
    i = k - 1
    while i > first and ws[i].surface not in ("、", ",", "。"):
        particle = ws[i].surface
        if ws[i].pos == "助詞" and ws[i - 1].pos in ("名詞", "接尾辞"):
            if particle in ("に", "へ") and _in_concept(doc, i - 1, "home"):
                return True
            if particle in ("に", "へ") and _place(doc, i - 1):
                elsewhere = True
            if obj is None and (particle == "を" or (particle == "の" and i == k - 1)):
                obj = i - 1
        i -= 1
    if obj is None:  # (nothing named: work, unless carried back to a place: 「工房に持ち帰る」)
        return not elsewhere
    return work(obj)


def _place(doc: Doc, i: int) -> bool:
    """Noun i before に or へ names a place one takes a thing to (工房, 本社, センター), not a time:
    Sudachi's 副詞可能 (週末, 休日, 夜), or a compound whose last short unit is one or a counter
    (年度+末, 繁忙+期); nor a time of the work ([concepts] hours or leave)."""
    m = doc.morphemes[i]
    if doc.words[i].pos != "名詞" or m.part_of_speech()[1] != "普通名詞":
        return False
    last = [m, *m.split(SplitMode.A)][-1]
    if "副詞可能" in (m.part_of_speech()[2], last.part_of_speech()[2]):
        return False
    if last.part_of_speech()[2] == "助数詞可能":
        return False
    return not (_in_concept(doc, i, "hours") or _in_concept(doc, i, "leave"))
