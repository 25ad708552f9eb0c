"""The complaints of a text (complaint_spans) and the friction with people it tells
(friction_spans): each clause read for an evaluation, a suffering or a conduct told, unless
a wish or the candidate's own constructive action follows."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.blame.clients import refused_by_client
from furikaeri.analyzer.blame.evaluation import _evaluation, _particle_after
from furikaeri.analyzer.blame.suffering import (
    _benefactive,
    _denial_index,
    _disregard,
    _manner_verb,
    _only,
    _suffering,
    scarce_negation,
)
from furikaeri.analyzer.blame.targets import (
    _NOUNS,
    _clauses,
    _is_concept,
    _is_target,
    _negation_at,
    _words,
)
from furikaeri.analyzer.content.actions import _concrete_actions
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon, negator_lemmas, self_words
from furikaeri.analyzer.semantics import concept
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Word, morphemes
from furikaeri.patterns import Matcher, matcher


@cache
def _constructive() -> Matcher:
    return matcher(lexicon().raw["concepts"]["constructive"])


def complaint_spans(doc: Doc, *, within: list[Sentence] | None = None) -> list[Span]:
    """Spans of the answer that complain about the former employer (token analysis).
    ``within``: at least every span that starts in those sentences (see _reaching)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    out: list[Span] = []
    first = 0
    given: list[int] = []  # pay or time off the sentence before named
    for sent in doc.sentences if within is None else _reaching(doc, within):
        excused: bool | None = None  # read only when a complaint is found
        earlier: list[int] = _compared(doc, sent, given)  # targets of its earlier clauses
        given = []
        futile = "て" in sent.text and (
            _blame_pattern("futile").search(sent.text) is not None
            or _blame_pattern("futile_effort").search(sent.text) is not None
        )
        for opened, last, wish, own, hinges in _clauses(doc, sent, first):
            first = last + 1
            if wish:
                continue
            # A clause with no target of its own judges the one its sentence is about
            # (「入力作業の繰り返しで、正直つまらなかった」).
            targets = own or earlier
            given += [j for j in own if _is_concept(doc, j, "pay", "leave")]
            carried = earlier[:]  # (the people named before: 「先輩がいて、…を回さないし」)
            if _unfit(doc, opened, last):
                # what follows reasons from the candidate's own unsuitability: only the people
                # named in it may be judged after it (「上司と合わず、…」 is friction)
                earlier = [j for j in own if _is_concept(doc, j, "people")]
            else:
                earlier += own
            if own or futile or carried:
                clause = list(range(opened, last + 1))
                told = _conduct_told(doc, clause, own, sent, futile=futile, carried=carried)
                for first_i, last_i in told:
                    if _constructive_after(doc, sent, ends[last_i]):
                        continue
                    if excused is None:
                        excused = _misfortune(sent)
                    if not excused:
                        out.append(doc.span(begins[first_i], ends[last_i]))
            for i in hinges:
                if _mishap(doc, i):
                    continue
                start = _complaint_start(doc, i, own, targets)
                if start is None or _constructive_after(doc, sent, ends[i]):
                    continue
                if _tried_before(doc, sent, begins[i], toks[i]):
                    continue
                if excused is None:
                    excused = _misfortune(sent)
                if excused and toks[i].lemma not in _words("negative_words"):
                    continue
                if _own_inability(doc, sent, i) or _own_shortfall(doc, sent, i):
                    continue
                if _own_limit(doc, sent, i, targets):
                    continue
                negation = _negation_at(toks, i) if toks[i].pos == "名詞" else None
                if toks[i].surface == "しか":
                    negation = scarce_negation(toks, i)  # 「休みが月に4日しかなく」 whole
                elif toks[i].lemma in _words("disregard_manners"):
                    negation = _manner_verb(toks, i)  # the act, not the manner alone
                elif toks[i].lemma in grammar("passive") and toks[start].lemma in _words("voiced"):
                    negation = _denial_index(toks, i)  # 「…反映されることはなかった」 whole
                end = ends[negation] if negation is not None else ends[i]
                out.append(doc.span(begins[start], end))
    return out


# How many words before its hinge's sentence a span may start: each sentence is read on its
# own (its clauses, its hinges), but a start is looked for back from the hinge: _suffering's
# predicate up to 3 words before the passive and _voiced_subject up to 7 before that (it
# stops at punctuation, not at a line break), _only 3, _benefactive 2; the others start in the
# sentence (its clauses' words and targets).
_REACH = 10


def _reaching(doc: Doc, within: list[Sentence]) -> list[Sentence]:
    """The sentences whose spans may start in ``within``: those, and each later one whose
    first _REACH words before it reach into one of them. Reading only these gives the same
    spans starting there as reading every sentence (a sentence's spans depend on it alone)."""
    begins = doc.begins
    out = []
    for sent in doc.sentences:
        reach = begins[max(0, bisect_left(begins, sent.start) - _REACH)] if begins else 0
        if sent in within or any(t.start < sent.start and reach < t.end for t in within):
            out.append(sent)
    return out


def _complaint_start(doc: Doc, i: int, own: list[int], targets: list[int]) -> int | None:
    """Where a complaint hinging on word i begins, or None when it makes none."""
    if refused_by_client(doc, i):
        return None  # 「取引先に断られ続けた」: a hardship of sales, not the employer's doing
    toks = doc.words
    start = _benefactive(toks, i)
    if start is None:
        start = _disregard(doc, i, targets)
    if start is None:
        start = _suffering(doc, i, own, carried=targets)
    if start is None:
        start = _only(doc, i)
    if start is None and _evaluation(doc, i, targets):
        begins = doc.begins
        before = [j for j in targets if j <= i]
        start = before[-1] if before and begins[i] - begins[before[-1]] < 20 else i
    return start


def _conduct_told(
    doc: Doc,
    clause: list[int],
    own: list[int],
    sent: Sentence,
    *,
    futile: bool,
    carried: list[int] | None = None,
) -> list[tuple[int, int]]:
    """Blame told by what people did or what the place is, with no evaluative word (token
    index ranges): a person of the workplace as the subject of a denied act (「先輩がほとんど
    仕事をしない」「店長は現場に顔を出さず」), the workplace characterised by a clause
    (「正直者が損をする職場」「声が届かない会社」「人が辞めていく職場」), and asking to no
    effect (「何度相談しても、何も変わりませんでした」; ``futile``: the sentence holds
    [blame].futile)."""
    out: list[tuple[int, int]] = []
    for j in own:
        head = _person_compound(doc, j)
        people = _is_concept(doc, j, "people")  # (each concept read once per word)
        found = _denied_act(doc, clause, j) if people else None
        if found is None and head is not None:
            found = _denied_act(doc, clause, head)
            found = found and (j, found[1])
        employer = found is None and _is_concept(doc, j, "employer")
        if employer:
            found = _characterised(doc, clause, j, sent)
        if found is None and (employer or people):
            found = _gain_first(doc, clause, j)
        if found is None and people:
            found = _credit_taken(doc, clause, j)
        if found is not None:
            out.append(found)
    if not out and not any(_particle_after(doc.words, j) in ("が", "は") for j in own):
        # no subject of its own: the person named as the subject of the clause before does
        # not do something (「先輩がいて、後輩には仕事を回さないし」) or takes the credit
        # (「課長は部下の提案を、自分の手柄として説明していた」)
        for j in (carried or [])[-1:]:
            people = _is_concept(doc, j, "people")
            found = _denied_act(doc, clause, j) if people else None
            if found is None and people:
                found = _credit_taken(doc, clause, j)
            if found is not None:
                out.append((clause[0], found[1]))
    if out or not futile:
        return out
    asked = _futile(doc, clause)
    return [asked] if asked is not None else out


def _compared(doc: Doc, sent: Sentence, given: list[int]) -> list[int]:
    """The pay or time off the sentence before named (``given``), when this sentence compares
    (a verb or noun of [concepts] comparing, Sudachi synonyms too: 比べる, 比較) and names no
    target of its own before the comparison: 「昇給は年に数千円です。同年代の友人と比べても明ら
    かに低く」 judges the pay, 「…と比べて」 its measure."""
    if not given:
        return []
    c, ws, ml = concept("comparing"), doc.words, doc.morphemes
    lo, hi = bisect_left(doc.begins, sent.start), bisect_left(doc.begins, sent.end)
    at = next(
        (k for k in range(lo, hi) if ws[k].pos in ("動詞", "名詞") and c.has_word(ws[k], ml, k)),
        None,
    )
    if at is None or any(_is_target(doc, k) for k in range(lo, at) if ws[k].pos in _NOUNS):
        return []
    return given


def _unfit(doc: Doc, opened: int, last: int) -> bool:
    """Clause opened..last tells the candidate's own fit denied: a verb of [blame] fit_words
    (向く, 合う) negated (「ノルマがある働き方に自分は向いていないと分かったので、長く続けても
    仕方ない」「同じ作業を続ける仕事が合っておらず、このまま続けても成長できない」「夜勤のある
    勤務が体に合わず、続けられませんでした」): the clauses after it reason from one's
    unsuitability and judge neither the work nor whoever was named before it."""
    toks, fit = doc.words, _words("fit_words")
    return any(
        toks[k].pos == "動詞"
        and (toks[k].lemma in fit or toks[k].normalized in fit)
        and _negation_at(toks, k) is not None
        for k in range(opened, last + 1)
    )


def _credit_taken(doc: Doc, clause: list[int], j: int) -> tuple[int, int] | None:
    """The person at ``j`` (が, は, も) takes what was achieved as their own: 自分 (their self,
    the subject's), の, a noun of [concepts].credit, then に or として: made into it or passed
    off as it (「先輩が私の企画書を自分の成果として報告した」「上司は部下の案を自分の手柄に
    した」)."""
    toks = doc.words
    if _particle_after(toks, j) not in ("が", "は", "も"):
        return None
    for k in clause:
        if k <= j + 1 or toks[k].normalized != "自分" or k + 2 > clause[-1]:
            continue
        if toks[k + 1].surface != "の" or not _is_concept(doc, k + 2, "credit"):
            continue
        # made into it or passed off as it (自分の手柄に, 自分の成果として), not one's own
        # results shared (「自分の成果を後輩にも共有してくれました」)
        after = toks[k + 3 : k + 5]
        if after and (
            after[0].surface == "に"
            or (after[0].surface == "と" and len(after) > 1 and after[1].normalized == "為る")
        ):
            return j, k + 2
    return None


def _person_compound(doc: Doc, j: int) -> int | None:
    """The last word of a compound of nouns opening at ``j`` that Sudachi splits and that names
    people as a whole (経営+陣, 上層+部, 首脳+陣: a seed of the concept people), or None."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    k, text = j, toks[j].normalized
    while k + 1 < len(toks) and toks[k + 1].pos == "名詞" and begins[k + 1] == ends[k]:
        k += 1
        text += toks[k].normalized
        if concept("people").has(text):
            return k
    return None


def _denied_act(doc: Doc, clause: list[int], j: int) -> tuple[int, int] | None:
    """The person at ``j`` (が, は, も) does not do something: the first verb of the clause after
    it that is denied, unless the denial praises (a negative word denied: 嫌な顔ひとつせず,
    否定せず, 辞めず), modifies a noun (「上司がいない時間帯」) or tells fit (合わず)."""
    toks = doc.words
    negators = negator_lemmas()
    if not any(k > j and toks[k].lemma in negators for k in clause):
        return None  # (most clauses deny nothing)
    if _particle_after(toks, j) not in ("が", "は", "も"):
        return None
    if toks[j].normalized in _words("relations"):
        return None  # a relationship does not act: 「人間関係がうまくいかず」 is fit
    negative = _negative_lemmas()
    for k in clause:
        if k <= j:
            continue
        t = toks[k]
        if (
            t.lemma in negative
            or t.normalized in negative
            or t.lemma in _words("disregard_manners")  # 「一方的に話すのではなく」
            or _is_concept(doc, k, "hours")
        ):
            return None
        if t.pos != "動詞":
            continue
        stop = _negation_at(toks, k)
        if stop is None:
            continue
        fit = _words("fit_words")
        if t.normalized in grammar("absence_verbs") or t.lemma in fit or t.normalized in fit:
            return None
        after = stop + 1
        if (
            after < len(toks)
            and toks[after].pos == "名詞"
            and toks[after].lemma not in grammar("blame_formal_nouns")
            and not _predicated(doc, j, k, after)
        ):
            return None  # 「上司がいない時間帯」: a setting
        if toks[stop].lemma == "ず" and _adverbial(toks, after):
            return None  # 「休まず働く」「嫌な顔をせずに教える」: how one did something
        return j, stop
    return None


def _predicated(doc: Doc, j: int, verb: int, k: int) -> bool:
    """The noun at ``k``, modified by the clause whose denied verb is at ``verb``, is the
    predicate of the person at ``j`` told as topic (は, も) and closed by the copula ([grammar]
    copulas), and the clause denies heeding others ([concepts] heeding: 聞く, 受け入れる, 耳を
    貸す): 「上司も部下の意見を聞かない人だった」「部長は提案を受け付けないタイプでした」 say
    what the person is, no setting; 「細かいことを言わない人でした」 tells a manner."""
    toks, ml = doc.words, doc.morphemes
    if _particle_after(toks, j) not in ("は", "も") or k + 1 >= len(toks):
        return False
    if toks[k + 1].pos != "助動詞" or toks[k + 1].lemma not in grammar("copulas"):
        return False
    heeding = concept("heeding")
    return any(
        toks[n].pos in ("動詞", "名詞") and heeding.has_word(toks[n], ml, n)
        for n in range(j + 1, verb + 1)
    )


def _gain_first(doc: Doc, clause: list[int], j: int) -> tuple[int, int] | None:
    """The employer or its people at ``j`` (が, は, も) told to put money or numbers before all
    else: a noun of [concepts].gain (or a compound holding a seed: コスト削減; nouns may follow:
    人件費+削減), then, after at most を or が, a word of [concepts].exclusive (「会社は利益優先
    で」「経営方針がコスト削減一辺倒でした」「売上第一主義」「利益を最優先に」)."""
    toks = doc.words
    if _particle_after(toks, j) not in ("が", "は", "も"):
        return None
    exclusive, last = _words("exclusive"), clause[-1]
    for k in clause:
        if k <= j + 1 or toks[k].pos != "名詞" or not _gain(doc, k):
            continue
        n = k + 1
        while n <= last:
            text = ""
            for m in range(n, min(n + 3, last + 1)):
                text += toks[m].surface
                if text in exclusive:
                    return j, m
            if toks[n].pos == "名詞":
                n += 1  # (人件費+削減: what is done to it)
            elif toks[n].surface in ("を", "が") and toks[n - 1].pos == "名詞":
                n += 1  # (利益を最優先に)
            else:
                break
    return None


def _gain(doc: Doc, k: int) -> bool:
    """Noun ``k`` names money or numbers ([concepts].gain, by synonym group, or a compound
    holding a seed of two characters or more: コスト削減, 売上目標)."""
    word = doc.words[k].normalized
    return _is_concept(doc, k, "gain") or any(
        len(seed) >= 2 and seed in word for seed in concept("gain").seeds
    )


def _adverbial(toks: list[Word], k: int) -> bool:
    """A verb follows at ``k`` (after に): the denial before it says how (休まず働く)."""
    if k < len(toks) and toks[k].surface == "に":
        k += 1
    return k < len(toks) and toks[k].pos == "動詞"


def _characterised(doc: Doc, clause: list[int], j: int, sent: Sentence) -> tuple[int, int] | None:
    """The workplace noun at ``j`` modified by a clause whose predicate judges it: denied (「声が
    届かない会社」「若手が育たない環境」), negative in the polarity dictionary (「人が辞めていく
    職場」) or doing a negative thing (「正直者が損をする職場」). Not a company wished for, nor
    the one addressed (「〜な会社が多い中、御社は」)."""
    toks = doc.words
    if j == 0 or j - 1 not in clause or toks[j - 1].pos not in ("動詞", "助動詞", "形容詞"):
        return None
    if _addressee().search(sent.text):
        return None
    p = j - 1
    denied = False
    while p > clause[0] and (
        toks[p].pos == "助動詞"
        or (toks[p].pos2 == "非自立可能" and toks[p - 1].surface in ("て", "で"))  # 辞めていく
        or (toks[p].pos == "助詞" and toks[p].surface in ("て", "で"))
    ):
        if toks[p].pos == "助動詞" and toks[p].lemma in negator_lemmas():
            denied = True
        p -= 1
    pred = toks[p]
    negative = _negative_lemmas()
    if pred.pos not in ("動詞", "形容詞", "名詞") or pred.lemma in ("ない", "無い"):
        return None
    bad = pred.lemma in negative or pred.normalized in negative
    if pred.normalized == "為る" and p >= 2 and toks[p - 1].surface == "を":
        bad = toks[p - 2].lemma in negative or toks[p - 2].lemma in _words("negative_words")
    if bad == denied or pred.lemma in _words("not_evaluative"):
        return None  # 「誰も辞めない職場」: a negative word denied praises
    if denied and p > clause[0] and toks[p - 1].surface == "しか":
        return None  # 「従業員が10名しかいない会社」: a count (blame/suffering._scarce reads it)
    return clause[0], j


@cache
def _addressee() -> Matcher:
    """The names of the company addressed (御社, 貴社, 貴院): the motivation topic's addressee."""
    (found,) = (t.addressee for t in lexicon().topics if t.name == "motivation" and t.addressee)
    return found


@cache
def _negative_lemmas() -> frozenset[str]:
    """Words the polarity dictionary marks negative (evaluations and experiences, predicates
    and nouns) and the analyzer's own negative words, less the neutral topics of a reason."""
    from furikaeri.analyzer.semantics import negative_lemmas

    return (negative_lemmas() | _words("negative_words")) - _words("not_evaluative")


def _futile(doc: Doc, clause: list[int]) -> tuple[int, int] | None:
    """「何度相談しても、何も変わりませんでした」「お願いしても人は増えず」: asked to no effect
    ([blame].futile, then a denied verb in the same sentence); 「成果を出しても評価には反映
    されず」: one's results to no effect ([blame].futile_effort), where a target is named after
    them, before the denial (the pay, the evaluation: blame/targets._is_target)."""
    toks, begins, ends = doc.words, doc.begins, doc.ends
    lo, hi = begins[clause[0]], ends[clause[-1]]
    found = _blame_pattern("futile").search(doc.folded[lo:hi])
    effort = None
    if found is None:
        found = effort = _blame_pattern("futile_effort").search(doc.folded[lo:hi])
        if found is None:
            return None
    first = next(k for k in clause if ends[k] > lo + found.start())
    k = next((k for k in range(clause[0], len(toks)) if begins[k] >= lo + found.end()), None)
    aimed = effort is None  # (one's results: what the employer gives must be named)
    while k is not None and k < len(toks) and toks[k].pos != "補助記号":
        aimed = aimed or (toks[k].pos in _NOUNS and _is_target(doc, k))
        if toks[k].pos in ("動詞", "名詞"):
            stop = _negation_at(toks, k + 1 if toks[k].pos == "名詞" else k)
            if stop is not None:
                return (first, stop) if aimed else None
        k += 1
    return None


def _tried_before(doc: Doc, sent: Sentence, start: int, word: Word) -> bool:
    """An outcome (改善されず, 変わらなかった) right after the candidate raised the problem."""
    lex = lexicon().raw["blame"]
    if word.lemma not in lex["outcome_words"] and word.normalized not in lex["outcome_words"]:
        return False
    return _blame_pattern("tried").search(doc.folded[sent.start : start]) is not None


def _misfortune(sent: Sentence) -> bool:
    """The sentence tells what the candidate's health or a family need made impossible, or
    what their own role did not allow (「私の立場では資産の話までしかできず」)."""
    lex = lexicon()
    text = sent.text
    if _blame_pattern("own_role").search(text) and _blame_pattern("role_limit").search(text):
        return True
    return bool(
        (lex.tenure_health.search(text) or _blame_pattern("misfortune").search(text))
        and _blame_pattern("inability").search(text)
    )


def _mishap(doc: Doc, i: int) -> bool:
    """The hinge at ``i`` is a mishap that befell someone ([concepts] mishap, Sudachi synonyms
    too: 「同僚がけがをした」「入居者の方が転倒して」), or a word of harm after a part of the
    body and を ([concepts] body: 「患者さんが足を悪くして」): an accident or an illness, no
    evaluation of the employer, its people or its treatment of the candidate."""
    toks, ml = doc.words, doc.morphemes
    if concept("mishap").has_word(toks[i], ml, i):
        return True
    return (
        i >= 2
        and toks[i - 1].surface == "を"
        and toks[i - 2].pos == "名詞"
        and concept("body").has_word(toks[i - 2], ml, i - 2)
    )


def _own_inability(doc: Doc, sent: Sentence, i: int) -> bool:
    """The hinge at ``i`` is a potential verb denied (通え+なく, 働け+ず: _potential) with no
    subject of its own in its clause (no noun before が, は or も but the speaker), in a sentence
    that tells, or follows one that tells, a circumstance of the candidate's own life
    (_own_circumstance: 「妻の転勤で引っ越すことになり、通えなくなった」): what the candidate
    could no longer do, no evaluation of the employer (通える is a good thing in the polarity
    dictionary, and denied it reads as one the employer withheld)."""
    toks = doc.words
    t = toks[i]
    if t.pos != "動詞" or not _potential(t.lemma, t.normalized) or _negation_at(toks, i) is None:
        return False
    if not _speaker_only_subject(toks, i):
        return False  # 「休みが取れない」: something else is what could not be had
    at = doc.sentences.index(sent) if sent in doc.sentences else -1
    told = [sent] if at <= 0 else [doc.sentences[at - 1], sent]
    return any(_own_circumstance(doc, s) for s in told)


def _own_limit(doc: Doc, sent: Sentence, i: int, targets: list[int]) -> bool:
    """The hinge at ``i`` tells how hard the hours or the work felt ([concepts] felt_words:
    きつい, つらい; its targets of [concepts] hours or work, none of people or pay), and the
    rest of its sentence what the speaker could not manage: a potential denied, with no subject
    but the speaker (起きれ+なかった, 起き+られ+なかった, 通え+ず: _potential_denied):
    「始発で出勤するシフトがきつくて、朝どうしても起きれなかったんです」 owns a hardship and
    judges no one (「残業が多くて」 measures the load, and stays a complaint)."""
    toks = doc.words
    felt = _words("felt_words")
    if toks[i].lemma not in felt and toks[i].normalized not in felt:
        return False
    if not targets or not all(_is_concept(doc, j, "hours", "work") for j in targets):
        return False
    if any(_is_concept(doc, j, "people", "pay") for j in targets):
        return False
    stop = bisect_left(doc.begins, sent.end)
    return any(
        toks[k].pos == "動詞" and _potential_denied(toks, k) and _speaker_only_subject(toks, k)
        for k in range(i + 1, stop)
    )


def _potential_denied(toks: list[Word], k: int) -> bool:
    """Verb k in a potential form (potential_form), then a negator (起きれ+なかった, 通え+ず)."""
    return _negation_at(toks, k) is not None and potential_form(toks, k)


def potential_form(toks: list[Word], k: int) -> bool:
    """Verb k in a potential form: a potential verb (通える, 起きれる, 話せる: Sudachi's lemma
    differs from its normalized form on the same stem), or the verb with the auxiliary られる or
    れる right after it (起き+られ, 打ち解け+られ; not after する, whose passive that is: する's
    potential is できる)."""
    t = toks[k]
    if t.lemma != t.normalized and t.lemma[:-2] == t.normalized[:-1] and t.lemma.endswith("る"):
        return True
    return (
        t.normalized != "為る"
        and k + 1 < len(toks)
        and toks[k + 1].pos == "助動詞"
        and toks[k + 1].lemma in ("られる", "れる")
    )


def _speaker_only_subject(toks: list[Word], i: int) -> bool:
    """The clause before the hinge at ``i`` (back to a symbol or a conjunctive particle) gives
    it no subject but the speaker: no noun other than a self word before が, は or も."""
    k = i - 1
    while k >= 0 and toks[k].pos != "補助記号" and toks[k].pos2 != "接続助詞":
        if (
            toks[k].surface in ("が", "は", "も")
            and k > 0
            and toks[k - 1].pos in _NOUNS
            and toks[k - 1].surface not in self_words()
        ):
            return False
        k -= 1
    return True


def _own_shortfall(doc: Doc, sent: Sentence, i: int) -> bool:
    """The hinge at ``i`` is an act denied (貢献+できず, お役に立て+なかった) with no subject of
    its own in its clause but the speaker, and the sentence goes on to the speaker's apology
    or regret ([concepts] apology, Sudachi synonyms too: 「前職では短い期間しか貢献できず申し訳
    なく思っております」): a shortfall owned, no good thing the employer withheld. The apology
    itself is no hinge either (心苦しい is a negative word of the polarity dictionary, and the
    speaker's own feeling)."""
    toks, ml = doc.words, doc.morphemes
    apology = concept("apology")
    if apology.has_word(toks[i], ml, i):
        return True
    if toks[i].pos not in ("動詞", "名詞") or _negation_at(toks, i) is None:
        return False
    if not _speaker_only_subject(toks, i):
        return False  # 「評価が得られず」: something else is what was not had
    stop = bisect_left(doc.begins, sent.end)
    return any(apology.has_word(toks[n], ml, n) for n in range(i + 1, stop))


@cache
def _potential(lemma: str, normalized: str) -> bool:
    """Sudachi's potential verb: a verb in る whose normalized form is the 五段 verb it is formed
    from, on the same stem (通える → 通う, 働ける → 働く, 行ける → 行く)."""
    if lemma == normalized or len(lemma) < 3 or not lemma.endswith("る"):
        return False
    if lemma[:-2] != normalized[:-1]:
        return False
    found = morphemes(normalized)
    return len(found) == 1 and str(found[0].part_of_speech()[4]).startswith("五段")


def own_circumstance(doc: Doc) -> bool:
    """Some sentence tells a circumstance of the candidate's own life (_own_circumstance)."""
    return any(_own_circumstance(doc, s) for s in doc.sentences)


def _own_circumstance(doc: Doc, sent: Sentence) -> bool:
    """The sentence tells a circumstance of the candidate's own life: one of their family or
    people ([concepts] kin, by Sudachi synonym group: 妻, 配偶者, 主人) as the owner or the
    subject of what it tells (の, が, は: 「夫の転勤で」「父が倒れ」, not 「家族との時間」), or a
    change of home ([concepts] moving: 引っ越し, 転居, 結婚)."""
    toks, ml = doc.words, doc.morphemes
    kin, moving = concept("kin"), concept("moving")
    lo, hi = bisect_left(doc.begins, sent.start), bisect_left(doc.begins, sent.end)
    for k in range(lo, hi):
        w = toks[k]
        if w.pos not in ("名詞", "動詞"):
            continue
        if moving.has_word(w, ml, k):
            return True
        if (
            w.pos == "名詞"
            and k + 1 < hi
            and toks[k + 1].surface in ("の", "が", "は")
            and kin.has_word(w, ml, k)
        ):
            return True
    return False


@cache
def _blame_pattern(key: str) -> Matcher:
    return matcher(lexicon().raw["blame"][key])


def placement_facts(doc: Doc) -> list[Span]:
    """Requests about one's placement that were not granted (a fact, not a complaint)."""
    return doc.find(_blame_pattern("facts"))


def _constructive_after(doc: Doc, sent: Sentence, end: int) -> bool:
    rest = doc.folded[end : sent.end]
    for particle in ("が、", "ものの", "けれど", "けど"):
        at = rest.find(particle)
        if at >= 0 and _constructive().search(rest[at:]):
            return True
    return _solved(doc, sent, end)


def _solved(doc: Doc, sent: Sentence, end: int) -> bool:
    """A problem the candidate solved: the complaint's clause is the cause of the rest of its
    sentence ([grammar].cause_clause: 「…残業の多さが課題だったため、」) and the rest tells the
    candidate's own constructive act ([concepts].constructive: 見直し, 減らし, 改善; or a
    concrete act of one's own with a number or a result: content.actions, [numbers], [results])
    as done, the sentence ending in the past without a denial or a concession (「…を提案しまし
    たが、受け入れられませんでした」 stays a complaint): an achievement, not a complaint. One's own
    leaving told after the cause (「…教えてくれなかったため、3か月で退職しました」: a word of
    [short_tenure].leaving) is what the complaint led to, no act that solved it."""
    rest = doc.folded[end : sent.end]
    cut = rest.find("、")
    cause = _cause_clause().search(rest[: cut + 1]) if cut >= 0 else None
    if cause is None:
        return False
    after = rest[cause.end() :]
    if lexicon().concession.search(after):
        return False
    at = end + cause.end()
    if _left(doc, at, sent.end):
        return False
    if not _constructive().search(after) and not (
        # (「評価シートを作って導入し、面談の時間を半分にしました」)
        _concrete_actions(doc, [Sentence(at, sent.end, after)])
        and (lexicon().number.search(after) or lexicon().result.search(after))
    ):
        return False
    ws, begins = doc.words, doc.begins
    last = [
        w
        for w in ws[bisect_left(begins, end) : bisect_left(begins, sent.end)]
        if w.pos != "補助記号"
    ][-4:]
    negators = negator_lemmas()
    return (
        bool(last)
        and last[-1].lemma == "た"
        and not any(w.pos == "助動詞" and w.lemma in negators for w in last)
    )


def _left(doc: Doc, start: int, end: int) -> bool:
    """The words from ``start`` to ``end`` tell one's leaving ([short_tenure].leaving, by
    normalized form or lemma)."""
    leaving = _leaving()
    begins = doc.begins
    return any(
        w.normalized in leaving or w.lemma in leaving
        for w in doc.words[bisect_left(begins, start) : bisect_left(begins, end)]
    )


@cache
def _leaving() -> frozenset[str]:
    return frozenset(lexicon().raw["short_tenure"]["leaving"])


@cache
def _cause_clause() -> Matcher:
    return matcher(lexicon().raw["grammar"]["cause_clause"])


def friction_spans(doc: Doc) -> list[Span]:
    """Friction told of a person of the workplace named just before it ([blame].friction:
    「所長ともうまくいかなかった」); the person is a noun of the concept people, not one of
    vague_people (「周囲との関係がうまくいかず」 names no one: fit). Followed by the candidate's
    own action on it (「…時期もありましたが、話し合いを重ねて信頼関係を築き」), it is context."""
    toks, begins, ends, text = doc.words, doc.begins, doc.ends, doc.folded
    if "うま" not in text and "上手" not in text:
        return []
    pattern = _blame_pattern("friction")
    vague = _words("vague_people")
    out: list[Span] = []
    for i, t in enumerate(toks):
        if t.pos not in _NOUNS or t.normalized in vague or not _is_concept(doc, i, "people"):
            continue
        m = pattern.match(text[ends[i] : ends[i] + 20])
        if m is not None and not _constructive_after(
            doc, _sentence_at(doc, begins[i]), ends[i] + m.end()
        ):
            out.append(doc.span(begins[i], ends[i] + m.end()))
    return out


def _sentence_at(doc: Doc, at: int) -> Sentence:
    return next((s for s in doc.sentences if s.start <= at < s.end), Sentence(at, at, ""))
